/** Placement of the panel popover next to the tray icon, inside the display's work area. */

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export type ScreenEdge = 'top' | 'bottom' | 'left' | 'right';

export interface PanelPlacementInput {
  /** Bounds of the tray icon, or null where the platform does not report them (most of Linux). */
  trayBounds: Rectangle | null;
  /** The display's area without taskbars, docks and panels. */
  workArea: Rectangle;
  /** The whole display, used to find the edge that contains the taskbar. */
  displayBounds: Rectangle;
  windowSize: { width: number; height: number };
  /** Pointer position, used as the anchor when the tray bounds are unknown. */
  cursor?: Point | null;
  /** Gap in pixels between the panel and the work area's edges. */
  margin?: number;
}

export interface PanelPlacement {
  x: number;
  y: number;
  /** Edge of the work area that the panel is attached to. */
  edge: ScreenEdge;
}

const defaultMargin = 8;

function hasArea(rectangle: Rectangle | null): rectangle is Rectangle {
  return rectangle !== null && rectangle.width > 0 && rectangle.height > 0;
}

function clamp(value: number, min: number, max: number): number {
  // A window larger than the work area is aligned with its top or left edge.
  if (max < min) {
    return min;
  }
  return Math.min(Math.max(value, min), max);
}

/** Finds the edge where the taskbar sits, from the difference between display and work area. */
export function taskbarEdge(workArea: Rectangle, displayBounds: Rectangle): ScreenEdge {
  const insets: Record<ScreenEdge, number> = {
    top: workArea.y - displayBounds.y,
    bottom: displayBounds.y + displayBounds.height - (workArea.y + workArea.height),
    left: workArea.x - displayBounds.x,
    right: displayBounds.x + displayBounds.width - (workArea.x + workArea.width),
  };
  const edges: ScreenEdge[] = ['bottom', 'top', 'right', 'left'];
  let widest: ScreenEdge = 'bottom';
  for (const edge of edges) {
    if (insets[edge] > insets[widest]) {
      widest = edge;
    }
  }
  return widest;
}

/** Finds the work-area edge nearest to a point, which is the edge the tray icon sits on. */
function nearestEdge(point: Point, workArea: Rectangle): ScreenEdge {
  const distances: [ScreenEdge, number][] = [
    ['top', Math.abs(point.y - workArea.y)],
    ['bottom', Math.abs(workArea.y + workArea.height - point.y)],
    ['left', Math.abs(point.x - workArea.x)],
    ['right', Math.abs(workArea.x + workArea.width - point.x)],
  ];
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]?.[0] ?? 'bottom';
}

/** Computes the panel's top-left corner in screen coordinates. */
export function placePanel(input: PanelPlacementInput): PanelPlacement {
  const { workArea, windowSize } = input;
  const margin = input.margin ?? defaultMargin;

  let anchor: Point;
  let edge: ScreenEdge;
  if (hasArea(input.trayBounds)) {
    anchor = {
      x: input.trayBounds.x + input.trayBounds.width / 2,
      y: input.trayBounds.y + input.trayBounds.height / 2,
    };
    edge = nearestEdge(anchor, workArea);
  } else {
    edge = taskbarEdge(workArea, input.displayBounds);
    anchor = input.cursor ?? cornerOf(workArea, edge);
  }

  let x: number;
  let y: number;
  switch (edge) {
    case 'top':
      x = anchor.x - windowSize.width / 2;
      y = workArea.y + margin;
      break;
    case 'bottom':
      x = anchor.x - windowSize.width / 2;
      y = workArea.y + workArea.height - windowSize.height - margin;
      break;
    case 'left':
      x = workArea.x + margin;
      y = anchor.y - windowSize.height / 2;
      break;
    case 'right':
      x = workArea.x + workArea.width - windowSize.width - margin;
      y = anchor.y - windowSize.height / 2;
      break;
  }

  const minX = workArea.x + margin;
  const maxX = workArea.x + workArea.width - windowSize.width - margin;
  const minY = workArea.y + margin;
  const maxY = workArea.y + workArea.height - windowSize.height - margin;
  return {
    x: Math.round(clamp(x, minX, maxX)),
    y: Math.round(clamp(y, minY, maxY)),
    edge,
  };
}

/** The work-area corner at the right end of the taskbar's edge, where tray areas usually are. */
function cornerOf(workArea: Rectangle, edge: ScreenEdge): Point {
  const right = workArea.x + workArea.width;
  const bottom = workArea.y + workArea.height;
  switch (edge) {
    case 'top':
      return { x: right, y: workArea.y };
    case 'bottom':
      return { x: right, y: bottom };
    case 'left':
      return { x: workArea.x, y: bottom };
    case 'right':
      return { x: right, y: bottom };
  }
}
