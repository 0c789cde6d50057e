/**
 * The one URL check of the kit. Every link that comes from a catalogue goes through `safeUrl`
 * before it reaches an `href`: only http, https, mailto and tel survive, and nothing that a browser
 * would read differently from how it looks (control characters, spaces, entity tricks).
 */
import { phoneParts } from './phone.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// C0/C1 controls, spaces, bidi and zero-width characters: the URL parser silently drops some of
// them ("java\tscript:"), so a link containing any of them is refused outright.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/**
 * Returns the normalised link when it is safe to put into an `href`, else `undefined`.
 * Relative links are refused: a catalogue is shown on other people's sites.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (INVISIBLE.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

export function isAllowedUrl(value: string): boolean {
  return safeUrl(value) !== undefined;
}

/**
 * A tel: link for a phone number as written in a catalogue ("+49 381 0000 1234", "0381 0000 1234
 * ext. 12 (Mo–Fr)"): the number to dial, then a pause and the extension.
 */
export function telUrl(phone: string): string | undefined {
  const parts = phoneParts(phone);
  return parts ? safeUrl(`tel:${parts.dial}${parts.extension ? `,${parts.extension}` : ''}`) : undefined;
}

/** A mailto: link for an address that the schema accepted as an email. */
export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@?#&]+@[^\s@?#&]+$/.test(email) ? safeUrl(`mailto:${email}`) : undefined;
}
