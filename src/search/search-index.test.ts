import { describe, expect, it } from 'vitest';
import { fold, foldGermanDigraphs, stripArabicPrefix } from './normalize.js';
import { editDistance, SearchIndex, type SearchField } from './search-index.js';

const docs: SearchField[][] = [
  [{ text: 'Deutschkurse für Anfänger', weight: 5, lang: 'de' }, { text: 'German courses for beginners', weight: 5, lang: 'en' }, { text: 'دورات اللغة الألمانية للمبتدئين', weight: 5, lang: 'ar' }],
  [{ text: 'Migrationsberatung', weight: 5, lang: 'de' }, { text: 'Beratungsstelle Müller', weight: 3 }, { text: 'Große Straße 5', weight: 1.5 }],
  [{ text: 'Sprachkurs am Abend', weight: 5, lang: 'de' }, { text: 'Rostock', weight: 2.5 }],
  [{ text: 'Консультация для беженцев', weight: 5, lang: 'ru' }, { text: 'Ёлочка', weight: 3 }],
  [{ text: 'Frauencafé', weight: 5, lang: 'de' }, { text: 'Women’s café', weight: 5, lang: 'en' }, { text: 'مقهى النساء', weight: 5, lang: 'ar' }],
  [{ text: 'Women’s counselling', weight: 5, lang: 'en' }, { text: 'Frauenberatung', weight: 5, lang: 'de' }],
];
const index = new SearchIndex(docs.length, (i) => docs[i]);
const ids = (query: string, lang = 'de') => { const hits = index.search(query, lang); return hits && Array.from(hits); };

describe('fold', () => {
  it('folds case, umlauts, ß, diacritics, Arabic forms and marks, Persian letters, ё', () => {
    expect(fold('Müller Straße ÉCOLE')).toBe('muller strasse ecole');
    expect(fold('أَلْمَانِيَّة')).toBe('المانيه');
    expect(fold('إنجليزيـــة')).toBe('انجليزيه');
    expect(fold('کودکی')).toBe(fold('كودكي'));
    expect(fold('Ёлка')).toBe('елка');
    expect(foldGermanDigraphs('mueller grosse')).toBe('muller grosse');
    expect(stripArabicPrefix('بالالمانيه')).toBe('المانيه');
    expect(stripArabicPrefix('rostock')).toBeUndefined();
  });

  it('measures typos as edits, with swapped letters as one', () => {
    expect(editDistance('sprachkrus', 'sprachkurs', 2)).toBe(1);
    expect(editDistance('migratonsberatung', 'migrationsberatung', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('SearchIndex', () => {
  it('returns undefined for an empty query (no text filter)', () => {
    expect(index.search('  ', 'de')).toBeUndefined();
  });

  it('finds prefixes while the visitor types', () => {
    expect(ids('deutschk')).toEqual([0]);
    expect(ids('migr')).toEqual([1]);
  });

  it('forgives typos', () => {
    expect(ids('sprachkrus')).toEqual([2]);
    expect(ids('migratonsberatung')).toEqual([1]);
    expect(ids('Fraencafe')).toEqual([4]);
  });

  it('finds parts of compound words', () => {
    expect(ids('kurs')).toEqual(expect.arrayContaining([0, 2]));
    expect(ids('beratung')).toEqual(expect.arrayContaining([1, 5]));
  });

  it('folds umlauts and ß both ways', () => {
    expect(ids('Beratungsstelle Muller')).toEqual([1]);
    expect(ids('mueller')).toEqual([1]);
    expect(ids('grosse strasse')).toEqual([1]);
    expect(ids('anfanger')).toEqual([0]);
  });

  it('normalises Arabic and finds words that carry the article', () => {
    expect(ids('الالمانية', 'ar')).toEqual([0]);
    expect(ids('ألمانية', 'ar')).toEqual([0]);
    expect(ids('المانيه', 'ar')).toEqual([0]);
    expect(ids('النساء', 'ar')).toEqual([4]);
  });

  it('normalises Cyrillic ё', () => {
    expect(ids('елочка', 'ru')).toEqual([3]);
    expect(ids('консультация', 'uk')).toEqual([3]);
  });

  it('needs every word to match, across fields', () => {
    expect(ids('sprachkurs rostock')).toEqual([2]);
    expect(ids('sprachkurs berlin')).toEqual([]);
  });

  it('ranks matches in the visitor’s language first', () => {
    expect(ids('women', 'en')).toEqual([4, 5]);
    expect(ids('frauen', 'de')?.[0]).toBe(4);
    const english = index.search('cafe', 'en') ?? [];
    const german = index.search('cafe', 'de') ?? [];
    expect(english[0]).toBe(4);
    expect(german[0]).toBe(4);
  });
});
