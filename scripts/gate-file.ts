/**
 * Reads a sticking-points gate file (`npm run analyze -- --gate FILE`): JSON shaped like `GateParams`
 * (lib/sticking-points/gate.ts), as `scripts/fit-gate.ts` writes it and as `lib/sticking-points/gate.json` is.
 * Checked: `weights` is an object of finite numbers named after known features (a feature left out weighs 0, as in
 * `gateScore`), and `threshold` is a finite number. Other top-level fields (notes a fit may add) are kept as they are.
 * Failures are one plain sentence.
 */
import { readFileSync } from 'node:fs';
import { GATE_FEATURES, type GateParams } from '../lib/sticking-points/gate';
import { type Result, err, ok } from '../lib/result';

/** Checks parsed JSON against the GateParams shape; `source` names the file in the error sentence. */
export function parseGateParams(json: unknown, source: string): Result<GateParams, string> {
  const bad = (why: string) => err(`The gate file ${source} ${why}.`);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('is not a JSON object');
  const { weights, articleWeights, threshold, pointThreshold } = json as Record<string, unknown>;
  const known: readonly string[] = GATE_FEATURES;
  for (const [field, value] of [['weights', weights], ['articleWeights', articleWeights]] as const) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(`has no "${field}" object`);
    for (const [name, w] of Object.entries(value)) {
      if (!known.includes(name)) return bad(`has a weight for "${name}", which is not a gate feature (${GATE_FEATURES.join(', ')})`);
      if (typeof w !== 'number' || !Number.isFinite(w)) return bad(`has a weight for "${name}" that is not a number`);
    }
  }
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return bad('has no numeric "threshold"');
  if (typeof pointThreshold !== 'number' || !Number.isFinite(pointThreshold)) return bad('has no numeric "pointThreshold"');
  return ok(json as GateParams);
}

/** Reads and checks a gate file. */
export function readGateFile(file: string): Result<GateParams, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return err(`The gate file ${file} could not be read.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(`The gate file ${file} is not valid JSON.`);
  }
  return parseGateParams(json, file);
}
