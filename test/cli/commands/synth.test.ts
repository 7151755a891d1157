import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runSynth, SynthArgs } from '../../../cli/commands/synth';
import { runValidate } from '../../../cli/commands/validate';
import { bufferedContext } from '../../../cli/context';
import { UsageError } from '../../../spec/errors';

const NATIONAL = 'examples/haenam-national-ai-center.yaml';
const HAS_ERRORS = 'test/fixtures/sites/two-problems.yaml';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-cli-synth-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const args = (over: Partial<SynthArgs> = {}): SynthArgs => ({
  paths: ['examples'],
  out: path.join(tmp, 'out'),
  fidelity: 'twin',
  maxContainers: 64,
  stateDir: path.join(tmp, 'state'),
  strict: false,
  ...over,
});

/** Every file under `dir` with the SHA-256 of its bytes (comparing 2 MB Buffers with toEqual is slow). */
function contents(dir: string, rel = ''): Array<[string, string]> {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e): Array<[string, string]> => {
    const f = path.join(rel, e.name);
    return e.isDirectory()
      ? contents(dir, f)
      : [
          [
            f,
            createHash('sha256')
              .update(fs.readFileSync(path.join(dir, f)))
              .digest('hex'),
          ],
        ];
  });
}

describe('runSynth', () => {
  test('synthesizes the examples with exit 0', () => {
    expect(runSynth(args(), bufferedContext())).toBe(0);
  });

  test('writes one cdk.tf.json per site', () => {
    runSynth(args(), bufferedContext());
    expect(
      fs
        .readdirSync(path.join(tmp, 'out', 'stacks'))
        .filter((s) => fs.existsSync(path.join(tmp, 'out', 'stacks', s, 'cdk.tf.json')))
        .sort(),
    ).toEqual(['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center']);
  });

  test('prints a line per stack, then a summary', () => {
    const ctx = bufferedContext();
    runSynth(args(), ctx);
    const out = path.join(tmp, 'out');
    expect(ctx.out.split('\n')).toEqual([
      `  ${out}/stacks/daejeon-hospital-01/cdk.tf.json  6 server containers for 6 servers (twin)`,
      `  ${out}/stacks/gwangju-factory-01/cdk.tf.json  5 server containers for 5 servers (twin)`,
      `  ${out}/stacks/haenam-national-ai-center/cdk.tf.json  64 server containers for 4096 servers (twin, each standing for up to 64 servers)`,
      `✔ synthesized 3 stacks into ${out}`,
      '',
    ]);
  });

  test('one stack is "1 stack", not "1 stacks"', () => {
    const ctx = bufferedContext();
    runSynth(args({ paths: [NATIONAL] }), ctx);
    expect(ctx.out).toContain('✔ synthesized 1 stack into');
  });

  test('--fidelity full on the national example prints 4096 server containers', () => {
    const ctx = bufferedContext();
    runSynth(args({ paths: [NATIONAL], fidelity: 'full' }), ctx);
    expect(ctx.out).toContain('haenam-national-ai-center/cdk.tf.json  4096 server containers for 4096 servers (full)\n');
  });

  test('--max-containers sets the budget', () => {
    const ctx = bufferedContext();
    runSynth(args({ paths: [NATIONAL], maxContainers: 8 }), ctx);
    expect(ctx.out).toContain('8 server containers for 4096 servers (twin, each standing for up to 512 servers)');
  });

  test('a site with error findings is refused with exit 1', () => {
    expect(runSynth(args({ paths: [HAS_ERRORS] }), bufferedContext())).toBe(1);
  });

  test('a site with error findings prints exactly what validate prints', () => {
    const synthCtx = bufferedContext();
    const validateCtx = bufferedContext();
    runSynth(args({ paths: [HAS_ERRORS] }), synthCtx);
    runValidate({ paths: [HAS_ERRORS], format: 'text', strict: false }, validateCtx);
    expect(synthCtx.out).toBe(validateCtx.out);
  });

  test('a refused site says on stderr that nothing was synthesized', () => {
    const ctx = bufferedContext();
    runSynth(args({ paths: [HAS_ERRORS] }), ctx);
    expect(ctx.err).toBe(`aisite: nothing synthesized: fix the findings above (the previous ${path.join(tmp, 'out')} is unchanged)\n`);
  });

  test('a refused site leaves the previous output unchanged', () => {
    runSynth(args(), bufferedContext());
    const before = contents(path.join(tmp, 'out'));
    runSynth(args({ paths: ['examples', HAS_ERRORS] }), bufferedContext());
    expect(contents(path.join(tmp, 'out'))).toEqual(before);
  });

  test('a refused site writes nothing when there was no output', () => {
    runSynth(args({ paths: [HAS_ERRORS] }), bufferedContext());
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('warnings refuse synthesis with --strict', () => {
    // alone, the national example's uplink peer is outside the validated set: a warning
    expect(runSynth(args({ paths: [NATIONAL], strict: true }), bufferedContext())).toBe(1);
  });

  test('warnings alone do not refuse synthesis without --strict', () => {
    expect(runSynth(args({ paths: [NATIONAL] }), bufferedContext())).toBe(0);
  });

  test('a budget below the node groups is refused with exit 1, leaving the previous output unchanged', () => {
    runSynth(args(), bufferedContext());
    const before = contents(path.join(tmp, 'out'));
    const ctx = bufferedContext();
    expect(runSynth(args({ paths: [NATIONAL], maxContainers: 1 }), ctx)).toBe(1);
    expect(ctx.err).toMatch(
      /^aisite: synthesis refused \(the previous .* is unchanged\):\n.*the container budget must be at least the number of node groups \(2\), but 1 was given/s,
    );
    expect(contents(path.join(tmp, 'out'))).toEqual(before);
  });

  test('--max-containers 0 is a usage error', () => {
    expect(() => runSynth(args({ maxContainers: 0 }), bufferedContext())).toThrow(UsageError);
  });

  test('a fractional --max-containers is a usage error naming the value', () => {
    expect(() => runSynth(args({ maxContainers: 2.5 }), bufferedContext())).toThrow('--max-containers must be a whole number of at least 1, but 2.5 was given');
  });

  test('a non-numeric --max-containers (NaN from yargs) is a usage error', () => {
    expect(() => runSynth(args({ maxContainers: NaN }), bufferedContext())).toThrow(UsageError);
  });

  test('paths without any site are a usage error', () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    expect(() => runSynth(args({ paths: [empty] }), bufferedContext())).toThrow(/empty: no site files/);
  });

  test('an output folder in a missing parent is an external error, not a crash', () => {
    expect(() => runSynth(args({ out: path.join(tmp, 'missing', 'out') }), bufferedContext())).toThrow(
      expect.objectContaining({ name: 'ExternalError', exitCode: 3 }),
    );
  });
});

describe('runSynth with suppressions', () => {
  const ACCEPTED = 'test/fixtures/sites/accepted.yaml';
  const saved = process.env.AISITE_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.AISITE_TODAY;
    else process.env.AISITE_TODAY = saved;
  });

  test('a site whose error is suppressed is synthesized (the same failsValidation as validate)', () => {
    process.env.AISITE_TODAY = '2027-01-01';
    const ctx = bufferedContext();
    expect(runSynth(args({ paths: [ACCEPTED], strict: true }), ctx)).toBe(0);
    expect(fs.existsSync(path.join(tmp, 'out', 'stacks', 'accepting-clinic', 'cdk.tf.json'))).toBe(true);
  });

  test('once the suppression has expired the site is refused', () => {
    process.env.AISITE_TODAY = '2027-07-01';
    const ctx = bufferedContext();
    expect(runSynth(args({ paths: [ACCEPTED] }), ctx)).toBe(1);
    expect(ctx.out).toContain('AIS953');
  });
});
