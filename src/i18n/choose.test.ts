// Which language an element speaks: the interface along the visitor's languages, then English, then
// German; catalogue text along the same languages among those the catalogue has, then its default.
import { describe, expect, it } from 'vitest';
import type { LoadedCatalogue } from '../catalogue/load.js';
import type { Catalogue } from '../catalogue/schema.js';
import { catalogueLanguages, contentLanguage, interfaceLocale, textLanguages, visitorLanguages } from './choose.js';

const loaded = (catalogue: Partial<Catalogue>, pack?: LoadedCatalogue['pack']): LoadedCatalogue =>
  ({
    url: 'https://example.org/catalogue.json',
    catalogue: { defaultLanguage: 'de', offers: [], events: [], jobs: [], ...catalogue } as Catalogue,
    pack,
    problems: [],
    dropped: 0,
    repaired: 0,
    removed: 0,
  }) as LoadedCatalogue;

describe('visitorLanguages', () => {
  it('puts lang first, then the browser’s languages, each once', () => {
    expect(visitorLanguages('ps', ['ps', 'en-US', 'en'])).toEqual(['ps', 'en-US', 'en']);
    expect(visitorLanguages(undefined, ['de_DE', 'de-de'])).toEqual(['de-DE']);
    expect(visitorLanguages(' ', [])).toEqual([]);
  });
});

describe('interfaceLocale', () => {
  it('takes the first language the kit has an interface for', () => {
    expect(interfaceLocale(['ps', 'en'])).toBe('en');
    expect(interfaceLocale(['ps', 'fa'])).toBe('fa');
    expect(interfaceLocale(['ps', 'uk-UA', 'ru'])).toBe('uk');
    expect(interfaceLocale(['de-AT'])).toBe('de');
  });

  it('reads Dari and Hazaragi readers Farsi', () => {
    expect(interfaceLocale(['prs'])).toBe('fa');
    expect(interfaceLocale(['fa-AF', 'de'])).toBe('fa');
    expect(interfaceLocale(['haz', 'en'])).toBe('fa');
  });

  it('falls back to English when no language of the visitor has an interface', () => {
    expect(interfaceLocale(['ps', 'ti'])).toBe('en');
    expect(interfaceLocale([])).toBe('en');
  });
});

describe('textLanguages', () => {
  it('puts the content language first, then the visitor’s languages, each once', () => {
    expect(textLanguages('uk', ['uk-UA', 'ru-RU'])).toEqual(['uk', 'uk-UA', 'ru-RU', 'ru']);
    expect(textLanguages('ru', ['uk', 'ru'])).toEqual(['ru', 'uk']);
    expect(textLanguages('de', [])).toEqual(['de']);
  });

  it('follows each language with the kit language its readers read (Dari → Farsi)', () => {
    expect(textLanguages('prs', ['prs', 'fa'])).toEqual(['prs', 'fa']);
    expect(textLanguages('prs', ['prs', 'en'])).toEqual(['prs', 'fa', 'en']);
    expect(textLanguages('ps', ['ps', 'haz', 'de'])).toEqual(['ps', 'haz', 'fa', 'de']);
  });

  it('keeps languages without a kit interface as they are', () => {
    expect(textLanguages('de', ['pl', 'ti'])).toEqual(['de', 'pl', 'ti']);
  });
});

describe('contentLanguage', () => {
  const has = (...tags: string[]) => new Set(tags);

  it('takes the page language when the catalogue has it', () => {
    expect(contentLanguage(['uk', 'de'], has('de', 'en', 'uk'), 'de')).toBe('uk');
  });

  it('goes along the visitor’s languages to one the catalogue has, not to its default', () => {
    expect(contentLanguage(['ps', 'en'], has('de', 'en', 'ar'), 'de')).toBe('en');
    expect(contentLanguage(['ps', 'fa'], has('de', 'en', 'fa'), 'de')).toBe('fa');
  });

  it('falls back to the catalogue’s default language', () => {
    expect(contentLanguage(['ps', 'ti'], has('de', 'en'), 'de')).toBe('de');
    expect(contentLanguage([], has('de', 'en'), 'de')).toBe('de');
  });

  it('matches regional tags, the catalogue’s spelling and what Dari readers read', () => {
    expect(contentLanguage(['en-US'], has('de', 'en'), 'de')).toBe('en');
    expect(contentLanguage(['fa-af'], has('de', 'fa-AF', 'fa'), 'de')).toBe('fa-AF');
    expect(contentLanguage(['prs'], has('de', 'fa'), 'de')).toBe('fa');
    expect(contentLanguage(['ar'], has('de', 'ar-SY'), 'de')).toBe('ar-SY');
  });

  it('gives German readers German, Easy German only when they ask for it', () => {
    expect(contentLanguage(['de'], has('de', 'de-x-ls'), 'de')).toBe('de');
    expect(contentLanguage(['de-x-ls'], has('de', 'de-x-ls'), 'de')).toBe('de-x-ls');
  });

  it('without a catalogue, is the visitor’s first language', () => {
    expect(contentLanguage(['ps', 'en'], undefined, 'en')).toBe('ps');
    expect(contentLanguage([], undefined, 'en')).toBe('en');
  });
});

describe('catalogueLanguages', () => {
  it('collects the languages of the titles; a plain string is in the default language', () => {
    const result = loaded({
      offers: [
        { id: 'a', title: { de: 'Beratung', en: 'Counselling', uk: ' ' } },
        { id: 'b', title: 'Frauencafé' },
      ] as Catalogue['offers'],
      events: [{ id: 'e', title: { ar: 'لقاء' }, start: '2026-12-01T18:00:00+01:00' }] as Catalogue['events'],
    });
    expect([...catalogueLanguages(result)].sort()).toEqual(['ar', 'de', 'en']);
  });

  it('takes a pack’s languages from its offer lists', () => {
    const result = loaded({}, { offers: { count: 2, lists: { de: ['a.json'], en: ['b.json'] }, listSize: 1000, details: { size: 1, hash: 'x', files: [] } } } as never);
    expect([...catalogueLanguages(result)].sort()).toEqual(['de', 'en']);
  });
});
