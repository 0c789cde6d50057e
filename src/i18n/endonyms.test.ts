// Languages by their own names: the table covers the languages refugees in Germany speak and every
// language of the sample catalogue, agrees with CLDR (Node has all of it) where CLDR has the
// language, and endonym() prefers it to the browser's names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from './data/endonyms.json';
import { languageName } from './format.js';
import { endonym, LOCALES } from './locales.js';

const names: Record<string, string> = table.names;

/** Languages of refugees and migrants in Germany that Chromium has no names for (and a few it has). */
const REQUIRED = ['ps', 'ku', 'kmr', 'ckb', 'ti', 'so', 'sq', 'prs', 'fa-af', 'am', 'ha', 'ln', 'rom', 'de-x-ls'];

/** Where the table departs from CLDR's own name of the language, and why. */
const NOT_CLDR: Record<string, string> = {
  'de-x-ls': 'Easy German is its own variety; its name is "Leichte Sprache"',
  ku: 'Kurdish without a dialect: both scripts, Kurmanji (Latin) and Sorani (Arabic)',
  'ku-latn': 'Kurmanji in Latin script, without CLDR\'s "(latînî)"',
  'ku-arab': 'Sorani spelling of "Kurdish"',
  ckb: 'Sorani speakers say کوردی or سۆرانی, not CLDR\'s کوردیی ناوەندی ("Central Kurdish")',
  om: 'Afaan Oromoo, as Oromo speakers write it; CLDR says Oromoo',
};

const TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const FIELDS = new Set(['id', 'url', 'end']);

/** Every language the sample catalogue names: languages spoken and the languages of its texts. */
function sampleLanguages(): Set<string> {
  const catalogue = JSON.parse(readFileSync(new URL('../../demo/catalogue.json', import.meta.url), 'utf8'));
  const found = new Set<string>([catalogue.defaultLanguage]);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    // A language map: language tags to text (the format's short field names are no language).
    if (entries.length && entries.every(([k, v]) => TAG.test(k) && !FIELDS.has(k) && typeof v === 'string')) {
      for (const [k] of entries) found.add(k);
      return;
    }
    for (const [key, v] of entries) {
      if ((key === 'languages' || key === 'machineTranslated') && Array.isArray(v)) v.forEach((t) => found.add(String(t)));
      else if (key === 'translatedFrom' && typeof v === 'string') found.add(v);
      else walk(v);
    }
  };
  walk([catalogue.offers, catalogue.events, catalogue.jobs, catalogue.categories, catalogue.regions, catalogue.title]);
  return found;
}

describe('the table of endonyms', () => {
  it('names the languages browsers lack, the interface languages and every language of the sample catalogue', () => {
    const sample = [...sampleLanguages()];
    expect(sample.length).toBeGreaterThan(10);
    for (const tag of [...REQUIRED, ...LOCALES, ...sample]) expect(names[tag.toLowerCase()], tag).toBeTruthy();
  });

  it('agrees with CLDR wherever CLDR has the language (or says why not)', () => {
    for (const [tag, name] of Object.entries(names)) {
      expect(tag, 'keys are lower case').toBe(tag.toLowerCase());
      const cldr = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
      const hasLocale = cldr.resolvedOptions().locale.split('-')[0] === tag.split('-')[0];
      if (NOT_CLDR[tag] || !hasLocale) continue;
      expect(name.toLowerCase(), tag).toBe(cldr.of(tag)?.toLowerCase());
    }
    for (const tag of Object.keys(NOT_CLDR)) expect(names[tag], tag).toBeTruthy();
  });

  it('writes each name in its own script', () => {
    const script: Record<string, RegExp> = {
      ps: /^[\u0600-\u06FF ]+$/u,
      prs: /^[\u0600-\u06FF ]+$/u,
      ckb: /^[\u0600-\u06FF ()]+$/u,
      ti: /^[\u1200-\u137F]+$/u,
      am: /^[\u1200-\u137F]+$/u,
      uk: /^[\u0400-\u04FF]+$/u,
      kmr: /^[A-Za-zÎîÊêÇçŞşÛû]+$/u,
    };
    for (const [tag, pattern] of Object.entries(script)) expect(names[tag], tag).toMatch(pattern);
  });
});

describe('endonym()', () => {
  it('gives the table’s names', () => {
    expect(endonym('ps')).toBe('پښتو');
    expect(endonym('kmr')).toBe('Kurmancî');
    expect(endonym('ckb')).toBe('کوردی (سۆرانی)');
    expect(endonym('ti')).toBe('ትግርኛ');
    expect(endonym('so')).toBe('Soomaali');
    expect(endonym('sq')).toBe('Shqip');
    expect(endonym('prs')).toBe('دری');
    expect(endonym('fa-AF')).toBe('دری');
    expect(endonym('rom')).toBe('Romani čhib');
    expect(endonym('de-x-ls')).toBe('Leichte Sprache');
    expect(endonym('uk')).toBe('Українська');
  });

  it('names regional forms as the language in the table, others as the browser does', () => {
    expect(endonym('fr-CA')).toBe('Français');
    expect(endonym('pt-BR')).toMatch(/^Português \(Brasil\)$/);
    expect(endonym('ckb-IQ')).toBe('کوردی (سۆرانی)');
    expect(endonym('ti_ER')).toBe('ትግርኛ');
    expect(endonym('DE-X-LS')).toBe('Leichte Sprache');
  });

  it('falls back to the browser’s own names, then to a name in any language, then to the tag', () => {
    expect(endonym('sw')).toBe('Kiswahili');
    expect(endonym('haw')).not.toBe('');
    expect(endonym('qqq')).toBe('qqq');
  });
});

describe('languageName()', () => {
  it('names a language in the visitor’s language, and by its own name where Intl has none', () => {
    expect(languageName('ar', 'de')).toBe('Arabisch');
    expect(languageName('ps', 'de')).toBe('Paschtu');
    expect(languageName('de-x-ls', 'en')).toBe('Leichte Sprache');
    expect(languageName('qqq', 'en')).toBe('qqq');
  });
});
