/**
 * Turns a file's bytes into text, or says why it cannot: binary content (sniffed from the first
 * KB), a byte-order mark (UTF-8, UTF-16 LE/BE), strict UTF-8 decoding, and for HTML a charset the
 * page declares in its first KB.
 *
 * Reference: WHATWG Encoding (TextDecoder labels, BOM sniffing), the HTML "prescan" for
 * <meta charset> (simplified to a regular expression), file(1)-style binary sniffing.
 * Invariants: a decoded text never starts with a BOM; invalid UTF-8 is never replaced by U+FFFD,
 * it is an error naming the first bad byte and its offset. Cost: O(bytes); the offset search
 * runs only when decoding has failed.
 */
import { TextDecoder } from 'node:util';
import { BINARY_CONTROL_SHARE, SNIFF_BYTES } from './defaults.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Bom {
  encoding: Encoding;
  length: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; line?: number };

export function detectBom(bytes: Uint8Array): Bom | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Why the file's first bytes are not text, or undefined when they look like text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const bom = detectBom(bytes);
  if (bom !== undefined && bom.encoding !== 'utf-8') return undefined;
  for (const [signature, name] of SIGNATURES) {
    if (startsWith(bytes, signature)) return `binary file (${name}), not text`;
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  let nul = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte === 0) {
      nul++;
      if (i % 2 === 1) nulOdd++;
    } else if (
      (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) ||
      byte === 0x7f
    ) {
      control++;
    }
  }
  if (nul > 0) {
    const utf16 =
      head.length >= 8 && nul >= head.length * 0.4 && (nulOdd >= nul * 0.9 || nulOdd <= nul * 0.1);
    return utf16
      ? 'looks like UTF-16 text without a byte-order mark; save it as UTF-8'
      : 'binary file (contains NUL bytes), not text';
  }
  if (head.length > 0 && control / head.length > BINARY_CONTROL_SHARE) {
    return 'binary file (mostly control characters), not text';
  }
  return undefined;
}

/**
 * Offset of the first byte that is not part of valid UTF-8, or -1. With `allowCutEnd`, a sequence
 * cut off by the end of `bytes` counts as valid (the next chunk of a stream completes it).
 */
export function firstInvalidUtf8(bytes: Uint8Array, allowCutEnd = false): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) {
      // The sequence runs past the end: the bytes we have must still be continuation bytes.
      for (let k = 1; i + k < bytes.length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
      return allowCutEnd ? -1 : i;
    }
    let code = byte & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

export function invalidUtf8Reason(byte: number | undefined, offset: number): string {
  const hex = (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `not valid UTF-8 (byte 0x${hex} at offset ${offset}); save the file as UTF-8`;
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

/** The encoding an HTML page declares in its first KB (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return CHARSET.exec(head)?.[1]?.toLowerCase();
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a whole file. `html` lets a page's declared charset (e.g. windows-1252) decode it when
 * there is no BOM and the declaration is not UTF-8.
 */
export function decodeText(bytes: Uint8Array, html = false): Decoded {
  const bom = detectBom(bytes);
  if (bom !== undefined) {
    try {
      return { ok: true, text: new TextDecoder(bom.encoding, { fatal: true }).decode(bytes) };
    } catch {
      const what =
        bom.encoding === 'utf-8' ? 'UTF-8' : bom.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
      return { ok: false, reason: `not valid ${what} text despite its byte-order mark` };
    }
  }
  if (html) {
    const charset = declaredCharset(bytes);
    if (charset !== undefined) {
      const decoder = decoderFor(charset);
      if (decoder !== undefined && decoder.encoding !== 'utf-8')
        return { ok: true, text: decoder.decode(bytes) };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const at = offset < 0 ? bytes.length : offset;
    return { ok: false, reason: invalidUtf8Reason(bytes[at], at), line: lineAt(bytes, at) };
  }
}
