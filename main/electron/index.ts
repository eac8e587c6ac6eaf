import { app } from 'electron';
import { startTraycast } from './main-process.ts';

/** The running app, or null in a second instance; tests await it. */
export const started = startTraycast();

started.catch((error: unknown) => {
  console.error('Traycast failed to start', error);
  app.exit(1);
});
