/**
 * HTML → `Document` outside the browser (the command line, tests, the eval), with linkedom. linkedom is fast but
 * builds no implied elements: a fragment, or a page without `<html>`/`<body>`, gets no `body`, and its
 * `document.URL` is undefined. This module repairs both so the extraction code sees the same shape as in a
 * browser. Not imported by the content script (the live page already is a Document).
 */
import { parseHTML } from 'linkedom';

/** Elements that belong in `<head>` when a page leaves the head implicit. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/** A page with no `<html>` element gets this skeleton, and its nodes are moved in. */
const SKELETON = '<!DOCTYPE html><html><head></head><body></body></html>';

/**
 * Parses an HTML string into a Document whose `URL`, `documentURI` and `baseURI` report `url`.
 * Never throws on malformed markup; a page without `<html>`, `<head>` or `<body>` is given them.
 */
export function parseHtml(html: string, url: string): Document {
  const parsed = parseHTML(html).document as unknown as Document;
  const doc = hasSkeleton(parsed) ? parsed : rebuildSkeleton(parsed);
  setDocumentUrl(doc, url);
  return doc;
}

function hasSkeleton(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  if (root?.tagName.toUpperCase() !== 'HTML') return false;
  return Array.from(root.children).some((child) => child.tagName.toUpperCase() === 'BODY');
}

/** Moves the nodes of a document without `<html>`/`<body>` into a proper skeleton, head elements first. */
function rebuildSkeleton(parsed: Document): Document {
  const doc = parseHTML(SKELETON).document as unknown as Document;
  const head = doc.head;
  const body = doc.body;
  const root = parsed.documentElement as Element | null;
  const isHtmlRoot = root?.tagName.toUpperCase() === 'HTML';
  if (root && isHtmlRoot) {
    for (const attr of Array.from(root.attributes)) doc.documentElement.setAttribute(attr.name, attr.value);
  }
  const topNodes = Array.from((isHtmlRoot && root ? root : parsed).childNodes);
  let inBody = false;
  for (const node of topNodes) {
    if (node.nodeType === 10 /* doctype */) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'HEAD') {
      for (const child of Array.from(node.childNodes)) head.appendChild(child);
    } else if (tag === 'BODY') {
      for (const attr of Array.from((node as Element).attributes)) body.setAttribute(attr.name, attr.value);
      for (const child of Array.from(node.childNodes)) body.appendChild(child);
      inBody = true;
    } else if (!inBody && HEAD_TAGS.has(tag)) {
      head.appendChild(node);
    } else if (tag || (node.textContent ?? '').trim()) {
      body.appendChild(node);
      inBody = true;
    }
  }
  return doc;
}

function setDocumentUrl(doc: Document, url: string): void {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  let base = url;
  if (baseHref) {
    try {
      base = new URL(baseHref, url || undefined).href;
    } catch {
      // An unusable <base href> is ignored, as browsers do.
    }
  }
  for (const [name, value] of [
    ['URL', url],
    ['documentURI', url],
    ['baseURI', base],
  ] as const) {
    Object.defineProperty(doc, name, { value, configurable: true });
  }
}
