/**
 * Counts the shown positions that break the position rules (lib/sticking-points/position-rules.ts): reads the JSON
 * lines of `npm run analyze -- --json` on stdin and checks every `stickingPoints[].positions[]` item.
 *
 *   npm run --silent analyze -- --json FILES… | npx tsx scripts/check-positions.ts
 *
 * stdout: `position rule breaks: N of M shown positions (target 0)`, then up to 10 examples, one a line, with the
 * rules broken. Pages that failed (`{"file", "error"}` lines) and lines that are not JSON are counted in a note.
 * Always exits 0: it is a measurement, not a gate.
 */
import { positionRuleBreaks, type PositionRule } from '../lib/sticking-points/position-rules';

/** How many examples are printed. */
const MAX_EXAMPLES = 10;

interface PageRecord {
  file?: string;
  error?: string;
  stickingPoints?: Array<{ label?: string; positions?: Array<{ actor?: string; stance?: string }> }>;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const input = await readStdin();
let shown = 0;
let pages = 0;
let failedPages = 0;
let badLines = 0;
const breaks: Array<{ file: string; label: string; actor: string; stance: string; rules: PositionRule[] }> = [];
for (const line of input.split('\n')) {
  if (!line.trim()) continue;
  let record: PageRecord;
  try {
    record = JSON.parse(line) as PageRecord;
  } catch {
    badLines++;
    continue;
  }
  if (record.error !== undefined || !Array.isArray(record.stickingPoints)) {
    failedPages++;
    continue;
  }
  pages++;
  for (const point of record.stickingPoints) {
    for (const position of point.positions ?? []) {
      shown++;
      const actor = String(position.actor ?? '');
      const stance = String(position.stance ?? '');
      const rules = positionRuleBreaks({ actor, stance });
      if (rules.length)
        breaks.push({ file: String(record.file ?? '?'), label: String(point.label ?? ''), actor, stance, rules });
    }
  }
}

const out: string[] = [`position rule breaks: ${breaks.length} of ${shown} shown positions (target 0)`];
const notes = [`${pages} pages`];
if (failedPages) notes.push(`${failedPages} failed or without stickingPoints`);
if (badLines) notes.push(`${badLines} lines not JSON`);
out[0] += `; ${notes.join(', ')}`;
for (const b of breaks.slice(0, MAX_EXAMPLES)) {
  const name = b.file.split('/').pop() ?? b.file;
  out.push(`  ${b.rules.join(', ')}: ${JSON.stringify(b.actor)} → ${JSON.stringify(b.stance)}  [${name}: ${b.label}]`);
}
if (breaks.length > MAX_EXAMPLES) out.push(`  … and ${breaks.length - MAX_EXAMPLES} more`);
process.stdout.write(`${out.join('\n')}\n`);
