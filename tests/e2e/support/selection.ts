/** Selecting text in a Playwright page the way a reader's drag would, for the Chromium-only highlight scenarios. */
import type { Page } from 'playwright-core';
import { selectText as selectInPage } from './dom';

/** Selects the first occurrence of `text` in the page, as a reader's drag would (see `dom.ts`, shared by both drivers). */
export function selectText(page: Page, text: string): Promise<void> {
  return selectInPage(
    { evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => ReturnType<typeof fn>, arg as unknown) },
    text,
  );
}
