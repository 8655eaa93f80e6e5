/**
 * This page's highlights and notes. Saving them comes with the highlights issue; until then the section shows its
 * empty state and the way to the notes library.
 */
import { strings } from '@/lib/strings';

/** Props of {@link NotesSection}. */
export interface NotesSectionProps {
  /** The library page's address (for the link's href: middle-click and "copy link" work). */
  libraryUrl: string;
  /** Opens the library in a new tab. */
  onOpenLibrary: () => void;
}

/** The notes section: empty state and a link to the library. */
export default function NotesSection({ libraryUrl, onOpenLibrary }: NotesSectionProps) {
  return (
    <div class="empty-state">
      <p class="empty-title">{strings.noNotesTitle}</p>
      <p class="empty-body">{strings.noNotesBody}</p>
      <a
        class="link"
        href={libraryUrl}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault();
          onOpenLibrary();
        }}
      >
        {strings.openLibrary}
      </a>
    </div>
  );
}
