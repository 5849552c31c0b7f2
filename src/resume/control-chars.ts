// C0 controls except tab, newline and carriage return, DEL and C1 controls: PostgreSQL refuses
// NUL in text (22021) and none of them means anything in a résumé.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to store: no control characters, no lone surrogates (refused inside JSON columns). */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Applies stripControlChars to every string inside a JSON-like value. */
export function stripControlCharsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlChars(value) as T;
  if (Array.isArray(value)) return value.map((item) => stripControlCharsDeep(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlCharsDeep(item)])) as T;
  }
  return value;
}
