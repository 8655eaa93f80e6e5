/**
 * Reads `npm run analyze -- --json` lines on stdin and prints how many summary sentences come from beyond their
 * article's first three sentences: the summary must be chosen, not the lead copied (issue 3 asks for ≥ 20 %).
 */
import { createInterface } from 'node:readline';

/** Sentences with an index below this are "the lead". */
const LEAD_SENTENCES = 3;

let chosen = 0;
let beyondLead = 0;
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('{')) continue;
  const record = JSON.parse(line) as { summary?: { index: number }[] };
  for (const item of record.summary ?? []) {
    chosen++;
    if (item.index >= LEAD_SENTENCES) beyondLead++;
  }
}
const share = chosen ? (100 * beyondLead) / chosen : 0;
console.log(
  `summary sentences beyond the first ${LEAD_SENTENCES}: ${beyondLead}/${chosen} = ${share.toFixed(1)}% (target ≥ 20%)`,
);
process.exitCode = share >= 20 ? 0 : 1;
