/**
 * The popup's three sections as tabs (WAI-ARIA tabs pattern, automatic activation): Tab moves into the tab list and
 * out to the open panel; arrow keys, Home and End move between tabs and open the one they reach. At 400 × 600
 * tabs keep each section one click or key away without scrolling past the others.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import { useRef } from 'preact/hooks';

/** One tab. */
export interface SectionTab {
  /** Stable id, used to link the tab to its panel. */
  id: string;
  /** The tab's text. */
  label: string;
  /** A count shown after the label (e.g. the number of sticking points); omitted when undefined. */
  count?: number;
}

/** Props of {@link SectionTabs}. */
export interface SectionTabsProps {
  /** The tabs, in order. */
  tabs: readonly SectionTab[];
  /** The id of the open tab. */
  selected: string;
  /** Called with a tab's id when it is chosen. */
  onSelect: (id: string) => void;
  /** The tab list's accessible name. */
  label: string;
  /** Prefix of the tab and panel element ids (see {@link tabId}, {@link panelId}). */
  idPrefix: string;
}

/** The element id of a tab. */
export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`;
}

/** The element id of a tab's panel. */
export function panelId(idPrefix: string, id: string): string {
  return `${idPrefix}-panel-${id}`;
}

/** A `role="tablist"` of buttons with roving focus. */
export default function SectionTabs({ tabs, selected, onSelect, label, idPrefix }: SectionTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const to = (target + tabs.length) % tabs.length;
    onSelect(tabs[to]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };

  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            class="tab"
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="tab-count">{tab.count}</span>}
          </button>
        );
      })}
    </div>
  );
}
