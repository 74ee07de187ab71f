import { describe, expect, it } from 'vitest';
import type {
  ArticleDetail,
  ArticleOriginal,
  Comparison,
  SearchResults,
  StoryDetail,
  StoryList,
} from '../api/types.js';
import { errorOf, useTestServer } from '../server.test-helper.js';

const HOSTILE_PAGE = `<!doctype html><html><head><title>Hostile</title>
<script>alert(1)</script><style>body{display:none}</style></head>
<body onload="steal()"><h1>Hostile page</h1>
<p>Ordinary text. <img src="https://tracker.example/pixel.gif" onerror="steal()"></p>
<a href="javascript:steal()">link</a><form action="https://evil.example"><input name="q"></form>
<iframe src="https://evil.example"></iframe></body></html>`;

describe('articles, comparison, search and originals', () => {
  const t = useTestServer({}, { demo: true });

  async function storyArticles(): Promise<StoryDetail['articles']> {
    const [story] = ((await (await t.api('/api/stories')).json()) as StoryList).stories;
    return ((await (await t.api(`/api/stories/${encodeURIComponent(story!.id)}`)).json()) as StoryDetail)
      .articles;
  }

  it('answers one article with body, boilerplate and metadata, and 404/400 for bad ids', async () => {
    const [first] = await storyArticles();
    const response = await t.api(`/api/articles/${first!.id}`);
    expect(response.status).toBe(200);
    const { article } = (await response.json()) as ArticleDetail;
    expect(article).toMatchObject({ id: first!.id, key: first!.key });
    expect(article.body.length).toBeGreaterThan(0);
    expect(await errorOf(await t.api('/api/articles/999999'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(await errorOf(await t.api('/api/articles/abc'))).toMatchObject({
      status: 400,
      code: 'bad_request',
    });
    expect(await errorOf(await t.api('/api/articles/0'))).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('compares seeds 001 and 004: the "longest continuous land border" passage is in both', async () => {
    const articles = await storyArticles();
    const a = articles.find((article) => article.key.startsWith('001'))!;
    const b = articles.find((article) => article.key.startsWith('004'))!;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      const response = await t.api(`/api/compare?a=${x!.id}&b=${y!.id}`);
      expect(response.status).toBe(200);
      const comparison = (await response.json()) as Comparison;
      expect(comparison.a.id).toBe(x!.id);
      const textA = comparison.a.body.join('\n');
      const textB = comparison.b.body.join('\n');
      const border = comparison.passages.find(
        (passage) =>
          textA.slice(...passage.a).includes('longest continuous land border') &&
          textB.slice(...passage.b).includes('longest continuous land border'),
      );
      expect(border, 'a passage covering the border sentence on both sides').toBeDefined();
      for (const [start, end] of comparison.addedA) {
        for (const passage of comparison.passages)
          expect(end <= passage.a[0] || start >= passage.a[1]).toBe(true);
      }
    }
  });

  it('aligns two articles on the fly when the store has no alignment for them', async () => {
    const { store } = t.server.context;
    const [first] = await storyArticles();
    const original = (await store.getArticle(first!.id))!;
    // A shortened copy in another source: stored without folding, so no alignment exists.
    const source = await store.ensureSource({ name: 'Copy Desk', host: 'copy.example' });
    const [put] = await store.putArticles([
      { key: 'copy-1', sourceId: source.id, title: 'A copy', body: original.body.slice(0, 3) },
    ]);
    expect(await store.alignmentsOf([put!.id])).toEqual([]);
    const comparison = (await (await t.api(`/api/compare?a=${put!.id}&b=${first!.id}`)).json()) as Comparison;
    expect(comparison.passages.length).toBeGreaterThan(0);
    expect(comparison.passages[0]?.kind).toBe('verbatim');
    expect(comparison.addedA).toEqual([]);
    expect(comparison.addedB.length).toBeGreaterThan(0);
  });

  it('answers 400 and 404 for bad comparisons', async () => {
    const [first] = await storyArticles();
    expect(await errorOf(await t.api(`/api/compare?a=${first!.id}&b=${first!.id}`))).toMatchObject({
      status: 400,
    });
    expect(await errorOf(await t.api(`/api/compare?a=${first!.id}`))).toMatchObject({
      status: 400,
      code: 'bad_request',
    });
    expect(await errorOf(await t.api(`/api/compare?a=${first!.id}&b=999999`))).toMatchObject({ status: 404 });
  });

  it('searches the articles with snippets', async () => {
    const response = await t.api('/api/search?q=Blinken&limit=2');
    expect(response.status).toBe(200);
    const results = (await response.json()) as SearchResults;
    expect(results).toMatchObject({ query: 'Blinken', limit: 2, offset: 0 });
    expect(results.total).toBeGreaterThanOrEqual(4);
    expect(results.hits).toHaveLength(2);
    expect(results.hits[0]?.snippet).toContain('«');
    const none = (await (await t.api('/api/search?q=%22unbalanced')).json()) as SearchResults;
    expect(none.hits).toBeInstanceOf(Array);
    expect(await errorOf(await t.api('/api/search'))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(await errorOf(await t.api('/api/search?q=x&limit=201'))).toMatchObject({ status: 400 });
  });

  it("shows a file's original as text", async () => {
    const [first] = await storyArticles();
    const original = (await (await t.api(`/api/articles/${first!.id}/original`)).json()) as ArticleOriginal;
    expect(original).toMatchObject({ articleId: first!.id, kind: 'file', html: null });
    expect(original.url).toMatch(/^\d{3}_[0-9a-f]+\.txt$/); // the file's name, not its path here
    expect(original.text?.length).toBeGreaterThan(100);
  });

  it('sanitises hostile HTML in an original: no script, no event handler, images only on request', async () => {
    const { store } = t.server.context;
    const document = await store.putDocument({
      kind: 'page',
      url: 'https://hostile.example/story',
      contentType: 'text/html; charset=utf-8',
      content: HOSTILE_PAGE,
    });
    const [put] = await store.putArticles([
      { key: 'hostile-1', title: 'Hostile', body: ['Ordinary text.'], pageDocumentId: document },
    ]);
    const plain = (await (await t.api(`/api/articles/${put!.id}/original`)).json()) as ArticleOriginal;
    expect(plain).toMatchObject({ kind: 'page', text: null, url: 'https://hostile.example/story' });
    const html = plain.html ?? '';
    expect(html).toContain('Ordinary text.');
    for (const banned of [
      /<script/i,
      /onerror/i,
      /onload/i,
      /javascript:/i,
      /<style/i,
      /<form/i,
      /<iframe/i,
      /tracker\.example/,
    ])
      expect(html).not.toMatch(banned);
    const withImages = (await (
      await t.api(`/api/articles/${put!.id}/original?images=true`)
    ).json()) as ArticleOriginal;
    expect(withImages.html).toContain('https://tracker.example/pixel.gif');
    expect(withImages.html).not.toMatch(/onerror|<script/i);
    expect(await errorOf(await t.api(`/api/articles/${put!.id}/original?images=maybe`))).toMatchObject({
      status: 400,
    });
    expect(await errorOf(await t.api('/api/articles/999999/original'))).toMatchObject({ status: 404 });
  });

  it("resolves an original page's relative links and images against its address", async () => {
    const { store } = t.server.context;
    const document = await store.putDocument({
      kind: 'page',
      url: 'https://news.example/2026/story',
      contentType: 'text/html; charset=utf-8',
      content: Buffer.from(
        '<!doctype html><html><body><p>See <a href="/world/next">the next report</a>.</p><img src="photo.jpg" alt="A photo" width="600"></body></html>',
      ),
    });
    const [put] = await store.putArticles([
      { key: 'relative-1', title: 'Relative', body: ['See the next report.'], pageDocumentId: document },
    ]);
    const original = (await (
      await t.api(`/api/articles/${put!.id}/original?images=true`)
    ).json()) as ArticleOriginal;
    expect(original.html).toContain('href="https://news.example/world/next"');
    expect(original.html).toContain('src="https://news.example/2026/photo.jpg"');
  });
});
