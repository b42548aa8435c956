/**
 * Plain JSON values to DynamoDB's attribute values and back: the store keeps
 * JSON only (maps, lists, strings, numbers, booleans, null).
 */

export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly M: Readonly<Record<string, AttributeValue>> }
  | { readonly L: readonly AttributeValue[] };

/** `value` as an attribute value; undefined members of objects are left out, as JSON.stringify does. */
export function toAttribute(value: unknown): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === "string") return { S: value };
  if (typeof value === "boolean") return { BOOL: value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("a number that JSON cannot hold");
    return { N: String(value) };
  }
  if (Array.isArray(value)) return { L: value.map((member) => toAttribute(member ?? null)) };
  if (typeof value === "object") return { M: toAttributeMap(value as Record<string, unknown>) };
  throw new TypeError(`a ${typeof value}, which JSON cannot hold`);
}

export function toAttributeMap(value: Readonly<Record<string, unknown>>): Record<string, AttributeValue> {
  const map: Record<string, AttributeValue> = {};
  for (const [key, member] of Object.entries(value)) if (member !== undefined) map[key] = toAttribute(member);
  return map;
}

/** An attribute value as plain JSON. Sets and binaries, which the store never writes, come back as lists and strings. */
export function fromAttribute(attribute: unknown): unknown {
  if (typeof attribute !== "object" || attribute === null) return undefined;
  const a = attribute as Record<string, unknown>;
  if (typeof a.S === "string") return a.S;
  if (typeof a.N === "string") return Number(a.N);
  if (typeof a.BOOL === "boolean") return a.BOOL;
  if (a.NULL === true) return null;
  if (typeof a.M === "object" && a.M !== null) return fromAttributeMap(a.M);
  if (Array.isArray(a.L)) return a.L.map(fromAttribute);
  if (Array.isArray(a.SS)) return [...a.SS];
  if (Array.isArray(a.NS)) return a.NS.map(Number);
  if (typeof a.B === "string") return a.B;
  return undefined;
}

export function fromAttributeMap(map: object): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(map)) value[key] = fromAttribute(member);
  return value;
}
