// The benches' catalogues, made by bench/make-catalogue.mjs: distinct, realistic offers in several
// languages and scripts. bench/run.mjs writes one per size under .tmp/bench/ before it opens the page.

/** The address of the catalogue of `n` offers. */
export const catalogueUrl = (n) => new URL(`../.tmp/bench/catalogue-${n}.json`, import.meta.url).href;

/** The catalogue of `n` offers as the text a page receives. */
export async function catalogueText(n) {
  const response = await fetch(catalogueUrl(n));
  if (!response.ok) throw new Error(`${catalogueUrl(n)}: ${response.status} (run bench/run.mjs, or node bench/make-catalogue.mjs ${n} .tmp/bench/catalogue-${n}.json)`);
  return response.text();
}
