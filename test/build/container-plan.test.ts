import { describe, expect, it } from 'vitest';
import {
  type BuildOptions,
  parseTargets,
  stageCommand,
  stagesFor,
} from '../../build/container/plan.ts';

const OPTIONS: BuildOptions = {
  engine: 'podman',
  projectRoot: '/src/traycast',
  targets: ['linux', 'win'],
  baseImage: 'localhost/traycast-base:bookworm',
  sourceDateEpoch: 1_700_000_000,
  outputDir: '/src/traycast/release',
  environment: {},
};

/** Returns the value that follows each occurrence of flag in args. */
function valuesOf(args: string[], flag: string): string[] {
  return args.flatMap((arg, index) => (arg === flag ? [args[index + 1] ?? ''] : []));
}

describe('parseTargets', () => {
  it('keeps the canonical order', () => {
    expect(parseTargets('mac, linux')).toEqual(['linux', 'mac']);
  });

  it('expands all', () => {
    expect(parseTargets('all')).toEqual(['linux', 'win', 'mac']);
  });

  it('drops repeats', () => {
    expect(parseTargets('win,win,all')).toEqual(['linux', 'win', 'mac']);
  });

  it('rejects unknown names', () => {
    expect(() => parseTargets('linux,bsd')).toThrow('Unknown target "bsd"');
  });

  it('rejects an empty list', () => {
    expect(() => parseTargets(' , ')).toThrow('No target given');
  });
});

describe('stagesFor', () => {
  it('runs the tests before packaging', () => {
    const names = stagesFor(false).map((stage) => stage.name);
    expect(names).toEqual(['deps', 'test', 'bundle', 'package', 'release']);
  });

  it('stops at the bundle export', () => {
    const names = stagesFor(true).map((stage) => stage.name);
    expect(names).toEqual(['deps', 'bundle', 'bundle-files']);
  });
});

describe('stageCommand', () => {
  it('passes the pinned inputs as build arguments', () => {
    const args = stageCommand(OPTIONS, 'bundle', false);
    expect(args.slice(0, 5)).toEqual([
      'build',
      '--file',
      '/src/traycast/Dockerfile.build',
      '--target',
      'bundle',
    ]);
    expect(valuesOf(args, '--build-arg')).toEqual([
      'BASE_IMAGE=localhost/traycast-base:bookworm',
      'SOURCE_DATE_EPOCH=1700000000',
      'TARGETS=linux,win',
    ]);
    expect(args.at(-1)).toBe('/src/traycast');
  });

  it('exports only from the last stage', () => {
    expect(valuesOf(stageCommand(OPTIONS, 'package', false), '--output')).toEqual([]);
    expect(valuesOf(stageCommand(OPTIONS, 'release', true), '--output')).toEqual([
      'type=local,dest=/src/traycast/release',
    ]);
  });

  it('passes the CA bundle as a secret', () => {
    const args = stageCommand({ ...OPTIONS, caBundle: '/etc/ca.pem' }, 'deps', false);
    expect(valuesOf(args, '--secret')).toEqual(['id=ca,src=/etc/ca.pem']);
    expect(args.join(' ')).not.toContain('NODE_EXTRA_CA_CERTS');
  });

  it('forwards set proxy variables only', () => {
    const environment = { HTTPS_PROXY: 'http://127.0.0.1:3128', NO_PROXY: '', PATH: '/bin' };
    const args = stageCommand({ ...OPTIONS, environment }, 'deps', false);
    const buildArgs = valuesOf(args, '--build-arg');
    expect(buildArgs).toContain('HTTPS_PROXY=http://127.0.0.1:3128');
    expect(buildArgs.some((arg) => arg.startsWith('NO_PROXY'))).toBe(false);
    expect(buildArgs.some((arg) => arg.startsWith('PATH'))).toBe(false);
  });
});
