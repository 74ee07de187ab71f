/** Runs measurement sections one after another, prints each table, and saves all as JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { formatSection, type Section } from './report.js';

export async function runSections(name: string, runs: (() => Promise<Section>)[]): Promise<Section[]> {
  const sections: Section[] = [];
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`# storyfold ${name} — ${new Date().toISOString()} — ${machine}\n`);
  for (const run of runs) {
    const section = await run();
    sections.push(section);
    console.log(`${formatSection(section)}\n`);
  }
  mkdirSync('bench/results', { recursive: true });
  const path = `bench/results/${name}.json`;
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), machine, sections }, null, 2)}\n`);
  console.log(`saved ${path}`);
  return sections;
}
