/** Each benchmark owns one section of bench/results.md and rewrites only that. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./results.md', import.meta.url));
const HEADER = '# Benchmark results\n\nWritten by `npm run bench`; each section is replaced when its benchmark runs.\n';

export function writeSection(title: string, body: string): void {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const sections = current.split(/^## /m);
  const kept = sections
    .slice(1)
    .filter((s) => !s.startsWith(title + '\n'))
    .map((s) => s.trimEnd() + '\n\n');
  const machine = `${process.platform} ${process.arch}, Node ${process.version}`;
  const section = `${title}\n\n_${new Date().toISOString()}, ${machine}_\n\n${body.trim()}\n\n`;
  writeFileSync(FILE, [sections[0]!.trimEnd() + '\n\n', ...[...kept, section].map((s) => '## ' + s)].join(''));
}

export function summarise(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
}
