/** Reading and writing in a Playwright page the way a reader does, for the Chromium-only highlight scenarios. */
import type { Page } from 'playwright-core';
import { selectText as selectInPage, type ReaderPage } from './dom';

/** A Playwright page as the shared helpers of `dom.ts` use it (scripts, frames, the browser's own input). */
export function readerPage(page: Page): ReaderPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => ReturnType<typeof fn>, arg as unknown),
    async evaluateInFrame(urlPart, fn, arg) {
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart));
      if (!frame) return null;
      return frame.evaluate(fn as (arg: unknown) => ReturnType<typeof fn>, arg as unknown).catch(() => null);
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    typeAsUser: (text) => page.keyboard.type(text),
    pressAsUser: (chord) => page.keyboard.press(chord),
  };
}

/** Selects the first occurrence of `text` in the page, as a reader's drag would (see `dom.ts`, shared by both drivers). */
export function selectText(page: Page, text: string): Promise<void> {
  return selectInPage(readerPage(page), text);
}
