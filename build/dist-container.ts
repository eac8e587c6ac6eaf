// `npm run dist:container`: builds Traycast's installers inside a container with docker or
// podman and writes them with SHA256SUMS to release/. Run with --help for the options.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type BuildOptions,
  type Engine,
  parseTargets,
  stageCommand,
  stagesFor,
} from './container/plan.ts';

const DEFAULT_BASE_IMAGE = 'localhost/traycast-base:bookworm';
const projectRoot = resolve(import.meta.dirname, '..');

const HELP = `Usage: npm run dist:container -- [options]

Builds the installers in a container (Dockerfile.build) and writes them with SHA256SUMS.

Options:
  --targets LIST     comma-separated linux, win, mac or all (default: linux)
  --bundle-only      stop after the bundle stage and export dist/bundle (app/, app.asar,
                     SHA256SUMS); needs only the npm registry and a Debian mirror
  --engine NAME      docker or podman (default: docker when its daemon answers, else podman)
  --ca-bundle FILE   CA certificates for a TLS-intercepting proxy, passed as a build secret
                     (default: $TRAYCAST_CA_BUNDLE)
  --base-image REF   Debian bookworm base image (default: $TRAYCAST_BASE_IMAGE, else
                     ${DEFAULT_BASE_IMAGE}, made with debootstrap when missing)
  --output DIR       output folder, emptied first (default: release, or dist/container-bundle
                     with --bundle-only)
  --help             print this text

The installer stages download Electron and electron-builder's tools from GitHub.`;

/** Runs a command with the terminal attached and returns its exit status. */
function run(command: string, args: string[], environment = process.env): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: environment });
  if (result.error) {
    throw new Error(`Could not start ${command}: ${result.error.message}`);
  }
  return result.status ?? 1;
}

/** Returns true when the command runs and exits with status 0, with its output discarded. */
function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

function pickEngine(requested: string | undefined): Engine {
  if (requested === 'docker' || requested === 'podman') {
    return requested;
  }
  if (requested !== undefined) {
    throw new Error(`Unknown engine "${requested}": use docker or podman.`);
  }
  if (succeeds('docker', ['version', '--format', '{{.Server.Version}}'])) {
    return 'docker';
  }
  if (succeeds('podman', ['--version'])) {
    return 'podman';
  }
  throw new Error('Neither a running docker nor podman was found: install one of them.');
}

function readSourceDateEpoch(): number {
  const fromEnvironment = process.env.SOURCE_DATE_EPOCH;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const epoch = Number(fromEnvironment);
    if (!Number.isInteger(epoch) || epoch < 0) {
      throw new Error(
        `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${fromEnvironment}".`,
      );
    }
    return epoch;
  }
  const result = spawnSync('git', ['-C', projectRoot, 'log', '-1', '--format=%ct'], {
    encoding: 'utf8',
  });
  const epoch = Number(result.stdout?.trim());
  if (result.status !== 0 || !Number.isInteger(epoch) || epoch <= 0) {
    throw new Error(
      'Could not read the last commit time with git. Set SOURCE_DATE_EPOCH to it in seconds.',
    );
  }
  return epoch;
}

/** Makes sure the base image exists, making the default one with debootstrap when missing. */
function ensureBaseImage(engine: Engine, baseImage: string): void {
  if (succeeds(engine, ['image', 'inspect', baseImage])) {
    return;
  }
  if (baseImage !== DEFAULT_BASE_IMAGE) {
    throw new Error(`The base image ${baseImage} was not found by ${engine}.`);
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !succeeds('sh', ['-c', 'command -v debootstrap'])) {
    throw new Error(
      `The base image ${baseImage} is missing. Make it as root with ` +
        '`build/container/base-image.sh` (needs debootstrap), or pass a pinned image such as ' +
        '--base-image debian:bookworm-slim@sha256:<digest>.',
    );
  }
  console.log(`Making the base image ${baseImage} with debootstrap`);
  const status = run('bash', [join(projectRoot, 'build/container/base-image.sh'), baseImage], {
    ...process.env,
    CONTAINER_ENGINE: engine,
  });
  if (status !== 0) {
    throw new Error(`Making the base image failed (exit ${status}).`);
  }
}

/** Checks every line of SHA256SUMS against the files beside it and returns the file names. */
async function checkSums(outputDir: string): Promise<string[]> {
  const sums = await readFile(join(outputDir, 'SHA256SUMS'), 'utf8');
  const names: string[] = [];
  for (const line of sums.split('\n').filter((text) => text !== '')) {
    const [digest, name] = line.split(/ {2}/);
    if (digest === undefined || name === undefined) {
      throw new Error(`Malformed SHA256SUMS line: ${line}`);
    }
    const actual = createHash('sha256')
      .update(await readFile(join(outputDir, name)))
      .digest('hex');
    if (actual !== digest) {
      throw new Error(`${name} does not match its SHA256SUMS entry.`);
    }
    names.push(name);
  }
  return names;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      targets: { type: 'string', default: 'linux' },
      'bundle-only': { type: 'boolean', default: false },
      engine: { type: 'string' },
      'ca-bundle': { type: 'string' },
      'base-image': { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }

  const bundleOnly = values['bundle-only'];
  const engine = pickEngine(values.engine);
  const caBundle = values['ca-bundle'] ?? (process.env.TRAYCAST_CA_BUNDLE || undefined);
  if (caBundle !== undefined && !existsSync(caBundle)) {
    throw new Error(`The CA bundle ${caBundle} does not exist.`);
  }
  const outputDir = resolve(values.output ?? (bundleOnly ? 'dist/container-bundle' : 'release'));
  if (!relative(outputDir, projectRoot).startsWith('..')) {
    throw new Error(`The output folder ${outputDir} contains the project: choose another.`);
  }

  const options: BuildOptions = {
    engine,
    projectRoot,
    targets: parseTargets(values.targets),
    baseImage: values['base-image'] ?? (process.env.TRAYCAST_BASE_IMAGE || DEFAULT_BASE_IMAGE),
    sourceDateEpoch: readSourceDateEpoch(),
    outputDir,
    caBundle: caBundle === undefined ? undefined : resolve(caBundle),
    environment: process.env,
  };
  ensureBaseImage(engine, options.baseImage);
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });

  const stages = stagesFor(bundleOnly);
  const engineEnvironment =
    engine === 'docker' ? { ...process.env, DOCKER_BUILDKIT: '1' } : process.env;
  for (const [index, stage] of stages.entries()) {
    console.log(`\n=== dist:container: stage ${stage.name}: ${stage.description}`);
    const args = stageCommand(options, stage.name, index === stages.length - 1);
    const status = run(engine, args, engineEnvironment);
    if (status !== 0) {
      console.error(
        `\ndist:container: FAILED at stage "${stage.name}" (${stage.description}); ` +
          `${engine} exited with ${status}. Its output above shows the error.`,
      );
      return 1;
    }
  }

  const files = await checkSums(outputDir);
  console.log(`\ndist:container: wrote ${files.length} files to ${outputDir}, SHA256SUMS checked:`);
  for (const name of files) {
    console.log(`  ${name}`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`dist:container: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
