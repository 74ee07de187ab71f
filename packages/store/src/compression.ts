/**
 * Raw documents at rest: brotli (node:zlib, sync) above a small size, stored as-is below it. The
 * codec is recorded per row so it can change later without rewriting old rows.
 * Invariant: `decompress(compress(x))` equals x byte for byte. Cost: brotli quality
 * `DOCUMENT_BROTLI_QUALITY`, linear in size.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { DOCUMENT_BROTLI_QUALITY, DOCUMENT_COMPRESS_MIN_BYTES } from './defaults.js';
import { StoreError } from './store-error.js';

export type Codec = 'identity' | 'br';

export interface Compressed {
  codec: Codec;
  bytes: Uint8Array;
}

export function toBytes(content: Uint8Array | string): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

export function compress(content: Uint8Array): Compressed {
  if (content.byteLength < DOCUMENT_COMPRESS_MIN_BYTES) return { codec: 'identity', bytes: content };
  const bytes = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: DOCUMENT_BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
    },
  });
  return bytes.byteLength < content.byteLength
    ? { codec: 'br', bytes }
    : { codec: 'identity', bytes: content };
}

export function decompress(codec: string, bytes: Uint8Array): Uint8Array {
  if (codec === 'identity') return bytes;
  if (codec === 'br') return brotliDecompressSync(bytes);
  throw new StoreError(`store: unknown document codec ${JSON.stringify(codec)}`);
}
