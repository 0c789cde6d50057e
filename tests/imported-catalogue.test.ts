// An imported catalogue in a real page: 3,000 services of a generated HSDS 3.0 data package (with
// the mess of real directories) and events and jobs from schema.org JSON-LD, imported with the
// library functions, validated, and shown by all four elements of the script-tag bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCatalogue } from '../src/catalogue/validate.js';
import { openSource } from '../src/cli/source.js';
import { importHsds, importSchemaOrg, memorySource } from '../src/importers/index.js';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = `${root}.tmp/imported`;
const SERVICES = 3_000;
// A 1×1 PNG standing in for the tile server.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const TOWNS: [string, string, number, number][] = [
  ['Rostock', '18055', 54.0887, 12.14], ['Schwerin', '19053', 53.6355, 11.4012], ['Greifswald', '17489', 54.0931, 13.3879],
  ['Erfurt', '99084', 50.9787, 11.0328], ['Jena', '07743', 50.9271, 11.5892], ['Gera', '07545', 50.8786, 12.0824],
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Events and jobs as a municipality's pages would mark them up (schema.org JSON-LD). */
function jsonLd(): string {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const graph: Record<string, unknown>[] = [];
  TOWNS.forEach(([town, postalCode, lat, lon], i) => {
    const place = { '@type': 'Place', name: `Begegnungszentrum ${town}`, address: { '@type': 'PostalAddress', streetAddress: `Marktstraße ${i + 3}`, postalCode, addressLocality: town }, geo: { '@type': 'GeoCoordinates', latitude: lat, longitude: lon } };
    graph.push({
      '@type': 'Event', '@id': `#cafe-${i}`, name: [{ '@value': `Sprachcafé ${town}`, '@language': 'de' }, { '@value': `مقهى اللغة في ${town}`, '@language': 'ar' }],
      startDate: `${tomorrow}T17:00`, endDate: `${tomorrow}T19:00`, location: place, isAccessibleForFree: true,
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: `https://schema.org/${DAYS[i % 5]}`, startTime: '17:00', endTime: '19:00', startDate: tomorrow },
    });
    graph.push({ '@type': 'Event', name: `Infoabend Anerkennung von Abschlüssen, ${town}`, startDate: `${tomorrow}T18:30:00+01:00`, location: place });
    for (const [k, title] of ['Pflegehelfer/in (m/w/d)', 'Ausbildung Fachkraft für Lagerlogistik', 'Koch/Köchin in Teilzeit', 'Busfahrer/in'].entries()) {
      graph.push({
        '@type': 'JobPosting', title, description: `Stelle in ${town}. Deutschkenntnisse B1.`, datePosted: '2026-11-20', validThrough: '2027-12-31',
        employmentType: k === 1 ? 'Ausbildung' : k === 2 ? 'PART_TIME' : 'FULL_TIME',
        hiringOrganization: { '@type': 'Organization', name: `Beispielbetrieb ${town} ${k + 1} GmbH`, sameAs: `www.betrieb-${i}-${k}.example.org` },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode, addressLocality: town } },
      });
    }
  });
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph });
}

let browser: Browser;
let base = '';
let close: () => void;
let counts = { offers: 0, events: 0, jobs: 0 };

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  execFileSync(process.execPath, [`${root}tests/fixtures/import/hsds/make-large.mjs`, `${work}/hsds`, String(SERVICES)]);
  const hsds = await importHsds(await openSource(`${work}/hsds`), { defaultLanguage: 'de' });
  const ld = await importSchemaOrg(memorySource({ 'veranstaltungen.jsonld': jsonLd() }), {});
  const document = { ...hsds.document, events: ld.document.events, jobs: ld.document.jobs };
  const { catalogue, dropped } = validateCatalogue(document);
  expect(dropped).toBe(0);
  counts = { offers: catalogue.offers.length, events: catalogue.events.length, jobs: catalogue.jobs.length };
  writeFileSync(`${work}/catalogue.json`, JSON.stringify(catalogue));
  writeFileSync(`${work}/tile.png`, TILE);
  writeFileSync(
    `${work}/index.html`,
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Importierter Katalog</title>
<script type="module" src="/dist/cdn/willkommen-widgets.js"></script></head><body><main>
<offer-search id="suche" src="catalogue.json"></offer-search>
<offer-map for="suche" consent tile-url="/.tmp/imported/tile.png?{z}-{x}-{y}"></offer-map>
<event-list src="catalogue.json" range="month"></event-list>
<job-board src="catalogue.json"></job-board></main></body></html>`,
  );
  const started = await serve({ root });
  base = started.url;
  close = () => started.server.close();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  close?.();
});

describe('an imported catalogue of several thousand offers', () => {
  it('keeps every service at every location, and the events and jobs', () => {
    expect(counts.offers).toBeGreaterThanOrEqual(SERVICES);
    expect(counts.events).toBe(TOWNS.length * 2);
    expect(counts.jobs).toBe(TOWNS.length * 4);
  });

  it('shows in offer-search, offer-map, event-list and job-board', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/.tmp/imported/`);
    const shadow = (tag: string, selector: string) =>
      page.waitForFunction(([t, s]) => (document.querySelector(t)?.shadowRoot?.querySelectorAll(s).length ?? 0) > 0, [tag, selector] as const, { timeout: 30_000 });
    await shadow('offer-search', '.cards li');
    await shadow('offer-map', '.leaflet-marker-icon');
    await shadow('event-list', 'li.event');
    await shadow('job-board', 'li.card');
    const count = await page.locator('offer-search #count').textContent();
    expect(Number(count?.replace(/\D/g, ''))).toBe(counts.offers);
    // Search works on the imported text: a town of the package finds its offers.
    await page.locator('offer-search input[type="search"]').fill('Greifswald');
    await page.waitForFunction((all) => {
      const text = document.querySelector('offer-search')?.shadowRoot?.querySelector('#count')?.textContent ?? '';
      const n = Number(text.replace(/\D/g, ''));
      return n > 0 && n < all;
    }, counts.offers, { timeout: 10_000 });
    expect(await page.locator('event-list li.event').first().textContent()).toMatch(/Sprachcafé|Infoabend/);
    expect(await page.locator('job-board li.card').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
