import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/app/logger.ts';
import { isReadingFor, ReadingCache } from '../../main/app/reading-cache.ts';
import { defaultSettings } from '../../main/app/settings-schema.ts';
import { sampleReport } from '../support/reports.ts';

let directory: string;
let filePath: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'traycast-cache-'));
  filePath = join(directory, 'last-reading.json');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const reading = {
  report: sampleReport(),
  place: defaultSettings.location,
  receivedAt: '2025-01-15T18:42:10.000Z',
};

describe('ReadingCache', () => {
  it('returns what it stored', () => {
    const cache = new ReadingCache(filePath, silentLogger);

    cache.write(reading);

    expect(new ReadingCache(filePath, silentLogger).read()).toEqual(reading);
    expect(readdirSync(directory)).toEqual(['last-reading.json']);
  });

  it('returns null without a file', () => {
    expect(new ReadingCache(filePath, silentLogger).read()).toBeNull();
  });

  it('ignores a truncated file', () => {
    new ReadingCache(filePath, silentLogger).write(reading);
    writeFileSync(filePath, JSON.stringify({ version: 1, ...reading }).slice(0, 100));

    expect(new ReadingCache(filePath, silentLogger).read()).toBeNull();
  });

  it('ignores a report without a temperature', () => {
    const broken = { ...reading, report: { ...reading.report, current: {} } };
    writeFileSync(filePath, JSON.stringify({ version: 1, ...broken }));

    expect(new ReadingCache(filePath, silentLogger).read()).toBeNull();
  });

  it('creates a missing folder', () => {
    const nested = join(directory, 'a', 'b', 'last-reading.json');
    const cache = new ReadingCache(nested, silentLogger);

    cache.write(reading);

    expect(cache.read()?.receivedAt).toBe(reading.receivedAt);
  });
});

describe('isReadingFor', () => {
  it('matches the place and provider it was requested for', () => {
    expect(isReadingFor(reading, defaultSettings.location, 'open-meteo')).toBe(true);
  });

  it('rejects another place or provider', () => {
    const paris = { ...defaultSettings.location, latitude: 48.85, longitude: 2.35 };

    expect(isReadingFor(reading, paris, 'open-meteo')).toBe(false);
    expect(isReadingFor(reading, defaultSettings.location, 'openweathermap')).toBe(false);
  });
});
