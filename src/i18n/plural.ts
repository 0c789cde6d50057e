/** The CLDR plural categories; Arabic uses all six, Russian and Ukrainian four, German two. */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T };

const rules = new Map<string, Intl.PluralRules>();

/**
 * Picks the plural form of `count` in `locale`. Each form is a function that calls `msg()` with its
 * own id, so translators write every form their language has, as a whole sentence.
 */
export function plural<T>(count: number, locale: string, forms: PluralForms<T>): T {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return (forms[rule.select(count)] ?? forms.other)();
}
