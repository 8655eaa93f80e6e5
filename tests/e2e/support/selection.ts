/** Selecting text in a page the way a reader's drag would, for the highlight scenarios. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Selects the first occurrence of `text` in the page, as a reader's drag would, and lets the page see the mouseup. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((quote) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(quote);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, text);
  expect(found, `"${text}" is on the page`).toBe(true);
}
