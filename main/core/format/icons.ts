import type { IconBase, IconName } from '../model.ts';

/** Combines an icon base with the time of day, such as `clear-night`. */
export function toIconName(base: IconBase, isDay: boolean): IconName {
  return `${base}-${isDay ? 'day' : 'night'}`;
}

/** Splits an icon name into its base and whether it is the day variant. */
export function parseIconName(icon: IconName): { base: IconBase; isDay: boolean } {
  const isDay = icon.endsWith('-day');
  const base = icon.slice(0, icon.lastIndexOf('-')) as IconBase;
  return { base, isDay };
}
