/** Waits until `check()` is truthy (polling), or fails after `ms`. */
export async function until(check: () => unknown, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
