import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentTypeOf,
  resolveAppFile,
  responseHeaders,
} from '../../main/app/app-protocol.ts';

const root = resolve('/opt/traycast/out/renderer');

describe('resolveAppFile', () => {
  it('maps a page URL into the renderer folder', () => {
    expect(resolveAppFile('app://traycast/panel/index.html', root)).toBe(
      join(root, 'panel', 'index.html'),
    );
  });

  it('serves index.html for a folder', () => {
    expect(resolveAppFile('app://traycast/settings/', root)).toBe(
      join(root, 'settings', 'index.html'),
    );
  });

  it.each(['app://traycast/../main/index.js', 'app://traycast/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps dot segments of %s inside the root',
    (url) => {
      const filePath = resolveAppFile(url, root) ?? '';

      expect(filePath.startsWith(`${root}/`)).toBe(true);
    },
  );

  it.each([
    'app://traycast/..%2f..%2fetc/passwd',
    'app://traycast/panel/%00.html',
    'app://other/panel/index.html',
    'file:///etc/passwd',
  ])('rejects %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('responseHeaders', () => {
  it('sends the CSP and the content type', () => {
    const headers = responseHeaders('/x/panel.js');

    expect(headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('allows scripts only from the app itself', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'none'");
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });

  it('falls back to a binary type', () => {
    expect(contentTypeOf('/x/file.bin')).toBe('application/octet-stream');
  });
});
