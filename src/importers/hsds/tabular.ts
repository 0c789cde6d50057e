/**
 * HSDS tabular data packages → services in the nested 3.0 JSON shape, for the one mapping in
 * map.ts. Reads the 3.0 layout (addresses, schedules, attributes, taxonomy_terms, cost_options),
 * the 2.x layout (physical/postal_addresses, services_at_location, service_attributes), the 1.x
 * layout (regular/holiday_schedules, eligibility, fees, services_taxonomy, taxonomy) and the older
 * Ohana one (services hang off locations through services.location_id; mail_addresses; taxonomy_ids).
 * A datapackage.json names the files; without one, files are found by their usual names.
 */
import { parseCsv } from '../csv.js';
import type { SafeLog } from '../log.js';
import { findFile } from '../source.js';
import { plainLine } from '../text.js';
import type { ImportSource } from '../types.js';
import type { Term, TermLookup } from './categories.js';
import { HSDS_CATALOGUE_TAXONOMY } from './export.js';
import { field, isObj, str, type Obj } from './values.js';

export type Row = Record<string, string>;

export interface Table {
  file: string;
  rows: Row[];
  /** Line numbers of the rows (CSV), for messages. */
  lines?: number[];
}

/** The tables the importer reads, each with the file names the HSDS versions give it. */
export const TABLE_FILES = {
  organizations: ['organizations', 'organization'],
  services: ['services', 'service'],
  locations: ['locations', 'location'],
  sal: ['service_at_location', 'services_at_location', 'service_at_locations', 'services_at_locations'],
  addresses: ['addresses', 'address'],
  physical: ['physical_addresses', 'physical_address'],
  postal: ['postal_addresses', 'postal_address', 'mail_addresses', 'mail_address'],
  phones: ['phones', 'phone'],
  contacts: ['contacts', 'contact'],
  schedules: ['schedules', 'schedule'],
  regular: ['regular_schedules', 'regular_schedule'],
  holiday: ['holiday_schedules', 'holiday_schedule'],
  languages: ['languages', 'language'],
  eligibility: ['eligibility', 'eligibilities'],
  fees: ['fees', 'fee'],
  costOptions: ['cost_options', 'cost_option'],
  requiredDocuments: ['required_documents', 'required_document'],
  accessibility: ['accessibility', 'accessibility_for_disabilities'],
  attributes: ['attributes', 'attribute'],
  serviceAttributes: ['service_attributes', 'service_attribute'],
  servicesTaxonomy: ['services_taxonomy', 'service_taxonomy', 'services_taxonomies'],
  taxonomyTerms: ['taxonomy_terms', 'taxonomy_term'],
  taxonomy: ['taxonomy'],
  taxonomies: ['taxonomies'],
} as const;

export type TableName = keyof typeof TABLE_FILES;
export type Tables = Partial<Record<TableName, Table>>;

const NAME_TO_TABLE = new Map<string, TableName>();
for (const [table, names] of Object.entries(TABLE_FILES) as [TableName, readonly string[]][]) {
  for (const name of names) NAME_TO_TABLE.set(name, table);
}

/** The table a file or data-package resource name stands for ("Services.csv", "service_at_location"). */
export function tableOf(name: string): TableName | undefined {
  const base = name.split('/').pop()?.toLowerCase().replace(/\.csv$/, '').replace(/[\s-]+/g, '_') ?? '';
  return NAME_TO_TABLE.get(base);
}

function normalColumn(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Rows with lower-case column names ("Service ID" → "service_id"). */
function normalRows(rows: Row[], columns: readonly string[]): Row[] {
  if (columns.every((c) => normalColumn(c) === c)) return rows;
  const names = new Map(columns.map((c) => [c, normalColumn(c)]));
  return rows.map((row) => {
    const out: Row = Object.create(null);
    for (const key of Object.keys(row)) out[names.get(key) ?? normalColumn(key)] = row[key];
    return out;
  });
}

/** Rows of a JSON table (the tabular.json form: { "services.csv": [ {…}, … ] }): values as text. */
export function jsonRows(items: unknown): Row[] {
  const rows: Row[] = [];
  if (!Array.isArray(items)) return rows;
  for (const item of items) {
    if (!isObj(item)) continue;
    const row: Row = Object.create(null);
    for (const key of Object.keys(item)) {
      const value = item[key];
      const s = Array.isArray(value) ? value.map(str).filter(Boolean).join(', ') : str(value);
      if (s) row[normalColumn(key)] = s;
    }
    rows.push(row);
  }
  return rows;
}

interface Resource {
  table: TableName;
  path: string;
}

/** The tables named by datapackage.json (path resolved against its folder); files it lists but the package lacks are logged once. */
function resources(descriptor: unknown, descriptorFile: string, source: ImportSource, log: SafeLog): Resource[] {
  const folder = descriptorFile.includes('/') ? descriptorFile.slice(0, descriptorFile.lastIndexOf('/') + 1) : '';
  const out: Resource[] = [];
  const list = isObj(descriptor) && Array.isArray(descriptor.resources) ? descriptor.resources : [];
  for (const r of list) {
    if (!isObj(r)) continue;
    const rawPath = Array.isArray(r.path) ? str(r.path[0]) : str(r.path);
    // The file name first: 3.0 names the list of taxonomies "taxonomy" (taxonomies.csv), 1.x its terms (taxonomy.csv).
    const table = (rawPath ? tableOf(rawPath) : undefined) ?? tableOf(str(r.name));
    if (!rawPath) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(rawPath) || rawPath.includes('..') || rawPath.startsWith('/')) {
      if (table) log.unmapped('file', plainLine(rawPath), 'datapackage.json points outside the package; not read', descriptorFile);
      continue;
    }
    const path = `${folder}${rawPath.replace(/^\.\//, '')}`;
    const present = source.files.includes(path) ? path : source.files.find((f) => f.toLowerCase() === path.toLowerCase());
    if (!present) {
      log.unmapped('file', plainLine(rawPath), 'listed in datapackage.json but not in the package; left out', descriptorFile);
      continue;
    }
    if (table) out.push({ table, path: present });
  }
  return out;
}

/** Reads the tables of a folder, zip or single CSV file. */
export async function readTables(source: ImportSource, log: SafeLog, onProgress?: (message: string) => void): Promise<{ tables: Tables; title?: string }> {
  const tables: Tables = {};
  const descriptorFile = findFile(source, 'datapackage.json');
  let title: string | undefined;
  const chosen = new Map<TableName, string>();
  if (descriptorFile) {
    let descriptor: unknown;
    try {
      descriptor = JSON.parse((await source.text(descriptorFile)) ?? '');
    } catch (error) {
      log.unmapped('file', descriptorFile, `not JSON (${(error as Error).message}); the files are found by their names`, descriptorFile);
    }
    for (const r of resources(descriptor, descriptorFile, source, log)) if (!chosen.has(r.table)) chosen.set(r.table, r.path);
    if (isObj(descriptor)) title = plainLine(field(descriptor, 'title')) || undefined;
  }
  // Files the descriptor does not name (or no descriptor): by their usual names, nearest the top.
  for (const [table, names] of Object.entries(TABLE_FILES) as [TableName, readonly string[]][]) {
    if (chosen.has(table)) continue;
    for (const name of names) {
      const file = findFile(source, `${name}.csv`);
      if (file) {
        chosen.set(table, file);
        break;
      }
    }
  }
  for (const [table, file] of chosen) {
    const text = await source.text(file);
    if (text === undefined) {
      log.unmapped('file', file, 'cannot be read; left out', file);
      continue;
    }
    const csv = parseCsv(text, file, log.log);
    tables[table] = { file, rows: normalRows(csv.rows, csv.columns), lines: csv.lines };
    onProgress?.(`${file}: ${csv.rows.length} ${csv.rows.length === 1 ? 'row' : 'rows'}`);
  }
  return { tables, title };
}

function indexBy(table: Table | undefined, key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of table?.rows ?? []) {
    const k = row[key];
    if (!k) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function byId(table: Table | undefined, ...keys: string[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of table?.rows ?? []) {
    for (const key of keys) {
      const id = row[key];
      if (id) {
        if (!map.has(id)) map.set(id, row);
        break;
      }
    }
  }
  return map;
}

const EMPTY: never[] = [];

/** The rows filed under a key (the shared empty list when there are none: most services have few). */
function get(map: Map<string, Row[]>, key: string | undefined, keep?: (row: Row) => boolean): Row[] {
  const list = key ? map.get(key) : undefined;
  if (!list) return EMPTY;
  if (!keep) return list;
  const kept = list.filter(keep);
  return kept.length ? kept : EMPTY;
}

function each<T>(rows: Row[], make: (row: Row) => T): T[] {
  return rows.length ? rows.map(make) : EMPTY;
}

/** A service in the nested shape, where in the files it came from, and whether its organisation is missing. */
export interface TabularService {
  service: Obj;
  at: string;
  /** The organisation id the service names when the data has no such organisation. */
  missingOrganization?: string;
}

/** Services joined from the tables, and a lookup of taxonomy terms by id (for parent terms). */
export interface Joined {
  count: number;
  termLookup: TermLookup;
  services: Iterable<TabularService>;
}

/** Joins the tables into services, built one at a time as the caller reads them. */
export function joinTables(tables: Tables, log: SafeLog): Joined {
  const services = tables.services;
  if (!services) return { count: 0, termLookup: () => undefined, services: [] };

  const organizations = byId(tables.organizations, 'id');
  const locations = byId(tables.locations, 'id');

  // Addresses: 3.0 "addresses" (address_type physical/postal; Ohana: physical), 2.x physical/postal tables.
  const addressesByLocation = indexBy(tables.addresses, 'location_id');
  const accessibilityByLocation = indexBy(tables.accessibility, 'location_id');
  const physicalByLocation = indexBy(tables.physical, 'location_id');
  const postalByLocation = indexBy(tables.postal, 'location_id');

  const salByService = indexBy(tables.sal, 'service_id');
  const phones = tables.phones;
  const phonesBy = {
    sal: indexBy(phones, 'service_at_location_id'),
    service: indexBy(phones, 'service_id'),
    location: indexBy(phones, 'location_id'),
    organization: indexBy(phones, 'organization_id'),
    contact: indexBy(phones, 'contact_id'),
  };
  const contactIds = new Set((tables.contacts?.rows ?? []).map((c) => c.id).filter(Boolean));
  const salIds = new Set((tables.sal?.rows ?? []).map((r) => r.id).filter(Boolean));
  const serviceIds = new Set(services.rows.map((r) => r.id).filter(Boolean));
  // A phone, contact or schedule belongs to the most specific thing it names that the data has.
  const level = (r: Row): 'sal' | 'service' | 'location' | 'organization' =>
    r.service_at_location_id && salIds.has(r.service_at_location_id) ? 'sal' : r.service_id && serviceIds.has(r.service_id) ? 'service' : r.location_id && locations.has(r.location_id) ? 'location' : 'organization';
  const phoneLevel = (p: Row) => (p.contact_id && contactIds.has(p.contact_id) ? 'contact' : level(p));
  const contactsBy = {
    sal: indexBy(tables.contacts, 'service_at_location_id'),
    service: indexBy(tables.contacts, 'service_id'),
    location: indexBy(tables.contacts, 'location_id'),
    organization: indexBy(tables.contacts, 'organization_id'),
  };
  const contactLevel = level;

  const scheduleRows = [...(tables.schedules?.rows ?? []), ...(tables.regular?.rows ?? [])];
  const schedulesTable: Table = { file: 'schedules', rows: scheduleRows };
  const schedulesBy = {
    sal: indexBy(schedulesTable, 'service_at_location_id'),
    service: indexBy(schedulesTable, 'service_id'),
    location: indexBy(schedulesTable, 'location_id'),
  };
  const scheduleLevel = level;
  const holidaysBy = {
    service: indexBy(tables.holiday, 'service_id'),
    location: indexBy(tables.holiday, 'location_id'),
  };

  const languagesBy = { service: indexBy(tables.languages, 'service_id'), location: indexBy(tables.languages, 'location_id'), phone: indexBy(tables.languages, 'phone_id') };
  const eligibilityByService = indexBy(tables.eligibility, 'service_id');
  const feesByService = indexBy(tables.fees, 'service_id');
  const costByService = indexBy(tables.costOptions, 'service_id');
  const documentsByService = indexBy(tables.requiredDocuments, 'service_id');

  // Taxonomy terms by id: 3.0 taxonomy_terms (code, name, taxonomy_id → taxonomies), 2.x (term),
  // 1.x taxonomy.csv (id, name, parent_id, vocabulary), Ohana taxonomy.csv (taxonomy_id is the term's
  // id and its Open Eligibility code).
  const taxonomyNames = byId(tables.taxonomies, 'id');
  const terms = new Map<string, Term>();
  for (const row of tables.taxonomyTerms?.rows ?? []) {
    if (!row.id || terms.has(row.id)) continue;
    terms.set(row.id, {
      id: row.id,
      code: row.code || undefined,
      name: plainLine(row.name || row.term) || undefined,
      taxonomy: row.taxonomy || taxonomyNames.get(row.taxonomy_id ?? '')?.name || undefined,
      parentId: row.parent_id || undefined,
    });
  }
  for (const row of tables.taxonomy?.rows ?? []) {
    const ohana = !row.id && !!row.taxonomy_id;
    const id = row.id || row.taxonomy_id;
    if (!id || terms.has(id)) continue;
    terms.set(id, {
      id,
      code: row.code || (ohana ? id : undefined),
      name: plainLine(row.name || row.term) || undefined,
      taxonomy: row.taxonomy || row.vocabulary || undefined,
      parentId: row.parent_id || undefined,
    });
  }
  const termLookup: TermLookup = (id) => terms.get(id);
  const termsByService = new Map<string, string[]>();
  const addServiceTerm = (serviceId: string | undefined, termId: string | undefined) => {
    if (!serviceId || !termId) return;
    const list = termsByService.get(serviceId);
    if (list) {
      if (!list.includes(termId)) list.push(termId);
    } else termsByService.set(serviceId, [termId]);
  };
  // Attributes of the kit's own catalogue taxonomy keep their value (the catalogue id).
  const catalogueAttributes = new Map<string, Obj[]>();
  for (const a of tables.attributes?.rows ?? []) {
    const linkType = (a.link_entity || a.link_type || 'service').toLowerCase();
    if (linkType !== 'service' && linkType !== 'services') continue;
    const serviceId = a.link_id || a.service_id;
    addServiceTerm(serviceId, a.taxonomy_term_id);
    const term = terms.get(a.taxonomy_term_id ?? '');
    if (serviceId && a.value && term?.taxonomy === HSDS_CATALOGUE_TAXONOMY) {
      const list = catalogueAttributes.get(serviceId) ?? [];
      list.push({ taxonomy_term_id: term.id, taxonomy_term: { id: term.id, code: term.code, taxonomy: term.taxonomy }, value: a.value });
      catalogueAttributes.set(serviceId, list);
    }
  }
  for (const a of tables.serviceAttributes?.rows ?? []) addServiceTerm(a.service_id, a.taxonomy_term_id);
  for (const a of tables.servicesTaxonomy?.rows ?? []) addServiceTerm(a.service_id, a.taxonomy_term_id || a.taxonomy_id);
  const termObject = (id: string): Obj => {
    const t = terms.get(id);
    return t ? { id: t.id, code: t.code, name: t.name, taxonomy: t.taxonomy, parent_id: t.parentId } : { id };
  };

  const languageObjects = (rows: Row[]) => each(rows, (l) => ({ name: l.name || l.language, code: l.code || (l.name ? l.language : undefined) }));
  const phoneObject = (p: Row) => ({ ...p, languages: [...languageObjects(get(languagesBy.phone, p.id)), ...(p.language ? [p.language] : EMPTY)] });
  const contactObjects = (rows: Row[]) => each(rows, (c) => ({ ...c, phones: each(get(phonesBy.contact, c.id), phoneObject) }));

  const locationObject = (id: string): Obj | undefined => {
    const row = locations.get(id);
    if (!row) return undefined;
    const addresses: Obj[] = [
      ...get(addressesByLocation, id),
      ...get(physicalByLocation, id),
      ...get(postalByLocation, id).map((a) => ({ ...a, address_type: 'postal' })),
    ];
    return {
      ...row,
      addresses,
      phones: each(get(phonesBy.location, id, (p) => phoneLevel(p) === 'location'), phoneObject),
      contacts: contactObjects(get(contactsBy.location, id, (c) => contactLevel(c) === 'location')),
      schedules: get(schedulesBy.location, id, (s) => scheduleLevel(s) === 'location'),
      holiday_schedules: get(holidaysBy.location, id, (h) => !h.service_id),
      languages: [...languageObjects(get(languagesBy.location, id, (l) => !l.service_id)), ...(row.languages ? [row.languages] : [])],
      accessibility: [...get(accessibilityByLocation, id), ...(row.accessibility ? [row.accessibility] : EMPTY)],
    };
  };

  function* generate(rows: Row[], file: string, lines: number[] | undefined): Generator<TabularService, void, undefined> {
    const missingLocations = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const at = `${file} line ${lines?.[i] ?? i + 2}`;
      const id = row.id;
      // Ohana-like data: the organisation is the one of the service's location.
      const salRows = get(salByService, id);
      const firstPlace = row.location_id || salRows[0]?.location_id;
      const orgId = row.organization_id || (firstPlace ? locations.get(firstPlace)?.organization_id : undefined);
      const orgRow = orgId ? organizations.get(orgId) : undefined;
      const organization = orgRow
        ? {
            ...orgRow,
            phones: each(get(phonesBy.organization, orgId, (p) => phoneLevel(p) === 'organization'), phoneObject),
            contacts: contactObjects(get(contactsBy.organization, orgId, (c) => contactLevel(c) === 'organization')),
          }
        : undefined;

      // Places: service_at_location rows, else the Ohana/1.0 services.location_id.
      const places = salRows.length ? salRows : row.location_id ? [{ location_id: row.location_id } as Row] : [];
      const serviceAtLocations: Obj[] = [];
      for (const sal of places) {
        const locId = sal.location_id;
        const location = locId ? locationObject(locId) : undefined;
        if (locId && !location && !missingLocations.has(locId)) {
          missingLocations.add(locId);
          log.unmapped('location', locId, 'not in the data; offers there have no address', at);
        }
        serviceAtLocations.push({
          ...sal,
          ...(location ? { location } : {}),
          phones: each(get(phonesBy.sal, sal.id, (p) => phoneLevel(p) === 'sal'), phoneObject),
          contacts: contactObjects(get(contactsBy.sal, sal.id, (c) => contactLevel(c) === 'sal')),
          schedules: get(schedulesBy.sal, sal.id),
          // 1.x holiday schedules of a service at one location.
          holiday_schedules: locId ? get(holidaysBy.service, id, (h) => h.location_id === locId) : EMPTY,
        });
      }

      const eligibility = [row.eligibility_description || row.eligibility, ...get(eligibilityByService, id).map((e) => e.eligibility || e.description)].filter(Boolean);
      const fees = [row.fees_description, row.fees, ...get(feesByService, id).map((f) => f.fee || f.description)].filter(Boolean);
      const termIds = [...(termsByService.get(id) ?? EMPTY), ...(row.taxonomy_ids ? row.taxonomy_ids.split(/[,;|]/).map((t) => t.trim()).filter(Boolean) : EMPTY)];

      // The row itself becomes the service (each row is read once): no copy of its cells.
      const service = row as unknown as Obj;
      service.eligibility_description = eligibility.length > 1 ? [...new Set(eligibility)].join('\n') : eligibility[0] ?? '';
      service.fees_description = fees.length > 1 ? [...new Set(fees)].join('\n') : fees[0] ?? '';
      service.fees = '';
      service.url = row.url || row.website;
      service.last_modified = row.last_modified || row.updated_at || row.updated;
      if (organization) service.organization = organization;
      service.phones = each(get(phonesBy.service, id, (p) => phoneLevel(p) === 'service'), phoneObject);
      service.contacts = contactObjects(get(contactsBy.service, id, (c) => contactLevel(c) === 'service'));
      service.schedules = get(schedulesBy.service, id, (s) => scheduleLevel(s) === 'service');
      service.holiday_schedules = get(holidaysBy.service, id, (h) => !h.location_id);
      service.languages = row.languages ? [...languageObjects(get(languagesBy.service, id)), row.languages] : languageObjects(get(languagesBy.service, id));
      service.cost_options = get(costByService, id);
      service.required_documents = get(documentsByService, id);
      service.taxonomy_terms = termIds.length ? [...new Set(termIds)].map(termObject) : EMPTY;
      service.attributes = catalogueAttributes.get(id) ?? EMPTY;
      // Without any table of places the package says nothing about where a service is (not: nowhere).
      if (tables.sal || tables.locations || serviceAtLocations.length) service.service_at_locations = serviceAtLocations;
      yield { service, at, ...(orgId && !orgRow ? { missingOrganization: orgId } : {}) };
    }
  }
  return { count: services.rows.length, termLookup, services: generate(services.rows, services.file, services.lines) };
}

/** True when the source holds tabular HSDS (a datapackage.json or a services table). */
export function isTabular(source: ImportSource): boolean {
  return source.files.some((f) => /(?:^|\/)datapackage\.json$/i.test(f) || tableOf(f) === 'services');
}
