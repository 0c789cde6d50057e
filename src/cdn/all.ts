/**
 * The all-in-one script-tag file's module: registers the four elements and passes on the package's
 * API for pages without a build step — all of it but the catalogue validator and its schema, which
 * run in the validator's worker (about 25 kB gzip no visitor should wait for; the npm module and the
 * CLI have them).
 */
import { registerElements } from '../tags.js';

registerElements();

export * from '../api.js';
