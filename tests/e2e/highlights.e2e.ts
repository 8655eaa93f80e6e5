/**
 * Highlights and notes in real Chromium, as a reader uses them.
 *
 * Headless, e2e build: select a passage of an article → "Save highlight" in the page → a note → Save; reload (with
 * tracking parameters in the URL) → open Crux → the passage is painted again and listed in Notes with its note;
 * the article gains text above the passage → still painted; the passage is removed → listed as not found, and still
 * stored. Headed under Xvfb, store build (no host access): select text, press the save-highlight shortcut → the
 * note editor opens in the page (the shortcut grants activeTab) → the highlight is saved.
 *
 * The article is served at one URL whose content the test switches (`v1`, `v2`, `v3` in `pages/highlights/`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchExtension, openPopup, openTab, type ExtensionBrowser } from './support/browser';
import { PAGES_DIR } from './support/server';
import { pressKeysInChromium, startXvfb, type VirtualDisplay } from './support/xvfb';
import { readerPage, selectText } from './support/selection';
import { clickSaveHighlight, EDITOR_FRAME, waitForEditor, writeInEditor } from './support/dom';

/** The passage the reader highlights (in v1 and v2, not in v3). */
const QUOTE = 'the old wooden board had been misread at least twice last winter';
const NOTE = 'Two misreadings in one winter: ask the coastguard for the incident reports';

/** The article's versions: as first published, with text inserted above the passage, and without the passage. */
type Version = 'v1' | 'v2' | 'v3';

/** A server for the article whose content can be switched between versions at the same URL. */
interface StoryServer {
  /** The article's URL, with optional query (tracking parameters). */
  url(query?: string): string;
  /** Serves another version from now on. */
  show(version: Version): void;
  close(): Promise<void>;
}

async function startStoryServer(): Promise<StoryServer> {
  let version: Version = 'v1';
  const server: Server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/story.html') {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(path.join(PAGES_DIR, 'highlights', `${version}.html`)).then(
      (body) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (query = '') => `${origin}/story.html${query}`,
    show: (next) => void (version = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The texts of Crux's painted highlights in the page (CSS Custom Highlight API), by registry name. */
async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('crux-')) return;
      painted[name] = [...highlight].map((range) => range.toString());
    });
    return painted;
  });
}

/** Opens Crux on a tab (the popup page as a tab, `?tab=`), then its Notes. */
async function openNotes(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await openPopup(browser, tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  const notesTab = popup.getByRole('tab', { name: /^Notes/ });
  await notesTab.click();
  await popup.locator('.notes:not([aria-busy])').waitFor();
  return popup;
}

/** The stored highlights, read from an extension page's IndexedDB (the worker's copy is the same database). */
async function storedHighlights(extensionPage: Page): Promise<{ quote: string; note: string; deletedAt?: number }[]> {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('crux');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('highlights').objectStore('highlights').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('highlights in a real browser (headless, e2e build)', () => {
  let browser: ExtensionBrowser;
  let story: StoryServer;

  beforeAll(async () => {
    [story, browser] = await Promise.all([startStoryServer(), launchExtension({ build: 'e2e' })]);
    await mkdir(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await story?.close();
  });

  it('saves a selection with a note from the in-page button, and paints and lists it after a reload', async () => {
    story.show('v1');
    const { page, tabId } = await openTab(browser, story.url());
    // Opening Crux on the page puts the highlighter in it (there is no always-on content script).
    const first = await openNotes(browser, tabId);
    expect(await first.getByText('No highlights or notes on this page yet').count()).toBe(1);
    await first.close();

    await page.bringToFront();
    await selectText(page, QUOTE);
    // The button lives in a closed shadow root and the editor in a frame of Crux's own origin: the reader's mouse
    // and keyboard reach them, a locator does not.
    const reader = readerPage(page);
    await clickSaveHighlight(reader);
    await waitForEditor(reader);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'highlight-editor.png') });
    await writeInEditor(reader, { colour: 'Evidence', note: NOTE, tags: 'harbour, safety' });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-evidence': [QUOTE] });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'highlight-saved.png') });

    // The same article, reached through a link with tracking parameters.
    await page.goto(story.url('?utm_source=newsletter&fbclid=abc'));
    expect(await paintedHighlights(page)).toEqual({});
    const popup = await openNotes(browser, tabId);
    const card = popup
      .getByRole('list', { name: 'Highlights on this page' })
      .getByRole('article', { name: 'Highlight: Evidence' });
    expect(await card.getByRole('button', { name: QUOTE }).count()).toBe(1);
    expect(await card.textContent()).toContain(NOTE);
    expect(await card.getByRole('list', { name: 'Tags' }).innerText()).toMatch(/#harbour\s*#safety/);
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-evidence': [QUOTE] });
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'highlights-popup-notes.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it('paints the highlight again after text is inserted above it', async () => {
    story.show('v2');
    const { page, tabId } = await openTab(browser, story.url());
    const popup = await openNotes(browser, tabId);
    expect(await popup.getByRole('list', { name: 'Highlights on this page' }).getByRole('article').count()).toBe(1);
    expect(await popup.getByRole('region', { name: 'Not found on this page' }).count()).toBe(0);
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-evidence': [QUOTE] });
    await Promise.all([popup.close(), page.close()]);
  });

  it('lists a highlight whose passage was removed as not found, with its quote, and keeps it', async () => {
    story.show('v3');
    const { page, tabId } = await openTab(browser, story.url());
    const popup = await openNotes(browser, tabId);
    const missing = popup.getByRole('region', { name: 'Not found on this page' });
    await missing.waitFor();
    expect(await missing.textContent()).toContain(QUOTE);
    expect(await missing.textContent()).toContain(NOTE);
    expect(await popup.getByRole('list', { name: 'Highlights on this page' }).count()).toBe(0);
    expect(await paintedHighlights(page)).toEqual({});
    const stored = await storedHighlights(popup);
    expect(stored.map((h) => [h.quote, h.note, h.deletedAt])).toEqual([[QUOTE, NOTE, undefined]]);
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'highlights-popup-not-found.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('saving a highlight with the keyboard shortcut (headed, store build)', () => {
  let display: VirtualDisplay;
  let browser: ExtensionBrowser;
  let story: StoryServer;

  beforeAll(async () => {
    [display, story] = await Promise.all([startXvfb(), startStoryServer()]);
    browser = await launchExtension({ build: 'store', headless: false, env: { DISPLAY: display.display } });
  });

  afterAll(async () => {
    await browser?.close();
    await story?.close();
    await display?.stop();
  });

  it('gets Alt+Shift+H for the save-highlight command from the browser', async () => {
    const commands = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome.commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'save-highlight')?.shortcut).toBe('Alt+Shift+H');
  });

  it('opens the note editor on the selection and saves it, on a page Crux was never opened on', async () => {
    story.show('v1');
    const page = await browser.context.newPage();
    await page.goto(story.url(), { waitUntil: 'load' });
    await page.bringToFront();
    await selectText(page, QUOTE);

    // A press can land before the window has keyboard focus: retry until the editor appears.
    const reader = readerPage(page);
    const editorOpen = () => reader.evaluateInFrame(EDITOR_FRAME, () => true, undefined);
    for (let attempt = 0; attempt < 4 && !(await editorOpen()); attempt++) {
      await pressKeysInChromium(display.display, 'alt+shift+h');
      await expect
        .poll(editorOpen, { timeout: 3_000 + attempt * 3_000 })
        .toBe(true)
        .catch(() => {});
    }
    expect(await editorOpen(), 'the editor opened after Alt+Shift+H').toBe(true);
    await waitForEditor(reader);
    await writeInEditor(reader, { note: 'Saved with the keyboard' });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-key': [QUOTE] });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'highlight-shortcut-saved.png') });

    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const stored = await storedHighlights(extensionPage);
    expect(stored.map((h) => [h.quote, h.note])).toEqual([[QUOTE, 'Saved with the keyboard']]);
    await Promise.all([extensionPage.close(), page.close()]);
  });
});
