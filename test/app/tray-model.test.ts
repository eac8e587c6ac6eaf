import { describe, expect, it } from 'vitest';
import { buildTrayView } from '../../main/app/tray-model.ts';
import type { AppState } from '../../main/common/ipc-contract.ts';
import { sampleReport } from '../support/reports.ts';

const okState: AppState = {
  status: 'ok',
  report: sampleReport(),
  lastSuccessAt: '2025-01-15T18:42:10.000Z',
  failure: null,
  offline: false,
  refreshing: false,
  nextRefreshAt: null,
};

const options = { showTemperature: true, launchAtLogin: false };

describe('buildTrayView', () => {
  it('shows the reading in the tooltip and first menu item', () => {
    const view = buildTrayView(okState, options);

    expect(view.tooltip).toBe('Los Angeles: 72°F, clear sky · updated 10:42');
    expect(view.menu[0]).toEqual({ kind: 'label', label: view.tooltip });
  });

  it('says offline with the time of the last update', () => {
    const view = buildTrayView({ ...okState, status: 'stale', offline: true }, options);

    expect(view.tooltip).toBe('Los Angeles: 72°F, clear sky · offline, last updated 10:42');
  });

  it('keeps the tooltip on one line', () => {
    // Windows ends a tooltip at a NUL, and a newline would split the menu's first item.
    const report = sampleReport();
    report.location.name = 'Los\r\nAngeles';
    report.current.condition.description = 'clear\u0000sky';

    const view = buildTrayView({ ...okState, report }, options);

    expect(view.tooltip).toBe('Los Angeles: 72°F, clear sky · updated 10:42');
    expect(view.menu[0]).toEqual({ kind: 'label', label: view.tooltip });
  });

  it('lists the actions in order', () => {
    const view = buildTrayView(okState, { ...options, launchAtLogin: true });
    const labels = view.menu.map((item) => ('label' in item ? item.label : '-'));

    expect(labels.slice(1)).toEqual([
      '-',
      'Show panel',
      'Refresh now',
      'Settings…',
      '-',
      'Launch at login',
      '-',
      'Quit',
    ]);
    expect(view.menu.find((item) => item.kind === 'checkbox')).toMatchObject({ checked: true });
  });

  it('gives the temperature for the title and icon', () => {
    const view = buildTrayView(okState, options);

    expect(view.title).toBe('72°F');
    expect(view.iconTemperature).toBe(71.8);
    expect(view.iconName).toBe('clear-day');
  });

  it('leaves the temperature out when turned off', () => {
    const view = buildTrayView(okState, { ...options, showTemperature: false });

    expect(view.title).toBe('');
    expect(view.iconTemperature).toBeNull();
  });

  it('shows loading without a report', () => {
    const view = buildTrayView({ ...okState, status: 'loading', report: null }, options);

    expect(view.tooltip).toBe('Traycast: loading');
    expect(view.iconName).toBe('unknown-day');
    expect(view.iconTemperature).toBeNull();
  });
});
