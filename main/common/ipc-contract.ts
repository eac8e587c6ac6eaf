/**
 * The one table of IPC channels shared by main, preload and renderer. Renaming a channel or
 * changing a payload here makes every mismatched caller a type error.
 */

import type { WeatherFailure } from '../core/errors.ts';
import type { Place, ProviderId, WeatherReport } from '../core/model.ts';
import type { SettingsUpdate, SettingsView } from './settings.ts';

export type RefreshStatus = 'loading' | 'ok' | 'stale' | 'error';

/** State of the weather shown by the tray, the panel and the tooltip, derived in main after each refresh. */
export interface AppState {
  status: RefreshStatus;
  /** The last good report, possibly from a previous run of the app. */
  report: WeatherReport | null;
  /** When the last good report was received, as an ISO 8601 string in UTC. */
  lastSuccessAt: string | null;
  /** The failure of the last refresh, or null when it succeeded. */
  failure: WeatherFailure | null;
  offline: boolean;
  refreshing: boolean;
  nextRefreshAt: string | null;
}

export type SaveSettingsResult =
  | { ok: true; settings: SettingsView }
  | { ok: false; fieldErrors: Record<string, string> };

export type TestKeyResult =
  | { ok: true; message: string }
  | { ok: false; kind: WeatherFailure['kind']; message: string };

export type SearchLocationsResult = { ok: true; places: Place[] } | { ok: false; message: string };

/** Channels that a renderer invokes and main handles, as `[request, response]`. */
export interface InvokeChannels {
  'weather:get-state': [request: void, response: AppState];
  'weather:refresh': [request: void, response: AppState];
  'settings:get': [request: void, response: SettingsView];
  'settings:save': [request: SettingsUpdate, response: SaveSettingsResult];
  'settings:test-key': [
    request: { provider: ProviderId; apiKey: string | null },
    response: TestKeyResult,
  ];
  'location:search': [
    request: { text: string; provider: ProviderId },
    response: SearchLocationsResult,
  ];
  'window:open-settings': [request: void, response: void];
  'window:close': [request: void, response: void];
  'link:open': [request: { url: string }, response: void];
}

/** Channels that main sends to renderers. */
export interface EventChannels {
  'weather:state-changed': AppState;
  'settings:changed': SettingsView;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;
export type InvokeRequest<C extends InvokeChannel> = InvokeChannels[C][0];
export type InvokeResponse<C extends InvokeChannel> = InvokeChannels[C][1];

export const invokeChannels = [
  'weather:get-state',
  'weather:refresh',
  'settings:get',
  'settings:save',
  'settings:test-key',
  'location:search',
  'window:open-settings',
  'window:close',
  'link:open',
] as const satisfies readonly InvokeChannel[];

export const eventChannels = [
  'weather:state-changed',
  'settings:changed',
] as const satisfies readonly EventChannel[];

/**
 * The API that the preload exposes on `window.traycast`. Renderers call only these functions and
 * never see `ipcRenderer` or an event object.
 */
export interface TraycastBridge {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...request: InvokeRequest<C> extends void ? [] : [InvokeRequest<C>]
  ): Promise<InvokeResponse<C>>;
  /** Subscribes to an event and returns a function that unsubscribes. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void;
}
