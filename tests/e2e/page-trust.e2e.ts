/**
 * A hostile page, in Chromium and in Firefox ESR: while the reader saves a highlight with a note through the
 * browser's own mouse and keyboard, the page (tests/e2e/pages/hostile.html) listens for every key and input event
 * on `window` and `document` in the capture phase, reads every field, shadow root and frame it can reach, calls
 * `requestSubmit()` on every form, dispatches Ctrl+Enter and clicks at Crux's host, posts a forged save to every
 * frame, defines Crux's old element name `crux-highlighter` first (with a constructor that throws), listens for
 * window messages and for WXT's "content script started" event, forges that event with Crux's (public) id, and
 * tries to message the extension. Every attempt fails; the reader's own save goes through with the note intact,
 * and the page learns nothing but the painted passage (CSS Custom Highlight API: the README says so).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS_DIR } from './support/browser';
import { launchChromium } from './support/chromium-driver';
import { launchFirefox } from './support/firefox-driver';
import type { Driver, DriverPage, LaunchDriver } from './support/driver';
import { click, paintedHighlights, saveWithEditor, texts, waitFor } from './support/dom';
import { startPageServer, type PageServer } from './support/server';

const BROWSERS: [string, LaunchDriver][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

/** The passage the reader saves, and what they type. */
const QUOTE = 'agreed to raise mooring fees by a third from the spring';
const NOTE = 'my private thought: the chair is hiding the dredging bill';

/** What the hostile page gathered (`window.__hostile`). */
interface Gathered {
  trustedInput: string[];
  values: string[];
  shadowRoots: number;
  messages: string[];
  signals: string[];
  attempts: string[];
  constructed: number;
  framesSeen: number;
}

/** Reads what the page gathered so far. */
function gathered(page: DriverPage): Promise<Gathered> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __hostile: Omit<Gathered, 'attempts'> & { attempts: Set<string> } }).__hostile;
    return { ...seen, attempts: [...seen.attempts].sort() };
  }, undefined);
}

/** Opens Crux on a page and waits for its Notes tab, which paints the page's highlights. */
async function openNotes(driver: Driver, page: DriverPage): Promise<DriverPage> {
  const popup = await driver.openPopup(page);
  await click(popup, { css: '[role=tab]', name: '^Notes', pattern: true });
  await waitFor(popup, { css: '.notes:not([aria-busy])' });
  return popup;
}

describe.each(BROWSERS)('a hostile page in %s (e2e build)', (_, launch) => {
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

  it('can neither read the note being typed nor save in the reader’s name, nor stop Crux or learn its id', async () => {
    const page = await driver.openPage(server.url(`hostile.html?id=${encodeURIComponent(driver.extensionId)}`));
    // Opening Crux puts the highlighter in the page, which defined Crux's old element name first.
    const first = await openNotes(driver, page);
    await waitFor(first, { css: 'p', name: 'No highlights or notes on this page yet' });
    await first.close();

    await page.bringToFront();
    await saveWithEditor(page, QUOTE, { colour: 'Evidence', note: NOTE, tags: 'harbour' });
    await expect.poll(() => paintedHighlights(page)).toEqual({ 'crux-evidence': [QUOTE] });
    await page.screenshot(path.join(ARTIFACTS_DIR, `${driver.name}-hostile-page-saved.png`));

    // Let the page's polling run a few more rounds after the save.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = await gathered(page);
    console.info(
      `${driver.name}: the hostile page saw ${seen.framesSeen} frame(s); tried: ${seen.attempts.join('; ')}`,
    );
    // It tried.
    expect(seen.attempts).toEqual(
      expect.arrayContaining([
        'click Crux’s host',
        'forge the started signal',
        'runtime.sendMessage refused',
        'select and mouseup',
        'synthetic Ctrl+Enter',
      ]),
    );
    // The editor's frame is not even among the window's frames (it is in a shadow root); where a browser lists it,
    // the page could not read it.
    if (seen.framesSeen > 0) expect(seen.attempts).toContain('read a frame: SecurityError');
    // It did not see a single key or input event of the reader's typing, nor read the note anywhere.
    expect(seen.trustedInput).toEqual([]);
    expect(seen.values.filter((value) => value.includes('private') || value.includes('dredging bill'))).toEqual([]);
    expect(seen.shadowRoots).toBe(0);
    // Nothing was posted to its window, no event carried Crux's id to it, and its element was never used.
    expect(seen.messages).toEqual([]);
    expect(seen.signals).toEqual([]);
    expect(seen.constructed).toBe(0);

    // The store holds the reader's highlight, with the note as typed, and nothing the page wrote. The popup's
    // Notes tab is answered by the page's highlighter, so Crux's script survived the forged signals too.
    const popup = await openNotes(driver, page);
    const listed = await texts(popup, { css: '[aria-label="Highlights on this page"] article' });
    expect(listed).toEqual([expect.stringContaining(NOTE)]);
    expect(listed.join(' ')).not.toContain('WRITTEN BY THE PAGE');
    await popup.close();
    await page.close();
  });
});
