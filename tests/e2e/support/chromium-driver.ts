/**
 * The driver interface in Chromium: what the Chromium-only suite already does (support/browser.ts), wrapped. The
 * popup page is opened by URL with `?tab=<id>`, the tab id asked from Crux's service worker.
 */
import type { Page } from 'playwright-core';
import { launchExtension, openPopup, openTab } from './browser';
import type { Driver, DriverPage, LaunchOptions } from './driver';

/** A Playwright page as a {@link DriverPage}, remembering its tab id. */
class ChromiumPage implements DriverPage {
  constructor(
    readonly page: Page,
    readonly tabId: number | undefined,
  ) {}

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  async evaluateInFrame<A, R>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null> {
    const frame = this.page.frames().find((f) => f !== this.page.mainFrame() && f.url().includes(urlPart));
    if (!frame) return null;
    return frame.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown).catch(() => null);
  }

  clickAt(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }

  typeAsUser(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  pressAsUser(chord: string): Promise<void> {
    return this.page.keyboard.press(chord);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url).catch(() => {});
  }

  clickAsUser(css: string): Promise<void> {
    return this.page.locator(css).first().click();
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** Starts Chromium with the e2e build (`.output/chrome-mv3-e2e/`). */
export async function launchChromium({ colorScheme = 'light' }: LaunchOptions = {}): Promise<Driver> {
  const browser = await launchExtension({ build: 'e2e' });
  return {
    name: 'chromium',
    extensionId: browser.extensionId,
    grantsPermissionRequests: false,
    restrictedPage: { url: 'chrome://version', title: 'Crux can’t read this page', text: 'browser’s own pages' },
    async openPage(url) {
      const { page, tabId } = await openTab(browser, url);
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme });
      return new ChromiumPage(page, tabId);
    },
    async openPopup(page) {
      const { tabId } = page as ChromiumPage;
      if (tabId === undefined) throw new Error('Crux opens on web pages only');
      const popup = await openPopup(browser, tabId);
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      return new ChromiumPage(popup, undefined);
    },
    async openLibrary() {
      const library = await browser.context.newPage();
      await library.emulateMedia({ colorScheme });
      await library.setViewportSize({ width: 1000, height: 800 });
      await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
      return new ChromiumPage(library, undefined);
    },
    close: () => browser.close(),
  };
}
