/**
 * Bytes of JavaScript Crux makes a browser load, from the store build (`npm run bench` builds it; the e2e build is
 * compiled with the development JSX transform, which adds file names and line numbers, so its popup chunk is a third
 * larger): what is injected into a page, and what the popup page loads. Raw bytes and gzip -9 (what a download or a
 * disk read of the store package costs; the parse cost follows the raw size).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './stats';

/** The popup's JavaScript budget, gzip (issue 4). */
const POPUP_BUDGET_GZIP = 40_000;

/** Sizes of one file or a set of files. */
interface Size {
  raw: number;
  gzip: number;
}

/** Raw and gzip -9 sizes of files in `dir`, summed. */
function sizeOf(dir: string, files: string[]): Size {
  return files.reduce(
    (sum, file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/** Formats bytes as kB (1,000 bytes), or MB above a million. */
function kb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

/**
 * The scripts an extension page loads: its `<script src>` and `modulepreload` links, then every chunk those import
 * statically (`from"./x.js"`, `import"./x.js"`), transitively. Dynamic `import()`s are listed apart: they load later.
 * @returns paths relative to the build folder
 */
export function pageScripts(buildDir: string, html: string): { static: string[]; dynamic: string[] } {
  const source = fs.readFileSync(path.join(buildDir, html), 'utf8');
  const queue = [
    ...source.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(buildDir, file), 'utf8');
    const resolve = (spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) queue.push(resolve(m[1]!));
    for (const m of code.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)/g)) dynamic.add(resolve(m[1]!));
  }
  return { static: [...seen], dynamic: [...dynamic].filter((f) => !seen.has(f)) };
}

/** Prints the injected scripts' and the popup's JavaScript sizes; skips with a note when there is no build. */
export function benchSizes(buildDir: string): void {
  if (!fs.existsSync(path.join(buildDir, 'manifest.json'))) {
    console.log(`\nsizes: no build at ${buildDir} — skipped.`);
    return;
  }
  const content = sizeOf(buildDir, ['content-scripts/content.js']);
  const workerFile = fs.readdirSync(path.join(buildDir, 'assets')).find((f) => /^analysis-worker-.*\.js$/.test(f));
  const worker = workerFile ? sizeOf(buildDir, [`assets/${workerFile}`]) : null;
  console.log('\n## JavaScript injected into a page (built files)');
  printTable(
    ['injection', 'gzip -9', 'raw'],
    [
      [
        'content.js: everything Crux injects (the popup, highlights, auto-show sites); the tagger is not injected',
        kb(content.gzip),
        kb(content.raw),
      ],
    ],
  );
  if (worker) {
    console.log(
      "\n## The popup's analysis worker (started by the popup script, runs off its UI thread; not part of popup.html)",
    );
    printTable(
      ['file', 'gzip -9', 'raw', 'ratio to content.js (raw)'],
      [[`assets/${workerFile}`, kb(worker.gzip), kb(worker.raw), (worker.raw / content.raw).toFixed(1)]],
    );
  }

  const scripts = pageScripts(buildDir, 'popup.html');
  const popup = sizeOf(buildDir, scripts.static);
  const rows = scripts.static.map((file) => {
    const s = sizeOf(buildDir, [file]);
    return [`  ${file}`, kb(s.gzip), kb(s.raw), ''];
  });
  console.log(
    `\n## The popup's JavaScript (popup.html's script and the chunks it imports${scripts.dynamic.length ? `; later, dynamically: ${scripts.dynamic.join(', ')}` : ''})`,
  );
  printTable(
    ['popup.html loads', 'gzip -9', 'raw', 'budget (gzip)'],
    [
      [
        'total',
        kb(popup.gzip),
        kb(popup.raw),
        `≤ ${kb(POPUP_BUDGET_GZIP)}${popup.gzip > POPUP_BUDGET_GZIP ? ' — OVER' : ''}`,
      ],
      ...rows,
    ],
  );
}
