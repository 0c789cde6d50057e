import type { Importer } from '../types.js';
/** The kit's spreadsheet template → catalogue. (Being written.) */
export const importCsv: Importer = async () => {
  throw new Error('csv importer not yet written');
};
