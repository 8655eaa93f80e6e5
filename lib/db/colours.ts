/**
 * Highlight colours. A small set, each with a meaning a reader can remember and filter by, rather than a palette
 * of hues: the name is what is stored, the look is decided here (and can change without touching saved data).
 */

import { colourLabels } from '../strings';

/** A highlight colour's meaning and look. */
export interface ColourInfo {
  /** Stored name. */
  name: ColourName;
  /** What the colour means, as shown to the reader (from `colourLabels` of `lib/strings.ts`). */
  label: string;
  /** Background on light pages (semi-transparent, so the page's text colour stays readable). */
  light: string;
  /** Background under `prefers-color-scheme: dark`. */
  dark: string;
}

/** The names of the colours, in the order the colour picker shows them. */
export const COLOUR_NAMES = ['key', 'evidence', 'question', 'disagree'] as const;

/** A highlight colour's stored name. */
export type ColourName = (typeof COLOUR_NAMES)[number];

/** The colour new highlights get unless the reader picks another. */
export const DEFAULT_COLOUR: ColourName = 'key';

/** Every colour's meaning and look. */
export const COLOURS: Readonly<Record<ColourName, ColourInfo>> = {
  key: { name: 'key', label: colourLabels.key, light: 'rgb(255 214 10 / 0.45)', dark: 'rgb(191 144 0 / 0.55)' },
  evidence: {
    name: 'evidence',
    label: colourLabels.evidence,
    light: 'rgb(52 199 89 / 0.35)',
    dark: 'rgb(30 130 60 / 0.6)',
  },
  question: {
    name: 'question',
    label: colourLabels.question,
    light: 'rgb(64 156 255 / 0.35)',
    dark: 'rgb(40 100 190 / 0.6)',
  },
  disagree: {
    name: 'disagree',
    label: colourLabels.disagree,
    light: 'rgb(255 99 132 / 0.35)',
    dark: 'rgb(180 50 80 / 0.6)',
  },
};

/** The colours as a list, in picker order (for `createPainter` and the colour picker). */
export const COLOUR_LIST: readonly ColourInfo[] = COLOUR_NAMES.map((name) => COLOURS[name]);

/** Whether a value is a colour name (compared with the fixed list, never looked up on an object). */
export function isColourName(value: unknown): value is ColourName {
  return typeof value === 'string' && (COLOUR_NAMES as readonly string[]).includes(value);
}

/**
 * A colour's meaning and look, for any stored or imported value. The one way to read `COLOURS` with a value that
 * came from storage or a file: `COLOURS[value]` with `"__proto__"` or `"constructor"` would return an object's
 * prototype or its constructor, so the value is checked against the fixed list first and anything else gets the
 * default colour.
 */
export function colourInfo(value: unknown): ColourInfo {
  return COLOURS[isColourName(value) ? value : DEFAULT_COLOUR];
}

/**
 * Hue names that version 1 of the store and other annotators use, mapped to the meaning they usually carry
 * (yellow is the classic "important" marker, red "I disagree").
 */
const HUE_ALIASES: ReadonlyMap<string, ColourName> = new Map([
  ['yellow', 'key'],
  ['orange', 'key'],
  ['green', 'evidence'],
  ['blue', 'question'],
  ['purple', 'question'],
  ['red', 'disagree'],
  ['pink', 'disagree'],
]);

/**
 * A stored or imported colour as one of Crux's names: names pass, hue names map to their usual meaning
 * (case-insensitively), anything else becomes the default, so no highlight is lost for an unknown colour. The
 * aliases are a `Map`, so no key (`"__proto__"`, `"constructor"`, `"toString"`) reaches an object's prototype.
 */
export function normalizeColour(value: unknown): ColourName {
  if (isColourName(value)) return value;
  if (typeof value !== 'string') return DEFAULT_COLOUR;
  const lower = value.trim().toLowerCase();
  return isColourName(lower) ? lower : (HUE_ALIASES.get(lower) ?? DEFAULT_COLOUR);
}
