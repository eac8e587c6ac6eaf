/** Names a place by its coordinates, such as "34.0522, -118.2437", when no name is known. */
export function describeCoordinates(latitude: number, longitude: number): string {
  const round = (value: number) => Number(value.toFixed(4));
  return `${round(latitude)}, ${round(longitude)}`;
}
