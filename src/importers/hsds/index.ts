import type { Importer } from '../types.js';
/** Open Referral HSDS → catalogue. (Being written.) */
export const importHsds: Importer = async () => {
  throw new Error('hsds importer not yet written');
};
