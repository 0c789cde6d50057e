/**
 * Everything the map needs that no other element does: Leaflet, its stylesheet and the clustering
 * library. Loaded with a dynamic import, so a page without a map (and a map before consent)
 * downloads none of it.
 */
export * as L from 'leaflet/dist/leaflet-src.esm.js';
export { default as Supercluster } from 'supercluster';
export { leafletCss } from './leaflet-css.js';
