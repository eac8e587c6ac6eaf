import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appVersion, defaultUserAgent } from '../../main/core/version.ts';

describe('appVersion', () => {
  it('matches package.json', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(appVersion).toBe(manifest.version);
  });

  it('appears in the User-Agent', () => {
    expect(defaultUserAgent).toBe(`Traycast/${appVersion} (+https://github.com/traycast/traycast)`);
  });
});
