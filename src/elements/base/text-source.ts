import type { nothing, TemplateResult } from 'lit';
import type { LangMap } from '../../catalogue/schema.js';
import type { LocalText } from '../../catalogue/text.js';

/**
 * What the shared detail pieces (next steps, freshness, report a mistake) need of the element that
 * shows them: its interface language, and catalogue text picked and marked the way the element
 * shows all its text (language fallback, `lang`, direction).
 */
export interface TextSource {
  /** The interface language ("de", "ar"). */
  readonly ui: string;
  /** A catalogue text in the visitor's language along the fallback chain. */
  text(value: LangMap | undefined): LocalText | undefined;
  /** That text as a template: never HTML, with its own `lang` and direction. */
  template(value: LocalText | undefined): TemplateResult | typeof nothing;
}
