import { describe, expect, it } from 'vitest';
import { articleWith, bodyText } from '../article.js';
import { entities, foldName, recogniseEntities, wordsOf } from './entities.js';
import { seedsInput } from './seeds.test-helper.js';
import type { Entity, SynthesisInput } from './types.js';

function inputOf(bodies: Record<string, string[]>, dateline: string | null = null): SynthesisInput {
  const ids = Object.keys(bodies);
  return {
    story: { id: 's', headline: null, articles: ids, origins: [], independentReports: ids.length },
    articles: ids.map((id) => ({ ...articleWith({ id, body: bodies[id]!, dateline }), origins: [] })),
    origins: [],
    alignments: [],
  };
}

const named = (list: Entity[], name: string): Entity | undefined => list.find((e) => e.name === name);

describe('wordsOf', () => {
  it('keeps dotted acronyms whole and does not end a sentence after "Mr." or "U.S."', () => {
    const words = wordsOf('Mr. Blinken met U.S. officials. Then Tokayev’s aides left.');
    expect(words.map((w) => w.text)).toEqual([
      'Mr',
      'Blinken',
      'met',
      'U.S.',
      'officials',
      'Then',
      'Tokayev',
      'aides',
      'left',
    ]);
    expect(words.map((w) => w.sentenceStart)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(words[6]!.possessive).toBe(true);
    expect(words[3]!.key).toBe('us');
  });

  it('folds a letter beyond ASCII after a hyphen or apostrophe as it folds any other', () => {
    const words = wordsOf('Jean-Émile Dupont met O’Éamon Brady and Jean-Emile Roux.');
    expect(words[0]!.key).toBe('jean-emile');
    expect(words[0]!.key).toBe(foldName('Jean-Émile'));
    expect(words[3]!.key).toBe('o’eamon');
    expect(words[6]!.key).toBe('jean-emile');
  });
});

describe('entities', () => {
  it('one person whether a hyphenated first name is written with its accent or without', () => {
    const list = entities(
      inputOf({
        a: ['Foreign Minister Jean-Émile Dupont met reporters in Paris.'],
        b: ['Foreign Minister Jean-Emile Dupont said the talks went well.'],
      }),
    );
    const people = list.filter((entity) => entity.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]?.articles).toEqual(['a', 'b']);
  });

  it('splits a title off a name and merges the surname into the full name', () => {
    const list = entities(
      inputOf({
        a: ['Kazakh Foreign Minister Mukhtar Tileuberdi met reporters in Astana.'],
        b: ['Tileuberdi said the talks went well. Mr. Tileuberdi later flew home from Almaty.'],
      }),
    );
    const person = named(list, 'Mukhtar Tileuberdi');
    expect(person?.kind).toBe('person');
    expect(person?.articles).toEqual(['a', 'b']);
    expect(person?.mentions).toHaveLength(3);
    expect(named(list, 'Astana')?.kind).toBe('place');
    expect(named(list, 'Almaty')?.kind).toBe('place');
    expect(list.some((e) => /Kazakh|Foreign/u.test(e.name))).toBe(false);
  });

  it('does not merge a surname shared by two people', () => {
    const list = entities(
      inputOf({ a: ['President Joe Biden and First Lady Jill Biden arrived in Ohio. Biden spoke.'] }),
    );
    expect(named(list, 'Joe Biden')?.mentions).toHaveLength(1);
    expect(named(list, 'Jill Biden')?.mentions).toHaveLength(1);
  });

  it('finds organisations by their head word and leaves nationality adjectives out', () => {
    const list = entities(
      inputOf({
        a: ['The State Department said Central Asian countries abstained at the UN General Assembly.'],
      }),
    );
    expect(named(list, 'State Department')?.kind).toBe('organisation');
    expect(named(list, 'UN General Assembly')?.kind).toBe('organisation');
    expect(list.some((e) => e.name.includes('Asian'))).toBe(false);
  });

  it('ignores a capitalised sentence opener the story never capitalises elsewhere', () => {
    const list = entities(inputOf({ a: ['Leaders met in Kyiv. Leaders said more.'] }));
    expect(list.map((e) => e.name)).toEqual(['Kyiv']);
  });

  it('spans hold the name as written, one of the entity’s name forms', () => {
    const input = seedsInput();
    const bodies = new Map(input.articles.map((a) => [a.id, bodyText(a)]));
    for (const entity of recogniseEntities(input)) {
      for (const mention of entity.mentions) {
        const text = bodies.get(mention.article)!.slice(...mention.span);
        expect(entity.keys).toContain(foldName(text));
      }
    }
  });

  it('on the seeds: the issue’s people and places, kinds right', () => {
    const list = entities(seedsInput());
    const kinds = Object.fromEntries(list.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({
      'Antony Blinken': 'person',
      'Kassym-Jomart Tokayev': 'person',
      'Mukhtar Tileuberdi': 'person',
      Astana: 'place',
      Kazakhstan: 'place',
      Uzbekistan: 'place',
    });
    const blinken = named(list, 'Antony Blinken')!;
    expect(blinken.articles).toHaveLength(5);
    // "Blinken", "Mr. Blinken" and the titled full name are one person.
    expect(list.filter((e) => e.name.includes('Blinken'))).toHaveLength(1);
    expect(named(list, 'Donald Lu')?.articles.map((id) => id.slice(0, 3))).toEqual(['000']);
  });
});
