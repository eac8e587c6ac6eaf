import { byId } from '../common/dom.ts';
import { type FieldName, fieldNames } from './form-model.ts';

interface FieldElements {
  message: HTMLElement;
  /** The control that gets aria-invalid and focus. */
  control: HTMLElement;
}

function fieldElements(field: FieldName): FieldElements {
  switch (field) {
    case 'provider':
      return {
        message: byId('provider-error'),
        control:
          document.querySelector<HTMLElement>('input[name="provider"]:checked') ??
          byId('settings-form'),
      };
    case 'apiKey':
      return { message: byId('api-key-error'), control: byId('api-key') };
    case 'acceptBasicTextStorage':
      return { message: byId('accept-basic-text-error'), control: byId('accept-basic-text') };
    case 'location':
      return { message: byId('location-error'), control: byId('location-input') };
    case 'units':
      return { message: byId('units-error'), control: byId('units') };
    case 'refreshIntervalMinutes':
      return { message: byId('refresh-interval-error'), control: byId('refresh-interval') };
  }
}

function isFieldName(name: string): name is FieldName {
  return (fieldNames as readonly string[]).includes(name);
}

export function showFieldError(field: FieldName, message: string): void {
  const { message: messageElement, control } = fieldElements(field);
  messageElement.textContent = message;
  messageElement.hidden = false;
  control.setAttribute('aria-invalid', 'true');
}

export function clearFieldError(field: FieldName): void {
  const { message, control } = fieldElements(field);
  message.textContent = '';
  message.hidden = true;
  control.removeAttribute('aria-invalid');
}

export function showFormError(message: string): void {
  const formError = byId('form-error');
  formError.textContent = message;
  formError.hidden = message === '';
}

export function clearAllErrors(): void {
  for (const field of fieldNames) {
    clearFieldError(field);
  }
  showFormError('');
}

/**
 * Shows messages keyed by field, from the form's own checks or from main's `fieldErrors`, whose
 * keys are dotted paths such as `location.name`. Messages for fields without a place of their
 * own are listed under the form. Moves focus to the first field with a message.
 */
export function showErrors(errors: Record<string, string>): void {
  clearAllErrors();
  const unplaced: string[] = [];
  let first: HTMLElement | null = null;

  for (const field of fieldNames) {
    const message = Object.entries(errors).find(
      ([key]) => key === field || key.startsWith(`${field}.`),
    )?.[1];
    if (message !== undefined) {
      showFieldError(field, message);
      first ??= fieldElements(field).control;
    }
  }
  for (const [key, message] of Object.entries(errors)) {
    const topLevel = key.split('.')[0] ?? key;
    if (!isFieldName(topLevel)) {
      unplaced.push(message);
    }
  }

  if (unplaced.length > 0) {
    showFormError(unplaced.join(' '));
  }
  first?.focus();
}
