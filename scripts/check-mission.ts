/**
 * Checks Crux's extraction of the mission page (the page Crux was conceived from) against its hand-written gold
 * file: title, byline, siteName, publishedTime and dek equal; the body starts with `bodyStartsWith` and contains
 * none of `bodyMustNotContain`. Prints PASS/FAIL per field; exits 1 when any field fails.
 *
 *   npx tsx scripts/check-mission.ts <page.html> <page.gold.json>
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../lib/article/extract';
import { parseHtml } from './cli/parse-html';

/** The part of the gold file this check reads. */
interface MissionGold {
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  dek: string;
  bodyStartsWith: string;
  bodyMustNotContain: string[];
}

function main(): number {
  const [pagePath, goldPath] = process.argv.slice(2);
  if (!pagePath || !goldPath) {
    process.stderr.write('Usage: tsx scripts/check-mission.ts <page.html> <page.gold.json>\n');
    return 2;
  }
  let gold: MissionGold;
  let html: string;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as MissionGold;
    html = readFileSync(pagePath, 'utf8');
  } catch (e) {
    process.stderr.write(`Cannot read the mission page or its gold file (${(e as Error).message.split('\n')[0]}).\n`);
    return 2;
  }
  const result = extractArticle(parseHtml(html, 'https://example.com/mission'));
  if (!result.ok) {
    process.stdout.write(`mission FAIL extraction: ${result.error.message}\n`);
    return 1;
  }
  const article = result.value;
  const checks: [string, boolean, string][] = [];
  for (const field of ['title', 'byline', 'siteName', 'publishedTime', 'dek'] as const) {
    checks.push([field, article[field] === gold[field], JSON.stringify(article[field])]);
  }
  checks.push([
    'bodyStartsWith',
    article.text.startsWith(gold.bodyStartsWith),
    JSON.stringify(article.text.slice(0, 60)),
  ]);
  for (const phrase of gold.bodyMustNotContain) {
    checks.push([`bodyMustNotContain ${JSON.stringify(phrase)}`, !article.text.includes(phrase), '']);
  }
  let failed = 0;
  for (const [name, pass, got] of checks) {
    if (!pass) failed++;
    process.stdout.write(`  ${pass ? 'PASS' : 'FAIL'} ${name}${pass || !got ? '' : ` (got ${got})`}\n`);
  }
  process.stdout.write(`mission ${failed ? 'FAIL' : 'PASS'} ${checks.length - failed}/${checks.length} checks\n`);
  return failed ? 1 : 0;
}

process.exitCode = main();
