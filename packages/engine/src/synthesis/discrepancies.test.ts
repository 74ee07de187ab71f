import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../analysis.js';
import { articleWith, bodyText } from '../article.js';
import { discrepancies, timeAnchor } from './discrepancies.js';
import { seedsInput } from './seeds.test-helper.js';
import { storyInput } from './story-input.test-helper.js';
import type { Discrepancy, SynthesisInput } from './types.js';

function inputOf(bodies: Record<string, [string, string[]]>): SynthesisInput {
  const articles: AnalysedArticle[] = Object.entries(bodies).map(([id, [origin, body]]) => ({
    ...articleWith({ id, body }),
    origins: [{ origin, share: 1 }],
  }));
  return storyInput(articles);
}

const valuesOf = (d: Discrepancy | undefined): string[] => (d?.values ?? []).map((v) => v.value).sort();

describe('timeAnchor', () => {
  it('keeps the day or period and drops qualifiers; relative days have none', () => {
    expect(timeAnchor('later on Tuesday')).toBe('tuesday');
    expect(timeAnchor('Tuesday')).toBe('tuesday');
    expect(timeAnchor('next Tuesday')).toBe('next tuesday');
    expect(timeAnchor('at the end of the week')).toBe('the end of the week');
    expect(timeAnchor('today')).toBeNull();
  });
});

describe('discrepancies', () => {
  it('finds a number that differs in two reports of the same thing, not one that agrees', () => {
    const list = discrepancies(
      inputOf({
        a: ['o1', ['The earthquake killed 20 people and injured 300 in the northern province on Sunday.']],
        b: [
          'o2',
          ['The earthquake killed 25 people and injured 300 in the northern province, officials said.'],
        ],
      }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.kind).toBe('number');
    expect(valuesOf(list[0])).toEqual(['20 people', '25 people']);
    expect(list[0]!.values.map((v) => v.origins)).toEqual([['o1'], ['o2']].sort());
  });

  it('reports one discrepancy for one number however many articles state it', () => {
    const list = discrepancies(
      inputOf({
        a: ['o1', ['The earthquake killed 20 people and injured 300 in the northern province on Sunday.']],
        b: [
          'o2',
          ['The earthquake killed 25 people and injured 300 in the northern province, officials said.'],
        ],
        c: [
          'o1',
          ['The earthquake killed 20 people and injured 300 in the northern province late on Sunday.'],
        ],
      }),
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.values.map((v) => [v.value, v.articles])).toEqual([
      ['20 people', ['a', 'c']],
      ['25 people', ['b']],
    ]);
  });

  it('does not give a title to a person when the sentence names another person too', () => {
    const list = discrepancies(
      inputOf({
        a: ['o1', ['Secretary of State Antony Blinken arrived in Astana.']],
        b: ['o2', ['Blinken met Mukhtar Tileuberdi, who serves as foreign minister.']],
      }),
    );
    expect(list).toEqual([]);
  });

  it('"6" and "6.0" agree; a year or a function word after a number is no unit', () => {
    const list = discrepancies(
      inputOf({
        a: [
          'o1',
          ['A magnitude 6 quake struck the island in 2009 and 40 of the houses fell at 4:00 local time.'],
        ],
        b: [
          'o2',
          ['A magnitude 6.0 quake struck the island in 2010 and 45 of the houses fell at 5:00 local time.'],
        ],
      }),
    );
    expect(list).toEqual([]);
  });

  it('ignores numbers in sentences about different things', () => {
    const list = discrepancies(
      inputOf({
        a: ['o1', ['The earthquake killed 20 people in the north.']],
        b: ['o2', ['Rescuers from 12 countries arrived with 40 dogs by plane on Monday.']],
      }),
    );
    expect(list).toEqual([]);
  });

  it('finds differing formal titles for one person, not a title and its shorter form', () => {
    const differ = discrepancies(
      inputOf({
        a: ['o1', ['Secretary of State Antony Blinken arrived in Astana.']],
        b: ['o2', ['Blinken is on his first trip to the region as foreign minister.']],
      }),
    );
    expect(differ.map((d) => d.kind)).toEqual(['title']);
    expect(valuesOf(differ[0])).toEqual(['foreign minister', 'secretary of state']);
    const agree = discrepancies(
      inputOf({
        a: ['o1', ['Prime Minister Kaja Kallas spoke in Tallinn.']],
        b: ['o2', ['Minister Kaja Kallas spoke to reporters in Tallinn.']],
      }),
    );
    expect(agree).toEqual([]);
  });

  it('a shortened quotation agrees; a reworded one differs', () => {
    const full = 'We will rebuild every school and every hospital that the flood destroyed this year';
    const short = 'We will rebuild every school and every hospital';
    const agree = discrepancies(
      inputOf({
        a: ['o1', [`“${full},” Mayor Anna Berg said.`]],
        b: ['o2', [`Mayor Anna Berg said: “${short}.”`]],
      }),
    );
    expect(agree).toEqual([]);
    const reworded = 'We are going to rebuild every school and hospital that the flood destroyed this year';
    const differ = discrepancies(
      inputOf({
        a: ['o1', [`“${full},” Mayor Anna Berg said.`]],
        b: ['o1', [`“${reworded},” Mayor Anna Berg said.`]],
      }),
    );
    expect(differ.map((d) => d.kind)).toEqual(['quote']);
    expect(differ[0]!.subject).toContain('Anna Berg');
  });

  it('on the seeds: Uzbekistan timing, Blinken as "foreign minister", reworded quotes; nothing else', () => {
    const input = seedsInput();
    const list = discrepancies(input);
    const time = list.find((d) => d.kind === 'time');
    expect(time?.subject).toMatch(/Uzbekistan/u);
    expect(valuesOf(time)).toEqual(['at the end of the week', 'later on Tuesday']);
    const title = list.find((d) => d.kind === 'title');
    expect(title?.subject).toBe('Antony Blinken');
    expect(valuesOf(title)).toEqual(['foreign minister', 'secretary of state']);
    expect(list.filter((d) => d.kind === 'quote').map((d) => d.subject.split(':')[0])).toEqual([
      'Antony Blinken',
      'Kassym-Jomart Tokayev',
    ]);
    expect(list).toHaveLength(4);
    // Every mention's span holds its value as written (titles: the title before the name).
    const bodies = new Map(input.articles.map((a) => [a.id, bodyText(a)]));
    for (const d of list)
      for (const v of d.values)
        for (const m of v.mentions) {
          const text = bodies.get(m.article)!.slice(...m.span);
          expect(text.length).toBeGreaterThan(0);
          if (d.kind === 'time') expect(text).toBe(v.value);
        }
  });
});
