/**
 * Derives the panel's status message about the data: a banner above a stale reading, or a
 * message in place of the reading when there is none. Each failure gets the action that helps.
 */

import type { AppState } from '../../main/common/ipc-contract.ts';
import type { WeatherFailure } from '../../main/core/errors.ts';
import { providerNames } from '../../main/core/provider-names.ts';
import type { PanelFormat } from './panel-format.ts';

export type StatusAction = 'refresh' | 'open-settings';

export interface StatusMessage {
  tone: 'info' | 'warning' | 'error';
  icon: 'offline' | 'warning' | 'key' | 'location' | 'clock';
  /** A short line, such as "Offline, last updated 10:42". */
  title: string;
  /** More detail for the message that replaces the reading. */
  detail: string | null;
  action: StatusAction | null;
}

export const actionLabels: Record<StatusAction, string> = {
  refresh: 'Try again',
  'open-settings': 'Open Settings',
};

export type StatusView =
  | { kind: 'none' }
  | { kind: 'loading' }
  /** A reading is shown, and this banner explains why it may be out of date. */
  | { kind: 'banner'; message: StatusMessage }
  /** No reading exists, so this message takes its place. */
  | { kind: 'blocking'; message: StatusMessage };

const newKeyNote = 'New OpenWeatherMap keys can take up to two hours to activate.';

function providerName(failure: WeatherFailure): string {
  return failure.provider ? providerNames[failure.provider] : 'The weather service';
}

/** Says when the next attempt is: at a time of day when a reading gives the location's offset. */
function retryText(
  state: AppState,
  failure: WeatherFailure,
  format: PanelFormat,
  nowMs: number,
): string {
  if (state.nextRefreshAt && state.report) {
    const offset = state.report.location.utcOffsetSeconds;
    return `Retrying at ${format.time(state.nextRefreshAt, offset)}`;
  }
  const waitMs = state.nextRefreshAt
    ? Date.parse(state.nextRefreshAt) - nowMs
    : failure.retryAfterMs;
  if (waitMs !== null && waitMs > 0) {
    return `Retrying ${format.inFuture(waitMs)}`;
  }
  return 'Retrying soon';
}

function describeFailure(
  state: AppState,
  failure: WeatherFailure,
  format: PanelFormat,
  nowMs: number,
): Omit<StatusMessage, 'tone'> {
  const provider = providerName(failure);
  switch (failure.kind) {
    case 'invalid-api-key':
      return {
        title: 'Invalid API key',
        detail:
          failure.provider === 'openweathermap'
            ? `${failure.message} ${newKeyNote}`
            : failure.message,
        action: 'open-settings',
        icon: 'key',
      };
    case 'location-not-found':
      return {
        title: 'Location not found',
        detail: `${failure.message} Choose another place in Settings.`,
        action: 'open-settings',
        icon: 'location',
      };
    case 'rate-limited':
      return {
        title: `Rate limited by ${provider}. ${retryText(state, failure, format, nowMs)}`,
        detail: `${provider} asked for fewer requests, so Traycast waits before the next one.`,
        action: null,
        icon: 'clock',
      };
    case 'network-unreachable':
      return {
        title: 'Offline',
        detail: 'Traycast refreshes as soon as the connection is back.',
        action: 'refresh',
        icon: 'offline',
      };
    case 'timed-out':
      return {
        title: `${provider} did not respond in time`,
        detail: failure.message,
        action: 'refresh',
        icon: 'warning',
      };
    case 'provider-error':
    case 'invalid-response':
      return {
        title: `${provider} had a problem`,
        detail: failure.message,
        action: 'refresh',
        icon: 'warning',
      };
    case 'unknown':
      return {
        title: 'Update failed',
        detail: failure.message,
        action: 'refresh',
        icon: 'warning',
      };
  }
}

export function describeStatus(state: AppState, format: PanelFormat, nowMs: number): StatusView {
  const offline = state.offline || state.failure?.kind === 'network-unreachable';
  const failure: WeatherFailure | null =
    state.failure ??
    (offline
      ? { kind: 'network-unreachable', provider: null, message: '', retryAfterMs: null }
      : null);

  if (failure === null) {
    return state.report === null ? { kind: 'loading' } : { kind: 'none' };
  }

  const described = describeFailure(state, failure, format, nowMs);
  const icon = offline ? 'offline' : described.icon;

  if (state.report === null) {
    return {
      kind: 'blocking',
      message: { tone: 'error', ...described, icon },
    };
  }

  const offset = state.report.location.utcOffsetSeconds;
  const updatedAt = format.time(state.lastSuccessAt ?? state.report.fetchedAt, offset);
  const title =
    failure.kind === 'rate-limited'
      ? described.title
      : `${offline ? 'Offline' : described.title}, last updated ${updatedAt}`;
  return {
    kind: 'banner',
    message: {
      tone: offline ? 'info' : 'warning',
      icon,
      title,
      detail: described.detail,
      action: described.action,
    },
  };
}
