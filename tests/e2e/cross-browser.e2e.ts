/**
 * The scenarios that run in both browsers, written once over the driver interface (support/driver.ts): Chromium
 * through playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi, each with its e2e build (host
 * access to 127.0.0.1, since automation cannot grant activeTab). What a reader does, step by step:
 * open Crux on a dispute article (header, summary, sticking points; a summary sentence takes them to its place),
 * save a passage through the in-page button (listed in Notes, painted again after a reload), find it in the library
 * by a word of its note, export and import into a fresh profile, and the states of pages Crux cannot read.
 * Screenshots go to `test-results/<browser>-*.png`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS_DIR } from './support/browser';
import { launchChromium } from './support/chromium-driver';
import { launchFirefox } from './support/firefox-driver';
import type { Driver, DriverPage, LaunchDriver } from './support/driver';
import { click, count, fill, paintedHighlights, paragraphInView, saveWithEditor, texts, waitFor } from './support/dom';
import { startPageServer, type PageServer } from './support/server';

const BROWSERS: [string, LaunchDriver][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

/** The dispute article's title. */
const TITLE = 'Water talks end without a deal as Marrow Valley farmers and board stay apart';
/** The passage the reader saves on the dispute article, and their note. */
const QUOTE = 'Two days of talks between the Marrow Valley water board';
const NOTE = 'Who called the talks? Ask the board secretary';

/** Saves a screenshot to `test-results/<browser>-<name>-<scheme>.png`. */
function screenshot(driver: Driver, page: DriverPage, name: string, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  return page.screenshot(path.join(ARTIFACTS_DIR, `${driver.name}-${name}-${scheme}.png`));
}

/** Waits for the popup's alert and returns its heading and text. */
async function readAlert(popup: DriverPage): Promise<{ title: string; text: string }> {
  const text = await waitFor(popup, { css: '[role=alert]' });
  const [title] = await texts(popup, { css: '[role=alert] h1' });
  return { title: title ?? '', text };
}

/** Opens Crux on a page and waits for its Notes tab, which paints the page's highlights. */
async function openNotes(driver: Driver, page: DriverPage): Promise<DriverPage> {
  const popup = await driver.openPopup(page);
  await click(popup, { css: '[role=tab]', name: '^Notes', pattern: true });
  await waitFor(popup, { css: '.notes:not([aria-busy])' });
  return popup;
}

/** Whether the paragraph holding `text` lies inside the page's viewport. */
function isInView(page: DriverPage, text: string): Promise<boolean> {
  return page.evaluate(paragraphInView, text);
}

/** Chooses a file in the library's import field (as the file picker would). */
function importFile(library: DriverPage, name: string, text: string): Promise<void> {
  return library.evaluate(
    ({ name, text }) => {
      const input = document.querySelector('input[type=file]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

/** What the popup did, as it counts it (`window.__cruxStats`). */
function readStats(popup: DriverPage): Promise<unknown> {
  return popup.evaluate(() => (window as unknown as { __cruxStats?: unknown }).__cruxStats, undefined);
}

/** The quotes the library lists, in order. */
function listedQuotes(library: DriverPage): Promise<string[]> {
  return texts(library, { css: '.note-card .note-quote-button' });
}

/** `it` in the named browser; in the others the scenario is not defined at all (so it is never reported as skipped). */
function itOnlyIn(target: string, browserName: string): typeof it {
  return browserName === target ? it : ((() => undefined) as unknown as typeof it);
}

describe.each(BROWSERS)('in %s (e2e build)', (browserName, launch) => {
  let driver: Driver;
  let server: PageServer;

  beforeAll(async () => {
    [server, driver] = await Promise.all([startPageServer(), launch()]);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('shows the header, the summary and the sticking points of a dispute article', async () => {
    const page = await driver.openPage(server.url('dispute.html'));
    const popup = await driver.openPopup(page);
    expect(await waitFor(popup, { css: 'header h1' })).toBe(TITLE);
    expect(await texts(popup, { css: 'header' })).toEqual([expect.stringContaining('By Ines Calloway')]);
    await waitFor(popup, { css: '[aria-label="Summary sentences"] button' });
    expect(await count(popup, { css: '[aria-label="Summary sentences"] button' })).toBeGreaterThanOrEqual(3);
    await screenshot(driver, popup, 'popup-summary');

    await click(popup, { css: '[role=tab]', name: '^Sticking points', pattern: true });
    await waitFor(popup, { css: '[aria-label="Sticking points"] article' });
    expect(await count(popup, { css: '[aria-label="Sticking points"] article' })).toBeGreaterThanOrEqual(2);
    expect(await texts(popup, { css: '[role=tabpanel] h3' })).toContain('Water allocation in dry years');
    await screenshot(driver, popup, 'popup-sticking-points');
    await popup.close();
    await page.close();
  });

  it('takes the reader to a summary sentence: the page scrolls to it and paints it', async () => {
    const page = await driver.openPage(server.url('dispute.html'));
    // A short viewport, so the article's later sentences start below the fold.
    await page.setViewport(900, 400);
    const popup = await driver.openPopup(page);
    await waitFor(popup, { css: '[aria-label="Summary sentences"] button' });
    const sentences = await texts(popup, { css: '[aria-label="Summary sentences"] button' });
    const last = sentences.at(-1)!;
    expect(await isInView(page, last)).toBe(false);
    await click(popup, { css: '[aria-label="Summary sentences"] button', name: last });
    await expect
      .poll(
        async () => ({ inView: await isInView(page, last), painted: (await paintedHighlights(page))['crux-flash'] }),
        { timeout: 10_000 },
      )
      .toEqual({ inView: true, painted: [last] });
    await popup.close();
    await page.close();
  });

  it('shows the analysis from the cache on a second open, and changes the summary length from the cached scores', async () => {
    const page = await driver.openPage(server.url('article.html'));
    const first = await driver.openPopup(page);
    await waitFor(first, { css: '[aria-label="Summary sentences"] button' });
    const sentences = await texts(first, { css: '[aria-label="Summary sentences"] button' });
    expect(await readStats(first)).toMatchObject({ extractions: 1, cacheHits: 0 });
    await first.close();

    const second = await driver.openPopup(page);
    await waitFor(second, { css: '[aria-label="Summary sentences"] button' });
    expect(await texts(second, { css: '[aria-label="Summary sentences"] button' })).toEqual(sentences);
    expect(await readStats(second)).toEqual({ extractions: 0, analyses: 0, cacheHits: 1 });
    await click(second, { css: 'button', name: 'Longer' });
    await expect
      .poll(() => count(second, { css: '[aria-label="Summary sentences"] button' }))
      .toBe(sentences.length + 1);
    await click(second, { css: 'button', name: 'Shorter' });
    await click(second, { css: 'button', name: 'Shorter' });
    await expect
      .poll(() => count(second, { css: '[aria-label="Summary sentences"] button' }))
      .toBe(sentences.length - 1);
    await second.close();
    await page.close();
  });

  it('lists a passage saved through the in-page button in Notes, and paints it again after a reload', async () => {
    const page = await driver.openPage(server.url('dispute.html'));
    // Opening Crux on the page puts the highlighter in it (there is no always-on content script).
    const first = await openNotes(driver, page);
    await waitFor(first, { css: 'p', name: 'No highlights or notes on this page yet' });
    await first.close();

    await page.bringToFront();
    // The reader's own mouse and keyboard: the button answers trusted clicks only, the editor is Crux's own frame.
    await saveWithEditor(page, QUOTE, { colour: 'Question', note: NOTE, tags: 'water, talks' });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-question': [QUOTE] });

    // The same article, reached through a link with tracking parameters.
    await page.goto(server.url('dispute.html?utm_source=newsletter&fbclid=abc'));
    expect(await paintedHighlights(page)).toEqual({});
    const popup = await openNotes(driver, page);
    const card = { within: '[aria-label="Highlights on this page"] article', withinName: 'Highlight: Question' };
    expect(await waitFor(popup, { ...card, css: 'button', name: QUOTE })).toBe(QUOTE);
    expect(await texts(popup, { css: '[aria-label="Highlights on this page"] article' })).toEqual([
      expect.stringContaining(NOTE),
    ]);
    expect(await texts(popup, { ...card, css: '[aria-label="Tags"]' })).toEqual([
      expect.stringMatching(/#water\s*#talks/),
    ]);
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-question': [QUOTE] });
    await screenshot(driver, popup, 'popup-notes');
    await popup.close();
    await page.close();
  });

  // A Firefox scenario only (not a skipped one): automation cannot answer Chromium's permission prompt, so Chromium
  // has no such test (the README's browser table says so).
  itOnlyIn('firefox', browserName)(
    'paints the saved passage on page load once the reader turns on the per-site switch',
    async () => {
      const page = await driver.openPage(server.url('dispute.html'));
      const popup = await openNotes(driver, page);
      const toggle = { css: 'input[role=switch]', name: 'Show my highlights automatically on 127.0.0.1' };
      await waitFor(popup, { ...toggle, css: `${toggle.css}:not(:disabled):not(:checked)` });
      // A real click: the browser lets Crux ask for the site only inside a user gesture.
      await popup.clickAsUser('input[role=switch]');
      await waitFor(popup, { ...toggle, css: `${toggle.css}:checked:not(:disabled)` });
      await popup.close();
      await page.close();

      // A new visit paints the highlight without opening Crux: the registered content script does it.
      const visit = await driver.openPage(server.url('dispute.html'));
      await expect.poll(() => paintedHighlights(visit), { timeout: 10_000 }).toEqual({ 'crux-question': [QUOTE] });
      await visit.close();
    },
  );

  let exported = '';

  it('lists the saved passage in the library, finds it by a word of its note, and exports it', async () => {
    const library = await driver.openLibrary();
    await waitFor(library, { css: '[role=status]', name: '^1 note$', pattern: true });
    expect(await listedQuotes(library)).toEqual([QUOTE]);
    await fill(library, { css: 'input', name: 'Search your notes' }, 'secretary');
    await expect.poll(() => listedQuotes(library)).toEqual([QUOTE]);
    await fill(library, { css: 'input', name: 'Search your notes' }, 'secretaries');
    await expect.poll(() => listedQuotes(library)).toEqual([]);
    await fill(library, { css: 'input', name: 'Search your notes' }, '');
    await expect.poll(() => listedQuotes(library)).toEqual([QUOTE]);
    await screenshot(driver, library, 'library');

    // The export is saved through a Blob link: keep the Blob the page makes, and read it.
    await library.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        (window as unknown as { __exported: Promise<string> }).__exported = blob.text();
        return original(blob);
      };
    }, undefined);
    await click(library, { css: 'button', name: 'Export' });
    await click(library, { css: 'button', name: 'Web Annotation JSON (.json)' });
    await waitFor(library, { css: '[role=status]', name: '^Exported 1 note to crux-notes-', pattern: true });
    exported = await library.evaluate(
      () => (window as unknown as { __exported: Promise<string> }).__exported,
      undefined,
    );
    expect(JSON.parse(exported)).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(exported).toContain(NOTE);

    // A corrupt file is refused with a sentence, and nothing changes.
    await importFile(library, 'broken.json', exported.slice(0, 120));
    expect(await waitFor(library, { css: '[role=alert]' })).toMatch(/^This file is not a Web Annotation export/);
    expect(await texts(library, { css: '[role=status]', name: '^1 note$', pattern: true })).toEqual(['1 note']);
    await library.close();
  });

  it('imports the export into a fresh profile (dark): the same note, painted on its page', async () => {
    expect(exported, 'the export of the previous test').toBeTruthy();
    const fresh = await launch({ colorScheme: 'dark' });
    try {
      const library = await fresh.openLibrary();
      await waitFor(library, { css: 'p, h2', name: 'No notes yet', pattern: true });
      await importFile(library, 'crux-notes.json', exported);
      const group = { within: '[role=group]', withinName: 'crux-notes.json' };
      expect(await waitFor(library, { ...group, css: '[role=status]' })).toBe(
        'This file holds 1 note: 1 new, 0 updated, 0 unchanged.',
      );
      await click(library, { ...group, css: 'button', name: 'Import' });
      await waitFor(library, { css: '[role=status]', name: 'Imported: 1 new, 0 updated, 0 unchanged.' });
      await expect.poll(() => listedQuotes(library)).toEqual([QUOTE]);
      expect(await texts(library, { css: 'main' })).toEqual([expect.stringContaining(NOTE)]);
      await screenshot(fresh, library, 'library', 'dark');

      const page = await fresh.openPage(server.url('dispute.html'));
      const popup = await fresh.openPopup(page);
      await waitFor(popup, { css: '[aria-label="Summary sentences"] button' });
      await screenshot(fresh, popup, 'popup-summary', 'dark');
      await click(popup, { css: '[role=tab]', name: '^Notes', pattern: true });
      await waitFor(popup, { css: '.notes:not([aria-busy])' });
      await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-question': [QUOTE] });
      await screenshot(fresh, popup, 'popup-notes', 'dark');
      await popup.close();
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('says a product listing is not an article, and analyses it anyway on request', async () => {
    const page = await driver.openPage(server.url('shop.html'));
    const popup = await driver.openPopup(page);
    await waitFor(popup, { css: 'section', name: 'This doesn’t look like an article' });
    await screenshot(driver, popup, 'popup-not-article');
    await click(popup, { css: 'button', name: 'Analyse anyway' });
    expect(await waitFor(popup, { css: 'header h1' })).toBe('Rain jackets – Northline Outdoor');
    await popup.close();
    await page.close();
  });

  it('explains that a PDF cannot be read', async () => {
    const page = await driver.openPage(server.url('flood-study.pdf'));
    const popup = await driver.openPopup(page);
    expect((await readAlert(popup)).title).toBe('Crux can’t read PDFs yet');
    await screenshot(driver, popup, 'popup-pdf');
    await popup.close();
    await page.close();
  });

  it('explains that a plain-text file is not a web page', async () => {
    const page = await driver.openPage(server.url('notes.txt'));
    const popup = await driver.openPopup(page);
    expect((await readAlert(popup)).text).toContain('not a web page');
    await popup.close();
    await page.close();
  });

  it('explains that a page which failed to load has nothing to read', async () => {
    // Port 9 (discard) on 127.0.0.1 refuses connections: the tab shows the browser's error page.
    const page = await driver.openPage('http://127.0.0.1:9/story.html');
    const popup = await driver.openPopup(page);
    expect((await readAlert(popup)).title).toBe('This page didn’t load');
    await popup.close();
    await page.close();
  });

  it('explains that one of the browser’s own pages cannot be read', async () => {
    const restricted = driver.restrictedPage;
    const page = await driver.openPage(restricted.url);
    const popup = await driver.openPopup(page);
    const alert = await readAlert(popup);
    expect(alert.title).toBe(restricted.title);
    expect(alert.text).toContain(restricted.text);
    await popup.close();
    await page.close();
  });
});
