/**
 * The one way the popup's Notes tab and the library change notes: each change runs through `run`, which shows a
 * failure as its plain sentence (and loses nothing), and each delete confirms itself with its own Undo that
 * restores that note (a soft delete, then `restore…`): two deletes in a row leave two Undos, not one. The source is
 * a prop of the caller, so tests drive every path.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Highlight, PageNote } from '@/lib/db/types';
import type { Result } from '@/lib/result';
import { notesStrings } from '@/lib/strings';

/** A failure as the reader sees it: one plain sentence (made by `lib/strings.ts`). */
export interface NoteFailure {
  /** One plain sentence. */
  message: string;
}

/** The changes both the popup and the library make; each resolves to its result, never rejects on purpose. */
export interface NoteMutationSource {
  deleteHighlight(id: string): Promise<Result<Highlight, NoteFailure>>;
  restoreHighlight(id: string): Promise<Result<Highlight, NoteFailure>>;
  deletePageNote(id: string): Promise<Result<PageNote, NoteFailure>>;
  restorePageNote(id: string): Promise<Result<PageNote, NoteFailure>>;
}

/** A confirmation: after a delete it carries the Undo. */
export interface NoteToast {
  /** One plain sentence. */
  message: string;
  /** Restores what was deleted; absent for a plain confirmation. */
  undo?: () => void;
}

/** One deletion that can still be undone. */
export interface UndoEntry {
  /** Tells entries apart (a counter). */
  key: number;
  /** One plain sentence: what was deleted. */
  message: string;
  /** Restores that note and removes the entry. */
  undo: () => void;
  /** Removes the entry (the note stays in Recently deleted). */
  dismiss: () => void;
}

/** Most Undos shown at once; older deletions stay restorable from Recently deleted. */
export const MAX_UNDOS = 5;

/** What to do when a removed note is gone, and when it is back. */
export interface RemoveCallbacks<T> {
  /** The delete succeeded. */
  onDeleted?: (note: T) => void;
  /** The Undo restored it. */
  onRestored?: (note: T) => void;
}

/**
 * State and actions for changing notes.
 * @param unreachable the sentence for a change whose source did not answer at all
 */
export function useNoteMutations(source: NoteMutationSource, unreachable: string) {
  const [problem, setProblem] = useState<string | null>(null);
  const [toast, setToast] = useState<NoteToast | null>(null);
  const [undos, setUndos] = useState<UndoEntry[]>([]);
  const nextKey = useRef(0);

  /** Runs a change; shows its failure in the alert. @returns null when done, else the sentence */
  const run = useCallback(
    async <T>(change: Promise<Result<T, NoteFailure>>, apply?: (value: T) => void): Promise<string | null> => {
      const result = await change.catch(() => ({ ok: false as const, error: { message: unreachable } }));
      if (!result.ok) {
        setProblem(result.error.message);
        return result.error.message;
      }
      setProblem(null);
      apply?.(result.value);
      return null;
    },
    [unreachable],
  );

  /** Deletes a highlight and offers to undo it. */
  const removeHighlight = (id: string, callbacks: RemoveCallbacks<Highlight> = {}): void =>
    remove(
      notesStrings.highlightDeleted,
      () => source.deleteHighlight(id),
      () => source.restoreHighlight(id),
      callbacks,
    );

  /** Deletes a page note and offers to undo it. */
  const removePageNote = (id: string, callbacks: RemoveCallbacks<PageNote> = {}): void =>
    remove(
      notesStrings.pageNoteDeleted,
      () => source.deletePageNote(id),
      () => source.restorePageNote(id),
      callbacks,
    );

  /** The one delete-with-undo. */
  function remove<T>(
    deleted: string,
    del: () => Promise<Result<T, NoteFailure>>,
    restore: () => Promise<Result<T, NoteFailure>>,
    { onDeleted, onRestored }: RemoveCallbacks<T>,
  ): void {
    void run(del(), onDeleted).then((failed) => {
      if (failed !== null) return;
      const key = nextKey.current++;
      const drop = (): void => setUndos((list) => list.filter((entry) => entry.key !== key));
      const entry: UndoEntry = {
        key,
        message: deleted,
        undo: () => {
          drop();
          void run(restore(), onRestored);
        },
        dismiss: drop,
      };
      setUndos((list) => [...list, entry].slice(-MAX_UNDOS));
    });
  }

  return { problem, setProblem, toast, setToast, undos, run, removeHighlight, removePageNote };
}
