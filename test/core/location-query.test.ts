import { describe, expect, it } from 'vitest';
import {
  filterPlaces,
  InvalidLocationQueryError,
  parseLocationQuery,
} from '../../main/core/location-query.ts';
import type { Place } from '../../main/core/model.ts';

describe('parseLocationQuery', () => {
  it('reads a bare city', () => {
    expect(parseLocationQuery('Boston')).toEqual({
      text: 'Boston',
      name: 'Boston',
      region: null,
      countryCode: null,
    });
  });

  it('trims the text and each part', () => {
    expect(parseLocationQuery('  Boston ,  us  ')).toEqual({
      text: 'Boston ,  us',
      name: 'Boston',
      region: null,
      countryCode: 'US',
    });
  });

  it('reads city, region and country', () => {
    expect(parseLocationQuery('Portland, Oregon, US')).toMatchObject({
      name: 'Portland',
      region: 'Oregon',
      countryCode: 'US',
    });
  });

  it('reads a longer second part as a region', () => {
    expect(parseLocationQuery('Paris, Texas')).toMatchObject({
      name: 'Paris',
      region: 'Texas',
      countryCode: null,
    });
  });

  it.each(['', '   ', 'Boston,', ', US', 'A, B, C, D'])('rejects "%s"', (text) => {
    expect(() => parseLocationQuery(text)).toThrow(InvalidLocationQueryError);
  });

  it('rejects a country that is not two letters', () => {
    expect(() => parseLocationQuery('Springfield, Illinois, USA')).toThrow(
      'The country "USA" in "Springfield, Illinois, USA" is not a two-letter ISO 3166 code',
    );
  });
});

describe('filterPlaces', () => {
  const portlandOregon: Place = {
    name: 'Portland',
    region: 'Oregon',
    countryCode: 'US',
    latitude: 45.52,
    longitude: -122.68,
    timezone: 'America/Los_Angeles',
  };
  const portlandMaine: Place = { ...portlandOregon, region: 'Maine', latitude: 43.66 };
  const portlandVictoria: Place = { ...portlandOregon, region: 'Victoria', countryCode: 'AU' };
  const places = [portlandOregon, portlandMaine, portlandVictoria];

  it('keeps all without filters', () => {
    expect(filterPlaces(places, parseLocationQuery('Portland'))).toEqual(places);
  });

  it('filters by country code', () => {
    expect(filterPlaces(places, parseLocationQuery('Portland, AU'))).toEqual([portlandVictoria]);
  });

  it('filters by region, ignoring case and accents', () => {
    expect(filterPlaces(places, parseLocationQuery('Portland, máine, US'))).toEqual([
      portlandMaine,
    ]);
  });

  it('accepts a US state code', () => {
    expect(filterPlaces(places, parseLocationQuery('Portland, OR, US'))).toEqual([portlandOregon]);
  });

  it('matches a country name as region', () => {
    const withCountry = places.map((place) => ({
      ...place,
      countryName: place.countryCode === 'AU' ? 'Australia' : 'United States',
    }));
    expect(filterPlaces(withCountry, parseLocationQuery('Portland, Australia'))).toEqual([
      portlandVictoria,
    ]);
  });
});
