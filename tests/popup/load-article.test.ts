import { describe, expect, it } from 'vitest';
import {
  createPageSource,
  newStats,
  parseTabParam,
  type TabAccess,
  type TargetTab,
} from '@/entrypoints/popup/load-article';
import { createPageCache, hashText, type KeyValueArea } from '@/entrypoints/popup/page-cache';
import type { PageSignature } from '@/entrypoints/popup/page-signature';
import { err, ok } from '@/lib/result';
import { makeArticle } from '@/tests/factories';
import { makeAnalysis } from '@/tests/components/make-analysis';

/** Lets the cache writes that the source does not await finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A storage area over a Map (what `browser.storage.session` does, in memory). */
function makeArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) =>
      Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of keys) data.delete(k);
    },
  };
}

/** A page's signature. */
function makeSignature(overrides: Partial<PageSignature> = {}): PageSignature {
  return {
    url: 'https://courier.example/a',
    canonical: null,
    contentType: 'text/html',
    fingerprint: 'f1',
    ...overrides,
  };
}

/** A fake tab: records what the source did, fails where told to. */
function makeAccess(tab: TargetTab | null, overrides: Partial<TabAccess> = {}): TabAccess & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findTab: async () => tab,
    readSignature: async (id) => {
      calls.push(`signature ${id}`);
      return makeSignature();
    },
    injectContentScript: async (id) => void calls.push(`inject ${id}`),
    prepareAnalysis: () => {},
    analysisReady: async () => void calls.push('analysis ready'),
    extractArticle: async (id) => {
      calls.push(`extract ${id}`);
      return ok(makeArticle());
    },
    requestAnalysis: async () => {
      calls.push('analyse');
      return makeAnalysis();
    },
    revealQuote: async (id, target) => {
      calls.push(`reveal ${id} ${target.exact}`);
      return { found: true };
    },
    ...overrides,
  };
}

const TAB = { id: 7, url: 'https://courier.example/a' };

describe('createPageSource', () => {
  it('reads the signature, injects the content script, then extracts; the analysis is a second request', async () => {
    const access = makeAccess(TAB);
    const source = createPageSource(access, createPageCache(makeArea()));
    const result = await source.load();
    expect(result.ok && result.value.article.title).toBe('Harbour wall row splits Port Ellery');
    expect(result.ok && result.value.analysis).toBeNull();
    expect(await source.analyse(makeArticle())).toEqual(makeAnalysis());
    expect(access.calls).toEqual(['signature 7', 'inject 7', 'extract 7', 'analysis ready', 'analyse']);
  });

  it('waits for the analysis to be ready before asking for it, and never injects it into the page', async () => {
    let ready: () => void = () => {};
    const access = makeAccess(TAB, {
      analysisReady: () => new Promise<void>((resolve) => (ready = resolve)),
    });
    const source = createPageSource(access, createPageCache(makeArea()));
    await source.load();
    const analysing = source.analyse(makeArticle());
    await settle();
    expect(access.calls).not.toContain('analyse');
    ready();
    expect(await analysing).toEqual(makeAnalysis());
    expect(access.calls).toEqual(['signature 7', 'inject 7', 'extract 7', 'analyse']);
  });

  it('fails the analysis when it cannot start, and tries again on the next request', async () => {
    let broken = true;
    const access = makeAccess(TAB, {
      analysisReady: async () => {
        access.calls.push('analysis ready');
        if (broken) throw new Error('The analysis could not start.');
      },
    });
    const source = createPageSource(access, createPageCache(makeArea()));
    const loaded = await source.load();
    expect(loaded.ok).toBe(true); // the header still shows: only the analysis failed
    await expect(source.analyse(makeArticle())).rejects.toThrow('could not start');
    expect(access.calls).not.toContain('analyse');
    broken = false;
    expect(await source.analyse(makeArticle())).toEqual(makeAnalysis());
  });

  it('shows the same page version from the cache on the next open, without extracting or analysing', async () => {
    const area = makeArea();
    const first = makeAccess(TAB);
    const source = createPageSource(first, createPageCache(area));
    const loaded = await source.load();
    await source.analyse(loaded.ok ? loaded.value.article : makeArticle());
    await settle(); // the cache write is not awaited by analyse()

    const second = makeAccess(TAB);
    const stats = newStats();
    const again = await createPageSource(second, createPageCache(area), stats).load();
    expect(again.ok && again.value).toEqual({ article: makeArticle(), analysis: makeAnalysis(), fromCache: true });
    expect(second.calls).toEqual(['signature 7']);
    expect(stats).toEqual({ extractions: 0, analyses: 0, cacheHits: 1 });
  });

  it('finds the page under its normalised URL: tracking parameters and fragments do not matter', async () => {
    const area = makeArea();
    const source = createPageSource(makeAccess(TAB), createPageCache(area));
    await source.load();
    await source.analyse(makeArticle());
    await settle();
    const viaNewsletter = makeAccess(TAB, {
      readSignature: async () => makeSignature({ url: 'https://www.courier.example/a?utm_source=mail#comments' }),
    });
    const result = await createPageSource(viaNewsletter, createPageCache(area)).load();
    expect(result.ok && result.value.fromCache).toBe(true);
  });

  it('extracts again when the fingerprint changed, and reuses the analysis when the article text did not', async () => {
    const area = makeArea();
    const source = createPageSource(makeAccess(TAB), createPageCache(area));
    await source.load();
    await source.analyse(makeArticle());
    await settle();

    const moved = makeAccess(TAB, { readSignature: async () => makeSignature({ fingerprint: 'f2' }) });
    const stats = newStats();
    const same = await createPageSource(moved, createPageCache(area), stats).load();
    expect(same.ok && same.value.analysis).toEqual(makeAnalysis());
    expect(stats.extractions).toBe(1);
    expect(moved.calls).not.toContain('analyse 7');

    const edited = makeAccess(TAB, {
      readSignature: async () => makeSignature({ fingerprint: 'f3' }),
      extractArticle: async () => ok(makeArticle({ text: 'A correction was added to the article.' })),
    });
    const changed = await createPageSource(edited, createPageCache(area)).load();
    expect(changed.ok && changed.value.analysis).toBeNull();
  });

  it('refuses a browser page without touching it', async () => {
    const access = makeAccess({ id: 7, url: 'chrome://settings' });
    expect(await createPageSource(access, createPageCache(makeArea())).load()).toEqual(err('browser-page'));
    expect(access.calls).toEqual([]);
  });

  it('refuses a PDF or a text file from its content type, without injecting the content script', async () => {
    const access = makeAccess(TAB, { readSignature: async () => makeSignature({ contentType: 'application/pdf' }) });
    expect(await createPageSource(access, createPageCache(makeArea())).load()).toEqual(err('pdf'));
    expect(access.calls).toEqual([]);
  });

  it('tries when the browser hides the URL, and classifies the refusal', async () => {
    const access = makeAccess(
      { id: 3 },
      {
        readSignature: async () => {
          throw new Error(
            'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
          );
        },
      },
    );
    expect(await createPageSource(access, createPageCache(makeArea())).load()).toEqual(err('no-permission'));
  });

  it('passes on the content script’s own problem', async () => {
    const access = makeAccess(TAB, { extractArticle: async () => err('no-article') });
    expect(await createPageSource(access, createPageCache(makeArea())).load()).toEqual(err('no-article'));
  });

  it('reports an unexpected problem when there is no tab or the message fails', async () => {
    expect(await createPageSource(makeAccess(null), createPageCache(makeArea())).load()).toEqual(err('unexpected'));
    const silent = makeAccess(TAB, { extractArticle: async () => Promise.reject(new Error('No response')) });
    expect(await createPageSource(silent, createPageCache(makeArea())).load()).toEqual(err('unexpected'));
  });

  it('still reads the page when the cache fails', async () => {
    const broken: KeyValueArea = {
      get: async () => Promise.reject(new Error('quota')),
      set: async () => Promise.reject(new Error('quota')),
      remove: async () => {},
    };
    const source = createPageSource(makeAccess(TAB), createPageCache(broken));
    const result = await source.load();
    expect(result.ok).toBe(true);
    expect(await source.analyse(makeArticle())).toEqual(makeAnalysis());
  });

  it('injects the content script on demand to reveal a sentence on a page shown from the cache', async () => {
    const area = makeArea();
    const first = createPageSource(makeAccess(TAB), createPageCache(area));
    await first.load();
    await first.analyse(makeArticle());
    await settle();
    const access = makeAccess(TAB, { revealQuote: async () => ({ found: false }) });
    const source = createPageSource(access, createPageCache(area));
    await source.load();
    expect(await source.reveal({ type: 'TextQuoteSelector', exact: 'Gone.', prefix: '', suffix: '' })).toBe(false);
    expect(access.calls).toEqual(['signature 7', 'inject 7']);
  });

  it('caches a page that is not an article, so reopening it does not extract it again', async () => {
    const area = makeArea();
    const notArticle = makeAccess(TAB, { extractArticle: async () => ok(makeArticle({ readable: false })) });
    await createPageSource(notArticle, createPageCache(area)).load();
    await settle();
    const stats = newStats();
    const again = await createPageSource(makeAccess(TAB), createPageCache(area), stats).load();
    expect(again.ok && again.value.article.readable).toBe(false);
    expect(stats.extractions).toBe(0);
  });
});

describe('page cache', () => {
  const entry = (fingerprint: string) => ({
    fingerprint,
    textHash: hashText('t'),
    article: makeArticle(),
    analysis: null,
  });

  it('keeps at most the given number of pages, least recently used out first', async () => {
    const cache = createPageCache(makeArea(), { entries: 2, bytes: 1e9 });
    await cache.put('a', entry('1'));
    await cache.put('b', entry('2'));
    await cache.touch('a');
    await cache.put('c', entry('3'));
    expect(await cache.get('a')).not.toBeNull();
    expect(await cache.get('b')).toBeNull();
    expect(await cache.get('c')).not.toBeNull();
  });

  it('keeps the entries under a size budget, and stores nothing too big to keep', async () => {
    const size = JSON.stringify(entry('1')).length;
    const cache = createPageCache(makeArea(), { entries: 50, bytes: size * 2.5 });
    for (const key of ['a', 'b', 'c']) await cache.put(key, entry(key));
    expect(await cache.get('a')).toBeNull();
    expect(await cache.get('c')).not.toBeNull();
    const tiny = createPageCache(makeArea(), { entries: 50, bytes: 10 });
    await tiny.put('a', entry('1'));
    expect(await tiny.get('a')).toBeNull();
  });

  it('hashes text so that any change shows', () => {
    expect(hashText('The council voted.')).toBe(hashText('The council voted.'));
    expect(hashText('The council voted.')).not.toBe(hashText('The council voted!'));
  });
});

describe('parseTabParam', () => {
  it('reads ?tab=<id>', () => {
    expect(parseTabParam('?tab=42')).toBe(42);
  });

  it('ignores a missing or malformed id', () => {
    expect(parseTabParam('')).toBeNull();
    expect(parseTabParam('?tab=')).toBeNull();
    expect(parseTabParam('?tab=-1')).toBeNull();
    expect(parseTabParam('?tab=4x')).toBeNull();
  });
});
