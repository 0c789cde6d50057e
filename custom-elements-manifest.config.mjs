// The custom elements manifest (custom-elements.json): attributes, properties, methods, events,
// parts and custom properties of each element, read from the class doc comments. `npm run build`
// writes it; Storybook's docs pages, the editor hints and the framework types are made from it.
//
// The manifest holds the public API only (see `publicApiOnly` and `packageExportsOnly`), and every
// event carries its name and the shape of its `detail` (see `eventDetails`).
import { readdirSync, readFileSync } from 'node:fs';

/** Decorators that make a member internal state or a handle on the shadow DOM, never API. */
const INTERNAL_DECORATORS = new Set(['state', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'queryAssignedNodes']);

const nameOf = (ts, name) => (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined);

/**
 * Leaves out what a host page cannot or should not use. An element's API is its attributes (with
 * their properties) and the members its class doc comment names in an `@api` tag:
 *
 *   @api results, selected, open, reset
 *
 * Everything else is left out: private and protected members, members named with `_` or `#`, Lit's
 * internal state (`@state()`, `@query()`), static members, and public members the kit's own modules
 * call (the catalogue controller's hooks, the offer's detail template), so a helper made public for
 * the kit's own use never becomes API by accident.
 */
function publicApiOnly() {
  /** Class name → { internal: names internal by their decorators, api: names in its `@api` tag }. */
  const classes = new Map();
  return {
    name: 'willkommen:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const internal = new Set();
      for (const member of node.members) {
        const decorators = (ts.canHaveDecorators(member) && ts.getDecorators(member)) || [];
        const isInternal = decorators.some((d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && INTERNAL_DECORATORS.has(d.expression.expression.text));
        const name = nameOf(ts, member.name);
        if (isInternal && name) internal.add(name);
      }
      const api = new Set();
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'api') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((c) => c.text).join('');
        for (const name of text.split(/[\s,]+/)) if (name) api.add(name.replace(/\(\)$/, ''));
      }
      classes.set(node.name.text, { internal, api });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const own = classes.get(declaration.name);
          const isPublic = (member) => {
            if (member.privacy === 'private' || member.privacy === 'protected') return false;
            if (/^[_#]/.test(member.name) || member.static) return false;
            const declaring = classes.get(member.inheritedFrom?.name ?? declaration.name);
            if (declaring?.internal.has(member.name)) return false;
            return !!member.attribute || !!declaring?.api.has(member.name) || !!own?.api.has(member.name);
          };
          declaration.members = declaration.members.filter(isPublic);
          const fields = new Set(declaration.members.map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
        }
      }
    },
  };
}

/** Where the event classes live that the elements fire (besides the analysed element modules). */
const EVENT_MODULES = 'src/events';

/**
 * Names every event and describes its `detail`. The elements fire event classes (`WkSelectEvent`,
 * …) whose name is their static `type` and whose `detail` is a typed constructor parameter; `@fires
 * {WkSelectEvent} wk-select - …` in the class doc comment names and describes them. An event the
 * analyzer found in a `dispatchEvent(new …)` without a `@fires` gets its name from its class; each
 * event's description ends with the shape of its detail, e.g.
 * "`detail`: `{ offer: Offer | null; job?: Job | null; id: string | null }`".
 */
function eventDetails() {
  /** Event class name → { name, typeParams: [{ name, default }], detail (type text) }. */
  const events = new Map();
  /** Interface name → { typeParams, members: ['name?: Type', …] }. */
  const interfaces = new Map();
  let ts;
  const collect = (source) => {
    const constants = new Map();
    const params = (node) => (node.typeParameters ?? []).map((p) => ({ name: p.name.text, default: p.default?.getText(source) }));
    const visit = (node) => {
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && ts.isStringLiteral(d.initializer)) constants.set(d.name.text, d.initializer.text);
      } else if (ts.isInterfaceDeclaration(node)) {
        const members = node.members
          .filter((m) => ts.isPropertySignature(m) && m.type)
          .map((m) => `${m.name.getText(source)}${m.questionToken ? '?' : ''}: ${m.type.getText(source)}`);
        interfaces.set(node.name.text, { typeParams: params(node), members });
      } else if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText(source);
        if (base !== 'Event' && base !== 'CustomEvent') return;
        let name;
        let detail;
        for (const member of node.members) {
          if (ts.isPropertyDeclaration(member) && nameOf(ts, member.name) === 'type' && member.initializer) {
            const init = member.initializer;
            name = ts.isStringLiteral(init) ? init.text : ts.isIdentifier(init) ? constants.get(init.text) : undefined;
          }
          if (ts.isPropertyDeclaration(member) && nameOf(ts, member.name) === 'detail' && member.type) detail = member.type.getText(source);
          if (ts.isConstructorDeclaration(member)) {
            const parameter = member.parameters.find((p) => nameOf(ts, p.name) === 'detail' && p.type);
            if (parameter) detail = parameter.type.getText(source);
          }
        }
        events.set(node.name.text, { name, typeParams: params(node), detail });
      }
    };
    // Constants first, so a `static type = SOME_CONSTANT` declared later in the file resolves.
    ts.forEachChild(source, (node) => ts.isVariableStatement(node) && visit(node));
    ts.forEachChild(source, visit);
  };
  /** `Name<A, B>` → ['Name', ['A', 'B']] (type arguments split at the top level only). */
  const split = (text) => {
    const match = /^([\w$.]+)\s*(?:<(.*)>)?$/s.exec(text.trim());
    if (!match) return [text.trim(), []];
    const args = [];
    let depth = 0;
    let current = '';
    for (const c of match[2] ?? '') {
      if (c === '<' || c === '{' || c === '(' || c === '[') depth++;
      if (c === '>' || c === '}' || c === ')' || c === ']') depth--;
      if (c === ',' && depth === 0) {
        args.push(current.trim());
        current = '';
      } else current += c;
    }
    if (current.trim()) args.push(current.trim());
    return [match[1], args];
  };
  const substitute = (text, typeParams, args) =>
    typeParams.reduce((t, p, i) => t.replace(new RegExp(`\\b${p.name}\\b`, 'g'), args[i] ?? p.default ?? 'unknown'), text);
  /** The detail of an event type such as `WkFilterChangeEvent<EventFilters>`, as an object type. */
  const detailOf = (typeText) => {
    const [className, args] = split(typeText);
    const event = events.get(className);
    if (!event?.detail) return undefined;
    const [detailName, detailArgs] = split(substitute(event.detail, event.typeParams, args));
    const shape = interfaces.get(detailName);
    if (!shape) return event.detail;
    return `{ ${shape.members.map((m) => substitute(m, shape.typeParams, detailArgs)).join('; ')} }`;
  };
  return {
    name: 'willkommen:event-details',
    initialize({ ts: compiler }) {
      ts = compiler;
    },
    analyzePhase({ ts: compiler, node }) {
      ts = compiler;
      if (node.kind === compiler.SyntaxKind.SourceFile) collect(node);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const file of readdirSync(EVENT_MODULES)) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        const path = `${EVENT_MODULES}/${file}`;
        collect(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.events) continue;
          const byName = new Map();
          for (const event of declaration.events) {
            const name = event.name || events.get(split(event.type?.text ?? '')[0])?.name;
            if (!name) {
              byName.set(Symbol('nameless'), event); // kept, so the manifest test fails on it
              continue;
            }
            const known = byName.get(name);
            // A `@fires` tag (with its description) wins over an event found in the code.
            if (!known || (!known.description && event.description)) byName.set(name, { ...event, name });
          }
          declaration.events = [...byName.values()].map((event) => {
            const detail = event.type?.text && detailOf(event.type.text);
            if (!detail || !event.name) return event;
            const description = [event.description?.trim(), `\`detail\`: \`${detail}\``].filter(Boolean).join('\n\n');
            return { ...event, description };
          });
        }
      }
    },
  };
}

/**
 * Keeps the declarations a user of the package can reach: the elements and what the package's
 * entry (src/index.ts, with src/api.ts that it passes on) exports from these modules (`setMapConsent`, `FILTER_NAMES`, …), not the
 * modules' internal exports (style sheets, templates).
 */
function packageExportsOnly(entries = ['src/index.ts', 'src/api.ts']) {
  let ts;
  return {
    name: 'willkommen:package-exports-only',
    initialize({ ts: compiler }) {
      ts = compiler;
    },
    packageLinkPhase({ customElementsManifest }) {
      const exported = new Set();
      for (const entry of entries) {
        const source = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest, true);
        for (const statement of source.statements) {
          if (!ts.isExportDeclaration(statement) || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
          for (const element of statement.exportClause.elements) exported.add((element.propertyName ?? element.name).text);
        }
      }
      customElementsManifest.modules = customElementsManifest.modules
        .map((module) => {
          const declarations = (module.declarations ?? []).filter((d) => d.customElement || d.tagName || exported.has(d.name));
          const kept = new Set(declarations.map((d) => d.name));
          const exports = (module.exports ?? []).filter((e) => e.declaration?.module === module.path && kept.has(e.declaration.name));
          return { ...module, declarations, exports };
        })
        .filter((module) => module.declarations.length > 0)
        // In the order of their paths: the analyzer lists modules as it finishes reading them, which
        // differs between runs, and every build would otherwise rewrite the file.
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly(), eventDetails(), packageExportsOnly()],
};
