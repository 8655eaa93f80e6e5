/**
 * The driver interface in Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi (no geckodriver, no
 * browser download). Crux's Firefox e2e build (`.output/firefox-mv3-e2e/`) is installed as a temporary add-on.
 *
 * BiDi refuses to navigate a tab to a `moz-extension://` URL, and cannot tell a tab's WebExtension id, so the popup
 * and the library are opened by Crux itself through its test seam (entrypoints/background/e2e-seam.ts): the driver
 * writes a one-command helper add-on with the seam's fixed id, installs it (its background sends the command to
 * Crux with `runtime.sendMessage`), waits for the new tab, and uninstalls it. Scripts, screenshots and viewports
 * work in the opened extension tab as in any other.
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './browser';
import type { Driver, DriverPage, LaunchOptions } from './driver';

/** Crux's add-on id (wxt.config.ts, `browser_specific_settings.gecko.id`). */
const CRUX_ID = 'crux@crux-reader.org';
/** The helper add-on's id: the only sender the e2e seam obeys (E2E_DRIVER_ID in e2e-seam.ts). */
const DRIVER_ID = 'crux-e2e-driver@crux-reader.org';
/** Pinned through `extensions.webextensions.uuids`, so the driver knows Crux's page URLs. */
const CRUX_UUID = '6f0c1a6e-3c1d-4b7e-9a41-c0de0000e2e0';
/** Crux's origin in the test profile. */
const CRUX_ORIGIN = `moz-extension://${CRUX_UUID}`;
/** The Firefox e2e build. */
const FIREFOX_E2E_BUILD = path.join(ROOT, '.output', 'firefox-mv3-e2e');

/** Preferences of the test profile. */
const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [CRUX_ID]: CRUX_UUID }),
  // Crux scrolls at once when the reader asks for reduced motion (a smooth scroll can outlast the 1.5 s flash).
  'ui.prefersReducedMotion': 1,
  // Optional permissions asked by an extension (the per-site switch) are granted without the doorhanger, which
  // BiDi cannot reach: the request itself, its user-gesture rule and what Crux does with the grant are still real.
  'extensions.webextOptionalPermissionPrompts': false,
  // Hermetic and quiet: no updates, no telemetry, no first-run pages.
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'network.dns.disableIPv6': true,
};

/** A puppeteer page as a {@link DriverPage}. */
class FirefoxPage implements DriverPage {
  constructor(readonly page: Page) {}

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>;
  }

  async evaluateInFrame<A, R>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null> {
    // BiDi reports a moz-extension frame's URL as about:blank: ask each child frame where it is.
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (!href.includes(urlPart)) continue;
      return (frame.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>).catch(() => null);
    }
    return null;
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  typeAsUser(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  async pressAsUser(chord: string): Promise<void> {
    const keys = chord.split('+') as KeyInput[];
    const key = keys.pop()!;
    for (const modifier of keys) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of keys.reverse()) await this.page.keyboard.up(modifier);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
  }

  clickAsUser(css: string): Promise<void> {
    return this.page.locator(css).click();
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The helper add-on's files for one command: its background sends it to Crux, retrying while Crux starts. */
function helperFiles(command: object): Record<string, string> {
  return {
    'manifest.json': JSON.stringify({
      manifest_version: 2,
      name: 'Crux e2e driver',
      version: '1.0',
      browser_specific_settings: { gecko: { id: DRIVER_ID } },
      background: { scripts: ['background.js'] },
    }),
    'background.js': `(async () => {
  for (let attempt = 0; attempt < 20; attempt++) {
    try { await browser.runtime.sendMessage(${JSON.stringify(CRUX_ID)}, ${JSON.stringify(command)}); return; }
    catch { await new Promise((resolve) => setTimeout(resolve, 250)); }
  }
})();\n`,
  };
}

/** Starts Firefox ESR with a fresh profile and Crux's Firefox e2e build installed. */
export async function launchFirefox({ colorScheme = 'light' }: LaunchOptions = {}): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // BiDi in Firefox 153 cannot emulate prefers-color-scheme (puppeteer's emulateMediaFeatures needs CDP): the
    // scheme is a preference of the profile (0 dark, 1 light).
    extraPrefsFirefox: { ...PREFS, 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 },
  });
  await browser.installExtension(FIREFOX_E2E_BUILD);

  /** Sends one command through a helper add-on, and returns the extension tab it opened at `pathname`. */
  async function openThroughSeam(command: object, pathname: string): Promise<FirefoxPage> {
    const before = new Set(await browser.pages());
    const dir = await mkdtemp(path.join(tmpdir(), 'crux-e2e-driver-'));
    try {
      for (const [name, text] of Object.entries(helperFiles(command))) await writeFile(path.join(dir, name), text);
      const helper = await browser.installExtension(dir);
      try {
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          for (const page of await browser.pages()) {
            if (before.has(page)) continue;
            const href = await page.evaluate(() => location.href).catch(() => '');
            if (href.startsWith(`${CRUX_ORIGIN}${pathname}`)) return new FirefoxPage(page);
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`Crux did not open ${pathname}`);
      } finally {
        await browser.uninstallExtension(helper);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    name: 'firefox',
    extensionId: CRUX_ID,
    grantsPermissionRequests: true,
    // Opened through the seam, the popup has no activeTab grant, and without one (or the `tabs` permission) Firefox
    // hides a browser page's URL from Crux: what is left is the refusal, read as "no access". After a real toolbar
    // click the URL is readable and Crux says it is one of the browser's own pages (not reachable from a test).
    restrictedPage: { url: 'about:robots', title: 'Crux can’t access this page', text: 'Click the Crux button' },
    async openPage(url) {
      const page = new FirefoxPage(await browser.newPage());
      await page.goto(url);
      return page;
    },
    async openPopup(page) {
      await page.bringToFront();
      const popup = await openThroughSeam({ open: 'popup' }, '/popup.html');
      await popup.setViewport(400, 600);
      return popup;
    },
    async openLibrary() {
      const library = await openThroughSeam({ open: 'library' }, '/library.html');
      await library.setViewport(1000, 800);
      return library;
    },
    close: () => browser.close(),
  };
}
