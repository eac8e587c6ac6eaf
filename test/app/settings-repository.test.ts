import { describe, expect, it } from 'vitest';
import type { Logger } from '../../main/app/logger.ts';
import {
  SettingsRepository,
  type SettingsStorage,
  type StoredSettings,
} from '../../main/app/settings-repository.ts';
import { defaultSettings } from '../../main/app/settings-schema.ts';
import { FakeKeyEncryption } from '../support/fake-key-encryption.ts';

const apiKey = '0123456789abcdef0123456789abcdef';

class MemoryStorage implements SettingsStorage {
  stored: unknown;
  failWrites = false;

  constructor(stored: unknown = {}) {
    this.stored = stored;
  }

  read(): unknown {
    return this.stored;
  }

  write(stored: StoredSettings): void {
    if (this.failWrites) {
      throw new Error('EACCES: permission denied');
    }
    this.stored = structuredClone(stored);
  }
}

class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string, ...details: unknown[]) {
    this.lines.push(`info ${message} ${details.map(String).join(' ')}`);
  }
  warn(message: string, ...details: unknown[]) {
    this.lines.push(`warn ${message} ${details.map(String).join(' ')}`);
  }
  error(message: string, ...details: unknown[]) {
    this.lines.push(`error ${message} ${details.map(String).join(' ')}`);
  }
}

function createRepository(
  options: {
    storage?: MemoryStorage;
    encryption?: FakeKeyEncryption;
    platform?: NodeJS.Platform;
  } = {},
) {
  const storage = options.storage ?? new MemoryStorage();
  const encryption = options.encryption ?? new FakeKeyEncryption();
  const logger = new RecordingLogger();
  const repository = new SettingsRepository({
    storage,
    encryption,
    platform: options.platform ?? 'linux',
    logger,
  });
  return { repository, storage, encryption, logger };
}

describe('SettingsRepository', () => {
  it('starts from defaults with an empty store', () => {
    const { repository } = createRepository();

    expect(repository.settings).toEqual(defaultSettings);
    expect(repository.view().apiKeySet).toBe(false);
  });

  it('stores only the ciphertext of the key', () => {
    const { repository, storage } = createRepository();

    const outcome = repository.save({ apiKey, provider: 'openweathermap' });

    expect(outcome.ok).toBe(true);
    const stored = storage.stored as StoredSettings;
    expect(JSON.stringify(stored)).not.toContain(apiKey);
    expect(stored.apiKeyCiphertext).toEqual(expect.any(String));
    expect(repository.apiKey).toBe(apiKey);
  });

  it('shows a renderer only the last four characters', () => {
    const { repository } = createRepository();
    repository.save({ apiKey });

    const view = repository.view();

    expect(JSON.stringify(view)).not.toContain(apiKey);
    expect(view.apiKeySet).toBe(true);
    expect(view.apiKeyLastFour).toBe('cdef');
  });

  it('decrypts the stored key on the next start', () => {
    const { storage } = (() => {
      const first = createRepository();
      first.repository.save({ apiKey });
      return first;
    })();

    const { repository } = createRepository({ storage });

    expect(repository.apiKey).toBe(apiKey);
  });

  it('keeps the ciphertext when decryption fails', () => {
    const first = createRepository();
    first.repository.save({ apiKey });
    const encryption = new FakeKeyEncryption();
    encryption.failDecrypt = true;

    const { repository, logger } = createRepository({ storage: first.storage, encryption });

    expect(repository.apiKey).toBeNull();
    expect(repository.view().apiKeySet).toBe(true);
    expect(logger.lines.some((line) => line.includes('Failed to decrypt'))).toBe(true);
  });

  it('tells the user when the key no longer decrypts', () => {
    const first = createRepository();
    first.repository.save({ apiKey });
    const encryption = new FakeKeyEncryption();
    encryption.failDecrypt = true;

    const { repository } = createRepository({ storage: first.storage, encryption });

    expect(repository.view().recoveryNotice).toMatch(/API key could not be decrypted/);
  });

  it('removes the key when asked', () => {
    const { repository, storage } = createRepository();
    repository.save({ apiKey });

    const outcome = repository.save({ apiKey: null });

    expect(outcome.ok && outcome.changed).toEqual(['apiKey']);
    expect((storage.stored as StoredSettings).apiKeyCiphertext).toBeNull();
    expect(repository.view().apiKeySet).toBe(false);
  });

  it('asks for agreement before using basic_text storage', () => {
    const encryption = new FakeKeyEncryption({ backend: 'basic_text' });
    const { repository, storage } = createRepository({ encryption });

    expect(repository.view().keyStorage).toBe('basic-text');
    const refused = repository.save({ apiKey });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.fieldErrors.apiKey).toMatch(/fixed key/);
    expect((storage.stored as Partial<StoredSettings>).apiKeyCiphertext).toBeUndefined();

    const accepted = repository.save({ apiKey, acceptBasicTextStorage: true });
    expect(accepted.ok).toBe(true);
    expect(repository.view().basicTextStorageAccepted).toBe(true);
    expect(JSON.stringify(storage.stored)).not.toContain(apiKey);
  });

  it('ignores the basic_text backend on other platforms', () => {
    const encryption = new FakeKeyEncryption({ backend: 'basic_text' });
    encryption.plainTextAllowed = true;
    const { repository } = createRepository({ encryption, platform: 'darwin' });

    expect(repository.keyStorage()).toBe('os-encryption');
  });

  it('rejects a key when no encryption is available', () => {
    const encryption = new FakeKeyEncryption({ available: false });
    const { repository } = createRepository({ encryption });

    const outcome = repository.save({ apiKey, units: 'imperial' });

    expect(repository.view().keyStorage).toBe('unavailable');
    expect(!outcome.ok && outcome.fieldErrors.apiKey).toMatch(/no encryption/);
    expect(repository.settings.units).toBe('metric');
  });

  it('returns field errors for invalid values', () => {
    const { repository } = createRepository();

    const outcome = repository.save({ refreshIntervalMinutes: 2, openMeteoUrl: 'ftp://x' });

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.fieldErrors.refreshIntervalMinutes).toMatch(/at least 10/);
    expect(!outcome.ok && outcome.fieldErrors.openMeteoUrl).toBeDefined();
  });

  it('applies the OpenWeatherMap minimum interval', () => {
    const { repository } = createRepository();

    const outcome = repository.save({ provider: 'openweathermap', refreshIntervalMinutes: 5 });

    expect(!outcome.ok && outcome.fieldErrors.refreshIntervalMinutes).toMatch(/at least 10/);
  });

  it('reports which fields changed', () => {
    const { repository } = createRepository();

    const outcome = repository.save({ units: 'imperial', showTemperatureInTray: true });

    expect(outcome.ok && outcome.changed).toEqual(['units']);
  });

  it('returns an error instead of throwing when the write fails', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const { repository, logger } = createRepository({ storage });

    const outcome = repository.save({ units: 'imperial' });

    expect(!outcome.ok && outcome.fieldErrors.form).toMatch(/could not be saved.*EACCES/);
    expect(repository.settings.units).toBe('metric');
    expect(logger.lines.some((line) => line.startsWith('error Failed to write'))).toBe(true);
  });

  it('rejects unknown fields in a save request', () => {
    const { repository } = createRepository();

    const outcome = repository.save({ units: 'imperial', nodeIntegration: true });

    expect(outcome.ok).toBe(false);
  });

  it('keeps valid stored fields next to invalid ones', () => {
    const storage = new MemoryStorage({ ...defaultSettings, units: 'kelvin', launchAtLogin: true });

    const { repository, logger } = createRepository({ storage });

    expect(repository.settings.units).toBe('metric');
    expect(repository.settings.launchAtLogin).toBe(true);
    expect(logger.lines.some((line) => line.includes('units'))).toBe(true);
  });

  it('never logs the key', () => {
    const { repository, logger } = createRepository();
    repository.save({ apiKey, provider: 'openweathermap' });

    expect(logger.lines.join('\n')).not.toContain(apiKey);
  });
});
