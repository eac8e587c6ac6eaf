/**
 * The panel: the weather for the chosen place, shown from the AppState that main sends. It
 * requests the state on load and re-renders on every `weather:state-changed` event.
 */

import type { AppState } from '../../main/common/ipc-contract.ts';
import { getBridge } from '../common/bridge.ts';
import { byId, setText } from '../common/dom.ts';
import { createUiIcon } from '../icons/ui-icons.ts';
import { PanelFormat } from './panel-format.ts';
import { renderCurrent, renderPlace } from './render-current.ts';
import { renderDaily, renderHourly } from './render-forecast.ts';
import {
  type ActionHandler,
  renderBanner,
  renderBlocking,
  renderLoading,
} from './render-status.ts';
import { describeStatus } from './status-view.ts';

/** How often the "17 minutes ago" texts are brought up to date. */
const ageUpdateIntervalMs = 30_000;

const bridge = getBridge();
const format = new PanelFormat(navigator.language);
const content = byId('content');
const refreshButton = byId<HTMLButtonElement>('refresh');
const settingsButton = byId<HTMLButtonElement>('open-settings');
const attribution = byId<HTMLButtonElement>('attribution');
const nextRefresh = byId('next-refresh');

let currentState: AppState | null = null;

const handleAction: ActionHandler = (action) => {
  if (action === 'open-settings') {
    void bridge.invoke('window:open-settings');
  } else {
    void refresh();
  }
};

function renderFooter(state: AppState): void {
  const report = state.report;
  attribution.hidden = report === null;
  if (report !== null) {
    attribution.replaceChildren(report.attribution.text, createUiIcon('external'));
    attribution.title = report.attribution.url;
    attribution.onclick = () => void bridge.invoke('link:open', { url: report.attribution.url });
  }

  const showNext = report !== null && state.nextRefreshAt !== null && state.failure === null;
  setText(
    nextRefresh,
    showNext && state.nextRefreshAt
      ? `Next update ${format.time(state.nextRefreshAt, report.location.utcOffsetSeconds)}`
      : '',
  );
}

function render(state: AppState): void {
  currentState = state;
  const nowMs = Date.now();
  const focusedId = document.activeElement?.id ?? '';
  const status = describeStatus(state, format, nowMs);

  document.body.dataset.status = state.status;
  refreshButton.classList.toggle('is-refreshing', state.refreshing);
  refreshButton.setAttribute('aria-busy', String(state.refreshing));
  content.setAttribute('aria-busy', String(state.refreshing && state.report === null));

  renderPlace(state.report);
  renderBanner(status, handleAction);

  if (state.report !== null) {
    const sections = [
      renderCurrent(state.report, format, nowMs),
      renderHourly(state.report, format, nowMs),
      renderDaily(state.report, format, nowMs),
    ].filter((section) => section !== null);
    content.replaceChildren(...sections);
  } else if (status.kind === 'blocking') {
    content.replaceChildren(renderBlocking(status, handleAction));
  } else {
    content.replaceChildren(renderLoading());
  }
  renderFooter(state);

  // Re-rendering replaces the content, so focus returns to the element that had it.
  if (focusedId && document.activeElement === document.body) {
    document.getElementById(focusedId)?.focus();
  }
}

function updateAges(): void {
  const nowMs = Date.now();
  for (const age of document.querySelectorAll<HTMLElement>('[data-age-of]')) {
    const instant = age.dataset.ageOf;
    if (instant) {
      setText(age, format.age(instant, nowMs));
    }
  }
}

/** Renders a failure of the bridge itself, such as a main process that threw. */
function bridgeFailure(error: unknown): AppState {
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: currentState?.report ? 'stale' : 'error',
    report: currentState?.report ?? null,
    lastSuccessAt: currentState?.lastSuccessAt ?? null,
    failure: { kind: 'unknown', provider: null, message, retryAfterMs: null },
    offline: false,
    refreshing: false,
    nextRefreshAt: null,
  };
}

async function refresh(): Promise<void> {
  if (currentState) {
    render({ ...currentState, refreshing: true });
  }
  try {
    render(await bridge.invoke('weather:refresh'));
  } catch (error) {
    render(bridgeFailure(error));
  }
}

async function start(): Promise<void> {
  refreshButton.append(createUiIcon('refresh'));
  settingsButton.append(createUiIcon('settings'));
  refreshButton.addEventListener('click', () => void refresh());
  settingsButton.addEventListener('click', () => void bridge.invoke('window:open-settings'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void bridge.invoke('window:close');
    }
  });

  // An event that arrives while the first request is pending is newer than its response.
  let changedMeanwhile = false;
  bridge.on('weather:state-changed', (state) => {
    changedMeanwhile = true;
    render(state);
  });
  try {
    const initialState = await bridge.invoke('weather:get-state');
    if (!changedMeanwhile) {
      render(initialState);
    }
  } catch (error) {
    render(bridgeFailure(error));
  }
  setInterval(updateAges, ageUpdateIntervalMs);

  document.body.dataset.ready = 'true';
  performance.mark('traycast:panel-rendered');
}

void start();
