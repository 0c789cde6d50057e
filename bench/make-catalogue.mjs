#!/usr/bin/env node
/**
 * Realistic synthetic catalogues for the benches: `makeCatalogue(n, { seed })` returns a catalogue
 * of n distinct offers in the kit's format; as a command, `node bench/make-catalogue.mjs <n> <out.json>
 * [--seed N]` writes one.
 *
 * Offers are composed from the vocabularies in bench/data/: kinds of offer, audiences, venues,
 * formats, languages spoken, weekdays and opening hours, each written in German, English, Arabic,
 * Ukrainian, Russian, Persian and Turkish, so Latin, Arabic and Cyrillic text is searchable as in a
 * real multilingual directory. German always; the other languages vary from offer to offer. Places are
 * real towns of Mecklenburg-Vorpommern and Thuringia with their postal codes, points spread around
 * each town (so 100,000 offers are not a few stacks), and common street names with house numbers.
 * Organisations are fictional, every name marked "(Beispiel)", with example.org addresses and phone
 * numbers with 0000 in the middle. The same n and seed give the same catalogue.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));
const data = (name) => readJson(new URL(`./data/${name}`, import.meta.url));

/** The files the output depends on: a catalogue older than any of them is made again. */
export const SOURCES = ['make-catalogue.mjs', 'data/places.json', 'data/organisations.json', 'data/offer-kinds.json', 'data/phrases.json', '../demo/catalogue.json'].map(
  (path) => new URL(path, import.meta.url),
);

// mulberry32: small, fast and seeded, so every run writes the same catalogue.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from a list by weight, in O(log n) per pick. */
function weightedPicker(items, weightOf, random) {
  const cumulative = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weightOf(item)));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');

/** An ASCII host label from an organisation name: "Nachbarschaftshilfe Südstadt e. V. (Beispiel)" → "nachbarschaftshilfe-suedstadt". */
function slugOf(name) {
  const latin = name
    .split(' – ')
    .filter((part) => !/[^\u0000-\u024f]/.test(part))
    .join(' ')
    .replace(/\(Beispiel\)|\be\. V\.|\bgGmbH\b/g, '')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return latin.length <= 48 ? latin : latin.slice(0, 48).replace(/-[^-]*$/, '');
}

const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
// Days and hours of real offices, courses and meetings; a second slot is added to some.
const DAY_SETS = [['mo', 'tu', 'we', 'th', 'fr'], ['mo', 'we'], ['tu', 'th'], ['mo', 'tu', 'th'], ['we'], ['fr'], ['sa'], ['mo', 'we', 'fr'], ['tu'], ['th'], ['mo'], ['tu', 'we', 'th']];
const MORNING = [['08:00', '12:00'], ['09:00', '12:00'], ['09:00', '13:00'], ['09:30', '11:30'], ['10:00', '12:30'], ['08:30', '15:30'], ['09:00', '15:00']];
const AFTERNOON = [['13:00', '16:00'], ['14:00', '17:00'], ['15:00', '18:00'], ['16:00', '19:00'], ['17:00', '19:30'], ['18:00', '20:00'], ['13:30', '15:30']];

/** The vocabularies, read once. */
function vocabulary() {
  const sample = readJson(new URL('../demo/catalogue.json', import.meta.url));
  const places = data('places.json');
  return { sample, places, orgs: data('organisations.json'), kinds: data('offer-kinds.json').kinds, phrases: data('phrases.json') };
}

/**
 * A catalogue of `n` offers (format 'willkommen-catalogue', version 1): the sample's head, categories
 * and regions (and the regions of the extra towns), the generated offers, no events or jobs.
 */
export function makeCatalogue(n, { seed = 1 } = {}) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a number of offers: ${n}`);
  const v = vocabulary();
  const random = generator(seed * 0x9e3779b1 + 0x5eed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const P = v.phrases;
  const LANGS = P.textLanguages;

  const pickTown = weightedPicker(v.places.towns, (t) => t.weight, random);
  const pickKind = weightedPicker(v.kinds, (k) => k.weight, random);
  const spokenCodes = Object.keys(P.spokenWeights);
  const pickSpoken = weightedPicker(spokenCodes, (c) => P.spokenWeights[c], random);

  /** A point around the town centre: uniform over a disc, with a denser core as real towns have. */
  function pointNear(town) {
    const r = town.radiusKm * Math.sqrt(random()) * (chance(0.35) ? 0.4 : 1);
    const angle = random() * 2 * Math.PI;
    const lat = town.lat + (r * Math.cos(angle)) / 111.32;
    const lon = town.lon + (r * Math.sin(angle)) / (111.32 * Math.cos((town.lat * Math.PI) / 180));
    return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
  }

  /** A common street name, or one composed as towns name theirs ("Goethestraße", "Lindenweg"). */
  function streetName() {
    if (chance(0.4)) return pick(v.orgs.streets);
    const parts = v.orgs.streetParts;
    return `${pick(chance(0.5) ? parts.names : parts.words)}${pick(parts.suffixes)}`;
  }

  function address(town) {
    const number = `${int(1, 140)}${chance(0.12) ? pick(['a', 'b', 'c']) : ''}`;
    return { street: `${streetName()} ${number}`, postalCode: pick(town.postalCodes), locality: town.name, region: town.region, ...pointNear(town) };
  }

  // People: first name and surname of one origin, now and then of two.
  const origins = Object.values(v.orgs.people);
  const pickOrigin = weightedPicker(origins, (o) => o.weight, random);
  const surnames = origins.flatMap((o) => o.last);
  function person() {
    const origin = pickOrigin();
    return `${pick(origin.first)} ${pick((chance(0.9) ? origin : pickOrigin()).last)}`;
  }

  // Organisations: a distinct name each, a host name of its own, a home address.
  const orgNames = new Set();
  const slugs = new Set();
  function organisation() {
    const town = pickTown();
    let name = '';
    for (let attempt = 0; attempt < 40 && (!name || orgNames.has(name)); attempt++) {
      const quarter = town.quarters.length && chance(0.6) ? pick(town.quarters) : '';
      const place = !quarter ? town.name : quarter.startsWith(`${town.name}-`) ? quarter : `${town.name}-${quarter}`;
      let surname2 = pick(surnames);
      const surname = pick(surnames);
      while (surname2 === surname) surname2 = pick(surnames);
      name = fill(pick(v.orgs.patterns), { town: town.name, place, quarter: quarter || town.name, fantasy: pick(v.orgs.fantasy), surname, surname2, street: streetName() });
    }
    // Very large catalogues can use up the names of a small town: a branch office keeps them distinct.
    const base = name;
    for (let branch = 2; orgNames.has(name); branch++) name = base.replace(/ \(Beispiel\)$/, ` – Zweigstelle ${branch} (Beispiel)`);
    orgNames.add(name);
    let slug = slugOf(name) || 'verein';
    for (let k = 2; slugs.has(slug); k++) slug = `${slugOf(name)}-${k}`;
    slugs.add(slug);
    return { name, slug, town, home: address(town), url: chance(0.6) ? `https://${slug}.example.org/` : undefined, offersLeft: int(1, 7) };
  }

  const townName = (town, lang) => town.names[lang] ?? town.name;
  const capitalise = (text, lang) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

  /** "Deutschkurs B1 für Frauen in Rostock-Lütten Klein", "Rostock şehrinde kadınlar için Almanca kursu B1". */
  function title(kind, lang, { level, audience, town, place, online }) {
    const t = P.titleTemplates[lang];
    let text = level ? `${kind.title[lang]} ${level}` : kind.title[lang];
    if (audience) text = fill(t.audience, { kind: text, audience: P.audiences[audience][lang] });
    if (online) text = fill(t.online, { title: text });
    else if (town) text = fill(t.place, { title: text, town: lang === 'de' || lang === 'en' ? place : townName(town, lang) });
    return capitalise(text, lang);
  }

  function listOf(names, lang) {
    const [comma, and] = P.listJoin[lang];
    return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(comma)}${and}${names[names.length - 1]}`;
  }

  /** "Montag–Freitag 09:00–12:00, Samstag 10:00–12:00" in the text's language. */
  function hoursText(weekly, lang) {
    const names = P.weekdays[lang];
    return weekly
      .map((slot) => {
        const days = slot.days.map((d) => DAY_CODES.indexOf(d));
        const run = days.length >= 3 && days.every((d, i) => i === 0 || d === days[i - 1] + 1);
        const label = run ? `${names[days[0]]}–${names[days[days.length - 1]]}` : days.map((d) => names[d]).join(P.listJoin[lang][0]);
        return `${label} ${slot.opens}–${slot.closes}`;
      })
      .join(P.listJoin[lang][0]);
  }

  function openingHours(type, languages) {
    const r = random();
    if (r < 0.1) return undefined; // unknown: the kit says "please ask"
    const note = chance(0.08) ? pick(P.hoursNotes) : undefined;
    const hours = {};
    if (r < 0.2) hours.appointmentOnly = true;
    else {
      const first = pick(DAY_SETS);
      const weekly = [{ days: first, opens: '', closes: '' }];
      [weekly[0].opens, weekly[0].closes] = type === 'M' && chance(0.6) ? pick(AFTERNOON) : pick(chance(0.7) ? MORNING : AFTERNOON);
      if (chance(0.3)) {
        const rest = DAY_CODES.slice(0, 5).filter((d) => !first.includes(d));
        if (rest.length) {
          const [opens, closes] = pick(AFTERNOON);
          weekly.push({ days: [pick(rest)], opens, closes });
        }
      }
      hours.weekly = weekly;
      if (chance(0.1)) hours.appointmentOnly = true;
    }
    if (note) hours.note = Object.fromEntries(languages.map((l) => [l, note[l]]));
    return hours;
  }

  function cost(type) {
    const r = random();
    if (type === 'K') return r < 0.55 ? 'free' : r < 0.75 ? 'reduced' : r < 0.9 ? 'paid' : undefined;
    return r < 0.8 ? 'free' : r < 0.86 ? 'reduced' : r < 0.89 ? 'paid' : undefined;
  }

  function phone(town) {
    const digits = String(int(1000, 9999));
    const shown = chance(0.6) ? `+49 ${town.areaCode} 0000 ${digits}` : `0${town.areaCode} 0000 ${digits}`;
    return chance(0.06) ? `${shown} (Mo–Fr)` : shown;
  }

  function updated() {
    const day = new Date(Date.UTC(2025, 10, 1) + int(0, 364) * 86_400_000);
    return day.toISOString().slice(0, 10);
  }

  const offers = [];
  let org;
  for (let i = 0; i < n; i++) {
    if (!org || org.offersLeft-- <= 0) org = organisation();
    const kind = pickKind();
    const town = org.town;

    // Languages spoken: German, a few others by how common they are, and those the kind needs.
    const spoken = new Set(['de']);
    const others = chance(0.15) ? 0 : int(1, 4);
    for (let k = 0; k < others; k++) spoken.add(pickSpoken());
    for (const l of kind.languages ?? []) spoken.add(l);

    // Languages of the text: German always; more likely those the offer's staff speak.
    const textLangs = LANGS.filter((l) => l === 'de' || chance(Math.min(0.9, P.textLanguageChance[l] + (spoken.has(l) ? 0.3 : 0))));
    const descriptionLangs = textLangs.filter((l) => l === 'de' || chance(0.7));

    const onlineOnly = chance(0.03);
    let location;
    if (!onlineOnly) {
      location = chance(0.6) ? { ...org.home } : address(town);
      if (chance(0.03)) {
        delete location.lat;
        delete location.lon;
      }
    }
    const quarterPlace = location && town.quarters.length && chance(0.3) ? pick(town.quarters) : '';
    const place = !quarterPlace ? town.name : quarterPlace.startsWith(`${town.name}-`) ? quarterPlace : `${town.name}-${quarterPlace}`;
    const shape = {
      level: kind.levels && chance(0.6) ? pick(kind.levels) : undefined,
      audience: kind.audiences.length && chance(0.35) ? pick(kind.audiences) : undefined,
      town,
      place,
      online: onlineOnly,
    };

    const hours = openingHours(kind.type, textLangs);
    const price = cost(kind.type);
    const format = chance(0.7) ? pick(P.formats[kind.type]) : undefined;
    const venue = location && chance(0.6) ? pick(P.venues) : undefined;
    const general = chance(0.6) ? pick(P.general) : undefined;
    const tellSpoken = spoken.size > 1 && chance(0.7);
    const tellHours = hours?.weekly && chance(0.4);
    const tellCost = price && chance(0.5);
    const spokenList = [...spoken];
    // Many directories name the people to ask for.
    const contacts = chance(0.5) ? (chance(0.2) ? [person(), person()] : [person()]) : [];

    const offer = { id: `o-${String(i + 1).padStart(6, '0')}`, title: {}, summary: {}, description: {} };
    for (const lang of textLangs) {
      offer.title[lang] = title(kind, lang, shape);
      offer.summary[lang] = price === 'free' && chance(0.4) ? `${kind.summary[lang]} ${P.costSentences.free[lang]}` : kind.summary[lang];
    }
    for (const lang of descriptionLangs) {
      const first = [kind.detail[lang], format?.[lang]].filter(Boolean).join(' ');
      const second = [
        venue && fill(P.venueSentence[lang], { venue: venue[lang] }),
        tellSpoken && fill(P.spokenSentence[lang], { list: listOf(spokenList.map((c) => P.spokenLanguages[c][lang]), lang) }),
        tellHours && fill(P.hoursSentence[lang], { slots: hoursText(hours.weekly, lang) }),
        general?.[lang],
        tellCost && P.costSentences[price][lang],
        contacts.length && fill(P[contacts.length > 1 ? 'contactsSentence' : 'contactSentence'][lang], { names: listOf(contacts, lang) }),
      ].filter(Boolean);
      offer.description[lang] = second.length ? `${first}\n${second.join(' ')}` : first;
    }

    const categories = [...kind.categories];
    if (['women', 'parents', 'families'].includes(shape.audience) && !categories.includes('family') && chance(0.5)) categories.push('family');
    offer.categories = categories;
    offer.languages = spokenList;
    offer.organization = org.url ? { name: org.name, url: org.url } : { name: org.name };
    if (location) offer.location = location;
    if (onlineOnly || chance(0.05)) offer.online = true;
    const contact = {};
    if (chance(0.85)) contact.phone = phone(town);
    if (chance(0.8)) contact.email = `${kind.mailbox}@${org.slug}.example.org`;
    if (chance(0.5)) contact.website = `https://${org.slug}.example.org/${kind.id}`;
    if (Object.keys(contact).length) offer.contact = contact;
    if (hours) offer.openingHours = hours;
    if (chance(0.01)) offer.temporarilyClosed = true;
    if (price) offer.cost = price;
    offer.updated = updated();
    offers.push(offer);
  }

  const { sample } = v;
  return {
    format: 'willkommen-catalogue',
    version: 1,
    title: sample.title,
    publisher: sample.publisher,
    updated: sample.updated,
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    categories: sample.categories,
    regions: [...sample.regions, ...v.places.extraRegions],
    offers,
    events: [],
    jobs: [],
  };
}

/**
 * Writes a catalogue as JSON, offer by offer: at 100,000 offers the document is far larger than
 * one string should be made for. Returns the number of bytes written.
 */
export function writeCatalogue(catalogue, file) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const { offers, events, jobs, ...head } = catalogue;
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text) => (bytes += writeSync(fd, text));
  try {
    write(`${JSON.stringify(head).slice(0, -1)},"offers":[`);
    for (let i = 0; i < offers.length; i += 1000) {
      write((i ? ',' : '') + offers.slice(i, i + 1000).map((o) => JSON.stringify(o)).join(','));
    }
    write(`],"events":${JSON.stringify(events)},"jobs":${JSON.stringify(jobs)}}\n`);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, out] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--seed');
  const at = process.argv.indexOf('--seed');
  const seed = at > 0 ? Number(process.argv[at + 1]) : 1;
  const n = Number(count);
  if (!out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error('usage: node bench/make-catalogue.mjs <offers> <out.json> [--seed N]');
    process.exit(2);
  }
  const started = performance.now();
  const bytes = writeCatalogue(makeCatalogue(n, { seed }), out);
  console.log(`${out}: ${n} offers, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`);
}
