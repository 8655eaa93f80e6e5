/**
 * The library's Export button: a small disclosure with the scope (all notes, or the current results) and the two
 * formats (Markdown for Obsidian and other note apps; W3C Web Annotation JSON, which Crux can import back). Esc
 * closes it. Props-driven: the App makes and downloads the file.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { libraryStrings as t } from '@/lib/strings';

/** An export format. */
export type ExportMenuFormat = 'markdown' | 'json';

/** Which notes to export. */
export type ExportMenuScope = 'all' | 'results';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** Whether a search or filter is active (else "current results" is all notes, and the scope is not asked). */
  filtered: boolean;
  /** Makes and downloads the file; `includeDeleted` adds the notes in Recently deleted (all notes only). */
  onExport: (format: ExportMenuFormat, scope: ExportMenuScope, includeDeleted: boolean) => void;
  /** Whether an export is being made. */
  busy?: boolean;
}

/** The export disclosure. */
export default function ExportMenu({ filtered, onExport, busy = false }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportMenuScope>('results');
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const choose = (format: ExportMenuFormat): void => {
    setOpen(false);
    toggle.current?.focus();
    const chosen = filtered ? scope : 'all';
    onExport(format, chosen, chosen === 'all' && includeDeleted);
  };
  return (
    <div
      class="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {t.exportButton}
      </button>
      {open && (
        <div id={panelId} class="export-panel">
          {filtered && (
            <fieldset class="export-scope">
              <legend>{t.exportScope}</legend>
              <label>
                <input
                  type="radio"
                  name={`${panelId}-scope`}
                  checked={scope === 'results'}
                  onChange={() => setScope('results')}
                />{' '}
                {t.exportResults}
              </label>
              <label>
                <input
                  type="radio"
                  name={`${panelId}-scope`}
                  checked={scope === 'all'}
                  onChange={() => setScope('all')}
                />{' '}
                {t.exportAll}
              </label>
            </fieldset>
          )}
          {(!filtered || scope === 'all') && (
            <label class="export-deleted">
              <input
                type="checkbox"
                checked={includeDeleted}
                onChange={(event) => setIncludeDeleted((event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {t.exportIncludeDeleted}
            </label>
          )}
          <button type="button" class="button button-small" onClick={() => choose('markdown')}>
            {t.exportMarkdown}
          </button>
          <button type="button" class="button button-small" onClick={() => choose('json')}>
            {t.exportJson}
          </button>
        </div>
      )}
    </div>
  );
}
