/**
 * `npm run bench`: Crux's speed, each figure printed beside a baseline measured in the same run. Reads pages from
 * `../shared/corpus` (override with CRUX_CORPUS).
 */
import path from 'node:path';
import { benchExtraction } from './extraction';
import { benchAnalysis } from './analysis';
import { benchPopup } from './popup';
import { benchHighlights } from './highlights';
import { benchLibrary } from './library';
import { benchImport } from './import';
import { benchSizes } from './sizes';
import { BUILDS } from '../tests/e2e/support/browser';

const corpus = process.env.CRUX_CORPUS ?? path.resolve(import.meta.dirname, '../../shared/corpus');

console.log('# Crux benchmarks (medians; the machine is shared, compare ratios)');
benchSizes(BUILDS.store);
benchExtraction(corpus);
benchAnalysis(corpus);
await benchPopup(corpus);
await benchHighlights(corpus);
await benchLibrary();
await benchImport();
