/**
 * One shape for every measurement that `npm run eval` and `npm run bench` print and save.
 * A section is a titled table; its measures are the named numbers that the quality gate and the
 * saved JSON refer to (for example "ecbplus.bcubed.f1").
 */

export interface Measure {
  /** Dotted name, stable across runs: "<dataset>.<metric>" or "<stage>.<metric>". */
  name: string;
  value: number;
  unit?: string;
}

export interface Section {
  title: string;
  /** Table rows; each row's keys are the column names. */
  rows: Record<string, string | number>[];
  measures: Measure[];
  /** Free text printed under the table: how the numbers were obtained. */
  note?: string;
}

/** Renders a section as an aligned text table. */
export function formatSection(section: Section): string {
  const columns = [...new Set(section.rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: string | number | undefined): string =>
    value === undefined ? '' : typeof value === 'number' ? formatNumber(value) : value;
  const widths = columns.map((column) =>
    Math.max(column.length, ...section.rows.map((row) => cell(row[column]).length)),
  );
  const line = (values: string[]): string =>
    values
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [`## ${section.title}`, '', line(columns), line(widths.map((w) => '-'.repeat(w)))];
  for (const row of section.rows) out.push(line(columns.map((column) => cell(row[column]))));
  if (section.note) out.push('', section.note);
  return out.join('\n');
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toFixed(3);
}
