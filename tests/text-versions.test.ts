// Choosing the version of a catalogue text the visitor reads: Easy German when switched on (German
// readers only), the original of a machine translation when asked for, and the pieces read aloud.
import { describe, expect, it } from 'vitest';
import { easyText, inLanguages, RecordTexts, textIn, TextVersionsController } from '../src/controllers/text-versions.js';
import { groupParts, speechChunks, spokenLanguage } from '../src/controllers/speech-controller.js';

const title = { de: 'Migrationsberatung', 'de-x-ls': 'Beratung für Menschen aus anderen Ländern', ar: 'استشارات الهجرة', en: 'Migration counselling' };
const record = { id: 'o-1', machineTranslated: ['ar', 'uk'], translatedFrom: 'de' };

describe('text versions', () => {
  it('a listed language covers its regional tags, not Easy German', () => {
    expect(inLanguages('ar-SY', ['ar'])).toBe(true);
    expect(inLanguages('AR', ['ar'])).toBe(true);
    expect(inLanguages('de-x-ls', ['de'])).toBe(false);
    expect(inLanguages('de-x-ls', ['de-x-ls'])).toBe(true);
    expect(inLanguages('fa', undefined)).toBe(false);
  });

  it('finds Easy German and the original in a map or a plain string', () => {
    expect(easyText(title)).toEqual({ text: 'Beratung für Menschen aus anderen Ländern', lang: 'de-x-ls', fallback: false });
    expect(easyText('Beratung')).toBeUndefined();
    expect(textIn(title, 'de', 'de')?.text).toBe('Migrationsberatung');
    expect(textIn({ 'de-DE': 'Kurs' }, 'de', 'de')?.lang).toBe('de-DE');
    expect(textIn('Kurs', 'de', 'de')?.lang).toBe('de');
    expect(textIn('Kurs', 'en', 'de')).toBeUndefined();
  });

  it('Easy German only for German readers and only when switched on', () => {
    expect(new RecordTexts(record, 'de', 'de', true, false).pick(title)).toMatchObject({ lang: 'de-x-ls', dir: 'ltr', machine: false });
    expect(new RecordTexts(record, 'de', 'de', false, false).pick(title)?.lang).toBe('de');
    expect(new RecordTexts(record, 'ar', 'de', true, false).pick(title)?.lang).toBe('ar');
    expect(new RecordTexts(record, 'de', 'de', false, false).hasEasy([title])).toBe(true);
    expect(new RecordTexts(record, 'ar', 'de', false, false).hasEasy([title])).toBe(false);
  });

  it('offers Easy German for a list when one of its records has it, also in a part that arrived later', () => {
    const versions = new TextVersionsController({ addController: () => {}, requestUpdate: () => {} } as never);
    const texts = (o: { title: unknown }) => [o.title as typeof title];
    const plain = Array.from({ length: 50 }, (_, i) => ({ title: { de: `Kurs ${i}`, 'de-DE': `Kurs ${i}`, 'zh-Hans': '课程' } }));
    expect(versions.listHasEasy(plain, 'de', texts)).toBe(false);
    // A pack's list grows: the records before stay the same objects, the new part brings Easy German.
    const grown = [...plain, { title: { de: 'Kurs', 'DE_x_LS': 'Ein Kurs für Deutsch' } }];
    expect(versions.listHasEasy(grown, 'de', texts)).toBe(true);
    expect(versions.listHasEasy(grown, 'ar', texts)).toBe(false);
    // Another list that does not begin with the one before is read from its start.
    const other = [{ title: { de: 'Beratung' } }, { title }];
    expect(versions.listHasEasy(other, 'de-AT', texts)).toBe(true);
    expect(versions.listHasEasy([...plain.slice(1), { title: 'Kurs' }], 'de', texts)).toBe(false);
    // An empty Easy German text does not count.
    expect(versions.listHasEasy([{ title: { de: 'Kurs', 'de-x-ls': '  ' } }], 'de', texts)).toBe(false);
  });

  it('marks machine translations and shows the original when asked, as it is written', () => {
    const translated = new RecordTexts(record, 'ar', 'de', false, false);
    expect(translated.pick(title)).toMatchObject({ lang: 'ar', dir: 'rtl', machine: true, original: false });
    expect(translated.translation([title])).toEqual({ machine: true, originalLanguage: 'de', showingOriginal: false });
    const original = new RecordTexts(record, 'ar', 'de', false, true);
    expect(original.pick(title)).toMatchObject({ text: 'Migrationsberatung', lang: 'de', dir: 'ltr', original: true, fallback: false });
    expect(original.translation([title]).showingOriginal).toBe(true);
    // Not machine-translated: English here; the original's language itself.
    expect(new RecordTexts(record, 'en', 'de', false, true).pick(title)).toMatchObject({ lang: 'en', machine: false, original: false });
    expect(new RecordTexts({ ...record, machineTranslated: ['de'] }, 'de', 'de', false, false).pick(title)?.machine).toBe(false);
    // No original to show: marked, no button.
    expect(new RecordTexts(record, 'ar', 'de', false, false).translation([{ ar: 'نص' }])).toEqual({ machine: true, originalLanguage: undefined, showingOriginal: false });
  });

  it('takes a text missing in the content language in the visitor’s next language, with its direction', () => {
    const texts = new RecordTexts(record, ['uk', 'ru', 'ar'], 'de', true, false);
    expect(texts.pick({ de: 'Beratung', ru: 'Консультация' })).toMatchObject({ lang: 'ru', dir: 'ltr', fallback: true, machine: false });
    expect(texts.pick({ de: 'Beratung', ar: 'استشارة' })).toMatchObject({ lang: 'ar', dir: 'rtl', fallback: true, machine: true });
    expect(texts.pick({ de: 'Beratung', 'de-x-ls': 'Hilfe.' })).toMatchObject({ lang: 'de', fallback: true });
    // Easy German stays for German readers: the content language decides, not the languages after it.
    expect(texts.hasEasy([title])).toBe(false);
    expect(new RecordTexts(record, ['de', 'uk'], 'de', true, false).pick(title)?.lang).toBe('de-x-ls');
  });
});

describe('reading aloud', () => {
  it('speaks Easy German with a German voice, one utterance per language in a row', () => {
    expect(spokenLanguage('de-x-ls')).toBe('de');
    expect(groupParts([{ text: 'Titel', lang: 'de' }, { text: 'Text.', lang: 'de-x-ls' }, { text: 'نص', lang: 'ar' }, { text: ' ', lang: 'de' }])).toEqual([
      { text: 'Titel. Text.', lang: 'de' },
      { text: 'نص', lang: 'ar' },
    ]);
  });

  it('cuts long texts at the end of a sentence', () => {
    const sentence = 'Die Beratung ist kostenlos und vertraulich. ';
    const chunks = speechChunks(sentence.repeat(12), 100);
    expect(chunks.every((c) => c.length <= 100 && c.endsWith('.'))).toBe(true);
    expect(chunks.join(' ')).toBe(sentence.repeat(12).trim());
  });
});
