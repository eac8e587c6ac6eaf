import * as v from 'valibot';
import { InvalidResponseError } from '../errors.ts';
import { describeEndpoint } from '../http-errors.ts';
import type { ProviderId } from '../model.ts';
import { providerNames } from '../provider-names.ts';

/**
 * Checks a parsed response body against its schema and returns the typed value. A mismatch becomes
 * an `InvalidResponseError` whose message names the endpoint and the path of the first bad field,
 * such as `current.temperature_2m`.
 */
export function parseResponse<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
  provider: ProviderId,
  url: URL,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, body);
  if (result.success) {
    return result.output;
  }

  const [issue] = result.issues;
  const path = v.getDotPath(issue) ?? '(the whole body)';
  throw new InvalidResponseError(
    provider,
    `${providerNames[provider]} sent an unexpected response from ${describeEndpoint(url)}: ` +
      `${path}: ${issue.message}.`,
  );
}
