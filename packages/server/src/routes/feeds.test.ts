import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FeedServer, startFeedServer } from '@storyfold/ingest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FeedAddResponse,
  FeedList,
  FeedView,
  OpmlImportResult,
  SourceList,
  StoryList,
} from '../api/types.js';
import { errorOf, useTestServer } from '../server.test-helper.js';

/** An RSS feed of two seed articles, their full text in the items (no page to fetch). */
function seedFeed(origin: string): string {
  const seeds = join('..', 'shared', 'seeds');
  const item = (file: string, title: string, date: string) => {
    const text = readFileSync(join(seeds, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
    return `<item><title>${title}</title><link>${origin}/status/404?${file}</link><guid>${file}</guid><pubDate>${date}</pubDate><description><![CDATA[${text}]]></description></item>`;
  };
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Seed Wire</title><link>${origin}/</link><description>seeds</description>
${item('001_fcd4605ecef8cad3.txt', 'Blinken in Kazakhstan', 'Tue, 28 Feb 2023 08:00:00 GMT')}
${item('000_137df0454cfd3650.txt', 'Blinken visits Central Asia', 'Tue, 28 Feb 2023 09:00:00 GMT')}
</channel></rss>`;
}

describe('feeds on a server that may fetch local addresses', () => {
  const t = useTestServer({ allowPrivateAddresses: true });
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer({
      '/seeds.xml': (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(seedFeed(feeds.origin));
      },
      '/broken.xml': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('no feed here');
      },
    });
  });
  afterAll(() => feeds.close());

  it('adds a feed, polls it at once, and tells event-stream clients about the new stories', async () => {
    const controller = new AbortController();
    const events = await t.api('/api/events', { signal: controller.signal });
    expect(events.status).toBe(200);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const storiesEvent = (async () => {
      while (!/event: stories\ndata: (.*)\n\n/.test(received)) {
        const { value, done } = await reader.read();
        if (done) break;
        received += value;
      }
      return received;
    })();

    const response = await t.post('/api/feeds', { url: feeds.url('/seeds.xml'), folder: ' News / World ' });
    expect(response.status).toBe(201);
    const added = (await response.json()) as FeedAddResponse;
    expect(added).toMatchObject({ created: true, feed: { folder: 'News/World', title: 'Seed Wire' } });

    const text = await storiesEvent;
    controller.abort();
    const data = JSON.parse(/event: stories\ndata: (.*)\n\n/.exec(text)![1]!) as { stories: string[] };
    expect(data.stories.length).toBeGreaterThan(0);
    await t.server.context.refresher.idle();

    const list = (await (await t.api('/api/stories?folder=News')).json()) as StoryList;
    expect(list.total).toBe(1);
    expect(list.stories[0]?.articleCount).toBe(2);
    expect(list.stories[0]?.sources.map((source) => source.name)).toEqual(['Seed Wire']);
    const feedList = (await (await t.api('/api/feeds')).json()) as FeedList;
    expect(feedList.folders).toEqual(['News/World']);
    expect(feedList.feeds[0]).toMatchObject({ status: 'ok', lastError: null, lastStatus: 200 });
    const sources = (await (await t.api('/api/sources')).json()) as SourceList;
    expect(sources.sources.find((source) => source.name === 'Seed Wire')?.articleCount).toBe(2);

    const again = await t.post('/api/feeds', { url: feeds.url('/seeds.xml') });
    expect(again.status).toBe(200);
    expect(((await again.json()) as FeedAddResponse).created).toBe(false);
  });

  it('refreshes on request in the background, one round at a time', async () => {
    // A slow feed keeps the round running while the second request arrives.
    await t.server.context.store.addFeed({ url: feeds.url('/slow-headers/600/feeds/heise.atom') });
    const first = await t.post('/api/refresh', { all: true });
    expect(first.status).toBe(202);
    expect(await first.json()).toMatchObject({ started: true, running: true });
    const second = await t.post('/api/refresh', { all: true });
    expect(second.status).toBe(202);
    expect(await second.json()).toMatchObject({ started: false, running: true });
    await t.server.context.refresher.idle();
    // The second request ran one more round after the first.
    const slow = feeds.requests.filter((request) => request.path.startsWith('/slow-headers/600/'));
    expect(slow).toHaveLength(2);
    expect(await errorOf(await t.post('/api/refresh', { all: 'yes' }))).toMatchObject({ status: 400 });
    // No body at all is a round of the due feeds.
    expect((await t.api('/api/refresh', { method: 'POST' })).status).toBe(202);
    await t.server.context.refresher.idle();
  });

  it('records a failing feed with its error in words', async () => {
    const { store } = t.server.context;
    const { feed } = await store.addFeed({ url: feeds.url('/status/503') });
    t.server.context.refresher.start(true);
    await t.server.context.refresher.idle();
    const view = ((await (await t.api('/api/feeds')).json()) as FeedList).feeds.find((f) => f.id === feed.id);
    expect(view).toMatchObject({ status: 'failing', lastStatus: 503, consecutiveFailures: 1 });
    expect(view?.lastError).toMatch(/503|unavailable/i);
  });

  it('answers 422 for a URL that is no feed and names no feed', async () => {
    const error = await errorOf(await t.post('/api/feeds', { url: feeds.url('/broken.xml') }));
    expect(error).toMatchObject({ status: 422, code: 'not_a_feed' });
    expect(error.message).toMatch(/not a feed/);
  });

  it('changes a feed’s folder and title, and removes it', async () => {
    const {
      feeds: [feed],
    } = (await (await t.api('/api/feeds')).json()) as FeedList;
    const patched = await t.post(`/api/feeds/${feed!.id}`, { folder: 'Wire', title: 'Seeds' }, 'PATCH');
    expect(patched.status).toBe(200);
    expect((await patched.json()) as FeedView).toMatchObject({ folder: 'Wire', title: 'Seeds' });
    const cleared = (await (
      await t.post(`/api/feeds/${feed!.id}`, { folder: '' }, 'PATCH')
    ).json()) as FeedView;
    expect(cleared.folder).toBeNull();
    expect(await errorOf(await t.post(`/api/feeds/${feed!.id}`, { colour: 'red' }, 'PATCH'))).toMatchObject({
      status: 400,
    });
    expect(await errorOf(await t.post('/api/feeds/999999', { folder: 'x' }, 'PATCH'))).toMatchObject({
      status: 404,
    });
    expect((await t.api(`/api/feeds/${feed!.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await errorOf(await t.api(`/api/feeds/${feed!.id}`, { method: 'DELETE' }))).toMatchObject({
      status: 404,
    });
    // The feed's articles stay.
    expect(((await (await t.api('/api/stories?q=Kazakhstan')).json()) as StoryList).total).toBe(1);
  });

  it('round-trips OPML: export, import into another folder, refusals reported', async () => {
    await t
      .post('/api/feeds', { url: feeds.url('/feeds/heise.atom'), folder: 'Tech / Germany' })
      .then((r) => r.json());
    await t.server.context.refresher.idle();
    const exported = await t.api('/api/feeds/opml');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    const xml = await exported.text();
    expect(xml).toContain('heise.atom');
    const before = ((await (await t.api('/api/feeds')).json()) as FeedList).feeds.length;
    const extra = xml.replace(
      '</body>',
      '<outline text="Passwords" xmlUrl="file:///etc/passwd"/><outline text="New" xmlUrl="https://news.example/rss"/></body>',
    );
    const imported = await t.api('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/x-opml' },
      body: extra,
    });
    expect(imported.status).toBe(200);
    const result = (await imported.json()) as OpmlImportResult;
    expect(result.added).toBe(1);
    expect(result.existing).toBe(before);
    expect(result.failed.map((failure) => failure.url).join(' ')).toMatch(/passwd|Passwords/);
    const after = (await (await t.api('/api/feeds')).json()) as FeedList;
    expect(after.feeds).toHaveLength(before + 1);
    // Nested folders survive the round trip as OPML outlines.
    expect(after.folders).toContain('Tech/Germany');
    expect(xml).toMatch(/<outline text="Tech"[^>]*>\s*<outline text="Germany"/);
    const bad = await t.api('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: '<html/>',
    });
    expect(await errorOf(bad)).toMatchObject({ status: 400, code: 'bad_opml' });
  });
});

describe('feeds on a default server (private addresses refused)', () => {
  const t = useTestServer();

  it('refuses loopback, private and non-http feed URLs before fetching anything', async () => {
    for (const url of [
      'http://127.0.0.1:9/feed.xml',
      'http://localhost/feed',
      'http://[::1]/feed',
      'http://10.0.0.1/rss',
      'http://169.254.169.254/latest/meta-data',
      'http://[::ffff:127.0.0.1]/x',
    ]) {
      const error = await errorOf(await t.post('/api/feeds', { url }));
      expect(error, url).toMatchObject({ status: 400, code: 'forbidden_address' });
    }
    for (const url of ['file:///etc/passwd', 'data:text/xml,<rss/>', 'ftp://example.com/feed', 'not a url']) {
      const error = await errorOf(await t.post('/api/feeds', { url }));
      expect(error, url).toMatchObject({ status: 400, code: 'bad_request' });
    }
    expect((await errorOf(await t.post('/api/feeds', { url: 'file:///etc/passwd' }))).message).toBe(
      'only http and https feeds can be added, not file: URLs',
    );
    expect(((await (await t.api('/api/feeds')).json()) as FeedList).feeds).toEqual([]);
  });

  it('answers malformed JSON, missing fields, wrong types and oversized bodies with the error shape', async () => {
    const malformed = await t.api('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"url": ',
    });
    expect(await errorOf(malformed)).toMatchObject({
      status: 400,
      code: 'bad_request',
      message: 'the request body is not valid JSON',
    });
    expect(await errorOf(await t.post('/api/feeds', {}))).toMatchObject({ status: 400, code: 'bad_request' });
    expect(await errorOf(await t.post('/api/feeds', { url: 42 }))).toMatchObject({ status: 400 });
    const huge = await t.post('/api/feeds', { url: `https://example.com/${'x'.repeat(2 * 1024 * 1024)}` });
    expect(await errorOf(huge)).toMatchObject({ status: 413, code: 'payload_too_large' });
    const hugeOpml = await t.api('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/x-opml' },
      body: `<opml>${' '.repeat(2 * 1024 * 1024)}</opml>`,
    });
    expect(await errorOf(hugeOpml)).toMatchObject({ status: 413, code: 'payload_too_large' });
    const wrongType = await t.api('/api/feeds', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b',
    });
    expect(await errorOf(wrongType)).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });
});
