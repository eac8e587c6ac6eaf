// Turns the options of `npm run dist:container` into the container engine commands to run, one
// per Dockerfile.build stage, so that a failure names its stage.

export type Engine = 'docker' | 'podman';
export type Target = 'linux' | 'win' | 'mac';

export const ALL_TARGETS: readonly Target[] = ['linux', 'win', 'mac'];

/** Proxy variables that Docker and Podman accept as build arguments without an ARG line. */
export const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
] as const;

/** A Dockerfile.build stage and what it does. */
export interface Stage {
  name: string;
  description: string;
}

const DEPS: Stage = { name: 'deps', description: 'install Node.js and the npm dependencies' };
const TEST: Stage = { name: 'test', description: 'run the test command, npm test' };
const BUNDLE: Stage = { name: 'bundle', description: 'compile with electron-vite, pack app.asar' };
const PACKAGE: Stage = {
  name: 'package',
  description: 'make the installers with electron-builder',
};
const RELEASE: Stage = { name: 'release', description: 'export the installers and SHA256SUMS' };
const BUNDLE_FILES: Stage = { name: 'bundle-files', description: 'export dist/bundle' };

/** Returns the stages to build in order: up to the installers, or up to the bundle only. */
export function stagesFor(bundleOnly: boolean): Stage[] {
  return bundleOnly ? [DEPS, BUNDLE, BUNDLE_FILES] : [DEPS, TEST, BUNDLE, PACKAGE, RELEASE];
}

export interface BuildOptions {
  engine: Engine;
  projectRoot: string;
  targets: readonly Target[];
  baseImage: string;
  sourceDateEpoch: number;
  outputDir: string;
  caBundle?: string | undefined;
  environment: Readonly<Record<string, string | undefined>>;
}

/**
 * Parses a comma-separated target list such as `linux,win`; `all` stands for every target.
 * Throws on an empty list or an unknown name.
 */
export function parseTargets(text: string): Target[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new Error('No target given: use linux, win, mac or all, separated by commas.');
  }

  const targets = new Set<Target>();
  for (const name of names) {
    if (name === 'all') {
      for (const target of ALL_TARGETS) {
        targets.add(target);
      }
    } else if ((ALL_TARGETS as readonly string[]).includes(name)) {
      targets.add(name as Target);
    } else {
      throw new Error(`Unknown target "${name}": use linux, win, mac or all.`);
    }
  }
  return ALL_TARGETS.filter((target) => targets.has(target));
}

/** Returns the engine's arguments that build one stage; the last stage exports its files. */
export function stageCommand(options: BuildOptions, stage: string, isLast: boolean): string[] {
  const args = [
    'build',
    '--file',
    `${options.projectRoot}/Dockerfile.build`,
    '--target',
    stage,
    '--build-arg',
    `BASE_IMAGE=${options.baseImage}`,
    '--build-arg',
    `SOURCE_DATE_EPOCH=${options.sourceDateEpoch}`,
    '--build-arg',
    `TARGETS=${options.targets.join(',')}`,
  ];

  for (const name of PROXY_VARIABLES) {
    const value = options.environment[name];
    if (value !== undefined && value !== '') {
      args.push('--build-arg', `${name}=${value}`);
    }
  }
  if (options.caBundle !== undefined) {
    args.push('--secret', `id=ca,src=${options.caBundle}`);
  }
  if (isLast) {
    args.push('--output', `type=local,dest=${options.outputDir}`);
  }

  args.push(options.projectRoot);
  return args;
}
