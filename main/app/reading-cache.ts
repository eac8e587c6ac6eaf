/**
 * The last good weather report on disk, so the tray shows a reading at once on the next start,
 * marked with its age, before the first request completes.
 */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import type { Place, WeatherReport } from '../core/model.ts';
import { providerIds, unitSystems } from '../core/model.ts';
import type { Logger } from './logger.ts';

export interface CachedReading {
  report: WeatherReport;
  /** The place from settings that the report was requested for. */
  place: Place;
  /** When the report was received, as an ISO 8601 string in UTC. */
  receivedAt: string;
}

const cacheVersion = 1;

/**
 * Checks the fields that the tray and tooltip read at once. The panel reads the rest, and the
 * file is written only by this module, so a shallow check is enough to reject a damaged file.
 */
const cachedReadingSchema = v.object({
  version: v.literal(cacheVersion),
  receivedAt: v.pipe(v.string(), v.isoTimestamp()),
  place: v.object({
    name: v.string(),
    region: v.nullable(v.string()),
    countryCode: v.nullable(v.string()),
    latitude: v.number(),
    longitude: v.number(),
    timezone: v.nullable(v.string()),
  }),
  report: v.looseObject({
    provider: v.picklist(providerIds),
    units: v.picklist(unitSystems),
    location: v.looseObject({
      name: v.string(),
      latitude: v.number(),
      longitude: v.number(),
      utcOffsetSeconds: v.number(),
    }),
    current: v.looseObject({
      temperature: v.number(),
      condition: v.looseObject({ description: v.string(), icon: v.string() }),
    }),
    hourly: v.array(v.unknown()),
    daily: v.array(v.unknown()),
    updateIntervalSeconds: v.number(),
    attribution: v.looseObject({ text: v.string(), url: v.string() }),
    fetchedAt: v.string(),
  }),
});

export class ReadingCache {
  private readonly filePath: string;
  private readonly logger: Logger;

  constructor(filePath: string, logger: Logger) {
    this.filePath = filePath;
    this.logger = logger;
  }

  /** Returns the stored reading, or null when there is none or it cannot be read. */
  read(): CachedReading | null {
    let text: string;
    try {
      text = readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.logger.warn(`Failed to read the last reading from ${this.filePath}`, error);
      }
      return null;
    }

    try {
      const parsed = v.parse(cachedReadingSchema, JSON.parse(text));
      return {
        report: parsed.report as unknown as WeatherReport,
        place: parsed.place,
        receivedAt: parsed.receivedAt,
      };
    } catch (error) {
      this.logger.warn(`Ignoring the damaged last reading in ${this.filePath}`, error);
      return null;
    }
  }

  /** Stores a reading, writing a temporary file first so a crash cannot leave half a file. */
  write(reading: CachedReading): void {
    const temporaryPath = `${this.filePath}.tmp`;
    try {
      mkdirSync(dirname(this.filePath), { recursive: true });
      writeFileSync(temporaryPath, JSON.stringify({ version: cacheVersion, ...reading }));
      renameSync(temporaryPath, this.filePath);
    } catch (error) {
      this.logger.warn(`Failed to store the last reading in ${this.filePath}`, error);
    }
  }
}

/** Checks whether a cached report was requested for this place and provider. */
export function isReadingFor(
  reading: CachedReading,
  place: Place,
  provider: WeatherReport['provider'],
): boolean {
  return (
    reading.report.provider === provider &&
    reading.place.latitude === place.latitude &&
    reading.place.longitude === place.longitude
  );
}
