// Counts in the kit's languages, with the built translations: each count takes its CLDR form, and
// the forms that stand for one number and say it in their word (Arabic one and two) are written
// without the number.
import { msg, str } from '@lit/localize';
import { beforeAll, describe, expect, it } from 'vitest';
import { count } from './format.js';
import { LOCALES, type Locale } from './locales.js';
import { plural, singleNumberForms, type PluralForms } from './plural.js';
import { inLocale, loadLocale } from './runtime.js';
import { templates as arabic } from './generated/locales/ar.js';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** Any digit: Latin, Arabic-Indic or Persian. */
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** The plural sets of the elements (ids "<set>.<category>"), as built: results.count, map.cluster … */
const SETS = [...new Set(Object.keys(arabic).flatMap((id) => /^(.+)\.(?:zero|one|two|few|many|other)$/.exec(id)?.[1] ?? []))].filter(
  (set) => `${set}.one` in arabic && `${set}.other` in arabic,
);

/** A count in `locale` as an element says it: the number as the kit writes it, in the set's form. */
function say(set: string, n: number, locale: Locale): string {
  const shown = count(n, locale);
  const forms = Object.fromEntries(CATEGORIES.map((category) => [category, () => msg(str`${shown}`, { id: `${set}.${category}` })])) as PluralForms<string>;
  return inLocale(locale, () => plural(n, locale, forms)).replace(/[\u200e\u200f]/g, '');
}

beforeAll(async () => {
  for (const locale of LOCALES) await loadLocale(locale);
});

describe('plural forms', () => {
  it('finds the count messages of the elements', () => {
    expect(SETS).toEqual(expect.arrayContaining(['results.count', 'events.count', 'job.count', 'map.cluster', 'map.loaded', 'map.zoomed', 'map.in-view']));
  });

  it('knows the forms that stand for exactly one number in each language (Intl.PluralRules)', () => {
    expect([...singleNumberForms('ar')].sort()).toEqual(['one', 'two', 'zero']);
    expect([...singleNumberForms('de')]).toEqual(['one']);
    expect([...singleNumberForms('en')]).toEqual(['one']);
    // Russian and Ukrainian "one" is 1, 21, 31 …; Farsi and French "one" are 0 and 1.
    for (const locale of ['ru', 'uk', 'fa', 'fr']) expect([...singleNumberForms(locale)], locale).toEqual([]);
    const checked = [...Array.from({ length: 10_001 }, (_, i) => i), 100_000, 1_000_000, 1_000_001, 2_000_000];
    for (const locale of LOCALES) {
      const rules = new Intl.PluralRules(locale);
      for (const category of singleNumberForms(locale)) expect(checked.filter((n) => rules.select(n) === category), `${locale} ${category}`).toHaveLength(1);
    }
  });

  it('says one and two in Arabic with the word alone: no digit', () => {
    expect(say('results.count', 1, 'ar')).toBe('خدمة واحدة');
    expect(say('results.count', 2, 'ar')).toBe('خدمتان');
    expect(say('events.count', 1, 'ar')).toBe('فعالية واحدة');
    expect(say('events.count', 2, 'ar')).toBe('فعاليتان');
    expect(say('job.count', 1, 'ar')).toBe('وظيفة واحدة');
    expect(say('job.count', 2, 'ar')).toBe('وظيفتان');
    expect(say('map.zoomed', 2, 'ar')).toBe('تم التكبير: خدمتان هنا');
    expect(say('map.loaded', 1, 'ar')).toBe('تم تحميل الخريطة: خدمة واحدة في الجزء الظاهر منها');
    // A cluster on the map shows its number, so its name keeps it.
    expect(say('map.cluster', 2, 'ar')).toBe(`${count(2, 'ar')} خدمتان هنا – يُرجى تكبير الخريطة`);
    for (const set of SETS.filter((s) => s !== 'map.cluster')) {
      for (const n of [1, 2]) {
        const text = say(set, n, 'ar');
        expect(text, `${set} ${n}`).not.toMatch(DIGIT);
        expect(text, `${set} ${n}: no space left where the number was`).toBe(text.trim().replace(/\s{2,}/g, ' '));
      }
      expect(say(set, 1, 'ar'), set).toMatch(/واحدة?/);
    }
  });

  it('shows the number in the other Arabic forms (3, 11, 100)', () => {
    expect([3, 11, 100].map((n) => say('results.count', n, 'ar'))).toEqual([`${count(3, 'ar')} خدمات`, `${count(11, 'ar')} خدمةً`, `${count(100, 'ar')} خدمة`]);
    for (const set of SETS) for (const n of [3, 11, 100]) expect(say(set, n, 'ar'), `${set} ${n}`).toContain(count(n, 'ar'));
  });

  it('shows the number of one and two in the other languages', () => {
    expect(say('results.count', 1, 'de')).toBe('1 Angebot');
    expect(say('results.count', 21, 'ru')).toBe('21 предложение');
    for (const locale of LOCALES.filter((l) => l !== 'ar')) {
      for (const n of [1, 2, 21]) expect(say('results.count', n, locale), `${locale} ${n}`).toContain(count(n, locale));
    }
  });
});
