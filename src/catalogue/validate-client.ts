/**
 * Validation of a downloaded catalogue text in a Web Worker where the page allows one (the kit's
 * files on the page's own origin, a CSP with worker-src or script-src 'self'); otherwise on the
 * main thread, with the validator loaded on demand. Either way the result is the same.
 */
import { takeEarlyWorker, type EarlySaved } from './early.js';
import { CatalogueError } from './errors.js';
import { fingerprint } from './fingerprint.js';
import type { ValidationResult } from './validate.js';
import type { ValidateRequest } from './validate-worker.js';

type Reply = { id: number; result?: ValidationResult; fingerprint?: string; error?: { kind: CatalogueError['kind']; message: string; details: CatalogueError['details'] } };

/** A validated document, with the fingerprint of its bytes (the same bytes, the same print). */
export type Validated = ValidationResult & { fingerprint: string };

/** Where the worker keeps the copy for the next visit (a Cache API cache), if anywhere. */
export interface SaveRequest {
  cache: string;
  url: string;
  savedAt: string;
  header: string;
  /** Keep the validator's result beside the copy too (read early on the next visit). */
  result?: boolean;
}

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Validated) => void; reject: (e: unknown) => void; bytes: Uint8Array; contentType: string }>();

async function onMainThread(bytes: Uint8Array, contentType: string): Promise<Validated> {
  const { parseCatalogue } = await import('./parse.js');
  return { ...parseCatalogue(new TextDecoder('utf-8').decode(bytes), contentType), fingerprint: fingerprint(bytes) };
}

function failWorker(): void {
  workerFailed = true;
  worker?.terminate();
  worker = undefined;
  // Whatever was waiting is validated on the main thread instead.
  for (const [id, job] of pending) {
    pending.delete(id);
    onMainThread(job.bytes, job.contentType).then(job.resolve, job.reject);
  }
}

function getWorker(): Worker | undefined {
  if (worker || workerFailed || typeof Worker === 'undefined') return worker;
  try {
    // The script-tag files start the worker early, while the catalogue downloads.
    worker = takeEarlyWorker() ?? new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module', name: 'willkommen-widgets validator' });
  } catch {
    workerFailed = true; // e.g. the kit is served from another origin than the page
    return undefined;
  }
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    const { result, error } = event.data;
    if (result) job.resolve({ ...result, fingerprint: event.data.fingerprint ?? '' });
    else job.reject(new CatalogueError(error?.kind ?? 'not-json', error?.message ?? 'The catalogue could not be read.', error?.details));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failWorker();
  });
  return worker;
}

/** Starts the validator's worker ahead of the first catalogue, so it is ready when the text is. */
export function prepareValidator(): void {
  getWorker();
}

/**
 * Decodes, parses and validates a downloaded document; rejects with a classified `CatalogueError`.
 * In the worker, `save` keeps the document for the next visit there too; `saved` says whether it
 * did (else the caller keeps it, on the main thread).
 */
export function validateBytes(bytes: Uint8Array, contentType = '', save?: SaveRequest): Promise<Validated & { saved: boolean }> {
  const w = getWorker();
  if (!w) return onMainThread(bytes, contentType).then((r) => ({ ...r, saved: false }));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    // The worker gets its own copy of the bytes to take over; the main thread's stays for the
    // fallback should the worker fail.
    const copy = bytes.slice();
    pending.set(id, { resolve: (r) => resolve({ ...r, saved: !!save }), reject, bytes, contentType });
    const request: ValidateRequest = { id, bytes: copy.buffer, contentType, save };
    w.postMessage(request, [copy.buffer]);
  });
}

/** Keeps a document for the next visit from the worker (true), or says it cannot (false). */
export function saveInWorker(bytes: Uint8Array, save: SaveRequest): boolean {
  const w = getWorker();
  if (!w) return false;
  const copy = bytes.slice();
  const request: ValidateRequest = { id: 0, bytes: copy.buffer, contentType: '', save, onlySave: true };
  w.postMessage(request, [copy.buffer]);
  return true;
}

/** Parses and validates a catalogue text; rejects with a classified `CatalogueError`. */
export function validateText(text: string, contentType = ''): Promise<Validated> {
  return validateBytes(new TextEncoder().encode(text), contentType);
}

/**
 * A saved copy read early by the script-tag file (see early.ts): what the validator made of it on an
 * earlier visit, or the worker's answer where it validated the copy already, else the copy validated
 * now. Rejects as `validateBytes` does.
 */
export async function validateEarlySaved(saved: EarlySaved): Promise<Validated> {
  if (saved.validated) return { ...(saved.validated.result as ValidationResult), fingerprint: saved.validated.fingerprint };
  const reply = (await saved.reply) as Reply | undefined;
  if (reply?.result) return { ...reply.result, fingerprint: reply.fingerprint ?? '' };
  if (reply?.error) throw new CatalogueError(reply.error.kind, reply.error.message, reply.error.details);
  if (!saved.bytes) throw new CatalogueError('not-json', 'The saved copy could not be read.');
  return validateBytes(saved.bytes);
}
