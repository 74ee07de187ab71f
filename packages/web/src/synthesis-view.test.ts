import type { StoryOrigin, SynthesisMention, SynthesisSentence } from '@storyfold/server/api';
import { describe, expect, it } from 'vitest';
import {
  discrepancyKindLabel,
  entityGroups,
  formatWhen,
  originStaters,
  shortOriginNames,
  supportLabel,
  timelineLabel,
  whoStates,
  withinOneReport,
} from './synthesis-view.js';

const origin = (id: string, label: string | null): StoryOrigin => ({ id, label, articles: [] });

describe('synthesis view', () => {
  it('names origins by their label, numbering unattributed ones', () => {
    const names = shortOriginNames([origin('o1', 'Reuters'), origin('o2', null), origin('o3', null)]);
    expect([...names.values()]).toEqual(['Reuters', 'Unattributed 1', 'Unattributed 2']);
    expect(shortOriginNames([origin('o9', null)]).get('o9')).toBe('Unattributed');
  });

  it('says support in words', () => {
    expect(supportLabel(1)).toBe('1 independent report');
    expect(supportLabel(2)).toBe('2 independent reports');
  });

  it('lists who states something once per article, with its first mention', () => {
    const staters = whoStates(
      [3, 7, 3],
      [
        { articleId: 7, span: [5, 9] },
        { articleId: 7, span: [20, 30] },
        { articleId: 9, span: [1, 2] },
      ],
    );
    expect(staters).toEqual([
      { articleId: 3, mention: null },
      { articleId: 7, mention: { articleId: 7, span: [5, 9] } },
      { articleId: 9, mention: { articleId: 9, span: [1, 2] } },
    ]);
  });

  it('gives each origin of a sentence an article that states it, with its mention when known', () => {
    const mentions: SynthesisMention[] = [
      { articleId: 2, span: [0, 10] },
      { articleId: 3, span: [4, 14] },
    ];
    const sentence: SynthesisSentence = {
      text: 'Blinken arrived.',
      articles: [1, 2, 3],
      origins: ['o1', 'o2'],
      mentions,
    };
    const carriers = new Map([
      ['o1', new Set([1, 2])],
      ['o2', new Set([3])],
    ]);
    expect(originStaters(sentence, mentions, carriers)).toEqual([
      { origin: 'o1', stater: { articleId: 2, mention: { articleId: 2, span: [0, 10] } } },
      { origin: 'o2', stater: { articleId: 3, mention: { articleId: 3, span: [4, 14] } } },
    ]);
    expect(originStaters(sentence, [], carriers)[0]?.stater).toEqual({ articleId: 1, mention: null });
  });

  it('words kinds, groups entities and labels the timeline', () => {
    expect(discrepancyKindLabel('title')).toBe('Title or role');
    const groups = entityGroups([
      { name: 'Astana', kind: 'place', articles: [1], mentions: [], mentionCount: 1 },
      { name: 'Antony Blinken', kind: 'person', articles: [1], mentions: [], mentionCount: 1 },
    ]);
    expect(groups.map((group) => [group.heading, group.entities.map((e) => e.name)])).toEqual([
      ['People', ['Antony Blinken']],
      ['Places', ['Astana']],
    ]);
    const names = new Map([['o1', 'Reuters']]);
    expect(timelineLabel({ at: null, kind: 'origin', articleId: 1, origin: 'o1' }, names)).toBe(
      'First report from Reuters',
    );
    expect(timelineLabel({ at: null, kind: 'update', articleId: 1, origin: null }, names)).toBe('Update');
  });

  it('formats timeline times as given, without a time zone shift', () => {
    expect(formatWhen('2023-02-28T01:59')).toBe('28 Feb 2023, 01:59');
    expect(formatWhen('2023-02-28')).toBe('28 Feb 2023');
    expect(formatWhen('2023-13-01')).toBe('2023-13-01');
    expect(formatWhen('yesterday')).toBe('yesterday');
    expect(formatWhen(null)).toBe('time unknown');
  });

  it('tells copies of one report worded differently from reports that disagree', () => {
    const value = (origins: string[]) => ({ value: 'x', articles: [1], origins, mentions: [] });
    expect(withinOneReport({ values: [value(['o1']), value(['o1'])] })).toBe(true);
    expect(withinOneReport({ values: [value(['o1']), value(['o2'])] })).toBe(false);
    expect(withinOneReport({ values: [value(['o1', 'o2']), value(['o2', 'o1'])] })).toBe(true);
  });
});
