import * as v from 'valibot';

/** A number that may be null or missing, where both become null. */
export const optionalNumber = v.nullish(v.number(), null);

/** A series that may hold nulls, such as hours past the end of a model's range. */
export const numberSeries = v.array(v.nullable(v.number()));

/** A series that may be left out of the response; a missing series becomes an empty one. */
export const optionalNumberSeries = v.optional(numberSeries, []);
