/**
 * Durations in words for messages a user reads: "45 s", "12 min", "2 h 5 min", "3 days 4 h".
 * Two units at most; rounded down to whole seconds. Pure.
 */

const UNITS = [
  ['day', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
] as const;

function unitText(unit: string, value: number): string {
  return unit === 'day' ? `${value} ${value === 1 ? 'day' : 'days'}` : `${value} ${unit}`;
}

export function describeDuration(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (parts.length === 2) break;
    const value = Math.floor(rest / size);
    if (value > 0) {
      parts.push(unitText(unit, value));
      rest -= value * size;
    } else if (parts.length === 1) {
      break; // "2 h", not "2 h 0 min 5 s"
    }
  }
  return parts.join(' ');
}
