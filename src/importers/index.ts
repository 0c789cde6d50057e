/**
 * Importers: well-known formats → a catalogue document, and the catalogue back to HSDS. The one
 * entry of this layer (beside `catalogue/`, which it builds on). Every importer is a pure function
 * of an `ImportSource`; its output goes through the same validator as any catalogue.
 */
import { importCsv } from './csv/index.js';
import { exportHsds } from './hsds/export.js';
import { importHsds } from './hsds/index.js';
import { importIntegreat } from './integreat/index.js';
import { importSchemaOrg } from './schema-org/index.js';
import type { Importer } from './types.js';

export const IMPORT_FORMATS = ['hsds', 'integreat', 'schema-org', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORTERS: Readonly<Record<ImportFormat, Importer>> = {
  hsds: importHsds,
  integreat: importIntegreat,
  'schema-org': importSchemaOrg,
  csv: importCsv,
};

export { importCsv, importHsds, importIntegreat, importSchemaOrg, exportHsds };
export { ImportLog } from './log.js';
export { parseCsv, type CsvTable } from './csv.js';
export { decodeText, findFile, memorySource } from './source.js';
export type { Fetched, ImportOptions, ImportResult, ImportSource, Importer, Skipped, Unmapped } from './types.js';
