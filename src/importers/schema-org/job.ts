/**
 * schema.org JobPosting → catalogue jobs: employer, place, employment type, occupational field,
 * the German level where the text clearly states one, and how to apply.
 */
import { EMPLOYMENT_TYPES, LIMITS, type CefrLevel, type EmploymentType, type LangMap } from '../../catalogue/schema.js';
import { idPart, plainText } from '../text.js';
import employmentTable from './data/employment-types.json';
import type { MapResult } from './event.js';
import type { Ctx } from './fields.js';
import type { Node } from './graph.js';

const EMPLOYMENT_WORDS = new Map(Object.entries(employmentTable.types));

/** Employment types from "FULL_TIME", "full-time", "Full Time", "Vollzeit", "Vollzeit/Teilzeit"… */
export function employmentTypes(ctx: Ctx, values: readonly string[], at: string): EmploymentType[] | undefined {
  const out: EmploymentType[] = [];
  for (const value of values) {
    for (const part of value.split(/\s*(?:[,;|/+]|\boder\b|\bor\b|\bund\b|\band\b)\s*/i)) {
      const s = part.trim();
      if (!s) continue;
      const upper = s.toUpperCase().replace(/^.*[/#:]/, '').replace(/[\s-]+/g, '_');
      const key = s.toLowerCase().replace(/[\s_\-./]+/g, '');
      const type = (EMPLOYMENT_TYPES as readonly string[]).includes(upper) ? (upper as EmploymentType) : (EMPLOYMENT_WORDS.get(key) as EmploymentType | undefined);
      if (type && (EMPLOYMENT_TYPES as readonly string[]).includes(type)) {
        if (!out.includes(type)) out.push(type);
      } else ctx.unmapped('employment type', s.length > 60 ? 'text' : s, 'not an employment type the kit knows', at);
    }
  }
  return out.length ? out : undefined;
}

const LEVEL_AFTER = /\b(?:deutsch|german)(?:kenntnisse|sprachkenntnisse|sprachniveau|niveau|e sprachkenntnisse| language skills| language| skills| level)?[\s:(–-]*(?:(?:auf|mindestens|mind\.|min\.|ab|at least|at|level|niveau|sprachniveau|ger|cefr|gemäß ger|nach ger)[\s:(–-]*)*([abc][12])\b/giu;
const LEVEL_BEFORE = /\b([abc][12])(?:[\s-]*(?:niveau|level))?[\s-]*(?:in[\s-]*)?(?:deutsch|german)/giu;

/** The CEFR level for German a text clearly states ("Deutsch B1", "German B2", "Deutschkenntnisse (B1)", "B2-Deutschkenntnisse"). */
export function germanLevel(text: string): CefrLevel | 'ambiguous' | undefined {
  const s = text.slice(0, 40_000);
  const found = new Set<string>();
  for (const re of [LEVEL_AFTER, LEVEL_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) found.add(m[1].toUpperCase());
  }
  if (found.size === 0) return undefined;
  if (found.size > 1) return 'ambiguous';
  return [...found][0] as CefrLevel;
}

function allTexts(map: LangMap | undefined): string {
  if (map === undefined) return '';
  return typeof map === 'string' ? map : Object.values(map).join('\n');
}

/** Maps a job posting. */
export function mapJob(ctx: Ctx, node: Node, at: string): MapResult {
  const g = ctx.graph;
  const title = ctx.langMap(node, ['title', 'name'], LIMITS.title, 'title', at);
  if (!title) return { ok: false, reason: 'it has no title' };
  const record: Record<string, unknown> = { title };
  const description = ctx.langMap(node, 'description', LIMITS.description, 'description', at);
  if (description) record.description = description;

  // Requirements: qualifications, experience, education and skills, as written.
  const requirementTexts = ['qualifications', 'experienceRequirements', 'educationRequirements', 'skills'].map((name) => {
    const direct = ctx.langMap(node, name, LIMITS.description, 'requirements', at);
    if (direct) return direct;
    const texts = g.nodes(node, name, 5).flatMap((n) => [...g.texts(n, 'description'), ...g.texts(n, 'name'), ...g.texts(n, 'credentialCategory')]);
    return texts.length ? ctx.langMapOf(texts.slice(0, 1), LIMITS.description, 'requirements', at) : undefined;
  });
  const requirements = ctx.joinLangMaps(requirementTexts, LIMITS.description, 'requirements', at);
  if (requirements) record.requirements = requirements;

  // Employer: the hiring organisation's name and web address (url, else sameAs).
  let employerName: string | undefined;
  for (const val of g.values(node, 'hiringOrganization', 3)) {
    const s = g.scalar(val);
    if (typeof s === 'string') {
      employerName = ctx.clean(s, LIMITS.name, 'employer name', at);
      if (employerName) {
        record.employer = { name: employerName };
        break;
      }
      continue;
    }
    const org = g.asNode(val);
    if (!org) continue;
    employerName = ctx.text(org, ['name', 'legalName', 'alternateName'], LIMITS.name, 'employer name', at);
    if (!employerName) continue;
    const url = ctx.firstWebUrl([...g.links(org, 'url'), ...g.links(org, 'sameAs')], org.doc.base, at);
    record.employer = url ? { name: employerName, url } : { name: employerName };
    break;
  }
  if (!record.employer) ctx.unmapped('job', 'no employer', 'the posting names no hiring organisation; kept without one', at);

  // Place: the first job location; the others are reported.
  const where = ctx.place(node, 'jobLocation', at);
  if (where.location) record.location = where.location;

  const types = employmentTypes(
    ctx,
    g.values(node, 'employmentType', 10).map((v) => g.enumeration(v) ?? '').filter(Boolean).map((s) => plainText(s, { readLimit: 200 })),
    at,
  );
  if (types) record.employmentType = types;

  // Field: occupational category (text or CategoryCode), else industry, as an id.
  for (const name of ['occupationalCategory', 'industry']) {
    let label: string | undefined;
    for (const val of g.values(node, name, 3)) {
      const s = g.scalar(val);
      const n = typeof s === 'string' || typeof s === 'number' ? undefined : g.asNode(val);
      label = typeof s === 'string' || typeof s === 'number' ? String(s) : g.text(n, 'name') ?? g.text(n, 'codeValue');
      if (label) break;
    }
    const id = label ? idPart(plainText(label, { readLimit: 500 })).toLowerCase().slice(0, LIMITS.id).replace(/[^a-z0-9]+$/, '') : '';
    if (id) {
      record.field = id;
      break;
    }
  }

  const level = germanLevel([allTexts(description), allTexts(requirements)].join('\n'));
  if (level === 'ambiguous') ctx.unmapped('job', 'several German levels', 'the text names more than one level for German; left out', at);
  else if (level) record.germanLevel = level;

  const posted = ctx.date(g.text(node, 'datePosted'), 'datePosted', at);
  if (posted) record.datePosted = posted.value;
  const valid = ctx.date(g.text(node, 'validThrough'), 'validThrough', at);
  if (valid) record.validThrough = valid.value;

  // Applying: a link, an e-mail address, a phone number.
  const apply: Record<string, string> = {};
  const contacts = g.nodes(node, 'applicationContact', 5);
  const contactUrl = ctx.firstWebUrl(contacts.flatMap((c) => g.links(c, 'url', 3)), node.doc.base, at);
  const ownUrl = ctx.firstWebUrl(g.links(node, 'url'), node.doc.base, at);
  const applyUrl = contactUrl ?? ownUrl;
  if (applyUrl) apply.url = applyUrl;
  for (const val of g.values(node, 'applicationContact', 5)) {
    const s = g.scalar(val);
    if (typeof s !== 'string') continue;
    if (s.includes('@') && !apply.email) {
      const email = ctx.email(s, at);
      if (email) apply.email = email;
    } else if (!apply.url && !apply.phone) {
      if (/^\s*(?:https?:|www\.)/i.test(s) || /^\s*[a-z][a-z0-9+.-]*:/i.test(s) && !/^\s*tel:/i.test(s)) {
        const url = ctx.webUrl(s, node.doc.base, at);
        if (url) apply.url = url;
      } else {
        const phone = ctx.phone(s, at);
        if (phone) apply.phone = phone;
      }
    }
  }
  for (const contact of contacts) {
    if (!apply.email) {
      const email = ctx.email(g.text(contact, 'email'), at);
      if (email) apply.email = email;
    }
    if (!apply.phone) {
      const phone = ctx.phone(g.text(contact, 'telephone'), at);
      if (phone) apply.phone = phone;
    }
  }
  if (Object.keys(apply).length) record.apply = apply;

  const basis = node.key && !node.id?.startsWith('_:') ? node.key : applyUrl ?? `${employerName ?? ''}-${typeof title === 'string' ? title : Object.values(title)[0]}`;
  return { ok: true, records: [{ record, idBasis: basis }] };
}
