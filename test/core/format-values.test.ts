import { describe, expect, it } from 'vitest';
import {
  formatPrecipitation,
  formatTemperature,
  formatTime,
  formatWindDirection,
  formatWindSpeed,
  roundForDisplay,
  truncateText,
} from '../../main/core/format/index.ts';

describe('roundForDisplay', () => {
  it('returns 0, not -0', () => {
    expect(Object.is(roundForDisplay(-0.4), 0)).toBe(true);
    expect(Object.is(roundForDisplay(-0), 0)).toBe(true);
    expect((-0.4).toFixed(0)).toBe('-0');
  });
});

describe('formatTemperature', () => {
  it('rounds Fahrenheit', () => {
    expect(formatTemperature(71.8, 'imperial')).toBe('72°F');
  });

  it('shows negative Celsius', () => {
    expect(formatTemperature(-2.6, 'metric')).toBe('-3°C');
  });

  it('shows kelvin without a degree sign', () => {
    expect(formatTemperature(290.05, 'standard')).toBe('290 K');
  });

  it('never shows -0', () => {
    for (const value of [-0.4, -0.5, -0, -0.01]) {
      expect(formatTemperature(value, 'metric')).toBe('0°C');
      expect(formatTemperature(value, 'imperial')).toBe('0°F');
    }
  });
});

describe('formatWindSpeed', () => {
  it('rounds with the unit', () => {
    expect(formatWindSpeed(5.9, 'mph')).toBe('6 mph');
    expect(formatWindSpeed(4.2, 'm/s')).toBe('4 m/s');
    expect(formatWindSpeed(12.5, 'km/h')).toBe('13 km/h');
  });

  it('never shows -0', () => {
    expect(formatWindSpeed(-0.2, 'm/s')).toBe('0 m/s');
  });
});

describe('formatWindDirection', () => {
  it('names compass points', () => {
    expect(formatWindDirection(0)).toBe('N');
    expect(formatWindDirection(42)).toBe('NE');
    expect(formatWindDirection(255)).toBe('W');
    expect(formatWindDirection(350)).toBe('N');
  });
});

describe('formatPrecipitation', () => {
  it('uses one decimal in mm', () => {
    expect(formatPrecipitation(0.38, 'mm')).toBe('0.4 mm');
  });

  it('uses two decimals in inches', () => {
    expect(formatPrecipitation(0.0149, 'inch')).toBe('0.01 in');
  });
});

describe('formatTime', () => {
  it('uses the location offset, not the machine zone', () => {
    expect(formatTime('2025-01-15T18:42:10Z', -8 * 3600)).toBe('10:42');
    expect(formatTime('2025-01-15T18:42:10Z', 5.5 * 3600)).toBe('00:12');
  });

  it('follows a locale clock', () => {
    expect(formatTime('2025-01-15T22:05:00Z', -8 * 3600, 'en-US')).toBe('2:05 PM');
    expect(formatTime('2025-01-15T22:05:00Z', 3600, 'de-DE')).toBe('23:05');
  });

  it('rejects a malformed date', () => {
    expect(() => formatTime('yesterday', 0)).toThrow(RangeError);
  });
});

describe('truncateText', () => {
  it('keeps short text', () => {
    expect(truncateText('Boston', 10)).toBe('Boston');
  });

  it('ends cut text with an ellipsis', () => {
    expect(truncateText('Llanfairpwllgwyngyll', 8)).toBe('Llanfai…');
  });

  it('never splits a surrogate pair', () => {
    const text = 'ab😀😀😀';
    const cut = truncateText(text, 5);
    expect(cut).toBe('ab😀…');
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  it('never splits a combining sequence', () => {
    const text = 'Sa\u0303o Paulo';
    expect(truncateText(text, 3)).toBe('S…');
    expect(truncateText(text, 4)).toBe('Sa\u0303…');
  });
});
