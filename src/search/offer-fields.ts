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

/**
 * The searchable texts of each offer, in every language the catalogue has. `primary`: title,
 * organisation and place, indexed at once; `secondary`: summary and description, indexed in the
 * background. Category names are matched once per category, not per offer.
 */
export function offerFieldsFor(catalogue: Catalogue): { primary: (offer: Offer) => SearchField[]; secondary: (offer: Offer) => SearchField[] } {
  const regions = new Map(catalogue.regions.map((r) => [r.id, r.name]));
  const lang = catalogue.defaultLanguage;
  return {
    primary(offer) {
      const fields: SearchField[] = [];
      texts(offer.title, FIELD_WEIGHTS.title, lang, fields);
      if (offer.organization) fields.push({ text: offer.organization.name, weight: FIELD_WEIGHTS.organization });
      const location = offer.location;
      if (location) {
        const place = [location.postalCode, location.locality].filter(Boolean).join(' ');
        if (place) fields.push({ text: place, weight: FIELD_WEIGHTS.place });
        if (location.street) fields.push({ text: location.street, weight: FIELD_WEIGHTS.street });
        if (location.region) for (const [, name] of allTexts(regions.get(location.region), lang)) fields.push({ text: name, weight: FIELD_WEIGHTS.place });
      }
      return fields;
    },
    secondary(offer) {
      const fields: SearchField[] = [];
      texts(offer.summary, FIELD_WEIGHTS.summary, lang, fields);
      texts(offer.description, FIELD_WEIGHTS.description, lang, fields);
      return fields;
    },
  };
}

/** The names of the catalogue's categories in every language, one record per category. */
export function categoryFields(catalogue: Catalogue): (index: number) => SearchField[] {
  return (index) => {
    const fields: SearchField[] = [];
    texts(catalogue.categories[index].name, FIELD_WEIGHTS.category, catalogue.defaultLanguage, fields);
    return fields;
  };
}
