// Framework typings for the kit's elements, generated from the custom elements manifest
// (custom-elements.json), so they list exactly its public attributes, properties and events:
//   types/react.d.ts   React 19: JSX.IntrinsicElements (`willkommen-widgets/react`)
//   types/vue.d.ts     Vue 3: GlobalComponents, for vue-tsc and Volar (`willkommen-widgets/vue`)
//   types/svelte.d.ts  Svelte 5: SvelteHTMLElements (`willkommen-widgets/svelte`)
// Property types are read from the element classes (`OfferSearch['categories']`), event types are
// the kit's event classes named in the manifest. `npm run build` writes them;
// `node scripts/build-framework-types.mjs --check` fails when the files differ from the manifest.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** Names of TypeScript's own and the DOM's types: never imported from the package. */
const GLOBAL_TYPES = new Set([
  'string', 'number', 'boolean', 'null', 'undefined', 'unknown', 'any', 'void', 'never', 'object',
  'readonly', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Event', 'CustomEvent', 'Element', 'HTMLElement',
]);

const isPublic = (item) => item.privacy !== 'private' && item.privacy !== 'protected' && !item.name?.startsWith('_') && !item.name?.startsWith('#');
const camel = (name) => name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());

/**
 * What the manifest says about each element a page can use: its tag, class, properties a host
 * may set, attributes whose name differs from their property, and events.
 */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m));
      /** Settable properties: public fields that are not read-only (getters without setters). */
      const properties = fields.filter((m) => !m.readonly).map((m) => ({ name: m.name, description: m.description }));
      const known = new Set(properties.map((p) => p.name));
      /** Attributes written in markup whose name is not a property's (`hide-filters`, `page-size`). */
      const attributes = [];
      for (const a of d.attributes ?? []) {
        if (!a.name || !isPublic(a) || known.has(a.name)) continue;
        const field = a.fieldName && fields.find((m) => m.name === a.fieldName);
        const kind = /^boolean\b/.test(a.type?.text ?? '') ? 'boolean' : /^number\b/.test(a.type?.text ?? '') ? 'number' : 'string';
        attributes.push({ name: a.name, field: field ? field.name : undefined, kind, description: a.description ?? field?.description });
      }
      const events = [];
      for (const e of d.events ?? []) {
        if (!e.name || !isPublic(e) || events.some((x) => x.name === e.name)) continue;
        events.push({ name: e.name, type: e.type?.text || 'Event', description: e.description });
      }
      elements.push({ tag: d.tagName, className: d.name, description: d.summary || d.description, properties, attributes, events });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The names a type text refers to (`WkFilterChangeEvent<EventFilters>` → both). */
const typeNames = (text) => (text.match(/[A-Za-z_$][\w$]*/g) ?? []).filter((n) => !GLOBAL_TYPES.has(n));

function importsOf(elements) {
  const names = new Set(elements.map((e) => e.className));
  for (const e of elements) for (const ev of e.events) typeNames(ev.type).forEach((n) => names.add(n));
  return [...names].sort();
}

/** A doc comment, indented; `*\/` in a description cannot end it. */
function doc(text, indent) {
  if (!text) return '';
  const lines = text.replace(/\*\//g, '*\u200b/').trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/**
 * Type of an attribute set as markup, text the element converts. A boolean is on when present: React
 * leaves out `false`, Svelte writes it as the text "false" (which is present), hence `true` only.
 */
function attributeType(element, attribute, { booleanFalse = true } = {}) {
  if (attribute.kind === 'boolean') return booleanFalse ? 'boolean' : "true | ''";
  if (attribute.kind === 'number') return attribute.field ? `${element.className}['${attribute.field}'] | \`\${number}\`` : 'number | `${number}`';
  return attribute.field ? `${element.className}['${attribute.field}']` : 'string';
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Property and attribute members of an element's props, in the order of the manifest. */
function propMembers(element, indent, options) {
  let out = '';
  for (const p of element.properties) out += `${doc(p.description, indent)}${indent}${key(p.name)}?: ${element.className}['${p.name}'];\n`;
  for (const a of element.attributes) out += `${doc(a.description, indent)}${indent}${key(a.name)}?: ${attributeType(element, a, options)};\n`;
  return out;
}

const HEADER = (what) => `// ${what}
// Generated by scripts/build-framework-types.mjs from custom-elements.json: do not edit.
`;

function react(elements) {
  let out = HEADER(`Types of the kit's elements in React 19 JSX: \`import type {} from 'willkommen-widgets/react';\`
// React 19 sets a property when the element has one (\`categories\`, \`pageSize\`), else an attribute
// (\`hide-filters\`, \`page-size\`), and adds a listener for \`on\` + the event's name as written
// (\`onwk-select\` listens to \`wk-select\`).`);
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n`;
  out += `import type { ${importsOf(elements).join(', ')} } from '../dist/types/index.js';\n\n`;
  out += `/** React's own props of an element (\`className\`, \`style\`, \`ref\`, \`key\`…), the kit's props in place of any of the same name. */\n`;
  out += `type ElementProps<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;\n\n`;
  for (const e of elements) {
    out += `/** Props of \`<${e.tag}>\`: properties, attributes and \`on\` + event name listeners. */\n`;
    out += `export interface ${e.className}Props {\n${propMembers(e, '  ')}`;
    for (const ev of e.events) out += `${doc(`\`${ev.name}\`: ${ev.description ?? ''}`.trim(), '  ')}  ${key(`on${ev.name}`)}?: (event: ${ev.type}) => void;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) out += `${doc(e.description, '      ')}      '${e.tag}': ElementProps<${e.className}, ${e.className}Props>;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

function vue(elements) {
  let out = HEADER(`Types of the kit's elements in Vue 3 templates (vue-tsc, Volar): \`import type {} from 'willkommen-widgets/vue';\`
// Vue sets a name the element has as a property (\`:categories\`, \`:pageSize\`), any other as an
// attribute (\`hide-filters\`, \`page-size\`); \`@wk-select\` listens to \`wk-select\`. Tell Vue's
// compiler these are custom elements (\`compilerOptions.isCustomElement\`).`);
  out += `import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';\n`;
  out += `import type { ${importsOf(elements).join(', ')} } from '../dist/types/index.js';\n\n`;
  out += `/**\n * A custom element as Vue's type checker sees a component: the element instance (for template refs),\n * its props (\`$props\`) and its events (\`$emit\`), which it only dispatches and never emits through Vue.\n */\n`;
  out += `type CustomElement<E extends HTMLElement, P, Events extends { [K in keyof Events]: Event }> = new () => E & {\n`;
  out += `  /** @deprecated For template type checking only. */\n  $props: Omit<HTMLAttributes, keyof P> & P & AllowedComponentProps & VNodeProps & ComponentCustomProps;\n`;
  out += `  /** @deprecated For template type checking only. */\n  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;\n};\n\n`;
  for (const e of elements) {
    out += `/** Props of \`<${e.tag}>\` (write them in kebab-case or camelCase). */\n`;
    out += `export interface ${e.className}VueProps {\n`;
    // Vue checks props in camelCase (\`page-size\` as \`pageSize\`), but sets a kebab-case name that
    // is not a property as an attribute, so \`page-size="5"\` is text the element converts.
    for (const p of e.properties) {
      const attribute = e.attributes.find((a) => camel(a.name) === p.name);
      const type = attribute?.kind === 'number' ? attributeType(e, attribute) : `${e.className}['${p.name}']`;
      out += `${doc(p.description, '  ')}  ${key(p.name)}?: ${type};\n`;
    }
    for (const a of e.attributes) {
      if (e.properties.some((p) => p.name === camel(a.name))) continue;
      out += `${doc(a.description, '  ')}  ${key(camel(a.name))}?: ${attributeType(e, a)};\n`;
    }
    out += `}\n\n/** Events of \`<${e.tag}>\`. */\nexport interface ${e.className}VueEvents {\n`;
    for (const ev of e.events) out += `${doc(ev.description, '  ')}  '${ev.name}': ${ev.type};\n`;
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const e of elements) out += `${doc(e.description, '    ')}    '${e.tag}': CustomElement<${e.className}, ${e.className}VueProps, ${e.className}VueEvents>;\n`;
  out += `  }\n}\n`;
  return out;
}

function svelte(elements) {
  let out = HEADER(`Types of the kit's elements in Svelte 5 markup (svelte-check): \`import type {} from 'willkommen-widgets/svelte';\`
// Svelte sets a property when the element is registered and has one, else an attribute (as text);
// \`onwk-select\` listens to \`wk-select\` (the event's name after \`on\`, as written).`);
  out += `import type { HTMLAttributes } from 'svelte/elements';\n`;
  out += `import type { ${importsOf(elements).join(', ')} } from '../dist/types/index.js';\n\n`;
  for (const e of elements) {
    out += `/** Props of \`<${e.tag}>\`: properties, attributes and \`on\` + event name listeners. */\n`;
    out += `export interface ${e.className}SvelteProps {\n${propMembers(e, '  ', { booleanFalse: false })}`;
    for (const ev of e.events) out += `${doc(`\`${ev.name}\`: ${ev.description ?? ''}`.trim(), '  ')}  ${key(`on${ev.name}`)}?: (event: ${ev.type}) => void;\n`;
    out += `}\n\n/** Svelte's own attributes of an element, the kit's in place of any of the same name. */\n`;
    out += `export interface ${e.className}SvelteAttributes extends Omit<HTMLAttributes<${e.className}>, keyof ${e.className}SvelteProps>, ${e.className}SvelteProps {}\n\n`;
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const e of elements) out += `${doc(e.description, '    ')}    '${e.tag}': ${e.className}SvelteAttributes;\n`;
  out += `  }\n}\n`;
  return out;
}

/** The typing files for a manifest: path → content. */
export function frameworkTypes(manifest) {
  const elements = elementsOf(manifest);
  return { 'types/react.d.ts': react(elements), 'types/vue.d.ts': vue(elements), 'types/svelte.d.ts': svelte(elements) };
}

/** Files that differ from what the manifest gives (empty when up to date). */
export function staleTypeFiles(dir = root) {
  const manifest = JSON.parse(readFileSync(`${dir}custom-elements.json`, 'utf8'));
  return Object.entries(frameworkTypes(manifest))
    .filter(([file, content]) => {
      try {
        return readFileSync(`${dir}${file}`, 'utf8') !== content;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
}

/** Writes the typing files from the manifest (`npm run build` does). */
export function writeFrameworkTypes(dir = root) {
  const manifest = JSON.parse(readFileSync(`${dir}custom-elements.json`, 'utf8'));
  mkdirSync(`${dir}types`, { recursive: true });
  for (const [file, content] of Object.entries(frameworkTypes(manifest))) writeFileSync(`${dir}${file}`, content);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleTypeFiles();
    if (stale.length) {
      console.error(`Out of date with custom-elements.json: ${stale.join(', ')}. Run node scripts/build-framework-types.mjs`);
      process.exit(1);
    }
  } else {
    writeFrameworkTypes();
  }
}
