/**
 * Runs every test suite of the project in order, prints each one's output as it comes, and ends
 * with one line that totals them: `N passed, N failed, N skipped`. A check that is not a test
 * runner (lint, type-check, build) counts as one test. The totals are also written to
 * test-results/summary.json for .ci/run.
 *
 * Usage: node --experimental-strip-types scripts/test.ts [suite ...]
 */

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Suite {
  name: string;
  command: string[];
  /** Reads the runner's JSON report; a suite without one counts as one test by exit code. */
  readCounts?: (reportPath: string) => Counts;
  /** Arguments that tell the runner where to write its JSON report. */
  reportArguments?: (reportPath: string) => string[];
  /** The suite runs only after this one passed, because it needs its output. */
  needs?: string;
  env?: Record<string, string>;
}

const projectRoot = join(import.meta.dirname, '..');
const resultsDir = join(projectRoot, 'test-results');
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);

function readVitestCounts(reportPath: string): Counts {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.success === false && !report.numFailedTests ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywrightCounts(reportPath: string): Counts {
  const { stats } = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  };
}

const suites: Suite[] = [
  { name: 'lint', command: [bin('biome'), 'ci', '.'] },
  { name: 'typecheck', command: [bin('tsc'), '-p', '.'] },
  { name: 'security', command: ['npm', 'run', '--silent', 'security'] },
  {
    name: 'unit',
    command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json'],
    reportArguments: (reportPath) => [`--outputFile.json=${reportPath}`],
    readCounts: readVitestCounts,
  },
  { name: 'build', command: [bin('electron-vite'), 'build'] },
  {
    name: 'renderer',
    command: [bin('playwright'), 'test', '-c', 'playwright.config.ts', '--reporter=list,json'],
    readCounts: readPlaywrightCounts,
    needs: 'build',
  },
  {
    name: 'e2e',
    command: [bin('playwright'), 'test', '-c', 'playwright.e2e.config.ts', '--reporter=list,json'],
    readCounts: readPlaywrightCounts,
    needs: 'build',
  },
];

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [program, ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(program as string, args, { cwd: projectRoot, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${program}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function runSuite(suite: Suite): Promise<Counts> {
  const reportPath = join(resultsDir, `${suite.name}.json`);
  rmSync(reportPath, { force: true });

  const env = {
    ...process.env,
    ...suite.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportPath,
  };
  const command = [...suite.command, ...(suite.reportArguments?.(reportPath) ?? [])];

  console.log(
    `\n=== ${suite.name}: ${command.map((part) => part.replace(projectRoot, '.')).join(' ')}`,
  );
  const exitCode = await run(command, env);

  if (suite.readCounts && existsSync(reportPath)) {
    const counts = suite.readCounts(reportPath);
    // A runner that exits non-zero with no failed test (a crash, a syntax error) still fails.
    if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  }
  return exitCode === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 };
}

async function main(): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  const selected = process.argv.slice(2);
  const unknown = selected.filter((name) => !suites.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown suite: ${unknown.join(', ')}. Known: ${suites.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }

  const results = new Map<string, Counts>();
  for (const suite of suites) {
    if (selected.length > 0 && !selected.includes(suite.name)) continue;

    const prerequisite = suite.needs ? results.get(suite.needs) : undefined;
    if (prerequisite && prerequisite.failed > 0) {
      console.log(`\n=== ${suite.name}: not run, because ${suite.needs} failed`);
      results.set(suite.name, { passed: 0, failed: 1, skipped: 0 });
      continue;
    }
    results.set(suite.name, await runSuite(suite));
  }

  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  console.log('\n=== summary');
  for (const [name, counts] of results) {
    console.log(
      `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  writeFileSync(
    join(resultsDir, 'summary.json'),
    `${JSON.stringify({ suites: Object.fromEntries(results), total }, null, 2)}\n`,
  );
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(total.failed > 0 ? 1 : 0);
}

await main();
