/**
 * Annotations of another tool, read as they are: Hypothesis's own "Export annotations" file (hand-written in its
 * format, `tests/fixtures/export/hypothesis-export.json`, pointed at the test server's article) is imported into a
 * fresh profile through the library's Import field, and its highlights are painted on their page. While the
 * import's outcome shows, the Export menu stays on top and clickable.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopup, openTab, type ExtensionBrowser } from './support/browser';
import { startPageServer, type PageServer } from './support/server';
import { paintedQuotes } from './support/dom';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchExtension({ build: 'e2e' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the element at the centre of a control's box is that control (or inside it): nothing covers it. */
async function isOnTop(page: Page, role: 'button' | 'checkbox', name: string): Promise<boolean> {
  const button = page.getByRole(role, { name });
  const box = await button.boundingBox();
  if (!box) return false;
  return button.evaluate(
    (element, point) => {
      const top = document.elementFromPoint(point.x, point.y);
      return top !== null && (top === element || element.contains(top));
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

describe("Hypothesis's export file", () => {
  /** How many word rows the store holds per kind, and whether any note is still pending (read with plain IndexedDB). */
  function wordRows(page: Page) {
    return page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('crux');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['highlightWords', 'pageNoteWords', 'pendingWords']);
            const highlights = tx.objectStore('highlightWords').count();
            const pageNotes = tx.objectStore('pageNoteWords').count();
            const pending = tx.objectStore('pendingWords').count();
            tx.oncomplete = () => {
              open.result.close();
              resolve({
                highlights: highlights.result,
                pageNotes: pageNotes.result,
                pending: pending.result > 0,
              });
            };
          };
        }),
    );
  }

  it('imports into a fresh profile, and its highlights are painted on their page', async () => {
    const fixture = await readFile(path.join(import.meta.dirname, '../fixtures/export/hypothesis-export.json'), 'utf8');
    const origin = new URL(server.url('article.html')).origin;
    const file = fixture.replaceAll('http://127.0.0.1:8123', origin);
    const library = await browser.context.newPage();
    await library.setViewportSize({ width: 1000, height: 800 });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByText('No notes yet').waitFor();
    await library
      .getByLabel('Import a Web Annotation file (.json)')
      .setInputFiles({ name: 'hypothesis.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const confirm = library.getByRole('group', { name: 'hypothesis.json' });
    expect(await confirm.getByRole('status').innerText()).toBe(
      'This file holds 3 notes: 3 new, 0 updated, 0 unchanged.',
    );
    await confirm.getByRole('button', { name: 'Import' }).click();
    await library.getByText('Imported: 3 new, 0 updated, 0 unchanged.').waitFor();
    await library.getByText('Check the height against the flood study.').waitFor();
    // The imported notes' word rows follow in the background, in the browser's own IndexedDB: none left pending.
    await expect
      .poll(() => wordRows(library), { timeout: 10_000 })
      .toEqual({ highlights: 2, pageNotes: 1, pending: false });

    // The outcome box hangs under the Export button: the open menu draws above it and stays clickable.
    await library.getByRole('button', { name: 'Export' }).click();
    // Where the outcome box and the open menu overlap, the menu is on top.
    const outcome = (await library.locator('.import-outcome').boundingBox())!;
    const menu = (await library.locator('.export-panel').boundingBox())!;
    const overlap = {
      x: (Math.max(outcome.x, menu.x) + Math.min(outcome.x + outcome.width, menu.x + menu.width)) / 2,
      y: (Math.max(outcome.y, menu.y) + Math.min(outcome.y + outcome.height, menu.y + menu.height)) / 2,
    };
    expect(overlap.x > outcome.x && overlap.x < menu.x + menu.width, 'the boxes overlap').toBe(true);
    expect(
      await library.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.export-panel') !== null, overlap),
    ).toBe(true);
    // Every control of the menu, the first one included (the outcome box reaches over the top of the menu).
    expect(await isOnTop(library, 'checkbox', 'Include recently deleted notes')).toBe(true);
    expect(await isOnTop(library, 'button', 'Markdown (.md)')).toBe(true);
    expect(await isOnTop(library, 'button', 'Web Annotation JSON (.json)')).toBe(true);
    await library.getByRole('checkbox', { name: 'Include recently deleted notes' }).click({ trial: true });
    await library.getByRole('button', { name: 'Markdown (.md)' }).click();
    await library.getByText(/^Exported 3 notes to crux-notes-/).waitFor();

    // Opening the article and Crux on it paints Hypothesis's highlights.
    const { page, tabId } = await openTab(browser, server.url('article.html'));
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('tab', { name: /^Notes/ }).click();
    await popup.locator('.notes:not([aria-busy])').waitFor();
    await expect
      .poll(() => paintedQuotes(page))
      .toEqual(['Nobody here is against flood defences,', 'raise the old granite wall by 1.4 metres']);
    await Promise.all([popup.close(), page.close(), library.close()]);
  });
});
