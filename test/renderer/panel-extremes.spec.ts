/**
 * The panel with values at the edges of what a provider may send and with an old reading, through
 * the test bridge that replaces the preload API, because Electron cannot run here.
 */

import type { AppState } from '../../main/common/ipc-contract.ts';
import type { WeatherReport } from '../../main/core/model.ts';
import { expect, test } from './support/fixtures.ts';
import { fullReport, offlineState, okState, testNow } from './support/reports.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(testNow);
});

/** Builds a state whose numbers are all negative and round to zero for display. */
function nearZeroState(units: WeatherReport['units']): AppState {
  return {
    ...okState,
    report: {
      ...fullReport,
      units,
      current: {
        ...fullReport.current,
        temperature: -0.4,
        feelsLike: -0.2,
        humidity: -0.2,
        pressure: -0.001,
        visibility: -1,
        windSpeed: -0.3,
        windGust: -0.1,
      },
      hourly: fullReport.hourly.map((step) => ({
        ...step,
        temperature: -0.4,
        precipitationProbability: -0.2,
      })),
      daily: fullReport.daily.map((day) => ({
        ...day,
        temperatureMax: -0.4,
        temperatureMin: -0.49,
        precipitationProbability: -0.3,
      })),
    },
  };
}

for (const units of ['metric', 'imperial'] as const) {
  test(`shows no minus zero in ${units} units`, async ({ openPanel }) => {
    const page = await openPanel(nearZeroState(units));
    const text = (await page.locator('main').textContent()) ?? '';

    expect(text.match(/.{0,12}[-−]0(?![\d,])/g)).toBeNull();
  });
}

const dayMs = 86_400_000;

/** Returns the ISO 8601 time or date `days` days before the given one, in the same form. */
function daysBefore(iso: string, days: number): string {
  const shifted = new Date(Date.parse(iso) - days * dayMs).toISOString();
  return iso.length === 10 ? shifted.slice(0, 10) : shifted;
}

/** Builds the offline state of a reading taken three days before the test's clock. */
function threeDaysOldState(): AppState {
  const report = fullReport;
  return {
    ...offlineState,
    lastSuccessAt: daysBefore(offlineState.lastSuccessAt ?? '', 3),
    report: {
      ...report,
      fetchedAt: daysBefore(report.fetchedAt, 3),
      current: { ...report.current, observedAt: daysBefore(report.current.observedAt, 3) },
      hourly: report.hourly.map((step) => ({ ...step, time: daysBefore(step.time, 3) })),
      daily: report.daily.map((day) => ({ ...day, date: daysBefore(day.date, 3) })),
    },
  };
}

test('leaves past hours and days out of the forecast', async ({ openPanel }) => {
  const page = await openPanel(threeDaysOldState());

  await expect(page.locator('.observed')).toContainText('3 days ago');
  await expect(page.locator('.hour')).toHaveCount(0);
  await expect(page.locator('#daily-heading')).toHaveText('Next 4 days');
  await expect(page.locator('.day-name').first()).toHaveText('Today');
});
