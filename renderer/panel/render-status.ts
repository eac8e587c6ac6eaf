/** The banner above the reading and the message that replaces a missing reading. */

import { byId, element, setText } from '../common/dom.ts';
import { createUiIcon } from '../icons/ui-icons.ts';
import { actionLabels, type StatusAction, type StatusView } from './status-view.ts';

export type ActionHandler = (action: StatusAction) => void;

/**
 * Updates the banner. Its text sits in a live region that stays in the page even when the banner
 * is empty or hidden from view, so screen readers announce each change.
 */
export function renderBanner(view: StatusView, onAction: ActionHandler): void {
  const banner = byId('banner');
  const text = byId('status-text');
  const icon = byId('banner-icon');
  const action = byId<HTMLButtonElement>('banner-action');

  if (view.kind === 'banner') {
    const { message } = view;
    banner.dataset.mode = 'shown';
    banner.dataset.tone = message.tone;
    icon.replaceChildren(createUiIcon(message.icon));
    setText(text, message.title);
    action.hidden = message.action === null;
    if (message.action !== null) {
      const chosen = message.action;
      setText(action, actionLabels[chosen]);
      action.onclick = () => onAction(chosen);
    }
    return;
  }

  // With no reading, the message in the content area shows the details. The banner keeps only
  // the announcement for screen readers.
  banner.dataset.mode = view.kind === 'none' ? 'empty' : 'announce-only';
  icon.replaceChildren();
  action.hidden = true;
  action.onclick = null;
  const announcement =
    view.kind === 'blocking'
      ? view.message.title
      : view.kind === 'loading'
        ? 'Loading the weather'
        : '';
  setText(text, announcement);
}

export function renderLoading(): HTMLElement {
  return element('div', { className: 'placeholder', attributes: { 'aria-hidden': 'true' } }, [
    element('span', { className: 'spinner' }),
    element('p', { className: 'placeholder-text', text: 'Loading the weather…' }),
  ]);
}

export function renderBlocking(
  view: Extract<StatusView, { kind: 'blocking' }>,
  onAction: ActionHandler,
): HTMLElement {
  const { message } = view;
  const button =
    message.action === null
      ? null
      : element('button', {
          className: 'button button-primary',
          text: actionLabels[message.action],
          attributes: { type: 'button', id: 'message-action' },
        });
  if (button && message.action !== null) {
    const chosen = message.action;
    button.addEventListener('click', () => onAction(chosen));
  }

  return element(
    'section',
    { className: 'message', attributes: { 'aria-labelledby': 'message-title' } },
    [
      element('div', { className: 'message-icon' }, [createUiIcon(message.icon)]),
      element('h2', {
        className: 'message-title',
        text: message.title,
        attributes: { id: 'message-title' },
      }),
      message.detail ? element('p', { className: 'message-detail', text: message.detail }) : null,
      button,
    ],
  );
}
