/**
 * The location field: a combobox that searches places through main while the user types and
 * lists them for choosing with the mouse or the arrow keys, following the ARIA combobox pattern
 * with a listbox popup and aria-activedescendant.
 */

import type { Place, ProviderId } from '../../main/core/model.ts';
import { getBridge } from '../common/bridge.ts';
import { byId, element, setText } from '../common/dom.ts';
import { formatPlaceLabel } from './form-model.ts';

/** Pause after the last keystroke before searching, so typing a name sends one request. */
const searchDelayMs = 300;
const minSearchLength = 2;

export interface LocationComboboxOptions {
  provider: () => ProviderId;
  /** Called when the chosen place changes, with null when the text no longer names one. */
  onChange: (place: Place | null) => void;
}

function describeResults(count: number, text: string): string {
  if (count === 0) {
    return `No places match “${text}”.`;
  }
  const places = count === 1 ? 'place' : 'places';
  return `${count} ${places} found. Use the arrow keys to choose.`;
}

export class LocationCombobox {
  private readonly input = byId<HTMLInputElement>('location-input');
  private readonly listbox = byId('location-listbox');
  private readonly status = byId('location-status');
  private readonly options: LocationComboboxOptions;
  private places: Place[] = [];
  private activeIndex = -1;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchSequence = 0;

  constructor(options: LocationComboboxOptions) {
    this.options = options;
    this.input.addEventListener('input', () => this.handleInput());
    this.input.addEventListener('keydown', (event) => this.handleKeydown(event));
    this.input.addEventListener('blur', () => this.close());
    // Keep focus in the input while an option is clicked, so blur does not close the list first.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
  }

  get isOpen(): boolean {
    return !this.listbox.hidden;
  }

  /** Shows a place without searching, such as the stored location. */
  setPlace(place: Place): void {
    this.input.value = formatPlaceLabel(place);
    this.close();
  }

  get text(): string {
    return this.input.value;
  }

  private handleInput(): void {
    this.options.onChange(null);
    clearTimeout(this.searchTimer);
    const text = this.input.value.trim();
    if (text.length < minSearchLength) {
      this.searchSequence += 1;
      this.showPlaces([]);
      setText(this.status, '');
      return;
    }
    this.searchTimer = setTimeout(() => void this.search(text), searchDelayMs);
  }

  private async search(text: string): Promise<void> {
    this.searchSequence += 1;
    const sequence = this.searchSequence;
    this.input.setAttribute('aria-busy', 'true');
    setText(this.status, 'Searching…');

    let places: Place[] = [];
    let statusText: string;
    try {
      const result = await getBridge().invoke('location:search', {
        text,
        provider: this.options.provider(),
      });
      if (result.ok) {
        places = result.places;
        statusText = describeResults(places.length, text);
      } else {
        statusText = result.message;
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      statusText = `Location search failed: ${reason}`;
    }

    // A newer search or a choice made meanwhile wins over this result.
    if (sequence !== this.searchSequence) {
      return;
    }
    this.input.removeAttribute('aria-busy');
    this.showPlaces(places, places.length === 0 ? statusText : null);
    setText(this.status, statusText);
  }

  private showPlaces(places: Place[], emptyMessage: string | null = null): void {
    this.places = places;
    this.activeIndex = -1;
    this.input.removeAttribute('aria-activedescendant');

    const items = places.map((place, index) => {
      const secondary = [place.region, place.countryCode].filter(Boolean).join(', ');
      const option = element(
        'div',
        {
          className: 'option',
          attributes: { id: `location-option-${index}`, role: 'option', 'aria-selected': 'false' },
        },
        [
          element('span', { className: 'option-name', text: place.name }),
          secondary ? element('span', { className: 'option-detail', text: secondary }) : null,
        ],
      );
      option.addEventListener('click', () => this.choose(index));
      return option;
    });
    if (emptyMessage) {
      items.push(
        element('div', {
          className: 'option-empty',
          text: emptyMessage,
          attributes: { role: 'presentation' },
        }),
      );
    }

    this.listbox.replaceChildren(...items);
    this.listbox.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(places.length > 0));
  }

  private close(): void {
    this.listbox.hidden = true;
    this.activeIndex = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private moveActive(step: number): void {
    if (this.places.length === 0) {
      return;
    }
    if (!this.isOpen) {
      this.listbox.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
    }

    const count = this.places.length;
    const next =
      this.activeIndex === -1 && step < 0 ? count - 1 : (this.activeIndex + step + count) % count;
    this.activeIndex = next;

    for (const option of this.listbox.querySelectorAll('[role="option"]')) {
      const selected = option.id === `location-option-${next}`;
      option.setAttribute('aria-selected', String(selected));
      if (selected) {
        option.scrollIntoView({ block: 'nearest' });
      }
    }
    this.input.setAttribute('aria-activedescendant', `location-option-${next}`);
  }

  private choose(index: number): void {
    const place = this.places[index];
    if (!place) {
      return;
    }
    clearTimeout(this.searchTimer);
    this.searchSequence += 1;
    this.input.value = formatPlaceLabel(place);
    this.close();
    setText(this.status, `${formatPlaceLabel(place)} chosen.`);
    this.options.onChange(place);
  }

  private handleKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.moveActive(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.moveActive(-1);
        break;
      case 'Enter':
        if (this.isOpen && this.activeIndex >= 0) {
          event.preventDefault();
          this.choose(this.activeIndex);
        }
        break;
      case 'Escape':
        if (this.isOpen) {
          // Closing the list is all this Escape does. The window stays open.
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        break;
    }
  }
}
