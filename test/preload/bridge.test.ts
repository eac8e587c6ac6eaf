import { describe, expect, it } from 'vitest';
import type { AppState } from '../../main/common/ipc-contract.ts';
import { createBridge, type IpcRendererLike } from '../../preload/bridge.ts';
import { loadingState } from '../renderer/support/reports.ts';

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * A recording fake of Electron's `ipcRenderer`, standing in for the Electron runtime that cannot
 * run in these tests. It records invocations and lets a test emit events with a sender attached.
 */
class RecordingIpcRenderer implements IpcRendererLike {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  readonly listeners = new Map<string, Set<Listener>>();

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve({ answeredChannel: channel });
  }

  on(channel: string, listener: Listener): this {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  emit(channel: string, payload: unknown): void {
    const event = { sender: { send: () => undefined }, ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) {
      listener(event, payload);
    }
  }
}

const state: AppState = loadingState;

describe('preload bridge', () => {
  it('forwards an allowed invoke with its request', async () => {
    const ipc = new RecordingIpcRenderer();
    const bridge = createBridge(ipc);

    const response = await bridge.invoke('link:open', { url: 'https://open-meteo.com/' });

    expect(response).toEqual({ answeredChannel: 'link:open' });
    expect(ipc.invocations).toEqual([
      { channel: 'link:open', args: [{ url: 'https://open-meteo.com/' }] },
    ]);
  });

  it('sends no argument for a void request', async () => {
    const ipc = new RecordingIpcRenderer();
    await createBridge(ipc).invoke('weather:refresh');

    expect(ipc.invocations).toEqual([{ channel: 'weather:refresh', args: [] }]);
  });

  it('drops arguments beyond the request', async () => {
    const ipc = new RecordingIpcRenderer();
    const invoke = createBridge(ipc).invoke as (...args: unknown[]) => Promise<unknown>;

    await invoke('location:search', { text: 'Oslo', provider: 'open-meteo' }, 'extra');

    expect(ipc.invocations[0]?.args).toEqual([{ text: 'Oslo', provider: 'open-meteo' }]);
  });

  it('rejects a channel outside the contract', async () => {
    const ipc = new RecordingIpcRenderer();
    const invoke = createBridge(ipc).invoke as (channel: string) => Promise<unknown>;

    await expect(invoke('fs:read')).rejects.toThrow('IPC channel not allowed: fs:read');
    expect(ipc.invocations).toEqual([]);
  });

  it('rejects an event channel outside the contract', () => {
    const ipc = new RecordingIpcRenderer();
    const on = createBridge(ipc).on as (channel: string, listener: () => void) => () => void;

    expect(() => on('ping', () => undefined)).toThrow('IPC event channel not allowed: ping');
    expect(ipc.listeners.size).toBe(0);
  });

  it('passes listeners the payload alone', () => {
    const ipc = new RecordingIpcRenderer();
    const received: unknown[][] = [];
    createBridge(ipc).on('weather:state-changed', (...args: unknown[]) => {
      received.push(args);
    });

    ipc.emit('weather:state-changed', state);

    expect(received).toEqual([[state]]);
  });

  it('unsubscribes once', () => {
    const ipc = new RecordingIpcRenderer();
    const received: AppState[] = [];
    const unsubscribe = createBridge(ipc).on('weather:state-changed', (payload) => {
      received.push(payload);
    });

    unsubscribe();
    unsubscribe();
    ipc.emit('weather:state-changed', state);

    expect(received).toEqual([]);
    expect(ipc.listeners.get('weather:state-changed')?.size).toBe(0);
  });
});
