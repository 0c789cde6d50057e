// The docs pages' tables, from the custom elements manifest (custom-elements.json, which holds only
// the public API): attributes (with controls), properties, methods, events with their detail,
// CSS custom properties (with controls), CSS parts and slots, one section each.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { LOCALES } from '../src/i18n/locales.js';

type Type = { text: string };
type Member = {
  kind: 'field' | 'method';
  name: string;
  type?: Type;
  default?: string;
  description?: string;
  attribute?: string;
  readonly?: boolean;
  parameters?: { name: string; type?: Type; optional?: boolean }[];
  return?: { type?: Type };
};
type Named = { name: string; description?: string; type?: Type; default?: string; fieldName?: string };
type Declaration = {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Named[];
  events?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
  slots?: Named[];
};

export function declarationOf(tag: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** Every event any element fires (for the Actions panel). */
export const EVENT_NAMES = [
  ...new Set(
    manifest.modules.flatMap((m) => ((m.declarations ?? []) as Declaration[]).flatMap((d) => (d.tagName ? (d.events ?? []).map((e) => e.name) : []))),
  ),
];

const LENGTH = /font|radius|space|height|width|size/;

/** Descriptions are Markdown: an underscore inside a word (FULL_TIME) stays an underscore. */
const markdown = (text: string | undefined) =>
  text
    ?.split(/(`[^`]*`)/)
    .map((piece, i) => (i % 2 ? piece : piece.replace(/(\w)_(?=\w)/g, '$1\\_')))
    .join('');

/** The ArgTypes of an element: the rows of its docs page and its Controls. */
export function argTypesOf(tag: unknown): ArgTypes | null {
  const declaration = typeof tag === 'string' ? declarationOf(tag) : undefined;
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const members = declaration.members ?? [];
  const row = (category: string, name: string, description: string | undefined, type?: string, defaultValue?: string) => ({
    name,
    description: markdown(description),
    table: { category, type: type ? { summary: type } : undefined, defaultValue: defaultValue ? { summary: defaultValue } : undefined },
  });

  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text ?? 'string';
    const field = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    argTypes[attribute.name] = {
      ...row('attributes', attribute.name, `${attribute.description ?? ''}${field}`, type, attribute.default),
      control: { type: type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'text' },
    };
  }
  argTypes.lang = {
    ...row(
      'attributes',
      'lang',
      "The element's language (a global HTML attribute). Without it the element follows the nearest `lang` of the page (here: the Language toolbar), then the browser's languages.",
      LOCALES.map((l) => `'${l}'`).join(' | '),
    ),
    control: { type: 'select' },
    options: LOCALES,
  };

  for (const member of members) {
    if (member.kind === 'field' && !member.attribute) {
      argTypes[`property:${member.name}`] = { ...row('properties', member.name, member.description, member.type?.text, member.default), control: false };
    }
  }
  for (const member of members) {
    if (member.kind !== 'method') continue;
    const parameters = (member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
    argTypes[`method:${member.name}`] = {
      ...row('methods', `${member.name}(${parameters})`, member.description, member.return?.type?.text ?? 'void'),
      control: false,
    };
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = { ...row('events', event.name, event.description, event.type?.text), control: false };
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      ...row('css custom properties', property.name, property.description, undefined, property.default),
      control: { type: LENGTH.test(property.name) ? 'text' : 'color' },
    };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { ...row('css shadow parts', `::part(${part.name})`, part.description), control: false };
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = { ...row('slots', slot.name || '(default)', slot.description), control: false };
  }
  return argTypes;
}

/** The docs page's introduction: the element's summary and description. */
export function descriptionOf(tag: unknown): string | null {
  const declaration = typeof tag === 'string' ? declarationOf(tag) : undefined;
  if (!declaration) return null;
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
}
