/** `storyfold analyze <path>... [--json]`: folds the articles in files and folders into stories. */
import { parseArgs } from 'node:util';
import { fold } from '@storyfold/engine';
import { readInputs } from '@storyfold/ingest';
import { formatAnalysis } from './analysis-report.js';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, maxBytesOf } from './command-options.js';
import { writeJson } from './json-writer.js';
import { PreparePool } from './prepare-pool.js';
import { progressBar } from './progress.js';

export const ANALYZE_USAGE = `Usage: storyfold analyze <path>... [--json] [--max-bytes <n>] [--workers <n>]

Reads articles from files and folders (.txt, .html, .htm, .json, .jsonl; folders recursively),
removes boilerplate, recognises copies of the same original report, and folds the articles into
stories. Prints a readable report, or one JSON document with --json.

Options:
  --json            print the analysis as JSON (articles, origins, stories, alignments)
  --max-bytes <n>   skip input files larger than n bytes (default 20000000)
  --workers <n>     threads preparing articles (default: one per core from 1000 articles;
                    0 prepares on the main thread)
  --debug           print stack traces for unexpected errors`;

/** Inputs over this many articles get a progress bar (on a terminal). */
const PROGRESS_MIN_ARTICLES = 300;

export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      workers: { type: 'string' },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('analyze needs at least one file or folder (see --help)');
  const maxBytes = maxBytesOf(values['max-bytes']);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 256)) {
    throw new CliError(`--workers must be a whole number from 0 to 256, not "${values.workers}"`);
  }

  const progress = progressBar();
  const pool = new PreparePool(workers);
  let failed = 0;
  const seen = new Set<string>();
  const fail = (path: string, line: number | undefined, reason: string): void => {
    failed++;
    progress.done();
    process.stderr.write(`storyfold: ${line === undefined ? path : `${path}:${line}`}: ${reason}\n`);
  };
  try {
    for await (const result of readInputs(positionals, maxBytes === undefined ? {} : { maxBytes })) {
      if (result.kind === 'error') fail(result.path, result.line, result.reason);
      else if (seen.has(result.article.id)) {
        fail(
          result.path,
          result.line,
          `article id "${result.article.id}" was already read; this one is skipped`,
        );
      } else {
        seen.add(result.article.id);
        pool.add(result.article);
        if (pool.size >= PROGRESS_MIN_ARTICLES && pool.size % 100 === 0) {
          progress.update(pool.size, pool.size, 'reading');
        }
      }
    }
  } catch (error) {
    await pool.close();
    throw error;
  }
  const report = (stage: string) => (done: number, total: number) => {
    if (total >= PROGRESS_MIN_ARTICLES) progress.update(done, total, stage);
  };
  const prepared = await pool.prepare(report('preparing'));
  const analysis = fold(prepared, { onProgress: report('folding') });
  progress.done();
  if (values.json) {
    await writeJson(process.stdout, {
      articles: analysis.articles,
      origins: analysis.origins,
      stories: analysis.stories,
      alignments: analysis.alignments,
    });
  } else {
    process.stdout.write(formatAnalysis(analysis));
  }
  if (failed > 0)
    process.stderr.write(`storyfold: ${failed} input(s) could not be read; the rest were analysed\n`);
  return failed > 0 ? 1 : 0;
}
