/**
 * Phone numbers as people write them, split into what a dialler needs. Kept apart from the
 * repairs (and their tables) because every element that shows a phone link needs it.
 */
/** A phone number as people write it: the number to dial, its extension and any note. */
export interface PhoneParts {
  /** Digits and a leading + only: what a dialler needs ("+493810001234"). */
  dial: string;
  /** The extension, digits only ("57471"). */
  extension?: string;
  /** Text around the number ("(Mo-Fr)", "cell"). */
  note?: string;
}

const PHONE_NUMBER = /\+?\(?\d[\d ()/.\u2010-\u2015-]{1,40}\d/;
const EXTENSION = /(?:^|[\s,;(])(?:x|ext\.?|extension|durchwahl|dw\.?|app\.?|#)\s*[:.]?\s*(\d{1,8})\b\)?/i;

/** Splits a phone text into the number to dial, the extension and a note; `undefined` without a number. */
export function phoneParts(value: string): PhoneParts | undefined {
  let text = value.trim().replace(/^tel:/i, '');
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = `${text.slice(0, ext.index)} ${text.slice(ext.index + ext[0].length)}`;
  }
  const number = PHONE_NUMBER.exec(text);
  if (!number) return undefined;
  const dial = number[0].replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  const digits = dial.replace(/\D/g, '').length;
  if (digits < 3 || digits > 20) return undefined;
  const note = `${text.slice(0, number.index)} ${text.slice(number.index + number[0].length)}`
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  return { dial, ...(extension ? { extension } : {}), ...(note ? { note } : {}) };
}
