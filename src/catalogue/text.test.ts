import { describe, expect, it } from 'vitest';
import { allTexts, localText } from './text.js';

describe('localText: the fallback chain', () => {
  const map = { de: 'Sprachkurs', en: 'Language course', ar: 'دورة لغة' };

  it('uses the visitor’s language when it is there', () => {
    expect(localText(map, 'ar', 'de')).toEqual({ text: 'دورة لغة', lang: 'ar', fallback: false });
  });

  it('matches regional tags both ways', () => {
    expect(localText(map, 'en-GB', 'de')).toEqual({ text: 'Language course', lang: 'en', fallback: false });
    expect(localText({ 'de-AT': 'Deutschkurs' }, 'de', 'fr')).toEqual({ text: 'Deutschkurs', lang: 'de-AT', fallback: false });
  });

  it('falls back to the catalogue’s default language, then German, then English, and says so', () => {
    expect(localText({ fr: 'Cours', de: 'Kurs', en: 'Course' }, 'uk', 'fr')).toEqual({ text: 'Cours', lang: 'fr', fallback: true });
    expect(localText({ de: 'Kurs', en: 'Course' }, 'uk', 'fr')).toEqual({ text: 'Kurs', lang: 'de', fallback: true });
    expect(localText({ en: 'Course', tr: 'Kurs' }, 'uk', 'fr')).toEqual({ text: 'Course', lang: 'en', fallback: true });
  });

  it('takes any language as a last resort', () => {
    expect(localText({ tr: 'Dil kursu' }, 'uk', 'de')).toEqual({ text: 'Dil kursu', lang: 'tr', fallback: true });
  });

  it('treats a plain string as the default language', () => {
    expect(localText('Frauencafé', 'de', 'de')).toEqual({ text: 'Frauencafé', lang: 'de', fallback: false });
    expect(localText('Frauencafé', 'ar', 'de')).toEqual({ text: 'Frauencafé', lang: 'de', fallback: true });
  });

  it('skips empty translations and returns nothing for no text', () => {
    expect(localText({ ar: '  ', de: 'Kurs' }, 'ar', 'de')).toEqual({ text: 'Kurs', lang: 'de', fallback: true });
    expect(localText(undefined, 'de')).toBeUndefined();
    expect(localText('  ', 'de')).toBeUndefined();
  });

  it('keeps Easy German (de-x-ls) apart from German', () => {
    const easy = { 'de-x-ls': 'Hilfe beim Amt.', de: 'Begleitung zu Behörden', ar: 'مرافقة' };
    expect(localText(easy, 'de', 'de')).toEqual({ text: 'Begleitung zu Behörden', lang: 'de', fallback: false });
    expect(localText(easy, 'de-AT', 'de')).toEqual({ text: 'Begleitung zu Behörden', lang: 'de', fallback: false });
    expect(localText(easy, 'de-x-ls', 'de')).toEqual({ text: 'Hilfe beim Amt.', lang: 'de-x-ls', fallback: false });
    expect(localText({ de: 'Kurs', ar: 'دورة' }, 'de-x-ls', 'de')).toEqual({ text: 'Kurs', lang: 'de', fallback: false });
    expect(localText({ 'de-x-ls': 'Ein Kurs.', en: 'Course' }, 'uk', 'de')).toEqual({ text: 'Ein Kurs.', lang: 'de-x-ls', fallback: true });
  });

  it('accepts the content language alone as a list of one', () => {
    expect(localText(map, ['ar'], 'de')).toEqual(localText(map, 'ar', 'de'));
    expect(localText({ de: 'Kurs' }, [], 'de')).toEqual({ text: 'Kurs', lang: 'de', fallback: false });
  });
});

describe('localText: along the visitor’s languages', () => {
  // A Ukrainian reader who also reads Russian; Ukrainian is the content language.
  const ukRu = ['uk', 'uk-UA', 'ru-RU', 'ru'];

  it('takes the content language first', () => {
    expect(localText({ de: 'Beratung', ru: 'Консультация', uk: 'Консультація' }, ukRu, 'de')).toEqual({ text: 'Консультація', lang: 'uk', fallback: false });
  });

  it('takes the visitor’s next language before the catalogue’s default, marked as a fallback', () => {
    expect(localText({ de: 'Beratung', ru: 'Консультация' }, ukRu, 'de')).toEqual({ text: 'Консультация', lang: 'ru', fallback: true });
    expect(localText({ de: 'Beratung', 'ru-RU': 'Консультация' }, ['uk', 'ru'], 'de')).toEqual({ text: 'Консультация', lang: 'ru-RU', fallback: true });
  });

  it('goes along the visitor’s languages in their order', () => {
    expect(localText({ de: 'Beratung', en: 'Counselling', ru: 'Консультация' }, ['uk', 'en', 'ru'], 'de')).toMatchObject({ lang: 'en', fallback: true });
    expect(localText({ de: 'Beratung', en: 'Counselling', ru: 'Консультация' }, ['uk', 'ru', 'en'], 'de')).toMatchObject({ lang: 'ru', fallback: true });
  });

  it('falls back to the catalogue’s default language where none of the visitor’s languages has the text', () => {
    expect(localText({ de: 'Beratung', ar: 'استشارة' }, ukRu, 'de')).toEqual({ text: 'Beratung', lang: 'de', fallback: true });
    expect(localText({ fr: 'Conseil', de: 'Beratung' }, ukRu, 'fr')).toEqual({ text: 'Conseil', lang: 'fr', fallback: true });
    expect(localText('Beratung', ukRu, 'de')).toEqual({ text: 'Beratung', lang: 'de', fallback: true });
  });

  it('matches each language by its whole tag first, then the language alone, then a regional form', () => {
    expect(localText({ 'pt-PT': 'Aconselhamento', 'pt-BR': 'Aconselhamento (BR)' }, ['uk', 'pt-br'], 'de')).toMatchObject({ lang: 'pt-BR', fallback: true });
    expect(localText({ 'pt-PT': 'Aconselhamento', pt: 'Aconselhamento geral' }, ['uk', 'pt-BR'], 'de')).toMatchObject({ lang: 'pt', fallback: true });
  });

  it('gives a Dari reader Farsi (the list names Farsi after Dari, as the locale controller does)', () => {
    expect(localText({ de: 'Beratung', fa: 'مشاوره' }, ['prs', 'fa'], 'de')).toEqual({ text: 'مشاوره', lang: 'fa', fallback: true });
    expect(localText({ de: 'Beratung', fa: 'مشاوره', prs: 'مشوره' }, ['prs', 'fa'], 'de')).toEqual({ text: 'مشوره', lang: 'prs', fallback: false });
    expect(localText({ de: 'Beratung', fa: 'مشاوره' }, ['fa', 'prs'], 'de')).toEqual({ text: 'مشاوره', lang: 'fa', fallback: false });
  });

  it('keeps Easy German apart: plain German for German, Easy German only when asked', () => {
    const easy = { 'de-x-ls': 'Hilfe beim Amt.', de: 'Begleitung zu Behörden' };
    expect(localText(easy, ['uk', 'de-DE'], 'de')).toEqual({ text: 'Begleitung zu Behörden', lang: 'de', fallback: true });
    expect(localText({ ...easy, en: 'Accompaniment' }, ['uk', 'en', 'de-x-ls'], 'de')).toMatchObject({ lang: 'en', fallback: true });
    expect(localText(easy, ['de-x-ls', 'de'], 'de')).toEqual({ text: 'Hilfe beim Amt.', lang: 'de-x-ls', fallback: false });
    expect(localText(easy, ['de', 'uk'], 'de')).toEqual({ text: 'Begleitung zu Behörden', lang: 'de', fallback: false });
  });
});

describe('allTexts', () => {
  const map = { de: 'Sprachkurs', en: 'Language course', ar: 'دورة لغة' };

  it('lists every text with its language', () => {
    expect(allTexts(map)).toEqual([['de', 'Sprachkurs'], ['en', 'Language course'], ['ar', 'دورة لغة']]);
    expect(allTexts('Kurs', 'de')).toEqual([['de', 'Kurs']]);
  });
});
