/**
 * The loading and failed states of a list that is read asynchronously (the popup's Notes tab, the library's
 * results): a status while loading (`aria-busy`), an alert with the failure's sentence and, where the caller can
 * retry, a Try again button. Once loaded it renders its children.
 */
import type { ComponentChildren } from 'preact';
import { notesStrings as t } from '@/lib/strings';

/** Where a read stands. */
export type AsyncStatus<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'loaded' } & T);

/** Props of {@link AsyncState}. */
export interface AsyncStateProps<T> {
  /** The read's state. */
  state: AsyncStatus<T>;
  /** The class of the wrapping element (kept for the loading and failed states). */
  class: string;
  /** Offers Try again after a failure. */
  onRetry?: () => void;
  /** What to show once loaded. */
  children: (loaded: { kind: 'loaded' } & T) => ComponentChildren;
}

/** Loading, failed, or the loaded content. */
export default function AsyncState<T>({ state, class: className, onRetry, children }: AsyncStateProps<T>) {
  if (state.kind === 'loading') {
    return (
      <div class={className} aria-busy="true">
        <p role="status" class="notes-loading">
          {t.loading}
        </p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div class={className}>
        <p role="alert" class="note-problem">
          {state.message}
        </p>
        {onRetry && (
          <button type="button" class="button button-small" onClick={onRetry}>
            {t.tryAgain}
          </button>
        )}
      </div>
    );
  }
  return <>{children(state)}</>;
}
