/**
 * `storyfold story <id> [--json]`: one stored story, in the shape of `storyfold analyze`: with
 * --json its story carries its synthesis (the engine's shape); the text report adds the summary
 * and the discrepancies in brief.
 */
import { parseArgs } from 'node:util';
import type { Origin, Synthesis } from '@storyfold/engine';
import { synthesise } from '@storyfold/engine';
import { storyAnalysis } from '@storyfold/ingest';
import { formatAnalysis } from './analysis-report.js';
import { synthesisInputs } from './analyze-command.js';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { writeJson } from './json-writer.js';

export const STORY_USAGE = `Usage: storyfold story <id> [--json] [--data <folder>]

Shows one story: its summary and where its independent reports disagree, its origins, each
article's origin shares and removed boilerplate, and (with --json) the passages each article shares
with the others and the story's synthesis (headline, summary, facts, additions, discrepancies,
entities, timeline), as \`storyfold analyze --json\` prints.

Options:
  --json            print the story as JSON
${DATA_USAGE}`;

/** Values of a discrepancy shown in the text report before "…". */
const MAX_VALUES_SHOWN = 4;

export async function storyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      json: { type: 'boolean', default: false },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${STORY_USAGE}\n`);
    return 0;
  }
  const [id, extra] = positionals;
  if (id === undefined || extra !== undefined)
    throw new CliError('story needs exactly one story id (see storyfold stories)');
  const store = await openData(values.data);
  try {
    const analysis = await storyAnalysis(store, id);
    if (analysis === undefined) throw new CliError(`no story "${id}" in this store (see storyfold stories)`);
    const syntheses = synthesisInputs(analysis).map((input) => synthesise(input));
    if (values.json) {
      const { articles, origins, stories, alignments } = analysis;
      await writeJson(process.stdout, {
        articles,
        origins,
        stories: stories.map((story, i) => ({ ...story, synthesis: syntheses[i]! })),
        alignments,
      });
    } else {
      const synthesis = syntheses[0];
      const brief = synthesis === undefined ? '' : formatSynthesis(synthesis, analysis.origins);
      process.stdout.write(brief + formatAnalysis(analysis));
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** The summary, each sentence with its origins, and each discrepancy's values with theirs. */
export function formatSynthesis(synthesis: Synthesis, origins: readonly Origin[]): string {
  const labels = new Map(origins.map((origin) => [origin.id, origin.label ?? `unattributed ${origin.id}`]));
  const named = (ids: readonly string[]): string => ids.map((id) => labels.get(id) ?? id).join(' · ');
  const out: string[] = ['Summary'];
  if (synthesis.summary.sentences.length === 0) out.push('  (none)');
  for (const sentence of synthesis.summary.sentences)
    out.push(`  ${sentence.text} [${named(sentence.origins)}]`);
  out.push('');
  if (synthesis.discrepancies.length > 0) {
    out.push('Discrepancies');
    for (const discrepancy of synthesis.discrepancies) {
      const shown = discrepancy.values
        .slice(0, MAX_VALUES_SHOWN)
        .map((value) => `"${truncate(value.value, 60)}" (${named(value.origins)})`);
      if (discrepancy.values.length > MAX_VALUES_SHOWN) shown.push('…');
      out.push(`  ${discrepancy.kind}, ${truncate(discrepancy.subject, 70)}: ${shown.join(' vs ')}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
