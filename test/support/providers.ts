import type { ProviderOptions } from '../../main/core/providers/index.ts';
import type { LoopbackServer } from './loopback-server.ts';

/** Provider options that point every base URL at the loopback server, with short retry delays. */
export function loopbackProviderOptions(
  server: LoopbackServer,
  overrides: Partial<ProviderOptions> = {},
): ProviderOptions {
  return {
    baseUrls: {
      openMeteo: server.url,
      openMeteoGeocoding: server.url,
      openWeather: server.url,
    },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  };
}
