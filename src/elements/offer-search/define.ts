/** Registers `<offer-search>` only (for pages that use no other element). */
import { defineElement } from '../../registry.js';
import { OfferSearch } from './offer-search.js';

defineElement('offer-search', OfferSearch);
