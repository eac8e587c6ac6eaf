import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('traycast', {
  ping: () => ipcRenderer.invoke('ping'),
});
