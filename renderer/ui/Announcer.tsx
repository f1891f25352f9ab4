import { useCallback, useEffect, useState } from 'react';
import './Announcer.css';

/** A message for the reader: `status` is news ("Undid: annotation deleted"), `alert` a refusal to read now. */
export interface Announcement {
  text: string;
  tone: 'status' | 'alert';
  /** Makes a repeated message new, so that it is announced again. */
  seq: number;
}

/** Status messages fade after this long; alerts stay until dismissed or replaced. */
const STATUS_MS = 4500;

/** The current announcement and a way to make one. */
export function useAnnouncer(): [Announcement | null, (text: string, tone?: Announcement['tone']) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback((text: string, tone: Announcement['tone'] = 'status') => {
    setAnnouncement((previous) => ({ text, tone, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  return [announcement, announce];
}

/**
 * A quiet message at the foot of the window, spoken by screen readers: a polite status for news, an
 * alert for a refusal. Both live regions are always in the page (a region added with its text is not
 * reliably announced); only the visible card comes and goes.
 */
export function Announcer({ announcement }: { announcement: Announcement | null }) {
  const [dismissed, setDismissed] = useState<number | null>(null);

  useEffect(() => {
    if (announcement?.tone !== 'status') return;
    const timer = window.setTimeout(() => setDismissed(announcement.seq), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  const shown = announcement && dismissed !== announcement.seq ? announcement : null;
  return (
    <div className="announcer">
      <div role="status" className={shown?.tone === 'status' ? 'announcer-card' : 'visually-hidden'}>
        {shown?.tone === 'status' && <span key={shown.seq}>{shown.text}</span>}
      </div>
      <div role="alert" className={shown?.tone === 'alert' ? 'announcer-card announcer-alert' : 'visually-hidden'}>
        {shown?.tone === 'alert' && (
          <>
            <span key={shown.seq}>{shown.text}</span>
            <button type="button" className="announcer-button announcer-dismiss" onClick={() => setDismissed(shown.seq)}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </div>
  );
}
