/**
 * The popup in real Chromium, headless, with the e2e build (which adds host access to 127.0.0.1 because headless
 * automation cannot grant activeTab). Each scenario is what a user does: open a page, open Crux on it, read what
 * Crux says. The popup page is opened as a tab with `?tab=<id>` so it acts on the page's tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openPopup, openTab, screenshotBothThemes, type ExtensionBrowser } from './support/browser';
import { startPageServer, type PageServer } from './support/server';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  [server, browser] = await Promise.all([startPageServer(), launchExtension({ build: 'e2e' })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `url` in a tab, then Crux on it. */
async function openCruxOn(url: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openTab(browser, url);
  const popup = await openPopup(browser, tabId);
  return { page, popup };
}

/** The article's `<header>` in the popup (a header inside `<main>` has no landmark role to query by). */
function articleHeader(popup: Page) {
  return popup.locator('header', { has: popup.getByRole('heading', { level: 1 }) });
}

/** The popup's alert: its heading and its text. */
async function readAlert(popup: Page): Promise<{ title: string; text: string }> {
  const alert = popup.getByRole('alert');
  await alert.waitFor();
  return { title: await alert.getByRole('heading', { level: 1 }).innerText(), text: await alert.innerText() };
}

describe('Crux popup on real pages', () => {
  it('shows the article header for a news article', async () => {
    const { page, popup } = await openCruxOn(server.url('article.html'));
    const header = articleHeader(popup);
    expect(await header.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Harbour wall row splits Port Ellery as council and fishers trade claims',
    );
    // textContent: the site name is styled uppercase, innerText would return it so.
    expect(await header.textContent()).toContain('The Ellery Courier');
    expect(await header.textContent()).toContain('By Maren Holt');
    const facts = header.getByRole('list', { name: 'About this article' });
    expect(await facts.innerText()).toMatch(/\d+ min read/);
    expect(await facts.innerText()).toMatch(/\d{3} words/);
    await screenshotBothThemes(popup, 'popup-article');
    await Promise.all([popup.close(), page.close()]);
  });

  it('reads the page again when Crux is opened a second time on the same tab', async () => {
    const { page, tabId } = await openTab(browser, server.url('article.html'));
    for (let attempt = 0; attempt < 2; attempt++) {
      const popup = await openPopup(browser, tabId);
      expect(await articleHeader(popup).getByRole('heading', { level: 1 }).innerText()).toContain('Harbour wall');
      await popup.close();
    }
    await page.close();
  });

  it('says a product listing is not an article, and analyses it anyway on request', async () => {
    const { page, popup } = await openCruxOn(server.url('shop.html'));
    const notice = popup.getByRole('region', { name: 'This doesn’t look like an article' });
    await notice.waitFor();
    await screenshotBothThemes(popup, 'popup-not-article');
    await notice.getByRole('button', { name: 'Analyse anyway' }).click();
    const title = articleHeader(popup).getByRole('heading', { level: 1 });
    expect(await title.innerText()).toBe('Rain jackets – Northline Outdoor');
    expect(await popup.getByRole('list', { name: 'About this article' }).innerText()).toMatch(/words/);
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that a PDF cannot be read', async () => {
    const { page, popup } = await openCruxOn(server.url('flood-study.pdf'));
    const alert = await readAlert(popup);
    expect(alert.title).toBe('Crux can’t read PDFs yet');
    await screenshotBothThemes(popup, 'popup-pdf');
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that a browser page (chrome://version) cannot be read', async () => {
    const { page, popup } = await openCruxOn('chrome://version');
    const alert = await readAlert(popup);
    expect(alert.title).toBe('Crux can’t read this page');
    expect(alert.text).toContain('browser’s own pages');
    await screenshotBothThemes(popup, 'popup-browser-page');
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that the extension store cannot be read', async () => {
    const { page, popup } = await openCruxOn('https://chromewebstore.google.com/detail/crux/abcdefghijklmnop');
    const alert = await readAlert(popup);
    expect(alert.title).toBe('Crux can’t read this page');
    expect(alert.text).toContain('add-on stores');
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that a plain-text file is not a web page', async () => {
    const { page, popup } = await openCruxOn(server.url('notes.txt'));
    const alert = await readAlert(popup);
    expect(alert.text).toContain('not a web page');
    await Promise.all([popup.close(), page.close()]);
  });

  it('explains that a page which failed to load has nothing to read', async () => {
    // Port 9 (discard) on 127.0.0.1 refuses connections: the tab shows Chromium's error page.
    const { page, popup } = await openCruxOn('http://127.0.0.1:9/story.html');
    const alert = await readAlert(popup);
    expect(alert.title).toBe('This page didn’t load');
    await Promise.all([popup.close(), page.close()]);
  });
});
