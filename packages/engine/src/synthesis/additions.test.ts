import { describe, expect, it } from 'vitest';
import type { AnalysedArticle, Passage } from '../analysis.js';
import { articleWith, bodyText } from '../article.js';
import { additions } from './additions.js';
import { facts } from './facts.js';
import { seedsInput } from './seeds.test-helper.js';
import { storyInput } from './story-input.test-helper.js';
import type { Addition } from './types.js';

function article(id: string, body: string[], origin: string | null): AnalysedArticle {
  return { ...articleWith({ id, body }), origins: origin === null ? [] : [{ origin, share: 1 }] };
}

const textsOf = (list: Addition[], id: string): string[] =>
  list.find((a) => a.article === id)?.passages.map((p) => p.text) ?? [];

const WIRE_A = [
  'The storm flooded the harbour district of the port city overnight.',
  'Rescue teams evacuated four hundred residents from low streets by boat.',
  'The mayor said the sea wall had failed at two separate points.',
];
const WIRE_B = [
  'Overnight the storm flooded the port city harbour district badly.',
  'Engineers warned that the railway bridge over the river could collapse.',
];

describe('additions', () => {
  it('keeps what no other origin states, drops what another origin paraphrases', () => {
    const list = additions(storyInput([article('a', WIRE_A, 'o1'), article('b', WIRE_B, 'o2')]));
    // The flood sentence is in both reports; the evacuation and sea wall only in o1 (one passage).
    expect(textsOf(list, 'a')).toEqual([`${WIRE_A[1]}\n${WIRE_A[2]}`]);
    expect(textsOf(list, 'b')).toEqual([WIRE_B[1]]);
  });

  it('a sentence copied within one origin is still that origin’s addition; an alignment with another origin removes it', () => {
    const copy = article('c', [WIRE_A[1]!], 'o1');
    const other = article(
      'd',
      ['Boats took some four hundred people out of the flooded lower streets.'],
      'o2',
    );
    const base = [article('a', WIRE_A, 'o1'), copy, other];
    expect(textsOf(additions(storyInput(base)), 'c')).toEqual([WIRE_A[1]]);
    const span = (text: string): [number, number] => [0, text.length];
    const passage: Passage = {
      a: span(WIRE_A[1]!),
      b: span(bodyText(other)),
      kind: 'translated',
      similarity: 0.4,
    };
    const list = additions(storyInput(base, [{ articles: ['c', 'd'], passages: [passage] }]));
    expect(textsOf(list, 'c')).toEqual([]);
    expect(textsOf(list, 'd')).toEqual([]);
  });

  it('a story of one report adds nothing; every article still has an entry', () => {
    const list = additions(storyInput([article('a', WIRE_A, 'o1'), article('c', [WIRE_A[0]!], 'o1')]));
    expect(list).toEqual([
      { article: 'a', passages: [] },
      { article: 'c', passages: [] },
    ]);
  });

  it('an empty story or empty bodies give empty results, not errors', () => {
    expect(additions(storyInput([]))).toEqual([]);
    const blank = storyInput([article('a', [], 'o1'), article('b', [''], 'o2')]);
    expect(additions(blank)).toEqual([
      { article: 'a', passages: [] },
      { article: 'b', passages: [] },
    ]);
  });

  it('spans index the body text', () => {
    for (const addition of additions(seedsInput())) {
      const article = seedsInput().articles.find((a) => a.id === addition.article)!;
      for (const p of addition.passages) expect(bodyText(article).slice(...p.span)).toBe(p.text);
    }
  });

  it('on the seeds: only AP carries the UN abstention, only 000 quotes Donald Lu', () => {
    const input = seedsInput();
    const list = additions(input);
    const adds = (prefix: string, pattern: RegExp): boolean =>
      textsOf(list, input.articles.find((a) => a.id.startsWith(prefix))!.id).some((t) => pattern.test(t));
    expect(adds('002', /abstained/u)).toBe(true);
    expect(adds('004', /abstained/u)).toBe(true);
    expect(adds('000', /Donald Lu/u)).toBe(true);
    // Reuters' land-border sentence is Reuters' own (no AP article says it).
    expect(adds('001', /land border/u)).toBe(true);
    // Stated by both reports: Blinken visited / arrived in Central Asia on Tuesday.
    expect(adds('002', /visited Kazakhstan on Tuesday/u)).toBe(false);
  });

  it('on the seeds: no addition is a fact the facts table credits to another report', () => {
    const input = seedsInput();
    const shared = facts(input).filter((fact) => fact.support >= 2);
    for (const addition of additions(input)) {
      for (const passage of addition.passages) {
        const inShared = shared.some((fact) =>
          fact.mentions.some(
            (m) =>
              m.article === addition.article && m.span[0] < passage.span[1] && passage.span[0] < m.span[1],
          ),
        );
        expect(inShared, passage.text).toBe(false);
      }
    }
  });
});
