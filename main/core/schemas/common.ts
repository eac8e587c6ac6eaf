import * as v from 'valibot';

/**
 * A number other than Infinity, which JSON.parse returns for a literal such as 1e400 and which
 * JSON.stringify would write as null.
 */
export const finiteNumber = v.pipe(v.number(), v.finite());

/** A number that may be null or missing, where both become null. */
export const optionalNumber = v.nullish(finiteNumber, null);

/** A series that may hold nulls, such as hours past the end of a model's range. */
export const numberSeries = v.array(v.nullable(finiteNumber));

/** A series that may be left out of the response; a missing series becomes an empty one. */
export const optionalNumberSeries = v.optional(numberSeries, []);

/**
 * Seconds since 1970, up to the end of the year 9999, so that converting one to a `Date`, even
 * shifted by a UTC offset, cannot fail with "Invalid time value".
 */
export const epochSeconds = v.pipe(v.number(), v.minValue(0), v.maxValue(253_402_300_799));

/** Epoch seconds that may be null or missing, where both become null. */
export const optionalEpochSeconds = v.nullish(epochSeconds, null);

/** Offset from UTC in seconds, within the ±18 hours that ISO 8601 allows. */
export const utcOffsetSeconds = v.pipe(v.number(), v.minValue(-64_800), v.maxValue(64_800));
