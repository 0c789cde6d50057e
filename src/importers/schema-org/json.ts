/**
 * JSON as web pages write it into JSON-LD blocks: strict JSON first; on failure one careful repair
 * of the two mistakes content systems make most (line breaks and tabs written raw inside strings,
 * a comma before `}` or `]`). Anything else is reported as broken.
 */

export type JsonResult = { ok: true; value: unknown; repaired?: string } | { ok: false; error: string };

/** Escapes raw control characters inside strings and drops trailing commas; linear, one pass. */
function repair(text: string): { text: string; what: string[] } {
  const out: string[] = [];
  const what = new Set<string>();
  let inString = false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      else if (c < 0x20) {
        out.push(text.slice(last, i), c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : `\\u${c.toString(16).padStart(4, '0')}`);
        last = i + 1;
        what.add('line breaks or tabs inside text');
      }
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x2c) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (text[j] === '}' || text[j] === ']') {
        out.push(text.slice(last, i));
        last = i + 1;
        what.add('a comma before a closing bracket');
      }
    }
  }
  out.push(text.slice(last));
  return { text: out.join(''), what: [...what] };
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Parses JSON, repairing the common mistakes once; never throws. */
export function parseJsonLenient(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const first = message(error);
    const fixed = repair(text);
    if (fixed.what.length === 0) return { ok: false, error: first };
    try {
      return { ok: true, value: JSON.parse(fixed.text), repaired: fixed.what.join(' and ') };
    } catch {
      return { ok: false, error: first };
    }
  }
}
