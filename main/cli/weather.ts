/**
 * The `weather` command: prints the current weather through the same core that the tray app uses.
 * Run it with `npm run --silent weather -- --help`.
 */
import { runWeatherCommand } from './run.ts';

process.exitCode = await runWeatherCommand({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
