import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixturesFolder = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Returns a fixture's text as stored, such as `open-meteo/error-400.json`. */
export function readFixtureText(name: string): string {
  return readFileSync(`${fixturesFolder}${name}`, 'utf8');
}

/** Returns a fresh parsed copy of a JSON fixture, which a test may change freely. */
export function loadFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFixtureText(name)) as T;
}
