/**
 * The settings file, kept by electron-store in Electron's userData folder. A damaged file is
 * recovered before electron-store opens it, and a store that still cannot open falls back to
 * settings in memory, so the app starts either way.
 */

import { join } from 'node:path';
import Store from 'electron-store';
import type { Logger } from '../app/logger.ts';
import { recoverSettingsFile } from '../app/settings-file.ts';
import { settingsJsonSchema } from '../app/settings-json-schema.ts';
import type { SettingsStorage, StoredSettings } from '../app/settings-repository.ts';
import { defaultSettings } from '../app/settings-schema.ts';
import type { Settings } from '../common/settings.ts';

export const settingsFileName = 'settings';

export interface OpenedSettings {
  storage: SettingsStorage;
  recoveryNotice: string | null;
}

/** Settings kept in memory only, starting from the values that could be read from the file. */
function memoryStorage(initial: Record<string, unknown> | null): SettingsStorage {
  let stored: unknown = initial ?? {};
  return {
    read: () => stored,
    write: (value) => {
      stored = structuredClone(value);
    },
  };
}

/**
 * Opens the settings file. `firstRunDefaults` override the built-in defaults for a file that does
 * not exist yet, such as units that follow the system locale.
 */
export function openSettingsStore(
  userDataDirectory: string,
  logger: Logger,
  firstRunDefaults: Partial<Settings> = {},
): OpenedSettings {
  const filePath = join(userDataDirectory, `${settingsFileName}.json`);
  const recovery = recoverSettingsFile(filePath, { logger });
  if (!recovery.writable) {
    return { storage: memoryStorage(recovery.content), recoveryNotice: recovery.notice };
  }

  try {
    const store = new Store<StoredSettings>({
      name: settingsFileName,
      cwd: userDataDirectory,
      schema: settingsJsonSchema,
      defaults: {
        ...defaultSettings,
        ...firstRunDefaults,
        apiKeyCiphertext: null,
        basicTextStorageAccepted: false,
      },
      // Recovery above already copied a damaged file aside. Clearing here would lose it.
      clearInvalidConfig: false,
    });
    return {
      storage: {
        read: () => store.store,
        write: (value) => {
          store.store = value;
        },
      },
      recoveryNotice: recovery.notice,
    };
  } catch (error) {
    logger.error(`Failed to open the settings file ${filePath}; using settings in memory`, error);
    return {
      storage: memoryStorage(recovery.content),
      recoveryNotice:
        recovery.notice ??
        `The settings file ${filePath} could not be opened, so changes in this session are not saved.`,
    };
  }
}
