import { describe, expect, it } from 'vitest';
import type { DemoImportResult, Status, StoryDetail, StoryList, SynthesisMention } from '../api/types.js';
import { errorOf, useTestServer } from '../server.test-helper.js';

describe('stories', () => {
  const t = useTestServer();

  it('starts empty, imports the seeds once, and refuses a second import', async () => {
    // Asked for before the import: the rendered empty list must not outlive the import.
    expect(((await (await t.api('/api/stories')).json()) as StoryList).total).toBe(0);
    const before = (await (await t.api('/api/status')).json()) as Status;
    expect(before).toMatchObject({ articles: 0, stories: 0, empty: true, refreshing: false });
    const demo = await t.api('/api/demo', { method: 'POST' });
    expect(demo.status).toBe(200);
    expect((await demo.json()) as DemoImportResult).toEqual({ articles: 5, stories: 1 });
    const again = await t.api('/api/demo', { method: 'POST' });
    expect(await errorOf(again)).toMatchObject({ status: 409, code: 'not_empty' });
    const after = (await (await t.api('/api/status')).json()) as Status;
    expect(after).toMatchObject({ articles: 5, stories: 1, empty: false });
  });

  it('lists one story of 5 articles from 2 independent reports, with a gist', async () => {
    const response = await t.api('/api/stories');
    expect(response.status).toBe(200);
    const list = (await response.json()) as StoryList;
    expect(list).toMatchObject({ total: 1, limit: 50, offset: 0 });
    const [story] = list.stories;
    expect(story).toMatchObject({ articleCount: 5, independentReports: 2 });
    expect(story?.headline).toBeTruthy();
    expect(story?.gist?.length).toBeGreaterThan(20);
    expect(story?.gist?.length).toBeLessThanOrEqual(240);
  });

  it('filters by text, time and source, and pages', async () => {
    const hit = (await (await t.api('/api/stories?q=Kazakhstan')).json()) as StoryList;
    expect(hit.total).toBe(1);
    const miss = (await (await t.api('/api/stories?q=zeppelinwurst')).json()) as StoryList;
    expect(miss).toMatchObject({ total: 0, stories: [] });
    const later = (await (await t.api('/api/stories?since=2030-01-01T00:00:00Z')).json()) as StoryList;
    expect(later.total).toBe(0);
    const paged = (await (await t.api('/api/stories?limit=1&offset=1')).json()) as StoryList;
    expect(paged).toMatchObject({ total: 1, stories: [], limit: 1, offset: 1 });
    const unknownSource = (await (await t.api('/api/stories?source=9999')).json()) as StoryList;
    expect(unknownSource.total).toBe(0);
  });

  it('answers 400 with the error shape for bad query parameters', async () => {
    for (const query of [
      'limit=500',
      'limit=0',
      'limit=ten',
      'offset=-1',
      'since=yesterday',
      'source=abc',
      'colour=red',
    ]) {
      const error = await errorOf(await t.api(`/api/stories?${query}`));
      expect(error.status, query).toBe(400);
      expect(error.code, query).toBe('bad_request');
      expect(error.message, query).not.toMatch(/stack|at .*\.ts/);
    }
  });

  it('shows a story: both origins, articles in publication order with shares and additions', async () => {
    const [summary] = ((await (await t.api('/api/stories')).json()) as StoryList).stories;
    const response = await t.api(`/api/stories/${encodeURIComponent(summary!.id)}`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as StoryDetail;
    expect(detail.story.id).toBe(summary!.id);
    expect(detail.origins).toHaveLength(2);
    expect(detail.articles).toHaveLength(5);
    expect(detail.synthesis).toBeNull();
    const times = detail.articles.map((article) => article.published ?? '');
    expect(times.filter((time) => time !== '').map(Date.parse)).toEqual(
      times
        .filter((time) => time !== '')
        .map(Date.parse)
        .sort((x, y) => x - y),
    );
    const ids = new Set(detail.articles.map((article) => article.id));
    for (const origin of detail.origins)
      for (const member of origin.articles) expect(ids.has(member.articleId)).toBe(true);
    // The mix (004) descends from both origins.
    const mix = detail.articles.find((article) => article.key.startsWith('004'));
    expect(mix?.origins).toHaveLength(2);
    for (const article of detail.articles) {
      expect(article.body.length).toBeGreaterThan(0);
      const text = article.body.join('\n');
      for (const [start, end] of article.added) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(text.length);
      }
    }
    // Page furniture was removed as boilerplate (seed 001 is wrapped in an aggregator's page).
    const wrapped = detail.articles.find((article) => article.key.startsWith('001'));
    expect(wrapped?.boilerplate.length).toBeGreaterThan(0);
    expect(detail.alignments.length).toBeGreaterThan(0);
    for (const alignment of detail.alignments)
      expect(alignment.articles[0]).toBeLessThan(alignment.articles[1]);
  });

  it('synthesises a story on request: a summary, and facts traced to its articles', async () => {
    const [summary] = ((await (await t.api('/api/stories')).json()) as StoryList).stories;
    const path = `/api/stories/${encodeURIComponent(summary!.id)}?synthesis=true`;
    const detail = (await (await t.api(path)).json()) as StoryDetail;
    const synthesis = detail.synthesis!;
    expect(synthesis.summary.length).toBeGreaterThan(50);
    expect(synthesis.facts.length).toBeGreaterThan(0);
    const articleIds = new Set(detail.articles.map((article) => article.id));
    const originIds = new Set(detail.origins.map((origin) => origin.id));
    const textOf = new Map(detail.articles.map((article) => [article.id, article.body.join('\n')]));
    const checkMention = (mention: SynthesisMention) => {
      expect(articleIds.has(mention.articleId)).toBe(true);
      const text = textOf.get(mention.articleId) ?? '';
      expect(mention.span[0]).toBeLessThan(mention.span[1]);
      expect(mention.span[1]).toBeLessThanOrEqual(text.length);
    };
    for (const fact of synthesis.facts) {
      for (const id of fact.articles) expect(articleIds.has(id)).toBe(true);
      for (const origin of fact.origins) expect(originIds.has(origin)).toBe(true);
      expect(fact.support).toBe(fact.origins.length);
      fact.mentions.forEach(checkMention);
    }
    // The summary cites both origins (Reuters and AP).
    const labelOf = new Map(detail.origins.map((origin) => [origin.id, origin.label]));
    const cited = new Set(synthesis.summarySentences.flatMap((sentence) => sentence.origins));
    expect([...cited].map((id) => labelOf.get(id)).sort()).toEqual(['Reuters', 'The Associated Press']);
    expect(synthesis.summary).toBe(synthesis.summarySentences.map((sentence) => sentence.text).join(' '));
    // Only the Reuters report states the land-border fact.
    const border = synthesis.facts.find((fact) => fact.text.includes('longest continuous land border'));
    expect(border?.support).toBe(1);
    expect(border?.origins.map((id) => labelOf.get(id))).toEqual(['Reuters']);
    for (const mention of border?.mentions ?? [])
      expect(textOf.get(mention.articleId)?.slice(...mention.span)).toContain('land border');
    // The Uzbekistan timing discrepancy: "later on Tuesday" against "at the end of the week".
    const timing = synthesis.discrepancies.find(
      (discrepancy) => discrepancy.kind === 'time' && discrepancy.subject.includes('Uzbekistan'),
    );
    expect(timing?.values.map((value) => value.value).sort()).toEqual([
      'at the end of the week',
      'later on Tuesday',
    ]);
    for (const value of timing?.values ?? []) {
      value.mentions.forEach(checkMention);
      expect(
        value.mentions.some((m) =>
          textOf
            .get(m.articleId)
            ?.slice(...m.span)
            .includes(value.value),
        ),
      ).toBe(true);
    }
    expect(synthesis.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(['Antony Blinken', 'Kassym-Jomart Tokayev', 'Astana', 'Uzbekistan']),
    );
    for (const entity of synthesis.entities) entity.mentions.forEach(checkMention);
    for (const addition of synthesis.additions) addition.passages.forEach(checkMention);
    expect(new Set(synthesis.timeline.map((entry) => entry.articleId))).toEqual(articleIds);
    const again = (await (await t.api(path)).json()) as StoryDetail;
    expect(again.synthesis).toEqual(detail.synthesis);
    expect(await errorOf(await t.api(`/api/stories/${summary!.id}?synthesis=perhaps`))).toMatchObject({
      status: 400,
    });
  });

  it('answers 404 for an unknown story', async () => {
    expect(await errorOf(await t.api('/api/stories/no-such-story'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
