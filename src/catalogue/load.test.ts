import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../tests/helpers/catalogue-server.js';
import { CatalogueError } from './errors.js';
import {
  clearCatalogueCache,
  configureLoader,
  fetchCatalogue,
  subscribeCatalogue,
  type CatalogueState,
} from './load.js';
import { memoryCopies } from './saved-copies.js';

const body = JSON.stringify({
  format: 'willkommen-catalogue',
  version: 1,
  offers: [{ id: 'o-1', title: { de: 'Sprachkurs', en: 'Language course' } }],
});
const json = { 'content-type': 'application/json' };

let server: Awaited<ReturnType<typeof startServer>>;
const copies = memoryCopies();

beforeAll(async () => {
  server = await startServer({
    '/ok': (_q, res) => res.writeHead(200, json).end(body),
    '/500-then-200': (_q, res, hit) => (hit === 1 ? res.writeHead(500).end('boom') : res.writeHead(200, json).end(body)),
    '/429-retry-after': (_q, res, hit) =>
      hit === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : res.writeHead(200, json).end(body),
    '/429-too-long': (_q, res) => res.writeHead(429, { 'retry-after': '3600' }).end(),
    '/always-503': (_q, res) => res.writeHead(503).end(),
    '/404': (_q, res) => res.writeHead(404).end(),
    '/hang': () => undefined,
    '/truncated': (_q, res) => res.writeHead(200, json).end(body.slice(0, 60)),
    '/html': (_q, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Willkommen</title><p>Startseite'),
    '/not-a-catalogue': (_q, res) => res.writeHead(200, json).end('{"type":"FeatureCollection","features":[]}'),
    '/oversized': (_q, res) => {
      res.writeHead(200, json);
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/declared-oversized': (_q, res) => {
      res.writeHead(200, { ...json, 'content-length': String(50 * 1024 * 1024) });
      res.write('{');
    },
    '/flaky-after-save': (_q, res, hit) => (hit === 1 ? res.writeHead(200, json).end(body) : res.writeHead(500).end()),
    '/shared': (_q, res) => setTimeout(() => res.writeHead(200, json).end(body), 50),
    '/slow-ok': (_q, res) => setTimeout(() => res.writeHead(200, json).end(body), 300),
    '/slow-changed': (_q, res) => setTimeout(() => res.writeHead(200, json).end(body.replace('Sprachkurs', 'Sprachkurs am Abend')), 300),
  });
  configureLoader({ savedCopies: copies, backoffLimit: 200, timeout: 2_000, maxRetryAfter: 5_000 });
});
afterAll(() => server.close());
beforeEach(() => {
  copies.entries.clear();
  clearCatalogueCache();
});

async function failure(path: string, options = {}): Promise<CatalogueError> {
  const error = await fetchCatalogue(server.url(path), undefined, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogueError);
  return error as CatalogueError;
}

describe('fetchCatalogue', () => {
  it('downloads, validates and saves a copy', async () => {
    const result = await fetchCatalogue(server.url('/ok'));
    expect(result.catalogue.offers[0].id).toBe('o-1');
    expect(result.stale).toBeUndefined();
    await new Promise((r) => setTimeout(r, 10));
    expect(copies.entries.get(server.url('/ok'))?.text).toBe(body);
  });

  it('retries after a 500 and succeeds', async () => {
    const result = await fetchCatalogue(server.url('/500-then-200'));
    expect(result.catalogue.offers).toHaveLength(1);
    expect(server.hits('/500-then-200')).toBe(2);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const started = performance.now();
    await fetchCatalogue(server.url('/429-retry-after'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.hits('/429-retry-after')).toBe(2);
  });

  it('waits no longer than the cap when Retry-After asks for an hour', async () => {
    const started = performance.now();
    const error = await failure('/429-too-long', { maxRetryAfter: 300, retries: 2 });
    expect(error).toMatchObject({ kind: 'http', details: { status: 429 } });
    expect(server.hits('/429-too-long')).toBe(3);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('stops after the retry limit on a server that keeps failing', async () => {
    const error = await failure('/always-503', { retries: 2, maxRetryAfter: 0 });
    expect(error).toMatchObject({ kind: 'http', details: { status: 503 } });
    expect(server.hits('/always-503')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const error = await failure('/404');
    expect(error.message).toBe('The server answered 404 Not Found.');
    expect(server.hits('/404')).toBe(1);
  });

  it('times out on a server that never answers', async () => {
    const error = await failure('/hang', { timeout: 300, retries: 0 });
    expect(error.kind).toBe('timeout');
  });

  it('classifies truncated JSON', async () => {
    const error = await failure('/truncated');
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/incomplete or not valid JSON/);
  });

  it('recognises an HTML page served with status 200', async () => {
    const error = await failure('/html');
    expect(error).toMatchObject({ kind: 'not-json', message: 'The address returned a web page, not a catalogue (JSON).' });
  });

  it('refuses JSON that is not a catalogue', async () => {
    expect((await failure('/not-a-catalogue')).kind).toBe('not-catalogue');
  });

  it('aborts a download that grows beyond the size cap', async () => {
    const error = await failure('/oversized', { maxBytes: 1024 * 1024 });
    expect(error).toMatchObject({ kind: 'too-large', message: 'The catalogue is larger than the limit of 1.0 MB.' });
    await new Promise((r) => setTimeout(r, 50));
    expect(server.aborted('/oversized')).toBe(true);
  });

  it('refuses a body whose declared length is beyond the cap without reading it', async () => {
    expect((await failure('/declared-oversized')).kind).toBe('too-large');
  });

  it('reports a network failure', async () => {
    const error = await fetchCatalogue('http://127.0.0.1:9/none', undefined, { retries: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
  });

  it('shows the last good copy, with its date, when the server fails', async () => {
    const url = server.url('/flaky-after-save');
    await fetchCatalogue(url);
    await new Promise((r) => setTimeout(r, 10));
    const stale = await fetchCatalogue(url, undefined, { retries: 0 });
    expect(stale.catalogue.offers[0].id).toBe('o-1');
    expect(stale.stale?.error.kind).toBe('http');
    expect(Date.parse(stale.stale?.savedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('subscribeCatalogue', () => {
  it('shares one download and one parsed catalogue between subscribers of one URL', async () => {
    const url = server.url('/shared');
    const seen: CatalogueState[][] = [[], []];
    const a = subscribeCatalogue(url, (s) => seen[0].push(s));
    const b = subscribeCatalogue(url, (s) => seen[1].push(s));
    await new Promise((r) => setTimeout(r, 200));
    expect(server.hits('/shared')).toBe(1);
    const [last0, last1] = seen.map((list) => list.at(-1));
    expect(last0?.status).toBe('ready');
    expect(last0?.status === 'ready' && last1?.status === 'ready' && last0.result === last1.result).toBe(true);
    const late: CatalogueState[] = [];
    subscribeCatalogue(url, (s) => late.push(s)).unsubscribe();
    expect(late.map((s) => s.status)).toEqual(['ready']);
    a.unsubscribe();
    b.unsubscribe();
  });

  it('cancels the request when the last subscriber leaves', async () => {
    const seen: CatalogueState[] = [];
    const sub = subscribeCatalogue(server.url('/hang'), (s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    await new Promise((r) => setTimeout(r, 50));
    expect(server.aborted('/hang')).toBe(true);
    expect(seen.map((s) => s.status)).toEqual(['loading']);
  });

  it('reload downloads again for every subscriber', async () => {
    const url = server.url('/ok');
    const before = server.hits('/ok');
    const seen: string[] = [];
    const sub = subscribeCatalogue(url, (s) => seen.push(s.status));
    await new Promise((r) => setTimeout(r, 100));
    sub.reload();
    await new Promise((r) => setTimeout(r, 100));
    // What is shown stays while the new download runs.
    expect(seen).toEqual(['loading', 'ready', 'ready']);
    expect(server.hits('/ok') - before).toBe(2);
    sub.unsubscribe();
  });
});

describe('second visits and slow connections', () => {
  const saved = (url: string, ageMs: number, text = body) => copies.entries.set(url, { text, savedAt: new Date(Date.now() - ageMs).toISOString() });
  const watch = (url: string) => {
    const seen: CatalogueState[] = [];
    const sub = subscribeCatalogue(url, (s) => seen.push(s));
    return { seen, sub };
  };
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const title = (s: CatalogueState | undefined) => (s?.status === 'ready' ? (s.result.catalogue.offers[0].title as Record<string, string>).de : undefined);

  it('shows the saved copy at once and the fresh one when it arrives', async () => {
    const url = server.url('/slow-changed');
    saved(url, 60_000);
    const { seen, sub } = watch(url);
    await wait(100);
    const first = seen.at(-1);
    expect(first?.status === 'ready' && first.result.saved).toEqual({ savedAt: copies.entries.get(url)?.savedAt, old: false });
    expect(title(first)).toBe('Sprachkurs');
    await wait(400);
    const last = seen.at(-1);
    expect(last?.status === 'ready' && last.result.saved).toBe(undefined);
    expect(title(last)).toBe('Sprachkurs am Abend');
    expect(seen.map((s) => s.status)).toEqual(['loading', 'ready', 'ready']);
    // The fresh copy is saved for the next visit.
    expect(copies.entries.get(url)?.text).toContain('Sprachkurs am Abend');
    sub.unsubscribe();
  });

  it('keeps the same catalogue object when the fresh copy is the saved one', async () => {
    const url = server.url('/slow-ok');
    saved(url, 60_000);
    const { seen, sub } = watch(url);
    await wait(500);
    const [copy, fresh] = seen.filter((s) => s.status === 'ready');
    expect(copy.status === 'ready' && fresh.status === 'ready' && copy.result.catalogue === fresh.result.catalogue).toBe(true);
    expect(fresh.status === 'ready' && fresh.result.saved).toBe(undefined);
    sub.unsubscribe();
  });

  it('marks a copy older than freshFor, so elements show its date', async () => {
    const url = server.url('/slow-ok');
    saved(url, 3 * 24 * 60 * 60 * 1000);
    const { seen, sub } = watch(url);
    await wait(100);
    const first = seen.at(-1);
    expect(first?.status === 'ready' && first.result.saved?.old).toBe(true);
    sub.unsubscribe();
  });

  it('says the connection is slow, then gives up with a timeout at the deadline', async () => {
    configureLoader({ slowAfter: 100, deadline: 600, timeout: 250 });
    try {
      const started = Date.now();
      const { seen, sub } = watch(server.url('/hang'));
      await wait(200);
      expect(seen.at(-1)).toMatchObject({ status: 'loading', slow: true });
      while (seen.at(-1)?.status === 'loading' && Date.now() - started < 3000) await wait(20);
      const last = seen.at(-1);
      expect(last?.status === 'error' && last.error.kind).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(1500);
      sub.unsubscribe();
    } finally {
      configureLoader({ slowAfter: 4_000, deadline: 30_000, timeout: 2_000 });
    }
  });

  it('keeps showing the saved copy, with its date, when a hanging server reaches the deadline', async () => {
    configureLoader({ slowAfter: 100, deadline: 400, timeout: 150 });
    try {
      const url = server.url('/hang');
      saved(url, 60_000);
      const { seen, sub } = watch(url);
      await wait(1200);
      expect(seen.map((s) => s.status)).toEqual(['loading', 'ready', 'ready']);
      const last = seen.at(-1);
      expect(last?.status === 'ready' && last.result.stale?.error.kind).toBe('timeout');
      expect(last?.status === 'ready' && last.result.stale?.savedAt).toBe(copies.entries.get(url)?.savedAt);
      sub.unsubscribe();
    } finally {
      configureLoader({ slowAfter: 4_000, deadline: 30_000, timeout: 2_000 });
    }
  });
});
