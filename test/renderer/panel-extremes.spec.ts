/**
 * The panel with values at the edges of what a provider may send, through the test bridge that
 * replaces the preload API, because Electron cannot run here.
 */

import type { AppState } from '../../main/common/ipc-contract.ts';
import type { WeatherReport } from '../../main/core/model.ts';
import { expect, test } from './support/fixtures.ts';
import { fullReport, okState, testNow } from './support/reports.ts';

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
