/**
 * A recording fake of the `electron` module for tests of main/electron/*. It exists because the
 * Electron binary cannot run on this machine: it is downloaded on first use, and the download
 * cannot reach its host here. Each part is typed against the real electron.d.ts through
 * `implements Pick<...>` or `satisfies`, so a change in Electron's API that the app relies on
 * becomes a type error here too.
 *
 * Use it with `vi.mock('electron', () => import('../support/fake-electron.ts'))`.
 */

import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Electron from 'electron';
import { FakeKeyEncryption } from './fake-key-encryption.ts';

/** Shared state that tests read and set; `resetFakeElectron()` restores it. */
export const fakeState = {
  userData: '',
  appPath: process.cwd(),
  singleInstanceLock: true,
  systemLocale: 'en-GB',
  online: true,
  quitCalls: 0,
  loginItemSettings: [] as Electron.Settings[],
  openedExternal: [] as string[],
  appUserModelId: null as string | null,
  privilegedSchemes: [] as Electron.CustomScheme[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionRequestHandler: null as Parameters<Electron.Session['setPermissionRequestHandler']>[0],
  permissionCheckHandler: null as Parameters<Electron.Session['setPermissionCheckHandler']>[0],
  headersListener: null as
    | ((
        details: Pick<Electron.OnHeadersReceivedListenerDetails, 'url' | 'responseHeaders'>,
        callback: (response: Electron.HeadersReceivedResponse) => void,
      ) => void)
    | null,
};

type FakeState = typeof fakeState;

class FakeNativeImage implements Pick<Electron.NativeImage, 'isEmpty' | 'addRepresentation'> {
  readonly source: { path?: string; buffer?: Buffer; scaleFactor?: number };
  readonly representations: Electron.AddRepresentationOptions[] = [];

  constructor(source: FakeNativeImage['source']) {
    this.source = source;
  }

  isEmpty(): boolean {
    if (this.source.path !== undefined) {
      return !existsSync(this.source.path);
    }
    return this.source.buffer === undefined;
  }

  addRepresentation(options: Electron.AddRepresentationOptions): void {
    this.representations.push(options);
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage({ path }),
  createFromBuffer: (buffer: Buffer, options?: Electron.CreateFromBufferOptions) =>
    new FakeNativeImage({ buffer, scaleFactor: options?.scaleFactor }),
  createEmpty: () => new FakeNativeImage({}),
} satisfies Record<
  'createFromPath' | 'createFromBuffer' | 'createEmpty',
  (...args: never[]) => Pick<Electron.NativeImage, 'isEmpty' | 'addRepresentation'>
>;

export class Menu {
  readonly items: Electron.MenuItemConstructorOptions[];

  constructor(items: Electron.MenuItemConstructorOptions[]) {
    this.items = items;
  }

  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): Menu {
    return new Menu(template);
  }

  /** Clicks the item with this label, as a user would. */
  click(label: string): void {
    const item = this.items.find((candidate) => candidate.label === label);
    if (!item?.click) {
      throw new Error(`No clickable menu item "${label}"`);
    }
    item.click({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
  }
}

export class Tray
  extends EventEmitter
  implements
    Pick<
      Electron.Tray,
      'setImage' | 'setToolTip' | 'setTitle' | 'getBounds' | 'isDestroyed' | 'destroy'
    >
{
  static readonly instances: Tray[] = [];
  image: unknown;
  tooltip = '';
  title = '';
  contextMenu: Menu | null = null;
  private destroyed = false;

  constructor(image: Electron.NativeImage | string) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }

  setImage(image: Electron.NativeImage | string): void {
    this.image = image;
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  setContextMenu(menu: Electron.Menu | Menu | null): void {
    this.contextMenu = menu as Menu | null;
  }

  getBounds(): Electron.Rectangle {
    return { x: 1700, y: 1045, width: 24, height: 30 };
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }
}

let nextWebContentsId = 1;

export class WebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'isDestroyed' | 'isDevToolsOpened'>
{
  readonly id = nextWebContentsId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  url = '';

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]) {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return false;
  }

  isDevToolsOpened(): boolean {
    return false;
  }
}

export class BrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      'show' | 'hide' | 'focus' | 'isVisible' | 'isDestroyed' | 'setPosition' | 'getSize'
    >
{
  static readonly instances: BrowserWindow[] = [];
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly webContents = new WebContents();
  position: [number, number] = [0, 0];
  private visible = false;
  private destroyed = false;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    this.emit('ready-to-show');
  }

  show(): void {
    this.visible = true;
  }

  hide(): void {
    this.visible = false;
  }

  focus(): void {}

  isVisible(): boolean {
    return this.visible;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setPosition(x: number, y: number): void {
    this.position = [x, y];
  }

  getSize(): number[] {
    return [this.options.width ?? 800, this.options.height ?? 600];
  }

  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => {} };
    event.preventDefault = () => {
      event.defaultPrevented = true;
    };
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Calls a handler as a renderer would, from a top-level frame showing `frameUrl`. */
  async invoke(channel: string, frameUrl: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) {
      throw new Error(`No handler registered for '${channel}'`);
    }
    const sender = new WebContents();
    const event = {
      sender,
      senderFrame: { url: frameUrl, parent: null },
    } as unknown as Electron.IpcMainInvokeEvent;
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain() satisfies Pick<
  Electron.IpcMain,
  'handle' | 'removeHandler'
>;

class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
      | 'whenReady'
      | 'getPath'
      | 'getAppPath'
      | 'getLocale'
      | 'getSystemLocale'
      | 'getVersion'
      | 'setAppUserModelId'
      | 'setLoginItemSettings'
      | 'isPackaged'
      | 'name'
    >
{
  // A packaged app logs to its file only, which keeps test output quiet.
  isPackaged = true;
  name = 'Traycast';
  dock: Electron.Dock | undefined = undefined;

  requestSingleInstanceLock(): boolean {
    return fakeState.singleInstanceLock;
  }

  quit(): void {
    fakeState.quitCalls += 1;
    this.emit('before-quit', { preventDefault: () => {} });
  }

  exit(_exitCode?: number): void {}

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    // Without a folder from resetFakeElectron(), files would land in the working directory.
    if (fakeState.userData === '') {
      throw new Error('Call resetFakeElectron(userData) before starting the app');
    }
    if (name === 'logs') {
      return join(fakeState.userData, 'logs');
    }
    return fakeState.userData;
  }

  getAppPath(): string {
    return fakeState.appPath;
  }

  getLocale(): string {
    return 'en-GB';
  }

  getSystemLocale(): string {
    return fakeState.systemLocale;
  }

  getVersion(): string {
    return '0.1.0';
  }

  setAppUserModelId(id: string): void {
    fakeState.appUserModelId = id;
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    fakeState.loginItemSettings.push(settings);
  }
}

export const app = new FakeApp();

export const safeStorage = new FakeKeyEncryption() satisfies Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
>;

export const protocol = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    fakeState.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    fakeState.protocolHandlers.set(scheme, handler);
  },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

export const session = {
  defaultSession: {
    setPermissionRequestHandler(
      handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0],
    ): void {
      fakeState.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(
      handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0],
    ): void {
      fakeState.permissionCheckHandler = handler;
    },
    webRequest: {
      // Electron overloads this with an optional filter first, so the listener is the last argument.
      onHeadersReceived(...args: unknown[]): void {
        fakeState.headersListener = args.at(-1) as FakeState['headersListener'];
      },
    } satisfies Pick<Electron.WebRequest, 'onHeadersReceived'>,
  } satisfies Pick<
    Electron.Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler'
  > & { webRequest: Pick<Electron.WebRequest, 'onHeadersReceived'> },
};

export const screen = {
  getCursorScreenPoint: (): Electron.Point => ({ x: 1710, y: 1060 }),
  getDisplayNearestPoint: (_point: Electron.Point) =>
    ({
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    }) as Electron.Display,
} satisfies Pick<Electron.Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'>;

class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = true;
}

export const nativeTheme = new FakeNativeTheme() satisfies Pick<
  Electron.NativeTheme,
  'shouldUseDarkColors'
>;

export const powerMonitor = new EventEmitter();

export const net = {
  isOnline: () => fakeState.online,
  fetch: (input: string | Request, init?: RequestInit) => globalThis.fetch(input, init),
} satisfies Pick<Electron.Net, 'isOnline' | 'fetch'>;

export const shell = {
  openExternal: async (url: string): Promise<void> => {
    fakeState.openedExternal.push(url);
  },
} satisfies Pick<Electron.Shell, 'openExternal'>;

/** Clears everything recorded and restores the defaults, for the next test. */
export function resetFakeElectron(userData: string): void {
  Object.assign(fakeState, {
    userData,
    appPath: process.cwd(),
    singleInstanceLock: true,
    systemLocale: 'en-GB',
    online: true,
    quitCalls: 0,
    loginItemSettings: [],
    openedExternal: [],
    appUserModelId: null,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    headersListener: null,
  });
  Tray.instances.length = 0;
  BrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
  for (const emitter of [app, ipcMain, nativeTheme, powerMonitor] as EventEmitter[]) {
    emitter.removeAllListeners();
  }
  nativeTheme.shouldUseDarkColors = true;
}

const electron = {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
};

export default electron;
