/** The public API: classes, types and helpers. Registers nothing. */
export * from './api.js';
export { parseCatalogue } from './catalogue/parse.js';
export { validateCatalogue, type Problem, type ValidationResult } from './catalogue/validate.js';
export * from './catalogue/schema.js';
