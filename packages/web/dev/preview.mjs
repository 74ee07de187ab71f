// Looks at the built interface (dist/) in headless Chromium without a server: every request is
// answered in the browser by Playwright's routing, /api from fixtures made of the five seeds.
// Saves screenshots of the main pages (desktop and 360 px phone width), checks there is no
// horizontal scroll on a phone, and measures how long the stories list takes to render 1,000
// stories (from the API response to the next frame). A development aid, not a test.
// Usage: node packages/web/dev/preview.mjs [outdir]   (after npm run build -w @storyfold/web)
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '../dist');
const seedsDir = join(here, '../../../examples/seeds');
const out = process.argv[2] ?? '/tmp/storyfold-web-preview';
const origin = 'http://storyfold.test';

const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name, index) => {
    const lines = readFileSync(join(seedsDir, name), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const body = lines.filter((line) => line.length > 60);
    return {
      id: index + 1,
      key: name,
      title: lines.find((line) => line.length > 30 && line.length < 140) ?? name,
      byline: index === 1 ? 'Simon Lewis' : null,
      credit: index === 2 ? 'AP' : 'Reuters',
      published: `2023-02-28T0${index + 6}:00:00Z`,
      dateline: 'ASTANA',
      url: `https://example.com/${name}`,
      source: {
        id: index + 1,
        name: ['The Star', 'Reuters via News', 'AP News', 'Focus Taiwan', 'Mixed Daily'][index],
      },
      feedId: 1,
      storyId: 's1',
      fetchedAt: '2023-02-28T12:00:00Z',
      body,
      boilerplate: lines.filter((line) => line.length <= 60).map((text) => ({ text, reason: 'navigation' })),
    };
  });

// Passages between two bodies: sentences found verbatim in both.
function compare(a, b) {
  const textA = a.body.join('\n');
  const textB = b.body.join('\n');
  const passages = [];
  for (const match of textA.matchAll(/[^.!?\n]{40,}[.!?]/g)) {
    const at = textB.indexOf(match[0]);
    if (at >= 0) {
      const start = match.index;
      passages.push({
        a: [start, start + match[0].length],
        b: [at, at + match[0].length],
        kind: passages.length % 3 === 2 ? 'edited' : 'verbatim',
        similarity: 1,
      });
    }
  }
  const gaps = (text, spans) => {
    const sorted = [...spans].sort((x, y) => x[0] - y[0]);
    const result = [];
    let at = 0;
    for (const [s, e] of sorted) {
      if (s - at > 30) result.push([at, s]);
      at = Math.max(at, e);
    }
    if (text.length - at > 30) result.push([at, text.length]);
    return result;
  };
  return {
    a,
    b,
    passages,
    addedA: gaps(
      textA,
      passages.map((p) => p.a),
    ),
    addedB: gaps(
      textB,
      passages.map((p) => p.b),
    ),
  };
}

const summary = (id, n) => ({
  id,
  headline:
    n === 0
      ? 'Blinken holds talks with Central Asian nations in wake of Ukraine anniversary'
      : `Story number ${n} about something that happened somewhere today`,
  gist: 'U.S. Secretary of State Antony Blinken arrived in Central Asia Tuesday to meet officials from all five former Soviet republics.',
  articleCount: 5,
  independentReports: 2,
  sources: seeds.map((seed) => seed.source),
  firstPublished: new Date(Date.now() - (n + 3) * 3600_000).toISOString(),
  lastPublished: new Date(Date.now() - n * 60_000).toISOString(),
  updatedAt: new Date().toISOString(),
});

function api(path, query, storyCount) {
  if (path === '/api/status')
    return {
      version: '0.1.0',
      articles: 5,
      stories: storyCount,
      feeds: 2,
      refreshing: false,
      lastRefreshAt: null,
      empty: storyCount === 0,
    };
  if (path === '/api/stories') {
    const stories = Array.from({ length: storyCount }, (_, n) => summary(n === 0 ? 's1' : `s${n + 1}`, n));
    return { stories, total: storyCount, limit: storyCount, offset: 0 };
  }
  if (path.startsWith('/api/stories/')) {
    const [a, b, c, d, e] = seeds;
    const share = (origin, s) => ({ origin, share: s });
    const articles = seeds.map((seed, i) => ({
      ...seed,
      origins:
        i === 4 ? [share('o1', 0.55), share('o2', 0.45)] : [share(i === 2 ? 'o2' : 'o1', 0.9 - i * 0.05)],
      added: compare(seed, seeds[(i + 1) % 5]).addedA.slice(0, 2),
    }));
    return {
      story: summary('s1', 0),
      origins: [
        {
          id: 'o1',
          label: 'Reuters',
          articles: [a, b, d, e].map((x, i) => ({ articleId: x.id, share: 0.9 - i * 0.1 })),
        },
        {
          id: 'o2',
          label: null,
          articles: [c, e].map((x, i) => ({ articleId: x.id, share: 0.8 - i * 0.3 })),
        },
      ],
      articles,
      alignments: [],
      synthesis: null,
    };
  }
  if (path === '/api/compare') {
    const a = seeds[Number(query.get('a')) - 1] ?? seeds[1];
    const b = seeds[Number(query.get('b')) - 1] ?? seeds[4];
    return compare(a, b);
  }
  if (path.startsWith('/api/articles/') && path.endsWith('/original'))
    return {
      articleId: 1,
      kind: 'page',
      url: 'https://example.com/x',
      contentType: 'text/html',
      fetchedAt: '2023-02-28T12:00:00Z',
      html: '<h1>Original</h1><p>Sanitised page.</p><script>parent.document.body.innerHTML="pwned"</script>',
      text: null,
    };
  if (path.startsWith('/api/articles/'))
    return { article: seeds[Number(path.split('/')[3]) - 1] ?? seeds[0] };
  if (path === '/api/search')
    return {
      query: query.get('q'),
      hits: seeds
        .slice(0, 3)
        .map((seed) => ({ article: seed, snippet: '…the «longest» continuous «land border» in the world…' })),
      total: 3,
      limit: 20,
      offset: 0,
    };
  if (path === '/api/sources')
    return {
      sources: seeds.map((seed) => ({
        ...seed.source,
        host: 'example.com',
        articleCount: 1,
        fetchPages: true,
        contentSelector: null,
      })),
    };
  if (path === '/api/feeds')
    return {
      folders: ['World'],
      feeds: [
        {
          id: 1,
          url: 'https://example.com/feed.xml',
          title: 'Example World',
          siteUrl: 'https://example.com/',
          folder: 'World',
          source: seeds[0].source,
          addedAt: '2023-02-27T00:00:00Z',
          status: 'ok',
          lastStatus: 200,
          lastError: null,
          lastPolledAt: new Date(Date.now() - 600_000).toISOString(),
          nextPollAt: new Date().toISOString(),
          consecutiveFailures: 0,
          intervalSeconds: 900,
        },
        {
          id: 2,
          url: 'https://broken.example.org/rss-with-a-very-long-path/that/does/not/exist.xml',
          title: null,
          siteUrl: null,
          folder: null,
          source: null,
          addedAt: '2023-02-27T00:00:00Z',
          status: 'failing',
          lastStatus: 404,
          lastError: 'The feed address answered 404 Not Found.',
          lastPolledAt: new Date(Date.now() - 3600_000).toISOString(),
          nextPollAt: new Date().toISOString(),
          consecutiveFailures: 3,
          intervalSeconds: 900,
        },
      ],
    };
  return undefined;
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

async function openPage(browser, viewport, storyCount, colorScheme = 'light') {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log('page error:', error.message));
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/api/events')
      return route.fulfill({ status: 200, contentType: 'text/event-stream', body: ': hello\n\n' });
    if (url.pathname.startsWith('/api/')) {
      const body = api(url.pathname, url.searchParams, storyCount);
      if (body === undefined)
        return route.fulfill({
          status: 404,
          json: { error: { code: 'not_found', message: 'No such thing.' } },
        });
      return route.fulfill({ status: 200, json: body });
    }
    const file = url.pathname.startsWith('/assets/') ? join(dist, url.pathname) : join(dist, 'index.html');
    return route.fulfill({
      status: 200,
      contentType: types[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  return { context, page };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  // Render time of 1,000 stories: from the stories response to the frame after they are in the DOM.
  const timings = [];
  const commits = [];
  for (let run = 0; run < 5; run++) {
    const { context, page } = await openPage(browser, { width: 1280, height: 900 }, 1000);
    await page.addInitScript(() => {
      const original = window.fetch;
      window.fetch = async (...args) => {
        const response = await original(...args);
        if (String(args[0]).startsWith('/api/stories?')) {
          const json = response.json.bind(response);
          response.json = async () => json();
          const text = await response.clone().text();
          window.__storiesArrived = performance.now();
          new MutationObserver((_, observer) => {
            if (document.querySelectorAll('.story').length === 1000) {
              window.__storiesCommitted = performance.now();
              observer.disconnect();
              requestAnimationFrame(() => {
                window.__storiesFrame = performance.now();
              });
            }
          }).observe(document.body, { childList: true, subtree: true });
          return new Response(text, { status: response.status, headers: response.headers });
        }
        return response;
      };
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__storiesFrame !== undefined);
    const [ms, commit] = await page.evaluate(() => [
      window.__storiesFrame - window.__storiesArrived,
      window.__storiesCommitted - window.__storiesArrived,
    ]);
    timings.push(ms);
    commits.push(commit);
    await context.close();
  }
  timings.sort((a, b) => a - b);
  console.log(
    `1,000 stories: response → rendered frame ${timings.map((t) => t.toFixed(0)).join(', ')} ms (median ${timings[2].toFixed(0)}); in the DOM after ${commits.map((t) => t.toFixed(0)).join(', ')} ms`,
  );

  for (const [name, viewport, scheme] of [
    ['desktop', { width: 1280, height: 900 }, 'light'],
    ['phone', { width: 360, height: 740 }, 'light'],
    ['dark', { width: 1280, height: 900 }, 'dark'],
  ]) {
    const { context, page } = await openPage(browser, viewport, 12, scheme);
    for (const [slug, path, ready] of [
      ['stories', '/', '.story'],
      ['story', '/stories/s1', '.origin'],
      ['compare', '/compare?a=2&b=5', 'mark.passage'],
      ['article', '/articles/2', '.reader-body'],
      ['feeds', '/feeds', '.feed'],
      ['search', '/search?q=land+border', '.search-hit'],
    ]) {
      await page.goto(`${origin}${path}`);
      await page.waitForSelector(ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) console.log(`${name} ${slug}: horizontal overflow ${overflow}px`);
      await page.screenshot({ path: `${out}/${name}-${slug}.png`, fullPage: slug !== 'stories' });
    }
    await context.close();
  }
  {
    // Interaction checks: keys, counterpart highlighting, the sandboxed original.
    const { context, page } = await openPage(browser, { width: 1280, height: 900 }, 12);
    const check = (name, ok) => console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
    await page.goto(`${origin}/`);
    await page.waitForSelector('.story');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    check(
      'j j selects and focuses the second story',
      await page.evaluate(
        () =>
          document.querySelector('.story.selected')?.getAttribute('data-story-index') === '1' &&
          document.activeElement?.closest('.story')?.getAttribute('data-story-index') === '1',
      ),
    );
    await page.keyboard.press('k');
    check('k goes back', (await page.getAttribute('.story.selected', 'data-story-index')) === '0');
    await page.keyboard.press('?');
    check('? opens the help', await page.isVisible('dialog.help-dialog'));
    await page.keyboard.press('j');
    check(
      'keys pause while the help is open',
      (await page.getAttribute('.story.selected', 'data-story-index')) === '0',
    );
    await page.keyboard.press('Escape');
    check('Esc closes the help', !(await page.isVisible('dialog.help-dialog')));
    await page.keyboard.press('/');
    check('/ focuses search', await page.evaluate(() => document.activeElement?.id === 'search-input'));
    await page.keyboard.type('j');
    check('typing j in search is text', (await page.inputValue('#search-input')) === 'j');
    await page.locator('.story').first().locator('a').focus();
    await page.keyboard.press('o');
    await page.waitForSelector('.origin');
    check('o opens the story', page.url().endsWith('/stories/s1'));
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    check(
      'n n selects the second article',
      (await page.getAttribute('.story-article.selected', 'data-article-index')) === '1',
    );
    await page.locator('.compare-choice').nth(1).check();
    await page.locator('.compare-choice').nth(4).check();
    await page.click('.compare-bar a');
    await page.waitForSelector('mark.passage');
    check('compare opens with the chosen articles', page.url().endsWith('/compare?a=2&b=5'));
    check(
      'a copied passage is marked in both columns',
      (await page.locator('.column-a mark.verbatim', { hasText: 'emboldened' }).count()) > 0 &&
        (await page.locator('.column-b mark.verbatim', { hasText: 'emboldened' }).count()) > 0,
    );
    await page.locator('.column-a mark.passage').first().hover();
    const passage = await page.getAttribute('.column-a mark.passage.active', 'data-passage');
    check(
      'hovering a passage highlights its counterpart',
      passage !== null &&
        (await page.locator(`.column-b mark.passage.active[data-passage="${passage}"]`).count()) > 0,
    );
    await page.goto(`${origin}/articles/2`);
    await page.click('.original-toggle');
    await page.waitForSelector('iframe.original-frame');
    await page.waitForTimeout(300);
    check(
      'the original runs no script',
      (await page.evaluate(() => document.body.textContent?.includes('pwned'))) === false &&
        (await page.getAttribute('iframe.original-frame', 'sandbox')) === '',
    );
    await page.goto(`${origin}/search?q=land`);
    await page.waitForSelector('.snippet mark');
    check(
      'snippet matches are marks',
      (await page.locator('.snippet mark').first().textContent()) === 'longest',
    );
    await page.goto(`${origin}/?time=24h&source=2`);
    await page.waitForSelector('.story');
    check(
      'filters come from the URL',
      (await page.inputValue('#filter-time')) === '24h' && (await page.inputValue('#filter-source')) === '2',
    );
    await page.selectOption('#filter-time', '7d');
    check('filters go to the URL', page.url().includes('time=7d'));
    await context.close();
  }
  const { context, page } = await openPage(browser, { width: 1280, height: 900 }, 0);
  await page.goto(`${origin}/`);
  await page.waitForSelector('.first-run');
  await page.screenshot({ path: `${out}/desktop-first-run.png` });
  await context.close();
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
