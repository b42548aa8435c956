/**
 * Reading what arrives from outside (a request envelope, session attributes)
 * without trusting its shape: a missing or mistyped part reads as undefined.
 */

/** `value[key]` when `value` is an object, else undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** `value` when it is a string, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** What `read` returns, or undefined when reading throws (an object whose getters throw cannot be read at all). */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
