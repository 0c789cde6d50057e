/**
 * schema.org Organization, LocalBusiness, GovernmentOffice, NGO… and Service (with its provider)
 * → catalogue offers: address, coordinates, contact, opening hours, languages, category.
 */
import { LIMITS } from '../../catalogue/schema.js';
import { costOf, type MapResult } from './event.js';
import type { Ctx } from './fields.js';
import type { Node } from './graph.js';
import { openingHours } from './hours.js';
import { nextStep } from './next-step.js';

/** Maps an organisation or a service. */
export function mapOffer(ctx: Ctx, node: Node, at: string, isService: boolean): MapResult {
  const g = ctx.graph;
  const title = ctx.langMap(node, ['name', 'legalName', 'alternateName'], LIMITS.title, 'title', at);
  if (!title) return { ok: false, reason: 'it has no name' };
  const record: Record<string, unknown> = { title };
  const summary = ctx.langMap(node, 'disambiguatingDescription', LIMITS.summary, 'summary', at);
  if (summary) record.summary = summary;
  const description = ctx.langMap(node, 'description', LIMITS.description, 'description', at);
  if (description) record.description = description;

  // A service: its provider (or operator) is the organisation; its channels give place and contact.
  const provider = isService ? (g.firstNode(node, 'provider') ?? g.firstNode(node, 'serviceOperator')) : g.firstNode(node, 'parentOrganization');
  const channels = isService ? g.nodes(node, 'availableChannel', 10) : [];
  const contactPoints = [...g.nodes(node, 'contactPoint', 10), ...channels.flatMap((c) => g.nodes(c, 'servicePhone', 3))];

  const terms = ctx.terms(node, ['keywords', 'serviceType', 'category']);
  const categories = ctx.categories(node.types, terms, at);
  if (categories) record.categories = categories;

  const languages = ctx.languages([node, ...contactPoints, ...channels], ['knowsLanguage', 'availableLanguage'], at);
  if (languages) record.languages = languages;

  if (provider) {
    const name = ctx.text(provider, ['name', 'legalName'], LIMITS.name, 'organisation name', at);
    if (name) {
      const url = ctx.firstWebUrl([...g.links(provider, 'url'), ...g.links(provider, 'sameAs')], provider.doc.base, at);
      record.organization = url ? { name, url } : { name };
    }
  } else {
    for (const val of g.values(node, isService ? 'provider' : 'parentOrganization', 1)) {
      const s = g.scalar(val);
      const name = typeof s === 'string' ? ctx.clean(s, LIMITS.name, 'organisation name', at) : undefined;
      if (name) record.organization = { name };
    }
  }

  // Place: the node's own address, else its location, else (service) a channel's or the provider's.
  let location = ctx.ownPlace(node, at);
  let online: boolean | undefined;
  if (!location) {
    const where = ctx.place(node, 'location', at);
    location = where.location;
    online = where.online;
  }
  for (const channel of channels) {
    if (location) break;
    location = ctx.place(channel, 'serviceLocation', at).location ?? ctx.place(channel, 'servicePostalAddress', at).location;
  }
  if (!location && isService && provider) location = ctx.ownPlace(provider, at);
  if (location) record.location = location;
  if (online) record.online = true;

  // Contact: the node's own, else a contact point's or a channel's.
  const contact: Record<string, string> = {};
  const phone = [node, ...contactPoints].map((n) => g.text(n, 'telephone')).find((t) => t !== undefined);
  const phoneValue = ctx.phone(phone, at);
  if (phoneValue) contact.phone = phoneValue;
  const email = [node, ...contactPoints].map((n) => g.text(n, 'email')).find((t) => t !== undefined);
  const emailValue = ctx.email(email, at);
  if (emailValue) contact.email = emailValue;
  const website = ctx.firstWebUrl([...g.links(node, 'url'), ...channels.flatMap((c) => g.links(c, 'serviceUrl', 3))], node.doc.base, at);
  if (website) contact.website = website;
  if (Object.keys(contact).length) record.contact = contact;

  const hours = openingHours(ctx, node, at, [...contactPoints, ...channels]);
  if (hours) record.openingHours = hours;

  const cost = costOf(ctx, node);
  if (cost) record.cost = cost;

  const updated = ctx.date(g.text(node, 'dateModified'), 'dateModified', at);
  if (updated) record.updated = updated.value;
  Object.assign(record, nextStep(ctx, node, at, g.firstNode(node, 'location')));

  const basis =
    node.key && !node.id?.startsWith('_:')
      ? node.key
      : website ?? `${typeof title === 'string' ? title : Object.values(title)[0]}-${location?.postalCode ?? ''}`;
  return { ok: true, records: [{ record, idBasis: basis }] };
}
