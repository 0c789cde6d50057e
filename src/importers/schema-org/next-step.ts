/**
 * The next step and freshness of an organisation, a service or an event, where schema.org says
 * them: who it is for (`audience`), costs in words (the `description` of its `offers`), the link
 * to book (`potentialAction` ReserveAction or ScheduleAction), wheelchair access (an `amenityFeature`
 * about wheelchairs, of the record or its place) and when it was last checked (`lastReviewed`).
 */
import { wheelchairFromText } from '../../catalogue/repair.js';
import { LIMITS, type Wheelchair } from '../../catalogue/schema.js';
import type { Ctx } from './fields.js';
import type { Node } from './graph.js';

const BOOKING_ACTIONS = new Set(['ReserveAction', 'ScheduleAction']);

/** The next-step fields found on `node` (and on `place`, its location, for wheelchair access). */
export function nextStep(ctx: Ctx, node: Node, at: string, place?: Node): Record<string, unknown> {
  const g = ctx.graph;
  const out: Record<string, unknown> = {};

  // Who it is for: Audience nodes (audienceType, name, description), or text.
  const audiences = g.nodes(node, 'audience', 5).map((a) => ctx.langMap(a, ['description', 'audienceType', 'name'], LIMITS.nextStep, 'audience', at));
  const audience = ctx.joinLangMaps([...audiences, ctx.langMap(node, 'audience', LIMITS.nextStep, 'audience', at)], LIMITS.nextStep, 'audience', at);
  if (audience) out.audience = audience;

  // Costs in words: the description of its offers (prices say the cost itself).
  const costNote = ctx.joinLangMaps(g.nodes(node, 'offers', 5).map((o) => ctx.langMap(o, 'description', LIMITS.nextStep, 'cost note', at)), LIMITS.nextStep, 'cost note', at);
  if (costNote) out.costNote = costNote;

  // Booking: the target of a ReserveAction or ScheduleAction (a link or an EntryPoint's urlTemplate).
  const actions = g.nodes(node, 'potentialAction', 10).filter((a) => a.types.some((t) => BOOKING_ACTIONS.has(t)));
  const targets = actions.flatMap((a) => [...g.links(a, 'target', 3), ...g.nodes(a, 'target', 3).flatMap((t) => [...g.links(t, 'urlTemplate', 1), ...g.links(t, 'url', 1)])]);
  const booking = ctx.firstWebUrl(targets, node.doc.base, at);
  if (booking) out.booking = booking;

  const wheelchair = wheelchairOf(ctx, [node, place]);
  if (wheelchair) out.wheelchair = wheelchair;

  const reviewed = ctx.date(g.text(node, 'lastReviewed'), 'lastReviewed', at);
  if (reviewed) out.checked = reviewed.value;
  return out;
}

/**
 * Wheelchair access from `amenityFeature` (LocationFeatureSpecification): a feature whose name is
 * about wheelchairs ("Rollstuhlgerecht", "wheelchairAccessible"), with `value` false meaning no.
 */
function wheelchairOf(ctx: Ctx, nodes: readonly (Node | undefined)[]): Wheelchair | undefined {
  const g = ctx.graph;
  for (const node of nodes) {
    for (const feature of g.nodes(node, 'amenityFeature', 20)) {
      const name = g.text(feature, 'name')?.replace(/([a-z])([A-Z])/g, '$1 $2');
      const said = name ? wheelchairFromText(name) : undefined;
      if (!said) continue;
      const raw = g.values(feature, 'value', 1)[0];
      const value = raw === undefined ? undefined : g.scalar(raw);
      if (value === false || (typeof value === 'string' && /^(?:false|nein|no|0)$/i.test(value.trim()))) return 'no';
      return said;
    }
  }
  return undefined;
}
