import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LangMap } from '../catalogue/schema.js';
import { firstLanguage, localText, type LocalText, type TextLanguages } from '../catalogue/text.js';
import { EASY_GERMAN } from '../catalogue/values.js';
import { isRtl, primaryLanguage } from '../i18n/locales.js';

/** What a record says about its translations (offers, events and jobs). */
export interface TranslatedRecord {
  readonly id: string;
  /** The languages in which the record's texts were machine-translated. */
  readonly machineTranslated?: readonly string[];
  /** The language the texts were written in (default: the catalogue's default language). */
  readonly translatedFrom?: string;
}

/** A catalogue text as an element shows it. */
export interface ShownText extends LocalText {
  /** The direction of the text's language: set as `dir` on the text. */
  dir: 'ltr' | 'rtl';
  /** A machine translation (marked "automatically translated"). */
  machine: boolean;
  /** The text in the language it was written in, shown in place of its machine translation. */
  original: boolean;
}

/** What a record's texts are, for the mark and the "show original" button. */
export interface TranslationState {
  /** Some of the texts are machine-translated. */
  machine: boolean;
  /** The language of the originals, when at least one of them is there to show. */
  originalLanguage?: string;
  /** The originals are shown now. */
  showingOriginal: boolean;
}

const norm = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');
const privateUse = (tag: string) => /-x-/i.test(tag);

/** The direction a language is written in. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return isRtl(tag) ? 'rtl' : 'ltr';
}

/**
 * True when text in `lang` is in one of the languages `listed`: the same tag, or a more specific
 * one ("ar" covers "ar-SY"). Easy German ("de-x-ls") is a variety of its own: "de" does not cover it.
 */
export function inLanguages(lang: string, listed: readonly string[] | undefined): boolean {
  if (!listed?.length) return false;
  const tag = norm(lang);
  return listed.some((l) => {
    const range = norm(l);
    return tag === range || (tag.startsWith(`${range}-`) && !privateUse(tag.slice(range.length)));
  });
}

/** The Easy German text of a language map, when it has one. */
export function easyText(value: LangMap | undefined): LocalText | undefined {
  if (!value || typeof value === 'string') return undefined;
  // Without making arrays or copies of tags: lists ask this of every record of a catalogue. Most
  // tags ("de", "ar", "de-DE") are shorter than Easy German's and are skipped at once.
  for (const tag in value) {
    if (tag.length < EASY_GERMAN.length || !Object.hasOwn(value, tag) || norm(tag) !== EASY_GERMAN) continue;
    const text = value[tag];
    if (text.trim()) return { text, lang: tag, fallback: false };
  }
  return undefined;
}

/**
 * The text in language `tag` itself (a plain string is in the catalogue's default language), for
 * "show original"; a more specific tag counts ("de" finds "de-DE"), Easy German does not.
 */
export function textIn(value: LangMap | undefined, tag: string, defaultLanguage: string): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    return value.trim() && inLanguages(defaultLanguage, [tag]) ? { text: value, lang: defaultLanguage, fallback: false } : undefined;
  }
  const entries = Object.entries(value).filter(([, text]) => text.trim());
  const hit = entries.find(([t]) => norm(t) === norm(tag)) ?? entries.find(([t]) => inLanguages(t, [tag]));
  return hit ? { text: hit[1], lang: hit[0], fallback: false } : undefined;
}

/** True when a visitor reading `contentLanguage` is offered Easy German (German readers only). */
export function readsGerman(contentLanguage: string): boolean {
  return primaryLanguage(contentLanguage) === 'de';
}

/**
 * The texts of one record as the element shows them now: in Easy German where the visitor switched
 * it on and the record has it, and in the original language where the visitor asked for the
 * original of a machine translation.
 */
export class RecordTexts {
  /** The language of catalogue text (the first of `languages`). */
  private readonly contentLanguage: string;

  constructor(
    private readonly record: TranslatedRecord,
    /** The languages to pick text in: the content language, then the visitor's others (see `localText`). */
    private readonly languages: TextLanguages,
    private readonly defaultLanguage: string,
    private readonly easy: boolean,
    /** The visitor asked for the originals of this record's machine-translated texts. */
    readonly showingOriginal: boolean,
  ) {
    this.contentLanguage = firstLanguage(languages, defaultLanguage);
  }

  /** The language the record's texts were written in. */
  get originalLanguage(): string {
    return this.record.translatedFrom || this.defaultLanguage;
  }

  /** The text the visitor reads, before "show original". */
  private chosen(value: LangMap | undefined): LocalText | undefined {
    const easy = this.easy && readsGerman(this.contentLanguage) ? easyText(value) : undefined;
    return easy ?? localText(value, this.languages, this.defaultLanguage);
  }

  private isMachine(text: LocalText): boolean {
    return inLanguages(text.lang, this.record.machineTranslated) && !inLanguages(text.lang, [this.originalLanguage]);
  }

  /** The text to show for one of the record's language maps. */
  pick(value: LangMap | undefined): ShownText | undefined {
    const text = this.chosen(value);
    if (!text) return undefined;
    const machine = this.isMachine(text);
    if (machine && this.showingOriginal) {
      const original = textIn(value, this.originalLanguage, this.defaultLanguage);
      if (original) return { ...original, dir: textDirection(original.lang), machine: false, original: true };
    }
    return { ...text, dir: textDirection(text.lang), machine, original: false };
  }

  /** Whether any of `values` (the record's texts shown) is machine-translated, and whether an original is there. */
  translation(values: readonly (LangMap | undefined)[]): TranslationState {
    let machine = false;
    let originalLanguage: string | undefined;
    for (const value of values) {
      const text = this.chosen(value);
      if (!text || !this.isMachine(text)) continue;
      machine = true;
      const original = textIn(value, this.originalLanguage, this.defaultLanguage);
      if (original) originalLanguage ??= original.lang;
    }
    return { machine, originalLanguage, showingOriginal: machine && this.showingOriginal && !!originalLanguage };
  }

  /** True when one of `values` has an Easy German text the visitor can switch to. */
  hasEasy(values: readonly (LangMap | undefined)[]): boolean {
    return readsGerman(this.contentLanguage) && values.some((v) => !!easyText(v));
  }
}

/** Record lists (by their array) and whether one of their records has an Easy German text. */
const easyLists = new WeakMap<object, boolean>();

/** True when `list` begins with every record of `start`, the same objects in the same order. */
function beginsWith(list: readonly object[], start: readonly object[]): boolean {
  if (start.length > list.length) return false;
  for (let i = 0; i < start.length; i++) if (list[i] !== start[i]) return false;
  return true;
}

/**
 * The visitor's choices about text versions in one element, kept while the page lives: Easy German
 * (Leichte Sprache) on or off, and the records whose machine-translated texts are shown in their
 * original language.
 */
export class TextVersionsController implements ReactiveController {
  private easyOn = false;
  /** The last list looked through for Easy German: a pack's list grows by parts, and only the new part is read. */
  private lastList?: { records: readonly object[]; found: boolean };
  private readonly originals = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Easy German is switched on (it shows only where the visitor reads German and a text has it). */
  get easy(): boolean {
    return this.easyOn;
  }

  toggleEasy(): void {
    this.easyOn = !this.easyOn;
    this.host.requestUpdate();
  }

  /** Shows the originals of a record's machine-translated texts, or its translations again. */
  toggleOriginal(key: string): void {
    if (!this.originals.delete(key)) this.originals.add(key);
    this.host.requestUpdate();
  }

  /**
   * The texts of one record (`key` names it among the element's records, such as "offer:o-1"), in
   * `languages`: the content language, then the visitor's others.
   */
  record(key: string, record: TranslatedRecord, languages: TextLanguages, defaultLanguage: string): RecordTexts {
    return new RecordTexts(record, languages, defaultLanguage, this.easyOn, this.originals.has(key));
  }

  /** Texts that belong to no record (category names): Easy German where switched on, no marks. */
  plain(languages: TextLanguages, defaultLanguage: string): RecordTexts {
    return new RecordTexts({ id: '' }, languages, defaultLanguage, this.easyOn, false);
  }

  /**
   * True when the visitor reads German and one of `records` has a text in Easy German among the
   * fields `texts` gives (looked through once per list).
   */
  listHasEasy<T extends object>(records: readonly T[], contentLanguage: string, texts: (record: T) => readonly (LangMap | undefined)[]): boolean {
    if (!readsGerman(contentLanguage)) return false;
    let known = easyLists.get(records);
    if (known === undefined) {
      const before = this.lastList;
      const grown = before !== undefined && beginsWith(records, before.records);
      known = grown && before.found;
      for (let i = grown ? before.records.length : 0; !known && i < records.length; i++) known = texts(records[i]).some((v) => easyText(v) !== undefined);
      easyLists.set(records, known);
      this.lastList = { records, found: known };
    }
    return known;
  }
}
