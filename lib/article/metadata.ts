/**
 * Article metadata (title, byline, site, language, dates, description) from what the page declares — JSON-LD,
 * `<meta>` tags, `<html lang>` — merged with what Readability found, with fallbacks from the visible DOM. Reads the
 * document; never changes it.
 */
import { collapseWhitespace } from './text';

/** What Readability's `parse()` reports about the page, the part this module uses. */
export interface ReadabilityMetadata {
  /** Readability's headline guess. */
  title?: string | null;
  /** Readability's author line (from metadata or a byline element). */
  byline?: string | null;
  /** Readability's site name. */
  siteName?: string | null;
  /** Readability's language (`<html lang>`). */
  lang?: string | null;
  /** Readability's publication time. */
  publishedTime?: string | null;
  /** Readability's excerpt (meta description or first paragraph). */
  excerpt?: string | null;
}

/** The metadata Crux keeps for an article. */
export interface PageMetadata {
  /** The headline; empty when the page has none. */
  title: string;
  /** The author's name(s), without "By" or reading-time notes; null when unknown. */
  byline: string | null;
  /** The publication's name; null when unknown. */
  siteName: string | null;
  /** BCP 47 language tag; null when unknown. */
  lang: string | null;
  /** Publication time as the page gives it; null when unknown. */
  publishedTime: string | null;
  /** The page's own description (meta description); null when it has none. */
  description: string | null;
  /** The `<link rel=canonical>` resolved against the page URL; null when absent or unusable. */
  canonicalUrl: string | null;
}

/** The Article-like JSON-LD object of a page, the part read here. */
interface JsonLdArticle {
  headline?: unknown;
  name?: unknown;
  author?: unknown;
  publisher?: unknown;
  datePublished?: unknown;
  inLanguage?: unknown;
  description?: unknown;
}

/** schema.org types that describe an article (the ones Readability accepts, plus a few common page types). */
const JSON_LD_ARTICLE_TYPE =
  /^(Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|Recipe|HowTo)$/;

/** A JSON-LD script larger than this is skipped: some sites inline whole data stores there. */
const MAX_JSON_LD_CHARS = 500_000;

/** Bylines longer than this are a paragraph, not a name line. */
const MAX_BYLINE_CHARS = 120;

/**
 * What the page itself declares, read before Readability runs (Readability changes the document it reads): each
 * field's candidates in order of trust, to be merged with Readability's guesses by {@link mergeMetadata}.
 */
export interface DeclaredMetadata {
  /** Title candidates after Readability's: JSON-LD headline, `og:title`/`twitter:title`, the first `<h1>`, `<title>`. */
  titles: (string | null)[];
  /** Author candidates before Readability's: JSON-LD authors, author `<meta>` tags. */
  authorsFirst: (string | null)[];
  /** Author candidates after Readability's: a `rel=author`/`itemprop=author` element, a labelled header line. */
  authorsLast: (string | null)[];
  /** Site-name candidates after Readability's: JSON-LD publisher, `og:site_name` and kin. */
  siteNames: (string | null)[];
  /** Language candidates before Readability's (`<html lang>`, `xml:lang`, `content-language`, JSON-LD, `<meta>`). */
  langs: (string | null)[];
  /** Publication-time candidates before Readability's: JSON-LD, `<meta>` tags. */
  timesFirst: (string | null)[];
  /** Publication time after Readability's: the first `<time datetime>`. */
  timeLast: string | null;
  /** The meta description; null when none. */
  description: string | null;
  /** The canonical URL; null when absent or unusable. */
  canonicalUrl: string | null;
}

/** The elements metadata is read from, found in one walk of the page. */
interface PageSurvey {
  /** `<meta>` elements with a `content`. */
  metas: Element[];
  /** JSON-LD scripts. */
  jsonLd: Element[];
  /** The first `<h1>`. */
  h1: Element | null;
  /** The first element marked as the author (`rel="author"` or `itemprop="author"`). */
  author: Element | null;
  /** The first `<time datetime>`. */
  time: Element | null;
  /** The first `<link rel=canonical>`. */
  canonical: Element | null;
}

/**
 * Finds every element the metadata is read from in one walk of the page, instead of one selector query each (under
 * linkedom each query walks the whole page).
 */
function surveyPage(doc: Document): PageSurvey {
  const survey: PageSurvey = { metas: [], jsonLd: [], h1: null, author: null, time: null, canonical: null };
  // A walk by hand: linkedom's getElementsByTagName('*') finds nothing, and its querySelectorAll is slow.
  const root = doc.documentElement;
  for (let el: Element | null = root; el; el = nextElement(el, root)) {
    switch (el.tagName.toUpperCase()) {
      case 'META':
        if (el.hasAttribute('content')) survey.metas.push(el);
        break;
      case 'SCRIPT':
        if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') survey.jsonLd.push(el);
        break;
      case 'H1':
        survey.h1 ??= el;
        break;
      case 'TIME':
        if (el.hasAttribute('datetime')) survey.time ??= el;
        break;
      case 'LINK':
        if (!survey.canonical && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '')) survey.canonical = el;
        break;
    }
    // An [itemprop=name] inside an [itemprop=author] always comes after it, so the first marked element is the one.
    if (!survey.author && (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author'))
      survey.author = el;
  }
  return survey;
}

/** The element after `el` in document order within `root`; null at the end. */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  let node: Element | null = el;
  while (node && node !== root && !node.nextElementSibling) node = node.parentElement;
  return node && node !== root ? node.nextElementSibling : null;
}

/**
 * Reads what the page declares about itself, in one pass over its `<meta>` tags.
 * @param doc the page (read only)
 * @param url the page URL, to resolve the canonical link
 */
export function readDeclaredMetadata(doc: Document, url: string): DeclaredMetadata {
  const survey = surveyPage(doc);
  const ld = readJsonLdArticle(survey.jsonLd);
  const metas = readMetaTags(survey.metas);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = metas.get(key);
      if (value) return value;
    }
    return null;
  };
  return {
    titles: [
      clean(asText(ld?.headline)),
      meta('og:title', 'twitter:title'),
      clean(survey.h1?.textContent),
      clean(doc.title),
    ],
    authorsFirst: [
      authorNames(ld?.author),
      meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
    ],
    authorsLast: [clean(survey.author?.textContent), headerAuthor(survey.h1)],
    siteNames: [
      clean(asText(readName(ld?.publisher))),
      meta('og:site_name', 'application-name', 'apple-mobile-web-app-title'),
    ],
    langs: [
      normaliseLang(doc.documentElement.getAttribute('lang')),
      normaliseLang(doc.documentElement.getAttribute('xml:lang')),
      normaliseLang(readHttpEquiv(survey.metas, 'content-language')),
      normaliseLang(asText(ld?.inLanguage)),
      normaliseLang(meta('og:locale', 'language', 'dc.language')),
    ],
    timesFirst: [
      clean(asText(ld?.datePublished)),
      meta(
        'article:published_time',
        'og:published_time',
        'datepublished',
        'parsely-pub-date',
        'sailthru.date',
        'pubdate',
        'publishdate',
        'publish-date',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
      ),
    ],
    timeLast: clean(survey.time?.getAttribute('datetime')),
    description: meta('description', 'og:description', 'twitter:description') ?? clean(asText(ld?.description)),
    canonicalUrl: readCanonical(survey.canonical, url),
  };
}

/**
 * Merges what the page declares with what Readability found. Order of trust for each field: JSON-LD, then `<meta>`
 * tags, then Readability's guess, then the visible DOM (the title trusts Readability first: it strips the site name).
 */
export function mergeMetadata(declared: DeclaredMetadata, found: ReadabilityMetadata): PageMetadata {
  const first = (...values: (string | null | undefined)[]): string | null => values.find((v) => v) ?? null;
  const title = first(clean(found.title), ...declared.titles) ?? '';
  const bylineCandidates = [...declared.authorsFirst, clean(found.byline), ...declared.authorsLast];
  const byline = bylineCandidates.map((c) => (c ? cleanByline(c) : null)).find((c) => c) ?? null;
  return {
    title,
    byline,
    siteName: first(clean(found.siteName), ...declared.siteNames),
    lang: first(...declared.langs, normaliseLang(found.lang)),
    publishedTime: first(...declared.timesFirst, clean(found.publishedTime), declared.timeLast),
    description: declared.description,
    canonicalUrl: declared.canonicalUrl,
  };
}

/**
 * Reads the page's metadata: {@link readDeclaredMetadata} merged with Readability's findings.
 * @param doc the original page (read only)
 * @param found what Readability reported, if it ran
 * @param url the page URL, to resolve the canonical link
 */
export function readMetadata(doc: Document, found: ReadabilityMetadata, url: string): PageMetadata {
  return mergeMetadata(readDeclaredMetadata(doc, url), found);
}

/**
 * Turns an author line into a name: drops a leading "By"/"Written by", a trailing reading time or date, and
 * separators around them ("By Ana Lima · 6 min read" → "Ana Lima").
 * @returns the name, or null when nothing name-like is left (a URL, a date alone, an over-long line)
 */
export function cleanByline(line: string): string | null {
  let s = collapseWhitespace(line);
  if (!s || s.length > MAX_BYLINE_CHARS * 2) return null;
  // Drop segments after a separator that are reading times, dates or "Updated …" notes.
  const parts = s.split(/\s+[·•|]\s+|\s+[-–—]\s+(?=\d|updated|published|posted)/i);
  s = parts.filter((part, i) => i === 0 || !isBylineNoise(part)).join(' · ');
  if (parts.length > 1 && isBylineNoise(parts[0] ?? ''))
    s = parts
      .slice(1)
      .filter((p) => !isBylineNoise(p))
      .join(' · ');
  s = s.replace(/^(written\s+by|posted\s+by|reported\s+by|words\s+by|by|von|por|par|di|door|av|af)\s*[:-]?\s+/i, '');
  s = s
    .replace(TRAILING_DATE, '')
    .replace(/\s*[,·•|]\s*$/, '')
    .trim();
  if (!s || s.length > MAX_BYLINE_CHARS || /^https?:\/\//i.test(s) || isBylineNoise(s)) return null;
  return s;
}

/** A date (and time) closing an author line: "Associated Press November 19, 2019, 9:02 AM". */
const TRAILING_DATE =
  /[\s,]+((on|updated|published)\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b.*$/i;

/** The author named in a labelled Chinese or Japanese header line: "来源：… 作者：林晓雨", "记者：王明". */
const LABELLED_AUTHOR = /(?:作者|记者|記者|撰文)\s*[:：]\s*([^\s\d:：|｜,，、()（）]{2,20})/u;

/** A following label run into the name when the page puts no space between fields ("林晓雨来源：…"). */
const RUN_ON_LABEL = /(来源|來源|编辑|編輯|时间|時間|发布|發布|字号)$/u;

/** How many elements after the headline are searched for a labelled author line. */
const HEADER_LINES = 3;

/** A header line longer than this is body text, not a metadata line. */
const MAX_HEADER_LINE_CHARS = 200;

/**
 * The author from a labelled line just under the headline, as Chinese and Japanese news pages print it.
 * @returns the name, or null when the lines after the first `<h1>` name none
 */
function headerAuthor(h1: Element | null): string | null {
  let el = h1?.nextElementSibling ?? null;
  for (let i = 0; el && i < HEADER_LINES; i++, el = el.nextElementSibling) {
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length <= MAX_HEADER_LINE_CHARS) {
      const name = readLabelledAuthor(text);
      if (name) return name;
    }
  }
  return null;
}

/**
 * Reads the name after an author label ("作者：", "记者") in a line.
 * @returns the name, or null when the line has no author label
 */
export function readLabelledAuthor(line: string): string | null {
  const name = LABELLED_AUTHOR.exec(line)?.[1]?.replace(RUN_ON_LABEL, '');
  return name && name.length >= 2 ? name : null;
}

/** Whether a byline segment is a reading time, a date or an update note rather than a name. */
function isBylineNoise(segment: string): boolean {
  const s = segment.trim();
  return (
    /\b\d+\s*(min|mins|minutes?|minuten|minutos)\b(\s+read)?/i.test(s) ||
    /^(updated|published|posted|last\s+updated)\b/i.test(s) ||
    /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(s) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i.test(s) ||
    /^\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}/i.test(s)
  );
}

/** The first Article-like object in the page's JSON-LD scripts (also inside `@graph` arrays); null when none. */
function readJsonLdArticle(scripts: readonly Element[]): JsonLdArticle | null {
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const found = findArticleNode(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticleNode(data: unknown, depth: number): JsonLdArticle | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleNode(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && JSON_LD_ARTICLE_TYPE.test(t))) return record as JsonLdArticle;
  return findArticleNode(record['@graph'], depth + 1);
}

/** Names from a JSON-LD `author` (a string, a Person, or a list of them), joined with commas; null when none. */
function authorNames(author: unknown): string | null {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .map((a) => clean(asText(readName(a))))
    .filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return names.length ? [...new Set(names)].join(', ') : null;
}

function readName(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) return (value as Record<string, unknown>).name;
  if (Array.isArray(value)) return readName(value[0]);
  return value;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

/** The page's `<meta>` contents by lower-cased name, property or itemprop (the first non-empty one of each). */
function readMetaTags(metas: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of metas) {
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key || out.has(key)) continue;
      const value = clean(el.getAttribute('content'));
      if (value) out.set(key, value);
    }
  }
  return out;
}

function readHttpEquiv(metas: readonly Element[], name: string): string | null {
  for (const el of metas) {
    if (el.getAttribute('http-equiv')?.toLowerCase() === name) return el.getAttribute('content');
  }
  return null;
}

/** "pt_BR" → "pt-BR"; rejects values that are not language tags. */
function normaliseLang(value: string | null | undefined): string | null {
  const tag = value?.split(',')[0]?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function readCanonical(link: Element | null, url: string): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, url || undefined).href;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const s = value ? collapseWhitespace(value) : '';
  return s || null;
}
