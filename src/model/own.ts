/** `obj[key]` only when `obj` is an object that has `key` itself (never an inherited property). */
export function own(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null && Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}
