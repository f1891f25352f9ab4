import { Suspense, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useInPage } from '../ui/in-page.js';
import './SidePanel.css';

const PANEL_LOADING = <p className="side-panel-loading">Loading…</p>;

/** The side panel's tabs. */
export type SideTab = 'notes' | 'people' | 'info';

const TABS: readonly { id: SideTab; label: string; countLabel: string }[] = [
  { id: 'notes', label: 'Notes', countLabel: '' },
  { id: 'people', label: 'People', countLabel: ' to review' },
  { id: 'info', label: 'Information', countLabel: '' },
];

/** True for a tab's name (a stored choice is checked before it is trusted). */
export const isSideTab = (value: unknown): value is SideTab => TABS.some((candidate) => candidate.id === value);

interface SidePanelProps {
  tab: SideTab;
  onTabChange: (tab: SideTab) => void;
  /** A number to show on a tab: the passage notes on Notes, the mentions awaiting review on People. */
  counts: Partial<Record<SideTab, number>>;
  panels: Record<SideTab, ReactNode>;
}

/**
 * The column beside the text: three tabs, "Notes", "People" and "Information" (a real tablist: arrow
 * keys move between the tabs, Tab goes on into the open panel). One complementary landmark holds the tabs
 * and the panels (each panel a region named by its heading), so nothing beside the text is outside a
 * landmark. All panels stay mounted, so a note being typed survives a look at the information.
 */
export function SidePanel({ tab, onTabChange, counts, panels }: SidePanelProps) {
  const id = useId();
  const tabRefs = useRef(new Map<SideTab, HTMLButtonElement>());
  const inPage = useInPage();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((candidate) => candidate.id === tab);
    const next =
      event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
      : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
      : event.key === 'Home' ? TABS[0]
      : event.key === 'End' ? TABS.at(-1)
      : undefined;
    if (!next) return;
    event.preventDefault();
    onTabChange(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <aside id="side-panel" className="side-panel" aria-label="Beside the text" tabIndex={-1}>
      <div role="tablist" aria-label="Panels" className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map((candidate) => (
          <button
            key={candidate.id}
            ref={(element) => {
              if (element) tabRefs.current.set(candidate.id, element);
              else tabRefs.current.delete(candidate.id);
            }}
            type="button"
            role="tab"
            id={`${id}-${candidate.id}-tab`}
            aria-controls={`${id}-${candidate.id}-panel`}
            aria-selected={candidate.id === tab}
            tabIndex={candidate.id === tab ? 0 : -1}
            className="side-tab"
            onClick={() => onTabChange(candidate.id)}
          >
            {candidate.label}
            {(counts[candidate.id] ?? 0) > 0 && (
              <span className="side-tab-count">
                <span className="visually-hidden">, </span>
                {counts[candidate.id]}
                <span className="visually-hidden">{candidate.countLabel}</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {TABS.map((candidate) => (
        <div
          key={candidate.id}
          role="tabpanel"
          id={`${id}-${candidate.id}-panel`}
          aria-labelledby={`${id}-${candidate.id}-tab`}
          hidden={candidate.id !== tab}
          className="side-tab-panel"
        >
          {/* A panel loaded as a chunk of its own (side-panels.ts) says so while it comes; the host's first
              screen leaves it to the page. Its boundary is new when the panel first renders, so React shows
              the placeholder and goes on: a boundary already on screen would hold back every change to
              the room (the first screen's highlights among them) until the panel's chunk had come. */}
          {inPage ? <Suspense fallback={PANEL_LOADING}>{panels[candidate.id]}</Suspense> : PANEL_LOADING}
        </div>
      ))}
    </aside>
  );
}
