/**
 * The reader end to end, in a real browser: Debian's Chromium driven by playwright-core, against
 * `storyfold serve` (the real CLI, a child process) on 127.0.0.1 with a temporary database, and a
 * local feed server with real feeds. It walks what a new user does: import the example corpus
 * from the first-run panel, see the five seeds as one story of 5 articles from 2 independent
 * reports, open it and see both origins, compare seeds 001 and 004 with the "longest continuous
 * land border" passage highlighted as copied in both columns, add a working feed and see its
 * articles appear without a reload, add a broken feed and see its error in words. Every page
 * passes an axe-core audit of the WCAG 2.1 A and AA rules.
 * Screenshots of the main pages are saved under artifacts/e2e/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FEEDS_DIR, type FeedServer, startFeedServer } from '@storyfold/ingest/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('packages/cli/bin/storyfold.js');
/** axe-core's browser bundle, evaluated in each audited page. */
const AXE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
/** The rules the audit runs: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = resolve('artifacts/e2e');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let feeds: FeedServer;
let data: string;
let server: ChildProcess;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Starts `storyfold serve` on a free port and resolves with its address once it answers. */
function serve(folder: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', folder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The fixture feeds live on 127.0.0.1, which a real server refuses to fetch by default.
    env: { ...process.env, STORYFOLD_ALLOW_PRIVATE_ADDRESSES: 'true', STORYFOLD_LOG_LEVEL: 'warn' },
  });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`storyfold serve did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, origin: match[0] });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`storyfold serve exited with ${code}:\n${output}`)));
  });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${origin}${path}`);
  expect(response.ok, `${path} answered ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

/** The seeds' story, and the id of its article whose key (file name) starts with a prefix. */
async function seedStory(): Promise<{ id: string; articleId: (prefix: string) => number | undefined }> {
  for (const { id } of (await api<{ stories: { id: string }[] }>('/api/stories?limit=100')).stories) {
    const story = await api<{ articles: { id: number; key: string }[] }>(`/api/stories/${id}`);
    if (story.articles.some((article) => article.key.startsWith('004_')))
      return {
        id,
        articleId: (prefix) => story.articles.find((article) => article.key.startsWith(prefix))?.id,
      };
  }
  throw new Error('the seeds story is not in the store');
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`the browser tests need Chromium at ${CHROMIUM}: on Debian, apt-get install chromium`);
  mkdirSync(SHOTS, { recursive: true });
  // A feed that works when it is added and fails from then on (a site that went down).
  const feed = readFileSync(join(FEEDS_DIR, 'heise.atom'));
  let served = 0;
  feeds = await startFeedServer({
    '/flaky.xml': (_request, response) => {
      if (served++ === 0) response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(feed);
      else response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
    },
  });
  data = mkdtempSync(join(tmpdir(), 'storyfold-e2e-'));
  ({ child: server, origin } = await serve(data));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  await feeds?.close();
  if (data) rmSync(data, { recursive: true, force: true });
});

describe('the reader in a browser', () => {
  it('offers the example corpus on first start and shows the seeds as one story', async () => {
    await page.goto(origin);
    await page.getByRole('button', { name: /example corpus/i }).click();
    const story = page.locator('[data-story-id]');
    await expect.poll(() => story.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => story.first().textContent()).toMatch(/5 articles from 2 independent reports/);
    await shot('stories');
  });

  it('opens the story and shows both origins', async () => {
    await page.locator('[data-story-id] a').first().click();
    await page.waitForURL(/\/stories\//);
    const origins = page.locator('[data-origin-id]');
    await expect.poll(() => origins.count(), { timeout: 10_000 }).toBe(2);
    await shot('story');
  });

  it('compares seeds 001 and 004 with the shared passage highlighted as copied in both', async () => {
    const { articleId } = await seedStory();
    await page.goto(`${origin}/compare?a=${articleId('001')}&b=${articleId('004')}`);
    const copied = page
      .locator('mark.verbatim, mark.edited')
      .filter({ hasText: 'longest continuous land border' });
    await expect.poll(() => copied.count(), { timeout: 10_000 }).toBe(2);
    await shot('compare');
  });

  it('adds a feed and its articles appear on the open stories page without a reload', async () => {
    await page.goto(origin);
    const stories = page.locator('[data-story-id]');
    // The seeds' story is there: the list has rendered before it is counted.
    await expect.poll(() => stories.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const before = await stories.count();
    // A second tab adds the feed and refreshes; the first one stays as it is.
    const feedsTab = await context.newPage();
    await feedsTab.goto(`${origin}/feeds`);
    await feedsTab.getByLabel(/feed or site url/i).fill(feeds.url('/as-feed/feeds/guardian.rss'));
    await feedsTab.getByRole('button', { name: /^add/i }).click();
    await expect.poll(() => feedsTab.locator('[data-feed-id]').count(), { timeout: 10_000 }).toBe(1);
    await feedsTab.getByRole('button', { name: /refresh now/i }).click();
    await expect.poll(() => stories.count(), { timeout: 60_000 }).toBeGreaterThan(before);
    await shot('stories-after-feed');
    await feedsTab.close();
  });

  it('refuses a feed that is not there, with the reason', async () => {
    await page.goto(`${origin}/feeds`);
    await page.getByLabel(/feed or site url/i).fill(feeds.url('/status/404'));
    await page.getByRole('button', { name: /^add/i }).click();
    await expect
      .poll(() => page.locator('.feed-add [role=alert]').textContent(), { timeout: 30_000 })
      .toMatch(/404|not found/i);
  });

  it('shows a feed that broke with its error in words', async () => {
    await page.getByLabel(/feed or site url/i).fill(feeds.url('/flaky.xml'));
    await page.getByRole('button', { name: /^add/i }).click();
    await expect.poll(() => page.locator('[data-feed-id]').count(), { timeout: 10_000 }).toBe(2);
    await page.getByRole('button', { name: /refresh now/i }).click();
    await expect
      .poll(() => page.locator('.feed-error').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/503|unavailable/i)]));
    await shot('feeds');
  });

  it('says a story or article that is not in the store is not there, with no retry', async () => {
    for (const [path, heading] of [
      ['/stories/999999999', 'No such story'],
      ['/articles/999999999', 'No such article'],
    ] as const) {
      await page.goto(`${origin}${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.getByRole('button', { name: /try again/i }).count()).toBe(0);
    }
  });

  it('passes an axe accessibility audit (WCAG 2.1 A and AA) on every page', async () => {
    const seeds = await seedStory();
    for (const path of [
      '/',
      '/feeds',
      `/stories/${seeds.id}`,
      `/compare?a=${seeds.articleId('001')}&b=${seeds.articleId('004')}`,
      `/articles/${seeds.articleId('004')}`,
      '/search?q=Blinken',
    ]) {
      await page.goto(`${origin}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      await page.evaluate(AXE);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: AxeRunner }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
        );
      }, WCAG_AA);
      expect(violations, path).toEqual([]);
    }
  });

  it('fits a phone-width screen, with landmarks and a label on every control', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      '/',
      '/feeds',
      `/stories/${(await api<{ stories: { id: string }[] }>('/api/stories')).stories[0]?.id}`,
    ]) {
      await phone.goto(`${origin}${path}`);
      await phone.locator('main h1, main h2').first().waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await phone.locator('header').count(), path).toBeGreaterThan(0);
      expect(await phone.locator('nav').count(), path).toBeGreaterThan(0);
      expect(await phone.locator('main').count(), path).toBe(1);
      const unlabelled = await phone.evaluate(() =>
        [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
          .filter((control) => {
            const element = control as HTMLInputElement;
            const labelled = (element.labels?.length ?? 0) > 0 || element.getAttribute('aria-label');
            return !labelled && !element.getAttribute('aria-labelledby') && !element.textContent?.trim();
          })
          .map((control) => control.outerHTML.slice(0, 80)),
      );
      expect(unlabelled, path).toEqual([]);
    }
    await phone.goto(origin);
    await phone.screenshot({ path: join(SHOTS, 'stories-phone.png'), fullPage: true });
    await phone.close();
  });
});

/** The part of axe-core's API the audit uses, as it exists in the page. */
interface AxeRunner {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}
