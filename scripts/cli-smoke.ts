/**
 * Checks the command-line glance the way a user runs it, through `npm run --silent weather`,
 * with every base URL pointed at a loopback server that serves the Open-Meteo fixtures. Exits
 * non-zero with the reason when the output is not the expected report.
 */

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { loadFixture } from '../test/support/fixtures.ts';
import { LoopbackServer } from '../test/support/loopback-server.ts';

const projectRoot = join(import.meta.dirname, '..');
const server = new LoopbackServer();
await server.start();
server
  .route('/v1/search', { body: loadFixture('open-meteo/geocoding-los-angeles.json') })
  .route('/v1/forecast', { body: loadFixture('open-meteo/forecast-los-angeles-imperial.json') });

const environment = {
  ...process.env,
  LANG: 'en_US.UTF-8',
  LC_ALL: '',
  OPENWEATHER_API_KEY: '',
  API_KEY: '',
  OPEN_METEO_URL: server.url,
  OPEN_METEO_GEOCODING_URL: server.url,
  OPENWEATHER_URL: server.url,
};

interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command without blocking, because the loopback server responds from this process. */
function runWeather(args: string[]): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'weather', '--', ...args],
      { cwd: projectRoot, env: environment, encoding: 'utf8' },
      (error, stdout, stderr) => {
        let status = 0;
        if (error) status = typeof error.code === 'number' ? error.code : 1;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const problems: string[] = [];
function expectEqual(label: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) {
    problems.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const json = await runWeather(['--json', '--location', 'Los Angeles, US']);
expectEqual('exit code of --json', json.status, 0);
try {
  const report = JSON.parse(json.stdout);
  expectEqual('provider', report.provider, 'open-meteo');
  expectEqual('location.name', report.location?.name, 'Los Angeles');
  expectEqual('location.countryCode', report.location?.countryCode, 'US');
  expectEqual('units', report.units, 'imperial');
  expectEqual('current.temperature is a number', typeof report.current?.temperature, 'number');
  expectEqual('hourly steps', report.hourly?.length, 24);
  expectEqual('attribution.url', report.attribution?.url, 'https://open-meteo.com/');
} catch (error) {
  problems.push(`--json printed no valid JSON (${String(error)}): ${json.stdout.slice(0, 200)}`);
}
expectEqual(
  'geocoding query',
  server.requestsTo('/v1/search')[0]?.query.get('name'),
  'Los Angeles',
);

const line = await runWeather(['--location', 'Los Angeles, US']);
expectEqual('exit code of the line', line.status, 0);
expectEqual('line', line.stdout, 'Los Angeles, US: 72°F, clear sky, feels like 70°F, wind 6 mph\n');

await server.stop();

if (problems.length > 0) {
  console.error('The weather command did not print the expected report:');
  for (const problem of problems) console.error(`  ${problem}`);
  if (json.stderr || line.stderr) console.error(`stderr:\n${json.stderr}${line.stderr}`);
  process.exit(1);
}
console.log(line.stdout.trim());
console.log(`${json.stdout.split('\n').slice(0, 6).join('\n')}\n  ...`);
console.log('The weather command printed the expected report.');
