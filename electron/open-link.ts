/**
 * Links leave Carrel only when the reader says so: a link may come from an imported note or document,
 * written by someone else, so the system browser opens it after a question that shows where it goes.
 */
import type { LinkDialog } from './electron-modules.js';

/** The longest address shown whole; a longer one is cut, its start (the site) being what matters. */
const SHOWN_LENGTH = 300;

/** Asks, then opens `url` with `open` (the system browser) only on "Open Link". */
export async function askThenOpen(dialog: LinkDialog, open: (url: string) => Promise<void>, url: string): Promise<void> {
  const shown = url.length > SHOWN_LENGTH ? `${url.slice(0, SHOWN_LENGTH)}…` : url;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    message: 'Open this link in your browser?',
    detail: `${shown}\n\nIt may have come from an imported note or document; open it only if you trust where it goes.`,
    buttons: ['Open Link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response === 0) await open(url);
}
