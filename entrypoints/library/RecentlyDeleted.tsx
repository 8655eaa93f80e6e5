/**
 * Recently deleted, in the library: every note deleted in the last 30 days, newest deletion first, each with
 * Restore and Delete forever, and a button that empties the list. Notes older than 30 days are purged when the
 * library opens. Watches the store, so a delete in another tab appears here too.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { DeletedNote, LibrarySource } from './library-source';
import type { Result } from '@/lib/result';
import { deletedOnDate, libraryStrings as t } from '@/lib/strings';

/** Props of {@link RecentlyDeleted}. */
export interface RecentlyDeletedProps {
  /** Lists, restores and purges. */
  source: Pick<
    LibrarySource,
    'watchDeleted' | 'restoreHighlight' | 'restorePageNote' | 'purgeNote' | 'purgeAllDeleted'
  >;
  /** Runs a change and shows its failure (the library's `run`). */
  run: <T>(change: Promise<Result<T, { message: string }>>) => Promise<string | null>;
}

/** The list of deleted notes. */
export default function RecentlyDeleted({ source, run }: RecentlyDeletedProps) {
  const [items, setItems] = useState<DeletedNote[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  useEffect(
    () =>
      source.watchDeleted((result) => {
        if (result.ok) {
          setItems(result.value);
          setProblem(null);
        } else setProblem(result.error.message);
      }),
    [source],
  );
  const restore = (item: DeletedNote): void => {
    if (item.kind === 'highlight') void run(source.restoreHighlight(item.note.id));
    else void run(source.restorePageNote(item.note.id));
  };
  return (
    <section class="recently-deleted" aria-labelledby={headingId}>
      <h2 id={headingId} class="page-group-title">
        {t.recentlyDeletedTitle}
      </h2>
      <p class="empty-body">{t.recentlyDeletedBody}</p>
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      {items !== null && items.length === 0 && <p class="empty-title">{t.recentlyDeletedEmpty}</p>}
      {items !== null && items.length > 0 && (
        <>
          <ol class="note-list" aria-label={t.recentlyDeletedTitle}>
            {items.map((item) => (
              <li key={item.note.id}>
                <article class="note-card" aria-label={deletedOnDate(item.note.deletedAt ?? 0)}>
                  {item.kind === 'highlight' ? (
                    <blockquote class="note-quote">
                      <span>{item.note.quote}</span>
                    </blockquote>
                  ) : null}
                  {(item.kind === 'highlight' ? item.note.note : item.note.text) && (
                    <p class="note-text">{item.kind === 'highlight' ? item.note.note : item.note.text}</p>
                  )}
                  <p class="page-group-meta">{deletedOnDate(item.note.deletedAt ?? 0)}</p>
                  <div class="note-actions">
                    <button type="button" class="button button-small" onClick={() => restore(item)}>
                      {t.restore}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => void run(source.purgeNote(item.kind, item.note.id))}
                    >
                      {t.purgeNote}
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ol>
          <button type="button" class="button" onClick={() => void run(source.purgeAllDeleted())}>
            {t.purgeAll}
          </button>
        </>
      )}
    </section>
  );
}
