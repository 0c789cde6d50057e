// Catalogues of any size for the benches, made from the sample catalogue: copies of its offers
// with new ids (and numbered organisation names, so the text is not all identical).
export async function scaledCatalogue(n) {
  const sample = await (await fetch('../demo/catalogue.json')).json();
  const offers = [];
  for (let i = 0; i < n; i++) {
    const copy = structuredClone(sample.offers[i % sample.offers.length]);
    copy.id = `b-${i}`;
    if (i >= sample.offers.length && copy.organization) copy.organization.name = `${copy.organization.name} ${Math.floor(i / sample.offers.length)}`;
    // Spread the copies a little, so 100,000 offers are not 400 stacks of identical points.
    if (copy.location?.lat !== undefined && i >= sample.offers.length) {
      copy.location.lat = Math.round((copy.location.lat + Math.sin(i) * 0.05) * 1e4) / 1e4;
      copy.location.lon = Math.round((copy.location.lon + Math.cos(i) * 0.08) * 1e4) / 1e4;
    }
    offers.push(copy);
  }
  return { ...sample, offers, events: [], jobs: [] };
}
