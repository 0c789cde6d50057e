/** Registers every element under its default tag name. The only module with side effects. */
import { registerElements } from './tags.js';

registerElements();

export * from './index.js';
