import type { Synthesis } from '@storyfold/engine';
import { describe, expect, it } from 'vitest';
import { SYNTHESIS_MAX_ENTITY_MENTIONS, toStorySynthesis } from './story-synthesis.js';

const mention = (article: string, start: number) => ({
  article,
  span: [start, start + 5] as [number, number],
});

const synthesis: Synthesis = {
  headline: 'A headline',
  summary: {
    text: 'One. Two.',
    sentences: [
      {
        text: 'One.',
        articles: ['3', '7'],
        origins: ['o1', 'o2'],
        mentions: [
          { article: '3', span: [0, 4] },
          { article: '7', span: [10, 14] },
        ],
      },
      { text: 'Two.', articles: ['7'], origins: ['o2'], mentions: [{ article: '7', span: [20, 24] }] },
    ],
  },
  facts: [
    {
      text: 'One.',
      articles: ['3', '7'],
      origins: ['o1', 'o2'],
      support: 2,
      mentions: [mention('3', 0), mention('7', 10)],
    },
  ],
  additions: [{ article: '7', passages: [{ ...mention('7', 20), text: 'added' }] }],
  discrepancies: [
    {
      kind: 'time',
      subject: 'when: it happens',
      values: [
        { value: 'today', articles: ['3'], origins: ['o1'], mentions: [mention('3', 30)] },
        { value: 'tomorrow', articles: ['7'], origins: ['o2'], mentions: [mention('7', 40)] },
      ],
    },
  ],
  entities: [
    {
      name: 'Somebody',
      kind: 'person',
      articles: ['3', '7'],
      mentions: Array.from({ length: SYNTHESIS_MAX_ENTITY_MENTIONS + 3 }, (_, i) => mention('3', i * 10)),
    },
  ],
  timeline: [
    { at: '2023-02-28', kind: 'origin', article: '3', origin: 'o1' },
    { at: null, kind: 'update', article: '7', origin: null },
  ],
};

describe('toStorySynthesis', () => {
  it('maps the engine synthesis to store ids, keeping origins, order and spans', () => {
    const api = toStorySynthesis(synthesis);
    expect(api.headline).toBe('A headline');
    expect(api.summary).toBe('One. Two.');
    expect(api.summarySentences).toEqual([
      {
        text: 'One.',
        articles: [3, 7],
        origins: ['o1', 'o2'],
        mentions: [
          { articleId: 3, span: [0, 4] },
          { articleId: 7, span: [10, 14] },
        ],
      },
      { text: 'Two.', articles: [7], origins: ['o2'], mentions: [{ articleId: 7, span: [20, 24] }] },
    ]);
    expect(api.facts[0]).toEqual({
      text: 'One.',
      articles: [3, 7],
      origins: ['o1', 'o2'],
      support: 2,
      mentions: [
        { articleId: 3, span: [0, 5] },
        { articleId: 7, span: [10, 15] },
      ],
    });
    expect(api.additions).toEqual([
      { articleId: 7, passages: [{ articleId: 7, span: [20, 25], text: 'added' }] },
    ]);
    expect(
      api.discrepancies[0]?.values.map((value) => [value.value, value.articles, value.mentions]),
    ).toEqual([
      ['today', [3], [{ articleId: 3, span: [30, 35] }]],
      ['tomorrow', [7], [{ articleId: 7, span: [40, 45] }]],
    ]);
    expect(api.timeline).toEqual([
      { at: '2023-02-28', kind: 'origin', articleId: 3, origin: 'o1' },
      { at: null, kind: 'update', articleId: 7, origin: null },
    ]);
  });

  it("caps an entity's mentions and says how many there are", () => {
    const [entity] = toStorySynthesis(synthesis).entities;
    expect(entity?.mentions).toHaveLength(SYNTHESIS_MAX_ENTITY_MENTIONS);
    expect(entity?.mentionCount).toBe(SYNTHESIS_MAX_ENTITY_MENTIONS + 3);
    expect(entity?.articles).toEqual([3, 7]);
  });
});
