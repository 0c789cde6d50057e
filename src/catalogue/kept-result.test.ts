// What the validator keeps beside a saved copy is its result written as JSON (see
// validate-worker.ts); a returning visit shows that as it is. It must read back as the same result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packCatalogue } from '../pack/index.js';
import { parseCatalogue } from './parse.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every value, with arrays' holes and `undefined` entries kept apart from `null` (JSON makes them null). */
function strict(value: unknown): unknown {
  if (value === undefined) return '(undefined)';
  if (Array.isArray(value)) return Array.from(value, strict);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, strict(v)]));
  if (typeof value === 'number' && !Number.isFinite(value)) return `(${value})`;
  return value;
}

describe('what the validator keeps for the next visit', () => {
  it('reads back as the same result: the sample catalogue, a hostile one, and every part of the sample as a pack', async () => {
    const documents = [read('../../demo/catalogue.json'), read('../../tests/fixtures/hostile-catalogue.json')];
    const sample = parseCatalogue(documents[0]).catalogue;
    const pack = await packCatalogue(sample);
    documents.push(...pack.files.map((f) => f.text));
    expect(documents.length).toBeGreaterThan(10);
    for (const text of documents) {
      const result = parseCatalogue(text);
      expect(strict(JSON.parse(JSON.stringify(result)))).toEqual(strict(result));
    }
  });
});
