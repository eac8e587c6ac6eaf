/** Converts degrees Celsius to kelvin. */
export function celsiusToKelvin(celsius: number): number {
  return celsius + 273.15;
}

/** Converts millimetres to inches. */
export function millimetresToInches(millimetres: number): number {
  return millimetres / 25.4;
}

/** Converts feet to metres. */
export function feetToMetres(feet: number): number {
  return feet * 0.3048;
}

/** Applies a conversion to a value that may be null. */
export function mapNullable(
  value: number | null,
  convert: (value: number) => number,
): number | null {
  return value === null ? null : convert(value);
}
