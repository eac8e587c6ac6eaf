import { describe, expect, it } from 'vitest';
import { placePanel, type Rectangle, taskbarEdge } from '../../main/app/panel-position.ts';

const display: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };
const windowSize = { width: 360, height: 520 };

function insideWorkArea(x: number, y: number, workArea: Rectangle): boolean {
  return (
    x >= workArea.x &&
    y >= workArea.y &&
    x + windowSize.width <= workArea.x + workArea.width &&
    y + windowSize.height <= workArea.y + workArea.height
  );
}

describe('placePanel', () => {
  it('places the panel above a bottom taskbar, centred on the icon', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const placement = placePanel({
      trayBounds: { x: 1700, y: 1045, width: 24, height: 30 },
      workArea,
      displayBounds: display,
      windowSize,
    });

    expect(placement.edge).toBe('bottom');
    expect(placement.x).toBe(1712 - 180);
    expect(placement.y).toBe(1040 - 520 - 8);
    expect(insideWorkArea(placement.x, placement.y, workArea)).toBe(true);
  });

  it('places the panel below a top menu bar and clamps at the right edge', () => {
    const workArea = { x: 0, y: 25, width: 1920, height: 1055 };
    const placement = placePanel({
      trayBounds: { x: 1890, y: 0, width: 22, height: 24 },
      workArea,
      displayBounds: display,
      windowSize,
    });

    expect(placement.edge).toBe('top');
    expect(placement.y).toBe(25 + 8);
    expect(placement.x).toBe(1920 - 360 - 8);
    expect(insideWorkArea(placement.x, placement.y, workArea)).toBe(true);
  });

  it('places the panel beside a left taskbar', () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    const placement = placePanel({
      trayBounds: { x: 10, y: 1000, width: 40, height: 40 },
      workArea,
      displayBounds: display,
      windowSize,
    });

    expect(placement.edge).toBe('left');
    expect(placement.x).toBe(68);
    expect(placement.y).toBe(1080 - 520 - 8);
  });

  it('places the panel beside a right taskbar', () => {
    const workArea = { x: 0, y: 0, width: 1860, height: 1080 };
    const placement = placePanel({
      trayBounds: { x: 1870, y: 300, width: 40, height: 40 },
      workArea,
      displayBounds: display,
      windowSize,
    });

    expect(placement.edge).toBe('right');
    expect(placement.x).toBe(1860 - 360 - 8);
    expect(placement.y).toBe(320 - 260);
  });

  it('uses the taskbar corner when the tray reports no bounds', () => {
    const workArea = { x: 0, y: 32, width: 1920, height: 1048 };
    const placement = placePanel({
      trayBounds: { x: 0, y: 0, width: 0, height: 0 },
      workArea,
      displayBounds: display,
      windowSize,
    });

    expect(placement.edge).toBe('top');
    expect(placement.x).toBe(1920 - 360 - 8);
    expect(placement.y).toBe(40);
  });

  it('follows the pointer along the taskbar when the tray has no bounds', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const placement = placePanel({
      trayBounds: null,
      workArea,
      displayBounds: display,
      windowSize,
      cursor: { x: 900, y: 1060 },
    });

    expect(placement.edge).toBe('bottom');
    expect(placement.x).toBe(900 - 180);
  });

  it('handles a second display with negative coordinates', () => {
    const secondDisplay = { x: -1280, y: 0, width: 1280, height: 1024 };
    const workArea = { x: -1280, y: 0, width: 1280, height: 984 };
    const placement = placePanel({
      trayBounds: { x: -30, y: 990, width: 24, height: 30 },
      workArea,
      displayBounds: secondDisplay,
      windowSize,
    });

    expect(insideWorkArea(placement.x, placement.y, workArea)).toBe(true);
    expect(placement.x).toBe(-360 - 8);
  });

  it('keeps a window larger than the work area at its top-left corner', () => {
    const workArea = { x: 0, y: 0, width: 300, height: 400 };
    const placement = placePanel({
      trayBounds: { x: 280, y: 410, width: 20, height: 20 },
      workArea,
      displayBounds: { x: 0, y: 0, width: 300, height: 440 },
      windowSize,
    });

    expect(placement.x).toBe(8);
    expect(placement.y).toBe(8);
  });
});

describe('taskbarEdge', () => {
  it('finds the inset edge', () => {
    expect(taskbarEdge({ x: 0, y: 0, width: 1920, height: 1040 }, display)).toBe('bottom');
    expect(taskbarEdge({ x: 0, y: 27, width: 1920, height: 1053 }, display)).toBe('top');
    expect(taskbarEdge({ x: 48, y: 0, width: 1872, height: 1080 }, display)).toBe('left');
    expect(taskbarEdge({ x: 0, y: 0, width: 1872, height: 1080 }, display)).toBe('right');
  });
});
