/**
 * Counts the weather requests that Traycast makes over 24 simulated hours. The app's real
 * TraycastController, with its RefreshScheduler, providers and HTTP client, requests a loopback
 * server on 127.0.0.1 that counts every request. The scheduler's timers come from a simulated
 * clock, so a day takes seconds, while each request is a real HTTP round trip.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../main/app/logger.ts';
import { ReadingCache } from '../main/app/reading-cache.ts';
import { SettingsRepository } from '../main/app/settings-repository.ts';
import { TraycastController } from '../main/app/traycast-controller.ts';
import type { ProviderId } from '../main/core/model.ts';
import { FakeKeyEncryption } from '../test/support/fake-key-encryption.ts';
import { loadFixture } from '../test/support/fixtures.ts';
import { LoopbackServer, type Reply } from '../test/support/loopback-server.ts';
import { metricForecast } from '../test/support/open-meteo-responses.ts';
import { describeMachine, markdownTable, writeBenchmarkSection } from './_report.ts';
import { SimulatedClock, seededRandom } from './_simulated-clock.ts';
import { formatRange } from './_stats.ts';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
const dayStart = Date.parse('2026-06-01T00:00:00.000Z');
const apiKey = '0123456789abcdef0123456789abcdef';
const openMeteoForecastPath = '/v1/forecast';
const openWeatherCurrentPath = '/data/2.5/weather';
const openWeatherForecastPath = '/data/2.5/forecast';

interface Scenario {
  id: string;
  title: string;
  provider: ProviderId;
  refreshIntervalMinutes?: number;
  routes: Record<string, Reply>;
  /** The path requested once per refresh, whose requests are counted and timed. */
  countedPath: string;
  /** Hours after midnight during which the network is down. */
  offline?: { fromHour: number; untilHour: number };
}

const openMeteoOk = { [openMeteoForecastPath]: { body: metricForecast() } };
const openWeatherOk = {
  [openWeatherCurrentPath]: { body: loadFixture('openweathermap/weather-los-angeles.json') },
  [openWeatherForecastPath]: { body: loadFixture('openweathermap/forecast-los-angeles.json') },
};

const scenarios: Scenario[] = [
  {
    id: 'a',
    title: 'Open-Meteo, default settings',
    provider: 'open-meteo',
    routes: openMeteoOk,
    countedPath: openMeteoForecastPath,
  },
  {
    id: 'b',
    title: 'Open-Meteo, offline all day',
    provider: 'open-meteo',
    routes: openMeteoOk,
    countedPath: openMeteoForecastPath,
    offline: { fromHour: 0, untilHour: 24 },
  },
  {
    id: 'c',
    title: 'Open-Meteo, offline from 09:00 to 15:00',
    provider: 'open-meteo',
    routes: openMeteoOk,
    countedPath: openMeteoForecastPath,
    offline: { fromHour: 9, untilHour: 15 },
  },
  {
    id: 'd',
    title: 'Open-Meteo answering 503 all day',
    provider: 'open-meteo',
    routes: { [openMeteoForecastPath]: { status: 503, body: 'Service Unavailable' } },
    countedPath: openMeteoForecastPath,
  },
  {
    id: 'e',
    title: 'Open-Meteo answering 429 with Retry-After: 3600',
    provider: 'open-meteo',
    routes: {
      [openMeteoForecastPath]: {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: { error: true, reason: 'Too many requests' },
      },
    },
    countedPath: openMeteoForecastPath,
  },
  {
    id: 'f',
    title: 'OpenWeatherMap, default settings',
    provider: 'openweathermap',
    routes: openWeatherOk,
    countedPath: openWeatherCurrentPath,
  },
  {
    id: 'g',
    title: 'OpenWeatherMap, 10-minute interval (its minimum)',
    provider: 'openweathermap',
    refreshIntervalMinutes: 10,
    routes: openWeatherOk,
    countedPath: openWeatherCurrentPath,
  },
];

interface JitterSource {
  label: string;
  create(): () => number;
}

const seeds = [1, 2, 3, 4, 5];
const jitterSources: JitterSource[] = [
  ...seeds.map((seed) => ({ label: `seed ${seed}`, create: () => seededRandom(seed) })),
  // The scheduler adds 1 % of each delay for 0 and close to 5 % for values near 1.
  { label: 'random() = 0', create: () => () => 0 },
  { label: 'random() = 0.999999', create: () => () => 0.999_999 },
];

interface DayResult {
  jitter: string;
  /** Times of the counted requests, in ms after midnight of the simulated day. */
  times: number[];
  /** Number of requests the server received, on all paths. */
  httpRequests: number;
}

const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function createSettings(scenario: Scenario, baseUrl: string): SettingsRepository {
  let stored: unknown = {
    openMeteoUrl: baseUrl,
    openMeteoGeocodingUrl: baseUrl,
    openWeatherUrl: baseUrl,
  };
  const settings = new SettingsRepository({
    storage: {
      read: () => stored,
      write: (value) => {
        stored = value;
      },
    },
    encryption: new FakeKeyEncryption(),
    platform: 'linux',
    logger: silentLogger,
  });

  const update: Record<string, unknown> = { provider: scenario.provider };
  if (scenario.provider === 'openweathermap') {
    update.apiKey = apiKey;
  }
  if (scenario.refreshIntervalMinutes !== undefined) {
    update.refreshIntervalMinutes = scenario.refreshIntervalMinutes;
  }
  const outcome = settings.save(update);
  if (!outcome.ok) {
    throw new Error(`Invalid settings for "${scenario.title}": ${JSON.stringify(outcome)}`);
  }
  return settings;
}

/** Runs one simulated day of a scenario and returns what the server received. */
async function simulateDay(scenario: Scenario, jitter: JitterSource): Promise<DayResult> {
  const clock = new SimulatedClock(dayStart);
  const isOffline = () => {
    const hour = (clock.now() - dayStart) / hourMs;
    const { offline } = scenario;
    return offline !== undefined && hour >= offline.fromHour && hour < offline.untilHour;
  };

  const server = new LoopbackServer();
  await server.start();
  const times: number[] = [];
  for (const [path, reply] of Object.entries(scenario.routes)) {
    server.route(path, () => {
      if (path === scenario.countedPath) {
        times.push(clock.now() - dayStart);
      }
      // A request that reaches the server while offline is counted, and its connection dropped.
      return isOffline() ? { destroy: true } : reply;
    });
  }

  const folder = mkdtempSync(join(tmpdir(), 'traycast-bench-'));
  const controller = new TraycastController({
    settings: createSettings(scenario, server.url),
    cache: new ReadingCache(join(folder, 'last-reading.json'), silentLogger),
    logger: silentLogger,
    env: {},
    isOnline: () => !isOffline(),
    timers: clock,
    random: jitter.create(),
  });

  try {
    controller.start();
    await controller.whenIdle();
    while (clock.runNext(dayStart + dayMs)) {
      await controller.whenIdle();
    }
  } finally {
    controller.stop();
    await controller.whenIdle();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return { jitter: jitter.label, times, httpRequests: server.requests.length };
}

function gapsMinutes(times: readonly number[]): number[] {
  return times.slice(1).map((time, index) => (time - (times[index] as number)) / minuteMs);
}

function clockTime(msAfterMidnight: number): string {
  return new Date(dayStart + msAfterMidnight).toISOString().slice(11, 19);
}

function countBetween(times: readonly number[], fromMs: number, untilMs: number): number {
  return times.filter((time) => time >= fromMs && time < untilMs).length;
}

interface ScenarioReport {
  scenario: Scenario;
  results: DayResult[];
  /** The expected outcome of each run. */
  expectation: string;
  /** True when every run met the expectation. */
  met: boolean;
  notes: string[];
}

function describeGaps(results: readonly DayResult[], pick: (gaps: number[]) => number): string {
  const values = results
    .map((result) => gapsMinutes(result.times))
    .filter((gaps) => gaps.length > 0)
    .map(pick);
  return values.length === 0 ? '–' : `${formatRange(values, 2)} min`;
}

function checkScenario(scenario: Scenario, results: DayResult[]): ScenarioReport {
  const counts = results.map((result) => result.times.length);
  const allGaps = results.map((result) => gapsMinutes(result.times));
  const shortestGap = Math.min(...allGaps.flat());
  const longestGap = Math.max(...allGaps.flat());
  const notes: string[] = [];

  switch (scenario.id) {
    case 'a':
      return {
        scenario,
        results,
        expectation: 'at most 96 requests',
        met: Math.max(...counts) <= 96,
        notes,
      };
    case 'b':
      return {
        scenario,
        results,
        expectation: 'no requests',
        met: Math.max(...counts) === 0,
        notes,
      };
    case 'c': {
      const offline = scenario.offline ?? { fromHour: 0, untilHour: 0 };
      const returnAt = offline.untilHour * hourMs;
      const during = results.map((result) =>
        countBetween(result.times, offline.fromHour * hourMs, returnAt),
      );
      const afterReturn = results.map((result) =>
        countBetween(result.times, returnAt, returnAt + 15 * minuteMs),
      );
      const firstAfterReturn = results.map(
        (result) =>
          ((result.times.find((time) => time >= returnAt) ?? Number.NaN) - returnAt) / 1000,
      );
      notes.push(
        `Requests while offline: ${formatRange(during)}. The app noticed the outage at its next ` +
          'refresh timer, made no request then, and polled `isOnline()` every 30 s.',
        `Requests in the 15 minutes after the network returned at ` +
          `${clockTime(returnAt).slice(0, 5)}: ${formatRange(afterReturn)}, the first one ` +
          `${formatRange(firstAfterReturn)} s after the return.`,
      );
      return {
        scenario,
        results,
        expectation: 'none while offline, exactly one right after the return',
        met: during.every((count) => count === 0) && afterReturn.every((count) => count === 1),
        notes,
      };
    }
    case 'd': {
      const capReached = allGaps.map((gaps) => gaps.findIndex((gap) => gap >= 60));
      const cappedGaps = allGaps.flat().filter((gap) => gap >= 60);
      const firstGaps = (allGaps[0] ?? []).slice(0, 9).map((gap) => gap.toFixed(2));
      notes.push(
        `Gaps in minutes with ${results[0]?.jitter}: ${firstGaps.join(', ')}, … The first gap ` +
          `of an hour or more is gap number ${formatRange(capReached.map((index) => index + 1))}. ` +
          `From then on the gaps are ${formatRange(cappedGaps, 2)} min: the 1-hour cap plus ` +
          '1–5 % jitter.',
      );
      return {
        scenario,
        results,
        expectation: 'back-off doubling from 1 min to the 1-hour cap, plus jitter',
        met: capReached.every((index) => index >= 0) && longestGap <= 60 * 1.05 + 0.01,
        notes,
      };
    }
    case 'e': {
      const retryAfterGaps = allGaps.map((gaps) => {
        const index = gaps.findIndex((gap) => Math.abs(gap - 60) > 0.001);
        return index === -1 ? gaps.length : index;
      });
      notes.push(
        `The first ${formatRange(retryAfterGaps)} gaps are exactly 60.00 min, the Retry-After ` +
          'delay, because it is longer than the back-off of 1, 2, 4 … 32 min. After that the ' +
          '1-hour back-off plus jitter is the longer delay.',
      );
      return {
        scenario,
        results,
        expectation: 'every gap at least 60 min',
        met: shortestGap >= 60,
        notes,
      };
    }
    case 'f':
    case 'g': {
      const totals = results.map((result) => result.httpRequests);
      notes.push(
        `Each refresh requests \`${openWeatherCurrentPath}\` and then ` +
          `\`${openWeatherForecastPath}\`, ` +
          `so the server received ${formatRange(totals)} HTTP requests a day in total.`,
      );
      return {
        scenario,
        results,
        expectation: 'at most 144 refreshes, at least 10 min apart',
        met: Math.max(...counts) <= 144 && shortestGap >= 10,
        notes,
      };
    }
    default:
      throw new Error(`No checks for scenario ${scenario.id}`);
  }
}

function scenarioTable(reports: readonly ScenarioReport[]): string {
  const rows = reports.map((report) => [
    `(${report.scenario.id}) ${report.scenario.title}`,
    formatRange(report.results.map((result) => result.times.length)),
    describeGaps(report.results, (gaps) => Math.min(...gaps)),
    describeGaps(report.results, (gaps) => Math.max(...gaps)),
    `${report.expectation}: ${report.met ? 'yes' : '**no**'}`,
  ]);
  return markdownTable(
    ['scenario', 'requests', 'shortest gap', 'longest gap', 'expected, and met'],
    rows,
    ['left', 'right', 'right', 'right', 'left'],
  );
}

const reports: ScenarioReport[] = [];
for (const scenario of scenarios) {
  const results: DayResult[] = [];
  for (const jitter of jitterSources) {
    results.push(await simulateDay(scenario, jitter));
  }
  const report = checkScenario(scenario, results);
  reports.push(report);

  console.log(`(${scenario.id}) ${scenario.title}`);
  for (const result of results) {
    const gaps = gapsMinutes(result.times);
    const range =
      gaps.length > 0
        ? `, gaps ${Math.min(...gaps).toFixed(2)}–${Math.max(...gaps).toFixed(2)} min`
        : '';
    console.log(`  ${result.jitter.padEnd(20)} ${result.times.length} requests${range}`);
  }
  console.log(`  expected ${report.expectation}: ${report.met ? 'yes' : 'NO'}`);
  for (const note of report.notes) {
    console.log(`  ${note}`);
  }
}

const measuredOn = new Date().toISOString().slice(0, 10);
const notes = reports.flatMap((report) =>
  report.notes.map((note) => `- (${report.scenario.id}) ${note}`),
);

writeBenchmarkSection(
  'Refresh requests over a simulated day',
  `Run with \`npm run bench -- refresh-requests\` on ${measuredOn}: ${describeMachine()}.

\`bench/refresh-requests.ts\` runs the app's real \`TraycastController\`, with its
\`RefreshScheduler\`, the provider code and the ky HTTP client, against a loopback server on
127.0.0.1 that counts every request. The scheduler's timers come from a simulated clock that
the controller takes through its \`timers\` option. The clock jumps to the next due timer, so a
day takes seconds, and it does not move during each real HTTP round trip. The network state
comes from the controller's \`isOnline\` function, which in the app calls Electron's
\`net.isOnline()\`. While that function returns false, the server also drops every connection.
Settings are the defaults (Los Angeles, a 15-minute interval) unless the row says otherwise. A
day runs from 00:00 to 24:00 and includes the request that the start makes at 00:00.

Each scenario ran once for each of ${jitterSources.length} jitter sources passed as the scheduler's \`random\`
option: seeds ${seeds[0]}–${seeds.at(-1)} of a seeded generator (mulberry32), and the constants 0 and
0.999999, which add the least (1 %) and the most (almost 5 %) jitter to every delay. Each cell
gives the range over those runs. A gap is the simulated time between two consecutive requests.
For OpenWeatherMap the table counts refreshes, as requests to \`${openWeatherCurrentPath}\`.

${scenarioTable(reports)}

${notes.join('\n')}
`,
);
