import { XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphArgs, runGraph } from '../../../cli/commands/graph';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { UsageError } from '../../../spec/errors';

const HAS_ERRORS = 'test/fixtures/sites/two-problems.yaml';
const FACTORY = 'examples/gwangju-factory-01.yaml';

const args = (over: Partial<GraphArgs> = {}): GraphArgs => ({ paths: ['examples'], format: 'mermaid', ...over });

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-cli-graph-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('runGraph', () => {
  test('prints a Mermaid flowchart of the examples by default, exit 0', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args(), ctx)).toBe(0);
    expect(ctx.out.startsWith('flowchart LR\n')).toBe(true);
  });

  test('the Mermaid chart names every example site and their uplink', async () => {
    const ctx = bufferedContext();
    await runGraph(args(), ctx);
    for (const site of ['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center']) expect(ctx.out).toContain(`["${site} · `);
    expect(ctx.out).toContain('site_gwangju_factory_01 <-->|"100 Gbps"| site_haenam_national_ai_center');
  });

  test('--format dot prints Graphviz DOT', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args({ format: 'dot' }), ctx)).toBe(0);
    expect(ctx.out.startsWith('digraph aisite_topology {\n')).toBe(true);
  });

  test('--format svg prints a standalone SVG document', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args({ format: 'svg' }), ctx)).toBe(0);
    expect(ctx.out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg ')).toBe(true);
    expect(XMLValidator.validate(ctx.out)).toBe(true);
  });

  test('--detail sites draws one summary box per site instead of cabinets and fabrics', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args({ detail: 'sites' }), ctx)).toBe(0);
    expect(ctx.out).toContain(':::summary');
    expect(ctx.out).not.toContain(':::fabric');
  });

  test('-o writes the picture to the file and says so', async () => {
    const file = path.join(tmp, 'topology.svg');
    const ctx = bufferedContext();
    expect(await runGraph(args({ format: 'svg', output: file }), ctx)).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^<\?xml [^\n]*\n<svg /);
    expect(ctx.out).toBe(`✔ wrote the svg topology of 3 sites to ${file}\n`);
  });

  test('-o into a missing folder is an external failure (exit 3)', async () => {
    await expect(runGraph(args({ output: path.join(tmp, 'no', 'such', 'g.mmd') }), bufferedContext())).rejects.toMatchObject({ exitCode: 3 });
  });

  test('the same sites give the same bytes', async () => {
    const a = bufferedContext();
    const b = bufferedContext();
    await runGraph(args({ format: 'svg' }), a);
    await runGraph(
      args({ format: 'svg', paths: ['examples/haenam-national-ai-center.yaml', 'examples/gwangju-factory-01.yaml', 'examples/daejeon-hospital-01.yaml'] }),
      b,
    );
    expect(b.out).toBe(a.out);
  });

  test('sites with errors are not drawn: findings printed as validate prints them, exit 1', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args({ paths: [HAS_ERRORS] }), ctx)).toBe(1);
    expect(ctx.out.split('\n')[0]).toBe(HAS_ERRORS);
    expect(ctx.out).toMatch(/^\s+9:\d+\s+error\s+AIS201/m);
    expect(ctx.err).toBe('aisite: no picture drawn: fix the findings above\n');
  });

  test('sites with errors leave an existing -o file as it was', async () => {
    const file = path.join(tmp, 'g.mmd');
    fs.writeFileSync(file, 'previous');
    const ctx = bufferedContext();
    expect(await runGraph(args({ paths: [HAS_ERRORS], output: file }), ctx)).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe('previous');
    expect(ctx.err).toContain(`(the previous ${file} is unchanged)`);
  });

  test('warnings do not stop the picture; stderr counts them', async () => {
    const ctx = bufferedContext();
    expect(await runGraph(args({ paths: [FACTORY] }), ctx)).toBe(0);
    expect(ctx.err).toBe('aisite: 1 warning in these sites; `aisite validate` lists it\n');
  });

  test('an uplink to a site not given is drawn to a dashed external node', async () => {
    const ctx = bufferedContext();
    await runGraph(args({ paths: [FACTORY] }), ctx);
    expect(ctx.out).toContain('external_haenam_national_ai_center["haenam-national-ai-center<br>external site"]:::external');
  });

  test('no sites in the paths is a usage error', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    await expect(runGraph(args({ paths: [empty] }), bufferedContext())).rejects.toThrow(UsageError);
  });
});

describe('aisite graph', () => {
  test('is a command of the CLI', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['graph', 'examples', '--format', 'dot'], ctx)).toBe(0);
    expect(ctx.out).toMatch(/^digraph aisite_topology \{/);
  });

  test('an unknown format is a usage error (exit 2)', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['graph', 'examples', '--format', 'png'], ctx)).toBe(2);
    expect(ctx.err).toMatch(/Invalid values:[\s\S]*format/);
  });

  test('sites with errors exit 1', async () => {
    expect(await runCli(['graph', HAS_ERRORS], bufferedContext())).toBe(1);
  });
});

describe('runGraph with suppressions', () => {
  const saved = process.env.AISITE_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.AISITE_TODAY;
    else process.env.AISITE_TODAY = saved;
  });

  test('draws a site whose error is suppressed; refuses it once the suppression expires', async () => {
    process.env.AISITE_TODAY = '2027-01-01';
    expect(await runGraph(args({ paths: ['test/fixtures/sites/accepted.yaml'] }), bufferedContext())).toBe(0);
    process.env.AISITE_TODAY = '2027-07-01';
    expect(await runGraph(args({ paths: ['test/fixtures/sites/accepted.yaml'] }), bufferedContext())).toBe(1);
  });
});
