/**
 * What the popup shows under the article's header while the article is analysed: the outline of the tabs and of a
 * few sentences, announced once as busy.
 */
import { strings } from '@/lib/strings';

/** A placeholder shaped like the sections, with `role="status"` and `aria-busy`. */
export default function SectionsSkeleton() {
  return (
    <div class="skeleton sections-skeleton" role="status" aria-busy="true" aria-label={strings.analysingLabel}>
      <span class="visually-hidden">{strings.analysingLabel}</span>
      <div class="skeleton-line skeleton-tabs" aria-hidden="true" />
      <div class="skeleton-line" aria-hidden="true" />
      <div class="skeleton-line skeleton-short" aria-hidden="true" />
      <div class="skeleton-line" aria-hidden="true" />
      <div class="skeleton-line skeleton-short" aria-hidden="true" />
    </div>
  );
}
