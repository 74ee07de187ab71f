/**
 * A function computed once per argument object and remembered while that object lives (a
 * WeakMap): the parts of one story's synthesis share what each derives from the same input or
 * unit list. Callers treat the argument as immutable, as every synthesis function does.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
