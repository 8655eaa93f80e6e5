/**
 * Launching the built extension in Debian's Chromium with playwright-core, and the steps a test repeats: open a page
 * in a new tab and learn its tab id, open Crux's popup page for that tab, save screenshots.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.join(import.meta.dirname, '..', '..', '..');

/** Where screenshots go (uploaded as CI artifacts). */
export const ARTIFACTS_DIR = path.join(ROOT, 'test-results');

/** The two builds: the store build asks for no host access; the e2e build adds http://127.0.0.1/* only. */
export const BUILDS = {
  store: path.join(ROOT, '.output', 'chrome-mv3'),
  e2e: path.join(ROOT, '.output', 'chrome-mv3-e2e'),
} as const;

/** Chromium flags that keep it quiet and offline on a shared CI machine (see TOOLCHAIN.md). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Hermetic: every host but the local fixture server fails to resolve at once (no waiting on a DNS timeout).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** A browser with Crux loaded. */
export interface ExtensionBrowser {
  /** The persistent context (one window, the extension installed). */
  context: BrowserContext;
  /** Crux's service worker. */
  worker: Worker;
  /** Crux's extension id. */
  extensionId: string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Options for {@link launchExtension}. */
export interface LaunchOptions {
  /** Which build to load. */
  build: keyof typeof BUILDS;
  /** Headless (default) or a real window (needs `env.DISPLAY`, e.g. from Xvfb). */
  headless?: boolean;
  /** Environment for the browser process (e.g. DISPLAY). */
  env?: Record<string, string>;
}

/** Starts Chromium with a fresh profile and Crux loaded; waits for the service worker to learn the extension id. */
export async function launchExtension({ build, headless = true, env }: LaunchOptions): Promise<ExtensionBrowser> {
  const extDir = BUILDS[build];
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'crux-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    env: env ? ({ ...process.env, ...env } as Record<string, string>) : undefined,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The part of the extension API the tests call inside the service worker (evaluated there, not in Node). */
declare const chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } };

/** The ids of all open tabs, asked from the extension's service worker (needs no `tabs` permission). */
async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/**
 * Opens `url` in a new tab, as a user would.
 * @returns the page and the browser's id of its tab (for the popup's `?tab=` parameter).
 */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(browser.worker));
  const page = await browser.context.newPage();
  const added = (await tabIds(browser.worker)).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  // A failed load (error page) or a download must not stop the test here: the popup is what is under test.
  await page.goto(url).catch(() => {});
  return { page, tabId: added[0]! };
}

/** Opens Crux's popup page as a tab acting on `tabId`, sized like the toolbar popup. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 300 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Saves light and dark screenshots of the popup page to `test-results/<name>-{light,dark}.png`. */
export async function screenshotBothThemes(popup: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await popup.emulateMedia({ colorScheme: null });
}
