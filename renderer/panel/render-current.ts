/** The place header and the current conditions: temperature, condition and the detail tiles. */

import {
  formatTemperature,
  formatWindDirection,
  formatWindSpeed,
  localDate,
} from '../../main/core/format/index.ts';
import type { WeatherReport } from '../../main/core/model.ts';
import { byId, element, setText } from '../common/dom.ts';
import { createIcon } from '../icons/create-icon.ts';
import type { PanelFormat } from './panel-format.ts';

export function renderPlace(report: WeatherReport | null): void {
  const name = byId('place-name');
  const detail = byId('place-detail');
  if (report === null) {
    setText(name, 'Traycast');
    setText(detail, '');
    return;
  }

  const { location } = report;
  setText(name, location.name);
  const regionAndCountry = [location.region, location.countryCode]
    .filter((part) => part && part !== location.name)
    .join(', ');
  setText(detail, regionAndCountry);
}

function tile(label: string, value: string, extra: Node | string | null = null): HTMLElement {
  return element('div', { className: 'tile' }, [
    element('dt', { className: 'tile-label', text: label }),
    element('dd', { className: 'tile-value', text: value }),
    extra === null
      ? null
      : typeof extra === 'string'
        ? element('dd', { className: 'tile-extra', text: extra })
        : element('dd', { className: 'tile-extra' }, [extra]),
  ]);
}

/** Creates an arrow pointing where the wind blows to, opposite to where it comes from. */
function windArrow(fromDegrees: number): HTMLElement {
  const arrow = element('span', { className: 'wind-arrow', attributes: { 'aria-hidden': 'true' } });
  arrow.style.setProperty('--wind-rotation', `${(fromDegrees + 180) % 360}deg`);
  return arrow;
}

/**
 * Creates the wind tile: the speed with an arrow, and below it the compass point the wind comes
 * from and the gusts. Returns null when the provider sent neither speed nor gusts.
 */
function windTile(report: WeatherReport): HTMLElement | null {
  const { windSpeed, windDirection, windGust } = report.current;
  const gust = windGust === null ? null : formatWindSpeed(windGust, report.windSpeedUnit);
  if (windSpeed === null) {
    return gust === null ? null : tile('Wind gusts', gust);
  }

  const extra = [
    windDirection === null ? null : `From ${formatWindDirection(windDirection)}`,
    gust === null ? null : `gusts ${gust}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  const created = tile(
    'Wind',
    formatWindSpeed(windSpeed, report.windSpeedUnit),
    extra === '' ? null : extra.charAt(0).toUpperCase() + extra.slice(1),
  );
  if (windDirection !== null) {
    created.querySelector('.tile-value')?.prepend(windArrow(windDirection));
  }
  return created;
}

function detailTiles(report: WeatherReport, format: PanelFormat): HTMLElement[] {
  const { current, units } = report;
  const offset = report.location.utcOffsetSeconds;
  const tiles: HTMLElement[] = [];

  if (current.humidity !== null) {
    tiles.push(tile('Humidity', format.percentage(current.humidity)));
  }
  const wind = windTile(report);
  if (wind !== null) {
    tiles.push(wind);
  }
  if (current.pressure !== null) {
    tiles.push(tile('Pressure', format.pressure(current.pressure, units)));
  }
  if (current.visibility !== null) {
    tiles.push(tile('Visibility', format.visibility(current.visibility, units)));
  }
  if (report.sunrise !== null) {
    tiles.push(tile('Sunrise', format.time(report.sunrise, offset)));
  }
  if (report.sunset !== null) {
    tiles.push(tile('Sunset', format.time(report.sunset, offset)));
  }
  return tiles;
}

/** Today's high and low, from the daily forecast entry for the location's current date. */
function highAndLow(report: WeatherReport, format: PanelFormat, nowMs: number): string | null {
  const today = localDate(nowMs, report.location.utcOffsetSeconds);
  const entry = report.daily.find((day) => day.date === today);
  if (!entry || entry.temperatureMax === null || entry.temperatureMin === null) {
    return null;
  }
  const high = format.compactTemperature(entry.temperatureMax, report.units);
  const low = format.compactTemperature(entry.temperatureMin, report.units);
  return `H ${high}  L ${low}`;
}

export function renderCurrent(
  report: WeatherReport,
  format: PanelFormat,
  nowMs: number,
): HTMLElement {
  const { current, units } = report;
  const offset = report.location.utcOffsetSeconds;
  const description = format.capitalize(current.condition.description);

  const feelsLike =
    current.feelsLike === null ? null : `Feels like ${formatTemperature(current.feelsLike, units)}`;
  const range = highAndLow(report, format, nowMs);

  const summary = element('div', { className: 'now-summary' }, [
    element('p', { className: 'now-temperature' }, [
      element('span', { text: format.compactTemperature(current.temperature, units) }),
      element('span', {
        className: 'visually-hidden',
        text: ` (${formatTemperature(current.temperature, units)})`,
      }),
    ]),
    element('p', { className: 'now-condition', text: description }),
    feelsLike || range
      ? element('p', { className: 'now-secondary' }, [
          feelsLike ? element('span', { className: 'feels-like', text: feelsLike }) : null,
          range ? element('span', { className: 'high-low', text: range }) : null,
        ])
      : null,
  ]);

  const observed = element('p', { className: 'observed' }, [
    element('span', { text: `Observed ${format.time(current.observedAt, offset)}` }),
    element('span', { className: 'separator', text: ' · ', attributes: { 'aria-hidden': 'true' } }),
    element('span', {
      className: 'age',
      text: format.age(current.observedAt, nowMs),
      attributes: { 'data-age-of': current.observedAt },
    }),
  ]);

  const tiles = detailTiles(report, format);
  return element(
    'section',
    { className: 'now', attributes: { 'aria-label': 'Current conditions' } },
    [
      element('div', { className: 'now-main' }, [
        element('div', { className: 'now-icon' }, [createIcon(current.condition.icon)]),
        summary,
      ]),
      observed,
      tiles.length > 0 ? element('dl', { className: 'details' }, tiles) : null,
    ],
  );
}
