/**
 * The lint rules that hold Crux's layers apart (biome.jsonc) actually fire: a deliberate forbidden import in a probe
 * file under `lib/` or `components/` makes `biome lint` fail, and the same import where it belongs passes. Each
 * probe is written next to the real code (the rules are chosen by path), linted, and removed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');

/** What `biome lint` said about one file. */
interface LintOutcome {
  /** The process's exit status: non-zero fails `npm test`. */
  status: number | null;
  /** The rules that reported, e.g. `lint/correctness/noNodejsModules`. */
  rules: string[];
}

/** Writes `source` at `relativePath`, lints it alone with the project's configuration, and removes it. */
function lintProbe(relativePath: string, source: string): LintOutcome {
  const file = path.join(ROOT, relativePath);
  writeFileSync(file, source);
  try {
    const run = spawnSync(BIOME, ['lint', '--reporter=json', relativePath], { cwd: ROOT, encoding: 'utf8' });
    const json = run.stdout.slice(run.stdout.indexOf('{'));
    const report = JSON.parse(json) as { diagnostics: { category: string }[] };
    return { status: run.status, rules: report.diagnostics.map((d) => d.category) };
  } finally {
    rmSync(file, { force: true });
  }
}

/** A unique probe name, so parallel runs never share a file. */
const probe = (folder: string, ext = 'ts'): string => `${folder}/zz-lint-probe-${process.pid}.${ext}`;

describe('lint boundaries', () => {
  it("fails when a lib/ file imports fs from 'node:fs'", () => {
    const outcome = lintProbe(
      probe('lib/article'),
      "import fs from 'node:fs';\n\nexport const size = fs.statSync('.').size;\n",
    );
    expect(outcome.status).not.toBe(0);
    expect(outcome.rules).toContain('lint/correctness/noNodejsModules');
  });

  it.each([
    ['linkedom', "import { parseHTML } from 'linkedom';\n\nexport const parse = parseHTML;\n"],
    ['wxt/browser', "import { browser } from 'wxt/browser';\n\nexport const api = browser;\n"],
    ['#imports', "import { browser } from '#imports';\n\nexport const api = browser;\n"],
    [
      'entrypoints/',
      "import { parseTabParam } from '@/entrypoints/popup/load-article';\n\nexport const parse = parseTabParam;\n",
    ],
  ])('fails when a lib/ file imports %s', (_name, source) => {
    const outcome = lintProbe(probe('lib/db'), source);
    expect(outcome.status).not.toBe(0);
    expect(outcome.rules).toContain('lint/style/noRestrictedImports');
  });

  it('fails when a component reaches into entrypoints/', () => {
    const source =
      "import { parseTabParam } from '../entrypoints/popup/load-article';\n\nexport const parse = parseTabParam;\n";
    const outcome = lintProbe(probe('components', 'tsx'), source);
    expect(outcome.status).not.toBe(0);
    expect(outcome.rules).toContain('lint/style/noRestrictedImports');
  });

  it('passes the same Node import in the command line (scripts/cli/)', () => {
    const outcome = lintProbe(
      probe('scripts/cli'),
      "import fs from 'node:fs';\n\nexport const size = fs.statSync('.').size;\n",
    );
    expect(outcome).toEqual({ status: 0, rules: [] });
  });
});
