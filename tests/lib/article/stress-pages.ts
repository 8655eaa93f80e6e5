/**
 * Generated pages that stress the extraction's worst cases: a tree nested thousands of `<div>`s deep, and a page of
 * hundreds of thousands of paragraphs. `npm run bench` times them through the command line (they are too slow for
 * a unit test on a shared machine); the unit tests use small versions to check that no text is lost.
 */

/** One paragraph of article prose; `{n}` makes each paragraph unique. */
const PROSE =
  'Survey team {n} walked the transect at dawn and counted the nesting pairs along the shingle ridge before the first walkers arrived.';

/** A generated page and what a complete extraction must keep. */
export interface StressPage {
  /** The HTML. */
  html: string;
  /** The page's URL. */
  url: string;
  /** Paragraphs of the article, in order, each of which must be in the extracted text. */
  paragraphs: string[];
}

/** Paragraphs of article prose numbered from `from`. */
function prose(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => PROSE.replace('{n}', `${prefix}${i + 1}`));
}

/**
 * A page whose article sits inside `depth` nested `<div>`s (the way some page builders wrap every block), with
 * a navigation list before it and a paragraph of the article at every tenth of the depth on the way down, so text
 * lives at many depths, not only at the bottom.
 * @param depth how many `<div>`s wrap the innermost paragraphs
 */
export function makeDeepPage(depth: number): StressPage {
  const inner = prose(12, 'D');
  const onTheWay = prose(10, 'W');
  const step = Math.max(1, Math.floor(depth / onTheWay.length));
  const parts: string[] = [];
  const kept: string[] = [];
  let w = 0;
  for (let level = 0; level < depth; level++) {
    parts.push(`<div class="wrap-${level % 7}">`);
    if (level % step === step - 1 && w < onTheWay.length) {
      parts.push(`<p>${onTheWay[w]}</p>`);
      kept.push(onTheWay[w]!);
      w++;
    }
  }
  parts.push(`<h1>Shorebird counts at depth ${depth}</h1>`, ...inner.map((p) => `<p>${p}</p>`));
  parts.push('</div>'.repeat(depth));
  const nav = Array.from({ length: 20 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>Shorebird counts at depth ${depth}</title></head><body>
<nav><ul>${nav}</ul></nav>${parts.join('')}</body></html>`;
  return { html, url: `https://birds.example/deep-${depth}`, paragraphs: [...kept, ...inner] };
}

/** One short paragraph of a log; `{n}` makes each unique. */
const LOG_LINE = 'Count {n}: fourteen pairs nested on the shingle ridge at dawn.';

/**
 * A page of `count` short paragraphs in one `<article>` (a log or an archive dumped into one page): 200,000 of them
 * make a 14 MB page.
 * @param count how many paragraphs
 */
export function makeManyParagraphsPage(count: number): StressPage {
  const paragraphs = Array.from({ length: count }, (_, i) => LOG_LINE.replace('{n}', `${i + 1}`));
  const html = `<!DOCTYPE html><html lang="en"><head><title>Every count since the survey began</title></head><body>
<nav><a href="/">Home</a> <a href="/surveys">Surveys</a></nav><article><h1>Every count since the survey began</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  return { html, url: `https://birds.example/all-${count}`, paragraphs };
}
