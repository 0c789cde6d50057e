#!/usr/bin/env node
// npm run sample: writes demo/catalogue.json, a synthetic but realistic sample catalogue of offers,
// events and jobs for refugees and migrants in Mecklenburg-Vorpommern and Thuringia.
//
// Towns, postal codes, area codes, coordinates and districts are real. Organisations, employers,
// people, streets-with-numbers, phone numbers (subscriber numbers start with 0000, which no German
// number does), e-mail addresses and websites (*.example.org) are invented.
//
// Plain Node (>= 20), no dependencies, fully deterministic: a seeded PRNG (mulberry32) and a fixed
// reference date (2026-11-01). Running it twice gives byte-identical output.
//
// This file is the logic; the texts and lists are in scripts/sample-data/ (each file's "$comment"
// explains its fields). The order of every list there is the order the generator draws from.
//   places.json         towns (postal code, coordinates, area code, district, names), states, districts,
//                       street names, invented quarter names
//   catalogue.json      the catalogue's title, publisher and categories
//   offers.json         offer templates per category and the online-only ones, the category intros and
//                       extra sentences of descriptions, category weights, pinned offers, spoken languages
//   hours.json          weekly opening hours per kind, notes on opening hours
//   organisations.json  organisation name patterns, the online offers' organisations, e-mail and web paths
//   events.json         weekly, fortnightly, monthly and single event templates
//   jobs.json           job templates, employers, requirements, benefits and notes
//   next-steps.json     next-step, freshness and translation fields (Easy German, what to bring, notices, …)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = new URL('../demo/catalogue.json', import.meta.url);
const readData = (name) => JSON.parse(readFileSync(new URL(`./sample-data/${name}.json`, import.meta.url), 'utf8'));
const PLACES = readData('places');
const CATALOGUE = readData('catalogue');
const OFFERS = readData('offers');
const HOURS = readData('hours');
const ORGANISATIONS = readData('organisations');
const EVENTS = readData('events');
const JOBS = readData('jobs');
/** Texts of the next-step, freshness and translation fields (Easy German, what to bring, notices, …). */
const NEXT_STEPS = readData('next-steps');
const SEED = 0x57696c6b; // "Wilk"
const REFERENCE_DATE = '2026-11-01';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
/** Integer in [min, max] (inclusive). */
const randInt = (min, max) => min + Math.floor(rand() * (max - min + 1));
const chance = (p) => rand() < p;
const pick = (list) => list[Math.floor(rand() * list.length)];
function pickWeighted(list, weightOf) {
  const total = list.reduce((sum, item) => sum + weightOf(item), 0);
  let r = rand() * total;
  for (const item of list) {
    r -= weightOf(item);
    if (r < 0) return item;
  }
  return list[list.length - 1];
}
function shuffle(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
/** n distinct items from list, in random order. */
const sample = (list, n) => shuffle(list).slice(0, n);
const round4 = (x) => Math.round(x * 10000) / 10000;
const pad = (n, width = 2) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// Dates (all calendar arithmetic in UTC, so the machine's time zone never matters)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86400000;
const parseDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fmtDay = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const addDays = (iso, n) => fmtDay(parseDay(iso) + n * DAY_MS);
const daysBetween = (a, b) => Math.round((parseDay(b) - parseDay(a)) / DAY_MS);
/** A random day in [from, to] (inclusive). */
const randomDay = (from, to) => addDays(from, randInt(0, daysBetween(from, to)));
/** 0 = Sunday … 6 = Saturday */
const weekdayOf = (iso) => new Date(parseDay(iso)).getUTCDay();
const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** The first day on or after iso that falls on weekday wd (0 = Sunday). */
const nextWeekday = (iso, wd) => addDays(iso, (wd - weekdayOf(iso) + 7) % 7);
/** The n-th (1-based) weekday wd of a month. */
function nthWeekdayOfMonth(year, month, wd, n) {
  const first = `${year}-${pad(month)}-01`;
  return addDays(nextWeekday(first, wd), 7 * (n - 1));
}
function lastSunday(year, month) {
  const lastDay = fmtDay(Date.UTC(year, month, 0)); // day 0 of the next month
  return addDays(lastDay, -((weekdayOf(lastDay) + 7) % 7));
}
/** UTC offset of Europe/Berlin on that day (for times after 03:00; DST starts and ends at night). */
function berlinOffset(iso) {
  const year = +iso.slice(0, 4);
  const summer = iso >= lastSunday(year, 3) && iso < lastSunday(year, 10);
  return summer ? '+02:00' : '+01:00';
}
const berlinDateTime = (iso, hhmm) => `${iso}T${hhmm}:00${berlinOffset(iso)}`;

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
/** Keep only the given languages of a language map (in the map's own order). */
function only(map, langs) {
  const out = {};
  for (const [lang, text] of Object.entries(map)) if (langs.includes(lang)) out[lang] = text;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Data (scripts/sample-data/)
// ---------------------------------------------------------------------------------------------

const TOWNS = PLACES.towns.map(({ names, ruIn, ...town }) => ({ ...town, slug: slugify(town.de), names: { de: town.de, en: town.de, ...names }, ruIn }));
const { states: STATES, regions: REGIONS, streets: STREETS, quarters: QUARTERS } = PLACES;
const CATEGORIES = CATALOGUE.categories;
// Offer templates in towns ({town}, {ru}) and online ({state}); descriptions start with the template's desc or the
// category's intro, followed by one or two extra sentences.
const OFFER_TEMPLATES = Object.values(OFFERS.templates).flat();
const { onlineTemplates: ONLINE_TEMPLATES, intros: CATEGORY_INTROS, extraSentences: EXTRA_SENTENCES } = OFFERS;
const { variants: HOURS_VARIANTS, notes: HOURS_NOTES } = HOURS;
const { patterns: ORG_PATTERNS, online: ONLINE_ORGS, emailLocals: EMAIL_LOCALS, webPaths: WEB_PATHS } = ORGANISATIONS;
const { recurring: RECURRING_EVENT_TEMPLATES, rechtsberatung: RECHTSBERATUNG_EVENT, stammtisch: STAMMTISCH_EVENT, single: SINGLE_EVENT_TEMPLATES } = EVENTS;
const { templates: JOB_TEMPLATES, employers: EMPLOYERS, fieldRequirements: FIELD_REQUIREMENTS, benefits: JOB_BENEFITS } = JOBS;
const { apprenticeshipRequirement: APPRENTICESHIP_REQUIREMENT, apprenticeshipNote: APPRENTICESHIP_NOTE, minijobNote: MINIJOB_NOTE } = JOBS;
const levelRequirement = (level) =>
  Object.fromEntries(Object.entries(JOBS.levelRequirement).map(([lang, text]) => [lang, text.replaceAll('{level}', level)]));

// =============================================================================================
// Generators
// =============================================================================================

/** A language map of the template's texts for the wanted languages, with the town filled in. */
function fillMap(map, town, langs) {
  const out = {};
  for (const lang of langs) {
    if (map[lang] === undefined) continue;
    let text = map[lang].replaceAll('{town}', town ? town.names[lang] : '').replaceAll('{ru}', town ? town.ruIn : '');
    if (lang === 'uk') text = ukrainianEuphony(text);
    out[lang] = text;
  }
  return out;
}
/** Ukrainian alternates у/в for euphony: "в місті" after a vowel, "у місті" after a consonant. */
const ukrainianEuphony = (text) =>
  text.replace(/([аеєиіїоуюя]) [ув] місті/gu, '$1 в місті').replace(/([бвгґджзйклмнпрстфхцчшщь]) [ув] місті/gu, '$1 у місті');
const fillState = (map, state, langs) => {
  const out = {};
  for (const lang of langs) if (map[lang] !== undefined) out[lang] = map[lang].replaceAll('{state}', STATES[state].names[lang]);
  return out;
};

// Each town gets an invented quarter name (for "Lernwerkstatt Grünhöhe" and the like); Grünhöhe is Rostock's.
for (const town of TOWNS) town.quarter = town.de === 'Rostock' ? 'Grünhöhe' : pick(QUARTERS.filter((q) => q !== 'Grünhöhe'));
const townByName = new Map(TOWNS.map((t) => [t.de, t]));

// --- addresses, phone numbers, organisations --------------------------------------------------

const usedPhones = new Set();
function phoneFor(town) {
  for (;;) {
    const phone = `+49 ${town.areaCode} 0000 ${randInt(1000, 9999)}`;
    if (!usedPhones.has(phone)) {
      usedPhones.add(phone);
      return phone;
    }
  }
}
function addressIn(town) {
  const street = pick(STREETS);
  const number = `${randInt(1, 118)}${chance(0.12) ? pick(['a', 'b', 'c']) : ''}`;
  return {
    streetName: street,
    street: `${street} ${number}`,
    lat: round4(town.lat + (rand() * 2 - 1) * 0.006),
    lon: round4(town.lon + (rand() * 2 - 1) * 0.008),
  };
}
const locationAt = (town, address) => ({
  street: address.street,
  postalCode: town.postalCode,
  locality: town.de,
  region: town.region,
  lat: address.lat,
  lon: address.lon,
});

/**
 * Domain label of an organisation: without legal form and without a leading "Beratungsstelle",
 * e.g. "Netzwerk Ankommen Rostock e. V." -> "netzwerk-ankommen-rostock", "Beratungsstelle Lotsenhaus Gera" -> "lotsenhaus-gera".
 */
const orgSlug = (name) => slugify(name.replace(/\s+(e\.\s?V\.|gGmbH|GmbH|eG|GbR)$/u, '').replace(/^Beratungsstelle\s+/u, ''));
const orgCache = new Map();
const orgNameOwner = new Map(); // org name -> town slug, so that names without a town stay unique
const usedSlugs = new Set();
function splitLegalForm(name) {
  const m = /^(.*?)(\s+(?:e\.\s?V\.|gGmbH|GmbH|eG|GbR))?$/u.exec(name);
  return [m[1], m[2] ?? ''];
}
function getOrg(pattern, town, category, streetName) {
  const key = `${town.slug}|${pattern}`;
  if (orgCache.has(key)) return orgCache.get(key);
  const address = addressIn(town);
  if (streetName) {
    address.street = address.street.replace(address.streetName, streetName);
    address.streetName = streetName;
  }
  let name = pattern
    .replaceAll('{town}', town.de)
    .replaceAll('{quarter}', town.quarter)
    .replaceAll('{street}', address.streetName);
  if (orgNameOwner.has(name) && orgNameOwner.get(name) !== town.slug) {
    const [base, legal] = splitLegalForm(name);
    name = `${base} ${town.de}${legal}`;
  }
  orgNameOwner.set(name, town.slug);
  let slug = orgSlug(name);
  if (usedSlugs.has(slug)) slug = `${slug}-${town.slug}`;
  usedSlugs.add(slug);
  const org = {
    name,
    slug,
    town,
    address,
    phone: phoneFor(town),
    email: `${slug === 'lotsenhaus-gera' ? 'kontakt' : pick(EMAIL_LOCALS[category])}@${slug}.example.org`,
    url: `https://${slug}.example.org/`,
    category,
  };
  orgCache.set(key, org);
  return org;
}

// --- opening hours ----------------------------------------------------------------------------

const WD = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const slot = (days, opens, closes) => ({ days: days.split(','), opens, closes });
const hasDay = (weekly, day) => weekly.some((s) => s.days.includes(day));
/** Which opening hours a note fits, by the name in its "fits" (hours.json). */
const NOTE_FITS = {
  always: () => true,
  holidayTuesday: (w) => hasDay(w, 'tu') && w.some((s) => s.days.length > 1), // "In den Schulferien nur dienstags."
  course: (w, kind) => kind.startsWith('course') || kind === 'afternoonCourse',
  wednesdayDaytime: (w) => hasDay(w, 'we') && w.every((s) => s.closes <= '18:00'),
  counsellingOrOffice: (w, kind) => kind === 'counselling' || kind === 'office',
  cafeOrDropin: (w, kind) => kind === 'cafe' || kind === 'dropin',
};

function openingHoursFor(kind) {
  if (kind === 'none') return undefined;
  const hours = {};
  if (kind === 'appointment') {
    if (chance(0.5)) hours.weekly = structuredClone(pick(HOURS_VARIANTS.phone));
    hours.appointmentOnly = true;
  } else {
    hours.weekly = structuredClone(pick(HOURS_VARIANTS[kind]));
    if ((kind === 'counselling' || kind === 'office') && chance(0.12)) hours.weekly.push(slot('sa', '10:00', '12:00'));
    if ((kind === 'counselling' || kind === 'office') && chance(0.15)) hours.appointmentOnly = false;
  }
  if (chance(0.14)) {
    const fitting = HOURS_NOTES.filter((note) => NOTE_FITS[note.fits](hours.weekly ?? [], kind));
    if (fitting.length) {
      const note = pick(fitting);
      hours.note = only(note, chance(0.5) ? ['de', 'en', 'ar', 'uk'] : ['de', 'en', 'ar']);
    }
  }
  return hours;
}

// --- languages ----------------------------------------------------------------------------------

const SPOKEN_POOL = OFFERS.spokenLanguages;
function spokenLanguages(forced = [], max = 4) {
  const langs = ['de', ...forced];
  const n = randInt(forced.length ? 0 : 1, max);
  for (let i = 0; i < n; i++) {
    const candidates = SPOKEN_POOL.filter(([l]) => !langs.includes(l));
    langs.push(pickWeighted(candidates, ([, w]) => w)[0]);
  }
  return langs;
}
/** Which of uk, fa, ru get a translation (about half the time each; more likely when spoken there). */
function extraTextLanguages(spoken, always = []) {
  return ['uk', 'fa', 'ru'].filter((l) => always.includes(l) || chance(spoken.includes(l) ? 0.75 : 0.4));
}

// --- offers -------------------------------------------------------------------------------------

const { categoryWeights: CATEGORY_WEIGHTS, minTownWeight: MIN_TOWN_WEIGHT } = OFFERS;
const templatesPerCategory = {};
for (const t of OFFER_TEMPLATES) templatesPerCategory[t.cats[0]] = (templatesPerCategory[t.cats[0]] ?? 0) + 1;
const templateWeight = (t) => CATEGORY_WEIGHTS[t.cats[0]] / templatesPerCategory[t.cats[0]];

/** Largest-remainder split of total over the towns by weight, at least min each. */
function allocate(total, min) {
  const rest = total - min * TOWNS.length;
  const weightSum = TOWNS.reduce((s, t) => s + t.weight, 0);
  const raw = TOWNS.map((t) => (rest * t.weight) / weightSum);
  const counts = raw.map((x) => min + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length][1]]++;
  return counts;
}

const VOLUNTEER_CATEGORIES = OFFERS.volunteerCategories;
function buildDescription(intro, langsWanted, { online = false, template }) {
  const langs = langsWanted.filter((l) => intro[l] !== undefined);
  const fits = (s) =>
    !(s.onSite && online) &&
    !(s.kids && /Spielecke|Kinderbetreuung/.test(intro.de)) &&
    !(s.volunteers && !(template.cost === 'free' && VOLUNTEER_CATEGORIES.includes(template.cats[0])));
  // The "please bring" sentence is left out where the intro already asks to bring something; it is taken out
  // after the draw, so that the draws, and with them every other text, stay the same.
  const asksToBring = /bringen Sie [^.]*mit\./.test(intro.de);
  const extras = sample(EXTRA_SENTENCES.filter(fits), randInt(1, 2)).filter((s) => !(s.bring && asksToBring));
  const out = {};
  for (const lang of langs) out[lang] = extras.length ? `${intro[lang]}\n${extras.map((s) => s[lang]).join(' ')}` : intro[lang];
  return out;
}
function descriptionLanguages(extra) {
  const langs = ['de'];
  if (chance(0.8)) langs.push('en');
  if (chance(0.35)) langs.push('ar');
  if (chance(extra.includes('uk') ? 0.45 : 0.12)) langs.push('uk');
  if (chance(extra.includes('fa') ? 0.3 : 0.08)) langs.push('fa');
  if (chance(extra.includes('ru') ? 0.3 : 0.08)) langs.push('ru');
  return langs;
}
function contactFor(org, category) {
  const contact = {};
  if (chance(0.85)) contact.phone = org.phone;
  if (chance(0.8)) contact.email = org.email;
  if (chance(0.55) || (!contact.phone && !contact.email)) contact.website = `${org.url.slice(0, -1)}${pick(WEB_PATHS[category])}`;
  return contact;
}
function costFor(template) {
  if (chance(0.12)) return undefined;
  if (template.cats[0] === 'language' && template.cost !== 'free') return pick(['reduced', 'reduced', 'paid', 'free']);
  return template.cost;
}

const offers = [];
const offersByTown = new Map(TOWNS.map((t) => [t.de, []]));
/** The template, town and organisation address each record was made from (for the next-step fields). */
const builtFrom = new Map();
const nextOfferId = () => `o-${pad(offers.length + 1, 4)}`;

function buildTownOffer(template, town, pin) {
  const primary = template.cats[0];
  const org = getOrg(pin?.org ?? pick(template.orgs ?? ORG_PATTERNS[primary]), town, primary, pin?.street);
  const spoken = spokenLanguages(template.langs ?? []);
  const extra = extraTextLanguages(spoken, template.always);
  const textLangs = ['de', 'en', 'ar', ...extra];
  const offer = {
    id: nextOfferId(),
    title: fillMap(template.title, town, textLangs),
    summary: fillMap(template.summary, town, textLangs),
  };
  if (chance(0.85)) offer.description = buildDescription(template.desc ?? CATEGORY_INTROS[primary], descriptionLanguages(extra), { template });
  offer.categories = [...template.cats];
  offer.languages = spoken;
  offer.organization = chance(0.85) ? { name: org.name, url: org.url } : { name: org.name };
  const location = locationAt(town, chance(0.25) ? addressIn(town) : org.address);
  if (chance(0.04)) delete location.street; // address given on registration
  offer.location = location;
  offer.contact = contactFor(org, primary);
  const hours = chance(0.1) ? undefined : openingHoursFor(template.hours);
  if (hours) offer.openingHours = hours;
  if (chance(0.03)) offer.temporarilyClosed = true;
  const cost = costFor(template);
  if (cost) offer.cost = cost;
  if (chance(0.92)) offer.updated = randomDay('2026-03-01', REFERENCE_DATE);
  offers.push(offer);
  offersByTown.get(town.de).push({ offer, template, org });
  builtFrom.set(offer, { template, town, orgUrl: org.url });
  return offer;
}

function buildOnlineOffer(template, state) {
  const primary = template.cats[0];
  const name = ONLINE_ORGS[template.key].replaceAll('{state}', STATES[state].names.de);
  const slug = orgSlug(name);
  usedSlugs.add(slug);
  const capital = townByName.get(STATES[state].capital);
  const spoken = spokenLanguages(template.langs ?? [], 5);
  const extra = extraTextLanguages(spoken, template.always);
  const textLangs = ['de', 'en', 'ar', ...extra];
  const offer = {
    id: nextOfferId(),
    title: fillState(template.title, state, textLangs),
    summary: fillState(template.summary, state, textLangs),
  };
  // The general intros fit every online offer except the tandem, which is no course.
  if (template.key !== 'online-tandem' && chance(0.7)) {
    offer.description = buildDescription(CATEGORY_INTROS[primary], descriptionLanguages(extra), { online: true, template });
  }
  offer.categories = [...template.cats];
  offer.languages = spoken;
  offer.organization = { name, url: `https://${slug}.example.org/` };
  if (chance(0.5)) offer.location = { locality: capital.de };
  offer.online = true;
  const contact = {};
  if (template.hours === 'hotline' || chance(0.5)) contact.phone = phoneFor(capital);
  contact.email = `${pick(EMAIL_LOCALS[primary])}@${slug}.example.org`;
  contact.website = `https://${slug}.example.org${pick(WEB_PATHS[primary])}`;
  offer.contact = contact;
  const hours = openingHoursFor(template.hours);
  if (hours) offer.openingHours = hours;
  if (template.cost) offer.cost = template.cost;
  offer.updated = randomDay('2026-03-01', REFERENCE_DATE);
  offers.push(offer);
  builtFrom.set(offer, { template, orgUrl: offer.organization.url });
  return offer;
}

/** Offers that always exist (the organisations named in the documentation and used by the tests). */
const PINNED_OFFERS = OFFERS.pinned;

function generateOffers(totalTownOffers) {
  const counts = allocate(totalTownOffers, 3);
  TOWNS.forEach((town, i) => {
    let pool = OFFER_TEMPLATES.filter((t) => town.weight >= (MIN_TOWN_WEIGHT[t.key] ?? 0));
    const pins = PINNED_OFFERS.filter((p) => p.town === town.de);
    for (const pin of pins) buildTownOffer(OFFER_TEMPLATES.find((t) => t.key === pin.template), town, pin);
    let available = pool.filter((t) => !pins.some((p) => p.template === t.key));
    for (let k = pins.length; k < counts[i]; k++) {
      if (available.length === 0) available = [...pool];
      const template = pickWeighted(available, templateWeight);
      available = available.filter((t) => t !== template);
      buildTownOffer(template, town);
    }
  });
  for (const template of ONLINE_TEMPLATES) for (const state of ['MV', 'TH']) buildOnlineOffer(template, state);
}

// --- events -------------------------------------------------------------------------------------

const events = [];
const nextEventId = () => `e-${pad(events.length + 1, 4)}`;
const pickTown = () => pickWeighted(TOWNS, (t) => t.weight);

function linkedOffer(town, cats) {
  const list = offersByTown.get(town.de).filter((o) => o.template.cats.some((c) => cats.includes(c)) && !o.offer.temporarilyClosed);
  return list.length ? pick(list) : undefined;
}
function eventTextLanguages(spoken) {
  return ['de', 'en', 'ar', ...['uk', 'fa', 'ru'].filter((l) => chance(spoken.includes(l) ? 0.6 : 0.3))];
}
function eventDescriptionLanguages() {
  const langs = ['de'];
  if (chance(0.85)) langs.push('en');
  if (chance(0.5)) langs.push('ar');
  return langs;
}

function buildEvent(template, town, { start, end, recurrence, online = false, cost }) {
  const link = !online && chance(0.8) ? linkedOffer(town, template.cats) : undefined;
  const spoken = link ? link.offer.languages : spokenLanguages([], 3);
  const event = { id: nextEventId(), title: fillMap(template.title, town, eventTextLanguages(spoken)) };
  if (chance(0.9)) event.description = fillMap(template.desc, town, eventDescriptionLanguages());
  event.start = start;
  if (end) event.end = end;
  if (online) {
    event.online = true;
    const slug = orgSlug(ONLINE_ORGS['online-migrationsberatung'].replaceAll('{state}', STATES[town.state].names.de));
    event.url = `https://${slug}.example.org/veranstaltungen/${template.key}`;
  } else {
    event.location = link?.offer.location?.street ? structuredClone(link.offer.location) : locationAt(town, addressIn(town));
    if (link && chance(0.45)) event.url = `${link.org.url}termine`;
  }
  if (recurrence) event.recurrence = recurrence;
  event.categories = [...template.cats];
  if (chance(0.85)) event.languages = spoken;
  if (link) event.offer = link.offer.id;
  if (cost) event.cost = cost;
  else if (chance(0.6)) event.cost = 'free';
  events.push(event);
  builtFrom.set(event, { template, hostUrl: link?.org.url });
  return event;
}

function generateEvents() {
  const used = new Set();
  const freshTown = (key) => {
    for (;;) {
      const town = pickTown();
      if (!used.has(`${key}|${town.de}`)) {
        used.add(`${key}|${town.de}`);
        return town;
      }
    }
  };
  // Weekly, first occurrence in September or October 2026, on every day of the week.
  const weekdays = [1, 2, 3, 4, 5, 6, 0];
  for (let k = 0; k < 44; k++) {
    const wd = weekdays[k % 7];
    const template = pick(RECURRING_EVENT_TEMPLATES.filter((t) => t.days.includes(wd)));
    const town = freshTown(template.key);
    const day = nextWeekday(randomDay('2026-09-01', '2026-10-25'), wd);
    let [from, to] = template.time;
    if (template.key === 'fussball' && wd !== 0 && wd !== 6) [from, to] = ['18:00', '19:30'];
    if (template.key === 'sprachcafe' && wd === 0) [from, to] = ['15:00', '17:00'];
    let recurrence = `FREQ=WEEKLY;BYDAY=${ICAL_DAYS[wd]}`;
    if (k === 9 || k === 30) recurrence += ';UNTIL=20280630T215959Z';
    buildEvent(template, town, { start: berlinDateTime(day, from), end: berlinDateTime(day, to), recurrence });
  }
  // Every other week.
  const biweekly = [RECHTSBERATUNG_EVENT, RECHTSBERATUNG_EVENT, RECHTSBERATUNG_EVENT, ...RECURRING_EVENT_TEMPLATES.filter((t) => ['frauentreff', 'elterncafe', 'bewerbungstreff'].includes(t.key))];
  for (const template of biweekly) {
    const wd = pick(template.days);
    const town = freshTown(template.key);
    const day = nextWeekday(randomDay('2026-09-01', '2026-10-20'), wd);
    const [from, to] = template.time;
    buildEvent(template, town, { start: berlinDateTime(day, from), end: berlinDateTime(day, to), recurrence: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${ICAL_DAYS[wd]}` });
  }
  // Monthly on the n-th weekday; the first occurrence matches the rule.
  for (const [wd, n] of [[3, 1], [5, 2], [4, 3], [2, 1]]) {
    const town = freshTown(STAMMTISCH_EVENT.key);
    const day = nthWeekdayOfMonth(2026, pick([9, 10]), wd, n);
    const [from, to] = STAMMTISCH_EVENT.time;
    buildEvent(STAMMTISCH_EVENT, town, { start: berlinDateTime(day, from), end: berlinDateTime(day, to), recurrence: `FREQ=MONTHLY;BYDAY=${n}${ICAL_DAYS[wd]}` });
  }
  // Single events between 2026-11-15 and 2027-12-31.
  const workday = (iso) => (weekdayOf(iso) === 0 ? addDays(iso, 1) : weekdayOf(iso) === 6 ? addDays(iso, 2) : weekdayOf(iso) === 5 ? addDays(iso, -1) : iso);
  for (const template of SINGLE_EVENT_TEMPLATES) {
    for (let i = 0; i < template.count; i++) {
      const town = freshTown(template.key);
      if (template.kind === 'online') {
        const day = workday(randomDay('2026-11-16', '2027-11-30'));
        buildEvent(template, town, { start: berlinDateTime(day, '18:00'), end: berlinDateTime(day, '19:30'), online: true, cost: 'free' });
      } else if (template.kind === 'weekend') {
        const saturday = nextWeekday(randomDay('2027-05-01', '2027-09-20'), 6);
        if (i === 0) {
          // The festival spans a whole weekend.
          buildEvent(template, town, { start: berlinDateTime(saturday, '12:00'), end: berlinDateTime(addDays(saturday, 1), '18:00'), cost: 'free' });
        } else {
          buildEvent(template, town, { start: berlinDateTime(saturday, '14:00'), end: berlinDateTime(saturday, '22:00'), cost: 'free' });
        }
      } else if (template.kind === 'day') {
        const onSaturday = template.key === 'erste-hilfe' || template.key === 'sprachmittler-schulung';
        const day = onSaturday ? nextWeekday(randomDay('2026-11-15', '2027-12-20'), 6) : workday(randomDay('2026-11-16', '2027-12-17'));
        const [from, to] = template.key === 'erste-hilfe' ? ['09:00', '16:30'] : ['10:00', '15:00'];
        buildEvent(template, town, { start: berlinDateTime(day, from), end: berlinDateTime(day, to), cost: template.key === 'erste-hilfe' ? 'reduced' : undefined });
      } else {
        const day = workday(randomDay('2026-11-16', '2027-12-17'));
        const [from, to] = pick([['18:00', '20:00'], ['18:30', '20:30'], ['17:30', '19:00']]);
        buildEvent(template, town, { start: berlinDateTime(day, from), end: chance(0.85) ? berlinDateTime(day, to) : undefined });
      }
    }
  }
}

// --- jobs ---------------------------------------------------------------------------------------

const jobs = [];

/** Employers share the name registry with the organisations, so one name never stands for two places. */
function employerFor(field, town) {
  const candidates = EMPLOYERS[field].filter((e) => (!e.state || e.state === town.state) && (!e.towns || e.towns.includes(town.de)));
  let name = pick(candidates).name.replaceAll('{town}', town.de).replaceAll('{quarter}', town.quarter);
  if (orgNameOwner.has(name) && orgNameOwner.get(name) !== town.slug) {
    const [base, legal] = splitLegalForm(name);
    name = `${base} ${town.de}${legal}`;
  }
  orgNameOwner.set(name, town.slug);
  return { name, slug: orgSlug(name) };
}

function generateJobs(total) {
  const special = (t) => t.types.some((ts) => ts.includes('APPRENTICESHIP') || ts.includes('MINI_JOB'));
  const list = [...JOB_TEMPLATES];
  while (list.length < total) list.push(pickWeighted(JOB_TEMPLATES, (t) => (special(t) ? 1.3 : 1)));
  for (const template of shuffle(list)) {
    const town = pickTown();
    const employer = employerFor(template.field, town);
    const types = [...pick(template.types)];
    const apprenticeship = types.includes('APPRENTICESHIP');
    const level = pick(template.levels);
    const job = { id: `j-${pad(jobs.length + 1, 4)}` };
    job.title = only(template.title, chance(0.88) ? ['de', 'en', 'ar'] : ['de', 'en']);
    const benefits = sample(JOB_BENEFITS, randInt(1, 2));
    const parts = [template.task];
    if (apprenticeship) parts.push(APPRENTICESHIP_NOTE);
    if (types.includes('MINI_JOB')) parts.push(MINIJOB_NOTE);
    const descLangs = chance(0.88) ? ['de', 'en'] : ['de'];
    job.description = {};
    for (const lang of descLangs) {
      const main = parts.map((p) => p[lang]).join(' ');
      job.description[lang] = `${main}\n${benefits.map((b) => b[lang].replaceAll('{town}', town.de)).join(' ')}`;
    }
    if (chance(0.78)) {
      const req = template.req ?? (apprenticeship ? APPRENTICESHIP_REQUIREMENT : FIELD_REQUIREMENTS[template.field]);
      const levelText = levelRequirement(level);
      job.requirements = {};
      for (const lang of descLangs) job.requirements[lang] = `${levelText[lang]} ${req[lang]}`;
    }
    job.employer = chance(0.7) ? { name: employer.name, url: `https://${employer.slug}.example.org/` } : { name: employer.name };
    if (chance(0.95)) {
      const location = locationAt(town, addressIn(town));
      if (chance(0.1)) delete location.street;
      job.location = location;
    } else {
      job.location = { locality: town.de, region: town.region };
    }
    job.employmentType = types;
    job.field = template.field;
    job.germanLevel = level;
    job.datePosted = randomDay('2026-08-01', REFERENCE_DATE);
    if (chance(0.9)) job.validThrough = randomDay('2027-03-01', '2028-12-31');
    const apply = {};
    if (chance(0.7)) apply.url = `https://${employer.slug}.example.org/jobs/${template.key}-${town.slug}`;
    if (chance(0.55)) apply.email = `bewerbung@${employer.slug}.example.org`;
    if (chance(0.3) || (!apply.url && !apply.email)) apply.phone = phoneFor(town);
    job.apply = apply;
    jobs.push(job);
  }
}

// --- next steps, freshness, Easy German and machine translation ------------------------------------
// A pass over the finished records with a randomness of its own, so that the records above (and
// the ids and texts the tests rely on) stay exactly as they were. The texts are in
// sample-data/next-steps.json.

const nextRand = mulberry32(SEED ^ 0x13131313);
const nextChance = (p) => nextRand() < p;
const nextPick = (list) => list[Math.floor(nextRand() * list.length)];
const nextDay = (from, to) => addDays(from, Math.floor(nextRand() * (daysBetween(from, to) + 1)));
/** The languages a record has any text in (title, summary, description). */
const textLanguages = (record) => new Set([record.title, record.summary, record.description].flatMap((m) => Object.keys(m ?? {})));
/** The site of the organisation behind a record: its address, else its contact website's. */
const siteOf = (offer, built) => built?.orgUrl ?? (offer.contact?.website ? `${new URL(offer.contact.website).origin}/` : undefined);

const CHECKED_RECENTLY_FROM = addDays(REFERENCE_DATE, -330);
const EASY_GERMAN_OFFERS = 40;
const MACHINE_TRANSLATED_OFFERS = 60;

function addNextSteps() {
  let easy = 0;
  let machine = 0;
  for (const offer of offers) {
    const built = builtFrom.get(offer);
    const key = built.template.key;
    const category = offer.categories[0];
    const place = offer.location?.street && !offer.online;

    // Easy German next to German, for the offers of the templates that have it.
    const easyText = NEXT_STEPS.easyGerman[key];
    if (easyText && easy < EASY_GERMAN_OFFERS && nextChance(0.5)) {
      const fill = (text) => text.replaceAll('{town}', built.town?.de ?? '');
      offer.summary['de-x-ls'] = fill(easyText.summary);
      if (easyText.description && offer.description) offer.description['de-x-ls'] = fill(easyText.description);
      easy++;
    }
    // Machine-translated Arabic, Farsi and Ukrainian, written in German.
    if (machine < MACHINE_TRANSLATED_OFFERS && nextChance(0.17)) {
      const have = textLanguages(offer);
      const translated = ['ar', 'fa', 'uk'].filter((l) => have.has(l));
      if (translated.length) {
        offer.machineTranslated = translated;
        offer.translatedFrom = 'de';
        machine++;
      }
    }
    // Checked: most within the last year (on or after the last change); about 30 long ago.
    const old = offer.updated ? nextChance(0.03) : nextChance(0.8);
    if (old) offer.checked = nextDay('2024-09-01', '2025-10-15');
    else if (nextChance(0.9)) {
      const from = offer.updated && offer.updated > CHECKED_RECENTLY_FROM ? offer.updated : CHECKED_RECENTLY_FROM;
      offer.checked = nextDay(from, REFERENCE_DATE);
    }

    const site = siteOf(offer, built);
    const counselling = ['migration-counselling', 'legal', 'career', 'health', 'housing', 'work', 'family'].includes(category);
    if (site && (offer.openingHours?.appointmentOnly ? nextChance(0.8) : counselling && nextChance(0.3))) offer.booking = `${site}termin`;
    const bring = NEXT_STEPS.bringByTemplate[key] ?? NEXT_STEPS.bring[category];
    if (bring && nextChance(counselling || category === 'language' ? 0.45 : 0.2)) {
      offer.bring = only(bring, offer.summary['de-x-ls'] ? ['de', 'en', 'ar', 'de-x-ls'] : ['de', 'en', 'ar']);
    }
    const audience = NEXT_STEPS.audience[key];
    if (audience && nextChance(0.7)) offer.audience = only(audience, offer.summary['de-x-ls'] ? ['de', 'en', 'ar', 'de-x-ls'] : ['de', 'en', 'ar']);
    const costNote = NEXT_STEPS.costNote[key] ?? (offer.cost && NEXT_STEPS.costByKind[offer.cost]);
    if (costNote && (offer.cost === 'reduced' || offer.cost === 'paid' ? nextChance(0.9) : nextChance(0.5))) offer.costNote = { ...costNote };
    if (place && nextChance(0.6)) offer.wheelchair = nextPick(['yes', 'yes', 'yes', 'yes', 'yes', 'partly', 'partly', 'partly', 'no', 'no']);
  }
  // A few short-term notices, each on an offer of its kind with a place and not closed.
  const taken = new Set();
  for (const notice of NEXT_STEPS.notices) {
    const candidates = offers.filter((o) => notice.for.includes(builtFrom.get(o).template.key) && o.location?.street && !o.temporarilyClosed && !taken.has(o));
    const offer = nextPick(candidates);
    taken.add(offer);
    offer.notice = notice.until ? { text: { ...notice.text }, until: notice.until } : { text: { ...notice.text } };
  }
  for (const event of events) {
    const built = builtFrom.get(event);
    const key = built.template.key;
    if (event.location?.street && nextChance(0.45)) event.wheelchair = nextPick(['yes', 'yes', 'yes', 'partly', 'no']);
    if (!event.recurrence && built.hostUrl && nextChance(0.6)) event.booking = `${built.hostUrl}anmeldung`;
    if (NEXT_STEPS.eventBring[key] && nextChance(0.8)) event.bring = { ...NEXT_STEPS.eventBring[key] };
    if (NEXT_STEPS.eventAudience[key] && nextChance(0.8)) event.audience = { ...NEXT_STEPS.eventAudience[key] };
  }
  for (const job of jobs) if (nextChance(0.5)) job.checked = nextDay(job.datePosted, REFERENCE_DATE);
}

// =============================================================================================
// Self-checks: the catalogue must meet the format and the sample's own promises
// =============================================================================================

function check(catalogue) {
  const problems = [];
  const fail = (msg) => problems.push(msg);
  const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
  const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
  const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
  const catIds = new Set(catalogue.categories.map((c) => c.id));
  const regionIds = new Set(catalogue.regions.map((r) => r.id));
  const offerIds = new Set(catalogue.offers.map((o) => o.id));
  const maxLen = (map, max, what) => {
    for (const [lang, text] of Object.entries(map ?? {})) {
      if (typeof text !== 'string' || text.length === 0) fail(`${what}.${lang} empty`);
      else if (text.length > max) fail(`${what}.${lang} longer than ${max}`);
      if (/[<>]|\*\*|\{|\}/.test(text)) fail(`${what}.${lang} contains markup or a placeholder: ${text}`);
    }
  };
  const checkLocation = (loc, what) => {
    if (!loc) return;
    if (loc.region && !regionIds.has(loc.region)) fail(`${what}: unknown region ${loc.region}`);
    if (loc.lat !== undefined && Math.round(loc.lat * 10000) / 10000 !== loc.lat) fail(`${what}: lat has more than 4 decimals`);
  };
  const ids = new Set();
  for (const list of [catalogue.offers, catalogue.events, catalogue.jobs]) {
    for (const item of list) {
      if (!ID.test(item.id) || ids.has(item.id)) fail(`bad or duplicate id ${item.id}`);
      ids.add(item.id);
    }
  }
  JSON.stringify(catalogue, (key, value) => {
    if (value === null) fail(`null at ${key}`);
    return value;
  });
  for (const o of catalogue.offers) {
    for (const lang of ['de', 'en', 'ar']) if (!o.title[lang] || !o.summary[lang]) fail(`${o.id}: title/summary without ${lang}`);
    maxLen(o.title, 200, `${o.id}.title`);
    maxLen(o.summary, 600, `${o.id}.summary`);
    maxLen(o.description, 4000, `${o.id}.description`);
    maxLen(o.openingHours?.note, 500, `${o.id}.note`);
    if (o.description && !o.description.de) fail(`${o.id}: description without de`);
    if (o.categories.length < 1 || o.categories.length > 3 || o.categories.some((c) => !catIds.has(c))) fail(`${o.id}: categories`);
    for (const s of o.openingHours?.weekly ?? []) {
      if (!HHMM.test(s.opens) || !HHMM.test(s.closes) || s.closes <= s.opens) fail(`${o.id}: opening hours ${s.opens}-${s.closes}`);
      if (s.days.some((d) => !WD.includes(d))) fail(`${o.id}: weekday`);
    }
    if (o.updated && (o.updated < '2026-03-01' || o.updated > REFERENCE_DATE)) fail(`${o.id}: updated ${o.updated}`);
    checkLocation(o.location, o.id);
  }
  for (const e of catalogue.events) {
    for (const lang of ['de', 'en', 'ar']) if (!e.title[lang]) fail(`${e.id}: title without ${lang}`);
    maxLen(e.title, 200, `${e.id}.title`);
    maxLen(e.description, 4000, `${e.id}.description`);
    if (!DATE_TIME.test(e.start) || (e.end && !DATE_TIME.test(e.end))) fail(`${e.id}: date-time format`);
    if (berlinOffset(e.start.slice(0, 10)) !== e.start.slice(19)) fail(`${e.id}: wrong offset ${e.start}`);
    if (e.end && Date.parse(e.end) <= Date.parse(e.start)) fail(`${e.id}: end before start`);
    if (e.offer && !offerIds.has(e.offer)) fail(`${e.id}: unknown offer ${e.offer}`);
    if (e.recurrence && !(e.start >= '2026-09-01' && e.start < '2026-11-01')) fail(`${e.id}: recurring event starts ${e.start}`);
    if (!e.recurrence && !(e.start >= '2026-11-15' && e.start < '2028-01-01')) fail(`${e.id}: single event starts ${e.start}`);
    if (e.recurrence?.startsWith('FREQ=WEEKLY')) {
      const byday = /BYDAY=([A-Z]{2})/.exec(e.recurrence)[1];
      if (ICAL_DAYS[weekdayOf(e.start.slice(0, 10))] !== byday) fail(`${e.id}: start not on ${byday}`);
    }
    if (e.recurrence?.startsWith('FREQ=MONTHLY')) {
      const [, n, dd] = /BYDAY=(\d)([A-Z]{2})/.exec(e.recurrence);
      const day = e.start.slice(0, 10);
      if (nthWeekdayOfMonth(+day.slice(0, 4), +day.slice(5, 7), ICAL_DAYS.indexOf(dd), +n) !== day) fail(`${e.id}: start not the ${n}${dd}`);
    }
    checkLocation(e.location, e.id);
  }
  for (const j of catalogue.jobs) {
    if (!j.title.de || !j.title.en || !j.description.de) fail(`${j.id}: title/description languages`);
    maxLen(j.title, 200, `${j.id}.title`);
    maxLen(j.description, 4000, `${j.id}.description`);
    if (!j.apply.url && !j.apply.email && !j.apply.phone) fail(`${j.id}: no way to apply`);
    if (j.datePosted < '2026-08-01' || j.datePosted > REFERENCE_DATE) fail(`${j.id}: datePosted`);
    checkLocation(j.location, j.id);
  }
  // Phone numbers are obviously fictional; links only to example.org.
  JSON.stringify(catalogue, (key, value) => {
    if (key === 'phone' && !/^\+49 \d{3,4} 0000 \d{4}$/.test(value)) fail(`phone ${value}`);
    if ((key === 'url' || key === 'website' || key === 'booking') && !/^https:\/\/(?:[a-z0-9-]+\.)?example\.org\//.test(value)) fail(`url ${value}`);
    if (key === 'email' && !/@(?:[a-z0-9-]+\.)?example\.org$/.test(value)) fail(`email ${value}`);
    return value;
  });
  // Next steps, freshness, Easy German and machine translation.
  const notices = [];
  for (const record of [...catalogue.offers, ...catalogue.events, ...catalogue.jobs]) {
    for (const key of ['bring', 'audience', 'costNote']) maxLen(record[key], 500, `${record.id}.${key}`);
    if (record.wheelchair && !['yes', 'partly', 'no'].includes(record.wheelchair)) fail(`${record.id}: wheelchair ${record.wheelchair}`);
    if (record.checked && !(record.checked >= '2024-01-01' && record.checked <= REFERENCE_DATE)) fail(`${record.id}: checked ${record.checked}`);
    if (record.checked && record.checked >= '2025-11-01' && record.updated && record.checked < record.updated) fail(`${record.id}: checked before its last change`);
    for (const lang of record.machineTranslated ?? []) if (!textLanguages(record).has(lang)) fail(`${record.id}: machine-translated ${lang} without text`);
    if (record.machineTranslated && record.translatedFrom !== 'de') fail(`${record.id}: translatedFrom`);
    if (record.notice) {
      maxLen(record.notice.text, 300, `${record.id}.notice`);
      notices.push(record.notice);
    }
    for (const map of [record.summary, record.description, record.bring, record.audience]) {
      for (const sentence of (map?.['de-x-ls'] ?? '').split(/(?<=[.?!:])\s+/)) if (sentence.split(/\s+/).length > 15) fail(`${record.id}: Easy German sentence too long: ${sentence}`);
    }
  }
  const offersWith = (pred) => catalogue.offers.filter(pred).length;
  const yearAgo = addDays(REFERENCE_DATE, -365);
  if (offersWith((o) => o.summary['de-x-ls']) < 35) fail('fewer than 35 offers in Easy German');
  if (offersWith((o) => o.machineTranslated) < 50) fail('fewer than 50 machine-translated offers');
  if (offersWith((o) => o.checked && o.checked < yearAgo) < 25 || offersWith((o) => o.checked && o.checked < yearAgo) > 35) fail('not about 30 offers checked more than a year ago');
  if (offersWith((o) => o.checked && o.checked >= yearAgo) < 300) fail('fewer than 300 offers checked within the year');
  if (new Set(catalogue.offers.map((o) => o.wheelchair).filter(Boolean)).size !== 3) fail('not every wheelchair value used');
  if (!notices.some((n) => n.until && n.until < REFERENCE_DATE) || notices.filter((n) => n.until > REFERENCE_DATE).length < 5) fail('notices: one in the past and several to come');
  for (const key of ['booking', 'bring', 'audience', 'costNote']) if (offersWith((o) => o[key]) < 15) fail(`fewer than 15 offers with ${key}`);
  // Quantities promised by the sample.
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c.id, 0]));
  for (const o of catalogue.offers) for (const c of o.categories) perCategory[c]++;
  for (const [id, n] of Object.entries(perCategory)) if (n < 15) fail(`category ${id} used by only ${n} offers`);
  const weekly = catalogue.events.filter((e) => e.recurrence?.startsWith('FREQ=WEEKLY') && !e.recurrence.includes('INTERVAL'));
  const weeklyDays = new Set(weekly.map((e) => /BYDAY=([A-Z]{2})/.exec(e.recurrence)[1]));
  const count = (pred) => catalogue.jobs.filter(pred).length;
  if (catalogue.offers.length < 380) fail('fewer than 380 offers');
  if (catalogue.events.length < 70) fail('fewer than 70 events');
  if (catalogue.jobs.length < 90) fail('fewer than 90 jobs');
  if (weekly.length < 40 || weeklyDays.size !== 7) fail('weekly events');
  if (count((j) => j.employmentType.includes('APPRENTICESHIP')) < 15) fail('fewer than 15 apprenticeships');
  if (count((j) => j.employmentType.includes('MINI_JOB')) < 10) fail('fewer than 10 mini-jobs');
  if (new Set(catalogue.jobs.map((j) => j.germanLevel)).size !== 6) fail('not all CEFR levels used');
  for (const name of ['Lernwerkstatt Grünhöhe', 'Beratungsbüro Müllerstraße', 'Beratungsstelle Lotsenhaus Gera', 'Netzwerk Ankommen Rostock e. V.', 'Sprachschule Brücke Jena gGmbH', 'Frauenzentrum Lichtblick Weimar']) {
    if (!catalogue.offers.some((o) => o.organization.name === name)) fail(`no offer by ${name}`);
  }
  const usedRegions = new Set([...catalogue.offers, ...catalogue.jobs].map((x) => x.location?.region).filter(Boolean));
  for (const id of regionIds) if (!usedRegions.has(id)) fail(`region ${id} unused`);
  if (problems.length) {
    console.error(problems.slice(0, 40).join('\n'));
    throw new Error(`${problems.length} problem(s) in the generated catalogue`);
  }
  return perCategory;
}

// =============================================================================================
// Main
// =============================================================================================

generateOffers(384);
generateEvents();
generateJobs(96);
addNextSteps();

const catalogue = {
  format: 'willkommen-catalogue',
  version: 1,
  title: CATALOGUE.title,
  publisher: CATALOGUE.publisher,
  updated: '2026-11-01T10:00:00+01:00',
  defaultLanguage: 'de',
  timeZone: 'Europe/Berlin',
  checkAfterMonths: 12,
  corrections: NEXT_STEPS.corrections,
  categories: CATEGORIES,
  regions: REGIONS,
  offers,
  events,
  jobs,
};

const perCategory = check(catalogue);
const json = `${JSON.stringify(catalogue)}\n`;
mkdirSync(new URL('.', OUT), { recursive: true });
writeFileSync(OUT, json);

const bytes = Buffer.byteLength(json);
console.log(`demo/catalogue.json: ${(bytes / 1024).toFixed(0)} KiB`);
console.log(`  ${offers.length} offers (${offers.filter((o) => o.online).length} online only), ${events.length} events (${events.filter((e) => e.recurrence).length} recurring), ${jobs.length} jobs`);
console.log(`  ${TOWNS.length} towns, ${REGIONS.length} regions, ${CATEGORIES.length} categories`);
console.log(`  offers per category: ${Object.entries(perCategory).map(([id, n]) => `${id} ${n}`).join(', ')}`);
{
  const count = (list, pred) => list.filter(pred).length;
  const yearAgo = addDays(REFERENCE_DATE, -365);
  console.log(`  offers in Easy German (de-x-ls): ${count(offers, (o) => o.summary['de-x-ls'])} (with a description ${count(offers, (o) => o.description?.['de-x-ls'])}), machine-translated: ${count(offers, (o) => o.machineTranslated)}`);
  console.log(`  offers checked: ${count(offers, (o) => o.checked)} (more than a year before ${REFERENCE_DATE}: ${count(offers, (o) => o.checked && o.checked < yearAgo)}); jobs checked: ${count(jobs, (j) => j.checked)}`);
  console.log(`  offers with booking ${count(offers, (o) => o.booking)}, bring ${count(offers, (o) => o.bring)}, audience ${count(offers, (o) => o.audience)}, costNote ${count(offers, (o) => o.costNote)}, wheelchair ${['yes', 'partly', 'no'].map((w) => `${w} ${count(offers, (o) => o.wheelchair === w)}`).join(' / ')}, notice ${count(offers, (o) => o.notice)}`);
  console.log(`  events with wheelchair ${count(events, (e) => e.wheelchair)}, booking ${count(events, (e) => e.booking)}, bring ${count(events, (e) => e.bring)}, audience ${count(events, (e) => e.audience)}`);
}
