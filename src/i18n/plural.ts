import { count } from './format.js';
import { onlyNumber } from './runtime.js';

/** The CLDR plural categories; Arabic uses all six, Russian and Ukrainian four, German two. */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T };

/** Whole numbers that show which categories stand for a single number (large ones for rules such as French "many"). */
const PROBES = [...Array.from({ length: 1001 }, (_, i) => i), 10_000, 100_000, 1_000_000, 1_000_001, 1_000_002, 2_000_000];

const rules = new Map<string, { rule: Intl.PluralRules; single: ReadonlySet<string> }>();

function rulesOf(locale: string): { rule: Intl.PluralRules; single: ReadonlySet<string> } {
  let found = rules.get(locale);
  if (!found) {
    const rule = new Intl.PluralRules(locale);
    const numbers = new Map<string, number>();
    for (const n of PROBES) {
      const category = rule.select(n);
      numbers.set(category, (numbers.get(category) ?? 0) + 1);
    }
    found = { rule, single: new Set([...numbers].filter(([, n]) => n === 1).map(([category]) => category)) };
    rules.set(locale, found);
  }
  return found;
}

/**
 * The plural categories of `locale` that stand for exactly one whole number (Arabic "zero" 0,
 * "one" 1 and "two" 2; German and English "one" 1). Russian "one" (1, 21, 31 …) and Farsi "one"
 * (0, 1) are not among them.
 */
export function singleNumberForms(locale: string): ReadonlySet<string> {
  return rulesOf(locale).single;
}

/**
 * Picks the plural form of `n` in `locale`. Each form is a function that calls `msg()` with its own
 * id, so translators write every form their language has, as a whole sentence. In a form that
 * stands for exactly one number, a translation may say the number in its word alone (Arabic
 * "خدمتان", "خدمة واحدة"): it writes {0} against the word ("{0}خدمتان"), and the number, as the kit
 * writes it (`count()` of ./format.ts), is left out (see `onlyNumber` in ./runtime.ts).
 */
export function plural<T>(n: number, locale: string, forms: PluralForms<T>): T {
  const { rule, single } = rulesOf(locale);
  const category = rule.select(n);
  const form = forms[category];
  if (!form) return forms.other();
  return single.has(category) ? onlyNumber(count(n, locale), form) : form();
}
