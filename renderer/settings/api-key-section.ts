/**
 * The API key part of the settings form: the masked field with its show toggle, what is stored
 * (only the last four characters ever reach this page), the warnings about weak or missing key
 * storage, and "Test key".
 */

import type { SettingsView } from '../../main/common/settings.ts';
import { getBridge } from '../common/bridge.ts';
import { byId, setText } from '../common/dom.ts';
import { createUiIcon } from '../icons/ui-icons.ts';
import { clearFieldError } from './field-errors.ts';

/** Explanation of OpenWeatherMap's 401 response to a key created recently. */
export const newKeyExplanation =
  'New OpenWeatherMap keys are rejected with error 401 until they are activated, which can take ' +
  'up to two hours. If you created this key recently, wait a while and test it again.';

export class ApiKeySection {
  private readonly section = byId('api-key-section');
  private readonly input = byId<HTMLInputElement>('api-key');
  private readonly toggle = byId<HTMLButtonElement>('api-key-toggle');
  private readonly status = byId('api-key-status');
  private readonly basicTextWarning = byId('basic-text-warning');
  private readonly acceptBasicText = byId<HTMLInputElement>('accept-basic-text');
  private readonly unavailableNotice = byId('key-storage-unavailable');
  private readonly testButton = byId<HTMLButtonElement>('test-key');
  private readonly removeButton = byId<HTMLButtonElement>('remove-key');
  private readonly testResult = byId('test-key-result');
  private view: SettingsView;
  private removeRequested = false;
  private testSequence = 0;

  constructor(view: SettingsView) {
    this.view = view;
    this.showKeyText(false);
    this.toggle.addEventListener('click', () => this.showKeyText(this.input.type === 'password'));
    this.input.addEventListener('input', () => {
      clearFieldError('apiKey');
      setText(this.testResult, '');
    });
    this.acceptBasicText.addEventListener('change', () =>
      clearFieldError('acceptBasicTextStorage'),
    );
    this.testButton.addEventListener('click', () => void this.testKey());
    this.removeButton.addEventListener('click', () => {
      this.removeRequested = true;
      this.render();
      this.input.focus();
    });
    this.acceptBasicText.checked = view.basicTextStorageAccepted;
    this.render();
  }

  get typedKey(): string {
    return this.input.value;
  }

  get removeStoredKey(): boolean {
    return this.removeRequested;
  }

  get basicTextAccepted(): boolean {
    return this.acceptBasicText.checked;
  }

  setVisible(visible: boolean): void {
    this.section.hidden = !visible;
  }

  /** Takes a newer settings view from main, such as after the key was saved elsewhere. */
  update(view: SettingsView): void {
    if (
      !this.acceptBasicText.matches(':focus') &&
      this.acceptBasicText.checked === this.view.basicTextStorageAccepted
    ) {
      this.acceptBasicText.checked = view.basicTextStorageAccepted;
    }
    this.view = view;
    this.render();
  }

  private showKeyText(visible: boolean): void {
    this.input.type = visible ? 'text' : 'password';
    this.toggle.setAttribute('aria-pressed', String(visible));
    this.toggle.setAttribute('aria-label', visible ? 'Hide key' : 'Show key');
    this.toggle.title = visible ? 'Hide key' : 'Show key';
    this.toggle.replaceChildren(createUiIcon(visible ? 'eye-off' : 'eye'));
  }

  private render(): void {
    const { apiKeySet, apiKeyLastFour, keyStorage } = this.view;
    const keyStored = apiKeySet && !this.removeRequested;

    if (keyStored) {
      setText(
        this.status,
        apiKeyLastFour
          ? `A key ending in …${apiKeyLastFour} is stored. Paste a new key to replace it.`
          : 'A key is stored. Paste a new key to replace it.',
      );
    } else if (apiKeySet) {
      setText(this.status, 'The stored key will be removed when you save.');
    } else {
      setText(this.status, 'No key is stored. Paste the key from your OpenWeatherMap account.');
    }
    this.input.placeholder = keyStored ? `•••• ${apiKeyLastFour ?? ''}`.trim() : 'API key';
    this.removeButton.hidden = !keyStored;

    this.basicTextWarning.hidden = keyStorage !== 'basic-text';
    this.unavailableNotice.hidden = keyStorage !== 'unavailable';
    this.input.disabled = keyStorage === 'unavailable';
    this.toggle.disabled = keyStorage === 'unavailable';
  }

  private async testKey(): Promise<void> {
    const typed = this.input.value.trim();
    if (typed === '' && !(this.view.apiKeySet && !this.removeRequested)) {
      this.showTestResult('error', 'Paste a key first, then test it.');
      this.input.focus();
      return;
    }

    this.testSequence += 1;
    const sequence = this.testSequence;
    this.testButton.disabled = true;
    this.testButton.textContent = 'Testing…';
    this.showTestResult('pending', typed === '' ? 'Testing the stored key…' : 'Testing the key…');

    try {
      const result = await getBridge().invoke('settings:test-key', {
        provider: 'openweathermap',
        apiKey: typed === '' ? null : typed,
      });
      if (sequence !== this.testSequence) {
        return;
      }
      if (result.ok) {
        this.showTestResult('success', result.message);
      } else if (result.kind === 'invalid-api-key') {
        this.showTestResult('error', `${result.message} ${newKeyExplanation}`);
      } else {
        this.showTestResult('error', result.message);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.showTestResult('error', `Testing the key failed: ${reason}`);
    } finally {
      if (sequence === this.testSequence) {
        this.testButton.disabled = false;
        this.testButton.textContent = 'Test key';
      }
    }
  }

  private showTestResult(tone: 'pending' | 'success' | 'error', message: string): void {
    this.testResult.dataset.tone = tone;
    setText(this.testResult, message);
  }
}
