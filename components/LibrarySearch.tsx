/**
 * The library's search box and filters: words as you type (quotes, notes, tags, page titles), then site, colour
 * (by meaning), tag and date. Esc in the box clears it. Props-driven: the App owns the query.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { COLOUR_LIST, type ColourName } from '@/lib/db/colours';
import { libraryStrings as t } from '@/lib/strings';

/** The date ranges, in menu order. */
const RANGES = [
  ['any', t.rangeAny],
  ['week', t.rangeWeek],
  ['month', t.rangeMonth],
  ['year', t.rangeYear],
] as const;

/** A date range of the filter. */
export type SearchRange = (typeof RANGES)[number][0];

/** The filters as the controls show them. */
export interface SearchFilterValues {
  site?: string;
  colour?: ColourName;
  tag?: string;
  range?: SearchRange;
}

/** Props of {@link LibrarySearch}. */
export interface LibrarySearchProps {
  /** The search text. */
  text: string;
  /** The filters. */
  filters: SearchFilterValues;
  /** Sites to filter by. */
  sites: readonly string[];
  /** Tags to filter by. */
  tags: readonly string[];
  /** The reader typed. */
  onText: (text: string) => void;
  /** The reader changed a filter. */
  onFilters: (filters: SearchFilterValues) => void;
  /** The reader asked to clear the search and the filters. */
  onClear: () => void;
  /** The search box, for the `/` shortcut. */
  inputRef?: Ref<HTMLInputElement>;
}

/** The search box and filters. */
export default function LibrarySearch(props: LibrarySearchProps) {
  const { text, filters, sites, tags, onText, onFilters, onClear, inputRef } = props;
  const id = useId();
  const active = text !== '' || Object.values(filters).some((v) => v !== undefined && v !== 'any');
  const select = (key: keyof SearchFilterValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    onFilters({ ...filters, [key]: value === '' ? undefined : value });
  };
  return (
    <section class="library-search" aria-label={t.searchRegion}>
      <div class="library-search-row">
        <label class="visually-hidden" for={`${id}-q`}>
          {t.searchLabel}
        </label>
        <input
          id={`${id}-q`}
          ref={inputRef}
          type="search"
          role="searchbox"
          class="library-searchbox"
          value={text}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellcheck={false}
          aria-describedby={`${id}-keys`}
          onInput={(e) => onText((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onClear();
            }
          }}
        />
        {active && (
          <button type="button" class="button button-small" onClick={onClear}>
            {t.clear}
          </button>
        )}
      </div>
      <div class="library-filters">
        <label class="library-filter">
          <span>{t.siteLabel}</span>
          <select value={filters.site ?? ''} onChange={select('site')}>
            <option value="">{t.anySite}</option>
            {sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        <label class="library-filter">
          <span>{t.colourLabel}</span>
          <select value={filters.colour ?? ''} onChange={select('colour')}>
            <option value="">{t.anyColour}</option>
            {COLOUR_LIST.map((colour) => (
              <option key={colour.name} value={colour.name}>
                {colour.label}
              </option>
            ))}
          </select>
        </label>
        <label class="library-filter">
          <span>{t.tagLabel}</span>
          <select value={filters.tag ?? ''} onChange={select('tag')}>
            <option value="">{t.anyTag}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        </label>
        <label class="library-filter">
          <span>{t.dateLabel}</span>
          <select value={filters.range ?? 'any'} onChange={select('range')}>
            {RANGES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${id}-keys`} class="notes-hint">
        {t.keysHint}
      </p>
    </section>
  );
}
