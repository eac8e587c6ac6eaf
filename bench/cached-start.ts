/**
 * Measures the time from a start with a fresh cached reading to the first tray tooltip that
 * shows it, and the same without a cache, when the tooltip waits for one request to a loopback
 * server. The Electron runtime is faked: each start runs main/electron/* in a new plain Node
 * process in which a module resolution hook replaces `electron` with the recording fake from
 * test/support/fake-electron.ts. Everything else is real: electron-store, electron-log, the
 * settings and cache files in a temporary userData folder, and the HTTP client.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../main/app/logger.ts';
import { ReadingCache } from '../main/app/reading-cache.ts';
import { SettingsRepository } from '../main/app/settings-repository.ts';
import type { Place } from '../main/core/model.ts';
import { createProvider } from '../main/core/providers/index.ts';
import { FakeKeyEncryption } from '../test/support/fake-key-encryption.ts';
import { LoopbackServer } from '../test/support/loopback-server.ts';
import { metricForecast } from '../test/support/open-meteo-responses.ts';
import type { StartTiming } from './_cached-start-child.ts';
import {
  type ColumnAlignment,
  describeMachine,
  markdownTable,
  writeBenchmarkSection,
} from './_report.ts';
import { type Summary, summarize } from './_stats.ts';

// electron-store imports `electron`, so the hook must be in place before store.ts loads.
register('./_fake-electron-hooks.ts', import.meta.url);
const fake = await import('../test/support/fake-electron.ts');
const { openSettingsStore } = await import('../main/electron/store.ts');

const runs = Number(process.env.BENCH_RUNS ?? 30);
const childScript = join(import.meta.dirname, '_cached-start-child.ts');
const forecastPath = '/v1/forecast';

const berlin: Place = {
  name: 'Berlin',
  region: 'Land Berlin',
  countryCode: 'DE',
  latitude: 52.52,
  longitude: 13.41,
  timezone: 'Europe/Berlin',
};

const logLines: string[] = [];
const logger: Logger = {
  info: (message) => logLines.push(`info ${message}`),
  warn: (message) => logLines.push(`warn ${message}`),
  error: (message) => logLines.push(`error ${message}`),
};

const server = new LoopbackServer();
await server.start();
server.route(forecastPath, { body: metricForecast() });
const userData = mkdtempSync(join(tmpdir(), 'traycast-bench-start-'));
const cachePath = join(userData, 'last-reading.json');

/** Writes settings.json through the app's electron-store wrapper and settings repository. */
function writeSettings(): void {
  fake.resetFakeElectron(userData);
  const opened = openSettingsStore(userData, logger, { units: 'metric' });
  const settings = new SettingsRepository({
    storage: opened.storage,
    encryption: new FakeKeyEncryption(),
    platform: process.platform,
    logger,
  });
  const outcome = settings.save({
    location: berlin,
    openMeteoUrl: server.url,
    openMeteoGeocodingUrl: server.url,
    openWeatherUrl: server.url,
  });
  if (!outcome.ok) {
    throw new Error(`The benchmark settings are invalid: ${JSON.stringify(outcome.fieldErrors)}`);
  }
}

/** Fetches one report from the loopback server, as the app would, for the cache file. */
async function fetchReport() {
  const provider = createProvider('open-meteo', {
    baseUrls: { openMeteo: server.url, openMeteoGeocoding: server.url, openWeather: server.url },
    retry: 0,
  });
  return provider.fetchWeather({
    latitude: berlin.latitude,
    longitude: berlin.longitude,
    units: 'metric',
    placeName: berlin.name,
    region: berlin.region,
    countryCode: berlin.countryCode,
  });
}

/** Starts the app once in a new Node process and returns its timing. */
function startOnce(): Promise<StartTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        childScript,
        userData,
        berlin.name,
      ],
      {
        env: {
          ...process.env,
          OPEN_METEO_URL: server.url,
          OPEN_METEO_GEOCODING_URL: server.url,
          OPENWEATHER_URL: server.url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !lastLine.startsWith('{')) {
        reject(new Error(`The app start failed with exit code ${code}:\n${stderr}${stdout}`));
        return;
      }
      resolve(JSON.parse(lastLine) as StartTiming);
    });
  });
}

interface Measured {
  timings: StartTiming[];
  requests: number;
}

type StartKind = 'cached' | 'uncached';

async function measureStart(kind: StartKind, into: Measured): Promise<void> {
  if (kind === 'cached') {
    // A reading received just now, so the start shows it and plans no request.
    new ReadingCache(cachePath, logger).write({
      report: await fetchReport(),
      place: berlin,
      receivedAt: new Date().toISOString(),
    });
  } else {
    rmSync(cachePath, { force: true });
  }
  const requestsBefore = server.requestsTo(forecastPath).length;
  into.timings.push(await startOnce());
  into.requests += server.requestsTo(forecastPath).length - requestsBefore;
}

const measured: Record<StartKind, Measured> = {
  cached: { timings: [], requests: 0 },
  uncached: { timings: [], requests: 0 },
};

const loadBefore = loadavg()[0] ?? 0;
try {
  writeSettings();
  // One start of each kind first, so that the sources are in the file system cache.
  for (const kind of ['cached', 'uncached'] as const) {
    await measureStart(kind, { timings: [], requests: 0 });
  }
  // Alternating the two kinds spreads changes in the machine's load over both.
  for (let run = 0; run < runs; run += 1) {
    await measureStart('cached', measured.cached);
    await measureStart('uncached', measured.uncached);
  }
} finally {
  await server.stop();
  rmSync(userData, { recursive: true, force: true });
}
const loadAfter = loadavg()[0] ?? 0;

if (logLines.some((line) => !line.startsWith('info'))) {
  console.error(
    `Unexpected log lines while preparing the userData folder:\n${logLines.join('\n')}`,
  );
  process.exit(1);
}

function milliseconds(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function tableRow(label: string, summary: Summary): string[] {
  const times = [summary.median, summary.p95, summary.min, summary.max].map(milliseconds);
  return [label, String(summary.runs), ...times];
}

const rows: string[][] = [];
const medians: string[] = [];
const labels: Record<StartKind, string> = {
  cached: 'fresh cached reading, no request',
  uncached: 'no cache, one request to the loopback server',
};
for (const kind of ['cached', 'uncached'] as const) {
  const { timings, requests } = measured[kind];
  const total = summarize(timings.map((timing) => timing.importToTooltipMs));
  const moduleLoad = summarize(timings.map((timing) => timing.moduleLoadMs));
  const afterLoad = summarize(
    timings.map((timing) => timing.importToTooltipMs - timing.moduleLoadMs),
  );
  const fromProcessStart = summarize(timings.map((timing) => timing.processToTooltipMs));
  rows.push(tableRow(labels[kind], total));
  medians.push(
    `- ${labels[kind]}: ${requests} requests reached the server in ${timings.length} starts. ` +
      `Medians: ${milliseconds(moduleLoad.median)} loading the modules, then ` +
      `${milliseconds(afterLoad.median)} from importing index.ts, which calls \`startTraycast()\`, ` +
      `to the tooltip, and ` +
      `${milliseconds(fromProcessStart.median)} from the process start to the tooltip. ` +
      `Tooltip: "${timings[0]?.tooltip}".`,
  );

  console.log(`${labels[kind]}, ${timings.length} starts, ${requests} requests:`);
  console.log(
    `  import to tooltip: median ${milliseconds(total.median)}, p95 ${milliseconds(total.p95)}, ` +
      `min ${milliseconds(total.min)}, max ${milliseconds(total.max)}`,
  );
  console.log(`  module loading: median ${milliseconds(moduleLoad.median)}`);
  console.log(`  startTraycast() to tooltip: median ${milliseconds(afterLoad.median)}`);
  console.log(`  process start to tooltip: median ${milliseconds(fromProcessStart.median)}`);
}

const measuredOn = new Date().toISOString().slice(0, 10);
const table = markdownTable(['start', 'runs', 'median', 'p95', 'min', 'max'], rows, [
  'left',
  ...Array<ColumnAlignment>(5).fill('right'),
]);
writeBenchmarkSection(
  'Start to the first tooltip',
  `Run with \`npm run bench -- cached-start\` on ${measuredOn}: ${describeMachine()}.

The Electron runtime is faked. \`bench/cached-start.ts\` starts the main process
(\`main/electron/*\`) in a new plain Node process for each run, with
\`--experimental-strip-types\` and a module resolution hook that replaces \`electron\` with the
recording fake from \`test/support/fake-electron.ts\`. The settings.json (Berlin, metric) and
last-reading.json in the temporary userData folder are written through the app's own modules:
\`openSettingsStore\`, \`SettingsRepository\` and \`ReadingCache\`. electron-store, electron-log,
the tray icon drawing and the HTTP client are real. Each run measures from the start of the
import of \`main/electron/*\` to the first \`setToolTip\` call with the reading. Cached and
uncached starts alternate, after one start of each that is not counted. The percentile is by
nearest rank.

${table}

${medians.join('\n')}

These numbers leave out what only Electron does: starting its binary and Chromium, and the wait
for \`app.whenReady()\`, which the fake resolves at once. They also load each TypeScript source
file separately, while the packaged app loads one bundled file from \`out/main\`. The 1-minute
load average was ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs, on ${cpus().length} cores.
`,
);
