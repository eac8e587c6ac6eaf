/**
 * Locale-aware text for the panel, built on the core's formatting. Times of day are shown in the
 * location's own time, like the tray tooltip, because the whole panel describes that place.
 */

import { formatTime, localDate, roundForDisplay } from '../../main/core/format/index.ts';
import type { Units } from '../../main/core/model.ts';

const hectopascalsPerInchOfMercury = 33.8639;
const metresPerMile = 1609.344;

export class PanelFormat {
  readonly locale: string;
  private readonly relativeTime: Intl.RelativeTimeFormat;
  private readonly integer: Intl.NumberFormat;
  private readonly oneDecimal: Intl.NumberFormat;
  private readonly twoDecimals: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;

  constructor(locale: string) {
    this.locale = locale;
    this.relativeTime = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    // 'negative' shows no sign for a value that rounds to zero, so -0.3 becomes "0", not "-0".
    const signDisplay = 'negative';
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay });
    this.oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay });
    this.twoDecimals = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay,
    });
    this.percent = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay,
    });
  }

  /** Formats the time of day of a UTC instant in the location's time, such as "10:42 AM". */
  time(isoUtc: string, utcOffsetSeconds: number): string {
    return formatTime(isoUtc, utcOffsetSeconds, this.locale);
  }

  /** Formats the hour a forecast step starts, in the location's time, such as "3 PM". */
  hour(isoUtc: string, utcOffsetSeconds: number): string {
    const wallClock = new Date(Date.parse(isoUtc) + utcOffsetSeconds * 1000);
    return new Intl.DateTimeFormat(this.locale, { hour: 'numeric', timeZone: 'UTC' }).format(
      wallClock,
    );
  }

  /** Names a forecast day: "Today" for the location's current date, else the short weekday. */
  day(date: string, nowMs: number, utcOffsetSeconds: number): string {
    if (date === localDate(nowMs, utcOffsetSeconds)) {
      return this.capitalize(this.relativeTime.format(0, 'day'));
    }
    const noonUtc = new Date(`${date}T12:00:00Z`);
    return new Intl.DateTimeFormat(this.locale, { weekday: 'short', timeZone: 'UTC' }).format(
      noonUtc,
    );
  }

  /** Formats how long ago an instant was, such as "17 minutes ago" or "now". */
  age(isoUtc: string, nowMs: number): string {
    const seconds = Math.max(0, (nowMs - Date.parse(isoUtc)) / 1000);
    if (seconds < 45) {
      return this.relativeTime.format(0, 'second');
    }
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) {
      return this.relativeTime.format(-minutes, 'minute');
    }
    const hours = Math.round(minutes / 60);
    if (hours < 48) {
      return this.relativeTime.format(-hours, 'hour');
    }
    return this.relativeTime.format(-Math.round(hours / 24), 'day');
  }

  /** Formats a wait from now, rounded up to whole minutes, such as "in 5 minutes". */
  inFuture(durationMs: number): string {
    const minutes = Math.max(1, Math.ceil(durationMs / 60_000));
    if (minutes < 60) {
      return this.relativeTime.format(minutes, 'minute');
    }
    return this.relativeTime.format(Math.round(minutes / 60), 'hour');
  }

  /** Formats a temperature as a whole number with a degree sign and no unit, such as "-2°". */
  compactTemperature(value: number, units: Units): string {
    const number = this.integer.format(roundForDisplay(value));
    return units === 'standard' ? `${number} K` : `${number}°`;
  }

  /** Formats a value in percent, such as "81%". */
  percentage(value: number): string {
    return this.percent.format(value / 100);
  }

  /** Formats sea-level pressure: hPa, or inHg for imperial reports. */
  pressure(hectopascals: number, units: Units): string {
    if (units === 'imperial') {
      return `${this.twoDecimals.format(hectopascals / hectopascalsPerInchOfMercury)} inHg`;
    }
    return `${this.integer.format(hectopascals)} hPa`;
  }

  /** Formats visibility in km (m below 1 km), or in miles for imperial reports. */
  visibility(metres: number, units: Units): string {
    if (units === 'imperial') {
      const miles = metres / metresPerMile;
      return `${(miles < 10 ? this.oneDecimal : this.integer).format(miles)} mi`;
    }
    if (metres < 1000) {
      return `${this.integer.format(Math.round(metres / 10) * 10)} m`;
    }
    const kilometres = metres / 1000;
    return `${(kilometres < 10 ? this.oneDecimal : this.integer).format(kilometres)} km`;
  }

  /** Uppercases the first letter, for provider descriptions such as "partly cloudy". */
  capitalize(text: string): string {
    const first = text.charAt(0);
    return first.toLocaleUpperCase(this.locale) + text.slice(1);
  }
}
