import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the loopback server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  receivedAt: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else is sent as JSON. */
  body?: unknown;
  /** Milliseconds to wait before responding, to test timeouts and requests in flight. */
  delayMs?: number;
  /** Closes the socket without a response, as a dropped connection would. */
  destroy?: boolean;
}

export type Route = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A real HTTP server on 127.0.0.1 at a random port that responds from routes keyed by path and
 * records every request, so tests can count what a client sent.
 */
export class LoopbackServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Route>();
  private readonly server = createServer((request, response) => {
    void this.handle(request, response);
  });

  /**
   * Starts listening on a new random port and returns the base URL, such as
   * `http://127.0.0.1:40123`. Routes and recorded requests from an earlier start are cleared, so
   * one instance can serve test after test.
   */
  async start(): Promise<string> {
    this.routes.clear();
    this.requests.length = 0;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Sets the route for a path, replacing any earlier one. */
  route(path: string, route: Route | Reply): this {
    this.routes.set(path, typeof route === 'function' ? route : () => route);
    return this;
  }

  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      receivedAt: Date.now(),
    };
    this.requests.push(recorded);

    const route = this.routes.get(url.pathname);
    const reply: Reply = route
      ? await route(recorded)
      : { status: 404, body: { error: `no route for ${url.pathname}` } };

    if (reply.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    }
    if (reply.destroy) {
      request.socket.destroy();
      return;
    }

    const isText = typeof reply.body === 'string';
    let body = '';
    if (isText) body = reply.body as string;
    else if (reply.body !== undefined) body = JSON.stringify(reply.body);
    response.writeHead(reply.status ?? 200, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    response.end(body);
  }
}
