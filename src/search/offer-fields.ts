import type { Catalogue, LangMap, Offer } from '../catalogue/schema.js';
import { allTexts } from '../catalogue/text.js';
import type { SearchField } from './search-index.js';

/** How much a match in each part of an offer counts. */
export const FIELD_WEIGHTS = {
  title: 5,
  organization: 3,
  category: 2.5,
  place: 2.5,
  summary: 2,
  street: 1.5,
  description: 1,
} as const;

function texts(value: LangMap | undefined, weight: number, defaultLanguage: string, into: SearchField[]): void {
  for (const [lang, text] of allTexts(value, defaultLanguage)) into.push({ text, weight, lang });
}

/** The searchable texts of each offer, in every language the catalogue has. */
export function offerFieldsFor(catalogue: Catalogue): (offer: Offer) => SearchField[] {
  const categories = new Map(catalogue.categories.map((c) => [c.id, c.name]));
  const regions = new Map(catalogue.regions.map((r) => [r.id, r.name]));
  const lang = catalogue.defaultLanguage;
  return (offer) => {
    const fields: SearchField[] = [];
    texts(offer.title, FIELD_WEIGHTS.title, lang, fields);
    texts(offer.summary, FIELD_WEIGHTS.summary, lang, fields);
    texts(offer.description, FIELD_WEIGHTS.description, lang, fields);
    for (const id of offer.categories ?? []) texts(categories.get(id), FIELD_WEIGHTS.category, lang, fields);
    if (offer.organization) fields.push({ text: offer.organization.name, weight: FIELD_WEIGHTS.organization });
    const location = offer.location;
    if (location) {
      const place = [location.postalCode, location.locality].filter(Boolean).join(' ');
      if (place) fields.push({ text: place, weight: FIELD_WEIGHTS.place });
      if (location.street) fields.push({ text: location.street, weight: FIELD_WEIGHTS.street });
      if (location.region) for (const [, name] of allTexts(regions.get(location.region), lang)) fields.push({ text: name, weight: FIELD_WEIGHTS.place });
    }
    return fields;
  };
}
