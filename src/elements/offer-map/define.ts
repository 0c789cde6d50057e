/** Registers `<offer-map>` only. */
import { defineElement } from '../../registry.js';
import { OfferMap } from './offer-map.js';

defineElement('offer-map', OfferMap);
