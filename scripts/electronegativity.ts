/**
 * Runs Electronegativity over main/, preload/ and renderer/ and fails when it reports a finding
 * that docs/security.md does not explain in `electronegativity-allowlist.json`.
 *
 * Electronegativity downloads translations and a list of Electron releases on every run. This
 * script stubs the HTTP client it uses for both, `got`, so the scan runs offline with the bundled
 * English texts, and skips the release check, which needs that list to say anything.
 *
 * Usage: node --experimental-strip-types scripts/electronegativity.ts
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  manualReview: boolean;
}

interface AllowedFinding {
  id: string;
  /** Path from the project root, or `<folder> (global)` for findings about a whole folder. */
  file: string;
  reason: string;
}

const projectRoot = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const scannerRoot = dirname(require.resolve('@doyensec/electronegativity/package.json'));

const gotPath = require.resolve('got', { paths: [scannerRoot] });
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('The scan runs offline; translations are not fetched.')),
} as unknown as NodeJS.Module;

const run = require('@doyensec/electronegativity') as (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: Finding[]; errors: { file: string; message: string }[] }>;

const electronVersion = (
  JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron;

const allowlist = JSON.parse(
  readFileSync(join(projectRoot, 'electronegativity-allowlist.json'), 'utf8'),
) as AllowedFinding[];

const unexplained: string[] = [];
let findingCount = 0;
for (const folder of ['main', 'preload', 'renderer']) {
  const input = join(projectRoot, folder);
  const result = await run(
    {
      input,
      isRelative: false,
      isVerbose: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
    },
    false,
  );

  for (const error of result.errors) {
    unexplained.push(`${relative(projectRoot, error.file)}: could not be parsed: ${error.message}`);
  }
  for (const finding of result.issues) {
    findingCount += 1;
    const file =
      finding.file === 'N/A' ? `${folder} (global)` : relative(projectRoot, finding.file);
    const where = `${file}:${finding.location.line}:${finding.location.column}`;
    const allowed = allowlist.find((entry) => entry.id === finding.id && entry.file === file);
    if (allowed) {
      console.log(`explained  ${finding.id} at ${where}: ${allowed.reason}`);
    } else {
      unexplained.push(`${finding.id} at ${where}: ${finding.description}`);
    }
  }
}

for (const line of unexplained) {
  console.log(`UNEXPLAINED ${line}`);
}
console.log(
  `Electronegativity: ${findingCount} findings, ${findingCount - unexplained.length} explained, ` +
    `${unexplained.length} unexplained.`,
);
process.exitCode = unexplained.length > 0 ? 1 : 0;
