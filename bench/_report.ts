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
