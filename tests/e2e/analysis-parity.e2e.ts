/**
 * The extension and the command line give the same analysis. The popup (the e2e build, in real Chromium) reads the
 * invented dispute article through content.js, has its analysis worker analyse it, and caches what it received
 * in `storage.session`; `npm run analyze -- --json` reads the same page under Node (linkedom) with the same `lib/`
 * code. The two are compared field by field: the article fields the analysis reads, then the analysis (summary,
 * sticking points, sentence count, language). Timings are left out.
 *
 * The CLI is given the page's own http://127.0.0.1 URL (it fetches it from the same fixture server), so the URL
 * fields match too; a second CLI run on the file path is compared on the URL-independent fields only.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Analysis } from '@/lib/analysis/analyze';
import type { Article } from '@/lib/article/types';
import { launchExtension, openPopup, openTab, ROOT, type ExtensionBrowser } from './support/browser';
import { PAGES_DIR, startPageServer, type PageServer } from './support/server';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  [server, browser] = await Promise.all([startPageServer(), launchExtension({ build: 'e2e' })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The part of the extension API the test calls inside the service worker (evaluated there, not in Node). */
declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};

/** One JSON line of `npm run analyze -- --json` (the fields this test reads). */
interface CliRecord
  extends Pick<
    Article,
    'url' | 'canonicalUrl' | 'title' | 'byline' | 'lang' | 'readable' | 'wordCount' | 'text' | 'blocks'
  > {
  summary: Analysis['summary'];
  stickingPoints: Analysis['stickingPoints'];
  stickingPointsReason?: Analysis['stickingPointsReason'];
  sentenceCount: number;
}

/** Runs the command line on one source and parses its JSON line. */
async function analyzeWithCli(source: string): Promise<CliRecord> {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'analyze', '--', '--json', source], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim()) as CliRecord;
}

/** The article and analysis the popup cached for a page (what it received from the page's scripts). */
async function cachedByPopup(url: string): Promise<{ article: Article; analysis: Analysis }> {
  let found: { article: Article; analysis: Analysis } | undefined;
  // The popup writes its cache after showing the analysis, without waiting: poll for the entry.
  await expect
    .poll(
      async () => {
        const items = await browser.worker.evaluate(() => chrome.storage.session.get(null));
        found = Object.values(items).find(
          (v): v is { article: Article; analysis: Analysis } =>
            typeof v === 'object' &&
            v !== null &&
            'analysis' in v &&
            (v as { article?: Article }).article?.url === url &&
            Boolean((v as { analysis: unknown }).analysis),
        );
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The analysis fields, as the CLI writes them, from the popup's analysis. */
function analysisFields(analysis: Analysis) {
  return {
    summary: analysis.summary,
    stickingPoints: analysis.stickingPoints,
    stickingPointsReason: analysis.stickingPointsReason,
    sentenceCount: analysis.sentences.length,
  };
}

/** The same fields from a CLI record. */
function cliAnalysisFields(record: CliRecord) {
  return {
    summary: record.summary,
    stickingPoints: record.stickingPoints,
    stickingPointsReason: record.stickingPointsReason,
    sentenceCount: record.sentenceCount,
  };
}

describe('the extension and the command line agree', () => {
  it('gives the same article and analysis for the dispute page in Chromium as `npm run analyze -- --json`', async () => {
    await browser.worker.evaluate(() => chrome.storage.session.clear());
    const url = server.url('dispute.html');
    const fromUrl = analyzeWithCli(url);
    const fromFile = analyzeWithCli(path.join(PAGES_DIR, 'dispute.html'));

    const { page, tabId } = await openTab(browser, url);
    const popup: Page = await openPopup(browser, tabId);
    await popup.getByRole('list', { name: 'Summary sentences' }).waitFor();
    const { article, analysis } = await cachedByPopup(url);
    const cli = await fromUrl;

    // The article the analysis read: the same text and blocks, so any analysis difference is the analysis's own.
    expect({
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      byline: article.byline,
    }).toEqual({
      url: cli.url,
      canonicalUrl: cli.canonicalUrl,
      title: cli.title,
      byline: cli.byline,
    });
    expect(article.lang).toBe(cli.lang);
    expect(article.readable).toBe(cli.readable);
    expect(article.wordCount).toBe(cli.wordCount);
    expect(article.text).toBe(cli.text);
    expect(article.blocks).toEqual(cli.blocks);

    // The analysis, one field at a time so a failure names it.
    const browserFields = analysisFields(analysis);
    const cliFields = cliAnalysisFields(cli);
    expect(browserFields.sentenceCount).toBe(cliFields.sentenceCount);
    expect(browserFields.summary).toEqual(cliFields.summary);
    expect(browserFields.stickingPoints).toEqual(cliFields.stickingPoints);
    expect(browserFields.stickingPointsReason).toEqual(cliFields.stickingPointsReason);
    expect(analysis.lang).toBe(cli.lang ?? 'en');
    // Not a vacuous match: the page has a summary and sticking points.
    expect(browserFields.summary.length).toBeGreaterThanOrEqual(3);
    expect(browserFields.stickingPoints.length).toBeGreaterThanOrEqual(2);

    // Read from the file instead, the URL fields differ (file://…) but the analysis does not.
    expect(cliAnalysisFields(await fromFile)).toEqual(browserFields);
    await Promise.all([popup.close(), page.close()]);
  });
});
