import type { Importer } from '../types.js';
/** Integreat's content API → catalogue. (Being written.) */
export const importIntegreat: Importer = async () => {
  throw new Error('integreat importer not yet written');
};
