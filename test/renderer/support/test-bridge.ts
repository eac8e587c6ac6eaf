/**
 * A test bridge that replaces the preload's `window.traycast`, because Electron cannot run
 * in these tests. It is injected with `page.addInitScript` before the page's own scripts, records
 * every invocation, returns scripted responses and lets a test emit main's events.
 */

import type { Page } from '@playwright/test';
import type {
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeResponse,
} from '../../../main/common/ipc-contract.ts';

export type ScriptedResponses = { [C in InvokeChannel]?: InvokeResponse<C> };

export interface RecordedInvocation {
  channel: InvokeChannel;
  /** The request argument, or undefined for channels that take none. */
  request: unknown;
}

/** What the page exposes as `window.__traycastTest` for the test to drive the bridge. */
export interface TestBridgeControl {
  invocations: RecordedInvocation[];
  setResponse(channel: InvokeChannel, response: unknown): void;
  /** Makes invocations of a channel reject with this message, as when a handler in main throws. */
  setFailure(channel: InvokeChannel, message: string): void;
  /** Keeps invocations of a channel pending until `release` is called for it. */
  hold(channel: InvokeChannel): void;
  release(channel: InvokeChannel): void;
  emit(channel: EventChannel, payload: unknown): void;
  listenerCount(channel: EventChannel): number;
}

declare global {
  interface Window {
    __traycastTest?: TestBridgeControl;
  }
}

/**
 * Installs the bridge. Playwright serializes this function into the page, so it must not refer
 * to anything outside its own body.
 */
function installTestBridge(responses: ScriptedResponses): void {
  const scripted = new Map<string, unknown>(Object.entries(responses));
  const failures = new Map<string, string>();
  const invocations: RecordedInvocation[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const heldChannels = new Set<string>();
  const heldInvocations: { channel: string; resolve: () => void }[] = [];

  // Copies cross the bridge in both directions, as Electron's structured clone would make them.
  const answer = (channel: string): unknown => structuredClone(scripted.get(channel));

  const control: TestBridgeControl = {
    invocations,
    setResponse(channel, response) {
      scripted.set(channel, response);
    },
    setFailure(channel, message) {
      failures.set(channel, message);
    },
    hold(channel) {
      heldChannels.add(channel);
    },
    release(channel) {
      heldChannels.delete(channel);
      for (const held of heldInvocations.filter((entry) => entry.channel === channel)) {
        heldInvocations.splice(heldInvocations.indexOf(held), 1);
        held.resolve();
      }
    },
    emit(channel, payload) {
      for (const listener of listeners.get(channel) ?? []) {
        listener(structuredClone(payload));
      }
    },
    listenerCount(channel) {
      return listeners.get(channel)?.size ?? 0;
    },
  };

  const bridge = {
    invoke(channel: InvokeChannel, ...request: unknown[]): Promise<unknown> {
      invocations.push({
        channel,
        request: request.length > 0 ? structuredClone(request[0]) : undefined,
      });
      const failure = failures.get(channel);
      if (failure !== undefined) {
        return Promise.reject(new Error(failure));
      }
      if (!heldChannels.has(channel)) {
        return Promise.resolve(answer(channel));
      }
      return new Promise((resolve) => {
        heldInvocations.push({ channel, resolve: () => resolve(answer(channel)) });
      });
    },
    on(channel: EventChannel, listener: (payload: unknown) => void): () => void {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => {
        set.delete(listener);
      };
    },
  };

  Object.defineProperty(window, 'traycast', { value: Object.freeze(bridge) });
  Object.defineProperty(window, '__traycastTest', { value: control });
}

/** Injects the test bridge into every document the page loads from now on. */
export async function installBridge(page: Page, responses: ScriptedResponses): Promise<void> {
  await page.addInitScript(installTestBridge, responses);
}

export async function recordedInvocations(page: Page): Promise<RecordedInvocation[]> {
  return page.evaluate(() => {
    const control = window.__traycastTest;
    if (!control) {
      throw new Error('The test bridge is not installed in this page');
    }
    return control.invocations;
  });
}

/** Returns the requests of every invocation of one channel, in order. */
export async function requestsTo(page: Page, channel: InvokeChannel): Promise<unknown[]> {
  const invocations = await recordedInvocations(page);
  return invocations.filter((entry) => entry.channel === channel).map((entry) => entry.request);
}

export async function setResponse<C extends InvokeChannel>(
  page: Page,
  channel: C,
  response: InvokeResponse<C>,
): Promise<void> {
  await page.evaluate(([name, value]) => window.__traycastTest?.setResponse(name, value), [
    channel,
    response,
  ] as const);
}

export async function failInvocations(
  page: Page,
  channel: InvokeChannel,
  message: string,
): Promise<void> {
  await page.evaluate(([name, text]) => window.__traycastTest?.setFailure(name, text), [
    channel,
    message,
  ] as const);
}

export async function holdResponses(page: Page, channel: InvokeChannel): Promise<void> {
  await page.evaluate((name) => window.__traycastTest?.hold(name), channel);
}

export async function releaseResponses(page: Page, channel: InvokeChannel): Promise<void> {
  await page.evaluate((name) => window.__traycastTest?.release(name), channel);
}

/** Sends an event as main would, to every listener the page registered. */
export async function emitEvent<C extends EventChannel>(
  page: Page,
  channel: C,
  payload: EventChannels[C],
): Promise<void> {
  await page.evaluate(([name, value]) => window.__traycastTest?.emit(name, value), [
    channel,
    payload,
  ] as const);
}

export async function listenerCount(page: Page, channel: EventChannel): Promise<number> {
  return page.evaluate((name) => window.__traycastTest?.listenerCount(name) ?? 0, channel);
}
