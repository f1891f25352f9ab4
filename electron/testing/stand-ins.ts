/**
 * Hand-written stand-ins for Electron's main-process modules, for the shell's unit tests only: each
 * records what the shell asked of it and lets a test play Electron's part (fire an event, answer a call).
 */
import type { BrowserWindowConstructorOptions, CustomScheme, MenuItemConstructorOptions, Rectangle, WindowOpenHandlerResponse } from 'electron';
import type {
  AppModule,
  AppRequest,
  AppWindow,
  AppWindowContents,
  ElectronModules,
  FrameLike,
  GuardedSession,
  InvokeListener,
  MenuLike,
  PermissionDetails,
} from '../electron-modules.js';

type Listener = (...args: never[]) => unknown;

/** A minimal event emitter: listeners by event name, fired by the test. */
export class Emitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    return this.add(event, listener, false);
  }

  once(event: string, listener: Listener): this {
    return this.add(event, listener, true);
  }

  /** Calls the listeners of `event` as Electron would. */
  emit(event: string, ...args: unknown[]): void {
    const current = this.listeners.get(event) ?? [];
    this.listeners.set(event, current.filter((entry) => !entry.once));
    // The listeners were registered for this event's arguments; the test supplies those.
    for (const { listener } of current) (listener as (...args: unknown[]) => unknown)(...args);
  }

  /** How many listeners `event` has. */
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  private add(event: string, listener: Listener, once: boolean): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once }]);
    return this;
  }
}

/** An event the shell may cancel; `prevented` says whether it did. */
export function cancellable(url = ''): { url: string; prevented: boolean; preventDefault(): void } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

/** A webContents showing Carrel's page. */
export class FakeContents extends Emitter implements AppWindowContents {
  readonly mainFrame: FrameLike = { url: 'app://carrel/index.html', parent: null };
  windowOpenHandler: ((details: { readonly url: string }) => WindowOpenHandlerResponse) | undefined;

  setWindowOpenHandler(handler: (details: { readonly url: string }) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
}

/** A BrowserWindow that records how it was made and used. */
export class FakeWindow extends Emitter implements AppWindow {
  readonly webContents = new FakeContents();
  readonly loaded: string[] = [];
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }

  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rectangle {
    return this.bounds;
  }
}

/** `app`, with the single-instance lock granted or not. */
export class FakeApp extends Emitter implements AppModule {
  name = '';
  sandboxed = false;
  quits = 0;
  readonly isPackaged: boolean;

  constructor(
    private readonly lock: boolean,
    packaged: boolean,
  ) {
    super();
    this.isPackaged = packaged;
  }

  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '0.1.0';
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  async whenReady(): Promise<void> {}
  quit(): void {
    this.quits += 1;
  }
}

/** `session.defaultSession`, keeping the handlers it was given so a test can consult them. */
export class FakeSession implements GuardedSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void) | undefined;
  checkHandler: ((contents: unknown, permission: string, requestingOrigin: string) => boolean) | undefined;
  beforeRequest: ((details: { readonly url: string }, callback: (response: { cancel?: boolean }) => void) => void) | undefined;

  readonly webRequest = {
    onBeforeRequest: (listener: (details: { readonly url: string }, callback: (response: { cancel?: boolean }) => void) => void) => {
      this.beforeRequest = listener;
    },
  };

  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void,
  ): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void {
    this.checkHandler = handler;
  }

  /** Whether a permission request from `requestingUrl` is granted. */
  request(permission: string, requestingUrl: string): boolean | undefined {
    let granted: boolean | undefined;
    this.requestHandler?.({}, permission, (answer) => (granted = answer), { requestingUrl });
    return granted;
  }

  /** Whether a request to `url` is let through. */
  allows(url: string): boolean | undefined {
    let allowed: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => (allowed = response.cancel !== true));
    return allowed;
  }
}

/** All of Electron the shell uses, with what each part recorded. */
export interface FakeElectron extends ElectronModules {
  readonly app: FakeApp;
  readonly session: { readonly defaultSession: FakeSession };
  readonly windows: FakeWindow[];
  readonly privileged: CustomScheme[][];
  readonly protocolHandlers: Map<string, (request: AppRequest) => Promise<Response>>;
  readonly ipcHandlers: Map<string, InvokeListener>;
  readonly menus: MenuItemConstructorOptions[][];
  readonly opened: string[];
  readonly errorBoxes: [string, string][];
  /** The details of every "open this link?" question asked. */
  readonly linkQuestions: string[];
}

/** A fresh stand-in for Electron; `lock: false` plays a second instance. */
export function fakeElectron({ lock = true, packaged = true, dark = false, workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }] } = {}): FakeElectron {
  const windows: FakeWindow[] = [];
  const privileged: CustomScheme[][] = [];
  const protocolHandlers = new Map<string, (request: AppRequest) => Promise<Response>>();
  const ipcHandlers = new Map<string, InvokeListener>();
  const menus: MenuItemConstructorOptions[][] = [];
  const opened: string[] = [];
  const errorBoxes: [string, string][] = [];
  const linkQuestions: string[] = [];
  return {
    app: new FakeApp(lock, packaged),
    BrowserWindow: class extends FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        super(options);
        windows.push(this);
      }
    },
    ipcMain: {
      handle: (channel, listener) => void ipcHandlers.set(channel, listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => privileged.push(schemes),
      handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: new FakeSession() },
    Menu: {
      buildFromTemplate: (template): MenuLike => {
        menus.push(template);
        return { items: template };
      },
      setApplicationMenu: () => undefined,
    },
    shell: { openExternal: async (url) => void opened.push(url) },
    // The reader answers "Open Link" to every question about a link.
    dialog: { showErrorBox: (title, content) => void errorBoxes.push([title, content]), showMessageBox: async ({ detail }) => (linkQuestions.push(detail), { response: 0 }) },
    screen: { getAllDisplays: () => workAreas.map((workArea) => ({ workArea })) },
    nativeTheme: { shouldUseDarkColors: dark },
    windows,
    privileged,
    protocolHandlers,
    ipcHandlers,
    menus,
    opened,
    errorBoxes,
    linkQuestions,
  };
}
