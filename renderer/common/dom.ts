/** Small DOM helpers. Text always goes in through textContent, never as markup. */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
}

/** Creates an element with a class, text, attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (options.className) {
    created.className = options.className;
  }
  if (options.text !== undefined) {
    created.textContent = options.text;
  }
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    created.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) {
      created.append(child);
    }
  }
  return created;
}

/** Returns the element with this id, or throws when the page lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`Element #${id} not found in the page`);
  }
  return found as T;
}

/** Sets an element's text only when it changed, so a live region announces only real changes. */
export function setText(target: Element, text: string): void {
  if (target.textContent !== text) {
    target.textContent = text;
  }
}
