/**
 * The `weather` command: prints the current weather through the same core that the tray app uses.
 * Run it with `npm run --silent weather -- --help`.
 */
import { runWeatherCommand } from './run.ts';

// A reader that stops early, such as `| head -c 1`, closes the pipe. That is no failure of the
// command, so EPIPE is ignored instead of crashing with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      throw error;
    }
  });
}

process.exitCode = await runWeatherCommand({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
