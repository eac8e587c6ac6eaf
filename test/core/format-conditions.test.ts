import { describe, expect, it } from 'vitest';
import {
  conditionFromOpenWeather,
  conditionFromWmoCode,
  describeOpenWeatherCondition,
  describeWmoCode,
  openWeatherConditions,
  parseIconName,
  wmoCodes,
} from '../../main/core/format/index.ts';

const documentedWmoCodes = [
  0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86,
  95, 96, 99,
];

describe('describeWmoCode', () => {
  it('describes every documented code', () => {
    for (const code of documentedWmoCodes) {
      const description = describeWmoCode(code);
      expect(description, `code ${code}`).not.toMatch(/unknown/);
      expect(description.length, `code ${code}`).toBeGreaterThan(2);
    }
  });

  it('lists no undocumented code', () => {
    expect(Object.keys(wmoCodes).map(Number)).toEqual(documentedWmoCodes);
  });

  it('labels an unknown code generically', () => {
    expect(describeWmoCode(42)).toBe('unknown weather (WMO code 42)');
  });

  it('reads known codes', () => {
    expect(describeWmoCode(0)).toBe('clear sky');
    expect(describeWmoCode(3)).toBe('overcast');
    expect(describeWmoCode(99)).toBe('thunderstorm with heavy hail');
  });
});

describe('conditionFromWmoCode', () => {
  it('rounds a float code', () => {
    expect(conditionFromWmoCode(3.0, true)).toEqual({
      code: 3,
      description: 'overcast',
      icon: 'cloudy-day',
      isDay: true,
    });
  });

  it('picks the night icon', () => {
    expect(conditionFromWmoCode(0, false).icon).toBe('clear-night');
  });

  it('gives an unknown code the unknown icon', () => {
    expect(conditionFromWmoCode(42, true).icon).toBe('unknown-day');
  });

  it('gives every documented code a known icon', () => {
    for (const code of documentedWmoCodes) {
      expect(conditionFromWmoCode(code, true).icon, `code ${code}`).not.toBe('unknown-day');
    }
  });
});

describe('describeOpenWeatherCondition', () => {
  it('describes each group', () => {
    expect(describeOpenWeatherCondition(211)).toBe('thunderstorm');
    expect(describeOpenWeatherCondition(301)).toBe('drizzle');
    expect(describeOpenWeatherCondition(502)).toBe('heavy intensity rain');
    expect(describeOpenWeatherCondition(601)).toBe('snow');
    expect(describeOpenWeatherCondition(741)).toBe('fog');
    expect(describeOpenWeatherCondition(800)).toBe('clear sky');
    expect(describeOpenWeatherCondition(804)).toBe('overcast clouds');
  });

  it('covers ids from 2xx to 8xx', () => {
    const groups = new Set(Object.keys(openWeatherConditions).map((id) => Math.floor(+id / 100)));
    expect([...groups]).toEqual([2, 3, 5, 6, 7, 8]);
  });

  it('falls back to the group label', () => {
    expect(describeOpenWeatherCondition(599)).toBe('rain');
  });

  it('labels an id outside every group', () => {
    expect(describeOpenWeatherCondition(999)).toBe('unknown weather (condition 999)');
  });
});

describe('conditionFromOpenWeather', () => {
  it('prefers the provider description', () => {
    expect(conditionFromOpenWeather(500, true, 'leichter Regen').description).toBe(
      'leichter Regen',
    );
  });

  it('uses the table without one', () => {
    expect(conditionFromOpenWeather(500, true).description).toBe('light rain');
  });

  it('maps ids to icons', () => {
    expect(conditionFromOpenWeather(800, false).icon).toBe('clear-night');
    expect(conditionFromOpenWeather(802, true).icon).toBe('partly-cloudy-day');
    expect(conditionFromOpenWeather(804, true).icon).toBe('cloudy-day');
    expect(conditionFromOpenWeather(511, true).icon).toBe('freezing-rain-day');
    expect(conditionFromOpenWeather(521, true).icon).toBe('showers-day');
    expect(conditionFromOpenWeather(601, true).icon).toBe('snow-day');
    expect(conditionFromOpenWeather(701, true).icon).toBe('fog-day');
    expect(conditionFromOpenWeather(212, true).icon).toBe('thunderstorm-day');
    expect(conditionFromOpenWeather(900, true).icon).toBe('unknown-day');
  });
});

describe('parseIconName', () => {
  it('splits a compound base', () => {
    expect(parseIconName('partly-cloudy-night')).toEqual({ base: 'partly-cloudy', isDay: false });
  });
});
