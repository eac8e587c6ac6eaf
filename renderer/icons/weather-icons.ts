/**
 * The weather icons as data: for every `IconName`, shapes in a 32 by 32 viewBox. The panel builds
 * them with DOM APIs and the tray script serializes them to SVG markup, so both draw the same
 * icon. Nothing here needs a DOM or Node.
 */

import { parseIconName } from '../../main/core/format/icons.ts';
import type { IconBase, IconName } from '../../main/core/model.ts';
import { circle, cloud, crescent, rays, segments, snowflake } from './geometry.ts';

/** The subject of a shape, which picks its colour from a palette. */
export type IconRole = 'sun' | 'moon' | 'cloud' | 'cloud-dark' | 'rain' | 'snow' | 'bolt' | 'mark';

export type IconPalette = Record<IconRole, string>;

export interface IconShape {
  role: IconRole;
  d: string;
  /** Stroke width for line shapes. Shapes without one are filled. */
  stroke?: number;
  /** Width of the transparent gap that this shape cuts into the shapes drawn before it. */
  gap?: number;
}

/** Colours for icons on a light or dark background, such as a tray or a taskbar. */
export const trayPalette: IconPalette = {
  sun: '#f5a524',
  moon: '#c9d3e3',
  cloud: '#b7c2cf',
  'cloud-dark': '#8494a8',
  rain: '#3f8ff5',
  snow: '#9cc9f5',
  bolt: '#fbbf24',
  mark: '#8494a8',
};

/** All black, for macOS template images, which the system recolours from their alpha. */
export const templatePalette: IconPalette = {
  sun: '#000000',
  moon: '#000000',
  cloud: '#000000',
  'cloud-dark': '#000000',
  rain: '#000000',
  snow: '#000000',
  bolt: '#000000',
  mark: '#000000',
};

// A record, not an array, so that TypeScript reports an IconBase added to the model but not here.
const iconBaseSet: Record<IconBase, true> = {
  clear: true,
  'partly-cloudy': true,
  cloudy: true,
  fog: true,
  drizzle: true,
  rain: true,
  'freezing-rain': true,
  snow: true,
  showers: true,
  thunderstorm: true,
  unknown: true,
};

export const iconBases = Object.keys(iconBaseSet) as IconBase[];

export const iconNames: readonly IconName[] = iconBases.flatMap((base): IconName[] => [
  `${base}-day`,
  `${base}-night`,
]);

const fullSun: IconShape[] = [
  { role: 'sun', d: circle(16, 16, 6.5) },
  { role: 'sun', d: rays(16, 16, 10, 13.5), stroke: 2.4 },
];

const fullMoon: IconShape[] = [{ role: 'moon', d: crescent(15, 17, 11, 22.5, 10.5, 8.5) }];

const smallSun: IconShape[] = [
  { role: 'sun', d: circle(11, 11, 4.75) },
  { role: 'sun', d: rays(11, 11, 7.25, 9.75), stroke: 2 },
];

const smallMoon: IconShape[] = [{ role: 'moon', d: crescent(11.5, 11.5, 8, 17, 7, 6.5) }];

/** A cloud that leaves the lower part of the icon free for rain, snow or lightning. */
const raisedCloud = cloud(1.6, -2, 0.9);

function precipitationCloud(role: IconRole): IconShape {
  return { role, d: raisedCloud };
}

const rainStreaks = segments([
  [
    [11.5, 23.5],
    [9.5, 28.5],
  ],
  [
    [17, 23.5],
    [15, 28.5],
  ],
  [
    [22.5, 23.5],
    [20.5, 28.5],
  ],
]);

const drizzleDots = [
  circle(10.5, 24.5, 1.3),
  circle(16, 24.5, 1.3),
  circle(21.5, 24.5, 1.3),
  circle(13.25, 28.75, 1.3),
  circle(18.75, 28.75, 1.3),
].join('');

const fogLines = segments([
  [
    [5, 20],
    [27, 20],
  ],
  [
    [8, 24.5],
    [24, 24.5],
  ],
  [
    [5, 29],
    [21, 29],
  ],
]);

/** Sun or moon behind a cloud, for partly cloudy skies and showers. */
function behindCloud(celestial: IconShape[], cloudPath: string): IconShape[] {
  return [...celestial, { role: 'cloud', d: cloudPath, gap: 1.75 }];
}

function shapesFor(base: IconBase, isDay: boolean): IconShape[] {
  switch (base) {
    case 'clear':
      return isDay ? fullSun : fullMoon;
    case 'partly-cloudy':
      return behindCloud(isDay ? smallSun : smallMoon, cloud(9, 9.25, 0.75));
    case 'cloudy':
      return [
        { role: 'cloud-dark', d: cloud(11.5, 0.5, 0.6) },
        { role: 'cloud', d: cloud(-1.4, 5.5, 0.9), gap: 1.5 },
      ];
    case 'fog':
      return [
        ...(isDay
          ? [
              { role: 'sun' as const, d: circle(16, 11, 5.5) },
              { role: 'sun' as const, d: rays(16, 11, 8, 10.5), stroke: 2 },
            ]
          : [{ role: 'moon' as const, d: crescent(15, 12, 8.5, 20.5, 7, 6.5) }]),
        { role: 'cloud-dark', d: fogLines, stroke: 2.6, gap: 1.75 },
      ];
    case 'drizzle':
      return [precipitationCloud('cloud'), { role: 'rain', d: drizzleDots }];
    case 'rain':
      return [precipitationCloud('cloud'), { role: 'rain', d: rainStreaks, stroke: 2.2 }];
    case 'freezing-rain':
      return [
        precipitationCloud('cloud'),
        {
          role: 'rain',
          d: segments([
            [
              [11, 23.5],
              [9, 28.5],
            ],
            [
              [23, 23.5],
              [21, 28.5],
            ],
          ]),
          stroke: 2.2,
        },
        { role: 'snow', d: snowflake(16, 26.5, 2.75), stroke: 1.6 },
      ];
    case 'snow':
      return [
        precipitationCloud('cloud'),
        {
          role: 'snow',
          d: [snowflake(10, 26, 2.75), snowflake(16, 28.5, 2.75), snowflake(22, 26, 2.75)].join(''),
          stroke: 1.6,
        },
      ];
    case 'showers':
      return [
        ...behindCloud(isDay ? smallSun : smallMoon, cloud(7.5, 3.5, 0.8)),
        {
          role: 'rain',
          d: segments([
            [
              [15.5, 24],
              [13.5, 29],
            ],
            [
              [21.5, 24],
              [19.5, 29],
            ],
          ]),
          stroke: 2.2,
        },
      ];
    case 'thunderstorm':
      return [
        precipitationCloud('cloud-dark'),
        { role: 'bolt', d: 'M17.5 14.5L10.5 24H15.5L13 31.5L22 20.5H17L19.5 14.5Z', gap: 1.5 },
      ];
    case 'unknown':
      return [
        { role: 'mark', d: circle(16, 16, 11.5), stroke: 2.2 },
        {
          role: 'mark',
          d: 'M12.5 13A3.5 3.5 0 1 1 17.6 16.1C16.5 16.7 16 17.5 16 18.8',
          stroke: 2.4,
        },
        { role: 'mark', d: circle(16, 22.6, 1.5) },
      ];
  }
}

export function iconShapes(name: IconName): IconShape[] {
  const { base, isDay } = parseIconName(name);
  return shapesFor(iconBases.includes(base) ? base : 'unknown', isDay);
}

/** An SVG element as plain data, so the same tree can become DOM nodes or markup. */
export interface SvgNode {
  tag: string;
  attributes: Record<string, string>;
  children: SvgNode[];
}

function shapeNode(shape: IconShape, palette: IconPalette): SvgNode {
  const attributes: Record<string, string> = {
    d: shape.d,
    class: `icon-${shape.role}`,
    // The colour goes through `color` so that a stylesheet can recolour both fills and strokes.
    color: palette[shape.role],
  };
  if (shape.stroke === undefined) {
    attributes.fill = 'currentColor';
  } else {
    attributes.fill = 'none';
    attributes.stroke = 'currentColor';
    attributes['stroke-width'] = String(shape.stroke);
    attributes['stroke-linecap'] = 'round';
    attributes['stroke-linejoin'] = 'round';
  }
  return { tag: 'path', attributes, children: [] };
}

/** Builds a mask that hides everything within `gap` of the shape, to set it apart. */
function gapMask(shape: IconShape, gap: number, id: string): SvgNode {
  const outline: Record<string, string> = {
    d: shape.d,
    fill: shape.stroke === undefined ? 'black' : 'none',
    stroke: 'black',
    'stroke-width': String((shape.stroke ?? 0) + 2 * gap),
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  return {
    tag: 'mask',
    attributes: { id, maskUnits: 'userSpaceOnUse', x: '0', y: '0', width: '32', height: '32' },
    children: [
      { tag: 'rect', attributes: { width: '32', height: '32', fill: 'white' }, children: [] },
      { tag: 'path', attributes: outline, children: [] },
    ],
  };
}

/**
 * Builds the SVG tree of an icon. `idPrefix` makes mask ids unique when several icons share one
 * document.
 */
export function iconTree(name: IconName, palette: IconPalette, idPrefix: string): SvgNode {
  const masks: SvgNode[] = [];
  let drawn: SvgNode[] = [];

  for (const shape of iconShapes(name)) {
    if (shape.gap !== undefined && drawn.length > 0) {
      const id = `${idPrefix}-gap-${masks.length}`;
      masks.push(gapMask(shape, shape.gap, id));
      drawn = [{ tag: 'g', attributes: { mask: `url(#${id})` }, children: drawn }];
    }
    drawn.push(shapeNode(shape, palette));
  }

  const children = masks.length > 0 ? [{ tag: 'defs', attributes: {}, children: masks }] : [];
  return {
    tag: 'svg',
    attributes: { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 32 32', class: 'icon' },
    children: [...children, ...drawn],
  };
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** Serializes an SVG tree to markup, for rasterizing outside the panel. */
export function svgMarkup(node: SvgNode): string {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  const children = node.children.map(svgMarkup).join('');
  return `<${node.tag}${attributes}>${children}</${node.tag}>`;
}
