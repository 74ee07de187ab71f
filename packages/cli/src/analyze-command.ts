/** `storyfold analyze <path>... [--json]`: folds the articles in files and folders into stories. */
import { parseArgs } from 'node:util';
import {
  type Analysis,
  fold,
  headline,
  type Story,
  SUMMARY_DEFAULTS,
  type SynthesisInput,
} from '@storyfold/engine';
import { readInputs } from '@storyfold/ingest';
import { formatAnalysis } from './analysis-report.js';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, maxBytesOf } from './command-options.js';
import { writeJson } from './json-writer.js';
import { PreparePool } from './prepare-pool.js';
import { progressBar } from './progress.js';
import { synthesiseAll } from './synthesis-pool.js';

export const ANALYZE_USAGE = `Usage: storyfold analyze <path>... [--json] [--stories-from <field>] [--summary-words <n>]
                         [--max-bytes <n>] [--workers <n>]

Reads articles from files and folders (.txt, .html, .htm, .json, .jsonl; folders recursively),
removes boilerplate, recognises copies of the same original report, and folds the articles into
stories. Prints a readable report, or one JSON document with --json.

Options:
  --json            print the analysis as JSON (articles, origins, stories, alignments); each
                    story carries its synthesis (headline, summary, facts, additions,
                    discrepancies, entities, timeline)
  --stories-from <field>
                    take story membership from this field of .json/.jsonl records (e.g. event)
                    instead of folding (origins and alignments are still found); articles
                    without the field are stories of their own; for evaluating synthesis on
                    labelled clusters
  --summary-words <n>
                    length of each story's summary in words (default ${SUMMARY_DEFAULTS.words})
  --max-bytes <n>   skip input files larger than n bytes (default 20000000)
  --workers <n>     threads preparing articles and synthesising stories (default: one per
                    core, from 1000 articles and from 4000 stories; 0 does all on the main
                    thread)
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
      'stories-from': { type: 'string' },
      'summary-words': { type: 'string' },
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

  const storiesFrom = values['stories-from'];
  if (storiesFrom !== undefined && storiesFrom.trim() === '')
    throw new CliError('--stories-from needs a field name');
  const summaryWords =
    values['summary-words'] === undefined ? SUMMARY_DEFAULTS.words : Number(values['summary-words']);
  if (!(Number.isInteger(summaryWords) && summaryWords >= 0 && summaryWords <= MAX_SUMMARY_WORDS)) {
    throw new CliError(
      `--summary-words must be a whole number from 0 to ${MAX_SUMMARY_WORDS}, not "${values['summary-words']}"`,
    );
  }
  const labels = new Map<string, string>();

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
        if (storiesFrom !== undefined) {
          const label = labelOf(result.fields[storiesFrom]);
          if (label !== undefined) labels.set(result.article.id, label);
        }
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
  const folded = fold(prepared, { onProgress: report('folding') });
  const analysis =
    storiesFrom === undefined ? folded : { ...folded, stories: labelledStories(folded, labels) };
  const syntheses = values.json
    ? await synthesiseAll(
        synthesisInputs(analysis),
        { summary: { words: summaryWords } },
        workers,
        report('synthesising'),
      )
    : undefined;
  progress.done();
  if (syntheses) {
    await writeJson(process.stdout, {
      articles: analysis.articles,
      origins: analysis.origins,
      stories: analysis.stories.map((story, i) => ({ ...story, synthesis: syntheses[i]! })),
      alignments: analysis.alignments,
    });
  } else {
    process.stdout.write(formatAnalysis(analysis));
  }
  if (failed > 0)
    process.stderr.write(`storyfold: ${failed} input(s) could not be read; the rest were analysed\n`);
  return failed > 0 ? 1 : 0;
}

/** The longest summary --summary-words accepts (longer is no summary). */
const MAX_SUMMARY_WORDS = 10_000;

/** A record field's value as a story label: strings and numbers; anything else is no label. */
function labelOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Stories taken from labels instead of folding: one story per label, in the order labels first
 * appear among the articles; an article without a label is a story of its own. Origins are the
 * fold's (origins do not depend on story membership).
 */
export function labelledStories(analysis: Analysis, labels: ReadonlyMap<string, string>): Story[] {
  const members = new Map<string, string[]>();
  for (const article of analysis.articles) {
    const key = labels.has(article.id) ? `label:${labels.get(article.id)}` : `article:${article.id}`;
    let list = members.get(key);
    if (!list) {
      list = [];
      members.set(key, list);
    }
    list.push(article.id);
  }
  const byId = new Map(analysis.articles.map((article) => [article.id, article]));
  return [...members].map(([key, ids]) => {
    const articles = ids.map((id) => byId.get(id)!);
    const origins = [
      ...new Set(articles.flatMap((article) => article.origins.map((share) => share.origin))),
    ].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    return {
      id: key.startsWith('label:') ? key.slice('label:'.length) : ids[0]!,
      headline: headline(articles),
      articles: ids,
      origins,
      independentReports: origins.length,
    };
  });
}

/** Each story's synthesis input, in story order; each story sees only its own articles' alignments. */
export function synthesisInputs(analysis: Analysis): SynthesisInput[] {
  const storyOf = new Map<string, number>();
  analysis.stories.forEach((story, i) => {
    for (const id of story.articles) storyOf.set(id, i);
  });
  const originById = new Map(analysis.origins.map((origin) => [origin.id, origin]));
  const inputs: SynthesisInput[] = analysis.stories.map((story) => ({
    story,
    articles: [],
    origins: story.origins.flatMap((id) => originById.get(id) ?? []),
    alignments: [],
  }));
  for (const article of analysis.articles) {
    const i = storyOf.get(article.id);
    if (i !== undefined) inputs[i]!.articles.push(article);
  }
  for (const alignment of analysis.alignments) {
    const i = storyOf.get(alignment.articles[0]);
    if (i !== undefined && i === storyOf.get(alignment.articles[1])) inputs[i]!.alignments.push(alignment);
  }
  return inputs;
}
