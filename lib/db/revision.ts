/**
 * Revisions: how Crux knows whether one copy of a note descends from another, so that a merge never loses an edit.
 *
 * Every note carries a version vector (`clock`): for each device or browser profile that changed it, how many
 * changes that device made (Lamport's happened-before, kept per note as in Parker et al., "Detection of Mutual
 * Inconsistency in Distributed Systems", 1983). A local change adds one to this profile's entry and records the
 * change as the note's `revision` (that device and its new count). Copy A descends from copy B when A's count for
 * every device is at least B's: A has seen every change B has. Neither descending from the other means both were
 * changed apart (concurrent), and an import then keeps both versions (`import.ts`).
 *
 * Clock times play no part: a file dated 9999, or a device whose clock runs fast, cannot make a copy "newer".
 */

/** One entry of a note's version vector: a device (or profile) id and how many changes it made to the note. */
export type ClockEntry = readonly [device: string, counter: number];

/** A note's version vector: entries sorted by device, one per device, counters ≥ 1. Empty for a foreign note. */
export type Clock = readonly ClockEntry[];

/** A note's latest change: the device that made it and that device's count after it. */
export interface Revision {
  /** The device or profile id (a UUID for Crux; empty for a note from a file without revisions). */
  device: string;
  /** The device's change count on the note after this change (0 for a foreign note never changed by Crux). */
  counter: number;
}

/** The revision of a note that carries none (a record written before revisions). */
export const NO_REVISION: Revision = { device: '', counter: 0 };

/**
 * The first character of a device id that stands for a file without revisions (another tool's, or an older
 * Crux's) rather than a Crux profile: `~` and a name-based UUID of the copy's content. Two imports of the same
 * copy get the same id, so the second is seen as nothing new, and a local edit of it descends from it.
 */
export const FILE_DEVICE_PREFIX = '~';

/** The clock of a copy read from a file without revisions, named by a digest of its content. */
export function fileCopyClock(contentId: string): { clock: Clock; revision: Revision } {
  const device = `${FILE_DEVICE_PREFIX}${contentId}`;
  return { clock: [[device, 1]], revision: { device, counter: 1 } };
}

/** Whether no Crux profile ever changed a copy: its clock names only files without revisions (or nothing). */
export function isFromFilesOnly(clock: Clock): boolean {
  return clock.every(([device]) => device.startsWith(FILE_DEVICE_PREFIX));
}

/** Most devices a clock read from a file may name: each is one browser profile that changed the note. */
export const MAX_CLOCK_ENTRIES = 64;

/** Longest device id read from a file (Crux writes 36-character UUIDs). */
export const MAX_DEVICE_ID_LENGTH = 64;

/** How one copy relates to another. */
export type ClockOrder =
  /** Same changes. */
  | 'equal'
  /** The first has seen every change of the second, and more: it descends from it. */
  | 'after'
  /** The second descends from the first. */
  | 'before'
  /** Each has changes the other has not seen. */
  | 'concurrent';

/** A device's count in a clock (0 when it never changed the note). */
export function counterOf(clock: Clock, device: string): number {
  for (const [d, n] of clock) if (d === device) return n;
  return 0;
}

/** Compares two clocks. */
export function compareClocks(a: Clock, b: Clock): ClockOrder {
  let aAhead = false;
  let bAhead = false;
  const devices = new Set([...a.map(([d]) => d), ...b.map(([d]) => d)]);
  for (const device of devices) {
    const x = counterOf(a, device);
    const y = counterOf(b, device);
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  return bAhead ? 'before' : 'equal';
}

/** The clock that has seen every change of both (the larger count per device). */
export function mergeClocks(a: Clock, b: Clock): Clock {
  const counts = new Map<string, number>();
  for (const [d, n] of [...a, ...b]) counts.set(d, Math.max(counts.get(d) ?? 0, n));
  return [...counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** A change made on `device`: its count goes up by one. @returns the new clock and the change's revision */
export function tick(clock: Clock, device: string): { clock: Clock; revision: Revision } {
  const counter = counterOf(clock, device) + 1;
  const others = clock.filter(([d]) => d !== device);
  const next = [...others, [device, counter] as const].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return { clock: next, revision: { device, counter } };
}

/**
 * A note's version as one short string (`device:counter`), which the editor remembers when it opens and the save
 * sends back: if the stored note has another version, someone saved it in between.
 */
export function versionOf(note: { revision?: Revision }): string {
  const revision = note.revision ?? NO_REVISION;
  return `${revision.device}:${revision.counter}`;
}

/** Whether a value is a well-formed clock as a file may carry it (bounded, sorted, unique, positive counts). */
export function isClock(value: unknown): value is Clock {
  if (!Array.isArray(value) || value.length > MAX_CLOCK_ENTRIES) return false;
  let previous = '';
  for (const [i, entry] of value.entries()) {
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    const [device, counter] = entry as unknown[];
    if (typeof device !== 'string' || device === '' || device.length > MAX_DEVICE_ID_LENGTH) return false;
    if (!Number.isSafeInteger(counter) || (counter as number) < 1) return false;
    if (i > 0 && device <= previous) return false;
    previous = device;
  }
  return true;
}
