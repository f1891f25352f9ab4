/**
 * The parts of Electron's main-process modules the shell uses, as narrow interfaces. The shell receives
 * them as an argument instead of importing `electron`, so that Node (tests, the CLI) never loads Electron
 * and the glue can be tested with hand-written stand-ins. Only main.ts passes the real modules, and tsc
 * checks there that Electron's types satisfy these.
 */
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions, Rectangle, WindowOpenHandlerResponse } from 'electron';

/** A frame as an IPC event or a navigation reports it. */
export interface FrameLike {
  readonly url: string;
  /** `null` for a window's main frame. */
  readonly parent: FrameLike | null;
}

/** What the shell reads from an `ipcMain.handle` event: who sent it. Nothing of it is passed on. */
export interface InvokeEventLike {
  readonly sender: unknown;
  /** `null` when the frame navigated away or died before the call arrived. */
  readonly senderFrame: FrameLike | null;
}

/** A listener for invoke calls: the event, then the arguments the renderer passed. */
export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** `ipcMain`: one handler on one channel. */
export interface IpcMainModule {
  handle(channel: string, listener: InvokeListener): void;
}

/** An event the shell may cancel, with the URL it is about. */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Any webContents, guarded as soon as it is created. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => WindowOpenHandlerResponse): void;
}

/** The webContents of Carrel's window. */
export interface AppWindowContents extends GuardedContents {
  readonly mainFrame: FrameLike;
}

/** Carrel's window. */
export interface AppWindow {
  readonly webContents: AppWindowContents;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  /** The bounds the window returns to when unmaximised: what is worth remembering. */
  getNormalBounds(): Rectangle;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close' | 'closed', listener: () => void): unknown;
}

/** `BrowserWindow`'s constructor. */
export type AppWindowConstructor = new (options: BrowserWindowConstructorOptions) => AppWindow;

/** A permission request's details: where it comes from. */
export interface PermissionDetails {
  readonly requestingUrl?: string;
}

/** `session.defaultSession`: permissions and requests. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { readonly url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
}

/** A request to the app:// protocol: only its URL and method matter. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
  /** The page's cookies come here (the place and look it remembers, for the first screen). */
  readonly headers?: { get(name: string): string | null };
}

/** `protocol`: the app:// scheme. */
export interface ProtocolModule {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: AppRequest) => Promise<Response>): void;
}

/** A built menu, opaque to the shell. */
export interface MenuLike {
  readonly items: readonly unknown[];
}

/** `app`: lifecycle. */
export interface AppModule {
  readonly isPackaged: boolean;
  setName(name: string): void;
  getVersion(): string;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  on(event: 'second-instance' | 'activate' | 'window-all-closed' | 'will-quit', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
}

/** Everything the shell takes from Electron. */
/** The one question Carrel asks through a message box: open a link outside? Answers the button's index. */
export interface LinkDialog {
  showMessageBox(options: { type: 'question'; message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number; noLink: boolean }): Promise<{ response: number }>;
}

export interface ElectronModules {
  readonly app: AppModule;
  readonly BrowserWindow: AppWindowConstructor;
  readonly ipcMain: IpcMainModule;
  readonly protocol: ProtocolModule;
  readonly session: { readonly defaultSession: GuardedSession };
  readonly Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): MenuLike;
    setApplicationMenu(menu: MenuLike | null): void;
  };
  readonly shell: { openExternal(url: string): Promise<void> };
  readonly dialog: LinkDialog & { showErrorBox(title: string, content: string): void };
  readonly screen: { getAllDisplays(): readonly { readonly workArea: Rectangle }[] };
  readonly nativeTheme: { readonly shouldUseDarkColors: boolean };
}
