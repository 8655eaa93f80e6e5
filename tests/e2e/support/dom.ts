/**
 * What a cross-browser scenario does inside a page, as functions of the page: find an element by role-like CSS and
 * accessible name (through open shadow roots), click it, type into it, read it. The same code runs in Chromium and
 * Firefox because it is the page's own DOM, not a driver's locator engine. Synthetic events are enough in Crux's
 * own pages (popup, library). In a web page they are not: Crux's "Save highlight" button answers the reader's own
 * clicks only, and its note editor is a frame of Crux's origin, so {@link saveWithEditor} uses the browser's own
 * mouse and keyboard, as a reader does.
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

/** The texts of Crux's painted highlights in the page, all colours together (the flash left out), sorted. */
export function paintedQuotes(page: Pick<DriverPage, 'evaluate'>): Promise<string[]> {
  return page.evaluate(() => {
    const painted: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('crux-') && name !== 'crux-flash')
        painted.push(...[...highlight].map((range) => range.toString()));
    });
    return painted.sort();
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

/** What saving through the in-page editor needs of a page: scripts, frames and the browser's own input. */
export type ReaderPage = Pick<DriverPage, 'evaluate' | 'evaluateInFrame' | 'clickAt' | 'typeAsUser' | 'pressAsUser'>;

/** The editor frame's page (`entrypoints/editor/`). */
export const EDITOR_FRAME = '/editor.html';

/** The editor's colours, in the order of its radio group (`COLOUR_LIST`). */
const COLOURS = ['Key point', 'Evidence', 'Question', 'Disagreement'] as const;

/**
 * Clicks Crux's "Save highlight" button with the browser's own mouse. The button is in a closed shadow root, which no
 * script or locator can look into; Crux places it just below the end of the selection, centred on it (`ui.ts`: a
 * 6 px gap, a button about 30 px tall), so the click aims there once the page shows Crux's host at that point.
 */
export async function clickSaveHighlight(page: ReaderPage): Promise<void> {
  let point: { x: number; y: number } | null = null;
  await expect
    .poll(
      async () => {
        point = await page.evaluate(() => {
          const selection = document.getSelection();
          if (!selection || selection.rangeCount === 0) return null;
          const rects = [...selection.getRangeAt(0).getClientRects()].filter((r) => r.width > 0 || r.height > 0);
          const last = rects.at(-1);
          if (!last) return null;
          const at = { x: Math.round(last.right), y: Math.round(last.bottom + 6 + 14) };
          return document.elementFromPoint(at.x, at.y)?.hasAttribute('data-crux-ignore') ? at : null;
        }, undefined);
        return point !== null;
      },
      { timeout: WAIT_MS, message: 'the Save highlight button next to the selection' },
    )
    .toBe(true);
  const { x, y } = point!;
  await page.clickAt(x, y);
}

/** Waits for the editor's frame to show its form with the keyboard focus in the note. */
export async function waitForEditor(page: ReaderPage): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluateInFrame(
          EDITOR_FRAME,
          () => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA',
          undefined,
        ),
      { timeout: WAIT_MS, message: 'the note editor, focused on its note' },
    )
    .toBe(true);
}

/** What the reader enters in the editor. */
export interface EditorEntry {
  /** The colour's label (default: the first, Key point). */
  colour?: (typeof COLOURS)[number];
  /** The note, typed key by key. */
  note: string;
  /** Tags, typed into the tags field. */
  tags?: string;
}

/**
 * Writes in the open editor with the browser's own keyboard, as a reader does: Shift+Tab to the colours and arrows
 * to one, Tab back to the note and type it, Tab to the tags and type them, then Ctrl+Enter saves.
 */
export async function writeInEditor(page: ReaderPage, entry: EditorEntry): Promise<void> {
  const steps = COLOURS.indexOf(entry.colour ?? 'Key point');
  if (steps > 0) {
    await page.pressAsUser('Shift+Tab');
    for (let step = 0; step < steps; step++) await page.pressAsUser('ArrowRight');
    await page.pressAsUser('Tab');
  }
  await page.typeAsUser(entry.note);
  if (entry.tags) {
    await page.pressAsUser('Tab');
    await page.typeAsUser(entry.tags);
  }
  await page.pressAsUser('Control+Enter');
}

/** Selects `quote`, clicks "Save highlight", writes the entry in the editor's frame and saves, waiting for it to close. */
export async function saveWithEditor(page: ReaderPage, quote: string, entry: EditorEntry): Promise<void> {
  await selectText(page, quote);
  await clickSaveHighlight(page);
  await waitForEditor(page);
  await writeInEditor(page, entry);
  await expect
    .poll(() => page.evaluateInFrame(EDITOR_FRAME, () => true, undefined), { message: 'the editor closed' })
    .toBeNull();
}
