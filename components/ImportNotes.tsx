/**
 * The library's Import: choose a Web Annotation JSON file (Crux's, or Hypothesis's export); it is read and checked
 * before anything is written — with a progress bar while a large file is read and checked — then the reader sees
 * what it would do ("12 new, 3 updated, 0 unchanged") and confirms, or sees, in one sentence, which item and field
 * are wrong (nothing is written). Props-driven: the App checks and imports.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { Result } from '@/lib/result';
import { importedSentence, importPreviewSentence, libraryStrings as t } from '@/lib/strings';

/** What an import does or would do. */
export interface ImportCounts {
  added: number;
  updated: number;
  /** Changed both here and in the file: both versions kept. */
  merged?: number;
  unchanged: number;
}

/** How far a check is, from 0 to 1, and at which step. */
export interface ImportCheckProgress {
  stage: 'reading' | 'checking';
  fraction: number;
}

/** Props of {@link ImportNotes}. */
export interface ImportNotesProps<P extends { summary: ImportCounts }> {
  /** Reads and checks a file. @returns what importing would do, or the sentence saying what is wrong */
  onPreview: (
    file: File,
    onProgress: (progress: ImportCheckProgress) => void,
  ) => Promise<Result<P, { message: string }>>;
  /** Imports a checked file. @returns what it did, or why nothing was imported */
  onImport: (preview: P) => Promise<Result<ImportCounts, { message: string }>>;
  /** Files larger than this many bytes are refused before they are read (reading a huge file would stall the page). */
  maxBytes?: number;
  /** The sentence for a file over `maxBytes`. */
  tooLargeMessage?: string;
}

/** Where the import is. */
type ImportState<P> =
  | { kind: 'idle' }
  | { kind: 'checking'; progress?: ImportCheckProgress }
  | { kind: 'confirm'; preview: P; fileName: string }
  | { kind: 'importing' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** The import button, its confirmation and its outcome. */
export default function ImportNotes<P extends { summary: ImportCounts }>({
  onPreview,
  onImport,
  maxBytes = Infinity,
  tooLargeMessage = t.readFailed,
}: ImportNotesProps<P>) {
  const [state, setState] = useState<ImportState<P>>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const check = async (file: File): Promise<void> => {
    if (file.size > maxBytes) {
      setState({ kind: 'failed', message: tooLargeMessage });
      return;
    }
    setState({ kind: 'checking' });
    const preview = await onPreview(file, (progress) => setState({ kind: 'checking', progress }));
    setState(
      preview.ok
        ? { kind: 'confirm', preview: preview.value, fileName: file.name }
        : { kind: 'failed', message: preview.error.message },
    );
  };
  const confirm = async (preview: P): Promise<void> => {
    setState({ kind: 'importing' });
    const result = await onImport(preview);
    setState(
      result.ok
        ? { kind: 'done', message: importedSentence(result.value) }
        : { kind: 'failed', message: result.error.message },
    );
  };

  return (
    <div class="import-notes">
      <label class="visually-hidden" for={inputId}>
        {t.importFileLabel}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        class="visually-hidden"
        accept=".json,.jsonld,application/json,application/ld+json"
        tabIndex={-1}
        onChange={(event) => {
          const field = event.currentTarget as HTMLInputElement;
          const file = field.files?.[0];
          field.value = '';
          if (file) void check(file);
        }}
      />
      <button
        type="button"
        class="button"
        disabled={state.kind === 'checking' || state.kind === 'importing'}
        onClick={() => input.current?.click()}
      >
        {t.importButton}
      </button>
      {state.kind === 'checking' && state.progress && (
        <div class="import-progress" role="status">
          <label>
            {state.progress.stage === 'reading' ? t.importReading : t.importChecking}{' '}
            <progress max={1} value={state.progress.fraction} />
          </label>
        </div>
      )}
      {state.kind === 'confirm' && (
        <div class="import-confirm" role="group" aria-label={state.fileName}>
          <p role="status">{importPreviewSentence(state.preview.summary)}</p>
          <button type="button" class="button button-small button-primary" onClick={() => void confirm(state.preview)}>
            {t.importConfirm}
          </button>
          <button type="button" class="button button-small" onClick={() => setState({ kind: 'idle' })}>
            {t.importCancel}
          </button>
        </div>
      )}
      {state.kind === 'done' && (
        <p class="import-outcome" role="status">
          {state.message}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="note-problem" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
