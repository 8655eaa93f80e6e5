/**
 * What the popup shows while the page is read: the outline of the article header, so the popup keeps its size and
 * the header appears in place. Announced once to screen readers as a busy status.
 */
import { strings } from '@/lib/strings';

/** A placeholder shaped like the article header, with `role="status"` and `aria-busy`. */
export default function LoadingSkeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true" aria-label={strings.loadingLabel}>
      <span class="visually-hidden">{strings.loadingLabel}</span>
      <div class="skeleton-line skeleton-site" aria-hidden="true" />
      <div class="skeleton-line skeleton-title" aria-hidden="true" />
      <div class="skeleton-line skeleton-title skeleton-short" aria-hidden="true" />
      <div class="skeleton-line skeleton-meta" aria-hidden="true" />
    </div>
  );
}
