import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerpt,
  hasMarkup,
  hash,
  idPart,
  latin,
  plainLine,
  plainText,
  shorten,
  slug,
  stripTags,
  toPlainText,
  trimEnd,
} from './text.js';

/** The catalogue validator's test for markup. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('plain text from markup', () => {
  const page =
    '<h2>Beratung</h2><p>Montags&nbsp;offen<br>dienstags   nach Termin</p><ul><li>Aufenthalt</li><li>Arbeit</li></ul>' +
    '<table><tr><td>Mo</td><td>9–12</td></tr></table><p>Ende</p>';

  it('keeps line breaks, paragraphs or nothing, as asked', () => {
    expect(plainText(page)).toBe('Beratung\n\nMontags offen\ndienstags nach Termin\n\n• Aufenthalt\n• Arbeit\n\nMo 9–12\n\nEnde');
    expect(plainText(page, { breaks: 'paragraphs' })).toBe('Beratung\n\nMontags offen\ndienstags nach Termin\n\n• Aufenthalt\n• Arbeit\n\nMo 9–12\n\nEnde');
    expect(plainText('<p>Eins</p>zwei')).toBe('Eins\nzwei');
    expect(plainText('<p>Eins</p>zwei', { breaks: 'paragraphs' })).toBe('Eins\n\nzwei');
    expect(plainLine(page)).toBe('Beratung Montags offen dienstags nach Termin • Aufenthalt • Arbeit Mo 9–12 Ende');
    expect(plainText('<b>Frauen</b>beratung <i>in</i> Rostock')).toBe('Frauenberatung in Rostock');
  });

  it('reads line breaks of HTML source as spaces, and keeps them in text without tags', () => {
    expect(plainText('<p>Eine Zeile,\n  im Quelltext umbrochen</p>')).toBe('Eine Zeile, im Quelltext umbrochen');
    expect(plainText('Erste Zeile\r\nzweite Zeile\n\n\n\nneuer Absatz &amp; mehr')).toBe('Erste Zeile\nzweite Zeile\n\nneuer Absatz & mehr');
    expect(plainLine('Erste Zeile\nzweite Zeile')).toBe('Erste Zeile zweite Zeile');
  });

  it('removes scripts, styles, frames and comments with their content, and never runs anything', () => {
    const html =
      '<script type="text/javascript">alert("<p>")</script><style>p{}</style><iframe src="javascript:alert(1)">Rahmen</iframe>' +
      '<!-- intern --><noscript>aus</noscript><svg><text>Bild</text></svg><template><p>Vorlage</p></template>' +
      '<p title="a>b" onclick=\'alert(2)\'>Text</p><img src=x onerror=alert(3)>';
    expect(plainText(html)).toBe('Text');
    // What is not closed hides the rest, as in a browser.
    expect(plainText('Vorher<script>alert(1)')).toBe('Vorher');
    expect(plainText('Vorher<!-- nie geschlossen <p>x</p>')).toBe('Vorher');
    expect(plainText('<SCRIPT>alert(1)</script >Nachher')).toBe('Nachher');
    expect(plainText('<script/>bleibt')).toBe('bleibt');
  });

  it('removes markup that decoding reveals; decoded markup that is not closed hides nothing', () => {
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;Text')).toBe('Text');
    expect(plainText('Bitte &lt;script&gt; nicht eingeben')).toBe('Bitte nicht eingeben');
    expect(plainText('&lt;b&gt;fett&lt;/b&gt;')).toBe('fett');
    expect(plainText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
    for (const s of ['&lt;&lt;b&gt;b&gt;x', '<<<b>i>b>x', '&#x3c;a&#x3e;&#x3c;/a&#x3e;', '< script >x', '<\u0007b>x</b>']) {
      expect(plainText(s), s).not.toMatch(MARKUP);
    }
  });

  it('keeps a "<" that is no tag, and shows one that would read as markup as "‹"', () => {
    expect(plainText('Kinder <6 Jahre, Eltern > 18')).toBe('Kinder <6 Jahre, Eltern > 18');
    expect(plainText('a < b und c > d')).toBe('a ‹ b und c > d');
    expect(plainText('a <b und c> d')).toBe('a d');
  });

  it('drops controls and direction overrides, reads numbers, and gives "" for anything else', () => {
    expect(plainText('Kein\u202eTrick\u0007 hier\u00ad\ufeff')).toBe('KeinTrick hier');
    expect(plainText('x&#0;y&#x202E;z&#xD800;&#x110000;')).toBe('xyz');
    expect(plainText(18055)).toBe('18055');
    for (const value of [undefined, null, NaN, Infinity, {}, [], true, '']) expect(plainText(value)).toBe('');
  });

  it('shortens to max at a word and says so; reads at most readLimit characters', () => {
    const long = toPlainText(`<p>${'Wort '.repeat(10_000)}</p>`, { max: 1_000 });
    expect(long.shortened).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(1_000);
    expect(long.text.endsWith('Wort…')).toBe(true);
    expect(toPlainText('kurz', { max: 10 })).toEqual({ text: 'kurz', shortened: false });
    expect(toPlainText('abcdef', { readLimit: 3 })).toEqual({ text: 'abc', shortened: true });
  });
});

describe('character references', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('Stra&szlig;e &auml;&#228;&#xE4;&#XE4; &ndash; &euro; &hellip; &#x1F600;')).toBe('Straße ääää – € … 😀');
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });

  it('needs the semicolon except for the few names browsers read without it', () => {
    expect(decodeEntities('AT&T, a &amp b, &lt 3, &auml, &#228')).toBe('AT&T, a & b, < 3, &auml, ä');
  });

  it('keeps unknown names as written and the invisible characters of scripts that need them', () => {
    expect(decodeEntities('&unbekannt; &zwnj; &nbsp;')).toBe('&unbekannt; \u200c \u00a0');
    expect(plainText('a&nbsp;&nbsp;b&shy;c')).toBe('a bc');
  });

  it('answers nothing for names of Object’s own members', () => {
    const names = '&__proto__; &constructor; &toString; &valueOf; &hasOwnProperty; &prototype; &__defineGetter__;';
    expect(decodeEntities(names)).toBe(names);
    expect(plainText(names)).toBe(names);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile input', () => {
  const n = 200_000;
  const inputs: Record<string, string> = {
    'lone <': '<'.repeat(n),
    'tags never closed': '<a '.repeat(n / 3),
    'quotes never closed': '<a b="'.repeat(n / 6),
    'quoted ">"': '<a b=">'.repeat(n / 7),
    'unclosed scripts': '<script>'.repeat(n / 8),
    'decoded unclosed scripts': '&lt;script&gt;'.repeat(n / 14),
    'decoded unclosed styles after a script': `&lt;script&gt;${'&lt;style&gt;x'.repeat(n / 14)}`,
    'closing tags only': '</script'.repeat(n / 8),
    comments: '<!--'.repeat(n / 4),
    'broken references': '&#'.repeat(n / 2),
    'long references': `&${'a'.repeat(n)};`,
    'tag-like runs': '< a'.repeat(n / 3) + '>',
    'spaces after "<"': `<${' '.repeat(n)}b>`,
    'one long word': `<p>${'x'.repeat(n)}</p>`,
    spaces: ` ${' \n'.repeat(n / 2)}x`,
    overrides: '\u202e'.repeat(n),
    'nested lists': '<ul><li>'.repeat(n / 8),
  };

  for (const [name, input] of Object.entries(inputs)) {
    it(`reads ${input.length.toLocaleString('en')} characters of ${name} in well under a second`, () => {
      const started = performance.now();
      const outs = (['lines', 'paragraphs', 'none'] as const).map((breaks) => toPlainText(input, { breaks, max: 20_000 }).text);
      outs.push(plainText(input));
      stripTags(input);
      hasMarkup(input);
      expect(performance.now() - started).toBeLessThan(500);
      for (const out of outs.slice(0, 3)) expect(out.length).toBeLessThanOrEqual(20_000);
      for (const out of outs) {
        // hasMarkup is the validator's test in linear time (its pattern takes quadratic time on "<a <a <a…").
        expect(hasMarkup(out)).toBe(false);
        expect(HIDDEN.test(out)).toBe(false);
      }
    });
  }

  it('reads 200,000 characters of mixed markup in well under a second', () => {
    const unit = '<p class="x">Sprachcafé &amp; Beratung<br><script>alert(1)</script>&lt;b&gt;fett&lt;/b&gt;</p>\n';
    const input = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const started = performance.now();
    const text = plainText(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(text.startsWith('Sprachcafé & Beratung\nfett')).toBe(true);
    expect(text).not.toMatch(/alert/);
    expect(hasMarkup(text)).toBe(false);
  });
});

describe('markup helpers', () => {
  it('stripTags leaves white space as it is', () => {
    expect(stripTags('<!-- kommentar > mit spitze --> Text')).toBe(' Text');
    expect(stripTags('a <b>b</b>  c')).toBe('a b  c');
    expect(stripTags('kein Tag')).toBe('kein Tag');
  });

  it('hasMarkup is the validator’s test, in linear time', () => {
    for (const s of ['<b>', '< b >', '</ b>', '<!-- x -->', '<?xml?>', 'a < b und c > d']) {
      expect(hasMarkup(s), s).toBe(true);
      expect(MARKUP.test(s), s).toBe(true);
    }
    for (const s of ['a < 5', 'Kinder <6 Jahre > 3', '<b', '> <', '‹b>']) {
      expect(hasMarkup(s), s).toBe(false);
      expect(MARKUP.test(s), s).toBe(false);
    }
  });
});

describe('shorten and excerpt', () => {
  it('cuts at a word, without trailing punctuation, ending with "…"', () => {
    expect(shorten('Ein recht langer Satz mit vielen Wörtern', 20)).toBe('Ein recht langer…');
    expect(shorten('Beratung, Begleitung und Hilfe', 12)).toBe('Beratung…');
    expect(shorten('kurz', 4)).toBe('kurz');
    expect(shorten('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a surrogate pair', () => {
    const out = shorten(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(out).toBe(`${'a'.repeat(8)}…`);
    expect(out.length).toBeLessThanOrEqual(10);
  });

  it('excerpt takes the first sentences of the first paragraph', () => {
    expect(excerpt('Kurz.\n\nMehr dazu.', 100)).toBe('Kurz.');
    expect(excerpt('Erster Satz hier. Zweiter Satz ist viel zu lang für den Platz', 30)).toBe('Erster Satz hier.');
    expect(excerpt('Ohne Satzende aber mit vielen Wörtern darin', 20)).toBe('Ohne Satzende aber…');
  });

  it('trimEnd removes only the given characters', () => {
    expect(trimEnd('Text...  ', '. ')).toBe('Text');
    expect(trimEnd('.'.repeat(200_000), '.')).toBe('');
  });
});

describe('ids, slugs and hashes', () => {
  it('latin drops accents, German style where asked', () => {
    expect(latin('Café Größe Ærø')).toBe('Cafe Grosse Ærø');
    expect(latin('Müller Straße', true)).toBe('Mueller Strasse');
    expect(latin('مقهى')).toBe('مقهى');
  });

  it('idPart keeps ids as they are and makes the rest safe', () => {
    expect(idPart('o-0001')).toBe('o-0001');
    expect(idPart('a.b_c:d')).toBe('a.b_c:d');
    expect(idPart('evil/../1 <b>')).toBe('evil-..-1-b');
    expect(idPart('--Café am Markt--')).toBe('Cafe-am-Markt');
    expect(idPart('café/ü 7', { german: true })).toBe('cafe-ue-7');
    expect(idPart('a'.repeat(50) + '-' + 'b'.repeat(50), { max: 51 })).toBe('a'.repeat(50));
    expect(idPart('مقهى اللغة')).toBe('');
    expect(idPart('__proto__')).toBe('proto');
    expect(idPart('constructor')).toBe('constructor');
  });

  it('slug is lower case, cut at a hyphen', () => {
    expect(slug('Sprachcafé am Markt')).toBe('sprachcafe-am-markt');
    expect(slug('Vorpommern-Rügen', { german: true })).toBe('vorpommern-ruegen');
    expect(slug('Vorpommern-Rügen')).toBe('vorpommern-rugen');
    expect(slug('Housing/Shelter & Food')).toBe('housing-shelter-food');
    expect(slug('eins zwei drei vier', { max: 12 })).toBe('eins-zwei');
    expect(slug('Юридична допомога')).toBe('');
    expect(slug('__proto__')).toBe('proto');
  });

  it('hash is FNV-1a: stable, short, in hex or base 36', () => {
    expect(hash('')).toBe('811c9dc5');
    expect(hash('a')).toBe('e40c292c');
    expect(hash('a', 36)).toBe((0xe40c292c).toString(36));
    expect(hash('Sprachcafé')).toMatch(/^[0-9a-f]{8}$/);
    expect(hash('x'.repeat(100_000))).toBe(hash('x'.repeat(100_000)));
    expect(hash('ab')).not.toBe(hash('ba'));
  });
});
