import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/app/logger.ts';
import { corruptCopyPath, recoverSettingsFile } from '../../main/app/settings-file.ts';
import { defaultSettings } from '../../main/app/settings-schema.ts';

let directory: string;
let filePath: string;
const now = new Date('2026-01-02T10:42:00.000Z');

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'traycast-settings-'));
  filePath = join(directory, 'settings.json');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('recoverSettingsFile', () => {
  it('leaves a missing file alone', () => {
    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery).toEqual({ notice: null, copiedTo: null, writable: true, content: null });
  });

  it('leaves a valid file alone', () => {
    writeFileSync(filePath, JSON.stringify(defaultSettings));

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.notice).toBeNull();
    expect(readdirSync(directory)).toEqual(['settings.json']);
  });

  it('copies an empty file aside and removes it', () => {
    writeFileSync(filePath, '');

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.copiedTo).toBe(
      join(directory, 'settings.corrupt-2026-01-02T10-42-00-000Z.json'),
    );
    expect(readdirSync(directory)).toEqual(['settings.corrupt-2026-01-02T10-42-00-000Z.json']);
    expect(recovery.notice).toMatch(/empty.*default settings.*settings\.corrupt-/);
    expect(recovery.writable).toBe(true);
  });

  it('keeps the bytes of truncated JSON in the copy', () => {
    const truncated = JSON.stringify(defaultSettings).slice(0, 40);
    writeFileSync(filePath, truncated);

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.notice).toMatch(/not valid JSON/);
    expect(readFileSync(recovery.copiedTo ?? '', 'utf8')).toBe(truncated);
  });

  it('rewrites invalid values and keeps the rest', () => {
    writeFileSync(
      filePath,
      JSON.stringify({ ...defaultSettings, units: 'kelvin', apiKeyCiphertext: 'abc' }),
    );

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });
    const rewritten = JSON.parse(readFileSync(filePath, 'utf8'));

    expect(recovery.notice).toMatch(/units/);
    expect(rewritten.units).toBe('metric');
    expect(rewritten.apiKeyCiphertext).toBe('abc');
    expect(readdirSync(directory)).toHaveLength(2);
  });

  it('resets key fields of the wrong type', () => {
    writeFileSync(
      filePath,
      JSON.stringify({ ...defaultSettings, apiKeyCiphertext: 42, basicTextStorageAccepted: 'yes' }),
    );

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });
    const rewritten = JSON.parse(readFileSync(filePath, 'utf8'));

    expect(recovery.notice).toMatch(/apiKeyCiphertext, basicTextStorageAccepted/);
    expect(rewritten.apiKeyCiphertext).toBeNull();
    expect(rewritten.basicTextStorageAccepted).toBe(false);
    expect(rewritten.location).toEqual(defaultSettings.location);
    expect(readdirSync(directory)).toHaveLength(2);
  });

  it('accepts a file that lacks a newer setting', () => {
    const { launchAtLogin: _, ...older } = defaultSettings;
    writeFileSync(filePath, JSON.stringify(older));

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.notice).toBeNull();
  });

  it('names the path when the file is a folder', () => {
    mkdirSync(filePath);

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.writable).toBe(false);
    expect(recovery.notice).toContain(filePath);
    expect(recovery.notice).toContain('EISDIR');
  });

  it('rejects a JSON array', () => {
    writeFileSync(filePath, '[1, 2]');

    const recovery = recoverSettingsFile(filePath, { now, logger: silentLogger });

    expect(recovery.notice).toMatch(/JSON object/);
  });
});

describe('corruptCopyPath', () => {
  it('keeps the folder and extension', () => {
    expect(corruptCopyPath('/data/settings.json', now)).toBe(
      '/data/settings.corrupt-2026-01-02T10-42-00-000Z.json',
    );
  });
});
