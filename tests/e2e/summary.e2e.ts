/**
 * The popup's analysis in real Chromium with the e2e build, on an invented dispute article (a negotiation with one
 * section per sticking issue and named parties): the header, the summary and the sticking points appear; a summary
 * sentence takes the reader to its place on the page; a second open on the same page shows the analysis from the
 * cache without extracting again. Screenshots of each section, light and dark, go to `test-results/`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openPopup, openTab, screenshotBothThemes, type ExtensionBrowser } from './support/browser';
import { paragraphInView } from './support/dom';
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

const TITLE = 'Water talks end without a deal as Marrow Valley farmers and board stay apart';

/** The part of the extension API the tests call inside the service worker (evaluated there, not in Node). */
declare const chrome: { storage: { session: { clear(): Promise<void> } } };

/** What the popup did, as it counts it (`window.__cruxStats`). */
interface Stats {
  extractions: number;
  analyses: number;
  cacheHits: number;
}

/** Reads the popup's counters. */
function readStats(popup: Page): Promise<Stats | undefined> {
  return popup.evaluate(() => (window as unknown as { __cruxStats?: Stats }).__cruxStats);
}

/** The summary's sentence buttons, once the summary is shown. */
async function summarySentences(popup: Page) {
  const list = popup.getByRole('list', { name: 'Summary sentences' });
  await list.waitFor();
  return list.getByRole('button');
}

/**
 * The flash painted on the page: the text of the ranges of the `crux-flash` highlight, white space collapsed (the
 * page's source wraps its paragraphs), or empty when nothing is painted.
 */
function flashedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('crux-flash');
    return highlight ? [...highlight].map((r) => r.toString().replace(/\s+/g, ' ')).join('|') : '';
  });
}

/** Whether the paragraph holding `text` lies inside the page's viewport. */
function isInView(page: Page, text: string): Promise<boolean> {
  return page.evaluate(paragraphInView, text);
}

describe('Crux popup analysis on a dispute article', () => {
  it('shows the header, the summary and the sticking points, and takes the reader to a summary sentence', async () => {
    const { page, tabId } = await openTab(browser, server.url('dispute.html'));
    // A short viewport, so the article's later sentences start below the fold; reduced motion, so Crux scrolls at
    // once (a smooth scroll in a background tab can outlast the flash).
    await page.setViewportSize({ width: 900, height: 400 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await openPopup(browser, tabId);
    await popup.setViewportSize({ width: 400, height: 600 });

    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    const header = popup.locator('header', { has: popup.getByRole('heading', { level: 1 }) });
    expect(await header.textContent()).toContain('By Ines Calloway');

    const sentences = await summarySentences(popup);
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    await screenshotBothThemes(popup, 'popup-summary');

    // The last summary sentence is furthest down the article: below the fold of the 400-pixel page.
    const last = sentences.last();
    const text = await last.innerText();
    expect(await isInView(page, text)).toBe(false);
    await last.click();
    // In view and painted at the same moment (the flash lasts 1.5 s; the page asks for instant scrolling, below).
    await expect
      .poll(async () => ({ inView: await isInView(page, text), painted: await flashedText(page) }), { timeout: 10_000 })
      .toEqual({ inView: true, painted: text });

    await popup.getByRole('tab', { name: /Sticking points/ }).click();
    const cards = popup.getByRole('list', { name: 'Sticking points' }).getByRole('article');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const labels = await popup.getByRole('tabpanel').getByRole('heading', { level: 3 }).allInnerTexts();
    expect(labels).toContain('Water allocation in dry years');
    const allocation = popup.getByRole('article', { name: 'Water allocation in dry years' });
    expect(await allocation.getByRole('definition').first().innerText()).not.toBe('');
    await screenshotBothThemes(popup, 'popup-sticking-points');

    await popup.getByRole('tab', { name: 'Notes' }).click();
    await popup.getByRole('link', { name: 'Open your notes library' }).waitFor();
    await screenshotBothThemes(popup, 'popup-notes');
    expect(await readStats(popup)).toMatchObject({ extractions: 1, analyses: 1, cacheHits: 0 });
    await Promise.all([popup.close(), page.close()]);
  });

  it('shows the analysis again from the cache on a second open, without extracting the page again', async () => {
    // A fresh cache; the same article reached from a newsletter link (tracking parameters, canonical link).
    await browser.worker.evaluate(() => chrome.storage.session.clear());
    const { page, tabId } = await openTab(browser, server.url('dispute.html?from=newsletter&utm_source=mail'));
    const first = await openPopup(browser, tabId);
    const firstSentences = await (await summarySentences(first)).allInnerTexts();
    expect(await readStats(first)).toMatchObject({ extractions: 1, cacheHits: 0 });
    await first.close();

    const second = await openPopup(browser, tabId);
    expect(await (await summarySentences(second)).allInnerTexts()).toEqual(firstSentences);
    expect(await readStats(second)).toEqual({ extractions: 0, analyses: 0, cacheHits: 1 });

    // The cached popup can still take the reader to a sentence (the content script is injected on demand).
    await (await summarySentences(second)).first().click();
    await expect.poll(() => flashedText(page), { timeout: 10_000 }).toBe(firstSentences[0]);
    await Promise.all([second.close(), page.close()]);
  });

  it('changes the summary length from the cached scores', async () => {
    const { page, tabId } = await openTab(browser, server.url('dispute.html'));
    const popup = await openPopup(browser, tabId);
    const sentences = await summarySentences(popup);
    const before = await sentences.count();
    await popup.getByRole('button', { name: 'Longer' }).click();
    await expect.poll(() => sentences.count()).toBe(before + 1);
    await popup.getByRole('button', { name: 'Shorter' }).click();
    await popup.getByRole('button', { name: 'Shorter' }).click();
    await expect.poll(() => sentences.count()).toBe(before - 1);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says so when a sentence is no longer on the page', async () => {
    const { page, tabId } = await openTab(browser, server.url('dispute.html'));
    const popup = await openPopup(browser, tabId);
    const first = (await summarySentences(popup)).first();
    const text = await first.innerText();
    // The page changes after Crux read it: the paragraph holding the sentence is gone.
    await page.evaluate((needle) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ');
      [...document.querySelectorAll('p')]
        .find((p) => norm(p.textContent ?? '').includes(needle.slice(0, 60)))
        ?.remove();
    }, text);
    await first.click();
    await expect.poll(() => popup.getByRole('status').innerText()).toBe('This sentence is no longer on the page.');
    expect(await flashedText(page)).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });
});
