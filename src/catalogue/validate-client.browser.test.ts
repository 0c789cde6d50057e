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

  it('keeps the valid records of the hostile fixture and reports the rest', async () => {
    const result = await validateText(await readFixture('hostile-catalogue.json'));
    expect(result.catalogue.offers).to.have.length(5);
    expect(result.dropped).to.be.greaterThan(90);
  });

  it('classifies what is not a catalogue', async () => {
    const error = await validateText('<!doctype html><p>Hallo', 'text/html').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CatalogueError);
    expect((error as CatalogueError).kind).to.equal('not-json');
    const other = await validateText('{"type":"FeatureCollection"}').catch((e: unknown) => e);
    expect((other as CatalogueError).kind).to.equal('not-catalogue');
  });
});
