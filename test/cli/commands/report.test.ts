import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReportArgs, runReport } from '../../../cli/commands/report';
import { bufferedContext } from '../../../cli/context';
import { UsageError } from '../../../spec/errors';

const HAS_ERRORS = 'test/fixtures/sites/two-problems.yaml';
const SITES = ['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center'];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-cli-report-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const args = (over: Partial<ReportArgs> = {}): ReportArgs => ({ paths: ['examples'], format: 'text', strict: false, ...over });

async function report(over: Partial<ReportArgs> = {}) {
  const ctx = bufferedContext();
  const code = await runReport(args(over), ctx);
  return { code, out: ctx.out, err: ctx.err };
}

describe('runReport', () => {
  test('prints a text report naming every site and the total, exit 0', async () => {
    const r = await report();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const s of SITES) expect(r.out).toContain(`\n${s}\n`);
    expect(r.out).toContain('Total (3 sites)');
  });

  test('--format json is the report data, parseable, with the aisite version', async () => {
    const r = await report({ format: 'json' });
    const data = JSON.parse(r.out);
    expect(data.sites.map((s: { name: string }) => s.name)).toEqual(SITES);
    expect(data.total.accelerators).toBe(32832);
    expect(data.aisite).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('--format markdown gives headings and tables', async () => {
    const r = await report({ format: 'markdown' });
    expect(r.out).toContain('## haenam-national-ai-center\n');
    expect(r.out).toContain('| fabric | purpose | topology |');
  });

  test('--format html embeds the topology picture, which names every site', async () => {
    const r = await report({ format: 'html' });
    const svg = r.out.slice(r.out.indexOf('<svg'), r.out.indexOf('</svg>') + 6);
    expect(svg.length).toBeGreaterThan(100);
    // Graphviz writes '-' in text as &#45;.
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))).join('\n');
    for (const s of SITES) expect(text).toContain(s);
  }, 30_000);

  test('the same sites give the same report, byte for byte', async () => {
    expect((await report({ format: 'html' })).out).toBe((await report({ format: 'html' })).out);
  }, 30_000);

  test('-o writes the report to a file and prints nothing', async () => {
    const file = path.join(tmp, 'capacity.md');
    const r = await report({ format: 'markdown', output: file });
    expect(r.out).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toContain('# aisite capacity report: 3 sites');
  });

  test('refuses sites with error findings: prints them, exit 1, nothing written', async () => {
    const file = path.join(tmp, 'r.txt');
    const r = await report({ paths: [HAS_ERRORS], output: file });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/AIS\d{3}/);
    expect(r.err).toBe('aisite: no report: fix the findings above\n');
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a folder with no sites is a usage error', async () => {
    fs.writeFileSync(
      path.join(tmp, 'catalog.yaml'),
      'apiVersion: aisite.dev/v1alpha1\nkind: AcceleratorCatalog\nmetadata: { name: none }\nspec: { accelerators: [] }\n',
    );
    await expect(report({ paths: [tmp] })).rejects.toThrow(UsageError);
  });
});

describe('runReport with suppressions', () => {
  const saved = process.env.AISITE_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.AISITE_TODAY;
    else process.env.AISITE_TODAY = saved;
  });

  test('reports a site whose findings are suppressed, even with --strict; refuses it once they expire', async () => {
    process.env.AISITE_TODAY = '2027-01-01';
    expect((await report({ paths: ['test/fixtures/sites/accepted.yaml'], strict: true })).code).toBe(0);
    process.env.AISITE_TODAY = '2027-07-01';
    expect((await report({ paths: ['test/fixtures/sites/accepted.yaml'] })).code).toBe(1);
  });
});
