import { expect } from '@open-wc/testing';
import { CACHE_NAME, cacheApiCopies } from './saved-copies.js';

describe('saved copies in the Cache API', () => {
  afterEach(() => caches.delete('willkommen-widgets:test'));

  it('keeps the last good copy with its date, under the kit’s own cache name', async () => {
    const copies = cacheApiCopies('willkommen-widgets:test');
    expect(await copies.get('https://example.org/catalogue.json')).to.equal(undefined);
    await copies.put('https://example.org/catalogue.json', { text: '{"format":"willkommen-catalogue"}', savedAt: '2026-11-20T08:15:00Z' });
    expect(await copies.get('https://example.org/catalogue.json')).to.deep.equal({ text: '{"format":"willkommen-catalogue"}', savedAt: '2026-11-20T08:15:00Z' });
    expect(await caches.has('willkommen-widgets:test')).to.equal(true);
    expect(CACHE_NAME).to.match(/^willkommen-widgets:/);
  });

  it('replaces an older copy of the same catalogue', async () => {
    const copies = cacheApiCopies('willkommen-widgets:test');
    await copies.put('https://example.org/c.json', { text: 'old', savedAt: '2026-11-01T00:00:00Z' });
    await copies.put('https://example.org/c.json', { text: 'new', savedAt: '2026-11-02T00:00:00Z' });
    expect((await copies.get('https://example.org/c.json'))?.text).to.equal('new');
  });
});
