/**
 * The per-site "show my highlights automatically here" switch, as data: which host patterns a site covers (for
 * `permissions.request` and `scripting.registerContentScripts`) and the id its registration gets. Pure, so the
 * popup, the background and the tests agree on both.
 */

/** Prefix of registered content-script ids, one registration per site. */
export const AUTO_SHOW_ID_PREFIX = 'crux-auto-';

/** IPv4 addresses and bracketed IPv6 hosts, which have no `www.` variant. */
const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * The match patterns of a site's pages, http and https, with and without `www.` (a site is its host without
 * `www.`, as the store keys it). Patterns ignore ports, so `127.0.0.1` covers every local port.
 * @returns the patterns; empty for a site that is not a plain host name (nothing to ask for)
 */
export function sitePatterns(site: string): string[] {
  const host = site.trim().toLowerCase();
  if (!/^[a-z0-9.\-[\]:]+$/.test(host) || host.includes('*')) return [];
  const hosts = IP_HOST.test(host) || !host.includes('.') ? [host] : [host, `www.${host}`];
  return hosts.map((h) => `*://${h}/*`);
}

/** The id of a site's content-script registration. */
export function autoShowScriptId(site: string): string {
  return `${AUTO_SHOW_ID_PREFIX}${site.trim().toLowerCase()}`;
}
