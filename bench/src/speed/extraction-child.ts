/**
 * Child process of the extraction speed benchmark (extraction.ts): extracts every Readability
 * test page `rounds` times with one extractor, after a warm-up over the first pages, and prints
 * one JSON line: per-page milliseconds (wall clock), CPU seconds of the measured rounds, and the
 * process's peak RSS (`process.resourceUsage().maxRSS`). Run alone so that peak RSS is the
 * extractor's own. Usage: node extraction-child.js <storyfold|readability/jsdom> <rounds>
 */
import { Readability } from '@mozilla/readability';
import { extractHtml } from '@storyfold/ingest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { READABILITY_TEST_URL } from '../eval/extraction/defaults.js';
import { loadReadabilityCases } from '../eval/extraction/load-pages.js';

/** Pages extracted once before timing starts (JIT warm-up). */
const WARM_UP_PAGES = 10;

export interface ExtractionRun {
  pages: number;
  ms: number[];
  cpuSeconds: number;
  maxRssMb: number;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

function readabilityOverJsdom(html: string): void {
  const dom = new JSDOM(html, { url: READABILITY_TEST_URL, virtualConsole: new VirtualConsole() });
  try {
    new Readability(dom.window.document as unknown as ReadabilityDocument).parse();
  } finally {
    dom.window.close();
  }
}

function ours(html: string): void {
  extractHtml(html, READABILITY_TEST_URL);
}

function main(): void {
  const [name = 'storyfold', roundsArg = '1'] = process.argv.slice(2);
  const extract = name === 'readability/jsdom' ? readabilityOverJsdom : ours;
  const pages = loadReadabilityCases().map((page) => page.source);
  for (const html of pages.slice(0, WARM_UP_PAGES)) extract(html);
  const ms: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < Number(roundsArg); round++) {
    for (const html of pages) {
      const start = performance.now();
      extract(html);
      ms.push(performance.now() - start);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  const run: ExtractionRun = {
    pages: ms.length,
    ms,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main();
