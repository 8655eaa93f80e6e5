/** Bundling Crux's own `lib/` code for a benchmark page, so Chromium runs exactly the shipped modules. */
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `entry` (TypeScript importing from `lib/`, paths relative to `lib/`) into one script that puts its
 * exports on `window[globalName]`.
 * @returns the script's source
 */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: path.join(import.meta.dirname, '../lib'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
  });
  return bundle.outputFiles[0]!.text;
}
