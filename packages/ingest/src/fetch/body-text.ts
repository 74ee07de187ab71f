/**
 * Decodes a fetched body to text by the charset it is sent in, in the order of precedence the web
 * uses: a byte-order mark, then the charset parameter of the HTTP Content-Type, then what the
 * document declares itself (the XML declaration's encoding, or an HTML <meta charset>), else
 * UTF-8; a body that declares nothing and is not valid UTF-8 is read as windows-1252 (WHATWG's
 * legacy default, a superset of ISO-8859-1), since such feeds exist in the wild.
 *
 * Reference: WHATWG Encoding ("decode", BOM sniffing, labels), RFC 7303 §3 (for XML over HTTP the
 * charset parameter wins over the XML declaration), HTML's encoding sniffing (simplified).
 * Invariants: never throws; the text never starts with a BOM; an unknown charset label is skipped
 * in favour of the next source. Cost: O(bytes), one decoding pass (two when UTF-8 fails).
 */
import { TextDecoder } from 'node:util';
import { declaredCharset, detectBom } from '../files/decode-text.js';

/** Where the charset used came from. */
export type CharsetSource = 'bom' | 'header' | 'declaration' | 'default' | 'fallback';

export interface BodyText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252'. */
  charset: string;
  charsetSource: CharsetSource;
}

const XML_DECLARATION = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** The encoding an XML document declares in its `<?xml … encoding="…"?>`, if any. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return XML_DECLARATION.exec(head)?.[1]?.toLowerCase();
}

/** The charset parameter of a Content-Type header value, lower-cased, if any. */
export function headerCharset(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}

// Node 20's TextDecoder decodes 'windows-1252' (and the labels WHATWG maps to it: iso-8859-1,
// latin1, us-ascii) as plain ISO-8859-1, leaving 0x80–0x9F as C1 controls instead of € ‚ ƒ „ … “ ”
// and so on (nodejs/node#56542). This table restores them.
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (char) =>
    String.fromCharCode(WINDOWS_1252_80_9F[char.charCodeAt(0) - 0x80]!),
  );
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

function startsWithXmlDeclaration(bytes: Uint8Array): boolean {
  // "<?xml" in ASCII.
  return (
    bytes[0] === 0x3c && bytes[1] === 0x3f && bytes[2] === 0x78 && bytes[3] === 0x6d && bytes[4] === 0x6c
  );
}

/** Decodes `bytes` sent with the Content-Type `contentType` (see the header for the order). */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): BodyText {
  const bom = detectBom(bytes);
  if (bom !== undefined) {
    const text = new TextDecoder(bom.encoding).decode(bytes);
    return { text, charset: bom.encoding, charsetSource: 'bom' };
  }
  const fromHeader = decoderFor(headerCharset(contentType));
  if (fromHeader !== undefined) {
    return { text: decodeWith(fromHeader, bytes), charset: fromHeader.encoding, charsetSource: 'header' };
  }
  // An XML declaration without an encoding means UTF-8 (XML 1.0 §4.3.3); only a document without
  // one may use an HTML <meta charset>.
  const declared = startsWithXmlDeclaration(bytes) ? xmlDeclaredEncoding(bytes) : declaredCharset(bytes);
  const fromDocument = decoderFor(declared);
  if (fromDocument !== undefined) {
    return {
      text: decodeWith(fromDocument, bytes),
      charset: fromDocument.encoding,
      charsetSource: 'declaration',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, charset: 'utf-8', charsetSource: 'default' };
  } catch {
    const text = decodeWith(new TextDecoder('windows-1252'), bytes);
    return { text, charset: 'windows-1252', charsetSource: 'fallback' };
  }
}
