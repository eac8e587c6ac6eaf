import type { Condition, IconBase } from '../model.ts';
import { toIconName } from './icons.ts';

/** OpenWeatherMap's condition ids and their descriptions, grouped by hundreds. */
export const openWeatherConditions: Readonly<Record<number, string>> = {
  200: 'thunderstorm with light rain',
  201: 'thunderstorm with rain',
  202: 'thunderstorm with heavy rain',
  210: 'light thunderstorm',
  211: 'thunderstorm',
  212: 'heavy thunderstorm',
  221: 'ragged thunderstorm',
  230: 'thunderstorm with light drizzle',
  231: 'thunderstorm with drizzle',
  232: 'thunderstorm with heavy drizzle',
  300: 'light intensity drizzle',
  301: 'drizzle',
  302: 'heavy intensity drizzle',
  310: 'light intensity drizzle rain',
  311: 'drizzle rain',
  312: 'heavy intensity drizzle rain',
  313: 'shower rain and drizzle',
  314: 'heavy shower rain and drizzle',
  321: 'shower drizzle',
  500: 'light rain',
  501: 'moderate rain',
  502: 'heavy intensity rain',
  503: 'very heavy rain',
  504: 'extreme rain',
  511: 'freezing rain',
  520: 'light intensity shower rain',
  521: 'shower rain',
  522: 'heavy intensity shower rain',
  531: 'ragged shower rain',
  600: 'light snow',
  601: 'snow',
  602: 'heavy snow',
  611: 'sleet',
  612: 'light shower sleet',
  613: 'shower sleet',
  615: 'light rain and snow',
  616: 'rain and snow',
  620: 'light shower snow',
  621: 'shower snow',
  622: 'heavy shower snow',
  701: 'mist',
  711: 'smoke',
  721: 'haze',
  731: 'sand/dust whirls',
  741: 'fog',
  751: 'sand',
  761: 'dust',
  762: 'volcanic ash',
  771: 'squalls',
  781: 'tornado',
  800: 'clear sky',
  801: 'few clouds',
  802: 'scattered clouds',
  803: 'broken clouds',
  804: 'overcast clouds',
};

const groupLabels: Record<number, string> = {
  2: 'thunderstorm',
  3: 'drizzle',
  5: 'rain',
  6: 'snow',
  7: 'reduced visibility',
  8: 'clouds',
};

/** Returns the description of a condition id, or its group's label for an id not in the table. */
export function describeOpenWeatherCondition(id: number): string {
  return (
    openWeatherConditions[id] ??
    groupLabels[Math.floor(id / 100)] ??
    `unknown weather (condition ${id})`
  );
}

function iconBaseFor(id: number): IconBase {
  if (id === 511 || id === 611 || id === 612 || id === 613) return 'freezing-rain';
  if (id >= 520 && id < 600) return 'showers';

  switch (Math.floor(id / 100)) {
    case 2:
      return 'thunderstorm';
    case 3:
      return 'drizzle';
    case 5:
      return 'rain';
    case 6:
      return 'snow';
    case 7:
      return 'fog';
    default:
      break;
  }

  if (id === 800) return 'clear';
  if (id === 801 || id === 802) return 'partly-cloudy';
  if (id === 803 || id === 804) return 'cloudy';
  return 'unknown';
}

/**
 * Builds the condition for an OpenWeatherMap condition id. The provider's own description wins
 * when present, because it follows the `lang` parameter.
 */
export function conditionFromOpenWeather(
  id: number,
  isDay: boolean,
  providerDescription?: string,
): Condition {
  const description = providerDescription?.trim() || describeOpenWeatherCondition(id);
  return { code: id, description, icon: toIconName(iconBaseFor(id), isDay), isDay };
}
