/**
 * Formats the time of day of a UTC instant in a location's own UTC offset, never in the machine's
 * zone. Without a locale the result is 24-hour "HH:MM"; with one, Intl picks the clock style,
 * such as "10:42 AM" for en-US.
 */
export function formatTime(isoUtc: string, utcOffsetSeconds: number, locale?: string): string {
  const instantMs = Date.parse(isoUtc);
  if (Number.isNaN(instantMs)) {
    throw new RangeError(`Cannot format the time "${isoUtc}": it is not an ISO 8601 date.`);
  }

  // Shifting the instant by the offset and reading it as UTC gives the location's wall clock.
  const wallClock = new Date(instantMs + utcOffsetSeconds * 1000);
  if (locale === undefined) {
    const hours = String(wallClock.getUTCHours()).padStart(2, '0');
    const minutes = String(wallClock.getUTCMinutes()).padStart(2, '0');
    return `${hours}:${minutes}`;
  }

  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(wallClock);
}

/** Returns the location's calendar date, `YYYY-MM-DD`, of a UTC instant given in epoch ms. */
export function localDate(instantMs: number, utcOffsetSeconds: number): string {
  return new Date(instantMs + utcOffsetSeconds * 1000).toISOString().slice(0, 10);
}
