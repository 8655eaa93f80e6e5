/**
 * The command line as a user runs it: `npx tsx scripts/analyze.ts …`, checking stdout lines, stderr sentences and
 * exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'articles');
const TMP = mkdtempSync(path.join(tmpdir(), 'crux-cli-'));

function analyze(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function fixture(slug: string): string {
  return path.join(FIXTURES, slug, 'source.html');
}

function expectPlainSentence(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/\.$/);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

// Each test starts Node and tsx (1–2 s, more on a busy machine): generous timeouts.
describe('analyze CLI', { timeout: 60_000 }, () => {
  it('prints one JSON line with the article fields', () => {
    const { code, stdout } = analyze(fixture('deck-and-byline'), '--json');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const key of [
      'url',
      'canonicalUrl',
      'title',
      'byline',
      'siteName',
      'lang',
      'publishedTime',
      'dek',
      'excerpt',
      'readable',
      'wordCount',
      'readingMinutes',
      'text',
      'blocks',
    ]) {
      expect(record).toHaveProperty(key);
    }
    expect(record.byline).toBe('Maren Oduya');
    expect(record.dek).toBe('Three fishing ports want turbines in their channels, and the fishermen are split');
  });

  it('prints readable text by default', () => {
    const { code, stdout } = analyze(fixture('deck-and-byline'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Harbour towns bet on tidal power\nBy: Maren Oduya\n/);
    expect(stdout).toContain('The tide in Port Ellery');
  });

  it('prints one line per file, an error line for a missing one, and exits 0', () => {
    const missing = path.join(TMP, 'missing.html');
    const { code, stdout } = analyze('--json', fixture('comment-prompt'), missing, fixture('related-links'));
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(3);
    expect(records[0]!.title).toBe('Why your sourdough starter smells of nail varnish');
    expect(records[1]).toEqual({ file: missing, error: expect.stringMatching(/^There is no file .*\.$/) });
    expect(records[2]!.title).toBe('Night trains return to the coast line');
  });

  it('fails with one plain sentence for a missing file', () => {
    const { code, stdout, stderr } = analyze(path.join(TMP, 'nowhere.html'), '--json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expectPlainSentence(stderr);
  });

  it('fails with one plain sentence for an empty file', () => {
    const file = path.join(TMP, 'empty.html');
    writeFileSync(file, '');
    const { code, stderr } = analyze(file);
    expect(code).not.toBe(0);
    expectPlainSentence(stderr);
    expect(stderr).toContain('empty');
  });

  it('fails with one plain sentence for a binary file', () => {
    const file = path.join(TMP, 'image.html');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const { code, stderr } = analyze(file);
    expect(code).not.toBe(0);
    expectPlainSentence(stderr);
    expect(stderr).toContain('binary');
  });

  it('fails with one plain sentence for a page with no text', () => {
    const file = path.join(TMP, 'blank-page.html');
    writeFileSync(
      file,
      '<!DOCTYPE html><html><head><title>Loading</title></head><body><div id="app"></div><script>boot()</script></body></html>',
    );
    const { code, stderr } = analyze(file, '--json');
    expect(code).not.toBe(0);
    expectPlainSentence(stderr);
  });

  it('marks a non-article page with text as not readable', () => {
    const { code, stdout } = analyze(fixture('non-article-page'), '--json');
    if (code === 0) expect((JSON.parse(stdout) as { readable: boolean }).readable).toBe(false);
    else expect(stdout).toBe('');
  });

  /** The committed gate parameters, changed by `change`, written to a file. */
  function gateFile(
    name: string,
    change: (gate: { weights: Record<string, unknown>; [field: string]: unknown }) => void,
  ): string {
    const gate = JSON.parse(readFileSync(path.join(ROOT, 'lib', 'sticking-points', 'gate.json'), 'utf8')) as {
      weights: Record<string, unknown>;
    };
    change(gate);
    const file = path.join(TMP, `gate-${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(gate));
    return file;
  }

  it('reads the gate parameters from --gate FILE', () => {
    const file = gateFile('unreachable', (gate) => {
      gate.threshold = 1000;
      gate.note = 'a fit may add fields';
    });
    const { code, stdout } = analyze(fixture('deck-and-byline'), '--json', '--gate', file);
    expect(code).toBe(0);
    expect((JSON.parse(stdout.trim()) as { stickingPoints: unknown[] }).stickingPoints).toEqual([]);
  });

  it.each([
    [
      'without a threshold',
      (gate: { weights: Record<string, unknown>; threshold?: unknown }) => delete gate.threshold,
      /has no numeric "threshold"\.$/,
    ],
    [
      'with an unknown feature',
      (gate: { weights: Record<string, unknown> }) => (gate.weights.loudness = 1),
      /"loudness", which is not a gate feature/,
    ],
    [
      'with a weight that is not a number',
      (gate: { weights: Record<string, unknown> }) => (gate.weights.contention = 'high'),
      /not a number\.$/,
    ],
    ['without weights', (gate: { weights?: unknown }) => delete gate.weights, /has no "weights" object\.$/],
  ])('fails with one plain sentence for a gate file %s', (name, change, message) => {
    const { code, stdout, stderr } = analyze(fixture('deck-and-byline'), '--json', '--gate', gateFile(name, change));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectPlainSentence(stderr);
    expect(stderr.trim()).toMatch(message);
  });

  it('fails with one plain sentence for a gate file that is not JSON', () => {
    const file = path.join(TMP, 'gate-not-json.json');
    writeFileSync(file, 'weights: none');
    const { code, stderr } = analyze(fixture('deck-and-byline'), '--json', '--gate', file);
    expect(code).toBe(2);
    expectPlainSentence(stderr);
    expect(stderr).toContain('is not valid JSON');
  });

  it('fails with one plain sentence for a missing gate file', () => {
    const { code, stderr } = analyze(fixture('deck-and-byline'), '--json', '--gate', path.join(TMP, 'no-gate.json'));
    expect(code).toBe(2);
    expectPlainSentence(stderr);
    expect(stderr).toContain('could not be read');
  });
});
