import { describe, expect, it } from 'vitest';
import {
  createAutoShowHandlers,
  sitesInOrigins,
  syncAutoShowWithPermissions,
} from '@/entrypoints/background/auto-show';
import { getSiteSettings } from '@/lib/db/pages';
import { makeDb } from '@/tests/lib/db/helpers';
import { makeAutoShowApis, makeEvent } from './fakes';
import { autoShowErrorSentence } from '@/lib/strings';

const SITE = 'news.example';
const PATTERNS = ['*://news.example/*', '*://www.news.example/*'];

describe('per-site auto-show', () => {
  it('refuses to turn on without the site’s host permission, and registers nothing', async () => {
    const { apis, state } = makeAutoShowApis();
    const result = await createAutoShowHandlers(makeDb(), apis).enableAutoShow({ site: SITE });
    expect(result.ok ? null : result.error.code).toBe('no-permission');
    expect(!result.ok && autoShowErrorSentence(result.error)).toBe(
      'Crux needs your permission to read pages on news.example before it can show your highlights there automatically.',
    );
    expect(state.registered.size).toBe(0);
  });

  it('registers the content script for the site’s pages once permission is granted, and records it', async () => {
    const db = makeDb();
    const { apis, state } = makeAutoShowApis(PATTERNS);
    const handlers = createAutoShowHandlers(db, apis);
    expect(await handlers.enableAutoShow({ site: SITE })).toEqual({ ok: true, value: { site: SITE, enabled: true } });
    // Turning it on twice is harmless (the prompt's event and the popup may both do it).
    expect((await handlers.enableAutoShow({ site: SITE })).ok).toBe(true);
    expect([...state.registered.values()]).toEqual([
      {
        id: 'crux-auto-news.example',
        matches: PATTERNS,
        js: ['/content-scripts/content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await handlers.getAutoShow({ site: SITE })).toEqual({ ok: true, value: { site: SITE, enabled: true } });
    const settings = await getSiteSettings(db, SITE);
    expect(settings.ok && settings.value?.autoShow).toBe(true);
  });

  it('turning off removes the registration and the permission, and records it', async () => {
    const db = makeDb();
    const { apis, state } = makeAutoShowApis(PATTERNS);
    const handlers = createAutoShowHandlers(db, apis);
    await handlers.enableAutoShow({ site: SITE });
    expect(await handlers.disableAutoShow({ site: SITE })).toEqual({ ok: true, value: { site: SITE, enabled: false } });
    expect(state.registered.size).toBe(0);
    expect(state.removed).toEqual([PATTERNS]);
    expect(await handlers.getAutoShow({ site: SITE })).toEqual({ ok: true, value: { site: SITE, enabled: false } });
    const settings = await getSiteSettings(db, SITE);
    expect(settings.ok && settings.value?.autoShow).toBe(false);
  });

  it('reads the sites out of a permission event', () => {
    expect(sitesInOrigins(PATTERNS)).toEqual([SITE]);
    expect(sitesInOrigins(['*://127.0.0.1/*'])).toEqual(['127.0.0.1']);
    // Half a site's patterns, or Crux's own broad pattern, is no site.
    expect(sitesInOrigins(['*://www.news.example/*'])).toEqual([]);
    expect(sitesInOrigins(['*://*/*'])).toEqual([]);
  });

  it('follows permissions granted or revoked outside the popup', async () => {
    const { apis, state } = makeAutoShowApis();
    const handlers = createAutoShowHandlers(makeDb(), apis);
    const events = { onAdded: makeEvent<[{ origins?: string[] }]>(), onRemoved: makeEvent<[{ origins?: string[] }]>() };
    syncAutoShowWithPermissions(events, handlers);
    PATTERNS.forEach((p) => state.granted.add(p));
    events.onAdded.fire({ origins: PATTERNS });
    await expect.poll(() => state.registered.size).toBe(1);
    events.onRemoved.fire({ origins: PATTERNS });
    await expect.poll(() => state.registered.size).toBe(0);
  });
});
