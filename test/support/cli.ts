import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoopbackServer } from './loopback-server.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CommandResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Environment for the command with every base URL on the loopback server, so no test can reach a
 * real provider, and a fixed locale. Variables of the machine running the tests are left out.
 */
export function loopbackEnvironment(
  server: LoopbackServer,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    LANG: 'en_US.UTF-8',
    OPEN_METEO_URL: server.url,
    OPEN_METEO_GEOCODING_URL: server.url,
    OPENWEATHER_URL: server.url,
    ...extra,
  };
}

export interface RunOptions {
  /** Closes the read end of stdout at once, as `| head -c 1` does after its first byte. */
  closeStdout?: boolean;
}

/** Runs the real weather command with Node's type stripping, as `npm run weather` does. */
export function runWeatherCommand(
  args: readonly string[],
  env: Record<string, string>,
  options: RunOptions = {},
): Promise<CommandResult> {
  const child = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      'main/cli/weather.ts',
      ...args,
    ],
    { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );

  if (options.closeStdout) {
    child.stdout.destroy();
  }

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}
