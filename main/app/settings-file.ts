/**
 * Recovery of a settings file that cannot be read. The damaged file is copied aside before the
 * app starts from defaults, so the user's old values are never silently lost.
 */

import { copyFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Logger } from './logger.ts';
import { settingsFromStored } from './settings-schema.ts';

export interface SettingsFileRecovery {
  /** Message for the settings window, or null when the file was fine or absent. */
  notice: string | null;
  /** Path of the copy of the damaged file, or null when nothing was copied. */
  copiedTo: string | null;
  /** False when the damaged file could not be moved aside, so it must not be written over. */
  writable: boolean;
  /**
   * The file's values with invalid ones reset, or null when it is absent or unreadable. The app
   * keeps them in memory when the file cannot be written.
   */
  content: Record<string, unknown> | null;
}

/** Builds the name of the copy, such as `settings.corrupt-2026-01-02T10-42-00-000Z.json`. */
export function corruptCopyPath(filePath: string, now: Date): string {
  const extension = extname(filePath);
  const stem = basename(filePath, extension);
  const timestamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(filePath), `${stem}.corrupt-${timestamp}${extension || '.json'}`);
}

interface FieldRule {
  isValid(value: unknown): boolean;
  /** The value that replaces an invalid one. */
  reset: unknown;
}

/**
 * Rules for the fields that the file stores next to the settings. electron-store rejects the
 * whole file when one of them has the wrong type, so recovery repairs them too.
 */
const keyFieldRules: Readonly<Record<string, FieldRule>> = {
  apiKeyCiphertext: {
    isValid: (value) => value === null || typeof value === 'string',
    reset: null,
  },
  basicTextStorageAccepted: { isValid: (value) => typeof value === 'boolean', reset: false },
};

type Inspection =
  | { state: 'absent' }
  | { state: 'readable'; invalidFields: string[]; sanitized: Record<string, unknown> }
  | { state: 'corrupt'; reason: string };

/** Reads the settings file and reports whether it is absent, usable, or corrupt. */
function inspect(filePath: string): Inspection {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { state: 'absent' };
    }
    throw error;
  }

  if (text.trim() === '') {
    return { state: 'corrupt', reason: 'the file is empty' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { state: 'corrupt', reason: 'the file is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { state: 'corrupt', reason: 'the file does not contain a JSON object' };
  }

  const record = parsed as Record<string, unknown>;
  const { settings, resetFields } = settingsFromStored(record);
  // A field that is missing, as after an update adds a setting, is not damage.
  const invalidFields = resetFields.filter((field) => field in record);
  const sanitized: Record<string, unknown> = { ...record, ...settings };
  for (const [field, rule] of Object.entries(keyFieldRules)) {
    if (field in record && !rule.isValid(record[field])) {
      invalidFields.push(field);
      sanitized[field] = rule.reset;
    }
  }
  return { state: 'readable', invalidFields, sanitized };
}

function copyAside(filePath: string, now: Date, logger: Logger): string | null {
  const copyPath = corruptCopyPath(filePath, now);
  try {
    copyFileSync(filePath, copyPath);
    return copyPath;
  } catch (error) {
    logger.error(`Failed to copy the damaged settings file ${filePath} to ${copyPath}`, error);
    return null;
  }
}

/**
 * Checks the settings file before the store opens it. A file that is empty or not JSON is copied
 * aside and removed, and a file with invalid values is copied aside and rewritten with defaults
 * for those values. Never throws.
 */
export function recoverSettingsFile(
  filePath: string,
  options: { now?: Date; logger: Logger },
): SettingsFileRecovery {
  const now = options.now ?? new Date();
  const { logger } = options;

  let inspection: Inspection;
  try {
    inspection = inspect(filePath);
  } catch (error) {
    logger.error(`Failed to read the settings file ${filePath}`, error);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      notice:
        `The settings file ${filePath} could not be read (${reason}), so Traycast uses default ` +
        'settings, and changes in this session are not saved.',
      copiedTo: null,
      writable: false,
      content: null,
    };
  }

  if (inspection.state === 'absent') {
    return { notice: null, copiedTo: null, writable: true, content: null };
  }
  const content = inspection.state === 'readable' ? inspection.sanitized : null;
  if (inspection.state === 'readable' && inspection.invalidFields.length === 0) {
    return { notice: null, copiedTo: null, writable: true, content };
  }

  const copiedTo = copyAside(filePath, now, logger);
  if (copiedTo === null) {
    const uses =
      inspection.state === 'readable'
        ? `defaults for ${inspection.invalidFields.join(', ')}`
        : 'default settings';
    return {
      notice:
        `The settings file is damaged and could not be copied aside, so Traycast uses ${uses}, ` +
        `and changes in this session are not saved. The file is at ${filePath}.`,
      copiedTo: null,
      writable: false,
      content,
    };
  }

  try {
    if (inspection.state === 'corrupt') {
      logger.warn(
        `Settings file ${filePath} is damaged (${inspection.reason}); copied to ${copiedTo}`,
      );
      unlinkSync(filePath);
      return {
        notice:
          `The settings file could not be read because ${inspection.reason}, so Traycast ` +
          `started with default settings. The old file was kept as ${basename(copiedTo)}.`,
        copiedTo,
        writable: true,
        content: null,
      };
    }

    const fields = inspection.invalidFields.join(', ');
    logger.warn(
      `Settings file ${filePath} has invalid values for ${fields}; copied to ${copiedTo}`,
    );
    writeFileSync(filePath, JSON.stringify(inspection.sanitized, null, '\t'));
    return {
      notice:
        `Some settings had invalid values (${fields}) and were reset to their defaults. ` +
        `The old file was kept as ${basename(copiedTo)}.`,
      copiedTo,
      writable: true,
      content,
    };
  } catch (error) {
    logger.error(`Failed to replace the damaged settings file ${filePath}`, error);
    return {
      notice: `The settings file is damaged, so Traycast uses default settings. A copy is at ${copiedTo}.`,
      copiedTo,
      writable: false,
      content,
    };
  }
}
