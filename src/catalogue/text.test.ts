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

  it('lists every text with its language', () => {
    expect(allTexts(map)).toEqual([['de', 'Sprachkurs'], ['en', 'Language course'], ['ar', 'دورة لغة']]);
    expect(allTexts('Kurs', 'de')).toEqual([['de', 'Kurs']]);
  });
});
