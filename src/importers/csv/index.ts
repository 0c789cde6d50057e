/**
 * The kit's spreadsheet template → catalogue: one row per offer, columns named in German or
 * English (columns.json), several languages per text in columns such as `title_ar`, opening hours
 * as people write them ("Mo–Fr 9–12, Di 14–18"). Comma, semicolon and tab separated files are read.
 *
 * A row is left out only when it has no title or repeats another row's id; any other mistake
 * leaves out that one field and is listed in the report. Cells are plain text: formulas
 * ("=HYPERLINK(…)") are never evaluated, and a link written as a formula is dropped.
 */
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import languageTable from '../../catalogue/data/language-names.json';
import { languageCode, languageCodes } from '../../catalogue/languages.js';
import { phoneParts } from '../../catalogue/phone.js';
import { repairBoolean, repairDate, repairEmail, repairPhone, repairWebUrl } from '../../catalogue/repair.js';
import { type Cost, FORMAT, FORMAT_VERSION, LIMITS, isValidDate } from '../../catalogue/schema.js';
import { type CsvTable, parseCsv } from '../csv.js';
import { ImportLog } from '../log.js';
import { idPart, latin, shorten, slug } from '../text.js';
import type { ImportOptions, ImportSource, Importer } from '../types.js';
import columnTable from './columns.json';
import { parseOpeningHours } from './opening-hours.js';
import valueTable from './values.json';

type Key =
  | 'id' | 'title' | 'summary' | 'description' | 'categories' | 'languages' | 'organization'
  | 'organizationUrl' | 'street' | 'postalCode' | 'locality' | 'region' | 'lat' | 'lon' | 'online'
  | 'phone' | 'email' | 'website' | 'openingHours' | 'appointmentOnly' | 'hoursNote' | 'cost'
  | 'temporarilyClosed' | 'updated';

/** What a header means: a field, and for texts the language of the column. */
export interface ColumnMeaning {
  key: Key;
  lang?: string;
}

interface ColumnSpec {
  key: string;
  de: string;
  en: string;
  translatable?: boolean;
  aliases: string[];
}

const SPECS = columnTable.columns as ColumnSpec[];
const SPEC_BY_KEY = new Map(SPECS.map((s) => [s.key as Key, s]));
const TRANSLATABLE = new Set(SPECS.filter((s) => s.translatable).map((s) => s.key as Key));

/** Two spellings of a name for comparing: "Öffnungszeiten" → "oeffnungszeiten" and "offnungszeiten". */
function nameKeys(value: string): string[] {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const a = squash(latin(value, true));
  const b = squash(latin(value));
  return a === b ? [a] : [a, b];
}

const HEADER_NAMES = new Map<string, Key>();
for (const spec of SPECS) {
  for (const name of [spec.de, spec.en, ...spec.aliases]) {
    for (const k of nameKeys(name)) if (!HEADER_NAMES.has(k)) HEADER_NAMES.set(k, spec.key as Key);
  }
}

const KNOWN_LANGUAGE_CODES = new Set(Object.values(languageTable.names as Record<string, string>));

/** The language of a column suffix ("ar", "pt-BR", "Arabisch", "Arabic"), or undefined. */
function suffixLanguage(suffix: string, spaced: boolean): string | undefined {
  const s = suffix.trim();
  if (!s) return undefined;
  const byName = (languageTable.names as Record<string, string>)[s.toLowerCase()];
  if (byName) return byName;
  const code = languageCode(s);
  if (!code) return undefined;
  if (KNOWN_LANGUAGE_CODES.has(code)) return code;
  // A code written after "_" or "-" or in brackets: any two-letter language ("title_sw").
  return !spaced && /^[a-z]{2}(?:-|$)/.test(code) ? code : undefined;
}

/**
 * What a header row cell means, in German or English: "Titel", "title", "Öffnungszeiten",
 * "opening_hours", "title_ar", "Titel (Arabisch)", "Titel / title". `undefined` for unknown columns.
 */
export function columnMeaning(header: string, defaultLanguage = 'de'): ColumnMeaning | undefined {
  const name = header.trim();
  if (!name) return undefined;
  const whole = nameKeys(name).map((k) => HEADER_NAMES.get(k)).find(Boolean);
  if (whole) return TRANSLATABLE.has(whole) ? { key: whole, lang: defaultLanguage } : { key: whole };
  // A text column with a language: "title_ar", "Titel-uk", "Titel (Arabisch)", "title Arabic".
  const bracket = /^(.+?)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(name);
  const splits: [string, string, boolean][] = bracket ? [[bracket[1], bracket[2], false]] : [];
  for (let i = 1; i < name.length - 1; i++) {
    if (name[i] === '_' || name[i] === '-' || name[i] === ' ') splits.push([name.slice(0, i), name.slice(i + 1), name[i] === ' ']);
  }
  for (const [base, suffix, spaced] of splits) {
    const key = nameKeys(base.trim()).map((k) => HEADER_NAMES.get(k)).find(Boolean);
    if (!key || !TRANSLATABLE.has(key)) continue;
    const lang = suffixLanguage(suffix, spaced);
    if (lang) return { key, lang };
  }
  // "Titel / title": every part must mean the same.
  if (name.includes('/')) {
    const parts = name.split('/').map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2 && !parts.some((p) => p.includes('/'))) {
      const meanings = parts.map((p) => columnMeaning(p, defaultLanguage));
      const first = meanings[0];
      if (first && meanings.every((m) => m && m.key === first.key && m.lang === first.lang)) return first;
    }
  }
  return undefined;
}

/** The name a report uses for a field: the English column name. */
const fieldName = (key: Key) => SPEC_BY_KEY.get(key)?.en ?? key;
/** The template's header for a field ("Titel / title"). */
const headerName = (key: Key) => {
  const spec = SPEC_BY_KEY.get(key);
  return spec ? (spec.de === spec.en ? spec.de : `${spec.de} / ${spec.en}`) : key;
};

// Categories: ids, the names of the eleven default categories in every language, and the words in values.json.
const categoryKey = (s: string) => latin(s, true).toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
const CATEGORY_NAMES = new Map<string, string>();
for (const category of DEFAULT_CATEGORIES) {
  CATEGORY_NAMES.set(categoryKey(category.id), category.id);
  const names = typeof category.name === 'string' ? [category.name] : Object.values(category.name);
  for (const name of names) CATEGORY_NAMES.set(categoryKey(name), category.id);
}
for (const [id, list] of Object.entries(valueTable.categories)) for (const word of list) CATEGORY_NAMES.set(categoryKey(word), id);

const COST_WORDS = new Map<string, Cost>();
for (const [cost, list] of Object.entries(valueTable.cost)) for (const word of list) COST_WORDS.set(word, cost as Cost);

const PHONE = /^\+?[0-9 ()/.-]{3,40}$/;
const MAX_FILES = 100;

/** A cell as a spreadsheet may have saved it: leading apostrophe removed, "18055.0" → "18055". */
function plain(value: string): string {
  const s = value.trim().replace(/^'/, '').trim();
  return /^\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s;
}

/** A latitude or longitude: "54.0887", German "54,0887"; undefined for anything else. */
function coordinate(value: string): number | undefined {
  let s = plain(value).replace(/\s+/g, '');
  if (/^[+-]?\d{1,3},\d+$/.test(s)) s = s.replace(',', '.');
  return /^[+-]?\d{1,3}(?:\.\d+)?$/.test(s) ? Number(s) : undefined;
}

/** A date: "14.10.2026", "2026-10-14", also with a time after it ("14.10.2026 00:00"). */
function date(value: string): string | undefined {
  const s = plain(value);
  const iso = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/.exec(s);
  const withTime = /^(\S+)\s+\d{1,2}:\d{2}(?::\d{2})?$/.exec(s);
  const d = repairDate(iso?.[1] ?? withTime?.[1] ?? s);
  return d && isValidDate(d) ? d : undefined;
}

function cost(value: string, log: ImportLog, at: string): Cost | undefined {
  const s = value.trim().toLowerCase().replace(/\s+/g, ' ');
  const word = COST_WORDS.get(s) ?? COST_WORDS.get(s.replace(/[.!]$/, ''));
  if (word) return word;
  const amount = /^(?:€\s*)?(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur|euro)?$/.exec(s);
  if (amount) {
    const n = Number(amount[1].replace(',', '.'));
    if (n > 0) log.unmapped('cost', value, 'read as "paid"; the amount itself is not part of the catalogue', at);
    return n === 0 ? 'free' : 'paid';
  }
  log.unmapped('cost', value, 'not "kostenlos/free", "ermäßigt/reduced" or "kostenpflichtig/paid"; left out', at);
  return undefined;
}

/** Category ids in a cell ("Sprache, Gesundheit", "health; housing", "Kinder, Eltern, Frauen") and the words that are none. */
function categories(value: string): { ids: string[]; unknown: string[] } {
  const whole = CATEGORY_NAMES.get(categoryKey(value));
  if (whole) return { ids: [whole], unknown: [] };
  const pieces = value.split(/(\s*[;,|\n/،؛]\s*|\s+(?:und|and|&|\+)\s+)/i).slice(0, 99);
  const ids: string[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (!pieces[i].trim()) {
      i += 2;
      continue;
    }
    // The longest run of pieces that is one name ("Asyl- und Aufenthaltsrecht"); no name has more than five.
    let found: string | undefined;
    let end = i;
    for (let j = Math.min(pieces.length - 1, i + 8); j >= i; j -= 2) {
      found = CATEGORY_NAMES.get(categoryKey(pieces.slice(i, j + 1).join('')));
      if (found) {
        end = j;
        break;
      }
    }
    if (found) {
      if (!ids.includes(found)) ids.push(found);
    } else if (!unknown.includes(pieces[i].trim())) {
      unknown.push(pieces[i].trim());
    }
    i = end + 2;
  }
  return { ids, unknown };
}

/** Remembers what a function made of a cell: many rows repeat the same cells. */
function memo<T>(read: (value: string) => T, max = 10_000): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    let out = seen.get(value);
    if (out === undefined) {
      out = read(value);
      if (seen.size < max) seen.set(value, out);
    }
    return out;
  };
}

/** The files to read: every CSV of a folder or zip, the file itself, or the CSV behind an address. */
async function inputs(source: ImportSource, log: ImportLog): Promise<{ name: string; text: string }[]> {
  if (source.kind === 'url') {
    const fetched = await source.fetch(source.label);
    if (fetched.status >= 400) throw new Error(`${source.label}: the address answered with status ${fetched.status}`);
    if (/html/i.test(fetched.contentType) || /^\s*<(?:!doctype|html)/i.test(fetched.text)) {
      throw new Error(`${source.label}: the address gives a web page, not a CSV file (in Google Sheets: File → Share → Publish to web → CSV)`);
    }
    return [{ name: source.label.replace(/[?#].*$/, '').split('/').pop() || source.label, text: fetched.text }];
  }
  const workbook = `${source.label}: this is a spreadsheet workbook, not a CSV file. Save it as CSV first: in Excel "File → Save as → CSV UTF-8", in LibreOffice "File → Save as → Text CSV".`;
  const lower = source.files.map((f) => f.toLowerCase());
  if (source.kind === 'zip' && lower.some((f) => f === 'xl/workbook.xml' || f === 'content.xml')) throw new Error(workbook);
  const isWorkbook = (f: string) => /\.(?:xlsx|xlsm|xls|ods|numbers)$/i.test(f);
  if (source.kind === 'file' && source.files.every(isWorkbook)) throw new Error(workbook);
  let names = source.kind === 'file' ? [...source.files] : source.files.filter((f) => /\.(?:csv|tsv)$/i.test(f)).sort();
  if (names.length === 0) throw new Error(source.files.some(isWorkbook) ? workbook : `${source.label}: no CSV file found`);
  if (names.length > MAX_FILES) {
    log.skip(source.label, `has ${names.length} CSV files; only the first ${MAX_FILES} are read`);
    names = names.slice(0, MAX_FILES);
  }
  const out: { name: string; text: string }[] = [];
  for (const name of names) {
    const text = await source.text(name);
    if (text === undefined) log.skip(name, 'cannot be read');
    else out.push({ name, text });
  }
  return out;
}

interface Sheet {
  name: string;
  table: CsvTable;
  /** For each field (and language), the columns that hold it, in order. */
  columns: Map<string, string[]>;
  languages: Map<Key, string[]>;
}

/** Maps the header row; reports unknown and repeated columns once each. */
function readHeader(name: string, table: CsvTable, defaultLanguage: string, log: ImportLog): Sheet {
  const columns = new Map<string, string[]>();
  const languages = new Map<Key, string[]>();
  const seen = new Set<string>();
  for (const column of table.columns) {
    if (!column || seen.has(column)) {
      if (column) log.unmapped('column', column, 'appears twice in the header row; only the last filled cell of a row is read', `${name} line 1`);
      continue;
    }
    seen.add(column);
    const meaning = columnMeaning(column, defaultLanguage);
    if (!meaning) {
      log.unmapped('column', column, 'unknown column; its cells are not imported', `${name} line 1`);
      continue;
    }
    const slot = meaning.lang ? `${meaning.key}:${meaning.lang}` : meaning.key;
    const list = columns.get(slot);
    if (!list && meaning.lang && (languages.get(meaning.key)?.length ?? 0) >= LIMITS.languagesPerMap) {
      log.unmapped('column', column, `more than ${LIMITS.languagesPerMap} languages for one text; not imported`, `${name} line 1`);
      continue;
    }
    if (list) {
      log.unmapped('column', column, `means the same as the column "${list[0]}"; read only where that one is empty`, `${name} line 1`);
      list.push(column);
    } else {
      columns.set(slot, [column]);
      if (meaning.lang) languages.set(meaning.key, [...(languages.get(meaning.key) ?? []), meaning.lang]);
    }
  }
  return { name, table, columns, languages };
}

/** The first filled cell of a field in a row. */
function cell(sheet: Sheet, row: Record<string, string>, key: Key): string | undefined {
  for (const column of sheet.columns.get(key) ?? []) {
    const value = row[column];
    if (value) return value;
  }
  return undefined;
}

/** A text in every language the sheet has a column for; empty languages left out. */
function texts(sheet: Sheet, row: Record<string, string>, key: Key): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of sheet.languages.get(key) ?? []) {
    for (const column of sheet.columns.get(`${key}:${lang}`) ?? []) {
      const value = row[column]?.replace(/\r\n?/g, '\n').trim();
      if (value) {
        out[lang] = value;
        break;
      }
    }
  }
  return out;
}

/** Reads the kit's offers template (CSV) into a catalogue document. */
export const importCsv: Importer = async (source: ImportSource, options: ImportOptions = {}) => {
  const log = new ImportLog();
  const defaultLanguage = languageCode(options.defaultLanguage ?? 'de') ?? 'de';
  const sheets: Sheet[] = [];
  let read = 0;
  for (const { name, text } of await inputs(source, log)) {
    if (/^(?:\u00ff\u00fe|\u00fe\u00ff|\ufffe)/.test(text) || text.slice(0, 1000).includes('\u0000')) {
      log.skip(name, 'is saved as "Unicode Text" (UTF-16), which cannot be read; save it as "CSV UTF-8" instead');
      continue;
    }
    const table = parseCsv(text, name, log);
    options.onProgress?.(`${name}: ${table.rows.length} rows`);
    read += table.rows.length;
    if (table.columns.length === 0) continue;
    const sheet = readHeader(name, table, defaultLanguage, log);
    if (![...sheet.columns.keys()].some((k) => k.startsWith('title:'))) {
      if (table.rows.length > 0) {
        log.skip(name, `has no title column ("${headerName('title')}"), so none of its ${table.rows.length} rows can be read; is this the offers template?`);
      }
      continue;
    }
    sheets.push(sheet);
  }

  const titleOf = (sheet: Sheet, row: Record<string, string>) => {
    const t = texts(sheet, row, 'title');
    return t[defaultLanguage] ?? Object.values(t)[0];
  };

  // Ids written in the sheet are reserved first, so an id made from a title never takes one of them.
  const reserved = new Set<string>();
  for (const sheet of sheets) {
    for (const row of sheet.table.rows) {
      const id = cell(sheet, row, 'id');
      if (id && titleOf(sheet, row)) reserved.add(idPart(plain(id), { max: LIMITS.id, german: true }));
    }
  }

  const used = new Map<string, string>();
  const counters = new Map<string, number>();
  // Many rows share their cells: each text is read once.
  const hoursOf = memo(parseOpeningHours);
  const categoriesOf = memo(categories);
  const languagesOf = memo(languageCodes);
  const regionId = memo((region: string) => slug(region, { max: LIMITS.id, german: true }));
  const regions = new Map<string, string>();
  const offers: Record<string, unknown>[] = [];

  for (const sheet of sheets) {
    const { rows, lines } = sheet.table;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const at = `${sheet.name} line ${lines[r]}`;
      const offer = readRow(sheet, row, at);
      if (offer) offers.push(offer);
    }
  }

  function readRow(sheet: Sheet, row: Record<string, string>, at: string): Record<string, unknown> | undefined {
    const rawId = cell(sheet, row, 'id');
    const title = texts(sheet, row, 'title');
    const mainTitle = title[defaultLanguage] ?? Object.values(title)[0];
    if (!mainTitle) {
      log.skip(at, `${rawId ? `the row "${rawId}" ` : ''}has no title (column "${headerName('title')}"); the row was left out`);
      return undefined;
    }

    // The id: as written (cleaned), or made from the title.
    let id = rawId ? idPart(plain(rawId), { max: LIMITS.id, german: true }) : '';
    if (rawId && id && id !== plain(rawId)) {
      log.unmapped('id', rawId, `ids may contain only letters, digits and . _ : -; changed to "${id}"`, at);
    }
    if (id) {
      const first = used.get(id);
      if (first) {
        log.skip(at, `the id "${id}" is already used in ${first}; the row was left out (give every row its own id)`);
        return undefined;
      }
    } else {
      if (rawId) log.unmapped('id', rawId, 'has no letters or digits; an id was made from the title', at);
      const base = slug(mainTitle, { german: true }) || 'offer';
      id = base;
      if (reserved.has(id) || used.has(id)) {
        let n = counters.get(base) ?? 2;
        while (reserved.has(`${base}-${n}`) || used.has(`${base}-${n}`)) n++;
        id = `${base}-${n}`;
        counters.set(base, n + 1);
      }
    }
    used.set(id, at);

    const offer: Record<string, unknown> = { id };
    for (const [lang, text] of Object.entries(title)) {
      if (text.length > LIMITS.title) {
        log.unmapped('title', text, `longer than ${LIMITS.title} characters; shortened`, at);
        title[lang] = shorten(text, LIMITS.title);
      }
    }
    offer.title = title;

    for (const key of ['summary', 'description'] as const) {
      const map = texts(sheet, row, key);
      for (const [lang, text] of Object.entries(map)) {
        if (text.length > LIMITS[key]) {
          log.unmapped(fieldName(key), text, `longer than ${LIMITS[key].toLocaleString('en')} characters; shortened`, at);
          map[lang] = shorten(text, LIMITS[key]);
        }
      }
      if (Object.keys(map).length) offer[key] = map;
    }

    const categoryCell = cell(sheet, row, 'categories');
    if (categoryCell) {
      const { ids, unknown } = categoriesOf(categoryCell);
      for (const word of unknown) log.unmapped('category', word, 'not one of the eleven categories; left out', at);
      if (ids.length) offer.categories = [...ids];
    }

    const languageCell = cell(sheet, row, 'languages');
    if (languageCell) {
      const { codes, unknown } = languagesOf(languageCell);
      for (const name of unknown) log.unmapped('language', name, 'not a language the kit knows; left out (a code such as "ar" always works)', at);
      if (codes.length > LIMITS.listItems) log.unmapped('language', languageCell, `more than ${LIMITS.listItems} languages; only the first ${LIMITS.listItems} are kept`, at);
      if (codes.length) offer.languages = codes.slice(0, LIMITS.listItems);
    }

    const orgName = cell(sheet, row, 'organization');
    const orgUrl = link(cell(sheet, row, 'organizationUrl'), 'organization website', at);
    if (orgName) {
      const name = orgName.length > LIMITS.name ? shorten(orgName, LIMITS.name) : orgName;
      if (name !== orgName) log.unmapped('organization', orgName, `longer than ${LIMITS.name} characters; shortened`, at);
      offer.organization = { name, ...(orgUrl ? { url: orgUrl } : {}) };
    } else if (orgUrl) {
      log.unmapped('organization website', orgUrl, `there is no organization name (column "${headerName('organization')}"); left out`, at);
    }

    const location = readLocation(sheet, row, at);
    if (location) offer.location = location;

    const online = flag(sheet, row, 'online', at);
    if (online !== undefined) offer.online = online;

    const contact: Record<string, string> = {};
    const phoneCell = cell(sheet, row, 'phone');
    if (phoneCell) {
      const phone = readPhone(phoneCell, at);
      if (phone) contact.phone = phone;
    }
    const emailCell = cell(sheet, row, 'email');
    if (emailCell) {
      const email = emailCell.startsWith('=') ? undefined : repairEmail(plain(emailCell));
      if (email) contact.email = email;
      else log.unmapped('email', emailCell, 'not an e-mail address; left out', at);
    }
    const website = link(cell(sheet, row, 'website'), 'website', at);
    if (website) contact.website = website;
    if (Object.keys(contact).length) offer.contact = contact;

    const hours = readHours(sheet, row, at);
    if (hours) offer.openingHours = hours;

    const closed = flag(sheet, row, 'temporarilyClosed', at);
    if (closed !== undefined) offer.temporarilyClosed = closed;

    const costCell = cell(sheet, row, 'cost');
    if (costCell) {
      const value = cost(costCell, log, at);
      if (value) offer.cost = value;
    }

    const updatedCell = cell(sheet, row, 'updated');
    if (updatedCell) {
      const value = date(updatedCell);
      if (value) offer.updated = value;
      else log.unmapped('updated', updatedCell, 'not a date such as 14.10.2026 or 2026-10-14; left out', at);
    }
    return offer;
  }

  function link(value: string | undefined, field: string, at: string): string | undefined {
    if (!value) return undefined;
    if (value.startsWith('=')) {
      log.unmapped(field, value, 'a spreadsheet formula, not an address; left out', at);
      return undefined;
    }
    const url = repairWebUrl(plain(value));
    if (url && url.length <= LIMITS.url) return url;
    log.unmapped(field, value, 'not a safe web address (https://… or http://…); left out', at);
    return undefined;
  }

  function flag(sheet: Sheet, row: Record<string, string>, key: Key, at: string): boolean | undefined {
    const value = cell(sheet, row, key);
    if (!value) return undefined;
    const yes = repairBoolean(plain(value));
    if (yes === undefined) log.unmapped(fieldName(key), value, 'not "ja/yes/x" or "nein/no"; left out', at);
    return yes;
  }

  function readPhone(value: string, at: string): string | undefined {
    const s = plain(value);
    if (s.startsWith('=')) {
      log.unmapped('phone', value, 'a spreadsheet formula, not a phone number; left out', at);
      return undefined;
    }
    const written = repairPhone(s);
    if (written && written.length <= LIMITS.phone && PHONE.test(written)) return written;
    const parts = written ? phoneParts(written) : undefined;
    if (parts && PHONE.test(parts.dial)) {
      log.unmapped('phone', value, `only the number is kept ("${parts.dial}"); put notes in "${headerName('hoursNote')}"`, at);
      return parts.dial;
    }
    log.unmapped('phone', value, /\dE\+\d/i.test(s) ? 'the spreadsheet turned it into a number (format the column as text); left out' : 'not a phone number; left out', at);
    return undefined;
  }

  function readLocation(sheet: Sheet, row: Record<string, string>, at: string): Record<string, unknown> | undefined {
    const location: Record<string, unknown> = {};
    const fit = (key: 'street' | 'locality', max: number) => {
      const value = cell(sheet, row, key);
      if (!value) return;
      if (value.length > max) log.unmapped(fieldName(key), value, `longer than ${max} characters; shortened`, at);
      location[key] = value.length > max ? shorten(value, max) : value;
    };
    fit('street', LIMITS.street);
    const postal = cell(sheet, row, 'postalCode');
    if (postal) {
      // A spreadsheet drops the leading zero of "07743" (Jena): a German postal code has five digits.
      const code = plain(postal).replace(/^(\d{4})$/, '0$1');
      if (code.length <= LIMITS.postalCode && /^[A-Za-z0-9 -]+$/.test(code)) location.postalCode = code;
      else log.unmapped('postal code', postal, 'not a postal code; left out', at);
    }
    fit('locality', LIMITS.locality);
    const region = cell(sheet, row, 'region');
    if (region) {
      const id = regionId(region);
      if (id && !regions.has(id) && regions.size >= LIMITS.regions) {
        log.unmapped('region', region, `more than ${LIMITS.regions.toLocaleString('en')} different regions; left out`, at);
      } else if (id) {
        if (!regions.has(id)) regions.set(id, region.length > LIMITS.name ? shorten(region, LIMITS.name) : region);
        location.region = id;
      } else {
        log.unmapped('region', region, 'no id can be made from it (write it in Latin letters); left out', at);
      }
    }
    const latCell = cell(sheet, row, 'lat');
    const lonCell = cell(sheet, row, 'lon');
    if (latCell || lonCell) {
      const lat = latCell ? coordinate(latCell) : undefined;
      const lon = lonCell ? coordinate(lonCell) : undefined;
      if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        location.lat = lat;
        location.lon = lon;
      } else {
        const shown = `${latCell ?? '(empty)'} / ${lonCell ?? '(empty)'}`;
        log.unmapped('latitude/longitude', shown, 'needs both, as numbers such as 54,0887 and 12,1405; left out', at);
      }
    }
    return Object.keys(location).length ? location : undefined;
  }

  function readHours(sheet: Sheet, row: Record<string, string>, at: string): Record<string, unknown> | undefined {
    const hours: Record<string, unknown> = {};
    const note = texts(sheet, row, 'hoursNote');
    const written = cell(sheet, row, 'openingHours')?.replace(/\r\n?/g, '\n');
    let extra: string | undefined;
    let appointment = false;
    if (written) {
      const reading = hoursOf(written);
      if (reading.understood) {
        if (reading.weekly.length) hours.weekly = reading.weekly.map((s) => ({ ...s, days: [...s.days] }));
        appointment = reading.appointmentOnly;
        extra = reading.note;
      } else {
        log.unmapped('opening hours', written, `opening hours not understood (${reading.problem}); the text is kept as a note`, at);
        extra = written;
      }
    }
    const only = flag(sheet, row, 'appointmentOnly', at);
    if (only === true || appointment) hours.appointmentOnly = true;
    else if (only === false) hours.appointmentOnly = false;
    if (extra) note[defaultLanguage] = note[defaultLanguage] ? `${extra}\n${note[defaultLanguage]}` : extra;
    for (const [lang, text] of Object.entries(note)) {
      if (text.length > LIMITS.note) {
        log.unmapped('hours note', text, `longer than ${LIMITS.note.toLocaleString('en')} characters; shortened`, at);
        note[lang] = shorten(text, LIMITS.note);
      }
    }
    if (Object.keys(note).length) hours.note = note;
    return Object.keys(hours).length ? hours : undefined;
  }

  const document: Record<string, unknown> = {
    format: FORMAT,
    version: FORMAT_VERSION,
    ...(options.title ? { title: options.title } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    defaultLanguage,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(regions.size ? { regions: [...regions].map(([id, name]) => ({ id, name })) } : {}),
    offers,
  };
  return { document, read, unmapped: log.unmappedList(), skipped: log.skipped };
};
