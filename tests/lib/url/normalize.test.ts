/** Page keys: what is dropped, what is kept, and when the canonical link is used. */
import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizePageUrl, siteOf } from '@/lib/url/normalize';

/** Cases: [what it tests, URL, canonical href or null, expected key]. */
const CASES: [string, string, string | null, string][] = [
  [
    'drops utm_* parameters',
    'https://example.com/a?utm_source=x&utm_medium=email&UTM_Campaign=y',
    null,
    'https://example.com/a',
  ],
  [
    'drops click ids',
    'https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&igshid=6&_ga=7&spm=8',
    null,
    'https://example.com/a',
  ],
  [
    'drops newsletter ids',
    'https://example.com/a?mc_cid=1&mc_eid=2&ref_src=twsrc&_hsenc=3&mkt_tok=4',
    null,
    'https://example.com/a',
  ],
  [
    'keeps meaningful parameters, sorted by name',
    'https://example.com/search?q=tides&page=2&utm_source=x',
    null,
    'https://example.com/search?page=2&q=tides',
  ],
  [
    'keeps the order of repeated parameters',
    'https://example.com/a?tag=b&tag=a',
    null,
    'https://example.com/a?tag=b&tag=a',
  ],
  ['drops the fragment', 'https://example.com/a#section-2', null, 'https://example.com/a'],
  ['drops a text fragment', 'https://example.com/a#:~:text=tide%20pools', null, 'https://example.com/a'],
  ['keeps a hash route', 'https://app.example.com/#/articles/42', null, 'https://app.example.com/#/articles/42'],
  [
    'keeps a hashbang route without its text fragment',
    'https://app.example.com/#!/a/1:~:text=x',
    null,
    'https://app.example.com/#!/a/1',
  ],
  ['lower-cases the host and drops www.', 'https://WWW.Example.COM/Path/Case', null, 'https://example.com/Path/Case'],
  ['keeps other subdomains', 'https://news.example.com/a', null, 'https://news.example.com/a'],
  ['drops the default port, keeps others', 'https://example.com:443/a', null, 'https://example.com/a'],
  ['keeps a non-default port', 'http://localhost:8080/a', null, 'http://localhost:8080/a'],
  ['keeps the scheme', 'http://example.com/a', null, 'http://example.com/a'],
  ['keeps a trailing slash', 'https://example.com/a/', null, 'https://example.com/a/'],
  ['drops an empty query', 'https://example.com/a?', null, 'https://example.com/a'],
  [
    'uses a same-site canonical link',
    'https://example.com/a?id=1&utm_source=x',
    'https://example.com/articles/tides',
    'https://example.com/articles/tides',
  ],
  [
    'uses a canonical on the www variant',
    'https://example.com/amp/a',
    'https://www.example.com/a',
    'https://example.com/a',
  ],
  [
    'resolves a relative canonical link',
    'https://example.com/a/b?x=1',
    '/articles/b',
    'https://example.com/articles/b',
  ],
  [
    'normalises the canonical link too',
    'https://example.com/a',
    'https://example.com/b?utm_source=x#top',
    'https://example.com/b',
  ],
  [
    'ignores a canonical link on another site',
    'https://example.com/a',
    'https://partner.example.org/a',
    'https://example.com/a',
  ],
  [
    'ignores a canonical link on another subdomain',
    'https://blog.example.com/a',
    'https://example.com/a',
    'https://blog.example.com/a',
  ],
  ['ignores a canonical link to the root', 'https://example.com/a', 'https://example.com/', 'https://example.com/a'],
  [
    'ignores a canonical root with only tracking',
    'https://example.com/a',
    'https://example.com/?utm_source=x',
    'https://example.com/a',
  ],
  [
    'accepts a root canonical with a real query',
    'https://example.com/?p=123&utm_source=x',
    'https://example.com/?p=123',
    'https://example.com/?p=123',
  ],
  ['ignores a non-web canonical link', 'https://example.com/a', 'javascript:void(0)', 'https://example.com/a'],
  ['ignores a malformed canonical link', 'https://example.com/a', 'http://', 'https://example.com/a'],
  ['keeps non-web URLs but drops the fragment', 'file:///home/me/notes.html#x', null, 'file:///home/me/notes.html'],
  ['keeps an unparseable URL as it is', 'not a url', null, 'not a url'],
];

describe('normalizePageUrl', () => {
  for (const [what, url, canonical, key] of CASES) {
    it(what, () => {
      expect(normalizePageUrl(url, canonical)).toEqual({ key, original: url });
    });
  }

  it('gives the same key to a page reached in different ways', () => {
    const keys = [
      'https://www.example.com/story?utm_source=twitter&utm_medium=social',
      'https://example.com/story?fbclid=IwAR0abc',
      'https://example.com/story#comments',
      'https://EXAMPLE.com/story?gclid=xyz#:~:text=quote',
    ].map((url) => normalizePageUrl(url).key);
    expect(new Set(keys)).toEqual(new Set(['https://example.com/story']));
  });
});

describe('isTrackingParam', () => {
  it('recognises tracking parameters, not ordinary ones', () => {
    expect(['utm_content', 'pk_campaign', 'FBCLID', 'gbraid'].every(isTrackingParam)).toBe(true);
    expect(['id', 'q', 'page', 'ref', 'v'].some(isTrackingParam)).toBe(false);
  });
});

describe('siteOf', () => {
  it('is the host without www.', () => {
    expect(siteOf('https://www.example.com/a')).toBe('example.com');
    expect(siteOf('https://news.example.com/a')).toBe('news.example.com');
    expect(siteOf('about:blank')).toBe('');
    expect(siteOf('nonsense')).toBe('');
  });
});
