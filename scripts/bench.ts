/**
 * Runs every benchmark under bench/ (TypeScript files with Node, shell scripts with bash) in name
 * order, or the ones named on the command line. Each benchmark prints its numbers and rewrites its
 * own section of docs/benchmarks.md.
 *
 * Usage: node --experimental-strip-types scripts/bench.ts [name ...]
 */

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');
const benchDir = join(projectRoot, 'bench');
const requested = process.argv.slice(2);

const benchmarkFiles = new Map(
  readdirSync(benchDir)
    .filter((file) => /\.(ts|sh)$/.test(file) && !file.startsWith('_'))
    .map((file) => [file.replace(/\.(ts|sh)$/, ''), file]),
);
const available = [...benchmarkFiles.keys()].sort();

const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let failures = 0;
for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n=== bench/${name}.ts`);
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      join(benchDir, `${name}.ts`),
    ],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    failures++;
    console.error(`bench/${name}.ts failed with exit code ${result.status ?? result.signal}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
