import type { SettingsView } from '../../main/common/settings.ts';
import type { Place, ProviderId, Units } from '../../main/core/model.ts';
import { getBridge } from '../common/bridge.ts';
import { byId, setText } from '../common/dom.ts';
import { ApiKeySection } from './api-key-section.ts';
import { clearAllErrors, clearFieldError, showErrors, showFieldError } from './field-errors.ts';
import {
  checkForm,
  type FormValues,
  formValuesFrom,
  parseRefreshInterval,
  refreshIntervalRange,
} from './form-model.ts';
import { LocationCombobox } from './location-combobox.ts';

const bridge = getBridge();
const form = byId<HTMLFormElement>('settings-form');
const unitsSelect = byId<HTMLSelectElement>('units');
const intervalInput = byId<HTMLInputElement>('refresh-interval');
const intervalHint = byId('refresh-interval-hint');
const showTemperature = byId<HTMLInputElement>('show-temperature');
const launchAtLogin = byId<HTMLInputElement>('launch-at-login');
const saveButton = byId<HTMLButtonElement>('save');
const cancelButton = byId<HTMLButtonElement>('cancel');
const recoveryNotice = byId('recovery-notice');

const intervalHints: Record<ProviderId, string> = {
  'open-meteo': 'Open-Meteo updates current conditions every 15 minutes.',
  openweathermap: 'OpenWeatherMap updates its data at most every 10 minutes.',
};

function providerInputs(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input[name="provider"]')];
}

function selectedProvider(): ProviderId {
  const checked = providerInputs().find((input) => input.checked);
  return checked?.value === 'openweathermap' ? 'openweathermap' : 'open-meteo';
}

async function start(): Promise<void> {
  let view: SettingsView = await bridge.invoke('settings:get');
  let chosenPlace: Place | null = view.location;
  let saving = false;

  const apiKey = new ApiKeySection(view);
  const location = new LocationCombobox({
    provider: selectedProvider,
    onChange: (place) => {
      chosenPlace = place;
      clearFieldError('location');
    },
  });

  function showProvider(provider: ProviderId): void {
    apiKey.setVisible(provider === 'openweathermap');
    const { min, max } = refreshIntervalRange(provider);
    intervalInput.min = String(min);
    intervalInput.max = String(max);
    setText(intervalHint, `From ${min} to ${max} minutes. ${intervalHints[provider]}`);
  }

  function fill(values: FormValues): void {
    for (const input of providerInputs()) {
      input.checked = input.value === values.provider;
    }
    location.setPlace(view.location);
    chosenPlace = values.location;
    unitsSelect.value = values.units;
    intervalInput.value = values.refreshIntervalText;
    showTemperature.checked = values.showTemperatureInTray;
    launchAtLogin.checked = values.launchAtLogin;
    showProvider(values.provider);
  }

  function readForm(): FormValues {
    return {
      provider: selectedProvider(),
      apiKeyInput: apiKey.typedKey,
      removeStoredKey: apiKey.removeStoredKey,
      acceptBasicTextStorage: apiKey.basicTextAccepted,
      location: chosenPlace,
      locationText: location.text,
      units: unitsSelect.value as Units,
      refreshIntervalText: intervalInput.value,
      showTemperatureInTray: showTemperature.checked,
      launchAtLogin: launchAtLogin.checked,
    };
  }

  function showRecoveryNotice(notice: string | null): void {
    recoveryNotice.hidden = notice === null;
    setText(recoveryNotice, notice ?? '');
  }

  async function closeWindow(): Promise<void> {
    await bridge.invoke('window:close');
  }

  async function save(): Promise<void> {
    if (saving) {
      return;
    }
    clearAllErrors();
    const check = checkForm(readForm(), view);
    if (!check.ok) {
      showErrors(check.fieldErrors);
      return;
    }
    if (Object.keys(check.update).length === 0) {
      await closeWindow();
      return;
    }

    saving = true;
    saveButton.disabled = true;
    saveButton.textContent = 'Saving…';
    try {
      const result = await bridge.invoke('settings:save', check.update);
      if (result.ok) {
        view = result.settings;
        await closeWindow();
        return;
      }
      showErrors(result.fieldErrors);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      showErrors({ form: `Saving the settings failed: ${reason}` });
    } finally {
      saving = false;
      saveButton.disabled = false;
      saveButton.textContent = 'Save';
    }
  }

  fill(formValuesFrom(view));
  showRecoveryNotice(view.recoveryNotice);

  for (const input of providerInputs()) {
    input.addEventListener('change', () => {
      clearFieldError('provider');
      clearFieldError('apiKey');
      clearFieldError('refreshIntervalMinutes');
      showProvider(selectedProvider());
    });
  }
  unitsSelect.addEventListener('change', () => clearFieldError('units'));
  intervalInput.addEventListener('input', () => clearFieldError('refreshIntervalMinutes'));
  intervalInput.addEventListener('change', () => {
    const interval = parseRefreshInterval(intervalInput.value, selectedProvider());
    if ('error' in interval) {
      showFieldError('refreshIntervalMinutes', interval.error);
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  cancelButton.addEventListener('click', () => void closeWindow());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      void closeWindow();
    }
  });

  bridge.on('settings:changed', (next) => {
    // Fields the user has not touched follow the stored settings; edited ones keep their edits.
    const previousValues = formValuesFrom(view);
    const current = readForm();
    view = next;
    apiKey.update(next);
    showRecoveryNotice(next.recoveryNotice);
    if (current.launchAtLogin === previousValues.launchAtLogin) {
      launchAtLogin.checked = next.launchAtLogin;
    }
    if (current.showTemperatureInTray === previousValues.showTemperatureInTray) {
      showTemperature.checked = next.showTemperatureInTray;
    }
  });

  document.body.dataset.ready = 'true';
}

void start();
