/** Line icons for buttons and notices, drawn with currentColor on a 20 by 20 grid. */

const svgNamespace = 'http://www.w3.org/2000/svg';

const uiIconPaths = {
  refresh: ['M16.25 10a6.25 6.25 0 1 1-1.83-4.42', 'M16.25 3.5v3.75H12.5'],
  settings: ['M3.5 6h6.5', 'M14 6h2.5', 'M3.5 14h2.5', 'M10 14h6.5', 'M12 4v4', 'M8 12v4'],
  external: [
    'M8.5 4.5H5a1.5 1.5 0 0 0-1.5 1.5v9A1.5 1.5 0 0 0 5 16.5h9a1.5 1.5 0 0 0 1.5-1.5v-3.5',
    'M11.5 3.5h5v5',
    'M16.5 3.5 9.5 10.5',
  ],
  warning: ['M10 3.5 2.75 16h14.5Z', 'M10 8.5v3.25', 'M10 14.1v.1'],
  offline: [
    'M2.5 7.5a11 11 0 0 1 15 0',
    'M5.25 10.4a7 7 0 0 1 9.5 0',
    'M8 13.2a3 3 0 0 1 4 0',
    'M3.5 3.5l13 13',
  ],
  eye: [
    'M1.75 10S4.75 4.5 10 4.5 18.25 10 18.25 10 15.25 15.5 10 15.5 1.75 10 1.75 10Z',
    'M12.5 10a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0Z',
  ],
  'eye-off': [
    'M3 3l14 14',
    'M8.2 4.7A8.6 8.6 0 0 1 10 4.5c5.25 0 8.25 5.5 8.25 5.5a14 14 0 0 1-2.3 3',
    'M12.9 14.9a8 8 0 0 1-2.9.6c-5.25 0-8.25-5.5-8.25-5.5a14 14 0 0 1 3.5-4',
    'M8.3 8.3a2.5 2.5 0 0 0 3.4 3.4',
  ],
  check: ['M4.5 10.5l3.5 3.5 7.5-8'],
  key: [
    'M10.6 9.4 16.5 3.5',
    'M14.5 5.5l2 2',
    'M12.5 7.5l1.5 1.5',
    'M9.5 13a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0Z',
  ],
  clock: ['M17.5 10a7.5 7.5 0 1 1-15 0 7.5 7.5 0 0 1 15 0Z', 'M10 5.5V10l3 2'],
  location: [
    'M10 17.5s5.5-5 5.5-9.5a5.5 5.5 0 0 0-11 0c0 4.5 5.5 9.5 5.5 9.5Z',
    'M12 8a2 2 0 1 1-4 0 2 2 0 0 1 4 0Z',
  ],
} as const;

export type UiIconName = keyof typeof uiIconPaths;

/** Creates a decorative line icon, hidden from screen readers. */
export function createUiIcon(name: UiIconName): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('class', `ui-icon ui-icon-${name}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of uiIconPaths[name]) {
    const path = document.createElementNS(svgNamespace, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
