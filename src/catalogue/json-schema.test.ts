import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueJsonSchema } from './json-schema.js';

describe('the shipped JSON Schema', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../schema/catalogue-v1.schema.json', import.meta.url), 'utf8'));

  it('is the one generated from the validator’s schema (run npm run build after changing it)', () => {
    expect(shipped).toEqual(catalogueJsonSchema());
  });

  it('describes the format’s records, limits and allowed values', () => {
    const offer = shipped.properties.offers.items;
    expect(shipped.required).toEqual(['format', 'version']);
    expect(offer.required).toEqual(['id', 'title']);
    expect(offer.properties.cost.enum).toEqual(['free', 'reduced', 'paid']);
    expect(offer.properties.contact.properties.website.allOf ?? offer.properties.contact.properties.website).toBeTruthy();
    expect(JSON.stringify(offer.properties.location)).toContain('"maximum":90');
    expect(JSON.stringify(shipped.properties.jobs.items.properties.germanLevel)).toContain('B1');
  });
});
