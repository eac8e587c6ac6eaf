/**
 * The user's settings and API key: loading, validation, saving and the view a renderer gets. The
 * key is encrypted through the platform's secret storage and never leaves the main process.
 */

import type { SaveSettingsResult } from '../common/ipc-contract.ts';
import type { KeyStorage, Settings, SettingsUpdate, SettingsView } from '../common/settings.ts';
import type { Logger } from './logger.ts';
import {
  type FieldErrors,
  settingsFromStored,
  validateSettings,
  validateSettingsUpdate,
} from './settings-schema.ts';

/** The part of Electron's `safeStorage` that the repository uses. */
export interface KeyEncryption {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: the secret store in use, `basic_text` when it is a fixed, built-in key. */
  getSelectedStorageBackend?(): string;
  /** Linux only: allows encryption with the fixed key of the `basic_text` backend. */
  setUsePlainTextEncryption?(usePlainText: boolean): void;
}

/** The settings file's content: the settings plus the encrypted key. */
export interface StoredSettings extends Settings {
  /** The API key encrypted by `KeyEncryption`, base64-encoded, or null when none is set. */
  apiKeyCiphertext: string | null;
  basicTextStorageAccepted: boolean;
}

/** Storage of the settings file's content: electron-store in the app, an object in tests. */
export interface SettingsStorage {
  read(): unknown;
  write(stored: StoredSettings): void;
}

export type SettingsChange = keyof Settings | 'apiKey';

export type SaveOutcome =
  | { ok: true; view: SettingsView; changed: SettingsChange[] }
  | { ok: false; fieldErrors: FieldErrors };

export interface SettingsRepositoryOptions {
  storage: SettingsStorage;
  encryption: KeyEncryption;
  platform: NodeJS.Platform;
  logger: Logger;
  /** Message about a settings file that was set aside at start, shown in the settings window. */
  recoveryNotice?: string | null;
}

const basicTextWarning =
  'No system keyring was found, so the key can only be stored with a fixed key that other ' +
  'programs can read. Agree to that to store it, or leave the key empty.';

export class SettingsRepository {
  private readonly storage: SettingsStorage;
  private readonly encryption: KeyEncryption;
  private readonly platform: NodeJS.Platform;
  private readonly logger: Logger;
  private recoveryNotice: string | null;

  private current: Settings;
  private apiKeyCiphertext: string | null = null;
  private apiKeyPlain: string | null = null;
  private basicTextAccepted = false;

  constructor(options: SettingsRepositoryOptions) {
    this.storage = options.storage;
    this.encryption = options.encryption;
    this.platform = options.platform;
    this.logger = options.logger;
    this.recoveryNotice = options.recoveryNotice ?? null;
    this.current = this.load();
  }

  get settings(): Settings {
    return this.current;
  }

  /** The decrypted key, for requests made in the main process only. */
  get apiKey(): string | null {
    return this.apiKeyPlain;
  }

  /** Returns how the key is protected on this system, from the secret storage's report. */
  keyStorage(): KeyStorage {
    if (this.platform === 'linux') {
      const backend = this.encryption.getSelectedStorageBackend?.();
      if (backend === 'basic_text') {
        return 'basic-text';
      }
    }
    return this.encryption.isEncryptionAvailable() ? 'os-encryption' : 'unavailable';
  }

  /** Returns the settings as a renderer may see them: the key only as set or not, and its end. */
  view(): SettingsView {
    const key = this.apiKeyPlain;
    return {
      ...this.current,
      location: { ...this.current.location },
      apiKeySet: key !== null || this.apiKeyCiphertext !== null,
      apiKeyLastFour: key !== null && key.length >= 8 ? key.slice(-4) : null,
      keyStorage: this.keyStorage(),
      basicTextStorageAccepted: this.basicTextAccepted,
      recoveryNotice: this.recoveryNotice,
    };
  }

  /**
   * Validates and stores a save request from the settings window. Never throws: invalid input and
   * a failed write come back as field errors.
   */
  save(request: unknown): SaveOutcome {
    try {
      return this.trySave(request);
    } catch (error) {
      this.logger.error('Failed to save the settings', error);
      return { ok: false, fieldErrors: { form: 'The settings could not be saved.' } };
    }
  }

  private trySave(request: unknown): SaveOutcome {
    const checked = validateSettingsUpdate(request);
    if (!checked.ok) {
      return checked;
    }
    const update: SettingsUpdate = checked.update;
    const { apiKey, acceptBasicTextStorage, ...settingsPart } = update;

    const merged = validateSettings({ ...this.current, ...settingsPart });
    if (!merged.ok) {
      return merged;
    }

    const basicTextAccepted = this.basicTextAccepted || acceptBasicTextStorage === true;
    let ciphertext = this.apiKeyCiphertext;
    let plain = this.apiKeyPlain;
    // An empty key field means no key. A key that no longer decrypts can still be removed.
    const requestedKey = apiKey === undefined ? undefined : apiKey || null;
    const keyChanged =
      requestedKey !== undefined &&
      (requestedKey !== this.apiKeyPlain ||
        (requestedKey === null && this.apiKeyCiphertext !== null));
    if (requestedKey !== undefined && keyChanged) {
      const encrypted = this.encryptKey(requestedKey, basicTextAccepted);
      if (!encrypted.ok) {
        return { ok: false, fieldErrors: { apiKey: encrypted.message } };
      }
      ciphertext = encrypted.ciphertext;
      plain = requestedKey;
    }

    const stored: StoredSettings = {
      ...merged.settings,
      apiKeyCiphertext: ciphertext,
      basicTextStorageAccepted: basicTextAccepted,
    };
    try {
      this.storage.write(stored);
    } catch (error) {
      this.logger.error('Failed to write the settings file', error);
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        fieldErrors: { form: `The settings could not be saved: ${reason}` },
      };
    }

    const changed = changedFields(this.current, merged.settings);
    if (keyChanged) {
      changed.push('apiKey');
    }
    this.current = merged.settings;
    this.apiKeyCiphertext = ciphertext;
    this.apiKeyPlain = plain;
    this.basicTextAccepted = basicTextAccepted;
    // The user has seen the recovery message in the window they saved from.
    this.recoveryNotice = null;
    this.logger.info(`Settings saved; changed: ${changed.join(', ') || 'nothing'}`);
    return { ok: true, view: this.view(), changed };
  }

  /** Converts a save outcome into the IPC result. */
  static toResult(outcome: SaveOutcome): SaveSettingsResult {
    if (outcome.ok) {
      return { ok: true, settings: outcome.view };
    }
    return { ok: false, fieldErrors: outcome.fieldErrors };
  }

  private load(): Settings {
    let stored: unknown;
    try {
      stored = this.storage.read();
    } catch (error) {
      this.logger.error('Failed to read the settings; using defaults', error);
      stored = {};
    }

    const { settings, resetFields } = settingsFromStored(stored);
    const present = resetFields.filter(
      (field) => typeof stored === 'object' && stored !== null && field in stored,
    );
    if (present.length > 0) {
      this.logger.warn(
        `Settings with invalid values were reset to defaults: ${present.join(', ')}`,
      );
    }

    const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
      Record<keyof StoredSettings, unknown>
    >;
    this.basicTextAccepted = record.basicTextStorageAccepted === true;
    const ciphertext = record.apiKeyCiphertext;
    if (typeof ciphertext === 'string' && ciphertext !== '') {
      this.apiKeyCiphertext = ciphertext;
      this.apiKeyPlain = this.decryptKey(ciphertext);
    }
    return settings;
  }

  private decryptKey(ciphertext: string): string | null {
    try {
      if (this.keyStorage() === 'basic-text') {
        this.encryption.setUsePlainTextEncryption?.(true);
      }
      return this.encryption.decryptString(Buffer.from(ciphertext, 'base64'));
    } catch (error) {
      // The key stays stored, so it works again if the keyring comes back.
      this.logger.warn('Failed to decrypt the stored API key; it must be entered again', error);
      const keyNotice =
        'The stored API key could not be decrypted, which happens after the system keyring ' +
        'changes. Paste the key again and save.';
      this.recoveryNotice = this.recoveryNotice ? `${this.recoveryNotice} ${keyNotice}` : keyNotice;
      return null;
    }
  }

  private encryptKey(
    key: string | null,
    basicTextAccepted: boolean,
  ): { ok: true; ciphertext: string | null } | { ok: false; message: string } {
    if (key === null) {
      return { ok: true, ciphertext: null };
    }

    const storage = this.keyStorage();
    if (storage === 'basic-text') {
      if (!basicTextAccepted) {
        return { ok: false, message: basicTextWarning };
      }
      this.encryption.setUsePlainTextEncryption?.(true);
    } else if (storage === 'unavailable') {
      return {
        ok: false,
        message:
          'This system offers no encryption for stored secrets, so the key cannot be saved. ' +
          'Open-Meteo works without a key.',
      };
    }

    try {
      return { ok: true, ciphertext: this.encryption.encryptString(key).toString('base64') };
    } catch (error) {
      this.logger.error('Failed to encrypt the API key', error);
      return { ok: false, message: 'The key could not be encrypted, so it was not saved.' };
    }
  }
}

function changedFields(before: Settings, after: Settings): SettingsChange[] {
  const changed: SettingsChange[] = [];
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed;
}
