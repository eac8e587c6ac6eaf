import { describe, expect, it } from 'vitest';
import {
  formatSummaryLine,
  formatTooltip,
  maxTooltipLength,
} from '../../main/core/format/index.ts';
import { sampleReport } from '../support/reports.ts';

describe('formatSummaryLine', () => {
  it('formats the full line', () => {
    expect(formatSummaryLine(sampleReport())).toBe(
      'Los Angeles, US: 72°F, clear sky, feels like 70°F, wind 6 mph',
    );
  });

  it('leaves out null fields', () => {
    const report = sampleReport();
    report.current.feelsLike = null;
    report.current.windSpeed = null;
    expect(formatSummaryLine(report)).toBe('Los Angeles, US: 72°F, clear sky');
  });

  it('adds precipitation when some fell', () => {
    const report = sampleReport();
    report.current.precipitation = 0.04;
    expect(formatSummaryLine(report)).toBe(
      'Los Angeles, US: 72°F, clear sky, feels like 70°F, wind 6 mph, precipitation 0.04 in',
    );
  });

  it('omits a missing country code', () => {
    const report = sampleReport();
    report.location.countryCode = null;
    expect(formatSummaryLine(report)).toMatch(/^Los Angeles: /);
  });

  it('shows kelvin for standard units', () => {
    const report = sampleReport({ units: 'standard', windSpeedUnit: 'm/s' });
    report.current.temperature = 290.05;
    report.current.feelsLike = 289.4;
    report.current.windSpeed = 4.2;
    expect(formatSummaryLine(report)).toBe(
      'Los Angeles, US: 290 K, clear sky, feels like 289 K, wind 4 m/s',
    );
  });
});

describe('formatTooltip', () => {
  it('shows conditions and update time', () => {
    expect(formatTooltip({ report: sampleReport() })).toBe(
      'Los Angeles: 72°F, clear sky · updated 10:42',
    );
  });

  it('uses lastSuccessAt when given', () => {
    const tooltip = formatTooltip({
      report: sampleReport(),
      lastSuccessAt: '2025-01-15T19:05:00Z',
    });
    expect(tooltip).toBe('Los Angeles: 72°F, clear sky · updated 11:05');
  });

  it('says offline with the last update', () => {
    const tooltip = formatTooltip({ report: sampleReport(), offline: true });
    expect(tooltip).toBe('Los Angeles: 72°F, clear sky · offline, last updated 10:42');
  });

  it('names the failure kind', () => {
    const tooltip = formatTooltip({
      report: sampleReport(),
      failure: { kind: 'rate-limited', provider: 'open-meteo', message: 'x', retryAfterMs: 60_000 },
    });
    expect(tooltip).toBe('Los Angeles: 72°F, clear sky · rate limited, last updated 10:42');
  });

  it('shows the error without a report', () => {
    const tooltip = formatTooltip({
      report: null,
      failure: {
        kind: 'invalid-api-key',
        provider: 'openweathermap',
        message: 'OpenWeatherMap rejected the API key as invalid or not yet active.',
        retryAfterMs: null,
      },
    });
    expect(tooltip).toBe(
      'Traycast: OpenWeatherMap rejected the API key as invalid or not yet active.',
    );
  });

  it('shortens a long place name first', () => {
    const report = sampleReport();
    report.location.name = `Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu ${'😀'.repeat(20)}`;

    const tooltip = formatTooltip({ report, offline: true });

    expect(tooltip.length).toBeLessThanOrEqual(maxTooltipLength);
    expect(tooltip).toMatch(/^Taumata.*…: 72°F, clear sky · offline, last updated 10:42$/);
  });

  it('never cuts an emoji in half', () => {
    const report = sampleReport();
    report.location.name = '😀'.repeat(80);

    const tooltip = formatTooltip({ report });

    expect(tooltip.length).toBeLessThanOrEqual(maxTooltipLength);
    expect(tooltip).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(tooltip).toMatch(/😀…: 72°F/);
  });

  it('keeps a long error within the limit', () => {
    const tooltip = formatTooltip({
      report: null,
      failure: { kind: 'unknown', provider: null, message: 'x'.repeat(300), retryAfterMs: null },
    });
    expect(tooltip).toHaveLength(maxTooltipLength);
    expect(tooltip.endsWith('…')).toBe(true);
  });
});
