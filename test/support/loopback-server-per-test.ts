import { afterEach, beforeEach } from 'vitest';
import { LoopbackServer } from './loopback-server.ts';

/**
 * Returns a loopback server that starts before each test of the enclosing `describe` (or file)
 * and stops after it, with no routes or requests left over from the test before.
 */
export function loopbackServerPerTest(): LoopbackServer {
  const server = new LoopbackServer();

  beforeEach(async () => {
    await server.start();
  });

  afterEach(async () => {
    await server.stop();
  });

  return server;
}
