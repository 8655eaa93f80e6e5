/**
 * What the command line prints for an analysis: the JSON fields added to an article's record, and a readable
 * summary and sticking points for a person. Pure code, no Node APIs.
 */
import type { Analysis } from './analyze';

/** Milliseconds spent on each stage of one page. */
export interface Timings {
  /** Parsing and extraction. */
  extractMs: number;
  /** Summary and sticking points. */
  analyzeMs: number;
}

/**
 * The analysis fields of a page's JSON record: `summary`, `stickingPoints` (always an array), the reason when they
 * were not looked for, `sentenceCount` (how many sentences the analysis segmented) and `timings`. Sentence scores
 * stay out of the line (they are for re-ranking in the popup).
 */
export function buildAnalysisExtras(analysis: Analysis, timings: Timings): Record<string, unknown> {
  return {
    summary: analysis.summary,
    stickingPoints: analysis.stickingPoints,
    ...(analysis.stickingPointsReason ? { stickingPointsReason: analysis.stickingPointsReason } : {}),
    sentenceCount: analysis.sentences.length,
    timings: { extractMs: round(timings.extractMs), analyzeMs: round(timings.analyzeMs) },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The summary and sticking points as text, shown after the article header on the command line. */
export function formatAnalysis(analysis: Analysis): string {
  const lines: string[] = ['## Summary', ''];
  if (analysis.summary.length === 0) lines.push('(nothing to summarise)');
  for (const item of analysis.summary) lines.push(`- ${item.text}`);
  lines.push('', '## Sticking points', '');
  if (analysis.stickingPoints.length === 0) {
    lines.push(
      analysis.stickingPointsReason === 'language'
        ? '(not looked for: Crux reads sticking points in English only for now)'
        : '(no open disputes found in this article)',
    );
  }
  for (const point of analysis.stickingPoints) {
    lines.push(`* ${point.label}`);
    for (const position of point.positions) lines.push(`    ${position.actor}: ${position.stance}`);
    for (const evidence of point.evidence) lines.push(`    “${evidence.text}”`);
  }
  return `${lines.join('\n')}\n`;
}
