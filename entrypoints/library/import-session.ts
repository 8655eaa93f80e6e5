/**
 * One import, from the file to the store: read and check the file (`parseAnnotationFile`), say what it would do
 * (`previewImport`), and on the reader's confirmation merge it (`importAnnotations`). The same steps run in the
 * library page for small files and in the import worker (`import-worker.ts`) for large ones, where the file is
 * read, parsed, checked and merged off the page's thread and only counts and sentences come back.
 */
import { importAnnotations, previewImport, type ImportBatch, type ImportSummary } from '@/lib/db/import';
import type { CruxDb } from '@/lib/db/schema';
import type { StoreError } from '@/lib/db/errors';
import { parseAnnotationFile, type ImportError } from '@/lib/export/parse-annotations';
import { err, ok, type Result } from '@/lib/result';

/** Why an import step failed: the file (with its code), the store, or reading the file at all. */
export type ImportFailure =
  | { kind: 'file'; error: ImportError }
  | { kind: 'store'; error: StoreError }
  | { kind: 'unreadable' };

/** Where a check of a file is: reading it, then going through its annotations. */
export interface ImportProgress {
  /** The step. */
  stage: 'reading' | 'checking';
  /** How far through it, from 0 to 1. */
  fraction: number;
}

/** A file checked and previewed, ready to import. */
export interface ImportSession {
  /** Reads and checks a file, and says what importing it would do. Writes nothing. */
  preview(file: Blob, onProgress?: (progress: ImportProgress) => void): Promise<Result<ImportSummary, ImportFailure>>;
  /** Imports the file last previewed, all or nothing. */
  commit(): Promise<Result<ImportSummary, ImportFailure>>;
}

/** An import session over a database; `now` dates the check (dates in the file are clamped to it). */
export function createImportSession(db: CruxDb, now: () => number): ImportSession {
  let batch: ImportBatch | null = null;
  return {
    async preview(file, onProgress) {
      batch = null;
      onProgress?.({ stage: 'reading', fraction: 0 });
      let text: string;
      try {
        text = await file.text();
      } catch {
        return err({ kind: 'unreadable' });
      }
      const parsed = parseAnnotationFile(text, {
        now: now(),
        onProgress: (done, total) => onProgress?.({ stage: 'checking', fraction: total === 0 ? 1 : done / total }),
      });
      if (!parsed.ok) return err({ kind: 'file', error: parsed.error });
      try {
        const summary = await previewImport(db, parsed.value);
        batch = parsed.value;
        return ok(summary);
      } catch {
        return err({ kind: 'store', error: { code: 'unknown', action: 'import' } });
      }
    },
    async commit() {
      if (batch === null) return err({ kind: 'store', error: { code: 'invalid', action: 'import' } });
      const result = await importAnnotations(db, batch);
      if (result.ok) batch = null;
      return result.ok ? result : err({ kind: 'store', error: result.error });
    },
  };
}
