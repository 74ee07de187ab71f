import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { creditMentions } from './agencies.js';
import { clean } from './clean.js';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);

function seed(prefix: string): { raw: string; article: Article } {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  if (file === undefined) throw new Error(`seed ${prefix} not found in ${SEEDS.pathname}`);
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  return { raw, article: clean({ id: file, text: raw }) };
}

const SEED_IDS = ['000', '001', '002', '003', '004'];

const NEVER_IN_BODY = [
  'Get all your news in one place',
  'Sign up to read this article',
  'Already a member',
  'Top stories on inkl',
  'Fourteen days free',
  'Download the app',
  'See also',
  'Please read on',
  'Olivier Douliery',
  '(Reporting by',
];

function reasonOf(article: Article, start: string): string | undefined {
  return article.boilerplate.find((b) => b.text.startsWith(start))?.reason;
}

describe('clean on the five seeds', () => {
  it.each(SEED_IDS)('seed %s: no boilerplate phrase is left in the body', (id) => {
    const { article } = seed(id);
    const body = article.body.join('\n');
    for (const phrase of NEVER_IN_BODY) expect(body, phrase).not.toContain(phrase);
  });

  it.each(SEED_IDS)('seed %s: every paragraph is non-empty, trimmed, and nothing is lost', (id) => {
    const { raw, article } = seed(id);
    for (const paragraph of article.body) {
      expect(paragraph.length).toBeGreaterThan(0);
      expect(paragraph).toBe(paragraph.trim());
    }
    // Every non-empty raw line is accounted for: in body, title, or boilerplate.
    const kept = [...article.body, ...article.boilerplate.map((b) => b.text)].join(' ').replace(/\s+/g, ' ');
    for (const line of raw.split('\n')) {
      const words = line.replace(/\s+/g, ' ').trim();
      if (words.length === 0) continue;
      for (const word of words.split(' ')) expect(kept, `${id}: ${word}`).toContain(word);
    }
  });

  it('000: the Reuters reprint keeps every news paragraph and takes its credit from " – Reuters"', () => {
    const { article } = seed('000');
    expect(article.title).toBe(
      'Blinken to hold talks with Central Asian nations in wake of Ukraine anniversary',
    );
    expect(article.credit).toBe('Reuters');
    expect(article.body).toHaveLength(9);
    expect(article.body[0]).toMatch(/^US Secretary of State/);
    expect(article.body.some((p) => p.includes('Donald Lu, the State Department'))).toBe(true);
    expect(article.body.at(-1)).toBe(
      'Mr. Blinken will travel to Uzbekistan later on Tuesday to meet with President Shavkat Mirziyoyev.',
    );
    expect(reasonOf(article, '– Reuters')).toBe('credit');
  });

  it('001: the aggregator copy loses its furniture and keeps byline Simon Lewis, credit Reuters', () => {
    const { article } = seed('001');
    expect(article.byline).toBe('Simon Lewis');
    expect(article.credit).toBe('Reuters');
    expect(article.title).toBe(
      'Blinken holds talks with Central Asian nations in wake of Ukraine anniversary',
    );
    expect(article.body).toHaveLength(11);
    expect(article.body[0]).toMatch(/^U\.S\. Secretary of State Antony Blinken arrived/);
    expect(reasonOf(article, 'By Simon Lewis')).toBe('byline');
    expect(reasonOf(article, 'Delegations, led by')).toBe('caption');
    expect(reasonOf(article, '(Reporting by')).toBe('credit');
    expect(reasonOf(article, 'Sign up to read')).toBe('subscription');
    expect(reasonOf(article, 'Download the app')).toBe('promotion');
    expect(reasonOf(article, 'Start reading')).toBe('navigation');
    const captions = article.boilerplate.filter((b) => b.reason === 'caption');
    expect(captions).toHaveLength(4); // three captions, one of them repeated
  });

  it('002: the AP copy takes credit from "ByThe Associated Press" and its date line', () => {
    const { article } = seed('002');
    expect(article.credit).toBe('The Associated Press');
    expect(article.published?.startsWith('2023-02-28')).toBe(true);
    expect(article.title).toBe('Blinken in Central Asia as tensions rise over the war in Ukraine');
    expect(reasonOf(article, 'ByThe Associated Press')).toBe('byline');
    expect(reasonOf(article, 'February 28, 2023')).toBe('date');
    expect(reasonOf(article, 'See also')).toBe('related');
    expect(article.body[0]).toMatch(/^US Secretary of State Antony Blinken is visiting Kazakhstan/); // the dek stays
    expect(article.body.some((p) => p.startsWith('For decades, the United States has been trying'))).toBe(
      true,
    );
    expect(article.body).toHaveLength(10);
  });

  it('003: the translated Reuters copy is credited to Reuters, never to the AP of its photo', () => {
    const { article } = seed('003');
    // "(Reuters)" is a standalone credit line; "(Central News Agency)" opens a paragraph like a
    // dateline; an explicit credit line outranks a dateline, and the body says "Reuters reported".
    expect(article.credit).toBe('Reuters');
    expect(article.title).toBeNull();
    expect(article.body[0]).toMatch(/^U\.S\. Secretary of State Blinken arrived in Central Asia today/);
    expect(article.body[1]).toMatch(/^Just one year after/);
    expect(article.body.some((p) => p.startsWith('Blinken earlier told Kazakh Foreign Minister'))).toBe(true);
    expect(reasonOf(article, 'Blinken (left)')).toBe('caption');
    expect(reasonOf(article, '(Associated Press)')).toBe('credit');
    expect(reasonOf(article, 'Please read on')).toBe('related');
    expect(creditMentions(article.body)).toEqual(['Reuters']);
  });

  it('004: the mixed copy reads its date prefix and dateline', () => {
    const { article } = seed('004');
    expect(article.published).toBe('2023-02-28');
    expect(article.dateline).toBe('Astana');
    expect(article.body).toHaveLength(11);
    expect(article.body[0]).toMatch(/^U\.S\. Secretary of State Antony Blinken visited Kazakhstan/);
    expect(reasonOf(article, 'date 2023-02-28')).toBe('date');
    expect(reasonOf(article, 'Astana (Kazakhstan):')).toBe('dateline');
  });
});
