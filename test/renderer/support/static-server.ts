import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** The built renderer, as `npx electron-vite build` writes it. */
export const rendererOutDir = resolve(import.meta.dirname, '../../../out/renderer');

/**
 * A static file server on 127.0.0.1 at a random port, serving a folder as Electron would load
 * it from disk. It adds no headers of its own, so the pages' CSP comes from their meta tag alone.
 */
export class StaticServer {
  private readonly root: string;
  private readonly server: Server;

  constructor(root: string) {
    this.root = resolve(root);
    this.server = createServer((request, response) => {
      void this.serve(request.url ?? '/').then(({ status, type, body }) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return this.url;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private async serve(
    requestUrl: string,
  ): Promise<{ status: number; type: string; body: string | Buffer }> {
    const pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
    const file = normalize(
      join(this.root, pathname.endsWith('/') ? `${pathname}index.html` : pathname),
    );
    if (file !== this.root && !file.startsWith(this.root + sep)) {
      return { status: 403, type: 'text/plain', body: 'outside the served folder' };
    }

    try {
      const body = await readFile(file);
      return { status: 200, type: contentTypes[extname(file)] ?? 'application/octet-stream', body };
    } catch {
      return { status: 404, type: 'text/plain', body: `not found: ${pathname}` };
    }
  }
}
