import { describe, expect, it } from 'vitest';
import { ownBuffers } from './transfer.js';

describe('ownBuffers', () => {
  it('finds the buffers of typed arrays that view them whole, in nested objects and arrays', () => {
    const whole = new Uint32Array(4);
    const alsoWhole = new Float64Array(2);
    const pool = new ArrayBuffer(64);
    const partial = new Uint8Array(pool, 8, 8);
    const found = ownBuffers([{ a: whole, nested: { b: alsoWhole, c: partial, text: 'x' } }, null, 3]);
    expect(found).toHaveLength(2);
    expect(found).toContain(whole.buffer);
    expect(found).toContain(alsoWhole.buffer);
    expect(found).not.toContain(pool);
  });

  it('lists a buffer once when two arrays view it whole', () => {
    const buffer = new ArrayBuffer(16);
    expect(ownBuffers({ x: new Uint32Array(buffer), y: new Float32Array(buffer) })).toEqual([buffer]);
  });
});
