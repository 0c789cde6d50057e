import { describe, expect, it } from 'vitest';
import { correctionFormUrl, correctionMailUrl, type ReportedEntry } from './corrections.js';

const entry: ReportedEntry = { id: 'beratung-rostock', title: 'Beratung & Hilfe: „Café“ #1 / مرحبا', page: 'https://example.org/hilfe/?wk-offer=beratung-rostock#top' };
const write = (e: ReportedEntry) => ({ subject: `Fehler in “${e.title}”`, lines: [`Eintrag: ${e.title} (ID ${e.id})`, `Seite: ${e.page}`, '', 'Was ist falsch?'] });

describe('report a mistake', () => {
  it('fills the form template, each value URL-encoded', () => {
    const url = correctionFormUrl('https://example.org/melden?eintrag={id}&titel={title}&seite={page}', entry) as string;
    const params = new URL(url).searchParams;
    expect(params.get('eintrag')).toBe(entry.id);
    expect(params.get('titel')).toBe(entry.title);
    expect(params.get('seite')).toBe(entry.page);
    expect(url).not.toContain(' ');
  });

  it('fills placeholders in a path, also as a URL parser writes them', () => {
    expect(correctionFormUrl('https://example.org/report/{id}/', entry)).toBe('https://example.org/report/beratung-rostock/');
    expect(correctionFormUrl('https://example.org/report/%7Bid%7D?t=%7btitle%7d', { ...entry, title: 'A B' })).toBe('https://example.org/report/beratung-rostock?t=A%20B');
  });

  it('refuses what is not a safe https link', () => {
    expect(correctionFormUrl(undefined, entry)).toBeUndefined();
    expect(correctionFormUrl('http://example.org/?id={id}', entry)).toBeUndefined();
    expect(correctionFormUrl('javascript:alert({id})', entry)).toBeUndefined();
    expect(correctionFormUrl('https://user:pw@example.org/{id}', entry)).toBeUndefined();
    // A title cannot break out of its parameter or add a scheme.
    const url = correctionFormUrl('https://example.org/?t={title}', { ...entry, title: '"><script>&x=javascript:1' }) as string;
    expect(new URL(url).searchParams.get('t')).toBe('"><script>&x=javascript:1');
    expect([...new URL(url).searchParams.keys()]).toEqual(['t']);
  });

  it('shortens a title too long for a link', () => {
    const long = { ...entry, title: 'Ü'.repeat(700) };
    const url = correctionFormUrl('https://example.org/?t={title}&id={id}', long) as string;
    expect(url.length).toBeLessThanOrEqual(2000);
    expect(new URL(url).searchParams.get('t')).toBe(`${'Ü'.repeat(80)}…`);
    expect(new URL(url).searchParams.get('id')).toBe(entry.id);
  });

  it('writes a mailto: link with subject and body', () => {
    const url = correctionMailUrl('korrektur@example.org', entry, write) as string;
    expect(url.startsWith('mailto:korrektur@example.org?')).toBe(true);
    const params = new URLSearchParams(url.slice(url.indexOf('?')).replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe(`Fehler in “${entry.title}”`);
    expect(params.get('body')).toBe(`Eintrag: ${entry.title} (ID beratung-rostock)\r\nSeite: ${entry.page}\r\n\r\nWas ist falsch?`);
    expect(url).not.toMatch(/[\s]/);
  });

  it('refuses an address that is not one', () => {
    expect(correctionMailUrl(undefined, entry, write)).toBeUndefined();
    expect(correctionMailUrl('a@b.org?cc=x@y.org', entry, write)).toBeUndefined();
    expect(correctionMailUrl('not an address', entry, write)).toBeUndefined();
  });
});
