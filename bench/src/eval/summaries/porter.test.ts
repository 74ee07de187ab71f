import { describe, expect, it } from 'vitest';
import { stem } from './porter.js';

describe('Porter stemmer', () => {
  it("gives the paper's examples", () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['cats', 'cat'],
      ['feed', 'feed'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['motoring', 'motor'],
      ['sing', 'sing'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['conditional', 'condit'],
      ['generalization', 'gener'],
      ['hopefulness', 'hope'],
      ['electrical', 'electr'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['controlling', 'control'],
      ['rolling', 'roll'],
      ['generate', 'gener'],
      ['probate', 'probat'],
    ];
    for (const [word, expected] of cases) expect([word, stem(word)]).toEqual([word, expected]);
  });
});
