/**
 * The app's weather logic behind the Electron adapters: settings, the refresh scheduler, the last
 * reading on disk and the state that the tray and panel show. Nothing here imports Electron.
 */

import type {
  AppState,
  InvokeRequest,
  SaveSettingsResult,
  SearchLocationsResult,
  TestKeyResult,
} from '../common/ipc-contract.ts';
import type { SettingsView } from '../common/settings.ts';
import { InvalidApiKeyError, LocationNotFoundError, toWeatherFailure } from '../core/errors.ts';
import { formatSummaryLine } from '../core/format/index.ts';
import type { ProviderId, WeatherReport } from '../core/model.ts';
import { providerNames } from '../core/provider-names.ts';
import {
  type BaseUrls,
  baseUrlVariables,
  createProvider,
  type ProviderOptions,
  validateBaseUrl,
  type WeatherProvider,
} from '../core/providers/index.ts';
import { appVersion } from '../core/version.ts';
import { AppStateStore } from './app-state.ts';
import { FailureCounter, maskKey, redactSecrets } from './log-format.ts';
import type { Logger } from './logger.ts';
import { isReadingFor, type ReadingCache } from './reading-cache.ts';
import { RefreshScheduler, type SchedulerTimers, type StartOptions } from './refresh-scheduler.ts';
import { refreshIntervalMs } from './refresh-timing.ts';
import { type SettingsChange, SettingsRepository } from './settings-repository.ts';

export type SettingsSavedListener = (view: SettingsView, changed: SettingsChange[]) => void;

export interface TraycastControllerOptions {
  settings: SettingsRepository;
  cache: ReadingCache;
  logger: Logger;
  /** Environment whose OPEN_METEO_URL, OPEN_METEO_GEOCODING_URL and OPENWEATHER_URL win over settings. */
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof globalThis.fetch;
  isOnline?(): boolean;
  timers?: SchedulerTimers;
  random?(): number;
  createProvider?(id: ProviderId, options: ProviderOptions): WeatherProvider;
}

/** Changes after which the next request differs, so one new request is made. */
const changesThatRefresh: readonly SettingsChange[] = [
  'provider',
  'location',
  'units',
  'refreshIntervalMinutes',
  'openMeteoUrl',
  'openMeteoGeocodingUrl',
  'openWeatherUrl',
  'apiKey',
];

/** Failures in a row between two log lines about them. */
const failureLogEvery = 10;

export class TraycastController {
  readonly appState: AppStateStore;
  private readonly options: TraycastControllerOptions;
  private readonly settings: SettingsRepository;
  private readonly logger: Logger;
  private readonly scheduler: RefreshScheduler;
  private readonly failures = new FailureCounter(failureLogEvery);
  private readonly settingsListeners = new Set<SettingsSavedListener>();

  constructor(options: TraycastControllerOptions) {
    this.options = options;
    this.settings = options.settings;
    this.logger = options.logger;
    this.appState = new AppStateStore({
      now: options.timers ? () => options.timers?.now() ?? Date.now() : undefined,
      staleAfterMs: () => 2 * this.intervalMs(),
      redact: (text) => redactSecrets(text, [this.settings.apiKey]),
    });
    this.scheduler = new RefreshScheduler({
      fetchReport: (signal) => this.fetchReport(signal),
      intervalMs: () => this.intervalMs(),
      isOnline: options.isOnline,
      timers: options.timers,
      random: options.random,
      listener: {
        onRefreshStart: () => this.appState.refreshStarted(),
        onRefreshSuccess: (report) => this.handleSuccess(report),
        onRefreshFailure: (error, retryAt) => this.handleFailure(error, retryAt),
        onRefreshCancelled: () => this.appState.refreshCancelled(),
        onScheduleChange: (nextRefreshAt) => this.appState.scheduleChanged(nextRefreshAt),
        onAvailabilityChange: ({ suspended, offline }) => {
          this.logger.info(`Availability changed: suspended=${suspended} offline=${offline}`);
          this.appState.availabilityChanged({ offline });
        },
      },
    });
  }

  get state(): AppState {
    return this.appState.state;
  }

  /** Shows the last stored reading at once, then starts refreshing. */
  start(): void {
    const { settings } = this.settings;
    const startOptions: StartOptions = {};
    const cached = this.options.cache.read();
    if (cached && isReadingFor(cached, settings.location, settings.provider)) {
      this.appState.restore(cached.report, cached.receivedAt);
      startOptions.lastSuccessAt = Date.parse(cached.receivedAt);
      startOptions.updateIntervalSeconds = cached.report.updateIntervalSeconds;
    }

    this.logger.info(
      `Traycast ${appVersion} refreshing ${settings.location.name} from ${settings.provider} ` +
        `every ${settings.refreshIntervalMinutes} min, key ${maskKey(this.settings.apiKey)}` +
        (cached ? `, cached reading from ${cached.receivedAt}` : ''),
    );
    this.scheduler.start(startOptions);
  }

  stop(): void {
    this.scheduler.stop();
    this.logger.info('Refreshing stopped');
  }

  /** Refreshes now, or joins the refresh in flight, and returns the state afterwards. */
  async refreshNow(): Promise<AppState> {
    await this.scheduler.refreshNow();
    return this.state;
  }

  /** Resolves when no refresh is in flight. */
  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle();
  }

  suspend(): void {
    this.scheduler.suspend();
  }

  resume(): void {
    this.scheduler.resume();
  }

  setOnline(online: boolean): void {
    this.scheduler.setOnline(online);
  }

  settingsView(): SettingsView {
    return this.settings.view();
  }

  onSettingsSaved(listener: SettingsSavedListener): () => void {
    this.settingsListeners.add(listener);
    return () => {
      this.settingsListeners.delete(listener);
    };
  }

  /** Saves settings from the settings window and makes one refresh if the request changes. */
  saveSettings(request: unknown): SaveSettingsResult {
    const outcome = this.settings.save(request);
    if (!outcome.ok) {
      return SettingsRepository.toResult(outcome);
    }

    const { changed } = outcome;
    if (changed.includes('location') || changed.includes('provider')) {
      this.appState.clearReport();
    }
    if (changed.some((change) => changesThatRefresh.includes(change))) {
      this.scheduler.settingsChanged();
    }
    for (const listener of this.settingsListeners) {
      listener(outcome.view, changed);
    }
    return SettingsRepository.toResult(outcome);
  }

  /** Checks a key, or the stored one, with one weather request for the configured place. */
  async testKey(request: InvokeRequest<'settings:test-key'>): Promise<TestKeyResult> {
    const apiKey = request.apiKey || this.settings.apiKey;
    const name = providerNames[request.provider];
    const provider = this.provider(request.provider, apiKey);
    if (provider.requiresApiKey && !apiKey) {
      return { ok: false, kind: 'invalid-api-key', message: `Enter an API key for ${name} first.` };
    }

    try {
      const report = await provider.fetchWeather(this.weatherQuery());
      const keyNote = provider.requiresApiKey ? 'The key works' : `${name} needs no key`;
      return { ok: true, message: `${keyNote}: ${formatSummaryLine(report)}` };
    } catch (error) {
      const failure = toWeatherFailure(error);
      this.logger.warn(
        `Key test for ${request.provider} failed: ${failure.kind}: ` +
          redactSecrets(failure.message, [apiKey]),
      );
      if (error instanceof InvalidApiKeyError) {
        return {
          ok: false,
          kind: failure.kind,
          message:
            `${name} rejected the key (HTTP 401). A newly created key can take up to two ` +
            'hours to become active, so if you made it recently, try again later. Otherwise ' +
            'check that it was copied completely.',
        };
      }
      return { ok: false, kind: failure.kind, message: redactSecrets(failure.message, [apiKey]) };
    }
  }

  /** Finds places for the settings window's location search. */
  async searchLocations(request: InvokeRequest<'location:search'>): Promise<SearchLocationsResult> {
    // OpenWeatherMap's geocoder needs a key; Open-Meteo's works for every provider without one.
    const apiKey = this.settings.apiKey;
    const geocoder =
      request.provider === 'openweathermap' && apiKey
        ? this.provider('openweathermap', apiKey)
        : this.provider('open-meteo', null);

    try {
      const places = await geocoder.geocode({ text: request.text, limit: 8 });
      return { ok: true, places };
    } catch (error) {
      if (error instanceof LocationNotFoundError) {
        return { ok: true, places: [] };
      }
      const failure = toWeatherFailure(error);
      this.logger.warn(`Location search failed: ${failure.kind}: ${failure.message}`);
      return { ok: false, message: redactSecrets(failure.message, [apiKey]) };
    }
  }

  /** Returns the base URLs from settings, with any environment override taking precedence. */
  baseUrls(): BaseUrls {
    const { settings } = this.settings;
    const fromSettings: BaseUrls = {
      openMeteo: settings.openMeteoUrl,
      openMeteoGeocoding: settings.openMeteoGeocodingUrl,
      openWeather: settings.openWeatherUrl,
    };
    const env = this.options.env ?? {};
    const resolved = { ...fromSettings };
    for (const key of Object.keys(baseUrlVariables) as (keyof BaseUrls)[]) {
      const variable = baseUrlVariables[key];
      const value = env[variable]?.trim();
      if (!value) {
        continue;
      }
      try {
        resolved[key] = validateBaseUrl(value, variable);
      } catch (error) {
        this.logger.warn(`Ignoring ${variable}`, error);
      }
    }
    return resolved;
  }

  private intervalMs(): number {
    const { settings } = this.settings;
    return refreshIntervalMs(settings.provider, settings.refreshIntervalMinutes);
  }

  private provider(id: ProviderId, apiKey: string | null): WeatherProvider {
    const create = this.options.createProvider ?? createProvider;
    return create(id, {
      apiKey,
      baseUrls: this.baseUrls(),
      fetch: this.options.fetch,
      // The scheduler backs off on its own, so the client does not retry.
      retry: 0,
    });
  }

  private weatherQuery(signal?: AbortSignal) {
    const { location, units } = this.settings.settings;
    return {
      latitude: location.latitude,
      longitude: location.longitude,
      units,
      placeName: location.name,
      region: location.region,
      countryCode: location.countryCode,
      signal,
    };
  }

  private fetchReport(signal: AbortSignal): Promise<WeatherReport> {
    const { provider } = this.settings.settings;
    return this.provider(provider, this.settings.apiKey).fetchWeather(this.weatherQuery(signal));
  }

  private handleSuccess(report: WeatherReport): void {
    const { settings } = this.settings;
    this.appState.refreshSucceeded(report);
    const receivedAt = this.state.lastSuccessAt ?? new Date().toISOString();
    this.options.cache.write({ report, place: settings.location, receivedAt });

    const previousFailures = this.failures.recordSuccess();
    if (previousFailures > 0) {
      this.logger.info(
        `Refresh for ${settings.location.name} succeeded after ${previousFailures} failures`,
      );
    }
  }

  private handleFailure(error: unknown, retryAt: number | null): void {
    const failure = this.appState.refreshFailed(error);
    const decision = this.failures.recordFailure();
    if (!decision.shouldLog) {
      return;
    }

    const { settings } = this.settings;
    const retry =
      retryAt === null ? 'waiting for the network' : `retry at ${new Date(retryAt).toISOString()}`;
    const count = decision.count > 1 ? ` (${decision.count} failures in a row)` : '';
    this.logger.warn(
      `Refresh failed for ${settings.location.name} from ${settings.provider}: ` +
        `${failure.kind}: ${failure.message}; ${retry}${count}`,
    );
  }
}
