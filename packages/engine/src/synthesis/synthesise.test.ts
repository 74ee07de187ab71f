import { describe, expect, it } from 'vitest';
import { bodyText } from '../article.js';
import { facts } from './facts.js';
import { originNamed, seedsInput } from './seeds.test-helper.js';
import { isDangling, summarise } from './summary.js';
import { synthesise } from './synthesise.js';

const input = seedsInput();
const reuters = originNamed(input, /Reuters/u);
const ap = originNamed(input, /Associated Press/u);
const found = facts(input);
const factAbout = (pattern: RegExp) => {
  const fact = found.find((candidate) => pattern.test(candidate.text));
  if (!fact) throw new Error(`no fact matches ${pattern}`);
  return fact;
};

describe('facts on the seeds', () => {
  it('the land border is stated by the Reuters origin only', () => {
    const fact = factAbout(/longest continuous land border/u);
    expect(fact.origins).toEqual([reuters]);
    expect(fact.support).toBe(1);
  });

  it('the UN abstention is stated by the AP origin', () => {
    const fact = factAbout(/abstained/u);
    expect(fact.origins).toEqual([ap]);
  });

  it('the sovereignty and territorial integrity statement is stated by both origins', () => {
    const fact = found.find(
      (candidate) =>
        /sovereignty/u.test(candidate.text) &&
        /territorial integrity/u.test(candidate.text) &&
        candidate.support === 2,
    );
    expect(fact?.origins).toEqual([reuters, ap].sort());
  });

  it('mentions point at the stated text, support counts origins once', () => {
    const bodies = new Map(input.articles.map((article) => [article.id, bodyText(article)]));
    for (const fact of found) {
      expect(fact.support).toBe(fact.origins.length);
      for (const mention of fact.mentions)
        expect(bodies.get(mention.article)!.slice(...mention.span).length).toBeGreaterThan(0);
      expect(new Set(fact.mentions.map((mention) => mention.article))).toEqual(new Set(fact.articles));
    }
    for (let i = 1; i < found.length; i++)
      expect(found[i - 1]!.support).toBeGreaterThanOrEqual(found[i]!.support);
  });
});

describe('summary on the seeds', () => {
  const summary = summarise(input);

  it('cites both origins, sentences verbatim from the bodies, near the word target', () => {
    const cited = new Set(summary.sentences.flatMap((sentence) => sentence.origins));
    expect(cited).toEqual(new Set([reuters, ap]));
    const bodies = input.articles.map((article) => bodyText(article).replace(/\s+/gu, ' '));
    for (const sentence of summary.sentences) {
      expect(bodies.some((body) => body.includes(sentence.text))).toBe(true);
      expect(sentence.articles.length).toBeGreaterThan(0);
    }
    expect(summary.text).toBe(summary.sentences.map((sentence) => sentence.text).join(' '));
    const words = summary.text.split(/\s+/u).length;
    expect(words).toBeGreaterThanOrEqual(50);
    expect(words).toBeLessThanOrEqual(95);
  });

  it('grows with the word target and is empty at zero', () => {
    expect(summarise(input, { words: 0 }).sentences).toEqual([]);
    const longer = summarise(input, { words: 200 });
    expect(longer.text.length).toBeGreaterThan(summary.text.length);
  });

  it('does not open with a sentence that cannot stand alone', () => {
    expect(summary.sentences[0]!.text).not.toMatch(/^(He|She|They|It|This)\b/u);
  });
});

describe('isDangling', () => {
  it('flags openings that lean on an earlier sentence, asides and captions', () => {
    for (const text of [
      'He said the talks went well.',
      'The minister declined to comment.',
      '(It is possible we understood that phrase differently.)',
      'Michael T. Flynn, right, the former national security adviser, with Mr. Trump in January 2017.',
      'Photo: a crowd in Astana.',
    ]) {
      expect([text, isDangling(text)]).toEqual([text, true]);
    }
    for (const text of [
      'Blinken arrived in Astana on Tuesday.',
      'The United States supports the sovereignty of Kazakhstan.',
      'Right-wing parties gained seats, officials said.',
    ]) {
      expect([text, isDangling(text)]).toEqual([text, false]);
    }
  });
});

describe('synthesise', () => {
  it('composes headline, summary, facts and the story details, and is deterministic', () => {
    const synthesis = synthesise(input);
    expect(synthesis.headline).toMatch(/Blinken/u);
    expect(synthesis.summary).toEqual(summarise(input));
    expect(synthesis.facts).toEqual(found);
    expect(synthesise(input)).toEqual(synthesis);
    expect(synthesis.additions.length).toBeGreaterThan(0);
    expect(synthesis.entities.length).toBeGreaterThan(0);
    expect(synthesis.discrepancies.length).toBeGreaterThan(0);
    expect(synthesis.timeline.length).toBeGreaterThan(0);
  });
});
