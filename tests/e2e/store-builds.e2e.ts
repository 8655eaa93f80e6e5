/**
 * The store builds carry no test seam. The Firefox e2e build's seam (entrypoints/background/e2e-seam.ts) is compiled
 * in behind `import.meta.env.MODE === 'e2e'`, so a store build must not contain its add-on id, nor listen to other
 * extensions at all; and neither store build asks for the test host permission. The e2e build is checked to hold
 * the marker, so the search is known to find it where it is. And the content script tells a page nothing: no
 * message posted to its window, no WXT signal, no custom element; the note editor is the one web-accessible page.
 * Reads the builds `npm run test:e2e` has just made.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './support/browser';
import { E2E_DRIVER_ID } from '@/entrypoints/background/e2e-seam';

/** Every JavaScript and HTML file of a build, with its text. */
async function builtFiles(build: string): Promise<{ file: string; text: string }[]> {
  const dir = path.join(ROOT, '.output', build);
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(js|html)$/.test(file));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(dir, file), 'utf8') })));
}

/** The files of a build that mention `needle`. */
async function filesWith(build: string, needle: string): Promise<string[]> {
  return (await builtFiles(build)).filter(({ text }) => text.includes(needle)).map(({ file }) => file);
}

describe('the store builds have no test seam', () => {
  it('the Firefox e2e build has the seam (so the search below finds it where it is)', async () => {
    expect(await filesWith('firefox-mv3-e2e', E2E_DRIVER_ID)).toEqual(['background.js']);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s has no seam and listens to no other extension', async (build) => {
    expect(await builtFiles(build)).not.toHaveLength(0);
    expect(await filesWith(build, E2E_DRIVER_ID)).toEqual([]);
    expect(await filesWith(build, 'onMessageExternal')).toEqual([]);
    const manifest = JSON.parse(await readFile(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
  });
});

describe('the store builds tell the page nothing', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: the content script posts no message and names no WXT signal; only the editor is web-accessible',
    async (build) => {
      const content = await readFile(path.join(ROOT, '.output', build, 'content-scripts', 'content.js'), 'utf8');
      expect(content).not.toContain('postMessage');
      expect(content).not.toContain('content-script-started');
      expect(content).not.toContain('crux-highlighter');
      const manifest = JSON.parse(await readFile(path.join(ROOT, '.output', build, 'manifest.json'), 'utf8'));
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: ['editor.html'],
          matches: ['<all_urls>'],
          ...(build === 'chrome-mv3' ? { use_dynamic_url: true } : {}),
        },
      ]);
    },
  );
});
