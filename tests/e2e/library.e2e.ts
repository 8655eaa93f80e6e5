/**
 * The notes library in real Chromium, as a reader uses it (headless, e2e build).
 *
 * Save three highlights with notes and different colours through the page's own UI on two articles → open the
 * library: they are listed, grouped by page → a word of a note finds its highlight, a word of a quote finds its
 * highlight, the colour filter keeps only that colour → export Web Annotation JSON (a real download) → a fresh
 * profile imports the file through the file field → the same notes are listed → opening the article there, and
 * opening a note from the library, paints the highlights in the page. Also: the browser assigns the open-library
 * shortcut, and the command opens the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchExtension, openPopup, openTab, type ExtensionBrowser } from './support/browser';
import { startPageServer, type PageServer } from './support/server';
import { pressKeysInChromium, startXvfb, type VirtualDisplay } from './support/xvfb';
import { readerPage } from './support/selection';
import { paintedQuotes, saveWithEditor } from './support/dom';

/** The article's title, as the library shows its group. */
const HARBOUR = 'Harbour wall row splits Port Ellery as council and fishers trade claims | The Ellery Courier';
const WATER = 'Water talks end without a deal as Marrow Valley farmers and board stay apart | The Valley Record';

/** What the reader saves: passage, colour (by meaning), note. */
const SAVED = [
  {
    file: 'article.html',
    quote: 'more than two hundred residents crowded into a meeting',
    colour: 'Key point',
    note: 'Turnout was huge: an overflow room was needed',
  },
  {
    file: 'article.html',
    quote: 'the narrower mouth would make the harbour unusable for its larger boats at low tide',
    colour: 'Evidence',
    note: 'The cooperative objection, in one line',
  },
  {
    file: 'dispute.html',
    quote: 'Two days of talks between the Marrow Valley water board',
    colour: 'Question',
    note: 'Who called the talks?',
  },
] as const;

let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

/** Opens Crux on a tab (the popup page as a tab, `?tab=`) and waits for its Notes, which paints the page. */
async function openNotes(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await openPopup(browser, tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('tab', { name: /^Notes/ }).click();
  await popup.locator('.notes:not([aria-busy])').waitFor();
  return popup;
}

/** Saves highlights on one article through the page's own button and editor. */
async function saveHighlights(browser: ExtensionBrowser, file: string): Promise<void> {
  const { page, tabId } = await openTab(browser, server.url(file));
  // Opening Crux on the page puts the highlighter in it (there is no always-on content script).
  await (await openNotes(browser, tabId)).close();
  await page.bringToFront();
  for (const saved of SAVED.filter((s) => s.file === file)) {
    // The reader's own mouse and keyboard: the button answers trusted clicks only, the editor is Crux's frame.
    await saveWithEditor(readerPage(page), saved.quote, { colour: saved.colour, note: saved.note });
  }
  await page.close();
}

/** Opens the library page. */
async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1000, height: 800 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library
    .getByRole('status')
    .filter({ hasText: /notes?$/ })
    .waitFor();
  return library;
}

/** The quotes of the highlight cards the library shows, in order. */
async function listedQuotes(library: Page): Promise<string[]> {
  return library.locator('.note-card .note-quote-button').allInnerTexts();
}

/** Waits until the library lists exactly these quotes (order as given). */
async function expectListed(library: Page, quotes: readonly string[]): Promise<void> {
  await expect.poll(() => listedQuotes(library), { timeout: 10_000 }).toEqual(quotes);
}

describe('the notes library (headless, e2e build)', () => {
  let first: ExtensionBrowser;
  let exported: string;

  beforeAll(async () => {
    first = await launchExtension({ build: 'e2e' });
  });

  afterAll(async () => {
    await first?.close();
  });

  it('lists saved highlights grouped by page, finds them by a word of a note or a quote, and filters by colour', async () => {
    await saveHighlights(first, 'article.html');
    await saveHighlights(first, 'dispute.html');
    const library = await openLibrary(first);
    const groups = library.getByRole('list', { name: 'Notes by page' }).getByRole('region');
    await expect.poll(() => groups.count()).toBe(2);
    // Newest first: the water talks were saved last.
    expect(await groups.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([WATER, HARBOUR]);
    const harbour = library.getByRole('region', { name: HARBOUR });
    expect(await harbour.getByRole('link', { name: HARBOUR }).getAttribute('href')).toBe(server.url('article.html'));
    expect(await harbour.innerText()).toContain('127.0.0.1');
    expect(await harbour.locator('.note-quote-button').allInnerTexts()).toEqual([SAVED[1].quote, SAVED[0].quote]);
    expect(await harbour.innerText()).toContain(SAVED[0].note);
    expect(
      await library
        .getByRole('status')
        .filter({ hasText: /notes$/ })
        .innerText(),
    ).toBe('3 notes');

    const search = library.getByRole('searchbox', { name: 'Search your notes' });
    await search.pressSequentially('overflow');
    await expectListed(library, [SAVED[0].quote]);
    await search.fill('');
    await search.pressSequentially('unusable');
    await expectListed(library, [SAVED[1].quote]);
    await search.press('Escape');
    await expectListed(library, [SAVED[2].quote, SAVED[1].quote, SAVED[0].quote]);

    const filters = library.getByRole('region', { name: 'Search and filters' });
    await filters.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Evidence' });
    await expectListed(library, [SAVED[1].quote]);
    expect(await library.getByRole('article', { name: 'Highlight: Evidence' }).count()).toBe(1);
    await filters.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Any colour' });
    await expectListed(library, [SAVED[2].quote, SAVED[1].quote, SAVED[0].quote]);

    for (const colorScheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme });
      await library.screenshot({ path: path.join(ARTIFACTS_DIR, `library-${colorScheme}.png`), fullPage: true });
    }
    await library.emulateMedia({ colorScheme: null });

    // `/` focuses the search from the page, ↓ moves between notes.
    await library.locator('body').click({ position: { x: 5, y: 5 } });
    await library.keyboard.press('/');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await library.getByRole('button', { name: SAVED[2].quote }).focus();
    await library.keyboard.press('ArrowDown');
    expect(
      await library.getByRole('button', { name: SAVED[1].quote }).evaluate((el) => el === document.activeElement),
    ).toBe(true);

    // Export every note as Web Annotation JSON: a real download.
    await library.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Web Annotation JSON (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crux-notes-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile((await download.path())!, 'utf8');
    const collection = JSON.parse(exported) as {
      type: string;
      total: number;
      first: { items: { bodyValue?: string; body?: unknown }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    for (const saved of SAVED) expect(exported).toContain(saved.note);
    await library.getByText(/^Exported 3 notes to crux-notes-/).waitFor();
    await library.close();
  });

  it('imports the export into a fresh profile: the same notes, and their pages are painted', async () => {
    expect(exported, 'the export of the first test').toBeTruthy();
    const fresh = await launchExtension({ build: 'e2e' });
    try {
      const library = await openLibrary(fresh);
      await library.getByText('No notes yet').waitFor();
      await library
        .getByLabel('Import a Web Annotation file (.json)')
        .setInputFiles({ name: 'crux-notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      const confirm = library.getByRole('group', { name: 'crux-notes.json' });
      expect(await confirm.getByRole('status').innerText()).toBe(
        'This file holds 3 notes: 3 new, 0 updated, 0 unchanged.',
      );
      await confirm.getByRole('button', { name: 'Import' }).click();
      await library.getByText('Imported: 3 new, 0 updated, 0 unchanged.').waitFor();
      await expectListed(library, [SAVED[2].quote, SAVED[1].quote, SAVED[0].quote]);
      expect(
        await library.getByRole('list', { name: 'Notes by page' }).getByRole('heading', { level: 2 }).allInnerTexts(),
      ).toEqual([WATER, HARBOUR]);
      for (const saved of SAVED) expect(await library.getByRole('main').innerText()).toContain(saved.note);
      await library.getByRole('article', { name: 'Highlight: Evidence' }).waitFor();

      // Opening the article and Crux on it paints the imported highlights.
      const { page, tabId } = await openTab(fresh, server.url('article.html'));
      const popup = await openNotes(fresh, tabId);
      await expect.poll(() => paintedQuotes(page)).toEqual([SAVED[0].quote, SAVED[1].quote].sort());
      await Promise.all([popup.close(), page.close()]);

      // Opening a highlight from the library: a new tab at the quote, painted by Crux (host access in this build).
      const [opened] = await Promise.all([
        fresh.context.waitForEvent('page'),
        library.getByRole('button', { name: SAVED[2].quote }).click(),
      ]);
      expect(decodeURIComponent(opened.url())).toContain(`#:~:text=`);
      await expect.poll(() => paintedQuotes(opened), { timeout: 15_000 }).toEqual([SAVED[2].quote]);
      await opened.close();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a corrupt file with a sentence and imports nothing', async () => {
    const library = await openLibrary(first);
    await library.getByLabel('Import a Web Annotation file (.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported.slice(0, 200)),
    });
    const alert = library.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^This file is not a Web Annotation export/);
    expect(
      await library
        .getByRole('status')
        .filter({ hasText: /notes$/ })
        .innerText(),
    ).toBe('3 notes');
    await library.close();
  });
});

describe('the open-library shortcut (headed, store build)', () => {
  let display: VirtualDisplay;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    display = await startXvfb();
    browser = await launchExtension({ build: 'store', headless: false, env: { DISPLAY: display.display } });
  });

  afterAll(async () => {
    await browser?.close();
    await display?.stop();
  });

  it('gets Alt+Shift+L for open-library from the browser, and the key opens the library', async () => {
    const commands = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome.commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'open-library')?.shortcut).toBe('Alt+Shift+L');

    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'), { waitUntil: 'load' });
    await page.bringToFront();
    const libraryUrl = `chrome-extension://${browser.extensionId}/library.html`;
    const libraryTab = () => browser.context.pages().find((p) => p.url() === libraryUrl);
    // A press can land before the window has keyboard focus: retry until the library appears.
    for (let attempt = 0; attempt < 4 && !libraryTab(); attempt++) {
      await pressKeysInChromium(display.display, 'alt+shift+l');
      await expect
        .poll(() => Boolean(libraryTab()), { timeout: 3_000 + attempt * 3_000 })
        .toBe(true)
        .catch(() => {});
    }
    const library = libraryTab();
    expect(library, 'the library opened after Alt+Shift+L').toBeTruthy();
    await library!.getByRole('heading', { name: 'Your notes library' }).waitFor();

    // Pressed again, the open library is brought forward rather than opened twice.
    await page.bringToFront();
    await pressKeysInChromium(display.display, 'alt+shift+l');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(browser.context.pages().filter((p) => p.url() === libraryUrl)).toHaveLength(1);
  });
});
