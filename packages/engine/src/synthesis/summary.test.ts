import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../analysis.js';
import { articleWith, bodyText } from '../article.js';
import { SUMMARY_DEFAULTS } from './defaults.js';
import { storyInput } from './story-input.test-helper.js';
import { isDangling, isQuoteOrQuestion, summarise } from './summary.js';

/** An article of its own origin (an independent report), as the summary eval builds them. */
const report = (id: string, title: string, body: string[]): AnalysedArticle => ({
  ...articleWith({ id, title, body }),
  origins: [{ origin: `o-${id}`, share: 1 }],
});

// Three short reports of one made-up event, each wording the main claim its own way.
const short = storyInput([
  report('a', 'Harbour bridge closes after crack found', [
    'The city closed the old harbour bridge on Monday after engineers found a long crack in its main steel girder. ' +
      'Repairs are expected to take at least three weeks, the transport office said in a statement.',
  ]),
  report('b', 'Crack shuts harbour bridge for weeks', [
    'Engineers discovered a crack in the main girder of the harbour bridge, and the city shut the crossing to all traffic on Monday. ' +
      'Ferry services will run every ten minutes while the bridge stays closed to drivers and walkers.',
  ]),
  report('c', 'Harbour bridge shut, ferries added', [
    'The harbour bridge was closed on Monday when a crack was found in a main girder during a routine inspection by engineers. ' +
      'Local shops near the bridge say they fear losing customers during the repairs.',
  ]),
]);

const wordsOf = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

describe('summarise', () => {
  it('takes each sentence verbatim from an article and traces it to the mentions of its fact', () => {
    const summary = summarise(short);
    expect(summary.sentences.length).toBeGreaterThan(0);
    const bodies = new Map(short.articles.map((article) => [article.id, bodyText(article)]));
    for (const sentence of summary.sentences) {
      const stated = sentence.mentions.map((mention) =>
        bodies
          .get(mention.article)!
          .slice(...mention.span)
          .replace(/\s+/gu, ' '),
      );
      expect(stated).toContain(sentence.text);
      expect(new Set(sentence.mentions.map((mention) => mention.article))).toEqual(
        new Set(sentence.articles),
      );
      expect(sentence.origins.length).toBeGreaterThan(0);
    }
    expect(summary.text).toBe(summary.sentences.map((sentence) => sentence.text).join(' '));
  });

  it('holds at most maxShare of the story’s words (plus the overshoot) when that is below the target', () => {
    const storyWords = short.articles.reduce((sum, article) => sum + wordsOf(bodyText(article)), 0);
    for (const maxShare of [0.2, 0.4, 0.6]) {
      const summary = summarise(short, { words: 500, maxShare });
      expect(summary.sentences.length).toBeGreaterThan(0);
      if (summary.sentences.length > 1)
        expect(wordsOf(summary.text)).toBeLessThanOrEqual(
          Math.round(maxShare * storyWords) + SUMMARY_DEFAULTS.overshoot,
        );
    }
    // A larger share never shortens the summary.
    const lengths = [0.2, 0.4, 0.6, 1].map((maxShare) =>
      wordsOf(summarise(short, { words: 500, maxShare }).text),
    );
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeGreaterThanOrEqual(lengths[i - 1]!);
  });

  it('without alternates takes at most one sentence per fact; with them never repeats a sentence', () => {
    const factKey = (mentions: { article: string; span: [number, number] }[]): string =>
      JSON.stringify(mentions);
    const single = summarise(short, { words: 500, maxShare: 1, alternatePenalty: 0 });
    const keys = single.sentences.map((sentence) => factKey(sentence.mentions));
    expect(new Set(keys).size).toBe(keys.length);
    const alternates = summarise(short, { words: 500, maxShare: 1 });
    const texts = alternates.sentences.map((sentence) => sentence.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('is deterministic, empty at zero words, and refuses a negative target', () => {
    expect(summarise(short)).toEqual(summarise(short));
    expect(summarise(short, { words: 0 }).sentences).toEqual([]);
    expect(() => summarise(short, { words: -1 })).toThrow(RangeError);
  });
});

describe('isDangling and isQuoteOrQuestion (scans in front of the regular expressions)', () => {
  it('finds captions whatever white space or case-folding letter follows the first comma', () => {
    for (const text of [
      'Antony Blinken,\tleft, meets Mukhtar Tileuberdi.',
      'Antony Blinken , ſecond from left, at the talks.',
      '  file photo of the talks in Astana.',
      'Pictured: the delegation.',
    ]) {
      expect([text, isDangling(text)]).toEqual([text, true]);
    }
    for (const text of [
      'Antony Blinken, who arrived on Tuesday, left, officials said.',
      `${'A'.repeat(70)}, left, at the talks.`,
      'Astana, Kazakhstan, hosted the meeting.',
    ]) {
      expect([text, isDangling(text)]).toEqual([text, false]);
    }
  });

  it('pairs quotation marks in order and reads openings and question marks', () => {
    expect(isQuoteOrQuestion('“We support you,” Blinken said.')).toBe(true);
    expect(isQuoteOrQuestion('Blinken said: “We support the sovereignty of Kazakhstan fully.”')).toBe(true);
    expect(isQuoteOrQuestion('Blinken said “yes” and “no” to reporters in Astana on Tuesday.')).toBe(false);
    expect(isQuoteOrQuestion('Will Blinken visit Tashkent?  ')).toBe(true);
    expect(isQuoteOrQuestion('   ')).toBe(false);
    expect(isQuoteOrQuestion('He said " and then left the room in Astana quickly.')).toBe(false);
  });
});
