import { expect } from '@open-wc/testing';
import { readFixture } from '../../tests/helpers/fixtures.js';
import { CatalogueError } from './errors.js';
import { validateText } from './validate-client.js';

describe('validateText', () => {
  it('validates in a worker, off the main thread', async () => {
    const text = await readFixture('small-catalogue.json');
    const result = await validateText(text, 'application/json');
    expect(result.catalogue.offers.map((o) => o.id)).to.deep.equal(['o-1', 'o-2', 'o-3']);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('validate-worker'))).to.equal(true);
  });

  it('keeps every record of the hostile fixture that can be shown, without its dangerous links, as the CLI does', async () => {
    const result = await validateText(await readFixture('hostile-catalogue.json'));
    expect(result.catalogue.offers).to.have.length(58);
    expect(result.dropped).to.equal(14);
    expect(JSON.stringify(result.catalogue)).not.to.match(/javascript:|vbscript:|data:text/i);
    expect(result.problems.find((p) => p.path === '$.offers[6].contact.website')).to.include({ code: 'unsafe-link', action: 'removed' });
  });

  it('repairs everyday mistakes in the worker with the same rules', async () => {
    const text = JSON.stringify({
      format: 'willkommen-catalogue',
      version: 1,
      offers: [{ id: 'o-1', title: 'Beratung', contact: { website: 'www.beratung.example.org', email: ' Info@Beratung.Example.org ' }, openingHours: { weekly: [{ days: ['Monday'], opens: '9:00am', closes: '1pm' }] }, languages: 'Arabisch, Deutsch' }],
    });
    const { catalogue, repaired } = await validateText(text, 'application/json');
    expect(catalogue.offers[0]).to.deep.include({
      contact: { website: 'https://www.beratung.example.org', email: 'Info@beratung.example.org' },
      openingHours: { weekly: [{ days: ['mo'], opens: '09:00', closes: '13:00' }] },
      languages: ['ar', 'de'],
    });
    expect(repaired).to.equal(6);
  });

  it('classifies what is not a catalogue', async () => {
    const error = await validateText('<!doctype html><p>Hallo', 'text/html').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CatalogueError);
    expect((error as CatalogueError).kind).to.equal('not-json');
    const other = await validateText('{"type":"FeatureCollection"}').catch((e: unknown) => e);
    expect((other as CatalogueError).kind).to.equal('not-catalogue');
  });
});
