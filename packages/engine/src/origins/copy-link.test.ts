import { describe, expect, it } from 'vitest';
import { align, prepareAlignment } from '../align/index.js';
import type { Passage, PassageKind } from '../analysis.js';
import { isCopyAlignment, isCopyLink, linkCoverage } from './copy-link.js';

const passage = (a: [number, number], b: [number, number], kind: PassageKind, similarity = 1): Passage => ({
  a,
  b,
  kind,
  similarity,
});

describe('copy links', () => {
  it('links on shared runs covering a real share of either body', () => {
    expect(isCopyAlignment([passage([0, 600], [0, 600], 'verbatim')], 2000, 1000)).toBe(true);
    expect(isCopyAlignment([passage([0, 120], [0, 120], 'verbatim')], 2000, 2000)).toBe(false);
  });

  it('does not link on a few paraphrased sentences, even in short bodies', () => {
    // Two 600-character reports of one event restating two sentences alike.
    const paraphrases = [
      passage([0, 150], [0, 160], 'translated', 0.5),
      passage([200, 330], [220, 350], 'translated', 0.6),
    ];
    expect(isCopyAlignment(paraphrases, 600, 650)).toBe(false);
  });

  it('links a translated copy whose passages cover most of both bodies', () => {
    const sentences = Array.from({ length: 8 }, (_, k) =>
      passage([k * 250, k * 250 + 220], [k * 260, k * 260 + 230], 'translated', 0.5),
    );
    expect(isCopyAlignment(sentences, 2200, 2300)).toBe(true);
  });

  it('counts loosely edited passages as paraphrase, closely edited ones as runs', () => {
    const loose = [passage([0, 300], [0, 300], 'edited', 0.55)];
    expect(linkCoverage(loose, 'a')).toEqual({ all: 300, runs: 0 });
    expect(isCopyAlignment(loose, 800, 800)).toBe(false);
    const close = [passage([0, 300], [0, 300], 'edited', 0.9)];
    expect(isCopyAlignment(close, 800, 800)).toBe(true);
  });

  it('is monotone: more covered text never removes a link', () => {
    for (const covered of [100, 200, 400, 800]) {
      if (isCopyLink(covered, 1000, covered, 1000))
        expect(isCopyLink(covered + 100, 1000, covered, 1000)).toBe(true);
    }
  });

  it('does not link two independent reports of one event that share a quote', () => {
    // Made-up reports written for this test: different wording, one quoted sentence in common.
    const quote =
      '"We will rebuild every home that was lost, and we will not rest until every family is back," the governor said.';
    const first = [
      'A magnitude 6.1 earthquake struck the northern coast early on Tuesday, destroying dozens of houses in three fishing villages.',
      'Rescue teams worked through the night to reach residents trapped under collapsed walls, officials said.',
      quote,
      'The regional hospital treated more than forty people for injuries, most of them minor.',
    ];
    const second = [
      'Residents of three coastal villages spent Tuesday night outdoors after a strong quake flattened homes along the shoreline.',
      quote,
      'Seismologists said the tremor, centred offshore at a shallow depth, was followed by several aftershocks.',
      'Schools in the province will stay closed for the rest of the week while engineers inspect buildings.',
    ];
    const a = prepareAlignment(first);
    const b = prepareAlignment(second);
    const passages = align(a, b);
    expect(passages.length).toBeGreaterThan(0); // the quote is found...
    expect(isCopyAlignment(passages, a.length, b.length)).toBe(false); // ...but is no copy link
  });
});
