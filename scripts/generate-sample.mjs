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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = new URL('../demo/catalogue.json', import.meta.url);
/** Texts of the next-step, freshness and translation fields (Easy German, what to bring, notices, …). */
const NEXT_STEPS = JSON.parse(readFileSync(new URL('./sample-data/next-steps.json', import.meta.url), 'utf8'));
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
// Towns: real names, postal codes, area codes, coordinates and districts
// ---------------------------------------------------------------------------------------------
// [German name, postal code, lat, lon, area code (without 0), region id, weight, state,
//  Arabic, Farsi, Ukrainian, Russian, Russian with preposition "в" (locative)]

const TOWN_ROWS = [
  // Mecklenburg-Vorpommern
  ['Rostock', '18055', 54.0887, 12.1405, '381', 'rostock', 12, 'MV', 'روستوك', 'روستوک', 'Росток', 'Росток', 'в Ростоке'],
  ['Schwerin', '19053', 53.6355, 11.4012, '385', 'schwerin', 7, 'MV', 'شفيرين', 'شورین', 'Шверін', 'Шверин', 'в Шверине'],
  ['Neubrandenburg', '17033', 53.5574, 13.261, '395', 'mecklenburgische-seenplatte', 5, 'MV', 'نويبراندنبورغ', 'نویبراندنبورگ', 'Нойбранденбург', 'Нойбранденбург', 'в Нойбранденбурге'],
  ['Stralsund', '18439', 54.3091, 13.0818, '3831', 'vorpommern-ruegen', 4, 'MV', 'شترالزوند', 'اشترالزوند', 'Штральзунд', 'Штральзунд', 'в Штральзунде'],
  ['Greifswald', '17489', 54.0931, 13.3879, '3834', 'vorpommern-greifswald', 4, 'MV', 'غرايفسفالد', 'گرایفسوالد', 'Грайфсвальд', 'Грайфсвальд', 'в Грайфсвальде'],
  ['Wismar', '23966', 53.8915, 11.4652, '3841', 'nordwestmecklenburg', 3, 'MV', 'فيسمار', 'ویسمار', 'Вісмар', 'Висмар', 'в Висмаре'],
  ['Güstrow', '18273', 53.7937, 12.1757, '3843', 'landkreis-rostock', 2.5, 'MV', 'غوسترو', 'گوسترو', 'Гюстров', 'Гюстров', 'в Гюстрове'],
  ['Waren (Müritz)', '17192', 53.5163, 12.6797, '3991', 'mecklenburgische-seenplatte', 2, 'MV', 'فارين (موريتس)', 'وارن (موریتس)', 'Варен (Мюріц)', 'Варен (Мюриц)', 'в Варене (Мюриц)'],
  ['Neustrelitz', '17235', 53.365, 13.063, '3981', 'mecklenburgische-seenplatte', 2, 'MV', 'نويشتريليتس', 'نویشترلیتس', 'Нойштреліц', 'Нойштрелиц', 'в Нойштрелице'],
  ['Anklam', '17389', 53.856, 13.689, '3971', 'vorpommern-greifswald', 1.5, 'MV', 'أنكلام', 'آنکلام', 'Анклам', 'Анклам', 'в Анкламе'],
  ['Parchim', '19370', 53.4261, 11.8483, '3871', 'ludwigslust-parchim', 1.5, 'MV', 'بارخيم', 'پارخیم', 'Пархім', 'Пархим', 'в Пархиме'],
  ['Ludwigslust', '19288', 53.3297, 11.4973, '3874', 'ludwigslust-parchim', 1.5, 'MV', 'لودفيغسلوست', 'لودویگسلوست', 'Людвігслуст', 'Людвигслуст', 'в Людвигслусте'],
  ['Pasewalk', '17309', 53.5058, 13.9891, '3973', 'vorpommern-greifswald', 1.5, 'MV', 'بازيفالك', 'پازه‌والک', 'Пазевальк', 'Пазевальк', 'в Пазевальке'],
  ['Bergen auf Rügen', '18528', 54.417, 13.433, '3838', 'vorpommern-ruegen', 1.2, 'MV', 'بيرغن أوف روغن', 'برگن آوف روگن', 'Берген-ауф-Рюген', 'Берген-на-Рюгене', 'в Бергене-на-Рюгене'],
  ['Ribnitz-Damgarten', '18311', 54.2416, 12.4323, '3821', 'vorpommern-ruegen', 1.2, 'MV', 'ريبنيتس-دامغارتن', 'ریبنیتس-دامگارتن', 'Рібніц-Дамгартен', 'Рибниц-Дамгартен', 'в Рибниц-Дамгартене'],
  ['Hagenow', '19230', 53.431, 11.188, '3883', 'ludwigslust-parchim', 1.2, 'MV', 'هاغينو', 'هاگنو', 'Гагенов', 'Хагенов', 'в Хагенове'],
  ['Demmin', '17109', 53.905, 13.042, '3998', 'mecklenburgische-seenplatte', 1.2, 'MV', 'دمين', 'دمین', 'Деммін', 'Деммин', 'в Деммине'],
  ['Wolgast', '17438', 54.053, 13.778, '3836', 'vorpommern-greifswald', 1.2, 'MV', 'فولغاست', 'ولگاست', 'Вольгаст', 'Вольгаст', 'в Вольгасте'],
  // Thuringia
  ['Erfurt', '99084', 50.9787, 11.0328, '361', 'erfurt', 12, 'TH', 'إرفورت', 'ارفورت', 'Ерфурт', 'Эрфурт', 'в Эрфурте'],
  ['Jena', '07743', 50.9272, 11.5892, '3641', 'jena', 7, 'TH', 'ينا', 'ینا', 'Єна', 'Йена', 'в Йене'],
  ['Gera', '07545', 50.8806, 12.0833, '365', 'gera', 5, 'TH', 'غيرا', 'گرا', 'Гера', 'Гера', 'в Гере'],
  ['Weimar', '99423', 50.9795, 11.3235, '3643', 'weimar', 4.5, 'TH', 'فايمار', 'وایمار', 'Веймар', 'Веймар', 'в Веймаре'],
  ['Gotha', '99867', 50.9489, 10.7183, '3621', 'landkreis-gotha', 3, 'TH', 'غوتا', 'گوتا', 'Гота', 'Гота', 'в Готе'],
  ['Eisenach', '99817', 50.9807, 10.3153, '3691', 'wartburgkreis', 3, 'TH', 'آيزناخ', 'آیزناخ', 'Айзенах', 'Айзенах', 'в Айзенахе'],
  ['Nordhausen', '99734', 51.505, 10.791, '3631', 'nordhausen', 2.5, 'TH', 'نوردهاوزن', 'نوردهاوزن', 'Нордгаузен', 'Нордхаузен', 'в Нордхаузене'],
  ['Suhl', '98527', 50.609, 10.693, '3681', 'suhl', 2, 'TH', 'زول', 'زول', 'Зуль', 'Зуль', 'в Зуле'],
  ['Mühlhausen', '99974', 51.2087, 10.4532, '3601', 'unstrut-hainich-kreis', 2, 'TH', 'مولهاوزن', 'مولهاوزن', 'Мюльгаузен', 'Мюльхаузен', 'в Мюльхаузене'],
  ['Ilmenau', '98693', 50.684, 10.919, '3677', 'ilm-kreis', 2, 'TH', 'إلميناو', 'ایلمناو', 'Ільменау', 'Ильменау', 'в Ильменау'],
  ['Saalfeld', '07318', 50.648, 11.365, '3671', 'saalfeld-rudolstadt', 2, 'TH', 'زالفيلد', 'زالفلد', 'Заальфельд', 'Заальфельд', 'в Заальфельде'],
  ['Arnstadt', '99310', 50.834, 10.946, '3628', 'ilm-kreis', 2, 'TH', 'آرنشتات', 'آرنشتات', 'Арнштадт', 'Арнштадт', 'в Арнштадте'],
  ['Altenburg', '04600', 50.985, 12.434, '3447', 'altenburger-land', 2, 'TH', 'ألتنبورغ', 'آلتنبورگ', 'Альтенбург', 'Альтенбург', 'в Альтенбурге'],
  ['Sonneberg', '96515', 50.359, 11.174, '3675', 'sonneberg', 1.2, 'TH', 'زونيبرغ', 'زونه‌برگ', 'Зоннеберг', 'Зоннеберг', 'в Зоннеберге'],
  ['Meiningen', '98617', 50.568, 10.416, '3693', 'schmalkalden-meiningen', 1.5, 'TH', 'ماينينغن', 'ماینینگن', 'Майнінген', 'Майнинген', 'в Майнингене'],
  ['Sömmerda', '99610', 51.16, 11.117, '3634', 'soemmerda', 1.2, 'TH', 'زومردا', 'زومردا', 'Земмерда', 'Зёммерда', 'в Зёммерде'],
  ['Apolda', '99510', 51.024, 11.514, '3644', 'weimarer-land', 1.2, 'TH', 'أبولدا', 'آپولدا', 'Апольда', 'Апольда', 'в Апольде'],
];

const TOWNS = TOWN_ROWS.map(([de, postalCode, lat, lon, areaCode, region, weight, state, ar, fa, uk, ru, ruIn]) => ({
  de,
  postalCode,
  lat,
  lon,
  areaCode,
  region,
  weight,
  state,
  slug: slugify(de),
  names: { de, en: de, ar, fa, uk, ru },
  ruIn,
}));

const STATES = {
  MV: {
    names: {
      de: 'Mecklenburg-Vorpommern',
      en: 'Mecklenburg-Western Pomerania',
      ar: 'مكلنبورغ فوربومرن',
      fa: 'مکلنبورگ-فورپومرن',
      uk: 'Мекленбург – Передня Померанія',
      ru: 'Мекленбург – Передняя Померания',
    },
    capital: 'Schwerin',
    slug: 'mv',
  },
  TH: {
    names: { de: 'Thüringen', en: 'Thuringia', ar: 'تورينغن', fa: 'تورینگن', uk: 'Тюрингія', ru: 'Тюрингия' },
    capital: 'Erfurt',
    slug: 'thueringen',
  },
};

/** Districts (Landkreise and kreisfreie Städte) the towns lie in. */
const REGIONS = [
  ['rostock', 'Rostock', 'Rostock'],
  ['schwerin', 'Schwerin', 'Schwerin'],
  ['landkreis-rostock', 'Landkreis Rostock', 'Rostock District'],
  ['vorpommern-greifswald', 'Landkreis Vorpommern-Greifswald', 'Vorpommern-Greifswald District'],
  ['vorpommern-ruegen', 'Landkreis Vorpommern-Rügen', 'Vorpommern-Rügen District'],
  ['mecklenburgische-seenplatte', 'Landkreis Mecklenburgische Seenplatte', 'Mecklenburgische Seenplatte District'],
  ['nordwestmecklenburg', 'Landkreis Nordwestmecklenburg', 'Nordwestmecklenburg District'],
  ['ludwigslust-parchim', 'Landkreis Ludwigslust-Parchim', 'Ludwigslust-Parchim District'],
  ['erfurt', 'Erfurt', 'Erfurt'],
  ['jena', 'Jena', 'Jena'],
  ['gera', 'Gera', 'Gera'],
  ['weimar', 'Weimar', 'Weimar'],
  ['suhl', 'Suhl', 'Suhl'],
  ['landkreis-gotha', 'Landkreis Gotha', 'Gotha District'],
  ['wartburgkreis', 'Wartburgkreis', 'Wartburg District'],
  ['nordhausen', 'Landkreis Nordhausen', 'Nordhausen District'],
  ['unstrut-hainich-kreis', 'Unstrut-Hainich-Kreis', 'Unstrut-Hainich District'],
  ['ilm-kreis', 'Ilm-Kreis', 'Ilm District'],
  ['saalfeld-rudolstadt', 'Landkreis Saalfeld-Rudolstadt', 'Saalfeld-Rudolstadt District'],
  ['altenburger-land', 'Landkreis Altenburger Land', 'Altenburger Land District'],
  ['sonneberg', 'Landkreis Sonneberg', 'Sonneberg District'],
  ['schmalkalden-meiningen', 'Landkreis Schmalkalden-Meiningen', 'Schmalkalden-Meiningen District'],
  ['soemmerda', 'Landkreis Sömmerda', 'Sömmerda District'],
  ['weimarer-land', 'Landkreis Weimarer Land', 'Weimarer Land District'],
].map(([id, de, en]) => ({ id, name: { de, en } }));

// Common German street names (several with umlauts and ß) and invented quarter names.
const STREETS = [
  'Lange Straße', 'Bahnhofstraße', 'Am Markt', 'Friedrich-Ebert-Straße', 'Schulstraße', 'Mühlenstraße',
  'Hauptstraße', 'Goethestraße', 'Schillerstraße', 'Lindenstraße', 'Gartenstraße', 'Kirchstraße',
  'Rosa-Luxemburg-Straße', 'Karl-Marx-Straße', 'Poststraße', 'Müllerstraße', 'Friedensstraße',
  'Thomas-Müntzer-Straße', 'Am Stadtpark', 'Kastanienallee', 'Ringstraße', 'Steinstraße', 'Neue Straße',
  'Breite Straße', 'Puschkinstraße', 'Am Rathaus', 'Wilhelm-Külz-Straße', 'Bürgerstraße', 'Gärtnerweg',
  'Fährstraße', 'Am Bahnhof', 'Lessingstraße', 'Heinrich-Heine-Straße', 'Bergstraße', 'Wallstraße',
];
const QUARTERS = ['Grünhöhe', 'Mühlentor', 'Fährhof', 'Lindenhöhe', 'Bärenwinkel', 'Schäferwiese', 'Rosenhöhe', 'Brückenviertel'];

// ---------------------------------------------------------------------------------------------
// Categories (names in de, en, ar, fa, uk, ru, tr, fr, es)
// ---------------------------------------------------------------------------------------------

const CATEGORIES = [
  {
    id: 'language',
    name: {
      de: 'Sprach- und Integrationskurse', en: 'Language and integration courses', ar: 'دورات اللغة والاندماج',
      fa: 'دوره‌های زبان و ادغام', uk: 'Мовні та інтеграційні курси', ru: 'Языковые и интеграционные курсы',
      tr: 'Dil ve uyum kursları', fr: 'Cours de langue et d’intégration', es: 'Cursos de idioma e integración',
    },
  },
  {
    id: 'migration-counselling',
    name: {
      de: 'Migrationsberatung', en: 'Migration counselling', ar: 'استشارات الهجرة', fa: 'مشاوره مهاجرت',
      uk: 'Міграційне консультування', ru: 'Консультации по вопросам миграции', tr: 'Göç danışmanlığı',
      fr: 'Conseil en migration', es: 'Asesoramiento migratorio',
    },
  },
  {
    id: 'legal',
    name: {
      de: 'Asyl- und Aufenthaltsrecht', en: 'Asylum and residence law', ar: 'قانون اللجوء والإقامة',
      fa: 'قانون پناهندگی و اقامت', uk: 'Право притулку та перебування', ru: 'Право убежища и пребывания',
      tr: 'İltica ve oturum hukuku', fr: 'Droit d’asile et de séjour', es: 'Derecho de asilo y residencia',
    },
  },
  {
    id: 'work',
    name: {
      de: 'Arbeitsvermittlung', en: 'Job placement', ar: 'الوساطة في التوظيف', fa: 'کاریابی',
      uk: 'Працевлаштування', ru: 'Трудоустройство', tr: 'İş bulma desteği', fr: 'Aide à l’emploi',
      es: 'Intermediación laboral',
    },
  },
  {
    id: 'career',
    name: {
      de: 'Berufsberatung und Anerkennung', en: 'Career advice and recognition of qualifications',
      ar: 'الإرشاد المهني والاعتراف بالمؤهلات', fa: 'مشاوره شغلی و به رسمیت شناختن مدارک',
      uk: 'Профорієнтація та визнання кваліфікацій', ru: 'Профориентация и признание квалификаций',
      tr: 'Meslek danışmanlığı ve diploma denkliği', fr: 'Orientation professionnelle et reconnaissance des diplômes',
      es: 'Orientación profesional y reconocimiento de títulos',
    },
  },
  {
    id: 'education',
    name: {
      de: 'Schule, Ausbildung und Studium', en: 'School, apprenticeship and university',
      ar: 'المدرسة والتدريب المهني والجامعة', fa: 'مدرسه، آموزش حرفه‌ای و دانشگاه',
      uk: 'Школа, професійне навчання та університет', ru: 'Школа, профессиональное обучение и университет',
      tr: 'Okul, meslek eğitimi ve üniversite', fr: 'École, apprentissage et université',
      es: 'Escuela, formación profesional y universidad',
    },
  },
  {
    id: 'family',
    name: {
      de: 'Familie: Kinder, Eltern, Frauen', en: 'Family: children, parents, women', ar: 'الأسرة: الأطفال والأهل والنساء',
      fa: 'خانواده: کودکان، والدین، زنان', uk: 'Сім’я: діти, батьки, жінки', ru: 'Семья: дети, родители, женщины',
      tr: 'Aile: çocuklar, ebeveynler, kadınlar', fr: 'Famille : enfants, parents, femmes',
      es: 'Familia: infancia, madres y padres, mujeres',
    },
  },
  {
    id: 'health',
    name: {
      de: 'Gesundheit', en: 'Health', ar: 'الصحة', fa: 'سلامت', uk: 'Здоров’я', ru: 'Здоровье', tr: 'Sağlık',
      fr: 'Santé', es: 'Salud',
    },
  },
  {
    id: 'housing',
    name: {
      de: 'Wohnen', en: 'Housing', ar: 'السكن', fa: 'مسکن', uk: 'Житло', ru: 'Жильё', tr: 'Konut', fr: 'Logement',
      es: 'Vivienda',
    },
  },
  {
    id: 'crisis',
    name: {
      de: 'Beratung in Konflikt und Krise, Gewaltschutz', en: 'Counselling in conflict and crisis, protection from violence',
      ar: 'الإرشاد في النزاعات والأزمات والحماية من العنف', fa: 'مشاوره در تعارض و بحران، محافظت در برابر خشونت',
      uk: 'Консультування в конфліктах і кризах, захист від насильства',
      ru: 'Консультации в конфликтах и кризисах, защита от насилия',
      tr: 'Çatışma ve kriz danışmanlığı, şiddetten korunma',
      fr: 'Conseil en cas de conflit et de crise, protection contre la violence',
      es: 'Asesoramiento en conflictos y crisis, protección contra la violencia',
    },
  },
  {
    id: 'community',
    name: {
      de: 'Vereine, Ehrenamt und Treffpunkte', en: 'Associations, volunteering and meeting places',
      ar: 'الجمعيات والعمل التطوعي وأماكن اللقاء', fa: 'انجمن‌ها، کار داوطلبانه و مکان‌های دیدار',
      uk: 'Об’єднання, волонтерство та місця зустрічей', ru: 'Объединения, волонтёрство и места встреч',
      tr: 'Dernekler, gönüllülük ve buluşma yerleri', fr: 'Associations, bénévolat et lieux de rencontre',
      es: 'Asociaciones, voluntariado y lugares de encuentro',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Description building blocks
// ---------------------------------------------------------------------------------------------

/** A general first paragraph per category, used when an offer template has no description of its own. */
const CATEGORY_INTROS = {
  language: {
    de: 'Unsere Kurse richten sich an Erwachsene, die neu in Deutschland sind oder ihr Deutsch verbessern möchten. Vor Kursbeginn machen wir einen kurzen Einstufungstest, damit Sie in die passende Gruppe kommen.',
    en: 'Our courses are for adults who are new to Germany or want to improve their German. Before the course starts, we do a short placement test so that you join the right group.',
    ar: 'دوراتنا موجهة إلى البالغين الذين وصلوا حديثًا إلى ألمانيا أو يرغبون في تحسين لغتهم الألمانية. قبل بدء الدورة نجري اختبار تحديد مستوى قصيرًا لتنضموا إلى المجموعة المناسبة.',
    uk: 'Наші курси призначені для дорослих, які нещодавно приїхали до Німеччини або хочуть покращити свою німецьку. Перед початком курсу ми проводимо короткий тест, щоб ви потрапили до відповідної групи.',
    fa: 'دوره‌های ما برای بزرگسالانی است که تازه به آلمان آمده‌اند یا می‌خواهند زبان آلمانی خود را بهتر کنند. پیش از شروع دوره، یک آزمون تعیین سطح کوتاه برگزار می‌کنیم تا در گروه مناسب قرار بگیرید.',
    ru: 'Наши курсы предназначены для взрослых, которые недавно приехали в Германию или хотят улучшить свой немецкий. Перед началом курса мы проводим короткий тест, чтобы вы попали в подходящую группу.',
  },
  'migration-counselling': {
    de: 'Wir beraten Zugewanderte und Geflüchtete zu allen Fragen des Ankommens: Aufenthalt, Sprachkurs, Arbeit, Wohnen, Gesundheit und Familie. Die Beratung ist freiwillig, vertraulich und kostenlos.',
    en: 'We advise immigrants and refugees on all questions about settling in: residence, language courses, work, housing, health and family. Counselling is voluntary, confidential and free of charge.',
    ar: 'نقدّم الاستشارات للمهاجرين واللاجئين في جميع المسائل المتعلقة بالاستقرار: الإقامة ودورات اللغة والعمل والسكن والصحة والأسرة. الاستشارة طوعية وسرية ومجانية.',
    uk: 'Ми консультуємо мігрантів і біженців з усіх питань облаштування: перебування, мовні курси, робота, житло, здоров’я та сім’я. Консультації добровільні, конфіденційні й безкоштовні.',
    fa: 'ما به مهاجران و پناهجویان در همه مسائل مربوط به استقرار مشاوره می‌دهیم: اقامت، دوره زبان، کار، مسکن، سلامت و خانواده. مشاوره داوطلبانه، محرمانه و رایگان است.',
    ru: 'Мы консультируем мигрантов и беженцев по всем вопросам обустройства: пребывание, языковые курсы, работа, жильё, здоровье и семья. Консультации добровольные, конфиденциальные и бесплатные.',
  },
  legal: {
    de: 'Im Asyl- und Aufenthaltsrecht kommt es oft auf Fristen an. Kommen Sie deshalb möglichst früh zu uns und bringen Sie alle Bescheide und Briefe mit. Wir arbeiten unabhängig von Behörden.',
    en: 'In asylum and residence law, deadlines are often crucial. So please come to us as early as possible and bring all decisions and letters with you. We work independently of the authorities.',
    ar: 'في قانون اللجوء والإقامة كثيرًا ما تكون المهل حاسمة. لذلك تعالوا إلينا في أقرب وقت ممكن وأحضروا معكم جميع القرارات والرسائل. نعمل باستقلالية عن الدوائر الرسمية.',
    uk: 'У праві притулку та перебування часто все залежить від строків. Тому приходьте до нас якомога раніше та беріть із собою всі рішення й листи. Ми працюємо незалежно від державних органів.',
    fa: 'در قانون پناهندگی و اقامت، مهلت‌ها اغلب تعیین‌کننده‌اند. پس هرچه زودتر نزد ما بیایید و همه تصمیم‌ها و نامه‌ها را همراه داشته باشید. ما مستقل از ادارات دولتی کار می‌کنیم.',
    ru: 'В праве убежища и пребывания часто всё решают сроки. Поэтому приходите к нам как можно раньше и берите с собой все решения и письма. Мы работаем независимо от ведомств.',
  },
  work: {
    de: 'Wir kennen viele Betriebe in der Region und wissen, wo gerade Personal gesucht wird. Gemeinsam finden wir heraus, welche Arbeit zu Ihren Erfahrungen und Ihren Deutschkenntnissen passt.',
    en: 'We know many companies in the region and know where staff are currently needed. Together we find out which work suits your experience and your level of German.',
    ar: 'نعرف كثيرًا من الشركات في المنطقة ونعرف أين يوجد طلب على الموظفين حاليًا. نكتشف معًا العمل الذي يناسب خبراتكم ومستوى لغتكم الألمانية.',
    uk: 'Ми знаємо багато підприємств у регіоні й знаємо, де зараз шукають працівників. Разом з’ясуємо, яка робота відповідає вашому досвіду та рівню німецької.',
    fa: 'ما شرکت‌های زیادی را در منطقه می‌شناسیم و می‌دانیم کجا در حال حاضر به نیرو نیاز دارند. با هم بررسی می‌کنیم چه کاری با تجربه و سطح آلمانی شما مناسب است.',
    ru: 'Мы знаем многие предприятия региона и знаем, где сейчас ищут персонал. Вместе выясним, какая работа подходит вашему опыту и уровню немецкого.',
  },
  career: {
    de: 'Viele Zugewanderte bringen eine Ausbildung oder ein Studium mit. Wir helfen dabei, diese Qualifikationen in Deutschland sichtbar zu machen und den passenden nächsten Schritt zu finden.',
    en: 'Many immigrants bring vocational training or a degree with them. We help make these qualifications visible in Germany and find the right next step.',
    ar: 'يحمل كثير من المهاجرين مؤهلات مهنية أو شهادات جامعية. نساعد في إبراز هذه المؤهلات في ألمانيا وفي إيجاد الخطوة التالية المناسبة.',
    uk: 'Багато мігрантів мають професійну освіту або диплом університету. Ми допомагаємо зробити ці кваліфікації видимими в Німеччині та знайти правильний наступний крок.',
    fa: 'بسیاری از مهاجران مدرک حرفه‌ای یا دانشگاهی دارند. ما کمک می‌کنیم این مدارک در آلمان دیده شوند و گام بعدی مناسب را پیدا کنید.',
    ru: 'Многие мигранты имеют профессиональное образование или диплом вуза. Мы помогаем сделать эти квалификации заметными в Германии и найти правильный следующий шаг.',
  },
  education: {
    de: 'Das Bildungssystem in Deutschland ist vielfältig und unterscheidet sich von Bundesland zu Bundesland. Wir erklären die Möglichkeiten und begleiten Kinder, Jugendliche und Eltern auf ihrem Weg.',
    en: 'The education system in Germany is diverse and differs from one federal state to another. We explain the options and support children, young people and parents along the way.',
    ar: 'النظام التعليمي في ألمانيا متنوع ويختلف من ولاية إلى أخرى. نشرح الإمكانيات المتاحة ونرافق الأطفال والشباب والأهل في مسيرتهم.',
    uk: 'Система освіти в Німеччині різноманітна й відрізняється від землі до землі. Ми пояснюємо можливості та супроводжуємо дітей, молодь і батьків на їхньому шляху.',
    fa: 'نظام آموزشی آلمان متنوع است و از ایالتی به ایالت دیگر فرق می‌کند. ما امکانات را توضیح می‌دهیم و کودکان، نوجوانان و والدین را در این مسیر همراهی می‌کنیم.',
    ru: 'Система образования в Германии разнообразна и отличается от одной федеральной земли к другой. Мы объясняем возможности и сопровождаем детей, подростков и родителей на их пути.',
  },
  family: {
    de: 'Ankommen ist für Familien eine besondere Herausforderung. Bei uns finden Mütter, Väter und Kinder Rat, Austausch und einen Ort, an dem sie sich wohlfühlen.',
    en: 'Settling in is a particular challenge for families. Here, mothers, fathers and children find advice, company and a place where they feel at home.',
    ar: 'الاستقرار في بلد جديد تحدٍّ خاص للعائلات. تجد الأمهات والآباء والأطفال لدينا النصيحة وتبادل الخبرات ومكانًا يشعرون فيه بالراحة.',
    uk: 'Облаштування на новому місці – особливий виклик для сімей. У нас матері, батьки й діти знаходять пораду, спілкування та місце, де почуваються добре.',
    fa: 'جا افتادن در کشور جدید برای خانواده‌ها چالشی ویژه است. مادران، پدران و کودکان نزد ما راهنمایی، هم‌صحبتی و جایی دلنشین پیدا می‌کنند.',
    ru: 'Обустройство на новом месте – особое испытание для семей. У нас матери, отцы и дети находят совет, общение и место, где им хорошо.',
  },
  health: {
    de: 'Das deutsche Gesundheitssystem ist für viele Neuangekommene schwer zu durchschauen. Wir erklären, wie Krankenversicherung, Hausarztpraxis und Notdienst funktionieren, und helfen, Sprachbarrieren zu überwinden.',
    en: 'Many newcomers find the German health system hard to understand. We explain how health insurance, GP practices and emergency services work, and help overcome language barriers.',
    ar: 'يصعب على كثير من القادمين الجدد فهم النظام الصحي الألماني. نشرح كيف يعمل التأمين الصحي وعيادة طبيب الأسرة وخدمة الطوارئ، ونساعد في تجاوز الحواجز اللغوية.',
    uk: 'Німецька система охорони здоров’я складна для багатьох новоприбулих. Ми пояснюємо, як працюють медичне страхування, сімейний лікар і невідкладна допомога, та допомагаємо подолати мовний бар’єр.',
    fa: 'درک نظام سلامت آلمان برای بسیاری از تازه‌واردان دشوار است. توضیح می‌دهیم بیمه درمانی، پزشک خانواده و خدمات اورژانس چگونه کار می‌کنند و در رفع موانع زبانی کمک می‌کنیم.',
    ru: 'Немецкую систему здравоохранения многим новоприбывшим трудно понять. Мы объясняем, как работают медицинская страховка, семейный врач и неотложная помощь, и помогаем преодолеть языковой барьер.',
  },
  housing: {
    de: 'Eine eigene Wohnung zu finden ist in vielen Städten schwierig. Wir kennen den örtlichen Wohnungsmarkt, arbeiten mit Vermietern zusammen und unterstützen Sie bei allen Schritten bis zum Einzug.',
    en: 'Finding a flat of your own is difficult in many towns. We know the local housing market, work with landlords and support you with every step until you move in.',
    ar: 'العثور على شقة خاصة أمر صعب في كثير من المدن. نعرف سوق السكن المحلي ونتعاون مع المؤجرين وندعمكم في كل الخطوات حتى الانتقال إلى المسكن.',
    uk: 'Знайти власне житло в багатьох містах непросто. Ми знаємо місцевий ринок житла, співпрацюємо з орендодавцями та підтримуємо вас на кожному кроці аж до заселення.',
    fa: 'پیدا کردن خانه در بسیاری از شهرها دشوار است. ما بازار مسکن محلی را می‌شناسیم، با صاحبخانه‌ها همکاری می‌کنیم و تا زمان اسباب‌کشی در همه مراحل کنار شما هستیم.',
    ru: 'Найти собственное жильё во многих городах непросто. Мы знаем местный рынок жилья, сотрудничаем с арендодателями и поддерживаем вас на каждом шаге вплоть до переезда.',
  },
  crisis: {
    de: 'In akuten Notlagen sind wir schnell für Sie da. Sie entscheiden selbst, was Sie erzählen möchten und welche Schritte Sie gehen. Im Notfall rufen Sie bitte die 110 oder 112.',
    en: 'In acute emergencies we are there for you quickly. You decide what you want to tell us and which steps you take. In an emergency, please call 110 or 112.',
    ar: 'في حالات الطوارئ الحادة نكون بجانبكم بسرعة. أنتم تقررون ما تريدون إخبارنا به وما الخطوات التي تتخذونها. في حالات الطوارئ يرجى الاتصال بالرقم 110 أو 112.',
    uk: 'У гострих кризових ситуаціях ми швидко приходимо на допомогу. Ви самі вирішуєте, що розповісти і які кроки зробити. У надзвичайній ситуації телефонуйте 110 або 112.',
    fa: 'در شرایط اضطراری حاد به‌سرعت در کنار شما هستیم. خودتان تصمیم می‌گیرید چه چیزی را بگویید و چه قدم‌هایی بردارید. در موارد اضطراری لطفاً با ۱۱۰ یا ۱۱۲ تماس بگیرید.',
    ru: 'В острых кризисных ситуациях мы быстро приходим на помощь. Вы сами решаете, что рассказать и какие шаги предпринять. В экстренном случае звоните 110 или 112.',
  },
  community: {
    de: 'Bei uns treffen sich Menschen aus vielen Ländern – manche leben schon lange hier, andere sind gerade angekommen. Alle können mitmachen, eigene Ideen einbringen und Kontakte knüpfen.',
    en: 'People from many countries meet here – some have lived here for a long time, others have just arrived. Everyone can take part, contribute their own ideas and make new contacts.',
    ar: 'يلتقي لدينا أشخاص من بلدان كثيرة، منهم من يعيش هنا منذ زمن طويل ومنهم من وصل حديثًا. يمكن للجميع المشاركة وطرح أفكارهم وبناء علاقات جديدة.',
    uk: 'У нас зустрічаються люди з багатьох країн – ті, хто давно тут живе, і ті, хто нещодавно приїхав. Кожен може долучитися, запропонувати власні ідеї та знайти нові знайомства.',
    fa: 'در اینجا افرادی از کشورهای مختلف با هم دیدار می‌کنند؛ برخی سال‌هاست اینجا زندگی می‌کنند و برخی تازه آمده‌اند. همه می‌توانند شرکت کنند، ایده‌های خود را مطرح کنند و دوستان تازه پیدا کنند.',
    ru: 'У нас встречаются люди из многих стран – и те, кто давно здесь живёт, и те, кто только что приехал. Каждый может участвовать, предлагать свои идеи и заводить новые знакомства.',
  },
};

/** Short practical sentences appended to descriptions. onSite: only for offers with premises. */
const EXTRA_SENTENCES = [
  {
    onSite: true,
    de: 'Die Räume sind barrierefrei erreichbar.',
    en: 'The premises are step-free and wheelchair accessible.',
    ar: 'المكان مجهّز لاستقبال مستخدمي الكراسي المتحركة.',
    uk: 'Приміщення доступні для людей на кріслах колісних.',
    fa: 'مکان برای افراد دارای ویلچر قابل دسترسی است.',
    ru: 'Помещения доступны для людей на инвалидных колясках.',
  },
  {
    de: 'Bei Bedarf organisieren wir eine Dolmetscherin oder einen Dolmetscher.',
    en: 'If needed, we arrange an interpreter.',
    ar: 'عند الحاجة نوفّر مترجمًا أو مترجمة.',
    uk: 'За потреби ми організуємо перекладача.',
    fa: 'در صورت نیاز مترجم فراهم می‌کنیم.',
    ru: 'При необходимости мы пригласим переводчика.',
  },
  {
    onSite: true,
    de: 'Die nächste Bushaltestelle ist nur wenige Gehminuten entfernt.',
    en: 'The nearest bus stop is just a few minutes’ walk away.',
    ar: 'أقرب موقف للحافلات على بُعد دقائق قليلة سيرًا على الأقدام.',
    uk: 'Найближча автобусна зупинка – за кілька хвилин пішки.',
    fa: 'نزدیک‌ترین ایستگاه اتوبوس تنها چند دقیقه پیاده فاصله دارد.',
    ru: 'Ближайшая автобусная остановка – в нескольких минутах ходьбы.',
  },
  {
    de: 'Wenn Sie außerhalb der Öffnungszeiten eine Frage haben, schreiben Sie uns eine E-Mail.',
    en: 'If you have a question outside opening hours, send us an email.',
    ar: 'إذا كان لديكم سؤال خارج أوقات الدوام، فأرسلوا لنا رسالة بالبريد الإلكتروني.',
    uk: 'Якщо у вас є запитання поза годинами роботи, напишіть нам електронного листа.',
    fa: 'اگر خارج از ساعات کاری سؤالی دارید، برای ما ایمیل بفرستید.',
    ru: 'Если у вас есть вопрос вне часов работы, напишите нам по электронной почте.',
  },
  {
    onSite: true,
    kids: true,
    de: 'Kinder können mitgebracht werden, es gibt eine Spielecke.',
    en: 'You are welcome to bring your children; there is a play corner.',
    ar: 'يمكن اصطحاب الأطفال، ويوجد ركن للعب.',
    uk: 'Можна приходити з дітьми, є ігровий куточок.',
    fa: 'می‌توانید کودکان را همراه بیاورید؛ گوشه بازی هم داریم.',
    ru: 'Можно приходить с детьми, есть игровой уголок.',
  },
  {
    de: 'Einige Mitarbeitende unseres Teams haben selbst Fluchterfahrung.',
    en: 'Some members of our team have experienced displacement themselves.',
    ar: 'بعض أعضاء فريقنا مرّوا بتجربة اللجوء بأنفسهم.',
    uk: 'Дехто з нашої команди сам має досвід вимушеної міграції.',
    fa: 'برخی از اعضای تیم ما خودشان تجربه پناهندگی دارند.',
    ru: 'Некоторые сотрудники нашей команды сами пережили вынужденное бегство.',
  },
  {
    volunteers: true,
    de: 'Das Angebot wird von Ehrenamtlichen getragen und aus Spenden finanziert.',
    en: 'The service is run by volunteers and funded by donations.',
    ar: 'يقوم على هذه الخدمة متطوعون وتُموَّل من التبرعات.',
    uk: 'Цю послугу забезпечують волонтери, вона фінансується з пожертв.',
    fa: 'این خدمت توسط داوطلبان اداره می‌شود و با کمک‌های مردمی تأمین مالی می‌شود.',
    ru: 'Работу ведут волонтёры, она финансируется за счёт пожертвований.',
  },
  {
    de: 'Bitte bringen Sie, wenn vorhanden, Ihren Ausweis und wichtige Briefe mit.',
    en: 'If you have them, please bring your ID and any important letters.',
    ar: 'يرجى إحضار بطاقة الهوية والرسائل المهمة إن وُجدت.',
    uk: 'Якщо маєте, візьміть із собою посвідчення особи та важливі листи.',
    fa: 'لطفاً در صورت امکان کارت شناسایی و نامه‌های مهم را همراه بیاورید.',
    ru: 'Если есть, возьмите с собой удостоверение личности и важные письма.',
  },
];

/** Notes on opening hours (de, en, ar; some also uk). */
const HOURS_NOTES = [
  { de: 'In den Schulferien nur dienstags.', en: 'During the school holidays, Tuesdays only.', ar: 'خلال العطل المدرسية أيام الثلاثاء فقط.', uk: 'Під час шкільних канікул – лише у вівторок.' },
  { de: 'Bitte melden Sie sich vorher telefonisch an.', en: 'Please call ahead to register.', ar: 'يرجى التسجيل مسبقًا عبر الهاتف.' },
  { de: 'Kinderbetreuung während der Kurszeiten möglich.', en: 'Childcare is available during course hours.', ar: 'تتوفر رعاية للأطفال خلال أوقات الدورة.', uk: 'Під час занять можливий догляд за дітьми.' },
  { de: 'Am ersten Mittwoch im Monat bis 19:00 Uhr geöffnet.', en: 'Open until 7 pm on the first Wednesday of the month.', ar: 'مفتوح حتى الساعة 19:00 في أول يوم أربعاء من كل شهر.' },
  { de: 'Termine außerhalb der Sprechzeiten nach Vereinbarung.', en: 'Appointments outside these hours by arrangement.', ar: 'يمكن تحديد مواعيد خارج هذه الأوقات بالاتفاق.', uk: 'Зустрічі поза цими годинами – за домовленістю.' },
  { de: 'Zwischen Weihnachten und Neujahr geschlossen.', en: 'Closed between Christmas and New Year.', ar: 'مغلق بين عيد الميلاد ورأس السنة.' },
  { de: 'Letzter Einlass 30 Minuten vor Schluss.', en: 'Last admission 30 minutes before closing.', ar: 'آخر دخول قبل موعد الإغلاق بثلاثين دقيقة.' },
];

// ---------------------------------------------------------------------------------------------
// Offer templates. Placeholders: {town} = town name in the text's language,
// {ru} = Russian "в" + town in the prepositional case. hours: the kind of opening hours.
// ---------------------------------------------------------------------------------------------

const OFFER_TEMPLATES = [];
const addTemplates = (...list) => OFFER_TEMPLATES.push(...list);

// --- language -----------------------------------------------------------------------------------
addTemplates(
  {
    key: 'integrationskurs',
    cats: ['language'],
    hours: 'course',
    cost: 'reduced',
    title: {
      de: 'Integrationskurs mit Kinderbetreuung in {town}',
      en: 'Integration course with childcare in {town}',
      ar: 'دورة الاندماج واللغة الألمانية مع رعاية الأطفال في {town}',
      uk: 'Інтеграційний курс із доглядом за дітьми у місті {town}',
      fa: 'دوره ادغام همراه با مراقبت از کودکان در {town}',
      ru: 'Интеграционный курс с присмотром за детьми {ru}',
    },
    summary: {
      de: 'Allgemeiner Integrationskurs von A1 bis B1 mit Orientierungskurs. Während des Unterrichts werden kleine Kinder im Haus betreut.',
      en: 'General integration course from A1 to B1, including the orientation course. Small children are looked after on site during lessons.',
      ar: 'دورة اندماج عامة من المستوى A1 إلى B1 تشمل دورة التوجيه. تتم رعاية الأطفال الصغار في المكان نفسه أثناء الدروس.',
      uk: 'Загальний інтеграційний курс від рівня A1 до B1 разом з орієнтаційним курсом. Під час занять за малими дітьми доглядають на місці.',
      fa: 'دوره عمومی ادغام از سطح A1 تا B1 همراه با دوره آشنایی با جامعه. در زمان کلاس از کودکان خردسال در همان محل مراقبت می‌شود.',
      ru: 'Общий интеграционный курс от уровня A1 до B1, включая ориентационный курс. Во время занятий за маленькими детьми присматривают на месте.',
    },
    desc: {
      de: 'Der Kurs umfasst 600 Unterrichtsstunden Deutsch und 100 Stunden Orientierungskurs zu Geschichte, Politik und Alltag in Deutschland. Unterricht ist vormittags von Montag bis Freitag.\nWer eine Berechtigung oder Verpflichtung hat, nimmt in der Regel kostenlos oder mit reduziertem Beitrag teil. Wir helfen beim Antrag.',
      en: 'The course comprises 600 lessons of German and 100 lessons of orientation on history, politics and everyday life in Germany. Classes take place in the mornings from Monday to Friday.\nIf you are entitled or obliged to attend, you usually take part free of charge or at a reduced rate. We help you with the application.',
      ar: 'تتضمن الدورة 600 حصة لتعلّم اللغة الألمانية و100 حصة توجيهية حول التاريخ والسياسة والحياة اليومية في ألمانيا. تُعقد الدروس صباحًا من الاثنين إلى الجمعة.\nمن لديه حق المشاركة أو إلزام بها يشارك عادةً مجانًا أو برسوم مخفّضة. نساعدكم في تقديم الطلب.',
      uk: 'Курс містить 600 уроків німецької мови та 100 уроків орієнтаційного курсу про історію, політику й повсякденне життя в Німеччині. Заняття проходять зранку з понеділка по п’ятницю.\nХто має право або зобов’язання відвідувати курс, зазвичай навчається безкоштовно або за зниженою платою. Ми допомагаємо із заявою.',
    },
  },
  {
    key: 'deutschkurs-a1',
    cats: ['language'],
    hours: 'course2',
    cost: 'free',
    title: {
      de: 'Deutschkurs A1 für Anfängerinnen und Anfänger in {town}',
      en: 'German course A1 for beginners in {town}',
      ar: 'دورة اللغة الألمانية للمبتدئين (A1) في {town}',
      uk: 'Курс німецької мови A1 для початківців у місті {town}',
      fa: 'دوره زبان آلمانی A1 برای مبتدیان در {town}',
      ru: 'Курс немецкого языка A1 для начинающих {ru}',
    },
    summary: {
      de: 'Sie lernen die ersten Wörter und Sätze für Einkauf, Arzttermin und Behörde. Keine Vorkenntnisse nötig, Einstieg jederzeit möglich.',
      en: 'Learn your first words and sentences for shopping, doctor’s appointments and dealing with the authorities. No previous knowledge needed, you can join at any time.',
      ar: 'تتعلمون أولى الكلمات والجمل اللازمة للتسوق ومواعيد الطبيب والتعامل مع الدوائر الرسمية. لا حاجة إلى معرفة سابقة، ويمكن الانضمام في أي وقت.',
      uk: 'Ви вивчите перші слова та речення для покупок, візиту до лікаря та спілкування з установами. Попередні знання не потрібні, приєднатися можна будь-коли.',
      fa: 'اولین واژه‌ها و جمله‌ها را برای خرید، وقت دکتر و مراجعه به ادارات یاد می‌گیرید. نیازی به دانش قبلی نیست و هر زمان می‌توانید شروع کنید.',
      ru: 'Вы выучите первые слова и фразы для покупок, визита к врачу и общения с учреждениями. Предварительные знания не нужны, присоединиться можно в любое время.',
    },
    desc: {
      de: 'Der Kurs findet zweimal pro Woche in kleinen Gruppen statt. Lernmaterial wird gestellt.\nWenn Sie noch nicht lesen und schreiben können, fragen Sie nach unserem Alphabetisierungskurs.',
      en: 'The course meets twice a week in small groups. Learning materials are provided.\nIf you cannot read and write yet, ask about our literacy course.',
      ar: 'تُعقد الدورة مرتين في الأسبوع ضمن مجموعات صغيرة. نوفّر المواد التعليمية.\nإذا كنتم لا تجيدون القراءة والكتابة بعد، اسألوا عن دورة محو الأمية لدينا.',
      uk: 'Заняття проходять двічі на тиждень у невеликих групах. Навчальні матеріали надаємо.\nЯкщо ви ще не вмієте читати й писати, запитайте про наш курс грамотності.',
    },
  },
  {
    key: 'sprachcafe',
    cats: ['language', 'community'],
    hours: 'cafe',
    cost: 'free',
    title: {
      de: 'Sprachcafé: Deutsch sprechen in {town}',
      en: 'Language café: speaking German in {town}',
      ar: 'مقهى اللغة: التحدث بالألمانية في {town}',
      uk: 'Мовне кафе: розмовляємо німецькою в місті {town}',
      fa: 'کافه زبان: تمرین مکالمه آلمانی در {town}',
      ru: 'Языковое кафе: говорим по-немецки {ru}',
    },
    summary: {
      de: 'Bei Tee und Kuchen üben Sie Deutsch im Gespräch mit Ehrenamtlichen. Ohne Anmeldung, für alle Niveaus.',
      en: 'Practise German over tea and cake with volunteers. No registration needed, all levels welcome.',
      ar: 'تمارسون اللغة الألمانية في أحاديث مع متطوعين على الشاي والكعك. بدون تسجيل مسبق ولجميع المستويات.',
      uk: 'За чаєм і пирогом ви практикуєте німецьку в розмові з волонтерами. Без реєстрації, для всіх рівнів.',
      fa: 'با چای و کیک، آلمانی را در گفت‌وگو با داوطلبان تمرین می‌کنید. بدون ثبت‌نام و برای همه سطح‌ها.',
      ru: 'За чаем и пирогом вы практикуете немецкий в разговоре с волонтёрами. Без записи, для любого уровня.',
    },
    desc: {
      de: 'Im Sprachcafé geht es ums Sprechen, nicht um Grammatik. Wir reden über Alltag, Arbeit, Rezepte und alles, was Sie interessiert.\nKinder sind willkommen, eine Spielecke ist vorhanden.',
      en: 'The language café is about speaking, not grammar. We talk about everyday life, work, recipes and whatever interests you.\nChildren are welcome, and there is a play corner.',
      ar: 'في مقهى اللغة نركّز على المحادثة وليس على القواعد. نتحدث عن الحياة اليومية والعمل ووصفات الطبخ وكل ما يهمكم.\nالأطفال مرحّب بهم، ويوجد ركن للعب.',
    },
  },
  {
    key: 'berufssprachkurs',
    cats: ['language', 'work'],
    hours: 'afternoonCourse',
    cost: 'reduced',
    title: {
      de: 'Berufssprachkurs Deutsch B2 in {town}',
      en: 'German for work: job-related language course B2 in {town}',
      ar: 'دورة اللغة الألمانية المهنية B2 في {town}',
      uk: 'Професійний курс німецької мови B2 у місті {town}',
      fa: 'دوره زبان آلمانی شغلی B2 در {town}',
      ru: 'Профессиональный курс немецкого языка B2 {ru}',
    },
    summary: {
      de: 'Deutsch für den Beruf: Telefonate, E-Mails, Besprechungen und Fachwortschatz. Mit Prüfung telc Deutsch B2 am Ende.',
      en: 'German for the workplace: phone calls, emails, meetings and specialist vocabulary. Ends with the telc Deutsch B2 exam.',
      ar: 'الألمانية للعمل: المكالمات الهاتفية ورسائل البريد الإلكتروني والاجتماعات والمصطلحات المهنية. تنتهي الدورة بامتحان telc Deutsch B2.',
      uk: 'Німецька для роботи: телефонні розмови, електронні листи, наради та фахова лексика. Наприкінці – іспит telc Deutsch B2.',
      fa: 'آلمانی برای محیط کار: تماس تلفنی، ایمیل، جلسه و واژگان تخصصی. در پایان آزمون telc Deutsch B2 برگزار می‌شود.',
      ru: 'Немецкий для работы: телефонные разговоры, электронные письма, совещания и профессиональная лексика. В конце – экзамен telc Deutsch B2.',
    },
    desc: {
      de: 'Voraussetzung ist ein abgeschlossener Integrationskurs oder Deutsch auf Niveau B1. Der Kurs läuft in Teilzeit am Nachmittag, sodass er sich mit Arbeit oder Minijob verbinden lässt.',
      en: 'You need to have completed an integration course or have German at level B1. The course runs part time in the afternoons, so you can combine it with a job or mini-job.',
      ar: 'يُشترط إكمال دورة الاندماج أو امتلاك مستوى B1 في اللغة الألمانية. تُعقد الدورة بدوام جزئي بعد الظهر، بحيث يمكن الجمع بينها وبين العمل أو الوظيفة الصغيرة.',
    },
  },
  {
    key: 'sprachkurs-frauen',
    cats: ['language', 'family'],
    hours: 'course2',
    cost: 'free',
    orgs: ['Frauenzentrum Lichtblick {town}', 'Sprachschule Brücke {town} gGmbH'],
    title: {
      de: 'Sprachkurs für Frauen mit Kinderbetreuung in {town}',
      en: 'Language course for women with childcare in {town}',
      ar: 'دورة اللغة الألمانية للنساء مع رعاية الأطفال في {town}',
      uk: 'Мовний курс для жінок із доглядом за дітьми у місті {town}',
      fa: 'دوره زبان آلمانی برای زنان همراه با مراقبت از کودکان در {town}',
      ru: 'Языковой курс для женщин с присмотром за детьми {ru}',
    },
    summary: {
      de: 'Deutsch lernen in einer reinen Frauengruppe, mit Lehrerin und Betreuung für Kinder bis sechs Jahre.',
      en: 'Learn German in a women-only group with a female teacher and care for children up to the age of six.',
      ar: 'تعلّم اللغة الألمانية في مجموعة نسائية فقط مع معلمة ورعاية للأطفال حتى سن السادسة.',
      uk: 'Вивчайте німецьку в суто жіночій групі з викладачкою та доглядом за дітьми до шести років.',
      fa: 'یادگیری زبان آلمانی در گروهی فقط برای زنان، با معلم زن و مراقبت از کودکان تا شش سال.',
      ru: 'Изучайте немецкий в женской группе с преподавательницей и присмотром за детьми до шести лет.',
    },
  },
  {
    key: 'alphabetisierung',
    cats: ['language'],
    hours: 'course',
    cost: 'free',
    title: {
      de: 'Alphabetisierungskurs mit Deutsch in {town}',
      en: 'Literacy course with German in {town}',
      ar: 'دورة محو الأمية وتعلّم اللغة الألمانية في {town}',
      uk: 'Курс грамотності з німецькою мовою у місті {town}',
      fa: 'دوره سوادآموزی همراه با زبان آلمانی در {town}',
      ru: 'Курс грамотности с немецким языком {ru}',
    },
    summary: {
      de: 'Für Menschen, die das lateinische Alphabet lernen möchten oder wenig Schulerfahrung haben. Langsames Tempo, viel Übung.',
      en: 'For people who want to learn the Latin alphabet or have little experience of school. A slow pace and lots of practice.',
      ar: 'للأشخاص الذين يرغبون في تعلّم الأبجدية اللاتينية أو الذين لديهم خبرة مدرسية قليلة. وتيرة هادئة وتمارين كثيرة.',
      uk: 'Для людей, які хочуть вивчити латинську абетку або мало навчалися в школі. Повільний темп і багато практики.',
      fa: 'برای کسانی که می‌خواهند الفبای لاتین را یاد بگیرند یا تجربه مدرسه کمی دارند. سرعت آرام و تمرین فراوان.',
      ru: 'Для тех, кто хочет освоить латинский алфавит или мало учился в школе. Спокойный темп и много практики.',
    },
  },
);

// --- migration counselling ----------------------------------------------------------------------
addTemplates(
  {
    key: 'mbe',
    cats: ['migration-counselling'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Migrationsberatung für Erwachsene in {town}',
      en: 'Migration counselling for adults in {town}',
      ar: 'استشارات الهجرة للبالغين في {town}',
      uk: 'Міграційна консультація для дорослих у місті {town}',
      fa: 'مشاوره مهاجرت برای بزرگسالان در {town}',
      ru: 'Миграционная консультация для взрослых {ru}',
    },
    summary: {
      de: 'Beratung zu Aufenthalt, Sprachkurs, Arbeit, Wohnung und Familiennachzug für Zugewanderte ab 27 Jahren. Vertraulich und kostenlos.',
      en: 'Advice on residence, language courses, work, housing and family reunification for immigrants aged 27 and over. Confidential and free of charge.',
      ar: 'استشارات حول الإقامة ودورات اللغة والعمل والسكن ولمّ شمل الأسرة للمهاجرين من عمر 27 عامًا فما فوق. بسرية تامة ومجانًا.',
      uk: 'Консультації щодо перебування, мовних курсів, роботи, житла та возз’єднання сім’ї для мігрантів віком від 27 років. Конфіденційно й безкоштовно.',
      fa: 'مشاوره درباره اقامت، دوره زبان، کار، مسکن و پیوستن خانواده برای مهاجران ۲۷ سال به بالا. محرمانه و رایگان.',
      ru: 'Консультации по вопросам пребывания, языковых курсов, работы, жилья и воссоединения семьи для мигрантов от 27 лет. Конфиденциально и бесплатно.',
    },
    desc: {
      de: 'Wir begleiten Sie in den ersten Jahren nach Ihrer Ankunft. Gemeinsam klären wir, welche Schritte als Nächstes wichtig sind, und helfen bei Briefen und Anträgen.\nBitte bringen Sie Ihren Ausweis oder Aufenthaltstitel und wichtige Briefe mit.',
      en: 'We support you in your first years after arriving. Together we work out which steps are important next and help with letters and applications.\nPlease bring your ID or residence permit and any important letters.',
      ar: 'نرافقكم خلال السنوات الأولى بعد وصولكم. نحدد معًا الخطوات المهمة التالية ونساعدكم في الرسائل والطلبات.\nيرجى إحضار بطاقة الهوية أو تصريح الإقامة والرسائل المهمة.',
      uk: 'Ми супроводжуємо вас у перші роки після приїзду. Разом з’ясовуємо, які кроки важливі далі, і допомагаємо з листами та заявами.\nБудь ласка, візьміть із собою посвідчення особи або дозвіл на перебування та важливі листи.',
      fa: 'در سال‌های نخست پس از ورودتان همراه شما هستیم. با هم روشن می‌کنیم چه قدم‌هایی در ادامه مهم است و در نامه‌ها و درخواست‌ها کمک می‌کنیم.\nلطفاً کارت شناسایی یا اجازه اقامت و نامه‌های مهم را همراه بیاورید.',
      ru: 'Мы сопровождаем вас в первые годы после приезда. Вместе выясняем, какие шаги важны дальше, и помогаем с письмами и заявлениями.\nПожалуйста, возьмите с собой удостоверение личности или вид на жительство и важные письма.',
    },
  },
  {
    key: 'junge-zugewanderte',
    cats: ['migration-counselling', 'education'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Beratung für junge Zugewanderte (12–27 Jahre) in {town}',
      en: 'Counselling for young immigrants (aged 12–27) in {town}',
      ar: 'استشارات للشباب المهاجرين (من 12 إلى 27 عامًا) في {town}',
      uk: 'Консультації для молодих мігрантів (12–27 років) у місті {town}',
      fa: 'مشاوره برای مهاجران جوان (۱۲ تا ۲۷ سال) در {town}',
      ru: 'Консультации для молодых мигрантов (12–27 лет) {ru}',
    },
    summary: {
      de: 'Unterstützung bei Schule, Ausbildung, Sprachkurs und Behördengängen für junge Menschen mit Migrationsgeschichte.',
      en: 'Support with school, apprenticeships, language courses and dealing with the authorities for young people with a migration background.',
      ar: 'دعم في المدرسة والتدريب المهني ودورات اللغة والمعاملات الرسمية للشباب من أصول مهاجرة.',
      uk: 'Підтримка у питаннях школи, професійного навчання, мовних курсів і звернень до установ для молоді з міграційним досвідом.',
      fa: 'کمک در زمینه مدرسه، آموزش حرفه‌ای، دوره زبان و کارهای اداری برای جوانانی با پیشینه مهاجرت.',
      ru: 'Поддержка в вопросах школы, профессионального обучения, языковых курсов и обращения в учреждения для молодых людей с миграционным опытом.',
    },
  },
  {
    key: 'offene-sprechstunde',
    cats: ['migration-counselling'],
    hours: 'dropin',
    cost: 'free',
    title: {
      de: 'Beratung für Geflüchtete – offene Sprechstunde in {town}',
      en: 'Counselling for refugees – open consultation hours in {town}',
      ar: 'استشارات للاجئين – ساعات استشارة مفتوحة في {town}',
      uk: 'Консультації для біженців – відкриті години прийому у місті {town}',
      fa: 'مشاوره برای پناهجویان – ساعات مشاوره آزاد در {town}',
      ru: 'Консультации для беженцев – открытые часы приёма {ru}',
    },
    summary: {
      de: 'Ohne Termin: Wir beantworten Fragen zu Briefen von Behörden, Krankenversicherung, Kita und Schule und vermitteln weiter.',
      en: 'No appointment needed: we answer questions about letters from the authorities, health insurance, daycare and school, and refer you on.',
      ar: 'بدون موعد: نجيب عن أسئلتكم حول رسائل الدوائر الرسمية والتأمين الصحي ورياض الأطفال والمدرسة، ونحيلكم إلى الجهات المختصة.',
      uk: 'Без запису: відповідаємо на запитання щодо листів від установ, медичного страхування, дитсадка й школи та скеровуємо далі.',
      fa: 'بدون وقت قبلی: به سؤال‌های شما درباره نامه‌های اداری، بیمه درمانی، مهدکودک و مدرسه پاسخ می‌دهیم و شما را به مراکز مناسب معرفی می‌کنیم.',
      ru: 'Без записи: отвечаем на вопросы о письмах из учреждений, медицинской страховке, детском саде и школе и направляем к нужным специалистам.',
    },
  },
  {
    key: 'ukraine',
    cats: ['migration-counselling'],
    hours: 'counselling',
    cost: 'free',
    langs: ['uk', 'ru'],
    always: ['uk', 'ru'],
    title: {
      de: 'Beratung für Geflüchtete aus der Ukraine in {town}',
      en: 'Counselling for refugees from Ukraine in {town}',
      ar: 'استشارات للاجئين القادمين من أوكرانيا في {town}',
      uk: 'Консультації для біженців з України у місті {town}',
      fa: 'مشاوره برای پناهجویان اوکراینی در {town}',
      ru: 'Консультации для беженцев из Украины {ru}',
    },
    summary: {
      de: 'Hilfe bei Aufenthaltserlaubnis, Sozialleistungen, Wohnungssuche und Schulplätzen – auf Ukrainisch und Russisch.',
      en: 'Help with residence permits, social benefits, finding a flat and school places – in Ukrainian and Russian.',
      ar: 'مساعدة في تصاريح الإقامة والمساعدات الاجتماعية والبحث عن سكن وإيجاد مقاعد دراسية – باللغتين الأوكرانية والروسية.',
      uk: 'Допомога з дозволом на перебування, соціальними виплатами, пошуком житла та місцем у школі – українською та російською мовами.',
      fa: 'کمک در زمینه اجازه اقامت، کمک‌های اجتماعی، پیدا کردن خانه و ثبت‌نام در مدرسه – به زبان‌های اوکراینی و روسی.',
      ru: 'Помощь с разрешением на пребывание, социальными выплатами, поиском жилья и местом в школе – на украинском и русском языках.',
    },
  },
);

// --- legal ----------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'asylverfahrensberatung',
    cats: ['legal', 'migration-counselling'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Asylverfahrensberatung in {town}',
      en: 'Asylum procedure counselling in {town}',
      ar: 'استشارات حول إجراءات اللجوء في {town}',
      uk: 'Консультації щодо процедури надання притулку у місті {town}',
      fa: 'مشاوره درباره روند پناهندگی در {town}',
      ru: 'Консультации по процедуре предоставления убежища {ru}',
    },
    summary: {
      de: 'Unabhängige Beratung vor und nach der Anhörung, zu Bescheiden und Fristen. Auf Wunsch mit Dolmetscherin oder Dolmetscher.',
      en: 'Independent advice before and after your asylum interview, on decisions and deadlines. Interpreters available on request.',
      ar: 'استشارات مستقلة قبل جلسة الاستماع في إجراءات اللجوء وبعدها، وحول القرارات والمهل. مع مترجم عند الطلب.',
      uk: 'Незалежні консультації до та після співбесіди, щодо рішень і строків. За бажанням – з перекладачем.',
      fa: 'مشاوره مستقل پیش و پس از مصاحبه پناهندگی، درباره تصمیم‌ها و مهلت‌ها. در صورت نیاز با مترجم.',
      ru: 'Независимые консультации до и после собеседования, по решениям и срокам. По желанию – с переводчиком.',
    },
    desc: {
      de: 'Wir erklären Ihnen den Ablauf des Asylverfahrens und bereiten Sie auf die Anhörung vor. Wenn Sie einen Bescheid erhalten haben, kommen Sie bitte sofort – manche Fristen betragen nur eine Woche.\nDie Beratung ist vertraulich und kostenlos.',
      en: 'We explain how the asylum procedure works and prepare you for the interview. If you have received a decision, please come straight away – some deadlines are only one week.\nCounselling is confidential and free of charge.',
      ar: 'نشرح لكم مراحل إجراءات اللجوء ونُعدّكم لجلسة الاستماع. إذا تلقيتم قرارًا فيرجى الحضور فورًا، فبعض المهل لا تتجاوز أسبوعًا واحدًا.\nالاستشارة سرية ومجانية.',
      fa: 'مراحل روند پناهندگی را برایتان توضیح می‌دهیم و شما را برای مصاحبه آماده می‌کنیم. اگر تصمیمی دریافت کرده‌اید، لطفاً فوراً مراجعه کنید؛ برخی مهلت‌ها فقط یک هفته است.\nمشاوره محرمانه و رایگان است.',
    },
  },
  {
    key: 'aufenthaltsrecht',
    cats: ['legal'],
    hours: 'evening',
    cost: 'free',
    title: {
      de: 'Sprechstunde Aufenthaltsrecht in {town}',
      en: 'Residence law consultation in {town}',
      ar: 'ساعات استشارة حول قانون الإقامة في {town}',
      uk: 'Консультації з права перебування у місті {town}',
      fa: 'ساعات مشاوره حقوق اقامت در {town}',
      ru: 'Консультации по праву пребывания {ru}',
    },
    summary: {
      de: 'Ehrenamtliche Juristinnen und Juristen beraten zu Duldung, Aufenthaltserlaubnis, Einbürgerung und Familiennachzug.',
      en: 'Volunteer lawyers give advice on tolerated stay (Duldung), residence permits, naturalisation and family reunification.',
      ar: 'يقدّم حقوقيون وحقوقيات متطوعون استشارات حول وثيقة التسامح (Duldung) وتصاريح الإقامة والتجنيس ولمّ شمل الأسرة.',
      uk: 'Юристи-волонтери консультують щодо толерування (Duldung), дозволу на перебування, натуралізації та возз’єднання сім’ї.',
      fa: 'حقوق‌دانان داوطلب درباره دولدونگ (Duldung)، اجازه اقامت، تابعیت و پیوستن خانواده مشاوره می‌دهند.',
      ru: 'Юристы-волонтёры консультируют по вопросам дульдунга (Duldung), вида на жительство, натурализации и воссоединения семьи.',
    },
  },
  {
    key: 'familiennachzug',
    cats: ['legal', 'family'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Beratung zum Familiennachzug in {town}',
      en: 'Advice on family reunification in {town}',
      ar: 'استشارات حول لمّ شمل الأسرة في {town}',
      uk: 'Консультації щодо возз’єднання сім’ї у місті {town}',
      fa: 'مشاوره درباره پیوستن خانواده در {town}',
      ru: 'Консультации по воссоединению семьи {ru}',
    },
    summary: {
      de: 'Wir helfen bei Visumantrag, Terminbuchung bei der Botschaft und den nötigen Dokumenten für Ehepartner und Kinder.',
      en: 'We help with visa applications, booking embassy appointments and the documents needed for spouses and children.',
      ar: 'نساعد في طلب التأشيرة وحجز المواعيد لدى السفارة وتجهيز الوثائق اللازمة للأزواج والأطفال.',
      uk: 'Допомагаємо з візовою заявою, записом у посольство та необхідними документами для подружжя і дітей.',
      fa: 'در درخواست ویزا، گرفتن وقت سفارت و تهیه مدارک لازم برای همسر و فرزندان کمک می‌کنیم.',
      ru: 'Помогаем с заявлением на визу, записью в посольство и необходимыми документами для супругов и детей.',
    },
  },
  {
    key: 'einbuergerung',
    cats: ['legal'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Einbürgerung: Informationen und Beratung in {town}',
      en: 'Naturalisation: information and advice in {town}',
      ar: 'التجنيس: معلومات واستشارات في {town}',
      uk: 'Натуралізація: інформація та консультації у місті {town}',
      fa: 'اخذ تابعیت: اطلاعات و مشاوره در {town}',
      ru: 'Натурализация: информация и консультации {ru}',
    },
    summary: {
      de: 'Welche Voraussetzungen gelten, welche Unterlagen brauche ich, wie bereite ich mich auf den Einbürgerungstest vor?',
      en: 'Which requirements apply, which documents do I need, and how do I prepare for the naturalisation test?',
      ar: 'ما الشروط المطلوبة، وما الوثائق التي أحتاجها، وكيف أستعد لاختبار التجنيس؟',
      uk: 'Які вимоги діють, які документи потрібні та як підготуватися до тесту на громадянство?',
      fa: 'چه شرایطی لازم است، چه مدارکی نیاز دارم و چگونه برای آزمون تابعیت آماده شوم؟',
      ru: 'Какие требования действуют, какие документы нужны и как подготовиться к тесту на гражданство?',
    },
  },
);

// --- work -----------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'jobcoaching',
    cats: ['work'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Jobcoaching für Zugewanderte in {town}',
      en: 'Job coaching for immigrants in {town}',
      ar: 'التدريب والإرشاد للبحث عن عمل للمهاجرين في {town}',
      uk: 'Коучинг із працевлаштування для мігрантів у місті {town}',
      fa: 'مربیگری کاریابی برای مهاجران در {town}',
      ru: 'Коучинг по трудоустройству для мигрантов {ru}',
    },
    summary: {
      de: 'Gemeinsam schreiben wir Lebenslauf und Bewerbung, üben Vorstellungsgespräche und suchen passende Stellen.',
      en: 'Together we write your CV and applications, practise job interviews and look for suitable vacancies.',
      ar: 'نكتب معًا السيرة الذاتية وطلبات التوظيف، ونتدرّب على مقابلات العمل، ونبحث عن وظائف مناسبة.',
      uk: 'Разом складаємо резюме та заявки, тренуємо співбесіди й шукаємо відповідні вакансії.',
      fa: 'با هم رزومه و درخواست کار می‌نویسیم، مصاحبه کاری را تمرین می‌کنیم و دنبال شغل مناسب می‌گردیم.',
      ru: 'Вместе составляем резюме и сопроводительные письма, тренируем собеседования и ищем подходящие вакансии.',
    },
  },
  {
    key: 'bewerbungswerkstatt',
    cats: ['work'],
    hours: 'dropin',
    cost: 'free',
    title: {
      de: 'Bewerbungswerkstatt am Computer in {town}',
      en: 'Job application workshop at the computer in {town}',
      ar: 'ورشة إعداد طلبات التوظيف على الحاسوب في {town}',
      uk: 'Майстерня з підготовки заявок на роботу за комп’ютером у місті {town}',
      fa: 'کارگاه نوشتن درخواست کار با کامپیوتر در {town}',
      ru: 'Мастерская по составлению резюме за компьютером {ru}',
    },
    summary: {
      de: 'Offene Werkstatt mit PCs und Drucker: Unterlagen erstellen, Online-Bewerbungen verschicken, E-Mail-Adresse einrichten.',
      en: 'Drop-in workshop with PCs and a printer: prepare documents, send online applications, set up an email address.',
      ar: 'ورشة مفتوحة مع حواسيب وطابعة: إعداد الوثائق، وإرسال طلبات التوظيف عبر الإنترنت، وإنشاء بريد إلكتروني.',
      uk: 'Відкрита майстерня з комп’ютерами та принтером: підготовка документів, надсилання заявок онлайн, створення електронної пошти.',
      fa: 'کارگاه آزاد با کامپیوتر و چاپگر: تهیه مدارک، ارسال درخواست‌های آنلاین و ساختن آدرس ایمیل.',
      ru: 'Открытая мастерская с компьютерами и принтером: подготовка документов, отправка заявок онлайн, создание электронной почты.',
    },
  },
  {
    key: 'arbeitsvermittlung',
    cats: ['work'],
    hours: 'office',
    cost: 'free',
    title: {
      de: 'Arbeitsvermittlung für Geflüchtete in {town}',
      en: 'Job placement for refugees in {town}',
      ar: 'الوساطة في التوظيف للاجئين في {town}',
      uk: 'Допомога з працевлаштуванням для біженців у місті {town}',
      fa: 'کاریابی برای پناهجویان در {town}',
      ru: 'Помощь в трудоустройстве для беженцев {ru}',
    },
    summary: {
      de: 'Wir bringen Sie mit Betrieben aus der Region zusammen, die Mitarbeitende suchen – auch mit wenig Deutschkenntnissen.',
      en: 'We connect you with local companies that are looking for staff – even if your German is still basic.',
      ar: 'نربطكم بشركات في المنطقة تبحث عن موظفين، حتى لو كانت معرفتكم بالألمانية لا تزال محدودة.',
      uk: 'Ми знайомимо вас із місцевими підприємствами, які шукають працівників, – навіть якщо ви ще слабко знаєте німецьку.',
      fa: 'شما را با شرکت‌های منطقه که به دنبال نیروی کار هستند آشنا می‌کنیم – حتی اگر آلمانی شما هنوز ضعیف است.',
      ru: 'Мы знакомим вас с компаниями региона, которые ищут сотрудников, – даже если вы пока слабо знаете немецкий.',
    },
  },
  {
    key: 'arbeitsrecht',
    cats: ['work', 'legal'],
    hours: 'evening',
    cost: 'free',
    title: {
      de: 'Beratung zu Arbeitsrecht und fairer Bezahlung in {town}',
      en: 'Advice on employment rights and fair pay in {town}',
      ar: 'استشارات حول حقوق العمل والأجر العادل في {town}',
      uk: 'Консультації з трудових прав і справедливої оплати у місті {town}',
      fa: 'مشاوره درباره حقوق کار و دستمزد منصفانه در {town}',
      ru: 'Консультации по трудовому праву и справедливой оплате {ru}',
    },
    summary: {
      de: 'Lohn nicht bezahlt, kein Arbeitsvertrag, Kündigung erhalten? Wir erklären Ihre Rechte und unterstützen Sie.',
      en: 'Wages not paid, no employment contract, been dismissed? We explain your rights and support you.',
      ar: 'لم يُدفع أجرك، أو ليس لديك عقد عمل، أو تلقيت إشعار فصل؟ نشرح لك حقوقك وندعمك.',
      uk: 'Не виплатили зарплату, немає трудового договору, отримали звільнення? Ми пояснимо ваші права й підтримаємо вас.',
      fa: 'دستمزدتان پرداخت نشده، قرارداد کار ندارید یا اخراج شده‌اید؟ حقوق شما را توضیح می‌دهیم و از شما حمایت می‌کنیم.',
      ru: 'Не выплатили зарплату, нет трудового договора, получили увольнение? Мы объясним ваши права и поддержим вас.',
    },
  },
);

// --- career ---------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'anerkennung',
    cats: ['career'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Anerkennung ausländischer Berufsabschlüsse – Beratung in {town}',
      en: 'Recognition of foreign qualifications – advice in {town}',
      ar: 'الاعتراف بالمؤهلات المهنية الأجنبية – استشارات في {town}',
      uk: 'Визнання іноземних професійних кваліфікацій – консультації у місті {town}',
      fa: 'به رسمیت شناختن مدارک حرفه‌ای خارجی – مشاوره در {town}',
      ru: 'Признание иностранных профессиональных квалификаций – консультации {ru}',
    },
    summary: {
      de: 'Wir prüfen mit Ihnen, welche Stelle für Ihren Abschluss zuständig ist, welche Unterlagen und Übersetzungen Sie brauchen und welche Kosten entstehen.',
      en: 'We check with you which authority is responsible for your qualification, which documents and translations you need and what it will cost.',
      ar: 'نتحقق معكم من الجهة المختصة بمؤهلكم، والوثائق والترجمات التي تحتاجونها، والتكاليف المترتبة.',
      uk: 'Разом з’ясовуємо, яка установа відповідає за ваш диплом, які документи й переклади потрібні та скільки це коштуватиме.',
      fa: 'با هم بررسی می‌کنیم کدام اداره مسئول مدرک شماست، چه مدارک و ترجمه‌هایی لازم است و چه هزینه‌هایی دارد.',
      ru: 'Вместе выясняем, какое ведомство отвечает за ваш диплом, какие документы и переводы нужны и сколько это будет стоить.',
    },
    desc: {
      de: 'Die Anerkennung ist für viele Berufe wichtig, zum Beispiel in Pflege, Medizin, Erziehung oder Handwerk. Wir begleiten Sie vom ersten Gespräch bis zum Bescheid.\nBitte bringen Sie Zeugnisse, Diplome und – falls vorhanden – Arbeitsnachweise mit.',
      en: 'Recognition is important for many professions, for example in nursing, medicine, childcare or skilled trades. We support you from the first meeting to the decision.\nPlease bring your certificates, diplomas and, if available, proof of work experience.',
      ar: 'الاعتراف مهم لكثير من المهن، مثل التمريض والطب والتربية والحرف. نرافقكم من المقابلة الأولى حتى صدور القرار.\nيرجى إحضار الشهادات والدبلومات، وإثباتات الخبرة العملية إن وجدت.',
      uk: 'Визнання важливе для багатьох професій, наприклад у сфері догляду, медицини, виховання чи ремесел. Ми супроводжуємо вас від першої розмови до рішення.\nБудь ласка, візьміть атестати, дипломи та, якщо є, підтвердження трудового стажу.',
      ru: 'Признание важно для многих профессий, например в уходе за больными, медицине, педагогике или ремёслах. Мы сопровождаем вас от первой беседы до решения.\nПожалуйста, возьмите аттестаты, дипломы и, если есть, подтверждения трудового стажа.',
    },
  },
  {
    key: 'berufsberatung',
    cats: ['career'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Berufsberatung für Zugewanderte in {town}',
      en: 'Career advice for immigrants in {town}',
      ar: 'الإرشاد المهني للمهاجرين في {town}',
      uk: 'Профорієнтація для мігрантів у місті {town}',
      fa: 'مشاوره شغلی برای مهاجران در {town}',
      ru: 'Профориентация для мигрантов {ru}',
    },
    summary: {
      de: 'Welcher Beruf passt zu mir? Wir sprechen über Ihre Erfahrungen, Stärken und Wege in Ausbildung, Weiterbildung oder Studium.',
      en: 'Which job suits me? We talk about your experience, your strengths and routes into apprenticeships, further training or university.',
      ar: 'ما المهنة التي تناسبني؟ نتحدث عن خبراتكم ونقاط قوتكم والطرق المؤدية إلى التدريب المهني أو التأهيل الإضافي أو الدراسة الجامعية.',
      uk: 'Яка професія мені підходить? Говоримо про ваш досвід, сильні сторони та шляхи до професійного навчання, підвищення кваліфікації чи навчання в університеті.',
      fa: 'چه شغلی برای من مناسب است؟ درباره تجربه‌ها، توانایی‌ها و راه‌های ورود به آموزش حرفه‌ای، آموزش تکمیلی یا دانشگاه صحبت می‌کنیم.',
      ru: 'Какая профессия мне подходит? Говорим о вашем опыте, сильных сторонах и путях к профессиональному обучению, повышению квалификации или учёбе в вузе.',
    },
  },
  {
    key: 'anpassung-pflege',
    cats: ['career', 'health'],
    hours: 'course',
    cost: 'free',
    title: {
      de: 'Anpassungsqualifizierung für Pflegekräfte in {town}',
      en: 'Adaptation training for nurses in {town}',
      ar: 'برنامج التأهيل التكميلي للممرضين والممرضات في {town}',
      uk: 'Адаптаційне навчання для медсестер і медбратів у місті {town}',
      fa: 'دوره تطبیق مدرک برای پرستاران در {town}',
      ru: 'Адаптационное обучение для медсестёр и медбратьев {ru}',
    },
    summary: {
      de: 'Für Pflegefachkräfte mit ausländischem Abschluss: Theorie, Praxiseinsätze und Fachsprache bis zur vollen Anerkennung.',
      en: 'For nurses with a foreign qualification: theory, work placements and professional language through to full recognition.',
      ar: 'للممرضين والممرضات الحاصلين على مؤهل أجنبي: دروس نظرية وتدريب عملي ولغة مهنية حتى الاعتراف الكامل.',
      uk: 'Для медсестер і медбратів з іноземним дипломом: теорія, практика та фахова мова до повного визнання кваліфікації.',
      fa: 'برای پرستاران دارای مدرک خارجی: آموزش نظری، کارورزی و زبان تخصصی تا به رسمیت شناخته شدن کامل مدرک.',
      ru: 'Для медсестёр и медбратьев с иностранным дипломом: теория, практика и профессиональный язык вплоть до полного признания.',
    },
  },
  {
    key: 'akademiker',
    cats: ['career', 'education'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Beratung für Akademikerinnen und Akademiker mit ausländischem Abschluss in {town}',
      en: 'Advice for graduates with a foreign degree in {town}',
      ar: 'استشارات لحملة الشهادات الجامعية الأجنبية في {town}',
      uk: 'Консультації для випускників з іноземним дипломом у місті {town}',
      fa: 'مشاوره برای دانش‌آموختگان دارای مدرک دانشگاهی خارجی در {town}',
      ru: 'Консультации для выпускников вузов с иностранным дипломом {ru}',
    },
    summary: {
      de: 'Zeugnisbewertung, Brückenkurse an Hochschulen und Einstieg in den Fachberuf: Wir zeigen Ihnen die Möglichkeiten.',
      en: 'Statements of comparability, bridging courses at universities and getting into your profession: we show you the options.',
      ar: 'تقييم الشهادات والدورات التكميلية في الجامعات والدخول إلى مجال تخصصكم: نعرّفكم على الإمكانيات المتاحة.',
      uk: 'Оцінка диплома, перехідні курси в університетах і вихід на роботу за фахом: ми покажемо можливості.',
      fa: 'ارزیابی مدرک، دوره‌های تکمیلی در دانشگاه‌ها و ورود به شغل تخصصی: امکانات را به شما نشان می‌دهیم.',
      ru: 'Оценка диплома, переходные курсы в вузах и выход на работу по специальности: мы покажем вам возможности.',
    },
  },
);

// --- education ------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'hausaufgabenhilfe',
    cats: ['education', 'family'],
    hours: 'afternoon',
    cost: 'free',
    title: {
      de: 'Hausaufgabenhilfe und Lernförderung für Schulkinder in {town}',
      en: 'Homework help and tutoring for schoolchildren in {town}',
      ar: 'المساعدة في الواجبات المدرسية ودعم التعلّم لتلاميذ المدارس في {town}',
      uk: 'Допомога з домашніми завданнями та навчанням для школярів у місті {town}',
      fa: 'کمک در تکالیف و تقویت درسی برای دانش‌آموزان در {town}',
      ru: 'Помощь с домашними заданиями и репетиторство для школьников {ru}',
    },
    summary: {
      de: 'Ehrenamtliche Lernpatinnen und Lernpaten helfen bei Hausaufgaben, Lesen und Mathe. Für Kinder der Klassen 1 bis 10.',
      en: 'Volunteer learning mentors help with homework, reading and maths. For children in years 1 to 10.',
      ar: 'يساعد مرشدون ومرشدات متطوعون في الواجبات المدرسية والقراءة والرياضيات. للأطفال من الصف الأول حتى العاشر.',
      uk: 'Волонтери-наставники допомагають із домашніми завданнями, читанням і математикою. Для дітей 1–10 класів.',
      fa: 'داوطلبان در تکالیف، خواندن و ریاضی کمک می‌کنند. برای کودکان کلاس اول تا دهم.',
      ru: 'Наставники-волонтёры помогают с домашними заданиями, чтением и математикой. Для детей 1–10 классов.',
    },
    desc: {
      de: 'Die Kinder kommen direkt nach der Schule zu uns. Nach einem kleinen Imbiss machen wir gemeinsam Hausaufgaben und üben, was gerade schwerfällt.\nEltern können sich jederzeit mit den Lernpatinnen und Lernpaten austauschen.',
      en: 'The children come to us straight after school. After a small snack we do homework together and practise whatever is difficult at the moment.\nParents are welcome to talk to the learning mentors at any time.',
      ar: 'يأتي الأطفال إلينا مباشرة بعد المدرسة. بعد وجبة خفيفة ننجز الواجبات معًا ونتدرّب على ما يصعب عليهم حاليًا.\nيمكن للأهل التواصل مع المرشدين في أي وقت.',
      uk: 'Діти приходять до нас одразу після школи. Після невеликого перекусу ми разом робимо домашні завдання й тренуємо те, що зараз дається важко.\nБатьки можуть будь-коли поспілкуватися з наставниками.',
    },
  },
  {
    key: 'bildungsberatung',
    cats: ['education'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Bildungsberatung: Schule, Ausbildung und Studium in {town}',
      en: 'Education advice: school, apprenticeships and university in {town}',
      ar: 'الإرشاد التعليمي: المدرسة والتدريب المهني والجامعة في {town}',
      uk: 'Освітні консультації: школа, професійне навчання та університет у місті {town}',
      fa: 'مشاوره تحصیلی: مدرسه، آموزش حرفه‌ای و دانشگاه در {town}',
      ru: 'Консультации по образованию: школа, профессиональное обучение и университет {ru}',
    },
    summary: {
      de: 'Wir erklären das deutsche Schulsystem, helfen bei der Schulanmeldung und zeigen Wege zu Schulabschluss, Ausbildung und Studium.',
      en: 'We explain the German school system, help with school registration and show routes to school qualifications, apprenticeships and university.',
      ar: 'نشرح النظام المدرسي الألماني، ونساعد في تسجيل الأطفال في المدرسة، ونعرض الطرق للحصول على الشهادة المدرسية والتدريب المهني والدراسة الجامعية.',
      uk: 'Пояснюємо німецьку шкільну систему, допомагаємо із записом до школи та показуємо шляхи до шкільного атестата, професійного навчання й університету.',
      fa: 'نظام مدرسه آلمان را توضیح می‌دهیم، در ثبت‌نام مدرسه کمک می‌کنیم و راه‌های رسیدن به مدرک مدرسه، آموزش حرفه‌ای و دانشگاه را نشان می‌دهیم.',
      ru: 'Объясняем немецкую школьную систему, помогаем с записью в школу и показываем пути к школьному аттестату, профессиональному обучению и учёбе в вузе.',
    },
  },
  {
    key: 'ausbildungsvorbereitung',
    cats: ['education', 'career'],
    hours: 'course',
    cost: 'free',
    title: {
      de: 'Ausbildungsvorbereitung für junge Geflüchtete in {town}',
      en: 'Apprenticeship preparation for young refugees in {town}',
      ar: 'التحضير للتدريب المهني للاجئين الشباب في {town}',
      uk: 'Підготовка до професійного навчання для молодих біженців у місті {town}',
      fa: 'آمادگی برای آموزش حرفه‌ای ویژه پناهجویان جوان در {town}',
      ru: 'Подготовка к профессиональному обучению для молодых беженцев {ru}',
    },
    summary: {
      de: 'Praktika in Betrieben, Nachhilfe für die Berufsschule und Unterstützung bei der Suche nach einem Ausbildungsplatz.',
      en: 'Work placements in companies, tutoring for vocational school and support in finding an apprenticeship.',
      ar: 'تدريب عملي في الشركات، ودروس تقوية للمدرسة المهنية، ودعم في البحث عن مقعد للتدريب المهني.',
      uk: 'Практика на підприємствах, репетиторство для професійної школи та допомога в пошуку місця для навчання.',
      fa: 'کارورزی در شرکت‌ها، کلاس تقویتی برای هنرستان و کمک در پیدا کردن جای آموزش حرفه‌ای.',
      ru: 'Практика на предприятиях, репетиторство для профессиональной школы и помощь в поиске места для обучения.',
    },
  },
  {
    key: 'studium',
    cats: ['education'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Studieren in Deutschland: Beratung für Geflüchtete in {town}',
      en: 'Studying in Germany: advice for refugees in {town}',
      ar: 'الدراسة في ألمانيا: استشارات للاجئين في {town}',
      uk: 'Навчання в Німеччині: консультації для біженців у місті {town}',
      fa: 'تحصیل در آلمان: مشاوره برای پناهجویان در {town}',
      ru: 'Учёба в Германии: консультации для беженцев {ru}',
    },
    summary: {
      de: 'Hochschulzugang, Sprachnachweise, Studienkolleg und Finanzierung: Wir beantworten Ihre Fragen rund ums Studium.',
      en: 'University entrance, language certificates, preparatory college and funding: we answer your questions about studying.',
      ar: 'القبول الجامعي وشهادات اللغة والكلية التحضيرية وتمويل الدراسة: نجيب عن أسئلتكم حول الدراسة الجامعية.',
      uk: 'Вступ до університету, мовні сертифікати, підготовчий коледж і фінансування: відповідаємо на ваші запитання про навчання.',
      fa: 'پذیرش دانشگاه، مدرک زبان، کالج آمادگی و تأمین هزینه تحصیل: به سؤال‌های شما درباره تحصیل پاسخ می‌دهیم.',
      ru: 'Поступление в вуз, языковые сертификаты, подготовительный колледж и финансирование: отвечаем на ваши вопросы об учёбе.',
    },
  },
);

// --- family ---------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'frauencafe',
    cats: ['family', 'community'],
    hours: 'cafe',
    cost: 'free',
    orgs: ['Frauenzentrum Lichtblick {town}', 'Familientreff Kleeblatt {town} e. V.'],
    title: {
      de: 'Internationales Frauencafé in {town}',
      en: 'International women’s café in {town}',
      ar: 'مقهى النساء الدولي في {town}',
      uk: 'Міжнародне жіноче кафе у місті {town}',
      fa: 'کافه بین‌المللی زنان در {town}',
      ru: 'Международное женское кафе {ru}',
    },
    summary: {
      de: 'Ein geschützter Treffpunkt nur für Frauen: Austausch, Deutsch üben, gemeinsame Ausflüge. Kinder dürfen mitkommen.',
      en: 'A safe meeting place just for women: chat, practise German and go on outings together. Children are welcome to come along.',
      ar: 'مكان لقاء آمن للنساء فقط: تبادل الأحاديث وممارسة الألمانية ورحلات مشتركة. يمكن اصطحاب الأطفال.',
      uk: 'Безпечне місце зустрічей лише для жінок: спілкування, практика німецької, спільні екскурсії. Діти можуть прийти разом із вами.',
      fa: 'محلی امن فقط برای زنان: گفت‌وگو، تمرین زبان آلمانی و گردش‌های گروهی. کودکان هم می‌توانند همراه شما بیایند.',
      ru: 'Безопасное место встреч только для женщин: общение, практика немецкого, совместные поездки. Дети могут прийти вместе с вами.',
    },
    desc: {
      de: 'Im Frauencafé sind Frauen aller Herkunftsländer willkommen. Wir trinken Tee, kochen zusammen, sprechen über Gesundheit, Arbeit und Familie und planen Ausflüge in die Umgebung.\nDie Räume sind nur für Frauen geöffnet.',
      en: 'Women from all countries are welcome at the women’s café. We drink tea, cook together, talk about health, work and family and plan trips into the surrounding area.\nThe rooms are open to women only.',
      ar: 'مقهى النساء يرحّب بالنساء من جميع البلدان. نشرب الشاي ونطبخ معًا ونتحدث عن الصحة والعمل والأسرة ونخطط لرحلات في المنطقة المحيطة.\nالمكان مفتوح للنساء فقط.',
      fa: 'در کافه زنان، زنان از همه کشورها خوش‌آمدند. با هم چای می‌نوشیم، آشپزی می‌کنیم، درباره سلامت، کار و خانواده صحبت می‌کنیم و برای گردش در اطراف برنامه می‌ریزیم.\nاین مکان فقط برای زنان باز است.',
    },
  },
  {
    key: 'eltern-kind',
    cats: ['family'],
    hours: 'morningGroup',
    cost: 'free',
    title: {
      de: 'Eltern-Kind-Gruppe für zugewanderte Familien in {town}',
      en: 'Parent and toddler group for immigrant families in {town}',
      ar: 'مجموعة الأهل والأطفال للعائلات المهاجرة في {town}',
      uk: 'Група для батьків і малюків із сімей мігрантів у місті {town}',
      fa: 'گروه والدین و کودکان برای خانواده‌های مهاجر در {town}',
      ru: 'Группа для родителей и малышей из семей мигрантов {ru}',
    },
    summary: {
      de: 'Spielen, singen und sich austauschen: für Eltern mit Kindern bis drei Jahre. Eine Erzieherin beantwortet Fragen zu Entwicklung und Kita.',
      en: 'Play, sing and share experiences: for parents with children up to the age of three. A childcare worker answers questions about development and daycare.',
      ar: 'اللعب والغناء وتبادل الخبرات: للأهل مع أطفال حتى سن الثالثة. تجيب مربية عن الأسئلة المتعلقة بنمو الطفل ورياض الأطفال.',
      uk: 'Граємо, співаємо й обмінюємося досвідом: для батьків із дітьми до трьох років. Вихователька відповідає на запитання про розвиток дитини та дитсадок.',
      fa: 'بازی، آواز و گفت‌وگو: برای والدین با کودکان تا سه سال. یک مربی به سؤال‌ها درباره رشد کودک و مهدکودک پاسخ می‌دهد.',
      ru: 'Играем, поём и делимся опытом: для родителей с детьми до трёх лет. Воспитательница отвечает на вопросы о развитии ребёнка и детском саде.',
    },
  },
  {
    key: 'familienberatung',
    cats: ['family'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Familienberatung in mehreren Sprachen in {town}',
      en: 'Multilingual family counselling in {town}',
      ar: 'استشارات أسرية بعدة لغات في {town}',
      uk: 'Сімейні консультації кількома мовами у місті {town}',
      fa: 'مشاوره خانواده به چند زبان در {town}',
      ru: 'Семейные консультации на нескольких языках {ru}',
    },
    summary: {
      de: 'Unterstützung bei Erziehungsfragen, Kindergeld, Elterngeld und Kita-Anmeldung sowie bei Konflikten in der Familie.',
      en: 'Support with parenting questions, child benefit, parental allowance and daycare registration, and with conflicts in the family.',
      ar: 'دعم في مسائل التربية وإعانة الأطفال وإعانة الوالدين وتسجيل الأطفال في الحضانة، وكذلك في النزاعات الأسرية.',
      uk: 'Підтримка з питань виховання, допомоги на дітей, батьківської допомоги та запису до дитсадка, а також у сімейних конфліктах.',
      fa: 'کمک در مسائل تربیتی، کمک‌هزینه فرزند، کمک‌هزینه والدین و ثبت‌نام مهدکودک و همچنین در اختلاف‌های خانوادگی.',
      ru: 'Поддержка в вопросах воспитания, детского пособия, родительского пособия и записи в детский сад, а также при конфликтах в семье.',
    },
  },
  {
    key: 'schwangere',
    cats: ['family', 'health'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Beratung für Schwangere und junge Familien in {town}',
      en: 'Advice for pregnant women and young families in {town}',
      ar: 'استشارات للحوامل والعائلات الشابة في {town}',
      uk: 'Консультації для вагітних і молодих сімей у місті {town}',
      fa: 'مشاوره برای زنان باردار و خانواده‌های جوان در {town}',
      ru: 'Консультации для беременных и молодых семей {ru}',
    },
    summary: {
      de: 'Informationen zu Vorsorge, Hebammensuche, finanziellen Hilfen und Ausstattung für das Baby – vertraulich und kostenlos.',
      en: 'Information on antenatal check-ups, finding a midwife, financial support and things for the baby – confidential and free of charge.',
      ar: 'معلومات حول الفحوصات الوقائية والبحث عن قابلة والمساعدات المالية ولوازم الطفل – بسرية تامة ومجانًا.',
      uk: 'Інформація про профілактичні огляди, пошук акушерки, фінансову допомогу та речі для немовляти – конфіденційно й безкоштовно.',
      fa: 'اطلاعات درباره مراقبت‌های دوران بارداری، پیدا کردن ماما، کمک‌های مالی و وسایل نوزاد – محرمانه و رایگان.',
      ru: 'Информация о профилактических осмотрах, поиске акушерки, финансовой помощи и вещах для малыша – конфиденциально и бесплатно.',
    },
  },
);

// --- health ---------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'gesundheitslotsen',
    cats: ['health'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Gesundheitslotsen: Begleitung zum Arzt in {town}',
      en: 'Health guides: accompaniment to the doctor in {town}',
      ar: 'مرشدو الصحة: مرافقة إلى الطبيب في {town}',
      uk: 'Провідники у сфері здоров’я: супровід до лікаря у місті {town}',
      fa: 'راهنمایان سلامت: همراهی تا مطب پزشک در {town}',
      ru: 'Помощники по здоровью: сопровождение к врачу {ru}',
    },
    summary: {
      de: 'Geschulte Lotsinnen und Lotsen erklären das Gesundheitssystem, helfen bei der Arztsuche und begleiten zu Terminen.',
      en: 'Trained guides explain the health system, help you find a doctor and accompany you to appointments.',
      ar: 'يشرح مرشدون ومرشدات مدرَّبون النظام الصحي، ويساعدون في العثور على طبيب، ويرافقونكم إلى المواعيد.',
      uk: 'Підготовлені провідники пояснюють систему охорони здоров’я, допомагають знайти лікаря та супроводжують на прийоми.',
      fa: 'راهنمایان آموزش‌دیده نظام سلامت را توضیح می‌دهند، در پیدا کردن پزشک کمک می‌کنند و شما را تا وقت ملاقات همراهی می‌کنند.',
      ru: 'Обученные помощники объясняют систему здравоохранения, помогают найти врача и сопровождают на приёмы.',
    },
  },
  {
    key: 'psychosozial',
    cats: ['health', 'crisis'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Psychosoziale Beratung für Geflüchtete in {town}',
      en: 'Psychosocial counselling for refugees in {town}',
      ar: 'الإرشاد النفسي والاجتماعي للاجئين في {town}',
      uk: 'Психосоціальне консультування для біженців у місті {town}',
      fa: 'مشاوره روانی‌اجتماعی برای پناهجویان در {town}',
      ru: 'Психосоциальное консультирование для беженцев {ru}',
    },
    summary: {
      de: 'Gespräche bei Schlafproblemen, Angst, Trauer oder belastenden Erlebnissen, mit Sprachmittlung. Vermittlung in Therapie.',
      en: 'Talks about sleep problems, anxiety, grief or distressing experiences, with interpreters. Referral to therapy.',
      ar: 'جلسات حوار عند مشاكل النوم أو القلق أو الحزن أو التجارب المؤلمة، مع وساطة لغوية. وإحالة إلى العلاج النفسي.',
      uk: 'Розмови при проблемах зі сном, тривозі, горі чи важких переживаннях, з перекладачем. Скерування на терапію.',
      fa: 'گفت‌وگو درباره مشکلات خواب، اضطراب، سوگ یا تجربه‌های دردناک، همراه با مترجم. معرفی برای درمان.',
      ru: 'Беседы при проблемах со сном, тревоге, горе или тяжёлых переживаниях, с переводчиком. Направление на терапию.',
    },
    desc: {
      de: 'Viele Menschen tragen nach Flucht und Krieg schwere Erinnerungen mit sich. In vertraulichen Gesprächen suchen wir gemeinsam nach Wegen, mit der Belastung umzugehen.\nWenn eine Therapie sinnvoll ist, helfen wir bei der Suche nach einem Platz und bei der Kostenübernahme.',
      en: 'Many people carry painful memories after displacement and war. In confidential talks we look together for ways of coping with the strain.\nIf therapy would help, we support you in finding a place and getting the costs covered.',
      ar: 'يحمل كثير من الناس ذكريات قاسية بعد اللجوء والحرب. في جلسات سرية نبحث معًا عن طرق للتعامل مع هذا العبء.\nإذا كان العلاج النفسي مفيدًا، نساعدكم في العثور على مكان للعلاج وفي تغطية التكاليف.',
      uk: 'Багато людей після втечі та війни несуть у собі важкі спогади. У конфіденційних розмовах ми разом шукаємо способи впоратися з цим тягарем.\nЯкщо терапія доцільна, допомагаємо знайти місце та оформити оплату витрат.',
      fa: 'بسیاری از افراد پس از فرار و جنگ خاطرات سنگینی با خود دارند. در گفت‌وگوهای محرمانه با هم به دنبال راه‌هایی برای کنار آمدن با این فشار می‌گردیم.\nاگر درمان مفید باشد، در پیدا کردن جای درمان و پوشش هزینه‌ها کمک می‌کنیم.',
    },
  },
  {
    key: 'ohne-versicherung',
    cats: ['health'],
    hours: 'evening',
    cost: 'free',
    orgs: ['Medizinische Sprechstunde Hand in Hand {town} e. V.', 'Praxisnetz Miteinander {town}'],
    title: {
      de: 'Medizinische Sprechstunde für Menschen ohne Krankenversicherung in {town}',
      en: 'Medical consultations for people without health insurance in {town}',
      ar: 'عيادة طبية للأشخاص غير المشمولين بالتأمين الصحي في {town}',
      uk: 'Медичний прийом для людей без медичного страхування у місті {town}',
      fa: 'ویزیت پزشکی برای افراد بدون بیمه درمانی در {town}',
      ru: 'Медицинский приём для людей без медицинской страховки {ru}',
    },
    summary: {
      de: 'Ehrenamtliche Ärztinnen und Ärzte behandeln anonym und kostenlos und helfen, einen Weg in die Krankenversicherung zu finden.',
      en: 'Volunteer doctors provide treatment anonymously and free of charge, and help you find a way into health insurance.',
      ar: 'يقدّم أطباء وطبيبات متطوعون العلاج بشكل مجهول الهوية ومجاني، ويساعدون في إيجاد طريق للحصول على التأمين الصحي.',
      uk: 'Лікарі-волонтери надають допомогу анонімно й безкоштовно та допомагають оформити медичне страхування.',
      fa: 'پزشکان داوطلب به‌صورت ناشناس و رایگان درمان می‌کنند و برای پیدا کردن راهی به بیمه درمانی کمک می‌کنند.',
      ru: 'Врачи-волонтёры лечат анонимно и бесплатно и помогают найти путь к медицинской страховке.',
    },
  },
  {
    key: 'gesundheitskurs-frauen',
    cats: ['health', 'family'],
    hours: 'morningGroup',
    cost: 'free',
    title: {
      de: 'Gesundheitskurs für Frauen in {town}',
      en: 'Health course for women in {town}',
      ar: 'دورة صحية للنساء في {town}',
      uk: 'Курс про здоров’я для жінок у місті {town}',
      fa: 'دوره آموزش سلامت برای زنان در {town}',
      ru: 'Курс о здоровье для женщин {ru}',
    },
    summary: {
      de: 'Themen wie Vorsorge, Impfungen, Ernährung und Frauengesundheit, erklärt von einer Ärztin in einfacher Sprache.',
      en: 'Topics such as check-ups, vaccinations, nutrition and women’s health, explained by a female doctor in plain language.',
      ar: 'موضوعات مثل الفحوصات الوقائية والتطعيمات والتغذية وصحة المرأة، تشرحها طبيبة بلغة بسيطة.',
      uk: 'Профілактика, щеплення, харчування та жіноче здоров’я – лікарка пояснює простою мовою.',
      fa: 'موضوعاتی مانند معاینات پیشگیرانه، واکسیناسیون، تغذیه و سلامت زنان، به زبان ساده و توسط یک پزشک زن.',
      ru: 'Профилактика, прививки, питание и женское здоровье – врач-женщина объясняет простым языком.',
    },
  },
);

// --- housing --------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'wohnungssuche',
    cats: ['housing'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Hilfe bei der Wohnungssuche in {town}',
      en: 'Help with finding a flat in {town}',
      ar: 'المساعدة في البحث عن سكن في {town}',
      uk: 'Допомога в пошуку житла у місті {town}',
      fa: 'کمک در پیدا کردن خانه در {town}',
      ru: 'Помощь в поиске жилья {ru}',
    },
    summary: {
      de: 'Wir unterstützen bei Wohnungsanzeigen, Besichtigungen, Mietvertrag und Wohnberechtigungsschein.',
      en: 'We support you with flat listings, viewings, tenancy agreements and the housing entitlement certificate (WBS).',
      ar: 'ندعمكم في إعلانات الشقق والمعاينات وعقد الإيجار وشهادة أحقية السكن (WBS).',
      uk: 'Допомагаємо з оголошеннями, оглядами житла, договором оренди та довідкою на право соціального житла (WBS).',
      fa: 'در آگهی‌های خانه، بازدید، قرارداد اجاره و گواهی استحقاق مسکن (WBS) به شما کمک می‌کنیم.',
      ru: 'Помогаем с объявлениями, просмотрами, договором аренды и справкой на право социального жилья (WBS).',
    },
  },
  {
    key: 'mietberatung',
    cats: ['housing', 'legal'],
    hours: 'evening',
    cost: 'free',
    title: {
      de: 'Mietberatung: Rechte und Pflichten in der Wohnung in {town}',
      en: 'Tenant advice: your rights and duties as a tenant in {town}',
      ar: 'استشارات الإيجار: الحقوق والواجبات في السكن في {town}',
      uk: 'Консультації для орендарів: права та обов’язки у місті {town}',
      fa: 'مشاوره اجاره: حقوق و وظایف مستأجر در {town}',
      ru: 'Консультации для арендаторов: права и обязанности {ru}',
    },
    summary: {
      de: 'Nebenkostenabrechnung, Mieterhöhung, Schimmel oder Kündigung: Wir erklären Briefe vom Vermieter und helfen bei der Antwort.',
      en: 'Service charge statements, rent increases, mould or notice to quit: we explain letters from your landlord and help you reply.',
      ar: 'فاتورة التكاليف الإضافية أو زيادة الإيجار أو العفن أو إنهاء العقد: نشرح رسائل المؤجر ونساعدكم في الرد عليها.',
      uk: 'Розрахунок комунальних платежів, підвищення орендної плати, пліснява чи розірвання договору: пояснюємо листи від орендодавця та допомагаємо відповісти.',
      fa: 'صورت‌حساب هزینه‌های جانبی، افزایش اجاره، کپک یا فسخ قرارداد: نامه‌های صاحبخانه را توضیح می‌دهیم و در پاسخ دادن کمک می‌کنیم.',
      ru: 'Расчёт коммунальных платежей, повышение арендной платы, плесень или расторжение договора: объясняем письма арендодателя и помогаем ответить.',
    },
  },
  {
    key: 'wohnfuehrerschein',
    cats: ['housing'],
    hours: 'course2',
    cost: 'free',
    title: {
      de: 'Wohnführerschein: Kurs rund ums Wohnen in {town}',
      en: 'Tenancy course: everything about renting a home in {town}',
      ar: 'رخصة السكن: دورة حول كل ما يتعلق بالسكن في {town}',
      uk: 'Курс для орендарів: усе про житло у місті {town}',
      fa: 'گواهی‌نامه سکونت: دوره‌ای درباره همه مسائل مسکن در {town}',
      ru: 'Курс для арендаторов: всё о жилье {ru}',
    },
    summary: {
      de: 'In vier Terminen lernen Sie Mietvertrag, Heizen und Lüften, Mülltrennung und Hausordnung kennen. Mit Zertifikat für Vermieter.',
      en: 'In four sessions you learn about tenancy agreements, heating and ventilation, waste separation and house rules. With a certificate to show landlords.',
      ar: 'في أربعة لقاءات تتعرفون على عقد الإيجار والتدفئة والتهوية وفرز النفايات ونظام المبنى. مع شهادة يمكن تقديمها للمؤجرين.',
      uk: 'За чотири заняття ви дізнаєтеся про договір оренди, опалення та провітрювання, сортування сміття і правила будинку. З сертифікатом для орендодавців.',
      fa: 'در چهار جلسه با قرارداد اجاره، گرمایش و تهویه، تفکیک زباله و مقررات ساختمان آشنا می‌شوید. همراه با گواهی برای صاحبخانه‌ها.',
      ru: 'За четыре занятия вы узнаете о договоре аренды, отоплении и проветривании, сортировке мусора и правилах дома. С сертификатом для арендодателей.',
    },
  },
  {
    key: 'wohnungsverlust',
    cats: ['housing', 'crisis'],
    hours: 'office',
    cost: 'free',
    title: {
      de: 'Beratung bei drohendem Wohnungsverlust in {town}',
      en: 'Advice if you are at risk of losing your home in {town}',
      ar: 'استشارات عند خطر فقدان السكن في {town}',
      uk: 'Консультації при загрозі втрати житла у місті {town}',
      fa: 'مشاوره در صورت خطر از دست دادن خانه در {town}',
      ru: 'Консультации при угрозе потери жилья {ru}',
    },
    summary: {
      de: 'Mietschulden, Räumungsklage oder keine Unterkunft? Wir suchen schnell nach Lösungen und vermitteln Notunterkünfte.',
      en: 'Rent arrears, an eviction claim or nowhere to stay? We quickly look for solutions and arrange emergency accommodation.',
      ar: 'ديون إيجار أو دعوى إخلاء أو لا يوجد مكان للإقامة؟ نبحث بسرعة عن حلول ونؤمّن أماكن إيواء طارئة.',
      uk: 'Борги за оренду, позов про виселення чи немає де жити? Ми швидко шукаємо рішення та допомагаємо з екстреним житлом.',
      fa: 'بدهی اجاره، دعوای تخلیه یا بی‌سرپناهی؟ به‌سرعت دنبال راه‌حل می‌گردیم و جای اقامت اضطراری پیدا می‌کنیم.',
      ru: 'Долги по аренде, иск о выселении или негде жить? Мы быстро ищем решения и помогаем с экстренным жильём.',
    },
  },
);

// --- crisis ---------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'gewaltschutz',
    cats: ['crisis', 'family'],
    hours: 'office',
    cost: 'free',
    orgs: ['Frauenzentrum Lichtblick {town}', 'Schutzraum Morgenrot {town} e. V.'],
    langs: ['ar', 'fa'],
    title: {
      de: 'Schutz und Beratung für Frauen bei Gewalt in {town}',
      en: 'Protection and counselling for women affected by violence in {town}',
      ar: 'الحماية والاستشارة للنساء المعرّضات للعنف في {town}',
      uk: 'Захист і консультації для жінок, які зазнали насильства, у місті {town}',
      fa: 'حمایت و مشاوره برای زنان آسیب‌دیده از خشونت در {town}',
      ru: 'Защита и консультации для женщин, пострадавших от насилия, {ru}',
    },
    summary: {
      de: 'Vertrauliche Beratung bei häuslicher Gewalt, auch anonym und mit Dolmetscherin. Wir helfen bei Schutzanordnung und sicherer Unterkunft.',
      en: 'Confidential counselling on domestic violence, also anonymously and with a female interpreter. We help with protection orders and safe accommodation.',
      ar: 'استشارات سرية في حالات العنف المنزلي، ويمكن أن تكون دون الكشف عن الهوية ومع مترجمة. نساعد في الحصول على أمر حماية ومكان إقامة آمن.',
      uk: 'Конфіденційні консультації щодо домашнього насильства, також анонімно та з перекладачкою. Допомагаємо з охоронним приписом і безпечним житлом.',
      fa: 'مشاوره محرمانه در موارد خشونت خانگی، حتی به‌صورت ناشناس و با مترجم زن. در گرفتن حکم حمایتی و جای امن کمک می‌کنیم.',
      ru: 'Конфиденциальные консультации при домашнем насилии, в том числе анонимно и с переводчицей. Помогаем с охранным ордером и безопасным жильём.',
    },
    desc: {
      de: 'Sie müssen Gewalt nicht hinnehmen – egal, welchen Aufenthaltsstatus Sie haben. Wir hören Ihnen zu, erklären Ihre Rechte und planen mit Ihnen die nächsten Schritte.\nWenn Sie sofort einen sicheren Ort brauchen, vermitteln wir einen Platz in einer Schutzwohnung.',
      en: 'You do not have to put up with violence – whatever your residence status. We listen to you, explain your rights and plan the next steps with you.\nIf you need a safe place immediately, we arrange a place in a protected flat.',
      ar: 'لستِ مضطرة لتحمّل العنف، أيًّا كان وضع إقامتك. نستمع إليكِ ونشرح لكِ حقوقك ونخطط معكِ للخطوات التالية.\nإذا كنتِ بحاجة فورية إلى مكان آمن، نؤمّن لكِ مكانًا في شقة محمية.',
      fa: 'لازم نیست خشونت را تحمل کنید، وضعیت اقامت شما هر چه باشد. به شما گوش می‌دهیم، حقوقتان را توضیح می‌دهیم و با هم قدم‌های بعدی را برنامه‌ریزی می‌کنیم.\nاگر فوراً به جای امنی نیاز دارید، جایی در یک خانه امن برایتان پیدا می‌کنیم.',
      uk: 'Ви не мусите терпіти насильство – незалежно від вашого статусу перебування. Ми вислухаємо вас, пояснимо ваші права й разом сплануємо наступні кроки.\nЯкщо вам негайно потрібне безпечне місце, ми знайдемо місце в захищеній квартирі.',
      ru: 'Вы не обязаны терпеть насилие – независимо от вашего статуса пребывания. Мы выслушаем вас, объясним ваши права и вместе спланируем следующие шаги.\nЕсли вам срочно нужно безопасное место, мы найдём место в защищённой квартире.',
    },
  },
  {
    key: 'krisenberatung',
    cats: ['crisis'],
    hours: 'counselling',
    cost: 'free',
    title: {
      de: 'Krisen- und Konfliktberatung in {town}',
      en: 'Crisis and conflict counselling in {town}',
      ar: 'الإرشاد في الأزمات والنزاعات في {town}',
      uk: 'Кризове консультування та допомога в конфліктах у місті {town}',
      fa: 'مشاوره بحران و حل تعارض در {town}',
      ru: 'Кризисное консультирование и помощь в конфликтах {ru}',
    },
    summary: {
      de: 'Streit in der Familie, in der Unterkunft oder mit Nachbarn? Wir hören zu, vermitteln und suchen mit Ihnen nach einem Ausweg.',
      en: 'Arguments in the family, in shared accommodation or with neighbours? We listen, mediate and look for a way forward with you.',
      ar: 'خلافات في الأسرة أو في السكن المشترك أو مع الجيران؟ نستمع إليكم ونتوسط ونبحث معكم عن مخرج.',
      uk: 'Сварки в сім’ї, у гуртожитку чи із сусідами? Ми вислухаємо, станемо посередниками й разом знайдемо вихід.',
      fa: 'اختلاف در خانواده، در محل اسکان یا با همسایه‌ها؟ به شما گوش می‌دهیم، میانجی‌گری می‌کنیم و با هم راه‌حل پیدا می‌کنیم.',
      ru: 'Ссоры в семье, в общежитии или с соседями? Мы выслушаем, выступим посредниками и вместе найдём выход.',
    },
  },
  {
    key: 'rassismus',
    cats: ['crisis', 'legal'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Beratung nach rassistischen Angriffen und Diskriminierung in {town}',
      en: 'Support after racist attacks and discrimination in {town}',
      ar: 'استشارات بعد الاعتداءات العنصرية والتمييز في {town}',
      uk: 'Консультації після расистських нападів і дискримінації у місті {town}',
      fa: 'مشاوره پس از حملات نژادپرستانه و تبعیض در {town}',
      ru: 'Консультации после расистских нападений и дискриминации {ru}',
    },
    summary: {
      de: 'Wir unterstützen Betroffene und Zeugen, begleiten zu Polizei und Gericht und helfen bei Beschwerden gegen Diskriminierung.',
      en: 'We support victims and witnesses, accompany you to the police and to court, and help with complaints about discrimination.',
      ar: 'ندعم المتضررين والشهود، ونرافقهم إلى الشرطة والمحكمة، ونساعد في تقديم الشكاوى ضد التمييز.',
      uk: 'Підтримуємо постраждалих і свідків, супроводжуємо до поліції та суду й допомагаємо подати скаргу на дискримінацію.',
      fa: 'از آسیب‌دیدگان و شاهدان حمایت می‌کنیم، تا پلیس و دادگاه همراهشان هستیم و در ثبت شکایت علیه تبعیض کمک می‌کنیم.',
      ru: 'Поддерживаем пострадавших и свидетелей, сопровождаем в полицию и суд и помогаем подать жалобу на дискриминацию.',
    },
  },
);

// --- community ------------------------------------------------------------------------------------
addTemplates(
  {
    key: 'begegnungscafe',
    cats: ['community'],
    hours: 'cafe',
    cost: 'free',
    title: {
      de: 'Begegnungscafé für alle in {town}',
      en: 'Meeting café for everyone in {town}',
      ar: 'مقهى اللقاء للجميع في {town}',
      uk: 'Кафе зустрічей для всіх у місті {town}',
      fa: 'کافه دیدار برای همه در {town}',
      ru: 'Кафе встреч для всех {ru}',
    },
    summary: {
      de: 'Neue und alteingesessene Nachbarinnen und Nachbarn lernen sich bei Kaffee, Spielen und Musik kennen. Jeden Monat gibt es ein gemeinsames Essen.',
      en: 'New and long-standing neighbours get to know each other over coffee, games and music. There is a shared meal every month.',
      ar: 'يتعرف الجيران الجدد والقدامى على بعضهم البعض على القهوة والألعاب والموسيقى. وهناك وجبة مشتركة كل شهر.',
      uk: 'Нові й давні сусіди знайомляться за кавою, іграми та музикою. Щомісяця – спільна трапеза.',
      fa: 'همسایه‌های تازه و قدیمی در کنار قهوه، بازی و موسیقی با هم آشنا می‌شوند. هر ماه یک وعده غذای مشترک داریم.',
      ru: 'Новые и старые соседи знакомятся за кофе, играми и музыкой. Каждый месяц – совместная трапеза.',
    },
  },
  {
    key: 'ehrenamt',
    cats: ['community'],
    hours: 'office',
    cost: 'free',
    title: {
      de: 'Ehrenamt: Mitmachen in {town}',
      en: 'Volunteering: get involved in {town}',
      ar: 'العمل التطوعي: شاركوا في {town}',
      uk: 'Волонтерство: долучайтеся у місті {town}',
      fa: 'کار داوطلبانه: در {town} مشارکت کنید',
      ru: 'Волонтёрство: присоединяйтесь {ru}',
    },
    summary: {
      de: 'Sie möchten sich engagieren, etwa als Sprachmittlerin, Lernpate oder im Sportverein? Wir finden eine passende Aufgabe für Sie.',
      en: 'Would you like to get involved, for example as a language mediator, a learning mentor or at a sports club? We’ll find a suitable role for you.',
      ar: 'هل ترغبون في المشاركة، مثلًا كوسطاء لغويين أو مرشدين تعليميين أو في نادٍ رياضي؟ سنجد لكم مهمة مناسبة.',
      uk: 'Бажаєте долучитися, наприклад як мовний посередник, навчальний наставник чи в спортивному клубі? Ми знайдемо для вас відповідне завдання.',
      fa: 'دوست دارید فعالیت داوطلبانه کنید، مثلاً به‌عنوان میانجی زبانی، راهنمای درسی یا در باشگاه ورزشی؟ کار مناسبی برایتان پیدا می‌کنیم.',
      ru: 'Хотите участвовать, например в роли языкового посредника, наставника по учёбе или в спортивном клубе? Мы подберём вам подходящее занятие.',
    },
  },
  {
    key: 'garten',
    cats: ['community'],
    hours: 'garden',
    cost: 'free',
    orgs: ['Gartenprojekt Wurzelwerk {town} e. V.'],
    title: {
      de: 'Interkultureller Garten in {town}',
      en: 'Intercultural garden in {town}',
      ar: 'الحديقة متعددة الثقافات في {town}',
      uk: 'Міжкультурний сад у місті {town}',
      fa: 'باغ بین‌فرهنگی در {town}',
      ru: 'Межкультурный сад {ru}',
    },
    summary: {
      de: 'Gemeinsam Gemüse und Kräuter anbauen, ernten und kochen. Beete können auch von Familien übernommen werden.',
      en: 'Grow, harvest and cook vegetables and herbs together. Families can also look after a bed of their own.',
      ar: 'نزرع الخضروات والأعشاب ونحصدها ونطبخها معًا. يمكن للعائلات أيضًا تولّي أحواض زراعية خاصة بها.',
      uk: 'Разом вирощуємо, збираємо та готуємо овочі й зелень. Сім’ї також можуть взяти власну грядку.',
      fa: 'با هم سبزی و گیاهان معطر می‌کاریم، برداشت می‌کنیم و می‌پزیم. خانواده‌ها هم می‌توانند یک باغچه را به عهده بگیرند.',
      ru: 'Вместе выращиваем, собираем и готовим овощи и зелень. Семьи также могут взять собственную грядку.',
    },
  },
  {
    key: 'sport',
    cats: ['community', 'health'],
    hours: 'sport',
    cost: 'free',
    orgs: ['Sportverein Grün-Weiß Vielfalt {town} e. V.', 'Turn- und Sportgemeinschaft Miteinander {town} e. V.'],
    title: {
      de: 'Sport für alle: Fußball und Schwimmen in {town}',
      en: 'Sport for all: football and swimming in {town}',
      ar: 'الرياضة للجميع: كرة القدم والسباحة في {town}',
      uk: 'Спорт для всіх: футбол і плавання у місті {town}',
      fa: 'ورزش برای همه: فوتبال و شنا در {town}',
      ru: 'Спорт для всех: футбол и плавание {ru}',
    },
    summary: {
      de: 'Offenes Training für Jugendliche und Erwachsene, Schwimmkurse für Frauen und Kinder. Sportkleidung kann ausgeliehen werden.',
      en: 'Open training for young people and adults, swimming lessons for women and children. Sportswear can be borrowed.',
      ar: 'تدريب مفتوح للشباب والبالغين، ودروس سباحة للنساء والأطفال. يمكن استعارة الملابس الرياضية.',
      uk: 'Відкриті тренування для молоді та дорослих, уроки плавання для жінок і дітей. Спортивний одяг можна позичити.',
      fa: 'تمرین آزاد برای نوجوانان و بزرگسالان و کلاس شنا برای زنان و کودکان. لباس ورزشی را می‌توان امانت گرفت.',
      ru: 'Открытые тренировки для молодёжи и взрослых, уроки плавания для женщин и детей. Спортивную одежду можно взять напрокат.',
    },
  },
  {
    key: 'naehcafe',
    cats: ['community'],
    hours: 'cafe',
    cost: 'free',
    title: {
      de: 'Nähcafé und Reparaturtreff in {town}',
      en: 'Sewing café and repair meet-up in {town}',
      ar: 'مقهى الخياطة ولقاء التصليح في {town}',
      uk: 'Кафе шиття та ремонтна майстерня у місті {town}',
      fa: 'کافه خیاطی و دورهمی تعمیر در {town}',
      ru: 'Швейное кафе и мастерская ремонта {ru}',
    },
    summary: {
      de: 'Nähmaschinen, Werkzeug und Menschen, die helfen: Kleidung ändern, Fahrräder reparieren und dabei Deutsch sprechen.',
      en: 'Sewing machines, tools and people who help: alter clothes, repair bikes and speak German while you do it.',
      ar: 'ماكينات خياطة وأدوات وأشخاص مستعدون للمساعدة: تعديل الملابس وإصلاح الدراجات الهوائية والتحدث بالألمانية في الوقت نفسه.',
      uk: 'Швейні машинки, інструменти й люди, які допоможуть: перешиваємо одяг, ремонтуємо велосипеди й при цьому говоримо німецькою.',
      fa: 'چرخ خیاطی، ابزار و افرادی که کمک می‌کنند: لباس‌ها را اصلاح کنید، دوچرخه تعمیر کنید و در همین حین آلمانی صحبت کنید.',
      ru: 'Швейные машины, инструменты и люди, готовые помочь: перешиваем одежду, чиним велосипеды и при этом говорим по-немецки.',
    },
  },
);

// --- online-only offers (one per state and template). {state} = state name --------------------
const ONLINE_TEMPLATES = [
  {
    key: 'online-deutschkurs',
    cats: ['language'],
    hours: 'onlineEvening',
    cost: 'reduced',
    title: {
      de: 'Online-Deutschkurs B1 am Abend – {state}',
      en: 'Online German course B1 in the evening – {state}',
      ar: 'دورة اللغة الألمانية B1 عبر الإنترنت مساءً – {state}',
      uk: 'Онлайн-курс німецької мови B1 увечері – {state}',
      fa: 'دوره آنلاین زبان آلمانی B1 در عصرها – {state}',
      ru: 'Онлайн-курс немецкого языка B1 по вечерам – {state}',
    },
    summary: {
      de: 'Live-Unterricht per Videokonferenz an drei Abenden pro Woche – ideal neben Arbeit oder Kinderbetreuung. Sie brauchen nur ein Smartphone oder einen Laptop.',
      en: 'Live lessons by video conference three evenings a week – ideal alongside work or childcare. All you need is a smartphone or laptop.',
      ar: 'دروس مباشرة عبر مؤتمرات الفيديو ثلاث أمسيات في الأسبوع، مثالية إلى جانب العمل أو رعاية الأطفال. كل ما تحتاجونه هو هاتف ذكي أو حاسوب محمول.',
      uk: 'Живі заняття через відеоконференцію три вечори на тиждень – ідеально поряд із роботою чи доглядом за дітьми. Потрібен лише смартфон або ноутбук.',
      fa: 'کلاس زنده از طریق ویدیوکنفرانس در سه شب از هفته – مناسب در کنار کار یا نگهداری از کودکان. فقط به یک گوشی هوشمند یا لپ‌تاپ نیاز دارید.',
      ru: 'Живые занятия по видеосвязи три вечера в неделю – идеально параллельно с работой или уходом за детьми. Нужен только смартфон или ноутбук.',
    },
  },
  {
    key: 'online-migrationsberatung',
    cats: ['migration-counselling'],
    hours: 'onlineOffice',
    cost: 'free',
    title: {
      de: 'Migrationsberatung online per Chat und Video – {state}',
      en: 'Online migration counselling via chat and video – {state}',
      ar: 'استشارات الهجرة عبر الإنترنت بالدردشة والفيديو – {state}',
      uk: 'Онлайн-міграційна консультація в чаті та по відео – {state}',
      fa: 'مشاوره مهاجرت آنلاین از طریق چت و ویدیو – {state}',
      ru: 'Онлайн-консультации по миграции в чате и по видео – {state}',
    },
    summary: {
      de: 'Schreiben Sie uns anonym und in Ihrer Sprache. Eine Beraterin oder ein Berater antwortet innerhalb von zwei Werktagen.',
      en: 'Write to us anonymously and in your own language. A counsellor will reply within two working days.',
      ar: 'اكتبوا لنا دون ذكر أسمائكم وبلغتكم. سيرد عليكم مستشار أو مستشارة خلال يومَي عمل.',
      uk: 'Напишіть нам анонімно та своєю мовою. Консультант відповість протягом двох робочих днів.',
      fa: 'به‌صورت ناشناس و به زبان خودتان برای ما بنویسید. یک مشاور ظرف دو روز کاری پاسخ می‌دهد.',
      ru: 'Напишите нам анонимно и на своём языке. Консультант ответит в течение двух рабочих дней.',
    },
  },
  {
    key: 'online-krisentelefon',
    cats: ['crisis'],
    hours: 'hotline',
    cost: 'free',
    title: {
      de: 'Krisentelefon in mehreren Sprachen – {state}',
      en: 'Multilingual crisis helpline – {state}',
      ar: 'خط هاتفي للأزمات بعدة لغات – {state}',
      uk: 'Кризова телефонна лінія кількома мовами – {state}',
      fa: 'خط تلفن بحران به چند زبان – {state}',
      ru: 'Кризисная телефонная линия на нескольких языках – {state}',
    },
    summary: {
      de: 'Wenn Sie in einer schwierigen Lage sind, können Sie uns abends und am Wochenende anrufen. Anonym und kostenlos.',
      en: 'If you are in a difficult situation, you can call us in the evenings and at weekends. Anonymous and free of charge.',
      ar: 'إذا كنتم في وضع صعب، يمكنكم الاتصال بنا مساءً وفي عطلة نهاية الأسبوع. دون الكشف عن الهوية ومجانًا.',
      uk: 'Якщо ви в складній ситуації, телефонуйте нам увечері та у вихідні. Анонімно й безкоштовно.',
      fa: 'اگر در شرایط دشواری هستید، می‌توانید عصرها و آخر هفته با ما تماس بگیرید. ناشناس و رایگان.',
      ru: 'Если вы в трудной ситуации, звоните нам по вечерам и в выходные. Анонимно и бесплатно.',
    },
  },
  {
    key: 'online-anerkennung',
    cats: ['career', 'health'],
    hours: 'appointment',
    cost: 'free',
    title: {
      de: 'Online-Anerkennungsberatung für Gesundheitsberufe – {state}',
      en: 'Online advice on recognition for health professions – {state}',
      ar: 'استشارات عبر الإنترنت حول الاعتراف بالمؤهلات في المهن الصحية – {state}',
      uk: 'Онлайн-консультації з визнання кваліфікацій у медичних професіях – {state}',
      fa: 'مشاوره آنلاین به رسمیت شناختن مدارک در مشاغل درمانی – {state}',
      ru: 'Онлайн-консультации по признанию квалификаций в медицинских профессиях – {state}',
    },
    summary: {
      de: 'Für Ärztinnen und Ärzte, Pflegekräfte, Hebammen und Physiotherapeuten: Beratung per Video zu Antrag, Kenntnisprüfung und Fachsprachprüfung.',
      en: 'For doctors, nurses, midwives and physiotherapists: video advice on the application, the knowledge test and the medical language exam.',
      ar: 'للأطباء والممرضين والقابلات وأخصائيي العلاج الطبيعي: استشارات بالفيديو حول الطلب وامتحان المعرفة وامتحان اللغة المهنية.',
      uk: 'Для лікарів, медсестер, акушерок і фізіотерапевтів: відеоконсультації щодо заяви, іспиту на знання та іспиту з фахової мови.',
      fa: 'برای پزشکان، پرستاران، ماماها و فیزیوتراپ‌ها: مشاوره ویدیویی درباره درخواست، آزمون دانش تخصصی و آزمون زبان تخصصی.',
      ru: 'Для врачей, медсестёр, акушерок и физиотерапевтов: видеоконсультации по заявлению, экзамену на знания и экзамену по профессиональному языку.',
    },
  },
  {
    key: 'online-rechtsberatung',
    cats: ['legal'],
    hours: 'onlineOffice',
    cost: 'free',
    title: {
      de: 'Telefonberatung zum Asyl- und Aufenthaltsrecht – {state}',
      en: 'Telephone advice on asylum and residence law – {state}',
      ar: 'استشارات هاتفية حول قانون اللجوء والإقامة – {state}',
      uk: 'Телефонні консультації з права притулку та перебування – {state}',
      fa: 'مشاوره تلفنی درباره قانون پناهندگی و اقامت – {state}',
      ru: 'Телефонные консультации по праву убежища и пребывания – {state}',
    },
    summary: {
      de: 'Kurze rechtliche Einschätzung am Telefon, zum Beispiel nach einem Bescheid oder vor einem Termin bei der Ausländerbehörde.',
      en: 'A brief legal assessment by phone, for example after receiving a decision or before an appointment at the immigration office.',
      ar: 'تقييم قانوني موجز عبر الهاتف، مثلًا بعد استلام قرار أو قبل موعد لدى دائرة الأجانب.',
      uk: 'Коротка юридична оцінка телефоном, наприклад після отримання рішення або перед візитом до відомства у справах іноземців.',
      fa: 'ارزیابی حقوقی کوتاه تلفنی، مثلاً پس از دریافت تصمیم یا پیش از وقت ملاقات در اداره اتباع خارجی.',
      ru: 'Краткая юридическая оценка по телефону, например после получения решения или перед визитом в ведомство по делам иностранцев.',
    },
  },
  {
    key: 'online-psychologie',
    cats: ['health', 'crisis'],
    hours: 'appointment',
    cost: 'free',
    langs: ['ar', 'fa', 'uk'],
    title: {
      de: 'Psychologische Videosprechstunde auf Arabisch, Farsi und Ukrainisch – {state}',
      en: 'Psychological video consultations in Arabic, Farsi and Ukrainian – {state}',
      ar: 'استشارات نفسية بالفيديو باللغات العربية والفارسية والأوكرانية – {state}',
      uk: 'Психологічні відеоконсультації арабською, перською та українською мовами – {state}',
      fa: 'مشاوره روان‌شناختی ویدیویی به زبان‌های عربی، فارسی و اوکراینی – {state}',
      ru: 'Психологические видеоконсультации на арабском, персидском и украинском языках – {state}',
    },
    summary: {
      de: 'Erste Gespräche mit Psychologinnen und Psychologen per Video, ohne Wartezeit auf einen Therapieplatz. Vertraulich und kostenlos.',
      en: 'Initial talks with psychologists by video, without waiting for a therapy place. Confidential and free of charge.',
      ar: 'جلسات أولى مع أخصائيين نفسيين عبر الفيديو دون انتظار مقعد للعلاج. بسرية تامة ومجانًا.',
      uk: 'Перші розмови з психологами по відео, без очікування місця на терапію. Конфіденційно й безкоштовно.',
      fa: 'گفت‌وگوهای اولیه با روان‌شناسان از طریق ویدیو، بدون انتظار برای نوبت درمان. محرمانه و رایگان.',
      ru: 'Первые беседы с психологами по видео, без ожидания места на терапию. Конфиденциально и бесплатно.',
    },
  },
  {
    key: 'online-jobboerse',
    cats: ['work'],
    hours: 'none',
    cost: 'free',
    title: {
      de: 'Online-Jobbörse für Zugewanderte – {state}',
      en: 'Online job board for immigrants – {state}',
      ar: 'منصة وظائف إلكترونية للمهاجرين – {state}',
      uk: 'Онлайн-біржа вакансій для мігрантів – {state}',
      fa: 'سامانه آنلاین آگهی‌های شغلی برای مهاجران – {state}',
      ru: 'Онлайн-биржа вакансий для мигрантов – {state}',
    },
    summary: {
      de: 'Stellenangebote von Betrieben, die ausdrücklich Zugewanderte einstellen, mit Angabe des nötigen Deutschniveaus.',
      en: 'Vacancies from companies that explicitly hire immigrants, with the required level of German stated.',
      ar: 'عروض عمل من شركات ترحّب صراحةً بتوظيف المهاجرين، مع ذكر مستوى اللغة الألمانية المطلوب.',
      uk: 'Вакансії від підприємств, які свідомо наймають мігрантів, із зазначенням потрібного рівня німецької.',
      fa: 'آگهی‌های شغلی شرکت‌هایی که آشکارا مهاجران را استخدام می‌کنند، همراه با سطح زبان آلمانی لازم.',
      ru: 'Вакансии компаний, которые целенаправленно нанимают мигрантов, с указанием нужного уровня немецкого.',
    },
  },
  {
    key: 'online-hausaufgaben',
    cats: ['education'],
    hours: 'afternoon',
    cost: 'free',
    title: {
      de: 'Online-Hausaufgabenhilfe per Video – {state}',
      en: 'Online homework help via video – {state}',
      ar: 'المساعدة في الواجبات المدرسية عبر الفيديو – {state}',
      uk: 'Онлайн-допомога з домашніми завданнями по відео – {state}',
      fa: 'کمک آنلاین در تکالیف مدرسه از طریق ویدیو – {state}',
      ru: 'Онлайн-помощь с домашними заданиями по видео – {state}',
    },
    summary: {
      de: 'Lehramtsstudierende helfen Schülerinnen und Schülern ab Klasse 5 per Video bei Mathe, Deutsch und Englisch.',
      en: 'Student teachers help pupils from year 5 upwards with maths, German and English by video.',
      ar: 'يساعد طلاب وطالبات في تخصص التدريس التلاميذ من الصف الخامس فما فوق في الرياضيات والألمانية والإنجليزية عبر الفيديو.',
      uk: 'Студенти педагогічних спеціальностей допомагають учням від 5 класу з математикою, німецькою та англійською по відео.',
      fa: 'دانشجویان رشته معلمی از طریق ویدیو به دانش‌آموزان از کلاس پنجم به بالا در ریاضی، آلمانی و انگلیسی کمک می‌کنند.',
      ru: 'Студенты педагогических специальностей помогают школьникам с 5 класса по математике, немецкому и английскому по видео.',
    },
  },
  {
    key: 'online-tandem',
    cats: ['language', 'community'],
    hours: 'none',
    cost: 'free',
    title: {
      de: 'Online-Sprachtandem: Deutsch und Ihre Sprache – {state}',
      en: 'Online language tandem: German and your language – {state}',
      ar: 'تبادل لغوي عبر الإنترنت: الألمانية ولغتكم – {state}',
      uk: 'Онлайн-мовний тандем: німецька та ваша мова – {state}',
      fa: 'تبادل زبان آنلاین: آلمانی و زبان شما – {state}',
      ru: 'Онлайн-языковой тандем: немецкий и ваш язык – {state}',
    },
    summary: {
      de: 'Wir bringen Sie mit Menschen aus der Region zusammen, die Ihre Sprache lernen möchten. Sie treffen sich per Video, so oft Sie wollen.',
      en: 'We match you with people from the region who want to learn your language. You meet by video as often as you like.',
      ar: 'نعرّفكم على أشخاص من المنطقة يرغبون في تعلّم لغتكم. تلتقون عبر الفيديو متى شئتم.',
      uk: 'Ми знайомимо вас із людьми з регіону, які хочуть вивчати вашу мову. Ви зустрічаєтеся по відео так часто, як забажаєте.',
      fa: 'شما را با افرادی از منطقه آشنا می‌کنیم که می‌خواهند زبان شما را یاد بگیرند. هر چند وقت که بخواهید از طریق ویدیو با هم دیدار می‌کنید.',
      ru: 'Мы знакомим вас с людьми из региона, которые хотят выучить ваш язык. Вы встречаетесь по видео так часто, как захотите.',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Organisations (all fictional). {town} = German town name, {quarter} = invented quarter name,
// {street} = the organisation's own street.
// ---------------------------------------------------------------------------------------------

const ORG_PATTERNS = {
  language: ['Sprachschule Brücke {town} gGmbH', 'Sprachwerkstatt Wortschatz {town}', 'Lernwerkstatt {quarter}', 'Bildungshaus Kompass {town} gGmbH', 'Sprachinstitut Leuchtturm {town}'],
  'migration-counselling': ['Beratungsstelle Lotsenhaus {town}', 'Netzwerk Ankommen {town} e. V.', 'Beratungsbüro {street}', 'Anlaufstelle Weitblick {town}'],
  legal: ['Rechtshilfe Brückenschlag {town} e. V.', 'Beratungsstelle Lotsenhaus {town}', 'Juristische Sprechstunde Rosenhof e. V.'],
  work: ['Jobbrücke {town} gGmbH', 'Arbeitsmarktprojekt Startklar {town}', 'Netzwerk Ankommen {town} e. V.'],
  career: ['Anerkennungsbüro Kompass {town}', 'Berufswerkstatt Zukunft {town} gGmbH', 'Jobbrücke {town} gGmbH'],
  education: ['Lernwerkstatt {quarter}', 'Schulbrücke {town} e. V.', 'Bildungshaus Kompass {town} gGmbH'],
  family: ['Frauenzentrum Lichtblick {town}', 'Familientreff Kleeblatt {town} e. V.', 'Elternhaus Pusteblume {town}'],
  health: ['Gesundheitslotsen {town} e. V.', 'Praxisnetz Miteinander {town}', 'Beratungszentrum Seelenruhe {town}'],
  housing: ['Wohnungslotsen {town} e. V.', 'Wohnraumbüro Schlüsselbund {town}', 'Mieterhilfe Dachgiebel {town} e. V.'],
  crisis: ['Krisendienst Ankerplatz {town} e. V.', 'Beratungsstelle Rückenwind {town}', 'Beratungsbüro {street}'],
  community: ['Begegnungszentrum Miteinander {town} e. V.', 'Nachbarschaftsverein Buntes Haus {town} e. V.', 'Kulturverein Brückenschlag {town} e. V.', 'Ehrenamtsbörse Zeitspender {town}'],
};

/** Organisations of the online-only offers, per template key. {state} = German state name. */
const ONLINE_ORGS = {
  'online-deutschkurs': 'Sprachschule Brücke digital gGmbH',
  'online-migrationsberatung': 'Wegweiser Online {state} e. V.',
  'online-krisentelefon': 'Krisentelefon Nachtlicht {state} e. V.',
  'online-anerkennung': 'Anerkennungsnetz Weitblick {state}',
  'online-rechtsberatung': 'Rechtshilfe Brückenschlag {state} e. V.',
  'online-psychologie': 'Psychologisches Netzwerk Seelenhafen {state} e. V.',
  'online-jobboerse': 'Jobbrücke {state} gGmbH',
  'online-hausaufgaben': 'Lernbrücke digital {state} e. V.',
  'online-tandem': 'Tandemnetz Sprachbrücke {state} e. V.',
};

/**
 * Domain label of an organisation: without legal form and without a leading "Beratungsstelle",
 * e.g. "Netzwerk Ankommen Rostock e. V." -> "netzwerk-ankommen-rostock", "Beratungsstelle Lotsenhaus Gera" -> "lotsenhaus-gera".
 */
const orgSlug = (name) => slugify(name.replace(/\s+(e\.\s?V\.|gGmbH|GmbH|eG|GbR)$/u, '').replace(/^Beratungsstelle\s+/u, ''));

const EMAIL_LOCALS = {
  language: ['kurse', 'anmeldung', 'kontakt'],
  'migration-counselling': ['beratung', 'kontakt', 'info'],
  legal: ['beratung', 'recht', 'kontakt'],
  work: ['jobs', 'kontakt', 'info'],
  career: ['anerkennung', 'beratung', 'kontakt'],
  education: ['lernen', 'kontakt', 'info'],
  family: ['kontakt', 'familie', 'hallo'],
  health: ['gesundheit', 'kontakt', 'info'],
  housing: ['wohnen', 'kontakt', 'info'],
  crisis: ['beratung', 'kontakt', 'hilfe'],
  community: ['hallo', 'kontakt', 'mitmachen'],
};
const WEB_PATHS = {
  language: ['/deutschkurse', '/kurse', '/angebote/sprache'],
  'migration-counselling': ['/beratung', '/migrationsberatung', '/angebote'],
  legal: ['/rechtsberatung', '/beratung', '/sprechstunde'],
  work: ['/arbeit', '/jobcoaching', '/angebote'],
  career: ['/anerkennung', '/berufsberatung', '/angebote'],
  education: ['/lernen', '/hausaufgabenhilfe', '/bildung'],
  family: ['/familie', '/frauen', '/angebote'],
  health: ['/gesundheit', '/sprechstunde', '/angebote'],
  housing: ['/wohnen', '/wohnungssuche', '/beratung'],
  crisis: ['/hilfe', '/beratung', '/schutz'],
  community: ['/mitmachen', '/treffpunkt', '/termine'],
};

// ---------------------------------------------------------------------------------------------
// Event templates
// ---------------------------------------------------------------------------------------------
// Recurring: days = weekdays it may take place on (0 = Sunday), time = [start, end].

const RECURRING_EVENT_TEMPLATES = [
  {
    key: 'sprachcafe',
    cats: ['language', 'community'],
    days: [1, 2, 3, 4, 5, 0],
    time: ['17:00', '19:00'],
    title: { de: 'Sprachcafé in {town}', en: 'Language café in {town}', ar: 'مقهى اللغة في {town}', uk: 'Мовне кафе в місті {town}', fa: 'کافه زبان در {town}', ru: 'Языковое кафе {ru}' },
    desc: {
      de: 'Deutsch sprechen in entspannter Runde – ohne Anmeldung, für alle Niveaus.',
      en: 'Speak German in a relaxed group – no registration, all levels welcome.',
      ar: 'تحدثوا الألمانية في أجواء مريحة – بدون تسجيل ولجميع المستويات.',
    },
  },
  {
    key: 'beratungsstunde',
    cats: ['migration-counselling'],
    days: [1, 2, 3, 4, 5],
    time: ['10:00', '12:00'],
    title: {
      de: 'Offene Beratungsstunde für Geflüchtete in {town}', en: 'Open counselling hour for refugees in {town}',
      ar: 'ساعة استشارة مفتوحة للاجئين في {town}', uk: 'Відкрита консультаційна година для біженців у місті {town}',
      fa: 'ساعت مشاوره آزاد برای پناهجویان در {town}', ru: 'Открытый консультационный час для беженцев {ru}',
    },
    desc: {
      de: 'Ohne Termin: Fragen zu Briefen, Anträgen und Behörden.',
      en: 'No appointment needed: questions about letters, applications and the authorities.',
      ar: 'بدون موعد: أسئلة حول الرسائل والطلبات والدوائر الرسمية.',
    },
  },
  {
    key: 'frauentreff',
    cats: ['family', 'community'],
    days: [1, 2, 3, 4, 5],
    time: ['15:00', '17:00'],
    title: { de: 'Frauentreff in {town}', en: 'Women’s group in {town}', ar: 'لقاء النساء في {town}', uk: 'Жіноча зустріч у місті {town}', fa: 'دورهمی زنان در {town}', ru: 'Женская встреча {ru}' },
    desc: {
      de: 'Austausch, Handarbeit und Ausflüge nur für Frauen. Kinderbetreuung vor Ort.',
      en: 'Conversation, crafts and outings for women only. Childcare on site.',
      ar: 'تبادل الأحاديث والأشغال اليدوية والرحلات للنساء فقط. مع رعاية للأطفال في المكان.',
    },
  },
  {
    key: 'hausaufgaben',
    cats: ['education'],
    days: [1, 2, 3, 4],
    time: ['14:30', '16:30'],
    title: { de: 'Hausaufgabenhilfe in {town}', en: 'Homework help in {town}', ar: 'المساعدة في الواجبات المدرسية في {town}', uk: 'Допомога з домашніми завданнями у місті {town}', fa: 'کمک در تکالیف مدرسه در {town}', ru: 'Помощь с домашними заданиями {ru}' },
    desc: {
      de: 'Ehrenamtliche helfen Schulkindern bei Hausaufgaben und beim Lernen für Klassenarbeiten.',
      en: 'Volunteers help schoolchildren with homework and revising for tests.',
      ar: 'يساعد متطوعون تلاميذ المدارس في الواجبات المنزلية والتحضير للاختبارات.',
    },
  },
  {
    key: 'naehcafe',
    cats: ['community'],
    days: [6, 3],
    time: ['10:00', '13:00'],
    title: { de: 'Nähcafé in {town}', en: 'Sewing café in {town}', ar: 'مقهى الخياطة في {town}', uk: 'Кафе шиття у місті {town}', fa: 'کافه خیاطی در {town}', ru: 'Швейное кафе {ru}' },
    desc: {
      de: 'Gemeinsam nähen, flicken und Kleidung ändern. Nähmaschinen sind vorhanden.',
      en: 'Sew, mend and alter clothes together. Sewing machines are provided.',
      ar: 'نخيط ونرقّع ونعدّل الملابس معًا. تتوفر ماكينات خياطة.',
    },
  },
  {
    key: 'fussball',
    cats: ['community'],
    days: [0, 6, 2],
    time: ['11:00', '12:30'],
    title: { de: 'Fußball für alle in {town}', en: 'Football for all in {town}', ar: 'كرة القدم للجميع في {town}', uk: 'Футбол для всіх у місті {town}', fa: 'فوتبال برای همه در {town}', ru: 'Футбол для всех {ru}' },
    desc: {
      de: 'Offenes Training für alle ab 14 Jahren, Bälle und Leibchen sind da.',
      en: 'Open training for everyone aged 14 and over; balls and bibs are provided.',
      ar: 'تدريب مفتوح للجميع من عمر 14 عامًا، الكرات والقمصان متوفرة.',
    },
  },
  {
    key: 'elterncafe',
    cats: ['family'],
    days: [1, 3, 5],
    time: ['09:30', '11:00'],
    title: { de: 'Elterncafé in {town}', en: 'Parents’ café in {town}', ar: 'مقهى الأهل في {town}', uk: 'Кафе для батьків у місті {town}', fa: 'کافه والدین در {town}', ru: 'Кафе для родителей {ru}' },
    desc: {
      de: 'Eltern tauschen sich über Kita, Schule und Erziehung aus. Die Kinder spielen nebenan.',
      en: 'Parents talk about daycare, school and parenting while the children play next door.',
      ar: 'يتبادل الأهل الخبرات حول الحضانة والمدرسة والتربية، بينما يلعب الأطفال في الغرفة المجاورة.',
    },
  },
  {
    key: 'bewerbungstreff',
    cats: ['work'],
    days: [1, 2, 3, 4],
    time: ['13:00', '15:00'],
    title: {
      de: 'Bewerbungstreff in {town}', en: 'Job application drop-in in {town}', ar: 'لقاء إعداد طلبات التوظيف في {town}',
      uk: 'Зустріч із підготовки заявок на роботу у місті {town}', fa: 'دورهمی نوشتن درخواست کار در {town}', ru: 'Встреча по подготовке резюме {ru}',
    },
    desc: {
      de: 'Lebenslauf schreiben, Stellen suchen, Bewerbungen verschicken – mit Unterstützung.',
      en: 'Write your CV, search for jobs and send applications – with support.',
      ar: 'كتابة السيرة الذاتية والبحث عن وظائف وإرسال الطلبات – مع الدعم.',
    },
  },
  {
    key: 'kochen',
    cats: ['community'],
    days: [5, 6, 0],
    time: ['17:30', '20:00'],
    title: { de: 'Gemeinsam kochen in {town}', en: 'Cooking together in {town}', ar: 'الطبخ معًا في {town}', uk: 'Готуємо разом у місті {town}', fa: 'آشپزی با هم در {town}', ru: 'Готовим вместе {ru}' },
    desc: {
      de: 'Jede Woche kocht jemand anderes ein Gericht aus der eigenen Heimat. Zutaten werden gestellt.',
      en: 'Each week someone different cooks a dish from their home country. Ingredients are provided.',
      ar: 'كل أسبوع يطبخ شخص مختلف طبقًا من بلده. نوفّر المكونات.',
    },
  },
  {
    key: 'spieletreff',
    cats: ['family', 'education'],
    days: [3, 5, 6],
    time: ['15:00', '17:00'],
    title: { de: 'Spielenachmittag für Kinder in {town}', en: 'Games afternoon for children in {town}', ar: 'عصرية ألعاب للأطفال في {town}', uk: 'Ігровий день для дітей у місті {town}', fa: 'عصر بازی برای کودکان در {town}', ru: 'Игровой день для детей {ru}' },
    desc: {
      de: 'Spielen, basteln und vorlesen für Kinder von 5 bis 11 Jahren.',
      en: 'Games, crafts and story time for children aged 5 to 11.',
      ar: 'ألعاب وأشغال يدوية وقراءة قصص للأطفال من 5 إلى 11 عامًا.',
    },
  },
  {
    key: 'schwimmen-frauen',
    cats: ['health', 'family'],
    days: [2, 4, 0],
    time: ['19:00', '20:00'],
    title: { de: 'Schwimmkurs für Frauen in {town}', en: 'Swimming course for women in {town}', ar: 'دورة سباحة للنساء في {town}', uk: 'Курс плавання для жінок у місті {town}', fa: 'دوره شنا برای زنان در {town}', ru: 'Курс плавания для женщин {ru}' },
    desc: {
      de: 'Schwimmen lernen in einer reinen Frauengruppe mit Trainerin. Badekleidung nach Wunsch.',
      en: 'Learn to swim in a women-only group with a female instructor. Wear whatever swimwear you prefer.',
      ar: 'تعلّم السباحة في مجموعة نسائية فقط مع مدرّبة. ملابس السباحة حسب رغبتكن.',
    },
  },
  {
    key: 'lerngruppe',
    cats: ['language'],
    days: [6, 0],
    time: ['10:00', '12:00'],
    title: {
      de: 'Deutsch-Lerngruppe am Wochenende in {town}', en: 'Weekend German study group in {town}',
      ar: 'مجموعة تعلّم اللغة الألمانية في عطلة نهاية الأسبوع في {town}', uk: 'Група вивчення німецької у вихідні у місті {town}',
      fa: 'گروه یادگیری آلمانی در آخر هفته در {town}', ru: 'Группа изучения немецкого по выходным {ru}',
    },
    desc: {
      de: 'Gemeinsam für die Prüfung üben: Hören, Lesen, Schreiben und Sprechen.',
      en: 'Practise together for the exam: listening, reading, writing and speaking.',
      ar: 'نتدرّب معًا للامتحان: الاستماع والقراءة والكتابة والمحادثة.',
    },
  },
];

/** Biweekly and monthly templates. */
const RECHTSBERATUNG_EVENT = {
  key: 'rechtsberatung',
  cats: ['legal'],
  days: [2, 4],
  time: ['16:00', '18:00'],
  title: {
    de: 'Sprechstunde Aufenthaltsrecht in {town}', en: 'Residence law drop-in in {town}', ar: 'ساعات استشارة حول قانون الإقامة في {town}',
    uk: 'Прийом з питань права перебування у місті {town}', fa: 'ساعات مشاوره حقوق اقامت در {town}', ru: 'Приём по вопросам права пребывания {ru}',
  },
  desc: {
    de: 'Eine Juristin berät kostenlos zu Asyl, Duldung und Aufenthaltserlaubnis. Bitte Unterlagen mitbringen.',
    en: 'A lawyer gives free advice on asylum, tolerated stay and residence permits. Please bring your documents.',
    ar: 'تقدّم حقوقية استشارات مجانية حول اللجوء ووثيقة التسامح وتصريح الإقامة. يرجى إحضار الوثائق.',
  },
};
const STAMMTISCH_EVENT = {
  key: 'stammtisch',
  cats: ['community'],
  time: ['19:00', '21:00'],
  title: {
    de: 'Interkultureller Stammtisch in {town}', en: 'Intercultural get-together in {town}', ar: 'لقاء متعدد الثقافات في {town}',
    uk: 'Міжкультурна зустріч у місті {town}', fa: 'دورهمی بین‌فرهنگی در {town}', ru: 'Межкультурная встреча {ru}',
  },
  desc: {
    de: 'Einmal im Monat treffen sich Zugewanderte und Einheimische zum Austausch bei Getränken und Snacks.',
    en: 'Once a month, newcomers and locals meet for a chat over drinks and snacks.',
    ar: 'مرة في الشهر يلتقي المهاجرون والسكان المحليون لتبادل الأحاديث مع المشروبات والوجبات الخفيفة.',
  },
};

/** Single events. kind: evening | day | weekend | online */
const SINGLE_EVENT_TEMPLATES = [
  {
    key: 'info-ausbildung', cats: ['education', 'career'], kind: 'evening',
    title: {
      de: 'Infoabend: Ausbildung in Deutschland – {town}', en: 'Information evening: apprenticeships in Germany – {town}',
      ar: 'أمسية معلوماتية: التدريب المهني في ألمانيا – {town}', uk: 'Інформаційний вечір: професійне навчання в Німеччині – {town}',
      fa: 'شب اطلاع‌رسانی: آموزش حرفه‌ای در آلمان – {town}', ru: 'Информационный вечер: профессиональное обучение в Германии – {town}',
    },
    desc: {
      de: 'Wie funktioniert die duale Ausbildung, was verdient man und wie findet man einen Platz? Betriebe und Auszubildende berichten.',
      en: 'How does dual vocational training work, what do apprentices earn and how do you find a place? Companies and apprentices share their experience.',
      ar: 'كيف يعمل نظام التدريب المهني المزدوج، وكم يتقاضى المتدرب، وكيف يجد المرء مقعدًا؟ شركات ومتدربون يروون تجاربهم.',
    },
  },
  {
    key: 'jobmesse', cats: ['work'], kind: 'day',
    title: {
      de: 'Jobmesse für Zugewanderte in {town}', en: 'Job fair for immigrants in {town}', ar: 'معرض التوظيف للمهاجرين في {town}',
      uk: 'Ярмарок вакансій для мігрантів у місті {town}', fa: 'نمایشگاه کار برای مهاجران در {town}', ru: 'Ярмарка вакансий для мигрантов {ru}',
    },
    desc: {
      de: 'Über 30 Betriebe aus der Region stellen sich vor. Bringen Sie Ihren Lebenslauf mit – Bewerbungsfotos werden kostenlos gemacht.',
      en: 'More than 30 local companies present themselves. Bring your CV – application photos are taken free of charge.',
      ar: 'أكثر من 30 شركة من المنطقة تعرّف بنفسها. أحضروا سيرتكم الذاتية – يتم التقاط صور طلبات التوظيف مجانًا.',
    },
  },
  {
    key: 'einbuergerung', cats: ['legal'], kind: 'evening',
    title: {
      de: 'Infoabend Einbürgerung in {town}', en: 'Information evening on naturalisation in {town}', ar: 'أمسية معلوماتية حول التجنيس في {town}',
      uk: 'Інформаційний вечір про натуралізацію у місті {town}', fa: 'شب اطلاع‌رسانی درباره اخذ تابعیت در {town}', ru: 'Информационный вечер о натурализации {ru}',
    },
    desc: {
      de: 'Voraussetzungen, Ablauf und Kosten der Einbürgerung, erklärt von einer Fachanwältin für Migrationsrecht. Mit Zeit für Fragen.',
      en: 'Requirements, procedure and costs of naturalisation, explained by a lawyer specialising in migration law. With time for questions.',
      ar: 'شروط التجنيس وإجراءاته وتكاليفه، تشرحها محامية متخصصة في قانون الهجرة. مع وقت للأسئلة.',
    },
  },
  {
    key: 'mietrecht', cats: ['housing'], kind: 'evening',
    title: {
      de: 'Workshop: Ihre Rechte als Mieterin und Mieter in {town}', en: 'Workshop: your rights as a tenant in {town}', ar: 'ورشة عمل: حقوقكم كمستأجرين في {town}',
      uk: 'Семінар: ваші права як орендаря у місті {town}', fa: 'کارگاه: حقوق شما به‌عنوان مستأجر در {town}', ru: 'Семинар: ваши права как арендатора {ru}',
    },
    desc: {
      de: 'Mietvertrag, Kaution, Nebenkosten und Kündigung: Was gilt in Deutschland? Mit Beispielen aus der Beratungspraxis.',
      en: 'Tenancy agreements, deposits, service charges and notice: what are the rules in Germany? With examples from our counselling work.',
      ar: 'عقد الإيجار والتأمين والتكاليف الإضافية وإنهاء العقد: ما القواعد المعمول بها في ألمانيا؟ مع أمثلة من واقع الاستشارات.',
    },
  },
  {
    key: 'aktionstag-anerkennung', cats: ['career'], kind: 'day',
    title: {
      de: 'Aktionstag Anerkennung ausländischer Abschlüsse in {town}', en: 'Action day: recognition of foreign qualifications in {town}',
      ar: 'يوم توعوي حول الاعتراف بالشهادات الأجنبية في {town}', uk: 'День консультацій з визнання іноземних дипломів у місті {town}',
      fa: 'روز اطلاع‌رسانی درباره به رسمیت شناختن مدارک خارجی در {town}', ru: 'День консультаций по признанию иностранных дипломов {ru}',
    },
    desc: {
      de: 'Kurzberatungen ohne Termin: Bringen Sie Ihre Zeugnisse mit und erfahren Sie, welche Stelle zuständig ist.',
      en: 'Short consultations without an appointment: bring your certificates and find out which authority is responsible.',
      ar: 'استشارات قصيرة بدون موعد: أحضروا شهاداتكم واعرفوا الجهة المختصة.',
    },
  },
  {
    key: 'filmabend', cats: ['community'], kind: 'evening',
    title: {
      de: 'Filmabend mit Gespräch: Neu in {town}', en: 'Film night and discussion: new in {town}', ar: 'أمسية سينمائية مع نقاش: حياة جديدة في {town}',
      uk: 'Кіновечір з обговоренням: нове життя у місті {town}', fa: 'شب فیلم و گفت‌وگو: زندگی تازه در {town}', ru: 'Киновечер с обсуждением: новая жизнь {ru}',
    },
    desc: {
      de: 'Wir zeigen einen Dokumentarfilm über das Ankommen in Ostdeutschland und sprechen danach mit den Protagonistinnen. Eintritt frei.',
      en: 'We show a documentary about arriving in eastern Germany, followed by a conversation with the people in the film. Free admission.',
      ar: 'نعرض فيلمًا وثائقيًا عن الوصول إلى شرق ألمانيا، يليه حوار مع بطلات الفيلم. الدخول مجاني.',
    },
  },
  {
    key: 'erste-hilfe', cats: ['health'], kind: 'day',
    title: {
      de: 'Erste-Hilfe-Kurs in einfacher Sprache in {town}', en: 'First aid course in plain language in {town}', ar: 'دورة إسعافات أولية بلغة بسيطة في {town}',
      uk: 'Курс першої допомоги простою мовою у місті {town}', fa: 'دوره کمک‌های اولیه به زبان ساده در {town}', ru: 'Курс первой помощи простым языком {ru}',
    },
    desc: {
      de: 'Ein Tag mit vielen praktischen Übungen. Die Teilnahmebescheinigung gilt auch für den Führerschein.',
      en: 'A day with lots of practical exercises. The certificate of attendance is also valid for a driving licence.',
      ar: 'يوم مليء بالتمارين العملية. شهادة المشاركة صالحة أيضًا لاستخراج رخصة القيادة.',
    },
  },
  {
    key: 'sprachmittler-schulung', cats: ['community'], kind: 'day',
    title: {
      de: 'Schulung für ehrenamtliche Sprachmittlerinnen und Sprachmittler in {town}', en: 'Training for volunteer language mediators in {town}',
      ar: 'تدريب للوسطاء اللغويين المتطوعين في {town}', uk: 'Навчання для волонтерів – мовних посередників у місті {town}',
      fa: 'آموزش برای میانجی‌های زبانی داوطلب در {town}', ru: 'Обучение для волонтёров – языковых посредников {ru}',
    },
    desc: {
      de: 'Rolle und Grenzen beim Dolmetschen, Schweigepflicht und Selbstschutz. Für alle, die zwei Sprachen gut sprechen.',
      en: 'Your role and its limits when interpreting, confidentiality and looking after yourself. For anyone who speaks two languages well.',
      ar: 'دور المترجم وحدوده، والالتزام بالسرية، وحماية النفس. لكل من يتقن لغتين.',
    },
  },
  {
    key: 'elternabend', cats: ['education', 'family'], kind: 'evening',
    title: {
      de: 'Infoabend für Eltern: Schule und Kita in {town}', en: 'Information evening for parents: school and daycare in {town}',
      ar: 'أمسية معلوماتية للأهل: المدرسة والحضانة في {town}', uk: 'Інформаційний вечір для батьків: школа та дитсадок у місті {town}',
      fa: 'شب اطلاع‌رسانی برای والدین: مدرسه و مهدکودک در {town}', ru: 'Информационный вечер для родителей: школа и детский сад {ru}',
    },
    desc: {
      de: 'Wie melde ich mein Kind an, was kostet die Kita und wie läuft der Wechsel auf die weiterführende Schule? Mit Dolmetschenden.',
      en: 'How do I register my child, what does daycare cost and how does the move to secondary school work? With interpreters.',
      ar: 'كيف أسجّل طفلي، وكم تكلّف الحضانة، وكيف يتم الانتقال إلى المدرسة الثانوية؟ مع مترجمين.',
    },
  },
  {
    key: 'fest', cats: ['community'], kind: 'weekend',
    title: {
      de: 'Fest der Kulturen in {town}', en: 'Festival of cultures in {town}', ar: 'مهرجان الثقافات في {town}',
      uk: 'Свято культур у місті {town}', fa: 'جشن فرهنگ‌ها در {town}', ru: 'Праздник культур {ru}',
    },
    desc: {
      de: 'Zwei Tage Musik, Tanz und Essen aus aller Welt auf dem Marktplatz, mit Kinderprogramm und Infoständen der Beratungsstellen.',
      en: 'Two days of music, dance and food from around the world on the market square, with activities for children and information stands from local advice centres.',
      ar: 'يومان من الموسيقى والرقص والمأكولات من جميع أنحاء العالم في ساحة السوق، مع برنامج للأطفال وأكشاك معلومات لمراكز الاستشارة.',
    },
  },
  {
    key: 'online-familiennachzug', cats: ['legal', 'family'], kind: 'online',
    title: {
      de: 'Online-Infoveranstaltung: Familiennachzug', en: 'Online information session: family reunification', ar: 'جلسة معلومات عبر الإنترنت: لمّ شمل الأسرة',
      uk: 'Онлайн-інформаційна зустріч: возз’єднання сім’ї', fa: 'جلسه اطلاع‌رسانی آنلاین: پیوستن خانواده', ru: 'Онлайн-информационная встреча: воссоединение семьи',
    },
    desc: {
      de: 'Wer darf nachziehen, welche Dokumente sind nötig und wie lange dauert es? Fragen können im Chat auch anonym gestellt werden.',
      en: 'Who can join you, which documents are needed and how long does it take? Questions can be asked anonymously in the chat.',
      ar: 'من يحق له القدوم، وما الوثائق المطلوبة، وكم يستغرق ذلك؟ يمكن طرح الأسئلة في الدردشة دون الكشف عن الهوية.',
    },
  },
  {
    key: 'online-gesundheit', cats: ['health'], kind: 'online',
    title: {
      de: 'Online-Seminar: Das Gesundheitssystem in Deutschland einfach erklärt', en: 'Online seminar: the German health system explained simply',
      ar: 'ندوة عبر الإنترنت: النظام الصحي في ألمانيا بشرح مبسّط', uk: 'Онлайн-семінар: система охорони здоров’я в Німеччині простими словами',
      fa: 'سمینار آنلاین: نظام سلامت آلمان به زبان ساده', ru: 'Онлайн-семинар: система здравоохранения Германии простыми словами',
    },
    desc: {
      de: 'Hausarzt, Facharzt, Notaufnahme und Apotheke: Wer ist wofür zuständig und was zahlt die Krankenkasse?',
      en: 'GP, specialist, A&E and pharmacy: who is responsible for what, and what does health insurance pay for?',
      ar: 'طبيب الأسرة والطبيب المختص والطوارئ والصيدلية: من المسؤول عن ماذا، وما الذي يغطيه التأمين الصحي؟',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------------------------
// types: possible employmentType lists; levels: possible German levels.

const JOB_TEMPLATES = [
  // care
  { key: 'pflegehilfe', field: 'care', types: [['FULL_TIME'], ['PART_TIME'], ['FULL_TIME', 'PART_TIME']], levels: ['A2', 'B1'],
    title: { de: 'Pflegehelferin / Pflegehelfer (m/w/d)', en: 'Care assistant (m/f/d)', ar: 'مساعد أو مساعدة تمريض' },
    task: { de: 'Sie unterstützen unser Team bei der Grundpflege, bei den Mahlzeiten und bei Spaziergängen mit den Bewohnerinnen und Bewohnern.', en: 'You support our team with basic care, meals and walks with the residents.' } },
  { key: 'azubi-pflege', field: 'care', types: [['APPRENTICESHIP']], levels: ['B1', 'B2'],
    title: { de: 'Ausbildung Pflegefachfrau / Pflegefachmann (m/w/d)', en: 'Apprenticeship as a registered nurse (m/f/d)', ar: 'تدريب مهني في التمريض' },
    task: { de: 'Dreijährige generalistische Pflegeausbildung mit Praxiseinsätzen im Krankenhaus, im Pflegeheim und in der ambulanten Pflege.', en: 'Three-year general nursing training with placements in hospital, in care homes and in home care.' } },
  { key: 'alltagsbegleitung', field: 'care', types: [['PART_TIME'], ['MINI_JOB']], levels: ['A2', 'B1'],
    title: { de: 'Alltagsbegleiterin / Alltagsbegleiter in der Seniorenbetreuung (m/w/d)', en: 'Companion for older people (m/f/d)', ar: 'مرافق أو مرافقة لكبار السن' },
    task: { de: 'Sie lesen vor, spielen, gehen einkaufen und spazieren – und schenken älteren Menschen Zeit.', en: 'You read aloud, play games, go shopping and for walks – and give older people your time.' } },
  // health
  { key: 'mfa', field: 'health', types: [['FULL_TIME'], ['PART_TIME']], levels: ['B2'],
    title: { de: 'Medizinische Fachangestellte / Medizinischer Fachangestellter (m/w/d)', en: 'Medical assistant (m/f/d)', ar: 'مساعد طبي أو مساعدة طبية في عيادة' },
    task: { de: 'Sie empfangen Patientinnen und Patienten, vergeben Termine, nehmen Blut ab und assistieren bei Untersuchungen.', en: 'You welcome patients, make appointments, take blood samples and assist with examinations.' } },
  { key: 'azubi-zfa', field: 'health', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Zahnmedizinische Fachangestellte / Zahnmedizinischer Fachangestellter (m/w/d)', en: 'Apprenticeship as a dental assistant (m/f/d)', ar: 'تدريب مهني: مساعد أو مساعدة طبيب أسنان' },
    task: { de: 'In drei Jahren lernen Sie Behandlungsassistenz, Hygiene, Abrechnung und Praxisorganisation.', en: 'Over three years you learn chairside assistance, hygiene, billing and practice organisation.' } },
  { key: 'arzt', field: 'health', types: [['FULL_TIME']], levels: ['C1'],
    title: { de: 'Ärztin / Arzt in Weiterbildung Innere Medizin (m/w/d)', en: 'Resident physician in internal medicine (m/f/d)', ar: 'طبيب أو طبيبة في مرحلة التخصص في الطب الباطني' },
    task: { de: 'Sie betreuen Patientinnen und Patienten auf unserer internistischen Station und werden strukturiert zur Fachärztin oder zum Facharzt weitergebildet.', en: 'You care for patients on our internal medicine ward and follow a structured specialist training programme.' } },
  // hospitality
  { key: 'azubi-koch', field: 'hospitality', types: [['APPRENTICESHIP']], levels: ['A2', 'B1'],
    title: { de: 'Ausbildung Koch / Köchin (m/w/d)', en: 'Apprenticeship as a chef (m/f/d)', ar: 'تدريب مهني: طاهٍ أو طاهية' },
    task: { de: 'Sie lernen regionale und internationale Küche, Warenkunde, Hygiene und die Arbeit im Team am Herd.', en: 'You learn regional and international cooking, food knowledge, hygiene and teamwork in the kitchen.' } },
  { key: 'service', field: 'hospitality', types: [['PART_TIME'], ['MINI_JOB'], ['TEMPORARY', 'PART_TIME']], levels: ['A2', 'B1'],
    title: { de: 'Servicekraft im Restaurant (m/w/d)', en: 'Restaurant server (m/f/d)', ar: 'موظف أو موظفة خدمة في مطعم' },
    task: { de: 'Sie begrüßen Gäste, nehmen Bestellungen auf, servieren und kassieren.', en: 'You welcome guests, take orders, serve food and drinks and take payments.' } },
  { key: 'kuechenhilfe', field: 'hospitality', types: [['MINI_JOB'], ['PART_TIME']], levels: ['A1', 'A2'],
    title: { de: 'Küchenhilfe (m/w/d)', en: 'Kitchen assistant (m/f/d)', ar: 'مساعد أو مساعدة في المطبخ' },
    task: { de: 'Sie bereiten Gemüse und Salate vor, spülen und halten die Küche sauber.', en: 'You prepare vegetables and salads, wash up and keep the kitchen clean.' } },
  { key: 'azubi-hotel', field: 'hospitality', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Hotelfachfrau / Hotelfachmann (m/w/d)', en: 'Apprenticeship in hotel management (m/f/d)', ar: 'تدريب مهني في الإدارة الفندقية' },
    task: { de: 'Sie lernen alle Bereiche des Hotels kennen: Rezeption, Service, Housekeeping und Veranstaltungen.', en: 'You get to know every part of the hotel: reception, service, housekeeping and events.' } },
  // logistics
  { key: 'azubi-lager', field: 'logistics', types: [['APPRENTICESHIP']], levels: ['A2', 'B1'],
    title: { de: 'Ausbildung Fachkraft für Lagerlogistik (m/w/d)', en: 'Apprenticeship as a warehouse logistics specialist (m/f/d)', ar: 'تدريب مهني: أخصائي أو أخصائية لوجستيات المستودعات' },
    task: { de: 'Sie lernen Waren anzunehmen, zu prüfen, einzulagern und Lieferungen zusammenzustellen – inklusive Staplerschein.', en: 'You learn to receive, check and store goods and to put together deliveries – including a forklift licence.' } },
  { key: 'lagerhelfer', field: 'logistics', types: [['FULL_TIME'], ['TEMPORARY'], ['FULL_TIME', 'TEMPORARY']], levels: ['A1', 'A2'],
    title: { de: 'Lagerhelferin / Lagerhelfer (m/w/d)', en: 'Warehouse worker (m/f/d)', ar: 'عامل أو عاملة مستودع' },
    task: { de: 'Sie kommissionieren Bestellungen mit dem Handscanner, verpacken Waren und beladen Fahrzeuge.', en: 'You pick orders with a handheld scanner, pack goods and load vehicles.' } },
  { key: 'fahrer', field: 'logistics', types: [['FULL_TIME']], levels: ['B1'],
    title: { de: 'Berufskraftfahrerin / Berufskraftfahrer im Nahverkehr (m/w/d)', en: 'Professional driver for local deliveries (m/f/d)', ar: 'سائق أو سائقة توصيل محلي' },
    task: { de: 'Sie beliefern Kundinnen und Kunden in der Region, meist mit festen Touren und ohne Übernachtung.', en: 'You deliver to customers in the region, mostly on fixed routes without overnight stays.' },
    req: { de: 'Führerschein Klasse C oder CE; ausländische Führerscheine helfen wir umzuschreiben.', en: 'Driving licence category C or CE; we help you convert a foreign licence.' } },
  { key: 'zusteller', field: 'logistics', types: [['MINI_JOB']], levels: ['A1', 'A2'],
    title: { de: 'Zustellerin / Zusteller für Pakete – Minijob (m/w/d)', en: 'Parcel delivery driver – mini-job (m/f/d)', ar: 'موزع أو موزعة طرود – وظيفة صغيرة' },
    task: { de: 'Sie stellen samstags Pakete in einem festen Bezirk zu. Ein Fahrzeug wird gestellt.', en: 'You deliver parcels in a fixed area on Saturdays. A vehicle is provided.' } },
  // crafts
  { key: 'azubi-elektro', field: 'crafts', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Elektronikerin / Elektroniker für Energie- und Gebäudetechnik (m/w/d)', en: 'Apprenticeship as an electronics technician for energy and building services (m/f/d)', ar: 'تدريب مهني: فني أو فنية إلكترونيات لتقنيات الطاقة والمباني' },
    task: { de: 'Sie installieren Leitungen, Photovoltaikanlagen und Smart-Home-Technik in Wohn- und Bürogebäuden.', en: 'You install wiring, solar systems and smart home technology in homes and office buildings.' } },
  { key: 'tischler', field: 'crafts', types: [['FULL_TIME']], levels: ['A2', 'B1'],
    title: { de: 'Tischlerin / Tischler (m/w/d)', en: 'Carpenter / joiner (m/f/d)', ar: 'نجّار أو نجّارة' },
    task: { de: 'Sie fertigen Möbel und Innenausbauten in unserer Werkstatt und montieren sie bei Kundinnen und Kunden.', en: 'You make furniture and interior fittings in our workshop and install them at customers’ premises.' } },
  { key: 'azubi-shk', field: 'crafts', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Anlagenmechanikerin / Anlagenmechaniker SHK (m/w/d)', en: 'Apprenticeship as a plumbing and heating technician (m/f/d)', ar: 'تدريب مهني: فني أو فنية تركيبات صحية وتدفئة وتكييف' },
    task: { de: 'Sie lernen, Heizungen, Wärmepumpen und Bäder zu installieren und zu warten.', en: 'You learn to install and service heating systems, heat pumps and bathrooms.' } },
  { key: 'kfz', field: 'crafts', types: [['FULL_TIME']], levels: ['B1'],
    title: { de: 'Kfz-Mechatronikerin / Kfz-Mechatroniker (m/w/d)', en: 'Automotive mechatronics technician (m/f/d)', ar: 'فني أو فنية ميكاترونيكس السيارات' },
    task: { de: 'Sie warten und reparieren Pkw aller Marken, von der Inspektion bis zur Fehlerdiagnose am Computer.', en: 'You service and repair cars of all makes, from inspections to computer diagnostics.' } },
  // construction
  { key: 'bauhelfer', field: 'construction', types: [['FULL_TIME'], ['TEMPORARY']], levels: ['A1', 'A2'],
    title: { de: 'Bauhelferin / Bauhelfer (m/w/d)', en: 'Construction worker (m/f/d)', ar: 'عامل أو عاملة بناء' },
    task: { de: 'Sie unterstützen unsere Facharbeiter auf Baustellen im Wohnungsbau: Material transportieren, Schalungen bauen, aufräumen.', en: 'You support our skilled workers on residential building sites: moving materials, building formwork, clearing up.' } },
  { key: 'azubi-maurer', field: 'construction', types: [['APPRENTICESHIP']], levels: ['A2', 'B1'],
    title: { de: 'Ausbildung Maurerin / Maurer (m/w/d)', en: 'Apprenticeship as a bricklayer (m/f/d)', ar: 'تدريب مهني: بنّاء أو بنّاءة' },
    task: { de: 'Sie lernen, Mauern zu errichten, Beton zu verarbeiten und Altbauten zu sanieren.', en: 'You learn to build walls, work with concrete and renovate old buildings.' } },
  { key: 'maler', field: 'construction', types: [['FULL_TIME']], levels: ['A2'],
    title: { de: 'Malerin und Lackiererin / Maler und Lackierer (m/w/d)', en: 'Painter and decorator (m/f/d)', ar: 'دهّان أو دهّانة' },
    task: { de: 'Sie streichen, tapezieren und gestalten Fassaden und Innenräume.', en: 'You paint, hang wallpaper and decorate façades and interiors.' } },
  // retail
  { key: 'verkauf', field: 'retail', types: [['FULL_TIME'], ['PART_TIME']], levels: ['B1'],
    title: { de: 'Verkäuferin / Verkäufer im Lebensmittelmarkt (m/w/d)', en: 'Sales assistant in a supermarket (m/f/d)', ar: 'بائع أو بائعة في متجر مواد غذائية' },
    task: { de: 'Sie beraten Kundinnen und Kunden, arbeiten an der Kasse und an der Frischetheke.', en: 'You advise customers and work on the tills and at the fresh food counter.' } },
  { key: 'regale', field: 'retail', types: [['MINI_JOB']], levels: ['A1'],
    title: { de: 'Warenverräumung – Minijob (m/w/d)', en: 'Shelf stacker – mini-job (m/f/d)', ar: 'موظف أو موظفة ترتيب الرفوف – وظيفة صغيرة' },
    task: { de: 'Sie räumen frühmorgens Waren in die Regale und achten auf Ordnung und Haltbarkeitsdaten.', en: 'You stock the shelves early in the morning and check that everything is tidy and within its best-before date.' } },
  { key: 'azubi-einzelhandel', field: 'retail', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Kauffrau / Kaufmann im Einzelhandel (m/w/d)', en: 'Apprenticeship in retail sales (m/f/d)', ar: 'تدريب مهني: موظف أو موظفة مبيعات في تجارة التجزئة' },
    task: { de: 'Sie lernen Verkauf, Warenwirtschaft, Kasse und Kundenberatung in einem modernen Fachmarkt.', en: 'You learn sales, stock management, till work and customer advice in a modern specialist store.' } },
  // manufacturing
  { key: 'produktion', field: 'manufacturing', types: [['FULL_TIME'], ['TEMPORARY'], ['FULL_TIME', 'TEMPORARY']], levels: ['A1', 'A2'],
    title: { de: 'Produktionshelferin / Produktionshelfer (m/w/d)', en: 'Production worker (m/f/d)', ar: 'عامل أو عاملة إنتاج' },
    task: { de: 'Sie bestücken Maschinen, kontrollieren Teile und verpacken fertige Produkte im Dreischichtbetrieb.', en: 'You load machines, check parts and pack finished products in a three-shift operation.' } },
  { key: 'maschinenfuehrer', field: 'manufacturing', types: [['FULL_TIME']], levels: ['A2', 'B1'],
    title: { de: 'Maschinen- und Anlagenführerin / Maschinen- und Anlagenführer (m/w/d)', en: 'Machine and plant operator (m/f/d)', ar: 'مشغّل أو مشغّلة آلات ومعدات' },
    task: { de: 'Sie richten Produktionsanlagen ein, überwachen den Ablauf und beheben kleinere Störungen.', en: 'You set up production lines, monitor operations and fix minor faults.' } },
  { key: 'azubi-industriemechanik', field: 'manufacturing', types: [['APPRENTICESHIP']], levels: ['B1'],
    title: { de: 'Ausbildung Industriemechanikerin / Industriemechaniker (m/w/d)', en: 'Apprenticeship as an industrial mechanic (m/f/d)', ar: 'تدريب مهني: ميكانيكي أو ميكانيكية صناعية' },
    task: { de: 'Sie lernen, Maschinen zu bauen, zu warten und instand zu setzen – von der Zeichnung bis zur Montage.', en: 'You learn to build, maintain and repair machines – from the technical drawing to assembly.' } },
  // cleaning
  { key: 'reinigung-mini', field: 'cleaning', types: [['MINI_JOB']], levels: ['A1'],
    title: { de: 'Reinigungskraft für Büros – Minijob (m/w/d)', en: 'Office cleaner – mini-job (m/f/d)', ar: 'عامل أو عاملة تنظيف مكاتب – وظيفة صغيرة' },
    task: { de: 'Sie reinigen am frühen Abend Büroräume in der Innenstadt, etwa zwei Stunden pro Tag.', en: 'You clean offices in the town centre in the early evening, about two hours a day.' } },
  { key: 'reinigung-teilzeit', field: 'cleaning', types: [['PART_TIME']], levels: ['A1', 'A2'],
    title: { de: 'Reinigungskraft in Teilzeit (m/w/d)', en: 'Part-time cleaner (m/f/d)', ar: 'عامل أو عاملة تنظيف بدوام جزئي' },
    task: { de: 'Sie reinigen Schulen und Kitas am Vormittag. Die Arbeitszeiten passen gut zur Kinderbetreuung.', en: 'You clean schools and daycare centres in the mornings. The hours fit well with childcare.' } },
  { key: 'azubi-gebaeudereinigung', field: 'cleaning', types: [['APPRENTICESHIP']], levels: ['A2'],
    title: { de: 'Ausbildung Gebäudereinigerin / Gebäudereiniger (m/w/d)', en: 'Apprenticeship as a building cleaner (m/f/d)', ar: 'تدريب مهني: عامل أو عاملة تنظيف المباني' },
    task: { de: 'Sie lernen Glas-, Fassaden- und Unterhaltsreinigung sowie den Umgang mit Maschinen und Reinigungsmitteln.', en: 'You learn window, façade and maintenance cleaning and how to use machines and cleaning agents.' } },
  // agriculture
  { key: 'ernte', field: 'agriculture', types: [['TEMPORARY'], ['TEMPORARY', 'MINI_JOB']], levels: ['A1'],
    title: { de: 'Erntehelferin / Erntehelfer (m/w/d)', en: 'Harvest worker (m/f/d)', ar: 'عامل أو عاملة حصاد' },
    task: { de: 'Sie ernten Spargel, Erdbeeren und Äpfel und sortieren das Obst und Gemüse für den Hofladen.', en: 'You harvest asparagus, strawberries and apples and sort the fruit and vegetables for the farm shop.' } },
  { key: 'tierhaltung', field: 'agriculture', types: [['FULL_TIME']], levels: ['A2'],
    title: { de: 'Mitarbeiterin / Mitarbeiter in der Tierhaltung (m/w/d)', en: 'Livestock worker (m/f/d)', ar: 'عامل أو عاملة في تربية الحيوانات' },
    task: { de: 'Sie versorgen unsere Milchkühe, helfen beim Melken und achten auf die Gesundheit der Tiere.', en: 'You look after our dairy cows, help with milking and keep an eye on the animals’ health.' } },
  { key: 'azubi-galabau', field: 'agriculture', types: [['APPRENTICESHIP']], levels: ['A2', 'B1'],
    title: { de: 'Ausbildung Gärtnerin / Gärtner im Garten- und Landschaftsbau (m/w/d)', en: 'Apprenticeship as a landscape gardener (m/f/d)', ar: 'تدريب مهني: بستاني أو بستانية في تنسيق الحدائق' },
    task: { de: 'Sie legen Gärten, Wege und Spielplätze an und pflegen Grünflächen in der Stadt.', en: 'You lay out gardens, paths and playgrounds and maintain green spaces in town.' } },
  // office
  { key: 'buero', field: 'office', types: [['FULL_TIME'], ['PART_TIME']], levels: ['B2', 'C1'],
    title: { de: 'Kaufmännische Angestellte / Kaufmännischer Angestellter (m/w/d)', en: 'Office administrator (m/f/d)', ar: 'موظف إداري أو موظفة إدارية' },
    task: { de: 'Sie bearbeiten Anfragen, schreiben Angebote und Rechnungen und organisieren Termine.', en: 'You deal with enquiries, write quotes and invoices and organise appointments.' } },
  { key: 'azubi-buero', field: 'office', types: [['APPRENTICESHIP']], levels: ['B2'],
    title: { de: 'Ausbildung Kauffrau / Kaufmann für Büromanagement (m/w/d)', en: 'Apprenticeship in office management (m/f/d)', ar: 'تدريب مهني في إدارة المكاتب' },
    task: { de: 'Sie lernen Buchhaltung, Personalwesen, Einkauf und Kundenkommunikation kennen.', en: 'You get to know accounting, HR, purchasing and customer communication.' } },
  { key: 'buchhaltung', field: 'office', types: [['FULL_TIME']], levels: ['C1'],
    title: { de: 'Sachbearbeiterin / Sachbearbeiter Buchhaltung (m/w/d)', en: 'Accounts clerk (m/f/d)', ar: 'موظف أو موظفة محاسبة' },
    task: { de: 'Sie buchen laufende Geschäftsvorfälle, betreuen Mahnwesen und bereiten Monatsabschlüsse vor.', en: 'You post day-to-day transactions, handle payment reminders and prepare the monthly accounts.' } },
  // it
  { key: 'software', field: 'it', types: [['FULL_TIME']], levels: ['B1', 'B2'],
    title: { de: 'Softwareentwicklerin / Softwareentwickler (m/w/d)', en: 'Software developer (m/f/d)', ar: 'مطوّر أو مطوّرة برمجيات' },
    task: { de: 'Sie entwickeln Webanwendungen für Kunden aus Verwaltung und Mittelstand. Teamsprache ist Deutsch und Englisch.', en: 'You develop web applications for public-sector and medium-sized clients. The team works in German and English.' } },
  { key: 'it-support', field: 'it', types: [['FULL_TIME'], ['PART_TIME']], levels: ['B1', 'B2'],
    title: { de: 'IT-Supporterin / IT-Supporter (m/w/d)', en: 'IT support technician (m/f/d)', ar: 'فني أو فنية دعم تقني' },
    task: { de: 'Sie richten Arbeitsplätze ein, lösen Probleme am Telefon und vor Ort und betreuen Netzwerke kleiner Firmen.', en: 'You set up workstations, solve problems by phone and on site and look after small companies’ networks.' } },
  { key: 'azubi-fisi', field: 'it', types: [['APPRENTICESHIP']], levels: ['B1', 'B2'],
    title: { de: 'Ausbildung Fachinformatikerin / Fachinformatiker für Systemintegration (m/w/d)', en: 'Apprenticeship as an IT specialist for systems integration (m/f/d)', ar: 'تدريب مهني: أخصائي أو أخصائية معلوماتية لتكامل الأنظمة' },
    task: { de: 'Sie lernen Server, Netzwerke und Cloud-Dienste zu planen, einzurichten und zu betreuen.', en: 'You learn to plan, set up and maintain servers, networks and cloud services.' } },
  // education
  { key: 'erzieher', field: 'education', types: [['FULL_TIME'], ['PART_TIME']], levels: ['C1'],
    title: { de: 'Erzieherin / Erzieher (m/w/d)', en: 'Early years educator (m/f/d)', ar: 'مربٍّ أو مربية أطفال' },
    task: { de: 'Sie begleiten Kinder von einem bis sechs Jahren in einer mehrsprachigen Kita und arbeiten eng mit den Eltern zusammen.', en: 'You care for children aged one to six in a multilingual daycare centre and work closely with parents.' } },
  { key: 'daz', field: 'education', types: [['PART_TIME'], ['FULL_TIME']], levels: ['C2'],
    title: { de: 'Lehrkraft für Deutsch als Zweitsprache (m/w/d)', en: 'Teacher of German as a second language (m/f/d)', ar: 'معلّم أو معلّمة للألمانية كلغة ثانية' },
    task: { de: 'Sie unterrichten Integrations- und Berufssprachkurse von A1 bis C1 und nehmen Prüfungen ab.', en: 'You teach integration and job-related language courses from A1 to C1 and conduct exams.' } },
  { key: 'lernbegleitung', field: 'education', types: [['MINI_JOB']], levels: ['B2'],
    title: { de: 'Lernbegleiterin / Lernbegleiter für die Hausaufgabenhilfe – Minijob (m/w/d)', en: 'Homework tutor – mini-job (m/f/d)', ar: 'مرافق أو مرافقة تعليمية للمساعدة في الواجبات – وظيفة صغيرة' },
    task: { de: 'Sie helfen Grundschulkindern nachmittags bei Hausaufgaben, Lesen und Rechnen.', en: 'You help primary school children with homework, reading and arithmetic in the afternoons.' } },
  // social
  { key: 'sozialarbeit', field: 'social', types: [['FULL_TIME'], ['PART_TIME']], levels: ['C1'],
    title: { de: 'Sozialarbeiterin / Sozialarbeiter in der Migrationsberatung (m/w/d)', en: 'Social worker in migration counselling (m/f/d)', ar: 'أخصائي أو أخصائية اجتماعية في استشارات الهجرة' },
    task: { de: 'Sie beraten Zugewanderte zu Aufenthalt, Arbeit und Familie und arbeiten mit Behörden und Ehrenamtlichen zusammen.', en: 'You advise immigrants on residence, work and family matters and work with the authorities and volunteers.' } },
  { key: 'sprachmittlung-ar', field: 'social', types: [['PART_TIME']], levels: ['C1', 'C2'],
    title: { de: 'Sprach- und Kulturmittlerin / Sprach- und Kulturmittler Arabisch–Deutsch (m/w/d)', en: 'Language and cultural mediator Arabic–German (m/f/d)', ar: 'وسيط أو وسيطة لغوية وثقافية عربي–ألماني' },
    task: { de: 'Sie dolmetschen in Beratungsgesprächen, bei Elternabenden und Arztterminen.', en: 'You interpret in counselling sessions, at parents’ evenings and at medical appointments.' },
    req: { de: 'Sehr gute Kenntnisse in Arabisch und Deutsch, Einfühlungsvermögen und Verschwiegenheit.', en: 'Excellent Arabic and German, empathy and discretion.' } },
  { key: 'wohngruppe', field: 'social', types: [['FULL_TIME'], ['PART_TIME']], levels: ['B2'],
    title: { de: 'Betreuerin / Betreuer in einer Wohngruppe für Jugendliche (m/w/d)', en: 'Support worker in a residential group for young people (m/f/d)', ar: 'مشرف أو مشرفة في مجموعة سكنية للشباب' },
    task: { de: 'Sie begleiten junge Geflüchtete im Alltag, bei Schule und Ausbildung und auf dem Weg in die eigene Wohnung.', en: 'You support young refugees in everyday life, at school and in training, and on the way to a home of their own.' } },
  { key: 'sprachmittlung-uk', field: 'social', types: [['MINI_JOB']], levels: ['C1'],
    title: { de: 'Sprachmittlerin / Sprachmittler Ukrainisch–Deutsch – Minijob (m/w/d)', en: 'Language mediator Ukrainian–German – mini-job (m/f/d)', ar: 'وسيط أو وسيطة لغوية أوكراني–ألماني – وظيفة صغيرة' },
    task: { de: 'Sie begleiten Familien zu Terminen bei Schule, Arzt und Behörden, etwa sechs Stunden pro Woche.', en: 'You accompany families to appointments at school, the doctor’s and public offices, about six hours a week.' },
    req: { de: 'Sehr gute Kenntnisse in Ukrainisch und Deutsch; Russischkenntnisse sind von Vorteil.', en: 'Excellent Ukrainian and German; Russian is an advantage.' } },
];

const COAST = ['Rostock', 'Stralsund', 'Greifswald', 'Wismar', 'Wolgast', 'Bergen auf Rügen', 'Ribnitz-Damgarten'];
/** Fictional employers per field; state = only in that state, towns = only there. {town} = town name. */
const EMPLOYERS = {
  care: [{ name: 'Pflegedienst Lindenhof {town} GmbH' }, { name: 'Seniorenresidenz Am Stadtpark' }, { name: 'Ambulante Pflege Herzenswärme {town}' }, { name: 'Pflegeheim Sonnenhang gGmbH' }],
  health: [{ name: 'Gesundheitszentrum Lindenhöhe' }, { name: 'Zahnarztpraxis Dr. Weißmüller' }, { name: 'Hausarztpraxis Dr. Öztürk & Kollegen' }, { name: 'Fachklinik Seeblick {town}', state: 'MV' }],
  hospitality: [{ name: 'Hotel Ostseeblick', towns: COAST }, { name: 'Restaurant Zum Fischkutter', towns: COAST }, { name: 'Gasthaus Zur Thüringer Linde', state: 'TH' }, { name: 'Hotel Waldblick', state: 'TH' }, { name: 'Hotel Am Schlosspark' }, { name: 'Kantine Frischküche {town} GmbH' }],
  logistics: [{ name: 'Logistikzentrum Nordkurs GmbH', state: 'MV' }, { name: 'Lagerhaus Mittelpunkt GmbH', state: 'TH' }, { name: 'Spedition Kranich & Partner' }, { name: 'Paketdienst Eilbote {town}' }],
  crafts: [{ name: 'Tischlerei Holzmann & Söhne' }, { name: 'Elektro Funkenflug GmbH' }, { name: 'Haustechnik Wärmequelle GmbH' }, { name: 'Autowerkstatt Kolbenring' }],
  construction: [{ name: 'Bauunternehmen Grundstein {town} GmbH' }, { name: 'Malerbetrieb Farbtupfer' }, { name: 'Hoch- und Tiefbau Fundament GmbH' }],
  retail: [{ name: 'Frischmarkt Sonnenschein' }, { name: 'Kaufhaus Kompass {town}' }, { name: 'Drogerie Seifenblase' }, { name: 'Baumarkt Werkzeugkiste GmbH' }],
  manufacturing: [{ name: 'Metallbau Kranich GmbH' }, { name: 'Kunststofftechnik Ilmtal GmbH', towns: ['Ilmenau', 'Arnstadt'] }, { name: 'Glaswerk Waldglanz GmbH', state: 'TH' }, { name: 'Fischverarbeitung Küstenfang GmbH', towns: COAST }, { name: 'Bootsbau Ankerkette GmbH', towns: COAST }],
  cleaning: [{ name: 'Gebäudereinigung Glanzwerk GmbH' }, { name: 'Reinigungsservice Blitzblank' }, { name: 'Hausmeisterdienst Besenrein {town}' }],
  agriculture: [{ name: 'Gemüsehof Feldmark' }, { name: 'Agrargenossenschaft Ährenfeld eG' }, { name: 'Obsthof Apfelgarten' }, { name: 'Milchhof Kuhweide GbR' }],
  office: [{ name: 'Hausverwaltung Eckstein GmbH' }, { name: 'Steuerbüro Zahlenwerk' }, { name: 'Versicherungsbüro Schutzschild' }],
  it: [{ name: 'Softwarehaus Bytewerk GmbH' }, { name: 'IT-Service Netzknoten' }, { name: 'Datenschmiede {town} GmbH' }],
  education: [{ name: 'Kita Wiesenzwerge' }, { name: 'Sprachschule Brücke {town} gGmbH' }, { name: 'Lernwerkstatt {quarter}' }, { name: 'Bildungshaus Kompass {town} gGmbH' }],
  social: [{ name: 'Netzwerk Ankommen {town} e. V.' }, { name: 'Wohngruppe Brückenbauer gGmbH' }, { name: 'Beratungsstelle Lotsenhaus {town}' }],
};

/** Field-specific requirements (de, en). */
const FIELD_REQUIREMENTS = {
  care: { de: 'Einfühlungsvermögen und Freude am Umgang mit älteren Menschen.', en: 'Empathy and enjoyment of working with older people.' },
  health: { de: 'Sorgfalt, Teamgeist und ein freundlicher Umgang mit Patientinnen und Patienten.', en: 'Care, team spirit and a friendly manner with patients.' },
  hospitality: { de: 'Freude am Kontakt mit Gästen und Bereitschaft zur Arbeit am Wochenende.', en: 'You enjoy dealing with guests and are willing to work weekends.' },
  logistics: { de: 'Körperliche Belastbarkeit und Zuverlässigkeit; ein Staplerschein ist von Vorteil.', en: 'Physically fit and reliable; a forklift licence is an advantage.' },
  crafts: { de: 'Handwerkliches Geschick und technisches Verständnis.', en: 'Manual dexterity and technical understanding.' },
  construction: { de: 'Körperliche Fitness und Bereitschaft, bei jedem Wetter draußen zu arbeiten.', en: 'Physical fitness and willingness to work outdoors in all weathers.' },
  retail: { de: 'Freundliches Auftreten und Freude am Kontakt mit Kundinnen und Kunden.', en: 'A friendly manner and enjoyment of dealing with customers.' },
  manufacturing: { de: 'Sorgfältige Arbeitsweise und Bereitschaft zur Schichtarbeit.', en: 'A careful way of working and willingness to work shifts.' },
  cleaning: { de: 'Zuverlässigkeit und gründliches Arbeiten.', en: 'Reliability and thoroughness.' },
  agriculture: { de: 'Freude an der Arbeit im Freien, mit Tieren oder Pflanzen.', en: 'You enjoy working outdoors and with animals or plants.' },
  office: { de: 'Sicherer Umgang mit dem Computer und gute Organisation.', en: 'Confident computer skills and good organisation.' },
  it: { de: 'Erfahrung mit gängigen Betriebssystemen und Freude am Lösen von Problemen; Englisch ist willkommen.', en: 'Experience with common operating systems and enjoyment of problem-solving; English is welcome.' },
  education: { de: 'Pädagogische Ausbildung oder Erfahrung in der Arbeit mit Kindern und Jugendlichen.', en: 'A teaching qualification or experience of working with children and young people.' },
  social: { de: 'Abgeschlossenes Studium der Sozialen Arbeit oder vergleichbare Erfahrung.', en: 'A degree in social work or comparable experience.' },
};
const APPRENTICESHIP_REQUIREMENT = {
  de: 'Ein Schulabschluss – auch aus dem Ausland – und Lust zu lernen.',
  en: 'A school-leaving qualification – a foreign one is fine – and a desire to learn.',
};
const levelRequirement = (level) => ({
  de: `Deutschkenntnisse mindestens auf Niveau ${level}.`,
  en: `German at level ${level} or above.`,
});

/** What employers offer (de, en); {town} = town name. */
const JOB_BENEFITS = [
  { de: 'Wir bieten einen unbefristeten Arbeitsvertrag und Bezahlung nach Tarif.', en: 'We offer a permanent contract and pay according to the collective agreement.' },
  { de: 'Während der Einarbeitung begleitet Sie eine feste Ansprechperson.', en: 'A dedicated contact person supports you during your induction.' },
  { de: 'Wir unterstützen Sie bei Deutschkursen und bei der Anerkennung Ihrer Abschlüsse.', en: 'We support you with German courses and with the recognition of your qualifications.' },
  { de: 'Die Arbeitszeiten sind familienfreundlich und gut planbar.', en: 'Working hours are family-friendly and easy to plan.' },
  { de: 'Bei der Wohnungssuche in {town} helfen wir Ihnen gern.', en: 'We are happy to help you find a flat in {town}.' },
  { de: 'Ein Deutschlandticket für Bus und Bahn ist inklusive.', en: 'A Deutschlandticket for buses and trains is included.' },
  { de: 'In unserem Team arbeiten Menschen aus vielen Ländern.', en: 'Our team includes people from many countries.' },
];
const APPRENTICESHIP_NOTE = {
  de: 'Die Ausbildung wechselt zwischen Berufsschule und Betrieb; bei Bedarf gibt es Nachhilfe in Deutsch und Fachtheorie.',
  en: 'The apprenticeship alternates between vocational school and the company; extra tuition in German and theory is available if needed.',
};
const MINIJOB_NOTE = {
  de: 'Minijob mit flexiblen Arbeitszeiten, gut vereinbar mit Sprachkurs, Schule oder Studium.',
  en: 'A mini-job with flexible hours that fits well with a language course, school or studies.',
};

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
const HOURS_VARIANTS = {
  course: [
    [slot('mo,tu,we,th,fr', '08:30', '12:45')],
    [slot('mo,tu,we,th,fr', '09:00', '13:15')],
    [slot('mo,tu,we,th', '13:30', '17:45')],
  ],
  course2: [
    [slot('mo,we', '17:30', '19:45')],
    [slot('tu,th', '09:00', '11:15')],
    [slot('mo,th', '14:00', '16:15')],
    [slot('tu,fr', '10:00', '12:15')],
  ],
  afternoonCourse: [[slot('mo,tu,th', '13:00', '16:15')], [slot('tu,we,th', '14:00', '17:15')]],
  cafe: [
    [slot('tu', '15:00', '17:30')],
    [slot('we', '16:00', '18:00')],
    [slot('th', '17:00', '19:30')],
    [slot('fr', '14:30', '17:00')],
    [slot('sa', '10:00', '13:00')],
    [slot('su', '14:00', '17:00')],
    [slot('mo', '16:00', '18:30')],
  ],
  counselling: [
    [slot('mo,tu,we,th,fr', '09:00', '12:00')],
    [slot('mo,tu,we,th', '08:30', '16:00'), slot('fr', '08:30', '13:00')],
    [slot('tu', '09:00', '12:00'), slot('tu', '14:00', '18:00'), slot('th', '09:00', '12:00')],
    [slot('mo,we', '10:00', '13:00'), slot('th', '14:00', '19:00')],
    [slot('mo,tu,th', '09:00', '15:00')],
    [slot('tu,th', '09:00', '12:00'), slot('tu,th', '13:00', '16:00')],
  ],
  dropin: [
    [slot('tu', '14:00', '18:00')],
    [slot('mo,we', '10:00', '13:00')],
    [slot('th', '15:00', '19:00')],
    [slot('we', '09:00', '12:00'), slot('we', '13:00', '17:00')],
  ],
  office: [
    [slot('mo,tu,we,th,fr', '09:00', '12:00')],
    [slot('mo,tu,we,th', '08:00', '16:00'), slot('fr', '08:00', '13:30')],
    [slot('mo,tu,th', '09:00', '15:00'), slot('we', '13:00', '18:00')],
  ],
  evening: [[slot('we', '17:00', '20:30')], [slot('tu,th', '16:00', '21:00')], [slot('mo', '18:00', '20:00')]],
  morningGroup: [[slot('tu', '09:30', '11:30')], [slot('fr', '10:00', '12:00')], [slot('mo,th', '09:00', '11:00')]],
  afternoon: [
    [slot('mo,tu,we,th', '14:00', '16:30')],
    [slot('mo,we', '14:30', '17:00')],
    [slot('tu,th', '13:30', '16:00'), slot('fr', '12:30', '14:30')],
  ],
  garden: [[slot('we', '16:00', '19:00'), slot('sa', '10:00', '14:00')], [slot('sa', '09:00', '13:00')]],
  sport: [[slot('tu', '18:00', '20:00'), slot('su', '11:00', '13:00')], [slot('th', '17:30', '19:00'), slot('sa', '10:00', '12:00')]],
  onlineEvening: [[slot('mo,we,th', '18:30', '20:45')]],
  onlineOffice: [[slot('mo,tu,we,th', '10:00', '16:00')], [slot('mo,tu,we,th,fr', '09:00', '13:00')]],
  hotline: [[slot('mo,tu,we,th,fr', '18:00', '23:00'), slot('sa,su', '10:00', '22:00')]],
  phone: [[slot('mo,we', '10:00', '12:00')], [slot('tu,th', '13:00', '15:00')], [slot('mo,tu,we,th,fr', '08:00', '09:30')]],
};
const hasDay = (weekly, day) => weekly.some((s) => s.days.includes(day));
const NOTE_FITS = [
  (w) => hasDay(w, 'tu') && w.some((s) => s.days.length > 1), // "In den Schulferien nur dienstags."
  () => true,
  (w, kind) => kind.startsWith('course') || kind === 'afternoonCourse',
  (w) => hasDay(w, 'we') && w.every((s) => s.closes <= '18:00'),
  (w, kind) => kind === 'counselling' || kind === 'office',
  () => true,
  (w, kind) => kind === 'cafe' || kind === 'dropin',
];

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
    const fitting = HOURS_NOTES.filter((_, i) => NOTE_FITS[i](hours.weekly ?? [], kind));
    if (fitting.length) {
      const note = pick(fitting);
      hours.note = only(note, chance(0.5) ? ['de', 'en', 'ar', 'uk'] : ['de', 'en', 'ar']);
    }
  }
  return hours;
}

// --- languages ----------------------------------------------------------------------------------

const SPOKEN_POOL = [
  ['ar', 5], ['en', 4], ['fa', 3], ['uk', 3], ['ru', 3], ['tr', 2], ['prs', 1.5], ['ku', 1.5], ['fr', 1.5],
  ['es', 0.8], ['ti', 1], ['so', 0.6], ['ps', 1], ['pl', 0.5],
];
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

const CATEGORY_WEIGHTS = {
  language: 17, 'migration-counselling': 11, legal: 8, work: 9, career: 8, education: 9, family: 10, health: 8,
  housing: 7, crisis: 6, community: 10,
};
const MIN_TOWN_WEIGHT = { studium: 3, 'ohne-versicherung': 3, akademiker: 2, rassismus: 2, 'anpassung-pflege': 2 };
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

const VOLUNTEER_CATEGORIES = ['community', 'education', 'family', 'health', 'housing'];
function buildDescription(intro, langsWanted, { online = false, template }) {
  const langs = langsWanted.filter((l) => intro[l] !== undefined);
  const fits = (s) =>
    !(s.onSite && online) &&
    !(s.kids && /Spielecke|Kinderbetreuung/.test(intro.de)) &&
    !(s.volunteers && !(template.cost === 'free' && VOLUNTEER_CATEGORIES.includes(template.cats[0])));
  const extras = sample(EXTRA_SENTENCES.filter(fits), randInt(1, 2));
  const out = {};
  for (const lang of langs) out[lang] = `${intro[lang]}\n${extras.map((s) => s[lang]).join(' ')}`;
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
const PINNED_OFFERS = [
  { town: 'Rostock', template: 'mbe', org: 'Netzwerk Ankommen {town} e. V.' },
  { town: 'Rostock', template: 'hausaufgabenhilfe', org: 'Lernwerkstatt {quarter}' },
  { town: 'Jena', template: 'deutschkurs-a1', org: 'Sprachschule Brücke {town} gGmbH' },
  { town: 'Gera', template: 'offene-sprechstunde', org: 'Beratungsstelle Lotsenhaus {town}' },
  { town: 'Weimar', template: 'frauencafe', org: 'Frauenzentrum Lichtblick {town}' },
  { town: 'Erfurt', template: 'asylverfahrensberatung', org: 'Beratungsbüro {street}', street: 'Müllerstraße' },
];

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
  const singles = {
    'info-ausbildung': 3, jobmesse: 3, einbuergerung: 2, mietrecht: 2, 'aktionstag-anerkennung': 2, filmabend: 2,
    'erste-hilfe': 2, 'sprachmittler-schulung': 2, elternabend: 2, fest: 2, 'online-familiennachzug': 1, 'online-gesundheit': 1,
  };
  const workday = (iso) => (weekdayOf(iso) === 0 ? addDays(iso, 1) : weekdayOf(iso) === 6 ? addDays(iso, 2) : weekdayOf(iso) === 5 ? addDays(iso, -1) : iso);
  for (const template of SINGLE_EVENT_TEMPLATES) {
    for (let i = 0; i < singles[template.key]; i++) {
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
  title: {
    de: 'Willkommen in Mecklenburg-Vorpommern und Thüringen (Beispielkatalog)',
    en: 'Welcome to Mecklenburg-Western Pomerania and Thuringia (sample catalogue)',
    ar: 'مرحبًا بكم في مكلنبورغ فوربومرن وتورينغن (كتالوج تجريبي)',
    uk: 'Ласкаво просимо до Мекленбургу – Передньої Померанії та Тюрингії (зразок каталогу)',
    fa: 'به مکلنبورگ-فورپومرن و تورینگن خوش آمدید (کاتالوگ نمونه)',
    ru: 'Добро пожаловать в Мекленбург – Переднюю Померанию и Тюрингию (пример каталога)',
  },
  publisher: { name: 'Willkommen Widgets – Beispieldaten', url: 'https://willkommen.example.org/' },
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
