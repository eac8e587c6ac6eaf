import type { Place } from './model.ts';
import { usStateCodes } from './us-states.ts';

/** Free location text split into the parts a geocoder and the result filter use. */
export interface LocationQuery {
  /** The text as given, trimmed, for messages. */
  text: string;
  name: string;
  /** State, province or region, or a country name when the text is "City, Country". */
  region: string | null;
  /** ISO 3166-1 alpha-2 code, upper case. */
  countryCode: string | null;
}

/** Raised for location text that cannot be a place, such as an empty string. */
export class InvalidLocationQueryError extends Error {
  override readonly name = 'InvalidLocationQueryError';
}

const countryCodePattern = /^[A-Za-z]{2}$/;

/**
 * Parses "City", "City, CC" or "City, Region, CC" after trimming the text and each part. In
 * "City, Text" the text is a country code when it has two letters, otherwise a region.
 */
export function parseLocationQuery(input: string): LocationQuery {
  const text = input.trim();
  const parts = text.split(',').map((part) => part.trim());

  if (text === '' || parts.some((part) => part === '')) {
    throw new InvalidLocationQueryError(
      `The location "${text}" is empty or has an empty part. ` +
        'Use "City", "City, CC" or "City, Region, CC", such as "Boston, US".',
    );
  }
  if (parts.length > 3) {
    throw new InvalidLocationQueryError(
      `The location "${text}" has ${parts.length} parts, but at most three are allowed: ` +
        '"City, Region, CC", such as "Portland, Oregon, US".',
    );
  }

  const [name = '', second = null, third = null] = parts;
  if (third !== null) {
    if (!countryCodePattern.test(third)) {
      throw new InvalidLocationQueryError(
        `The country "${third}" in "${text}" is not a two-letter ISO 3166 code such as US or GB.`,
      );
    }
    return { text, name, region: second, countryCode: third.toUpperCase() };
  }
  if (second !== null && countryCodePattern.test(second)) {
    return { text, name, region: null, countryCode: second.toUpperCase() };
  }
  return { text, name, region: second, countryCode: null };
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** A geocoder result with the country's name, when the geocoder sends one. */
export type GeocodedPlace = Place & { countryName?: string | null };

function matchesRegion(place: GeocodedPlace, region: string): boolean {
  const accepted = [normalize(region)];
  const stateName = place.countryCode === 'US' ? usStateCodes[region.toUpperCase()] : undefined;
  if (stateName !== undefined) {
    accepted.push(normalize(stateName));
  }

  return [place.region, place.countryName].some(
    (name) => typeof name === 'string' && accepted.includes(normalize(name)),
  );
}

/** Keeps the geocoder results that match the query's country code and region, in order. */
export function filterPlaces(places: readonly GeocodedPlace[], query: LocationQuery): Place[] {
  return places
    .filter((place) => query.countryCode === null || place.countryCode === query.countryCode)
    .filter((place) => query.region === null || matchesRegion(place, query.region))
    .map(({ countryName: _countryName, ...place }) => place);
}
