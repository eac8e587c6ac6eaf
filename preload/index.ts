// The preload of every Traycast window. Windows run sandboxed, which rules out ES modules and
// most requires, so this file ships as one CommonJS bundle that requires nothing but `electron`.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld('traycast', createBridge(ipcRenderer));
