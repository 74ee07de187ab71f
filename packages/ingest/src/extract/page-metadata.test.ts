import { describe, expect, it } from 'vitest';
import { cleanByline } from './page-metadata.js';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Veröffentlicht von Cem Basman', 'Cem Basman'],
    ['Published by Daniel Lemire', 'Daniel Lemire'],
    ['| Klaus Quibeldey-Cirkel', 'Klaus Quibeldey-Cirkel'],
    ['von lupa am 26/10/13, 03:48 pm', 'lupa'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Bernard Byrne', 'Bernard Byrne'],
    ['Vonda Smith', 'Vonda Smith'],
  ])('%s → %s', (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });

  it.each(['Posted on', 'Veröffentlicht am', 'Published by', 'https://example.com/author/x', '  '])(
    'finds no name in %j',
    (input) => {
      expect(cleanByline(input)).toBeUndefined();
    },
  );
});
