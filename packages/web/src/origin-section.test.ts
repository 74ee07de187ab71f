import type { StoryArticle } from '@storyfold/server/api';
import { describe, expect, it } from 'vitest';
import { carriers } from './origin-section.js';

function article(id: number, source: string | null, url: string | null): StoryArticle {
  return {
    id,
    key: `00${id}_file`,
    title: `Article ${id}`,
    byline: null,
    credit: null,
    published: null,
    dateline: null,
    url,
    source: source === null ? null : { id: id + 100, name: source },
    feedId: null,
    storyId: 's1',
    fetchedAt: '2023-02-28T00:00:00Z',
    body: [],
    boilerplate: [],
    origins: [],
    added: [],
  };
}

describe('carriers', () => {
  it('names outlets by source, else by web host, once each', () => {
    const members = [
      article(1, 'Reuters', null),
      article(2, null, 'https://www.example.org/a'),
      article(3, 'Reuters', 'https://www.reuters.com/x'),
    ];
    expect(carriers(members)).toBe('2 outlets: Reuters, www.example.org (3 articles)');
    expect(carriers(members.slice(0, 2))).toBe('2 outlets: Reuters, www.example.org');
  });

  it('counts articles, not file names, when no article names an outlet', () => {
    expect(carriers([article(1, null, null), article(2, null, 'file:///tmp/x.txt')])).toBe('2 articles');
    expect(carriers([article(1, null, null), article(2, 'AP', null)])).toBe('1 outlet: AP (2 articles)');
  });
});
