/** Reading untrusted JSON and CSV values without assuming their types. */

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a string, number or boolean, trimmed; '' for anything else (null, objects, lists). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  return '';
}

/** The first of the fields that has text. */
export function field(o: Obj | undefined, ...keys: string[]): string {
  if (!o) return '';
  for (const key of keys) {
    if (!Object.hasOwn(o, key)) continue;
    const s = str(o[key]);
    if (s && s.toLowerCase() !== 'null') return s;
  }
  return '';
}

/** A list of objects from a field (a single object counts as a list of one). */
export function objects(o: Obj | undefined, ...keys: string[]): Obj[] {
  const out: Obj[] = [];
  if (!o) return out;
  for (const key of keys) {
    if (!Object.hasOwn(o, key)) continue;
    const v = o[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isObj(item)) out.push(item);
    } else if (isObj(v)) out.push(v);
  }
  return out;
}

/** The items of a field: a list's items, or the value itself (text, an object). */
export function items(o: Obj | undefined, ...keys: string[]): unknown[] {
  const out: unknown[] = [];
  if (!o) return out;
  for (const key of keys) {
    if (!Object.hasOwn(o, key)) continue;
    const v = o[key];
    if (Array.isArray(v)) out.push(...v);
    else if (v !== undefined && v !== null && v !== '') out.push(v);
  }
  return out;
}

/** An object from a field. */
export function object(o: Obj | undefined, key: string): Obj | undefined {
  if (!o || !Object.hasOwn(o, key)) return undefined;
  const v = o[key];
  return isObj(v) ? v : undefined;
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}
