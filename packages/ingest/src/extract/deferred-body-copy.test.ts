import { describe, expect, it } from 'vitest';
import { blockText } from './block-text.js';
import { deferBodyCopy } from './deferred-body-copy.js';
import { parseDocument } from './dom.js';

type Body = { innerHTML: string };

describe('deferBodyCopy', () => {
  it('serialises nothing on a read and writes the copy back only when the placeholder is written', () => {
    const document = parseDocument('<p>one</p>');
    const body = document.body as unknown as Body | null;
    if (body === null || document.body === null) throw new Error('no body');
    let copies = 0;
    deferBodyCopy(body, () => {
      copies++;
      return '<p>restored</p>';
    });
    const saved = body.innerHTML;
    expect(copies).toBe(0);
    body.innerHTML = '<p>changed</p>';
    expect(blockText(document.body)).toBe('changed');
    body.innerHTML = saved;
    body.innerHTML = saved;
    expect(blockText(document.body)).toBe('restored');
    expect(copies).toBe(1);
  });

  it('leaves an object without an innerHTML accessor alone', () => {
    const plain = { innerHTML: 'x' };
    deferBodyCopy(plain, () => 'y');
    expect(plain.innerHTML).toBe('x');
  });
});
