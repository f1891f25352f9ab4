/**
 * The Electron binding of the contract: one IPC channel into the one dispatcher. The main process
 * trusts a call only from the main frame of Carrel's own window showing an app:// page, because any
 * frame that could load a foreign page must not reach the store.
 */
import { IPC_CHANNEL, type ApiAnswer } from '../core/api.js';
import type { Dispatch } from '../db/dispatch.js';
import { isAppUrl } from './app-url.js';
import type { InvokeEventLike, IpcMainModule } from './electron-modules.js';

/** The answer to a call that did not come from Carrel's own page. */
export const REFUSED: ApiAnswer = {
  ok: false,
  error: { code: 'forbidden', message: 'This page is not allowed to use Carrel’s library.' },
};

/**
 * Handles the contract's channel. `appContents` returns the webContents of Carrel's window (or
 * undefined while there is none); calls from anything else are refused without reaching `dispatch`.
 * Only the method name and arguments go on: the event object never leaves this function.
 */
export function bindIpc(ipcMain: IpcMainModule, dispatch: Dispatch, appContents: () => unknown): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method, args) => {
    if (!isFromAppPage(event, appContents())) return REFUSED;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'bad-request', message: 'Carrel received a request without an action name.' } };
    }
    return dispatch(method, args);
  });
}

/** True when `event` was sent by the main frame of `contents` while it shows an app:// page. */
export function isFromAppPage(event: InvokeEventLike, contents: unknown): boolean {
  const frame = event.senderFrame;
  return contents !== undefined && event.sender === contents && frame !== null && frame.parent === null && isAppUrl(frame.url);
}
