/**
 * Keeps a {@link NoteIndex} in step with the store for a page that searches as the reader types (the library).
 * Loading every note takes a few hundred milliseconds on a large library, so it starts only when asked (after the
 * first screen), and the page searches the store (`searchNotes`) until the index is ready or if building it failed.
 *
 * Changes arrive as Dexie's `storagemutated` event (from this page, or from other extension contexts through a
 * BroadcastChannel), which names the primary keys written. A write of a few rows (a save, an edit, a delete) reads
 * those rows and applies them ({@link applyChanges}); a bulk write (Dexie then marks the whole table, as it does for
 * 50 or more rows or a range delete) reloads everything. Changes are applied one batch at a time, in order.
 */
import Dexie, { type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import { applyChanges, buildNoteIndex, type IndexChanges, type NoteIndex } from './memory-index';
import type { CruxDb } from './schema';

/** The tables the index follows. */
type IndexedTable = 'highlights' | 'pageNotes' | 'pages';

/** The keys a change touched, per table: a list, or `'all'` when Dexie marked a range (bulk write, clear). */
export type ChangedKeys = Partial<Record<IndexedTable, string[] | 'all'>>;

/** Intervals of a range tree (a Dexie `RangeSet`, or a plain copy of one received from another context). */
function intervals(tree: IntervalTree | null | undefined, out: IntervalTreeNode[] = []): IntervalTreeNode[] {
  if (!tree || !('from' in tree)) return out;
  intervals(tree.l, out);
  out.push(tree);
  intervals(tree.r, out);
  return out;
}

/**
 * The keys of the index's tables that a `storagemutated` event says were written in a database.
 * @returns per touched table its keys or `'all'`; an empty object when the change is about other tables or databases
 */
export function changedKeys(dbName: string, parts: ObservabilitySet): ChangedKeys {
  const changed: ChangedKeys = {};
  for (const table of ['highlights', 'pageNotes', 'pages'] as const) {
    const tree = parts[`idb://${dbName}/${table}/`];
    if (tree === undefined) continue;
    const keys: string[] = [];
    let all = false;
    for (const node of intervals(tree)) {
      if (node.from === node.to && typeof node.from === 'string') keys.push(node.from);
      else all = true;
    }
    if (all) changed[table] = 'all';
    else if (keys.length > 0) changed[table] = keys;
  }
  return changed;
}

/**
 * Reads every note and page and builds the index; the reads are one transaction (a consistent snapshot).
 * `onLoaded` is called between reading and building (for timing marks).
 */
export async function loadNoteIndex(db: CruxDb, onLoaded: () => void = () => {}): Promise<NoteIndex> {
  const [highlights, pageNotes, pages] = await db.transaction('r', db.highlights, db.pageNotes, db.pages, () =>
    Promise.all([db.highlights.toArray(), db.pageNotes.toArray(), db.pages.toArray()]),
  );
  onLoaded();
  return buildNoteIndex(highlights, pageNotes, pages);
}

/** Reads the rows a change named: present ones as changes, missing ones as removals. */
async function readChanges(
  db: CruxDb,
  keys: { highlights: string[]; pageNotes: string[]; pages: string[] },
): Promise<IndexChanges> {
  const [highlights, pageNotes, pages] = await db.transaction('r', db.highlights, db.pageNotes, db.pages, () =>
    Promise.all([
      db.highlights.bulkGet(keys.highlights),
      db.pageNotes.bulkGet(keys.pageNotes),
      db.pages.bulkGet(keys.pages),
    ]),
  );
  return {
    highlights: highlights.filter((h) => h !== undefined),
    pageNotes: pageNotes.filter((n) => n !== undefined),
    pages: pages.filter((p) => p !== undefined),
    removedHighlights: keys.highlights.filter((_, i) => highlights[i] === undefined),
    removedPageNotes: keys.pageNotes.filter((_, i) => pageNotes[i] === undefined),
    removedPages: keys.pages.filter((_, i) => pages[i] === undefined),
  };
}

/** Timing marks a live index records (`performance.mark` names), so the bench can report load and build. */
export type LiveIndexMark =
  | 'crux:library-index-load-start'
  | 'crux:library-index-loaded'
  | 'crux:library-index-ready'
  | 'crux:library-index-update-start'
  | 'crux:library-index-updated';

/** A note index kept in step with the store. */
export interface LiveNoteIndex {
  /** The index when it is built and up to date with every change applied so far; null before, or after a failure. */
  current(): NoteIndex | null;
  /** Starts loading the index (once; later calls do nothing). */
  start(): void;
  /**
   * Calls `onChange` whenever what a search would find may have changed: the index became ready or was updated, or
   * the store changed while there is no index (searches go to the store then). @returns a function that unsubscribes
   */
  subscribe(onChange: () => void): () => void;
  /** Stops following the store and drops the index. */
  stop(): void;
}

/**
 * Follows the store from now on (so no change is missed while loading) and builds the index when {@link
 * LiveNoteIndex.start} is called. A failure to load or update drops the index for good: searches keep going to the
 * store, which is slower but always right.
 */
export function createLiveNoteIndex(db: CruxDb, mark: (name: LiveIndexMark) => void = () => {}): LiveNoteIndex {
  let index: NoteIndex | null = null;
  let failed = false;
  let started = false;
  let stopped = false;
  // Changes not yet applied: keys per table, or a full reload.
  let pending: { highlights: Set<string>; pageNotes: Set<string>; pages: Set<string> } = {
    highlights: new Set(),
    pageNotes: new Set(),
    pages: new Set(),
  };
  let reload = false;
  let working: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());

  /** Brings the index up to date: load it, or apply what changed since. One run at a time (chained). */
  const update = (): void => {
    working = working.then(async () => {
      if (stopped || failed) return;
      try {
        if (index === null || reload) {
          reload = false;
          pending = { highlights: new Set(), pageNotes: new Set(), pages: new Set() };
          const first = index === null;
          mark(first ? 'crux:library-index-load-start' : 'crux:library-index-update-start');
          index = await loadNoteIndex(db, () => mark('crux:library-index-loaded'));
          mark(first ? 'crux:library-index-ready' : 'crux:library-index-updated');
        } else {
          const keys = {
            highlights: [...pending.highlights],
            pageNotes: [...pending.pageNotes],
            pages: [...pending.pages],
          };
          if (keys.highlights.length + keys.pageNotes.length + keys.pages.length === 0) return;
          pending = { highlights: new Set(), pageNotes: new Set(), pages: new Set() };
          const changes = await readChanges(db, keys);
          // A reload asked for while reading supersedes these changes; it runs next.
          if (reload) return update();
          mark('crux:library-index-update-start');
          index = applyChanges(index, changes);
          mark('crux:library-index-updated');
        }
      } catch {
        index = null;
        failed = true;
      }
      if (!stopped) notify();
    });
  };

  const onStoreChange = (parts: ObservabilitySet): void => {
    const changed = changedKeys(db.name, parts);
    if (Object.keys(changed).length === 0) return;
    if (started && !failed) {
      for (const table of ['highlights', 'pageNotes', 'pages'] as const) {
        const keys = changed[table];
        if (keys === 'all') reload = true;
        else if (keys) for (const key of keys) pending[table].add(key);
      }
      update();
    }
    // Until an index is ready (or when it failed), searches go to the store: tell them to run again now.
    if (index === null) notify();
  };
  Dexie.on('storagemutated', onStoreChange);

  return {
    current: () => (failed || stopped ? null : index),
    start() {
      if (started || stopped) return;
      started = true;
      update();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    stop() {
      stopped = true;
      index = null;
      listeners.clear();
      Dexie.on('storagemutated').unsubscribe(onStoreChange);
    },
  };
}
