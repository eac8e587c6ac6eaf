/**
 * Checks on every IPC message before main acts on it: the sender must be one of the app's own
 * pages, and the payload must match the channel's schema.
 */

import * as v from 'valibot';
import type { InvokeChannel, InvokeRequest } from '../common/ipc-contract.ts';
import { providerIds } from '../core/model.ts';
import { isAllowedExternalUrl } from './external-links.ts';
import { settingsUpdateShapeSchema } from './settings-schema.ts';

/** Scheme and host of the app's own pages, served by the custom protocol. */
export const appScheme = 'app';
export const appHost = 'traycast';
export const appOrigin = `${appScheme}://${appHost}`;

/** Paths of the pages that may send IPC messages, relative to the renderer's root. */
export const appPagePaths = ['/panel/index.html', '/settings/index.html'] as const;

export type AppPage = 'panel' | 'settings';

export function appPageUrl(page: AppPage, origin: string = appOrigin): string {
  return `${origin}/${page}/index.html`;
}

/**
 * Checks whether a frame URL is one of the app's pages. `trustedOrigins` lists the app's own
 * origin, plus the development server's origin when the app runs unpackaged.
 */
export function isTrustedSenderUrl(
  frameUrl: string | null | undefined,
  trustedOrigins: readonly string[] = [appOrigin],
): boolean {
  if (!frameUrl) {
    return false;
  }
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  // `URL.origin` is "null" for non-special schemes, so the origin is rebuilt from its parts.
  const origin = `${url.protocol}//${url.host}`;
  if (!trustedOrigins.includes(origin)) {
    return false;
  }
  return (appPagePaths as readonly string[]).includes(url.pathname);
}

type RequestSchema<C extends InvokeChannel> = v.GenericSchema<unknown, InvokeRequest<C>>;

/** A request with no payload: the preload sends nothing, which arrives as `undefined`. */
const noPayload = v.pipe(
  v.optional(v.nullable(v.undefined())),
  v.transform((): undefined => undefined),
);

const providerSchema = v.picklist(providerIds, 'Unknown provider.');

export const requestSchemas: { [C in InvokeChannel]: RequestSchema<C> } = {
  'weather:get-state': noPayload,
  'weather:refresh': noPayload,
  'settings:get': noPayload,
  'settings:save': settingsUpdateShapeSchema,
  'settings:test-key': v.strictObject({
    provider: providerSchema,
    apiKey: v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  }),
  'location:search': v.strictObject({
    text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
    provider: providerSchema,
  }),
  'window:open-settings': noPayload,
  'window:close': noPayload,
  'link:open': v.strictObject({
    url: v.pipe(
      v.string(),
      v.maxLength(2000),
      v.check(
        isAllowedExternalUrl,
        'Only https links to open-meteo.com and openweathermap.org can be opened.',
      ),
      // The browser gets the URL as parsed for the check, not the text as sent, so that no other
      // parser can read a different host out of it.
      v.transform((url) => new URL(url).href),
    ),
  }),
};

export type RequestCheck<C extends InvokeChannel> =
  | { ok: true; request: InvokeRequest<C> }
  | { ok: false; message: string };

/** Checks a payload against its channel's schema and returns the parsed request. */
export function parseInvokeRequest<C extends InvokeChannel>(
  channel: C,
  payload: unknown,
): RequestCheck<C> {
  const schema = requestSchemas[channel] as RequestSchema<C>;
  const result = v.safeParse(schema, payload);
  if (result.success) {
    return { ok: true, request: result.output };
  }
  return { ok: false, message: v.summarize(result.issues) };
}
