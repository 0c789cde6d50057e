import type { Catalogue } from '../../catalogue/schema.js';
/** Catalogue → HSDS 3.0 JSON. (Being written.) */
export function exportHsds(_catalogue: Catalogue): { services: unknown[] } {
  throw new Error('hsds export not yet written');
}
