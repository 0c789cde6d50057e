// Wall-clock time in a zone lives with the catalogue (the validator reads times in the catalogue's zone).
export * from '../catalogue/zone.js';
