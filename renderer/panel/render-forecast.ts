/** The hourly strip for the next 24 hours and the list of coming days. */

import { localDate } from '../../main/core/format/index.ts';
import type { DailyEntry, WeatherReport } from '../../main/core/model.ts';
import { element } from '../common/dom.ts';
import { createIcon } from '../icons/create-icon.ts';
import type { PanelFormat } from './panel-format.ts';

/** Attributes for text that a visually hidden sentence next to it reads out instead. */
const hiddenFromReaders = { 'aria-hidden': 'true' };

/** Chances below this are left out of the forecast, as most weather apps do, to reduce noise. */
const minShownPrecipitationChance = 10;

function precipitationChance(value: number | null, format: PanelFormat): HTMLElement {
  const visible = value !== null && value >= minShownPrecipitationChance;
  return element('span', { className: 'chance' }, [
    visible
      ? element('span', { text: format.percentage(value), attributes: { 'aria-hidden': 'true' } })
      : null,
    visible
      ? element('span', {
          className: 'visually-hidden',
          text: `${format.percentage(value)} chance of precipitation`,
        })
      : null,
  ]);
}

function conditionIcon(
  condition: { icon: Parameters<typeof createIcon>[0]; description: string } | null,
  format: PanelFormat,
): Element {
  if (condition === null) {
    return element('span', {
      className: 'icon-placeholder',
      attributes: { 'aria-hidden': 'true' },
    });
  }
  return createIcon(condition.icon, format.capitalize(condition.description));
}

export function renderHourly(
  report: WeatherReport,
  format: PanelFormat,
  nowMs: number,
): HTMLElement | null {
  // A stored reading can be days old, so steps that have ended are left out.
  const stepMs = report.hourlyStepHours * 3_600_000;
  const steps = report.hourly.filter((step) => Date.parse(step.time) + stepMs > nowMs);
  if (steps.length === 0) {
    return null;
  }
  const offset = report.location.utcOffsetSeconds;
  const heading =
    report.hourlyStepHours > 1
      ? `Next 24 hours, every ${report.hourlyStepHours} hours`
      : 'Next 24 hours';

  const items = steps.map((step) =>
    element('li', { className: 'hour' }, [
      element('span', { className: 'hour-time', text: format.hour(step.time, offset) }),
      conditionIcon(step.condition, format),
      step.temperature === null
        ? element('span', { className: 'hour-temperature' }, [
            element('span', { text: '–', attributes: hiddenFromReaders }),
            element('span', { className: 'visually-hidden', text: 'temperature not forecast' }),
          ])
        : element('span', {
            className: 'hour-temperature',
            text: format.compactTemperature(step.temperature, report.units),
          }),
      precipitationChance(step.precipitationProbability, format),
    ]),
  );

  return element('section', { className: 'forecast' }, [
    element('h2', {
      className: 'section-title',
      text: heading,
      attributes: { id: 'hourly-heading' },
    }),
    element(
      'div',
      {
        className: 'hourly-scroller',
        attributes: {
          id: 'hourly-scroller',
          role: 'region',
          tabindex: '0',
          'aria-labelledby': 'hourly-heading',
        },
      },
      [element('ol', { className: 'hourly' }, items)],
    ),
  ]);
}

/** Lowest and highest temperature across the days, for drawing each day's range to scale. */
function temperatureSpan(days: DailyEntry[]): { low: number; high: number } | null {
  const lows = days.map((day) => day.temperatureMin).filter((value) => value !== null);
  const highs = days.map((day) => day.temperatureMax).filter((value) => value !== null);
  if (lows.length === 0 || highs.length === 0) {
    return null;
  }
  return { low: Math.min(...lows), high: Math.max(...highs) };
}

function rangeBar(day: DailyEntry, span: { low: number; high: number } | null): HTMLElement {
  const bar = element('span', { className: 'range', attributes: { 'aria-hidden': 'true' } });
  if (span === null || day.temperatureMin === null || day.temperatureMax === null) {
    return bar;
  }
  const width = Math.max(span.high - span.low, 1);
  const fill = element('span', { className: 'range-fill' });
  fill.style.setProperty('--range-start', `${((day.temperatureMin - span.low) / width) * 100}%`);
  fill.style.setProperty('--range-end', `${((span.high - day.temperatureMax) / width) * 100}%`);
  bar.append(fill);
  return bar;
}

export function renderDaily(
  report: WeatherReport,
  format: PanelFormat,
  nowMs: number,
): HTMLElement | null {
  const offset = report.location.utcOffsetSeconds;
  // Dates in the location's calendar, as YYYY-MM-DD, which sort as text.
  const today = localDate(nowMs, offset);
  const days = report.daily.filter((day) => day.date >= today);
  if (days.length === 0) {
    return null;
  }
  const span = temperatureSpan(days);

  const rows = days.map((day) => {
    const low =
      day.temperatureMin === null
        ? null
        : format.compactTemperature(day.temperatureMin, report.units);
    const high =
      day.temperatureMax === null
        ? null
        : format.compactTemperature(day.temperatureMax, report.units);
    return element('li', { className: 'day' }, [
      element('span', { className: 'day-name', text: format.day(day.date, nowMs, offset) }),
      conditionIcon(day.condition, format),
      precipitationChance(day.precipitationProbability, format),
      element('span', { className: 'day-low', text: low ?? '–', attributes: hiddenFromReaders }),
      rangeBar(day, span),
      element('span', { className: 'day-high', text: high ?? '–', attributes: hiddenFromReaders }),
      element('span', {
        className: 'visually-hidden',
        text: `low ${low ?? 'not forecast'}, high ${high ?? 'not forecast'}`,
      }),
    ]);
  });

  return element(
    'section',
    { className: 'forecast', attributes: { 'aria-labelledby': 'daily-heading' } },
    [
      element('h2', {
        className: 'section-title',
        text: `Next ${days.length} days`,
        attributes: { id: 'daily-heading' },
      }),
      element('ol', { className: 'daily' }, rows),
    ],
  );
}
