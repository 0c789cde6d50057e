import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageCode, languageCodes } from './languages.js';
import { LANGUAGE_TAG } from './limits.js';
import { phoneParts } from './phone.js';
import { repairDate, repairEmail, repairTime, repairWebUrl, weekdayCode } from './repair.js';
import { telUrl } from './url.js';

describe('field repairs', () => {
  it('gives web addresses without a scheme https:// and refuses everything dangerous', () => {
    expect(repairWebUrl('www.beispiel-verein.example.org')).toBe('https://www.beispiel-verein.example.org');
    expect(repairWebUrl('example.org/a b')).toBeUndefined();
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '//evil.example.org', '/relative', 'https://user:pw@example.org/', 'http://', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'localhost:3000']) {
      expect(repairWebUrl(bad), bad).toBeUndefined();
    }
  });

  it('splits a phone text into the number, the extension and a note', () => {
    expect(phoneParts('(650) 780-7525 x57471')).toEqual({ dial: '6507807525', extension: '57471' });
    expect(phoneParts('0381 0000 1234 ext. 1 (Mo-Fr)')).toEqual({ dial: '038100001234', extension: '1', note: '(Mo-Fr)' });
    expect(phoneParts('+49 3641 0000-12 (cell)')).toEqual({ dial: '+493641000012', note: '(cell)' });
    expect(phoneParts('call us')).toBeUndefined();
    expect(telUrl('(650) 780-7525 x57471')).toBe('tel:6507807525,57471');
    expect(telUrl('+49 381 0000 1234')).toBe('tel:+4938100001234');
  });

  it('reads 12-hour and German times', () => {
    expect(['9:00am', '9am', '9:00 a.m.', '09.00', '9 Uhr', '9'].map(repairTime)).toEqual(Array(6).fill('09:00'));
    expect(['12:30pm', '12:30 PM', '12.30'].map(repairTime)).toEqual(Array(3).fill('12:30'));
    expect(repairTime('12am')).toBe('00:00');
    expect(repairTime('6:300pm')).toBeUndefined();
    expect(repairTime('25:00')).toBeUndefined();
    expect(repairTime('13pm')).toBeUndefined();
  });

  it('reads day names in several languages, and e-mail and dates as people write them', () => {
    expect(['Monday', 'Mo.', 'montag', 'TUE', 'Sonnabend', 'pazar'].map((d) => weekdayCode(d))).toEqual(['mo', 'mo', 'mo', 'tu', 'sa', 'su']);
    expect(weekdayCode('M')).toBeUndefined();
    expect(['constructor', '__proto__', 'toString'].map((w) => weekdayCode(w))).toEqual([undefined, undefined, undefined]);
    expect(repairEmail('MAILTO:Info@Example.ORG')).toBe('Info@example.org');
    expect(repairEmail('no address')).toBeUndefined();
    expect(repairDate('1.2.2027')).toBe('2027-02-01');
  });

  it('has each name once in the language table, in lower case, mapped to a language code', () => {
    const text = readFileSync(new URL('./data/language-names.json', import.meta.url), 'utf8');
    const keys = [...text.slice(text.indexOf('"names"')).matchAll(/"([^"]+)":\s*"([^"]*)"/g)];
    expect(keys.length).toBeGreaterThan(400);
    expect(new Set(keys.map((k) => k[1])).size).toBe(keys.length);
    for (const [, name, code] of keys) {
      expect(name, name).toBe(name.toLowerCase());
      expect(code, name).toMatch(LANGUAGE_TAG);
      expect(languageCode(code), name).toBe(code);
    }
  });

  it('maps language names from the table and reports the rest', () => {
    expect(languageCode('ASL')).toBe('ase');
    expect(languageCode('Haitian Creole')).toBe('ht');
    expect(languageCode('فارسی')).toBe('fa');
    expect(languageCode('pt_br')).toBe('pt-BR');
    expect(languageCode('constructor')).toBeUndefined();
    expect(languageCode('hasOwnProperty')).toBeUndefined();
    expect(languageCodes('Spanish, Tagalog and translators available')).toEqual({ codes: ['es', 'tl'], unknown: ['translators available'] });
  });
});
