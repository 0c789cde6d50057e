/**
 * Validation of a downloaded catalogue text in a Web Worker where the page allows one (the kit's
 * files on the page's own origin, a CSP with worker-src or script-src 'self'); otherwise on the
 * main thread, with the validator loaded on demand. Either way the result is the same.
 */
import { takeEarlyWorker } from './early.js';
import { CatalogueError } from './errors.js';
import type { ValidationResult } from './validate.js';
import type { ValidateRequest } from './validate-worker.js';

type Reply = { id: number; result?: ValidationResult; error?: { kind: CatalogueError['kind']; message: string; details: CatalogueError['details'] } };

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ValidationResult) => void; reject: (e: unknown) => void; text: string; contentType: string }>();

async function onMainThread(text: string, contentType: string): Promise<ValidationResult> {
  const { parseCatalogue } = await import('./parse.js');
  return parseCatalogue(text, contentType);
}

function failWorker(): void {
  workerFailed = true;
  worker?.terminate();
  worker = undefined;
  // Whatever was waiting is validated on the main thread instead.
  for (const [id, job] of pending) {
    pending.delete(id);
    onMainThread(job.text, job.contentType).then(job.resolve, job.reject);
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
    if (result) job.resolve(result);
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

/** Parses and validates a catalogue text; rejects with a classified `CatalogueError`. */
export function validateText(text: string, contentType = ''): Promise<ValidationResult> {
  const w = getWorker();
  if (!w) return onMainThread(text, contentType);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, text, contentType });
    const request: ValidateRequest = { id, text, contentType };
    w.postMessage(request);
  });
}
