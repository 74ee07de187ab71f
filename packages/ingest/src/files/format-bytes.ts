/** Human sizes for messages: "512 bytes", "3.4 KB", "63 MB" (binary units, as file managers show). */

const UNITS = [
  ['GB', 1024 ** 3],
  ['MB', 1024 ** 2],
  ['KB', 1024],
] as const;

function format(bytes: number, digits: number): string {
  for (const [unit, size] of UNITS) {
    if (bytes >= size) {
      const value = bytes / size;
      const text = value >= 100 ? String(Math.round(value)) : String(Number(value.toFixed(digits)));
      return `${text} ${unit}`;
    }
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

export function formatBytes(bytes: number): string {
  return format(bytes, 1);
}

/** "file is 63 MB, over the 20 MB limit (--max-bytes)"; never prints equal sizes for unequal numbers. */
export function overLimitReason(what: string, bytes: number, limit: number): string {
  let size = formatBytes(bytes);
  const max = formatBytes(limit);
  if (size === max) size = `${bytes} bytes`;
  const shownMax = size.endsWith(' bytes') && !max.endsWith(' bytes') ? `${max} (${limit} bytes)` : max;
  return `${what} is ${size}, over the ${shownMax} limit (--max-bytes)`;
}
