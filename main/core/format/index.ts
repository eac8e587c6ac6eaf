export { parseIconName, toIconName } from './icons.ts';
export { roundForDisplay } from './numbers.ts';
export {
  conditionFromOpenWeather,
  describeOpenWeatherCondition,
  openWeatherConditions,
} from './openweathermap-conditions.ts';
export { formatConditionParts, formatPlace, formatSummaryLine } from './summary.ts';
export { formatTemperature } from './temperature.ts';
export { formatTime, localDate } from './time.ts';
export { formatTooltip, maxTooltipLength, type TooltipInput } from './tooltip.ts';
export { truncateText } from './truncate.ts';
export { formatPrecipitation, formatWindDirection, formatWindSpeed } from './wind.ts';
export { conditionFromWmoCode, describeWmoCode, wmoCodes } from './wmo-codes.ts';
