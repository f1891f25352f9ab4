import type { Drawer } from './use-desk-drawers.js';

/**
 * The strip above the text on a compact window: "Library" opens the library over the text, "Side panel"
 * the notes, people and information beside it (each closes again with Escape or a second press).
 */
export function DeskBar({ library, panel }: { library: Drawer; panel: Drawer }) {
  return (
    <div className="desk-bar">
      <button type="button" className="banner-button desk-toggle" aria-expanded={library.open} aria-controls="library" onClick={library.toggle}>
        {/* A list beside a column: the library's place on a wide window. */}
        <svg viewBox="0 0 16 16" aria-hidden="true" className="banner-icon">
          <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
          <path d="M6 2.5v11" />
        </svg>
        Library
      </button>
      <button type="button" className="banner-button desk-toggle" aria-expanded={panel.open} aria-controls="side-panel" onClick={panel.toggle}>
        Side panel
        <svg viewBox="0 0 16 16" aria-hidden="true" className="banner-icon">
          <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
          <path d="M10 2.5v11" />
        </svg>
      </button>
    </div>
  );
}
