/**
 * Reads a sticking-points gate file (`npm run analyze -- --gate FILE`): JSON shaped like `GateParams`
 * (lib/sticking-points/gate.ts), as `scripts/fit-gate.ts` writes it and as `lib/sticking-points/gate.json` is.
 * The committed parameters (`FITTED_GATE`) serve as the template, so the check follows the shape as it changes:
 * every field that is a number there must be a finite number, and every field that is an object of weights there
 * must be an object of finite numbers named after gate features (a feature left out weighs 0). Other top-level
 * fields (notes a fit may add) are kept as they are. Failures are one plain sentence.
 */
import { readFileSync } from 'node:fs';
import { FITTED_GATE, GATE_FEATURES, type GateParams } from '../lib/sticking-points/gate';
import { type Result, err, ok } from '../lib/result';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks parsed JSON against the GateParams shape; `source` names the file in the error sentence. */
export function parseGateParams(json: unknown, source: string): Result<GateParams, string> {
  const bad = (why: string) => err(`The gate file ${source} ${why}.`);
  if (!isObject(json)) return bad('is not a JSON object');
  const known: readonly string[] = GATE_FEATURES;
  for (const [field, template] of Object.entries(FITTED_GATE as unknown as Record<string, unknown>)) {
    const value = json[field];
    if (typeof template === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad(`has no numeric "${field}"`);
    } else if (isObject(template)) {
      if (!isObject(value)) return bad(`has no "${field}" object`);
      for (const [name, weight] of Object.entries(value)) {
        if (!known.includes(name))
          return bad(`has a "${field}" entry "${name}", which is not a gate feature (${GATE_FEATURES.join(', ')})`);
        if (typeof weight !== 'number' || !Number.isFinite(weight))
          return bad(`has a "${field}" entry "${name}" that is not a number`);
      }
    }
  }
  return ok(json as unknown as GateParams);
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
