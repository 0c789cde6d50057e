// The static server (scripts/serve.mjs) over the project's folder and headless Chromium, for the
// Playwright tests that open the built script-tag files in a page.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

/** The project's folder (with a slash at the end). */
export const ROOT = new URL('../..', import.meta.url).pathname;

export interface BrowserPage {
  /** Where the server is, such as `http://127.0.0.1:41234` (no slash at the end). */
  base: string;
  browser: Browser;
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/** Serves `root` (the project's folder unless given) and starts Chromium. */
export async function startBrowserPage(root = ROOT): Promise<BrowserPage> {
  const { server, url } = await serve({ root });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    base: url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
