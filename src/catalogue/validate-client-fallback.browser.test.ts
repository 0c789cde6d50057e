import { expect } from '@open-wc/testing';
import { readFixture } from '../../tests/helpers/fixtures.js';

describe('validateText without a worker', () => {
  it('validates on the main thread when the page cannot start a worker (the kit on another origin)', async () => {
    const OriginalWorker = window.Worker;
    window.Worker = class {
      constructor() {
        throw new DOMException('Script at another origin cannot be accessed', 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      // This test file runs in a page of its own: the module tries its worker for the first time here.
      const path = './validate-client.ts'; // the test server serves the TypeScript source
      const { validateText } = (await import(/* @vite-ignore */ path)) as typeof import('./validate-client.js');
      const result = await validateText(await readFixture('small-catalogue.json'));
      expect(result.catalogue.offers).to.have.length(3);
    } finally {
      window.Worker = OriginalWorker;
    }
  });
});
