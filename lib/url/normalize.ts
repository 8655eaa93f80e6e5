/**
 * Page identity: the key under which Crux stores a page's highlights and notes. The same article reached through a
 * newsletter link, a social share and the address bar must land on one key, or a reader's highlights would seem
 * to vanish. So the key drops what does not change the page (tracking parameters, the fragment, `www.`, parameter
 * order) and keeps everything else; the URL as visited is kept beside it.
 *
 * Decisions, each a trade-off between merging too little and merging two different pages:
 * - `www.` is dropped from the host: `www.example.com` and `example.com` serve the same pages on practically every
 *   site, and the canonical link often names the other one.
 * - The scheme is kept: http and https are different origins and Crux does not guess that one redirects.
 * - The path is kept as written (case and trailing slash are the server's business).
 * - The fragment is dropped (including text fragments `#:~:text=`), except hash routes (`#/…`, `#!…`) that
 *   single-page apps use as the path.
 * - The canonical link replaces the URL only when it is on the same site (same host, `www.` aside) and is not the
 *   site's root: sites that point every page at their home page, or at a syndication partner, would otherwise
 *   collapse many pages into one key.
 */

/** A page's storage key and the URL it was visited at. */
export interface NormalizedUrl {
  /** The normalised URL used as the page's key in the store. */
  key: string;
  /** The URL as visited, unchanged. */
  original: string;
}

/** Query parameters that only track where a click came from. Lower-case; compared case-insensitively. */
const TRACKING_PARAMS = new Set([
  'fbclid', // Facebook
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'gclsrc',
  '_ga',
  '_gl', // Google Ads / Analytics
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'twclid', // X / Twitter
  'ttclid', // TikTok
  'li_fat_id', // LinkedIn
  'epik', // Pinterest
  'igshid',
  'igsh', // Instagram shares
  'mc_cid',
  'mc_eid', // Mailchimp
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking', // HubSpot
  'mkt_tok', // Marketo
  'vero_id',
  'vero_conv', // Vero
  'oly_anon_id',
  'oly_enc_id', // Omeda
  'rb_clickid',
  's_cid',
  'wt_mc',
  'cmpid', // assorted newsletter and campaign ids
  'ref_src',
  'ref_url', // X / Twitter embeds
  'spm',
  'scm', // Alibaba
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig', // Yahoo consent redirects
]);

/** Parameter name prefixes that only track campaigns (`utm_source`, `utm_medium`, `pk_campaign`, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];

/** Whether a query parameter only tracks where a click came from. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The host without a leading `www.`: the "site" Crux groups pages by (`news.example.com` stays as is). */
export function siteOfHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * The site of a URL or page key (its host without `www.`).
 * @returns the empty string when the URL cannot be parsed or has no host (e.g. `about:blank`)
 */
export function siteOf(url: string): string {
  try {
    return siteOfHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** Whether a fragment is a single-page-app route rather than a position in the page. */
function isHashRoute(hash: string): boolean {
  return hash.startsWith('#/') || hash.startsWith('#!');
}

/** The key of a parsed http(s) URL (the URL itself is not changed). */
function keyOf(url: URL): string {
  const copy = new URL(url.href);
  copy.hostname = siteOfHost(copy.hostname);
  const kept = [...copy.searchParams].filter(([name]) => !isTrackingParam(name));
  // Sort by name only; `sort` is stable, so repeated names keep their order (it can matter: `?tag=a&tag=b`).
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  copy.search = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  // A text fragment (`:~:text=…`) can follow a hash route too: it never names a different page.
  copy.hash = isHashRoute(copy.hash) ? copy.hash.replace(/:~:.*$/, '') : '';
  return copy.href;
}

/**
 * The storage key of a page, from the URL it was visited at and, when the page declares one, its canonical link.
 *
 * Steps: parse the URL (unparseable input is its own key); non-web schemes only lose their fragment; web URLs
 * lose `www.`, tracking parameters and the fragment, and keep the rest with parameters sorted; the canonical link
 * (resolved against the URL) is normalised the same way and preferred when it is on the same site and not the root.
 * @param url the page's address as visited
 * @param canonicalHref the `href` of the page's `<link rel="canonical">`, if any (relative links are resolved)
 */
export function normalizePageUrl(url: string, canonicalHref?: string | null): NormalizedUrl {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { key: url.trim(), original: url };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    parsed.hash = '';
    return { key: parsed.href, original: url };
  }
  const key = keyOf(parsed);
  const canonical = canonicalHref ? parseCanonical(canonicalHref, parsed) : null;
  return { key: canonical ?? key, original: url };
}

/**
 * The normalised canonical link when it may stand for the page.
 * @returns null when it is unparseable, not http(s), on another site, or the site's root (a root with a query
 *   that survives normalisation, like WordPress's `/?p=123`, names a real page and is kept)
 */
function parseCanonical(href: string, base: URL): string | null {
  let canonical: URL;
  try {
    canonical = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (canonical.protocol !== 'http:' && canonical.protocol !== 'https:') return null;
  if (siteOfHost(canonical.hostname) !== siteOfHost(base.hostname)) return null;
  const key = keyOf(canonical);
  const normalized = new URL(key);
  if (normalized.pathname === '/' && normalized.search === '' && normalized.hash === '') return null;
  return key;
}
