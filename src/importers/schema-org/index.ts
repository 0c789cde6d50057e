import type { Importer } from '../types.js';
/** schema.org JSON-LD → catalogue. (Being written.) */
export const importSchemaOrg: Importer = async () => {
  throw new Error('schema-org importer not yet written');
};
