import { describe, expect, it } from 'vitest';
import { decodeBody, headerCharset, xmlDeclaredEncoding } from './body-text.js';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decodeBody', () => {
  it('lets a BOM win over everything', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'),
    ]);
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1')).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>',
      charset: 'utf-8',
      charsetSource: 'bom',
    });
  });

  it('lets the HTTP charset win over the XML declaration', () => {
    const decoded = decodeBody(
      latin1('<?xml version="1.0" encoding="utf-8"?><a>Notícias</a>'),
      'application/rss+xml; charset="ISO-8859-1"',
    );
    expect(decoded.text).toContain('Notícias');
    expect(decoded.charsetSource).toBe('header');
  });

  it('reads the XML declaration, then an HTML meta charset', () => {
    expect(
      decodeBody(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'), 'application/xml').text,
    ).toContain('é');
    const html = decodeBody(
      latin1('<html><head><meta charset="windows-1252"></head><body>caf\xe9 \x93q\x94</body></html>'),
      'text/html',
    );
    expect(html.text).toContain('café “q”');
    expect(html.charsetSource).toBe('declaration');
  });

  it('defaults to UTF-8, and reads undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeBody(utf8('<rss>Ünïcödé</rss>'), undefined)).toMatchObject({
      text: '<rss>Ünïcödé</rss>',
      charsetSource: 'default',
    });
    expect(decodeBody(latin1('<rss>Notícias</rss>'), undefined)).toMatchObject({
      text: '<rss>Notícias</rss>',
      charsetSource: 'fallback',
    });
  });

  it('skips an unknown charset label', () => {
    expect(decodeBody(utf8('<rss>é</rss>'), 'text/xml; charset=klingon').text).toBe('<rss>é</rss>');
  });
});

describe('charset helpers', () => {
  it('read header and declaration labels', () => {
    expect(headerCharset('text/html; charset=UTF-8')).toBe('utf-8');
    expect(headerCharset('text/html')).toBeUndefined();
    expect(xmlDeclaredEncoding(utf8("<?xml version='1.0' encoding='Windows-1252' ?>"))).toBe('windows-1252');
    expect(xmlDeclaredEncoding(utf8('<?xml version="1.0"?>'))).toBeUndefined();
  });
});
