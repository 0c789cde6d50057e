/** The public API: classes, types and helpers. Registers nothing. */
export { ELEMENTS, registerElements, type TagName } from './tags.js';
export { defineElement } from './registry.js';
export { WillkommenElement } from './elements/base/willkommen-element.js';
export { OfferSearch, FILTER_NAMES, type FilterName } from './elements/offer-search/offer-search.js';
export { WkSelectEvent, WkFilterChangeEvent, type OfferSelectDetail, type FilterChangeDetail } from './events/offer-events.js';
export { OfferQuery, NO_FILTERS, distanceKm, type OfferFilters, type OfferResult, type OfferResults, type GeoPoint } from './search/offer-query.js';
export { SearchIndex } from './search/search-index.js';
export { configureLoader, fetchCatalogue, parseCatalogue, subscribeCatalogue, clearCatalogueCache } from './catalogue/load.js';
export type { LoaderOptions, LoadedCatalogue, CatalogueState, CatalogueSubscription } from './catalogue/load.js';
export { validateCatalogue, type Problem, type ValidationResult } from './catalogue/validate.js';
export { CatalogueError, LOAD_ERROR_KINDS, type LoadErrorKind } from './catalogue/errors.js';
export { safeUrl, telUrl, mailtoUrl } from './catalogue/url.js';
export { localText, type LocalText } from './catalogue/text.js';
export { cacheApiCopies, memoryCopies, type SavedCopies, type SavedCopy } from './catalogue/saved-copies.js';
export { DEFAULT_CATEGORIES } from './catalogue/categories.js';
export * from './catalogue/schema.js';
export { WkLoadEvent, WkErrorEvent, type CatalogueLoadDetail, type CatalogueErrorDetail } from './events/catalogue-events.js';
export { LOCALES, type Locale } from './i18n/locales.js';
