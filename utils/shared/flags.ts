/**
 * Stored on/off settings, read defensively: storage may hold anything, and a
 * missing or malformed value takes its default rather than breaking the exit.
 */
export function flagsOrDefaults<T extends { [K in keyof T]: boolean }>(stored: unknown, defaults: T): T {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const result = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value = record[key];
    if (typeof value === 'boolean') result[key] = value as T[typeof key];
  }
  return result;
}
