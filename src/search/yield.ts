/**
 * Giving the main thread back to the page between slices of background work, so key presses,
 * clicks and frames are not held up by indexing a large catalogue.
 */

interface Scheduler {
  postTask?: (callback: () => void) => Promise<void>;
}
interface Scheduling {
  isInputPending?: () => boolean;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task, queued behind what the page has waiting (input comes first anyway).
 * Uses `scheduler.postTask()` where the browser has it, else a message to itself: unlike a chain of
 * `setTimeout(0)`, neither is slowed to one task per 4 ms. (`scheduler.yield()` is not used: its
 * continuations go before the page's other tasks, so seconds of indexing would hold up timers and
 * network callbacks.) In Node (tests, tools), `setImmediate`: its message ports would run a chain of
 * messages before any timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined);
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(0);
  });
}

/** True when the visitor pressed a key or clicked and the page has not handled it yet (where the browser tells). */
export function inputPending(): boolean {
  const scheduling = (globalThis as { navigator?: { scheduling?: Scheduling } }).navigator?.scheduling;
  return scheduling?.isInputPending?.() ?? false;
}
