/**
 * For tests that make the kit write to the console on purpose (a hostile catalogue, a failing
 * server): the messages a test expects are kept for it to assert, instead of printed; every other
 * message still reaches the console, so a warning nobody expected is seen. Works in the browser
 * tests and in Vitest.
 */
type Method = 'log' | 'info' | 'warn' | 'error' | 'group' | 'groupCollapsed' | 'groupEnd';
type Log = (...args: unknown[]) => void;

export interface ExpectedConsole {
  /** The messages kept for `method` (each call's arguments joined by spaces), in order. */
  messages(method: Method): string[];
  /** Gives the console back its own methods. */
  restore(): void;
}

const active = new Set<ExpectedConsole>();

const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');

/**
 * Keeps the console messages that match the pattern given for their method (`{ error: /…/ }`);
 * `groupEnd: true` keeps every `console.groupEnd()`. Call `restore()`, or `restoreConsole()` in an
 * `afterEach`, so a failing test does not keep the console.
 */
export function expectConsole(patterns: Partial<Record<Method, RegExp | true>>): ExpectedConsole {
  const kept = new Map<Method, string[]>();
  const console_ = console as unknown as Record<Method, Log>;
  const originals = new Map<Method, Log>();
  for (const [method, pattern] of Object.entries(patterns) as [Method, RegExp | true][]) {
    const original = console_[method];
    originals.set(method, original);
    kept.set(method, []);
    console_[method] = (...args: unknown[]) => {
      const message = text(args);
      if (pattern === true || pattern.test(message)) kept.get(method)?.push(message);
      else original.apply(console, args);
    };
  }
  const expected: ExpectedConsole = {
    messages: (method) => [...(kept.get(method) ?? [])],
    restore() {
      for (const [method, original] of originals) console_[method] = original;
      originals.clear();
      active.delete(expected);
    },
  };
  active.add(expected);
  return expected;
}

/** Restores every console taken by `expectConsole` and not given back yet (for `afterEach`). */
export function restoreConsole(): void {
  for (const expected of [...active].reverse()) expected.restore();
}
