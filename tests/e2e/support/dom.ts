/**
 * What a cross-browser scenario does inside a page, as functions of the page: find an element by role-like CSS and
 * accessible name (through open shadow roots, where Crux's in-page editor lives), click it, type into it, read it.
 * The same code runs in Chromium and Firefox because it is the page's own DOM, not a driver's locator engine.
 * Synthetic events are enough here: nothing Crux does on these paths needs a trusted user gesture (the per-site
 * switch's permission prompt would, and is not among these scenarios).
 */
import { expect } from 'vitest';
import type { DriverPage } from './driver';

/** An element to act on: a CSS selector, optionally narrowed to the ones whose accessible name matches. */
export interface Target {
  /** CSS selector, matched in the document and in every open shadow root. */
  css: string;
  /** The accessible name (aria-label, aria-labelledby, a label, else the text), exactly or by pattern source. */
  name?: string;
  /** When true, `name` is a regular expression source. */
  pattern?: boolean;
  /** A CSS selector of an ancestor (searched in the same way) to look inside. */
  within?: string;
  /** The accessible name of that ancestor. */
  withinName?: string;
}

/** What to do with the element(s). */
type Action =
  | { kind: 'count' }
  | { kind: 'texts' }
  | { kind: 'click' }
  | { kind: 'fill'; value: string }
  | { kind: 'attribute'; name: string };

/**
 * The in-page worker of every helper below: finds the targets and acts on the first (or reads all). Self-contained,
 * since drivers send its source to the page.
 */
function actInPage({ target, action }: { target: Target; action: Action }): number | string[] | string | null {
  const all = (root: Document | ShadowRoot | Element, css: string): Element[] => {
    const found: Element[] = [...root.querySelectorAll(css)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...all(el.shadowRoot, css));
    return found;
  };
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const by = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    if (by)
      return norm(
        by
          .split(/\s+/)
          .map((id) => root.getElementById?.(id)?.textContent ?? '')
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm([...labels].map((l) => l.textContent).join(' '));
    return norm(el.textContent);
  };
  const matches = (el: Element, name: string | undefined, pattern: boolean | undefined) =>
    name === undefined || (pattern ? new RegExp(name).test(nameOf(el)) : nameOf(el) === name);
  const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
  const scopes = target.within
    ? all(document, target.within).filter((el) => matches(el, target.withinName, false))
    : [document];
  const found = scopes
    .flatMap((scope) => all(scope, target.css))
    .filter((el) => matches(el, target.name, target.pattern));
  switch (action.kind) {
    case 'count':
      return found.filter(visible).length;
    case 'texts':
      return found.filter(visible).map((el) => norm((el as HTMLElement).innerText ?? el.textContent));
    case 'attribute':
      return found[0]?.getAttribute(action.name) ?? null;
    case 'click': {
      const el = found.find(visible) as HTMLElement | undefined;
      if (!el) return 0;
      el.scrollIntoView({ block: 'center' });
      el.click();
      return 1;
    }
    case 'fill': {
      const el = found.find(visible) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined;
      if (!el) return 0;
      el.focus();
      if (el instanceof HTMLSelectElement) {
        const option = [...el.options].find((o) => norm(o.textContent) === action.value);
        if (!option) return 0;
        el.value = option.value;
      } else {
        el.value = action.value;
      }
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return 1;
    }
  }
}

/** How long a helper waits for its element to appear. */
const WAIT_MS = 15_000;

/** Runs an action, retrying until the element is there (like a locator's auto-wait). */
async function act(page: DriverPage, target: Target, action: Action): Promise<void> {
  await expect
    .poll(() => page.evaluate(actInPage, { target, action }), {
      timeout: WAIT_MS,
      message: `${action.kind} ${JSON.stringify(target)}`,
    })
    .toBe(1);
}

/** Clicks the first visible match. */
export function click(page: DriverPage, target: Target): Promise<void> {
  return act(page, target, { kind: 'click' });
}

/** Sets a text field's value (or a select's option by its label) and fires input and change. */
export function fill(page: DriverPage, target: Target, value: string): Promise<void> {
  return act(page, target, { kind: 'fill', value });
}

/** The number of visible matches, now. */
export async function count(page: DriverPage, target: Target): Promise<number> {
  return (await page.evaluate(actInPage, { target, action: { kind: 'count' } })) as number;
}

/** The visible matches' texts, white space collapsed, now. */
export async function texts(page: DriverPage, target: Target): Promise<string[]> {
  return (await page.evaluate(actInPage, { target, action: { kind: 'texts' } })) as string[];
}

/** An attribute of the first match, now (null when absent or no match). */
export async function attribute(page: DriverPage, target: Target, name: string): Promise<string | null> {
  return (await page.evaluate(actInPage, { target, action: { kind: 'attribute', name } })) as string | null;
}

/** Waits until at least one visible match exists, and returns the first one's text. */
export async function waitFor(page: DriverPage, target: Target, timeout = WAIT_MS): Promise<string> {
  await expect
    .poll(() => count(page, target), { timeout, message: `waiting for ${JSON.stringify(target)}` })
    .toBeGreaterThan(0);
  return (await texts(page, target))[0]!;
}

/** Selects the first occurrence of `text` in the page, as a reader's drag would, and lets the page see the mouseup. */
export async function selectText(page: Pick<DriverPage, 'evaluate'>, text: string): Promise<void> {
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
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
      return true;
    }
    return false;
  }, text);
  expect(found, `"${text}" is on the page`).toBe(true);
}

/**
 * The texts of Crux's painted highlights in the page (CSS Custom Highlight API), by registry name, white space
 * collapsed; `crux-flash` (the short-lived flash of a revealed sentence) included.
 */
export function paintedHighlights(page: DriverPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('crux-')) return;
      const ranges = [...highlight].map((range) => range.toString().replace(/\s+/g, ' '));
      if (ranges.length > 0) painted[name] = ranges;
    });
    return painted;
  }, undefined);
}

/**
 * Whether the paragraph holding `needle` (its first 60 characters, white space collapsed) lies inside the page's
 * viewport. Runs in the page: pass it to a driver's or Playwright's `evaluate` with the text.
 */
export function paragraphInView(needle: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const p = [...document.querySelectorAll('p')].find((el) => norm(el.textContent ?? '').includes(needle.slice(0, 60)));
  if (!p) return false;
  const rect = p.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}
