import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const reportPath = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
const header = `# Benchmarks

Each section is written by \`npm run bench\` (or \`npm run bench -- NAME\` for one benchmark under
bench/). Numbers are from the machine named in each section; rerun them on yours.
`;

/**
 * Replaces the section under `## title` in docs/benchmarks.md with `body`, leaving every other
 * section as it was, and adds the section at the end when it is new.
 */
export function writeBenchmarkSection(title: string, body: string): void {
  const current = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : header;
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;

  const start = current.indexOf(`${heading}\n`);
  if (start === -1) {
    writeFileSync(reportPath, `${current.trimEnd()}\n\n${section}`);
    return;
  }

  const next = current.indexOf('\n## ', start + heading.length);
  const end = next === -1 ? current.length : next + 1;
  const before = current.slice(0, start);
  const after = current.slice(end);
  writeFileSync(reportPath, `${before}${section}${after ? `\n${after}` : ''}`);
}

/** Describes the machine a benchmark ran on, for the line under each section's heading. */
export function describeMachine(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown processor';
  return `Node ${process.version}, ${process.platform}-${process.arch}, ${processors.length} × ${model}`;
}

export type ColumnAlignment = 'left' | 'right';

/**
 * Formats a Markdown table with every column padded to its widest cell, the layout that Biome's
 * Markdown formatter checks. Columns are left-aligned unless `alignments` sets them to the right.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignments: readonly ColumnAlignment[] = [],
): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const pad = (cell: string, column: number) => {
    const width = widths[column] ?? 3;
    return alignments[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
  };
  const separator = widths.map((width, column) =>
    alignments[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  const lines = [header.map(pad), separator, ...rows.map((row) => row.map(pad))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
