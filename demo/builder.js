// The embed builder: a webmaster chooses an element, a catalogue, presets, a language and colours,
// sees the element live, and copies the snippet with the Content-Security-Policy lines it needs.
// It runs under the demo's strict policy: no inline scripts or styles (the preview is themed through
// the CSSOM), and every value that goes into the snippet is escaped.

const $ = (id) => document.getElementById(id);
const KIT_FOLDER = new URL('../dist/cdn/', location.href).href;
const SAMPLE = new URL('catalogue.json', location.href).href;
const SAMPLE_PACK = new URL('pack/index.json', location.href).href;
const OSM_TILES = 'https://tile.openstreetmap.org';
/** The kit's defaults for the theme (src/styles/host.ts): only what differs goes into the snippet. */
const THEME_DEFAULTS = { accent: '#0b5cad', 'accent-contrast': '#ffffff', focus: '#c2410c', surface: '#ffffff', radius: '0.5' };

// ---------------------------------------------------------------------------------------------------
// Escaping: every value put into the snippet passes here.

/** Text for a double-quoted HTML attribute value. */
function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const isColour = (value) => /^#[0-9a-f]{6}$/i.test(value);

// ---------------------------------------------------------------------------------------------------
// The kit itself: its lists of filters, ranges, languages and its catalogue validator, so the builder
// offers exactly what the elements understand.

let kit;
try {
  kit = await import('../dist/cdn/willkommen-widgets.js');
} catch {
  const status = $('kit-status');
  status.hidden = false;
  status.textContent = `The kit's script files were not found at ${KIT_FOLDER}, so there is no preview and no list of presets. Build them with "npm run build" ("npm start" builds them and serves this page).`;
}

const ENGLISH = new Intl.DisplayNames(['en'], { type: 'language' });
/** Names Chromium's Intl lacks (it answers with the code). */
const LANGUAGE_NAMES = { prs: 'Dari', ps: 'Pashto', ku: 'Kurdish', ckb: 'Central Kurdish', ti: 'Tigrinya', so: 'Somali' };
function languageName(tag) {
  let name = tag;
  try {
    name = ENGLISH.of(tag) ?? tag;
  } catch {
    /* not a language tag: keep it */
  }
  return name === tag ? (LANGUAGE_NAMES[tag] ?? tag) : name;
}
/** A language's own name, as the elements write it (the kit's table has those browsers lack). */
function ownName(tag) {
  if (kit?.endonym) return kit.endonym(tag);
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? '';
  } catch {
    return '';
  }
}

/** Names of the kit's occupational fields (the job board's own, in English). */
const FIELD_NAMES = {
  care: 'Care', health: 'Health', hospitality: 'Hotels and restaurants', logistics: 'Logistics and warehouse', crafts: 'Crafts',
  construction: 'Construction', retail: 'Retail', manufacturing: 'Manufacturing', cleaning: 'Cleaning', agriculture: 'Agriculture',
  office: 'Office', it: 'IT', education: 'Education', social: 'Social work',
};
const TYPE_NAMES = { FULL_TIME: 'Full time', PART_TIME: 'Part time', APPRENTICESHIP: 'Apprenticeship', INTERN: 'Internship', MINI_JOB: 'Mini-job', TEMPORARY: 'Temporary' };
const FILTER_LABELS = {
  query: 'Search box', categories: 'Topics', languages: 'Languages spoken', place: 'Place', 'open-now': 'Open now', free: 'Free of charge',
  'near-me': 'Near me', range: 'Period', online: 'Online', field: 'Field', types: 'Type of work', level: 'German level', posted: 'Posted within',
};

/** What each element offers as presets, in the order of its attributes in the snippet. */
const ELEMENTS = {
  'offer-search': { records: 'offers', presets: ['categories', 'languages', 'region', 'hide-filters', 'open-linked', 'url-state'], filters: () => kit?.FILTER_NAMES ?? [] },
  'offer-map': { records: 'offers', presets: ['categories', 'region', 'consent'], filters: () => [] },
  'event-list': { records: 'events', presets: ['range', 'categories', 'languages', 'region', 'free', 'online', 'hide-filters'], filters: () => kit?.EVENT_FILTERS ?? [] },
  'job-board': { records: 'jobs', presets: ['level', 'fields', 'types', 'region', 'employer', 'posted-within', 'hide-filters', 'open-linked'], filters: () => kit?.JOB_FILTERS ?? [] },
};

// ---------------------------------------------------------------------------------------------------
// Reading the catalogue (or a pack's index and the parts an element shows).

/** What the builder knows of the catalogue at the current URL. */
let catalogue;
let reading;

async function readJson(url, signal) {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('this is not JSON');
  }
}

const nameOf = (value, fallbackLanguage) => {
  const local = kit.localText(value, 'en', fallbackLanguage);
  return local ? { text: local.text, lang: local.lang } : undefined;
};

/** Reads the document at `src`: its head at once, the records an element shows when it is chosen. */
async function readCatalogue(src) {
  reading?.abort();
  const controller = new AbortController();
  reading = controller;
  catalogue = undefined;
  const status = $('catalogue-status');
  status.classList.remove('problem');
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    status.classList.add('problem');
    status.textContent = 'This is not a URL.';
    return;
  }
  if (!kit) return;
  status.textContent = 'Reading the catalogue…';
  try {
    // The kit's own loader: downloaded, then validated in its worker, as the elements do.
    const { catalogue: head, pack } = await kit.fetchCatalogue(url.href, controller.signal);
    if (controller.signal.aborted) return;
    const language = head.defaultLanguage ?? 'de';
    const records = {};
    const parts = new Map();
    /** The records of one kind: from the document, or from the pack's part (the first list part for offers). */
    const load = (kind) => {
      if (!pack) return Promise.resolve({ list: head[kind] ?? [], complete: true });
      if (!parts.has(kind)) {
        const file = kind === 'offers' ? (pack.offers?.lists[language] ?? Object.values(pack.offers?.lists ?? {})[0])?.[0] : pack[kind]?.file;
        const partCount = kind === 'offers' ? (pack.offers?.lists[language] ?? Object.values(pack.offers?.lists ?? {})[0])?.length ?? 0 : 1;
        parts.set(
          kind,
          file
            ? kit.fetchCatalogue(new URL(file, url).href, controller.signal).then((part) => ({ list: part.catalogue[kind] ?? [], complete: partCount <= 1 }))
            : Promise.resolve({ list: [], complete: true }),
        );
      }
      return parts.get(kind);
    };
    catalogue = { url: url.href, head, pack, language, records, load };
    const counts = pack
      ? [pack.offers && `${pack.offers.count} offers`, pack.events && `${pack.events.count} events`, pack.jobs && `${pack.jobs.count} jobs`]
      : [`${head.offers.length} offers`, `${head.events.length} events`, `${head.jobs.length} jobs`];
    const title = nameOf(head.title, language)?.text ?? 'Untitled catalogue';
    status.textContent = `${pack ? 'Pack' : 'Catalogue'} read: “${title}” – ${counts.filter(Boolean).join(', ')}; ${head.categories.length} topics, ${head.regions.length} regions.`;
    await renderPresets();
  } catch (error) {
    if (controller.signal.aborted) return;
    // A refusal by this page's policy is reported in a task of its own, after the failed fetch.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (controller.signal.aborted) return;
    status.classList.add('problem');
    const reason = blockedByPolicy.has(url.origin)
      ? 'this page’s own Content-Security-Policy does not let it read from that address (the snippet can still use it)'
      : error instanceof TypeError
        ? 'the address could not be reached (offline, a wrong address, or the server does not let other sites read it: CORS)'
        : error instanceof Error
          ? error.message
          : String(error);
    status.textContent = `The catalogue could not be read: ${reason}.`;
    await renderPresets();
  }
}

/** Origins this page's policy refused to connect to (the demo allows only its own). */
const blockedByPolicy = new Set();
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.effectiveDirective !== 'connect-src') return;
  try {
    blockedByPolicy.add(new URL(event.blockedURI).origin);
  } catch {
    /* not a URL */
  }
});

// ---------------------------------------------------------------------------------------------------
// The preset fields, made from the catalogue. Choices are kept by attribute, so switching the element
// keeps the topics and the region chosen.

/** attribute → string (text, select), string[] (checkboxes) or boolean. */
const chosen = { range: 'week', 'open-linked': true };

const element = () => document.querySelector('input[name="element"]:checked')?.value ?? 'offer-search';

function checkboxGroup(attribute, legend, items, hint) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'inner checks';
  const title = document.createElement('legend');
  title.textContent = legend;
  fieldset.append(title);
  if (hint) {
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = hint;
    fieldset.append(note);
  }
  const selected = new Set(chosen[attribute] ?? []);
  for (const item of items) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = attribute;
    input.value = item.value;
    input.checked = selected.has(item.value);
    const text = document.createElement('span');
    const name = document.createElement('span');
    name.textContent = item.label;
    if (item.lang) name.lang = item.lang;
    text.append(name);
    if (item.own) {
      const own = document.createElement('span');
      own.lang = item.value;
      own.textContent = item.own;
      text.append(' – ', own);
    }
    if (item.detail) {
      const detail = document.createElement('span');
      detail.className = 'detail';
      detail.textContent = item.detail;
      text.append(' ', detail);
    }
    label.append(input, text);
    fieldset.append(label);
  }
  if (!items.length) {
    const none = document.createElement('p');
    none.className = 'hint';
    none.textContent = catalogue ? 'None in this catalogue.' : 'Read a catalogue to choose from its list.';
    fieldset.append(none);
  }
  return fieldset;
}

function selectField(attribute, labelText, items, emptyLabel) {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = `choice-${attribute}`;
  label.textContent = labelText;
  const select = document.createElement('select');
  select.id = `choice-${attribute}`;
  select.name = attribute;
  const options = emptyLabel === null ? items : [{ value: '', label: emptyLabel }, ...items];
  for (const item of options) {
    const option = document.createElement('option');
    option.value = item.value;
    option.textContent = item.detail ? `${item.label} ${item.detail}` : item.label;
    if (item.lang) option.lang = item.lang;
    select.append(option);
  }
  const current = chosen[attribute] ?? '';
  select.value = options.some((o) => o.value === current) ? current : (options[0]?.value ?? '');
  chosen[attribute] = select.value;
  wrap.append(label, select);
  return wrap;
}

function toggle(attribute, labelText) {
  const label = document.createElement('label');
  label.className = 'toggle';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = attribute;
  input.checked = !!chosen[attribute];
  label.append(input, ` ${labelText}`);
  return label;
}

const countLabel = (n, complete) => (complete ? `(${n})` : '');

async function renderPresets() {
  const tag = element();
  const spec = ELEMENTS[tag];
  const box = $('preset-fields');
  const fields = [];
  const head = catalogue?.head;
  const language = catalogue?.language ?? 'de';
  const { list: records, complete } = catalogue ? await catalogue.load(spec.records).catch(() => ({ list: [], complete: false })) : { list: [], complete: false };
  if (tag !== element()) return; // chosen again meanwhile
  const tally = (pick) => {
    const counts = new Map();
    for (const record of records) for (const value of [pick(record)].flat()) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const recordsName = { offers: 'offers', events: 'events', jobs: 'jobs' }[spec.records];
  for (const preset of spec.presets) {
    switch (preset) {
      case 'categories': {
        const counts = tally((r) => r.categories);
        const items = (head?.categories ?? []).map((c) => {
          const name = nameOf(c.name, language);
          return { value: c.id, label: name?.text ?? c.id, lang: name && name.lang !== 'en' ? name.lang : undefined, detail: countLabel(counts.get(c.id) ?? 0, complete) };
        });
        fields.push(checkboxGroup('categories', 'Topics', items, complete ? `Numbers: ${recordsName} in each topic.` : undefined));
        break;
      }
      case 'languages': {
        const counts = tally((r) => r.languages);
        const items = [...counts.keys()]
          .sort((a, b) => languageName(a).localeCompare(languageName(b), 'en'))
          .map((tagName) => {
            const own = ownName(tagName);
            const english = languageName(tagName);
            return { value: tagName, label: english, own: own && own !== english && own !== tagName ? own : undefined, detail: countLabel(counts.get(tagName), complete) };
          });
        const hint = complete ? `Languages spoken at the ${recordsName}; shows those in any of the chosen.` : `Languages spoken, read from the first part of the pack.`;
        fields.push(checkboxGroup('languages', 'Languages spoken', items, hint));
        break;
      }
      case 'region': {
        const items = (head?.regions ?? []).map((r) => {
          const name = nameOf(r.name, language);
          return { value: r.id, label: name?.text ?? r.id, lang: name && name.lang !== 'en' ? name.lang : undefined };
        });
        fields.push(selectField('region', 'Region', items, 'All regions'));
        break;
      }
      case 'range': {
        const names = { today: 'Today', week: 'The next 7 days', month: 'The next 30 days' };
        const items = (kit?.EVENT_RANGES ?? []).filter((r) => names[r]).map((r) => ({ value: r, label: names[r] }));
        fields.push(selectField('range', 'Period', items, null));
        break;
      }
      case 'free':
        fields.push(toggle('free', 'Only free events'));
        break;
      case 'online':
        fields.push(toggle('online', 'Only online events'));
        break;
      case 'consent':
        fields.push(toggle('consent', 'My consent banner already allows OpenStreetMap (the map loads at once, without its placeholder)'));
        break;
      case 'open-linked':
        fields.push(toggle('open-linked', 'Open shared links: a link a visitor shared opens that entry here (the page address is only read)'));
        break;
      case 'url-state':
        fields.push(toggle('url-state', 'Keep the search and the open offer in the page address (for links and the back button)'));
        break;
      case 'level': {
        const items = (kit?.CEFR_LEVELS ?? []).map((l) => ({ value: l, label: l }));
        fields.push(selectField('level', 'German level of the visitor', items, 'Not set'));
        break;
      }
      case 'fields': {
        const counts = tally((j) => j.field);
        const items = [...counts.keys()]
          .map((f) => ({ value: f, label: FIELD_NAMES[f] ?? f, detail: countLabel(counts.get(f), complete) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'en'));
        fields.push(selectField('fields', 'Field', items, 'All fields'));
        break;
      }
      case 'types': {
        const counts = tally((j) => j.employmentType);
        const items = (kit?.EMPLOYMENT_TYPES ?? []).filter((t) => counts.has(t)).map((t) => ({ value: t, label: TYPE_NAMES[t] ?? t, detail: countLabel(counts.get(t), complete) }));
        fields.push(checkboxGroup('types', 'Type of work', items));
        break;
      }
      case 'employer': {
        const counts = tally((j) => j.employer?.name);
        const items = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'de')).map((name) => ({ value: name, label: name, detail: countLabel(counts.get(name), complete) }));
        fields.push(selectField('employer', 'Only the jobs of one employer', items, 'All employers'));
        break;
      }
      case 'posted-within': {
        const items = [7, 14, 30, 60].map((days) => ({ value: String(days), label: `The last ${days} days` }));
        fields.push(selectField('posted-within', 'Posted within', items, 'Any time'));
        break;
      }
      case 'hide-filters': {
        const items = spec.filters().map((name) => ({ value: name, label: FILTER_LABELS[name] ?? name }));
        fields.push(checkboxGroup('hide-filters', 'Filters your visitors do not see', items, 'A hidden filter keeps its preset fixed.'));
        break;
      }
    }
  }
  // Keep focus where it was when the fields are made again (a catalogue read while the visitor works).
  const focused = box.contains(document.activeElement) ? document.activeElement : undefined;
  const key = focused && `${focused.name}\u0000${focused.value}`;
  box.replaceChildren(...fields);
  if (key) [...box.querySelectorAll('input, select')].find((i) => `${i.name}\u0000${i.value}` === key)?.focus();
  update();
}

// ---------------------------------------------------------------------------------------------------
// The snippet, the CSS, the policy and the preview, from the choices.

function readChoices() {
  const tag = element();
  const spec = ELEMENTS[tag];
  const attributes = [];
  const src = $('src').value.trim();
  if (src) attributes.push(['src', src]);
  const lang = $('lang').value;
  if (lang) attributes.push(['lang', lang]);
  const box = $('preset-fields');
  for (const preset of spec.presets) {
    const inputs = [...box.querySelectorAll(`[name="${preset}"]`)];
    if (!inputs.length) continue;
    if (inputs[0].type === 'checkbox' && inputs.length === 1 && ['free', 'online', 'consent', 'open-linked', 'url-state'].includes(preset)) {
      if (inputs[0].checked) attributes.push([preset, true]);
      continue;
    }
    if (inputs[0].type === 'checkbox') {
      const values = inputs.filter((i) => i.checked).map((i) => i.value);
      if (values.length) attributes.push([preset, values.join(',')]);
      continue;
    }
    const value = inputs[0].value;
    if (value && !(preset === 'range' && value === 'week')) attributes.push([preset, value]);
  }
  const theme = {};
  for (const name of ['accent', 'accent-contrast', 'focus']) {
    const value = $(name).value.toLowerCase();
    if (isColour(value) && value !== THEME_DEFAULTS[name]) theme[`--wk-${name}`] = value;
  }
  if ($('surface-on').checked && isColour($('surface').value)) theme['--wk-surface'] = $('surface').value.toLowerCase();
  const radius = Number($('radius').value);
  if (Number.isFinite(radius) && radius >= 0 && String(radius) !== THEME_DEFAULTS.radius) theme['--wk-radius'] = `${Math.round(Math.min(radius, 10) * 100) / 100}em`;
  const folder = $('kit').value.trim() || KIT_FOLDER;
  const file = document.querySelector('input[name="file"]:checked')?.value === 'all' ? 'willkommen-widgets.js' : `${tag}.js`;
  const styleForm = document.querySelector('input[name="style-form"]:checked')?.value ?? 'stylesheet';
  return { tag, attributes, theme, script: `${folder.endsWith('/') ? folder : `${folder}/`}${file}`, styleForm };
}

const declarations = (theme) => Object.entries(theme).map(([property, value]) => `${property}: ${value};`);

function cssText(choices) {
  const lines = declarations(choices.theme);
  return lines.length ? `${choices.tag} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}` : '';
}

/** The content of the snippet's <style> element: exactly what its policy hash covers. */
const styleContent = (choices) => `\n${cssText(choices)}\n`;

function snippetText(choices) {
  const attributes = [...choices.attributes];
  const style = declarations(choices.theme).join(' ');
  if (choices.styleForm === 'attribute' && style) attributes.push(['style', style]);
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const opening = written.join(' ').length > 70 ? `<${choices.tag}\n  ${written.join('\n  ')}>` : `<${[choices.tag, ...written].join(' ')}>`;
  const lines = [`<script type="module" src="${escapeAttribute(choices.script)}"></script>`];
  if (choices.styleForm === 'element' && style) lines.push(`<style>${styleContent(choices)}</style>`);
  lines.push(`${opening}</${choices.tag}>`);
  return lines.join('\n');
}

/** The origin of a URL as a policy source; a relative address is the page's own ('self'). */
function source(address) {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(address)) return "'self'";
  try {
    const url = new URL(address);
    return url.origin === 'null' ? "'self'" : url.origin;
  } catch {
    return "'self'";
  }
}

async function sha256(text) {
  if (!crypto.subtle) return undefined; // only in a secure context (https or localhost)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** The directives a host's policy needs for these choices, each with why. */
async function policy(choices) {
  const kitSource = source(choices.script);
  const src = choices.attributes.find(([name]) => name === 'src')?.[1];
  const lines = [
    { directive: 'script-src', sources: [kitSource], why: "the kit's script file, the modules it loads and the translations" },
    { directive: 'worker-src', sources: [kitSource], why: "the catalogue's validator runs in a worker when the kit is on your page's own origin (from another origin it runs in the page instead); without a worker-src or child-src directive, script-src covers it" },
    { directive: 'connect-src', sources: [src ? source(src) : "'self'"], why: catalogue?.pack ? 'the pack: its index and the parts the element shows' : 'the catalogue' },
  ];
  if (choices.tag === 'offer-map') lines.push({ directive: 'img-src', sources: [OSM_TILES], why: "the map's tiles, requested only after consent (with another tile-url, its server instead)" });
  const style = declarations(choices.theme).join(' ');
  if (choices.styleForm === 'element' && style) {
    const hash = await sha256(styleContent(choices));
    lines.push({
      directive: 'style-src',
      sources: [hash ? `'sha256-${hash}'` : "'unsafe-inline'"],
      why: hash ? 'the hash of the <style> element, exactly as in the snippet: a changed space changes it' : "the <style> element (open this page over https to get its hash instead of 'unsafe-inline')",
    });
  }
  if (choices.styleForm === 'attribute' && style) lines.push({ directive: 'style-src-attr', sources: ["'unsafe-inline'"], why: 'the style attribute on the element' });
  return lines;
}

// The preview: made again when the element or its attributes change, themed through the CSSOM.
let previewKey = '';
function renderPreview(choices) {
  const frame = $('preview');
  const key = JSON.stringify([choices.tag, choices.attributes]);
  let shown = frame.firstElementChild;
  if (key !== previewKey || !shown) {
    previewKey = key;
    shown = document.createElement(choices.tag);
    for (const [name, value] of choices.attributes) shown.setAttribute(name, value === true ? '' : value);
    frame.replaceChildren(shown);
  }
  for (const property of ['--wk-accent', '--wk-accent-contrast', '--wk-focus', '--wk-surface', '--wk-radius']) {
    if (choices.theme[property]) shown.style.setProperty(property, choices.theme[property]);
    else shown.style.removeProperty(property);
  }
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function contrastNote() {
  const accent = $('accent').value;
  const on = $('accent-contrast').value;
  const page = $('surface-on').checked ? $('surface').value : '#ffffff';
  const buttons = contrast(accent, on);
  const links = contrast(accent, page);
  const low = [buttons < 4.5 && 'the text on accent-coloured buttons', links < 4.5 && `accent-coloured links on ${$('surface-on').checked ? 'the background' : 'white'}`].filter(Boolean);
  const figures = `Contrast: text on the accent ${buttons.toFixed(1)}:1, accent on ${$('surface-on').checked ? 'the background' : 'white'} ${links.toFixed(1)}:1.`;
  $('contrast').textContent = low.length ? `${figures} Too low for ${low.join(' and ')}: WCAG AA asks for 4.5:1.` : `${figures} Both meet WCAG AA (4.5:1).`;
  $('contrast').classList.toggle('problem', low.length > 0);
}

let generation = 0;
async function update() {
  const choices = readChoices();
  const turn = ++generation;
  const snippet = snippetText(choices);
  const css = cssText(choices);
  setOutput('snippet', snippet);
  $('css-block').hidden = choices.styleForm !== 'stylesheet' || !css;
  $('no-css').hidden = !!css;
  setOutput('css', choices.styleForm === 'stylesheet' ? css : '');
  $('surface').disabled = !$('surface-on').checked;
  contrastNote();
  if (kit) renderPreview(choices);
  const lines = await policy(choices);
  if (turn !== generation) return;
  setOutput('csp', lines.map((l) => `${l.directive} ${l.sources.join(' ')}`).join('\n'));
  $('csp-reasons').replaceChildren(
    ...lines.map((l) => {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = l.directive;
      item.append(code, `: ${l.why}.`);
      return item;
    }),
  );
}

/** Sets a textarea's text; a change clears the "copied" note of its button. */
function setOutput(id, text) {
  const area = $(id);
  if (area.value === text) return;
  area.value = text;
  area.rows = Math.min(Math.max(text.split('\n').length, 2), 14);
  $(`${id}-status`).textContent = '';
}

async function copy(id) {
  const area = $(id);
  const status = $(`${id}-status`);
  const what = { snippet: 'Snippet', css: 'CSS', csp: 'Policy lines' }[id];
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = `${what} copied to the clipboard.`;
  } catch {
    area.focus();
    area.select();
    status.textContent = `Could not copy by itself: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Wiring.

function fillLanguages() {
  const select = $('lang');
  const none = document.createElement('option');
  none.value = '';
  none.textContent = "Follow the page's language";
  select.append(none);
  for (const tag of kit?.LOCALES ?? []) {
    const option = document.createElement('option');
    option.value = tag;
    const own = ownName(tag);
    option.textContent = own && own !== languageName(tag) ? `${languageName(tag)} – ${own}` : languageName(tag);
    select.append(option);
  }
}

const form = $('choices');
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  const target = event.target;
  if (target.type === 'text') return; // URLs are read when they are complete (change)
  if (target.closest('#preset-fields')) chosen[target.name] = target.type === 'checkbox' && !['free', 'online', 'consent', 'open-linked', 'url-state'].includes(target.name)
    ? [...form.querySelectorAll(`#preset-fields [name="${target.name}"]:checked`)].map((i) => i.value)
    : target.type === 'checkbox' ? target.checked : target.value;
  if (target.name === 'element') void renderPresets();
  else update();
});
form.addEventListener('change', (event) => {
  if (event.target.id === 'src') void readCatalogue($('src').value.trim());
  else if (event.target.type === 'text') update();
});
$('use-sample').addEventListener('click', () => {
  $('src').value = SAMPLE;
  void readCatalogue(SAMPLE);
});
$('use-pack').addEventListener('click', () => {
  $('src').value = SAMPLE_PACK;
  void readCatalogue(SAMPLE_PACK);
});
$('reset-theme').addEventListener('click', () => {
  for (const name of ['accent', 'accent-contrast', 'focus', 'surface', 'radius']) $(name).value = THEME_DEFAULTS[name];
  $('surface-on').checked = false;
  update();
});
for (const button of document.querySelectorAll('[data-copies]')) button.addEventListener('click', () => void copy(button.dataset.copies));

$('src').value = SAMPLE;
$('kit').value = KIT_FOLDER;
fillLanguages();
void readCatalogue(SAMPLE);
