/**
 * One page in the library: its title (a link to the page), site and the date of its latest note, then its notes.
 * Page-derived text (title, site) is rendered as text only, and only a web page's address becomes a link: a local
 * file's address (or anything else an old import stored) is shown as text.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { lastNoteDate } from '@/lib/strings';
import { isOpenableUrl } from '@/lib/url/scheme';

/** Props of {@link PageGroup}. */
export interface PageGroupProps {
  /** The page's title (its URL when it has none). */
  title: string;
  /** The page's site. */
  site: string;
  /** The page's address (opened in a new tab). */
  url: string;
  /** When its latest shown note was saved or changed. */
  latest: number;
  /** The page's note cards, as list items. */
  children: ComponentChildren;
}

/** A page and its notes. */
export default function PageGroup({ title, site, url, latest, children }: PageGroupProps) {
  const headingId = useId();
  return (
    <section class="page-group" aria-labelledby={headingId}>
      <header class="page-group-header">
        <h2 id={headingId} class="page-group-title">
          {isOpenableUrl(url) ? (
            <a class="link" href={url} target="_blank" rel="noopener noreferrer">
              {title || url}
            </a>
          ) : (
            <span>{title || url}</span>
          )}
        </h2>
        <p class="page-group-meta">
          <span>{isOpenableUrl(url) ? site : url}</span> · <span>{lastNoteDate(latest)}</span>
        </p>
      </header>
      <ol class="note-list">{children}</ol>
    </section>
  );
}
