import { toJsonSchema } from '@valibot/to-json-schema';
import { CatalogueSchema } from './schema.js';

/** The JSON Schema of catalogue format v1, made from the same Valibot schema the validator uses. */
export function catalogueJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(CatalogueSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://willkommen.example.org/schema/catalogue-v1.schema.json',
    title: 'Willkommen catalogue, format version 1',
    description:
      'A shared catalogue of offers, events and jobs for refugees and migrants. Plain text only. Text a visitor reads is a string in the default language or an object of BCP 47 language codes to text. Unknown fields are ignored. Links allow only http, https, mailto and tel. The validator drops a record only when it cannot be shown (no usable id or title; an event without a usable start); any other bad field is repaired where the description says how, otherwise removed, and reported (docs/catalogue-format.md, "Repairs").',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
