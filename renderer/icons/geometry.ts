/** Path builders for the weather icons, in the 32 by 32 user space of their viewBox. */

type Point = readonly [x: number, y: number];

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function point([x, y]: Point): string {
  return `${round(x)} ${round(y)}`;
}

/** An SVG elliptical arc command with equal radii, ending at `to`. */
function arc(r: number, largeArc: 0 | 1, sweep: 0 | 1, to: Point): string {
  return `A${round(r)} ${round(r)} 0 ${largeArc} ${sweep} ${point(to)}`;
}

export function circle(cx: number, cy: number, r: number): string {
  // Two half circles, both clockwise, so that overlapping discs in one path fill as a union.
  const left: Point = [cx - r, cy];
  const right: Point = [cx + r, cy];
  return `M${point(left)}${arc(r, 1, 1, right)}${arc(r, 1, 1, left)}Z`;
}

/** Builds a horizontal capsule from `left` to `right` whose height is `2 * r`. */
export function pill(left: number, right: number, cy: number, r: number): string {
  const top = cy - r;
  const bottom = cy + r;
  const rightCap = arc(r, 0, 1, [right - r, bottom]);
  const leftCap = arc(r, 0, 1, [left + r, top]);
  return `M${point([left + r, top])}H${round(right - r)}${rightCap}H${round(left + r)}${leftCap}Z`;
}

/** Joins line segments into one path, for shapes that are stroked. */
export function segments(lines: readonly (readonly [Point, Point])[]): string {
  return lines.map(([from, to]) => `M${point(from)}L${point(to)}`).join('');
}

/** Builds rays around a sun's disc, from radius `inner` to `outer`, starting straight up. */
export function rays(cx: number, cy: number, inner: number, outer: number, count = 8): string {
  const lines: [Point, Point][] = [];
  for (let index = 0; index < count; index += 1) {
    const angle = (index / count) * 2 * Math.PI;
    const dx = Math.sin(angle);
    const dy = -Math.cos(angle);
    lines.push([
      [cx + dx * inner, cy + dy * inner],
      [cx + dx * outer, cy + dy * outer],
    ]);
  }
  return segments(lines);
}

/**
 * Builds a crescent: the disc at (cx, cy) with radius r, minus the disc at (cutX, cutY) with radius
 * cutR. The two circles must intersect.
 */
export function crescent(
  cx: number,
  cy: number,
  r: number,
  cutX: number,
  cutY: number,
  cutR: number,
): string {
  const dx = cutX - cx;
  const dy = cutY - cy;
  const distance = Math.hypot(dx, dy);
  // Distance from the first centre, along the line between the centres, to the chord through
  // both intersection points, and half the chord's length.
  const along = (distance * distance + r * r - cutR * cutR) / (2 * distance);
  const halfChord = Math.sqrt(r * r - along * along);
  const baseX = cx + (dx * along) / distance;
  const baseY = cy + (dy * along) / distance;
  const first: Point = [baseX + (dy * halfChord) / distance, baseY - (dx * halfChord) / distance];
  const second: Point = [baseX - (dy * halfChord) / distance, baseY + (dx * halfChord) / distance];
  // The long way round the outer circle, then back along the inner edge of the cut circle.
  return `M${point(first)}${arc(r, 1, 0, second)}${arc(cutR, 0, 1, first)}Z`;
}

/**
 * Builds a cloud scaled by `scale` and moved by (dx, dy). At scale 1 and no offset it spans x 4
 * to 28 and y 8 to 25: a flat capsule for its base with three discs on top.
 */
export function cloud(dx: number, dy: number, scale: number): string {
  const x = (value: number): number => dx + value * scale;
  const y = (value: number): number => dy + value * scale;
  const r = (value: number): number => value * scale;
  return [
    pill(x(4), x(28), y(21.5), r(3.5)),
    circle(x(10.5), y(18.5), r(5)),
    circle(x(17.5), y(15), r(7)),
    circle(x(23.5), y(19.5), r(4.5)),
  ].join('');
}

/** Builds a six-armed snowflake of radius `r`. */
export function snowflake(cx: number, cy: number, r: number): string {
  const lines: [Point, Point][] = [];
  for (let index = 0; index < 3; index += 1) {
    const angle = (index / 3) * Math.PI;
    const dx = Math.cos(angle) * r;
    const dy = Math.sin(angle) * r;
    lines.push([
      [cx - dx, cy - dy],
      [cx + dx, cy + dy],
    ]);
  }
  return segments(lines);
}
