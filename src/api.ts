/**
 * The public API without the catalogue validator and its schema: the classes, types and helpers a
 * page uses (the all-in-one script-tag file passes these on; src/index.ts adds the validator).
 */
export { ELEMENTS, registerElements, type TagName } from './tags.js';
export { defineElement } from './registry.js';
export { WillkommenElement } from './elements/base/willkommen-element.js';
export { OfferSearch, FILTER_NAMES, type FilterName } from './elements/offer-search/offer-search.js';
export { OfferMap } from './elements/offer-map/offer-map.js';
export { JobBoard, JOB_FILTERS } from './elements/job-board/job-board.js';
export { EventList, EVENT_RANGES, EVENT_FILTERS, type EventRange } from './elements/event-list/event-list.js';
export { occurrences, occurrencesOf, byDay, loadRecurrenceRules, type Occurrence, type DayGroup } from './calendar/occurrences.js';
export { toIcs, type IcsOptions } from './calendar/ics.js';
export { WkMapConsentEvent, setMapConsent, hasMapConsent, CONSENT_EVENT, type MapConsentDetail } from './elements/offer-map/consent.js';
export { WkSelectEvent, WkFilterChangeEvent, FILTER_CHANGE_CAUSES, type OfferSelectDetail, type FilterChangeDetail, type FilterChangeCause, type EventFilters, type JobFilters, type ListFilters } from './events/offer-events.js';
export { OfferQuery, NO_FILTERS, distanceKm, type OfferFilters, type OfferResult, type OfferResults, type GeoPoint } from './search/offer-query.js';
export { SearchIndex } from './search/search-index.js';
export { configureLoader, fetchCatalogue, subscribeCatalogue, clearCatalogueCache } from './catalogue/load.js';
export type { LoaderOptions, LoadedCatalogue, CatalogueState, CatalogueSubscription } from './catalogue/load.js';
export { CatalogueError, LOAD_ERROR_KINDS, type LoadErrorKind } from './catalogue/errors.js';
export { safeUrl, telUrl, mailtoUrl } from './catalogue/url.js';
export { localText, type LocalText } from './catalogue/text.js';
export { cacheApiCopies, memoryCopies, type SavedCopies, type SavedCopy } from './catalogue/saved-copies.js';
export { DEFAULT_CATEGORIES } from './catalogue/categories.js';
export { WkLoadEvent, WkErrorEvent, type CatalogueLoadDetail, type CatalogueErrorDetail } from './events/catalogue-events.js';
export { LOCALES, endonym, type Locale } from './i18n/locales.js';
export * from './catalogue/values.js';
export * from './catalogue/limits.js';
