import { describe, expect, it } from 'vitest';
import { createArticleLoader, parseTabParam, type TabAccess, type TargetTab } from '@/entrypoints/popup/load-article';
import { err, ok } from '@/lib/result';
import { makeArticle } from '../components/make-article';

/** A fake tab: records what the loader did, fails where told to. */
function makeAccess(tab: TargetTab | null, overrides: Partial<TabAccess> = {}): TabAccess & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findTab: async () => tab,
    injectContentScript: async (id) => void calls.push(`inject ${id}`),
    requestArticle: async (id) => {
      calls.push(`request ${id}`);
      return ok(makeArticle());
    },
    ...overrides,
  };
}

describe('createArticleLoader', () => {
  it('injects the content script, then asks it for the article', async () => {
    const access = makeAccess({ id: 7, url: 'https://courier.example/a' });
    const result = await createArticleLoader(access)();
    expect(result.ok && result.value.title).toBe('Harbour wall row splits Port Ellery');
    expect(access.calls).toEqual(['inject 7', 'request 7']);
  });

  it('refuses a browser page without trying to inject', async () => {
    const access = makeAccess({ id: 7, url: 'chrome://settings' });
    expect(await createArticleLoader(access)()).toEqual(err('browser-page'));
    expect(access.calls).toEqual([]);
  });

  it('tries when the browser hides the URL, and classifies the refusal', async () => {
    const access = makeAccess({ id: 3 }, {
      injectContentScript: async () => {
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      },
    });
    expect(await createArticleLoader(access)()).toEqual(err('no-permission'));
  });

  it('passes on the content script’s own problem', async () => {
    const access = makeAccess({ id: 3, url: 'https://x.example/doc.pdf' }, { requestArticle: async () => err('pdf') });
    expect(await createArticleLoader(access)()).toEqual(err('pdf'));
  });

  it('reports an unexpected problem when there is no tab or the message fails', async () => {
    expect(await createArticleLoader(makeAccess(null))()).toEqual(err('unexpected'));
    const silent = makeAccess({ id: 3 }, { requestArticle: async () => Promise.reject(new Error('No response')) });
    expect(await createArticleLoader(silent)()).toEqual(err('unexpected'));
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
