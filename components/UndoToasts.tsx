/**
 * The Undos of recent deletions, one per deletion (newest last), each restoring its own note. Shared by the popup's
 * Notes tab and the library.
 */
import type { UndoEntry } from '@/components/useNoteMutations';
import { notesStrings as t } from '@/lib/strings';

/** Props of {@link UndoToasts}. */
export interface UndoToastsProps {
  /** The deletions that can still be undone. */
  undos: readonly UndoEntry[];
  /** Extra class of the list (the library places it at the bottom of the window). */
  class?: string;
}

/** One status line with an Undo per deletion. */
export default function UndoToasts({ undos, class: extra = '' }: UndoToastsProps) {
  if (undos.length === 0) return null;
  return (
    <ul class={`undo-toasts ${extra}`.trim()} aria-label={t.undoListLabel}>
      {undos.map((entry) => (
        <li key={entry.key} class="notes-toast" role="status">
          <span>{entry.message}</span>{' '}
          <button type="button" class="button button-small" onClick={entry.undo}>
            {t.undo}
          </button>
        </li>
      ))}
    </ul>
  );
}
