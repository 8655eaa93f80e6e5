import { describe, expect, it } from 'vitest';
import { E2E_DRIVER_ID, registerE2eSeam, type E2eSeamApis } from '@/entrypoints/background/e2e-seam';

type Listener = Parameters<E2eSeamApis['onMessageExternal']['addListener']>[0];

/** Registers the seam over fakes; returns its listener and the pages it opened. */
function makeSeam(activeTab: number | null = 7): { listener: Listener; opened: string[] } {
  let listener: Listener | undefined;
  const opened: string[] = [];
  registerE2eSeam({
    onMessageExternal: { addListener: (added) => void (listener = added) },
    activeTabId: async () => activeTab ?? undefined,
    openExtensionPage: async (path) => void opened.push(path),
  });
  return { listener: listener!, opened };
}

describe('the Firefox e2e seam', () => {
  it('opens the popup for the active tab, and the library, when the driver add-on asks', async () => {
    const { listener, opened } = makeSeam();
    expect(await listener({ open: 'popup' }, { id: E2E_DRIVER_ID })).toEqual({ ok: true });
    expect(await listener({ open: 'library' }, { id: E2E_DRIVER_ID })).toEqual({ ok: true });
    expect(opened).toEqual(['/popup.html?tab=7', '/library.html']);
  });

  it('ignores every other sender, and malformed commands', () => {
    const { listener, opened } = makeSeam();
    expect(listener({ open: 'popup' }, { id: 'another@example.org' })).toBeUndefined();
    expect(listener({ open: 'popup' }, {})).toBeUndefined();
    expect(listener({ open: 'options' }, { id: E2E_DRIVER_ID })).toBeUndefined();
    expect(listener(null, { id: E2E_DRIVER_ID })).toBeUndefined();
    expect(opened).toEqual([]);
  });

  it('answers with the failure when there is no active tab', async () => {
    const { listener, opened } = makeSeam(null);
    expect(await listener({ open: 'popup' }, { id: E2E_DRIVER_ID })).toEqual({
      ok: false,
      error: 'Error: no active tab',
    });
    expect(opened).toEqual([]);
  });
});
