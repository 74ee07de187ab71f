/** Which buffers a message may transfer to another thread instead of copying. */

/**
 * The ArrayBuffers of the typed arrays found in `value` (objects and arrays, recursively) that
 * each view whole: those belong to that one array and can move. A view into a larger buffer is
 * left out (the buffer may be a pool other code still uses), and so copied.
 */
export function ownBuffers(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (item: unknown): void => {
    if (ArrayBuffer.isView(item)) {
      const { buffer } = item;
      if (buffer instanceof ArrayBuffer && item.byteOffset === 0 && item.byteLength === buffer.byteLength) {
        buffers.add(buffer);
      }
    } else if (Array.isArray(item)) {
      for (const element of item) visit(element);
    } else if (typeof item === 'object' && item !== null) {
      for (const element of Object.values(item)) visit(element);
    }
  };
  visit(value);
  return [...buffers];
}
