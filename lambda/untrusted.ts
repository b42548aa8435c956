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

/** How much of a JSON value from outside is read at all. */
export interface JsonBounds {
  /** Nesting of objects and arrays. */
  readonly maxDepth: number;
  /** Values in all (objects, arrays, strings, numbers...). */
  readonly maxNodes: number;
  /** Characters of strings and keys, in all. */
  readonly maxChars: number;
}

/**
 * True when `value` is plain JSON (objects, arrays, strings, finite numbers,
 * booleans, null) within `bounds`. Walked without recursion, and stopped at the
 * first bound crossed, so a value nested a million deep costs no more than one
 * within the bounds.
 */
export function isBoundedJson(value: unknown, bounds: JsonBounds): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    nodes += 1;
    if (nodes > bounds.maxNodes) return false;
    if (current === null || typeof current === "boolean") continue;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (typeof current === "string") {
      chars += current.length;
      if (chars > bounds.maxChars) return false;
      continue;
    }
    if (typeof current !== "object" || depth >= bounds.maxDepth) return false;
    const prototype: unknown = Object.getPrototypeOf(current);
    if (!Array.isArray(current) && prototype !== Object.prototype && prototype !== null) return false;
    for (const [key, child] of Object.entries(current as Record<string, unknown>)) {
      chars += key.length;
      if (chars > bounds.maxChars) return false;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return true;
}
