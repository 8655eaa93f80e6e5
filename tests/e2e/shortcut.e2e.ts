/**
 * The store build (`.output/chrome-mv3/`, no host permissions) used the real way: a headed Chromium on a virtual
 * display, the user presses Crux's shortcut (Alt+Shift+K, `_execute_action`) on an article, the toolbar popup opens
 * with an `activeTab` grant, and shows the article's header. The popup is reached over CDP because Playwright does
 * not expose it as a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS_DIR, launchExtension, openPopup, openTab, type ExtensionBrowser } from './support/browser';
import { attachToTarget, openBrowserSession, waitForTarget, type RemoteTarget } from './support/cdp';
import { startPageServer, type PageServer } from './support/server';
import { pressKeysInChromium, startXvfb, type VirtualDisplay } from './support/xvfb';

/**
 * How long to wait for the popup after each press of the shortcut; one press per entry. A press can land before the
 * window takes keyboard focus, so it is retried, with growing waits: pressing again while a slow popup is still
 * opening would close it again, and the machine is shared and noisy.
 */
const POPUP_WAITS_MS = [3_000, 5_000, 8_000, 12_000];

const ARTICLE_TITLE = 'Harbour wall row splits Port Ellery as council and fishers trade claims';

let display: VirtualDisplay;
let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  [display, server] = await Promise.all([startXvfb(), startPageServer()]);
  browser = await launchExtension({ build: 'store', headless: false, env: { DISPLAY: display.display } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await display?.stop();
});

/** The part of the extension API the tests call inside the service worker (evaluated there, not in Node). */
declare const chrome: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };

describe('Crux store build in a real browser window', () => {
  it('gets its suggested shortcut from the browser', async () => {
    // Chromium silently drops a suggested key that clashes with one of its own (Alt+Shift+C did, in Chromium 156).
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+K');
  });

  it('has no access to a page until the user opens Crux on it', async () => {
    const { page, tabId } = await openTab(browser, server.url('article.html'));
    const popup = await openPopup(browser, tabId);
    const alert = popup.getByRole('alert');
    expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe('Crux can’t access this page');
    await Promise.all([popup.close(), page.close()]);
  });

  it('opens the toolbar popup with Alt+Shift+K on an article and shows its header', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'), { waitUntil: 'load' });
    await page.bringToFront();
    const cdp = await openBrowserSession(page);
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;

    let targetId: string | null = null;
    for (const waitMs of POPUP_WAITS_MS) {
      await pressKeysInChromium(display.display, 'alt+shift+k');
      targetId = await waitForTarget(cdp, popupUrl, waitMs);
      if (targetId) break;
    }
    expect(targetId, `the popup did not open after ${POPUP_WAITS_MS.length} presses of Alt+Shift+K`).not.toBeNull();

    const popup = await attachToTarget(cdp, targetId!);
    try {
      await expect
        .poll(() => popup.evaluate<string | null>(`document.querySelector('header h1')?.textContent ?? null`), {
          timeout: 15_000,
        })
        .toBe(ARTICLE_TITLE);
      const header = await popup.evaluate<string>(`document.querySelector('header').textContent`);
      expect(header).toContain('The Ellery Courier');
      expect(header).toContain('By Maren Holt');
      expect(header).toMatch(/\d+ min read/);
      expect(header).toMatch(/\d{3} words/);
      expect(await popup.evaluate<number>(`document.querySelectorAll('[role="alert"]').length`)).toBe(0);
      await captureBothThemes(popup, 'toolbar-popup-article');
    } finally {
      await popup.detach();
      await cdp.detach().catch(() => {});
    }
    await page.close();
  });
});

/** Saves the real popup in light and dark to `test-results/<name>-{light,dark}.png` with `Page.captureScreenshot`. */
async function captureBothThemes(popup: RemoteTarget, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    const { data } = await popup.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    await writeFile(path.join(ARTIFACTS_DIR, `${name}-${scheme}.png`), Buffer.from(data, 'base64'));
  }
}
