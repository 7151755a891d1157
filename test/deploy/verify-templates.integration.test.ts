/**
 * `aisite verify` on every bundled template deployed as a twin: each rendered as `aisite
 * init` renders it (at its defaults, under a test name, its fabrics and twin pool moved
 * into /16s nothing else on this engine uses), all deployed by one `deploy --all
 * --parallel 2 --verify`, verified again with a TCP server this test starts on the host
 * (all addresses), then destroyed by one `destroy --all`. The smart factory's uplink goes
 * to the national center's copy (and back), so the backbone row is probed too.
 */
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { controllerName } from '../../spec/model/docker-names';
import { TEMPLATES } from '../../templates';
import { renderSiteFile, templateValues } from '../../templates/render';
import { DeployEnv, describeDeploy, freeSecondOctet, INTEGRATION_TIMEOUT, labelled, testSiteName } from '../helpers/deploy-env';

interface VerifyJson {
  violations: number;
  probes: number;
  reprobed: number;
  seconds: number;
  matrix: Array<{ site: string; from: string; to: string; expected: string; observed: string; violation: boolean }>;
}

/** A block of `size` addresses (a power of two) placed in fresh 10.N.0.0/16s, aligned, in order. */
function packer() {
  let octet = -1;
  let next = 65536;
  return (prefix: number): string => {
    const size = 2 ** (32 - prefix);
    if (prefix < 16) throw new Error(`a /${prefix} does not fit a /16`);
    let at = Math.ceil(next / size) * size;
    if (at + size > 65536) {
      octet = freeSecondOctet();
      at = 0;
    }
    next = at + size;
    return `10.${octet}.${Math.floor(at / 256)}.${at % 256}/${prefix}`;
  };
}

/**
 * The template rendered as `aisite init` writes it, named `name`, with every fabric subnet
 * and the twin pool (a /17) moved into fresh /16s (largest blocks first, so none is lost
 * to alignment); `edit` changes the document before it is written.
 */
function renderTemplate(dir: string, template: string, name: string, sets: readonly string[], edit?: (doc: ReturnType<typeof parseDocument>) => void): string {
  const t = TEMPLATES.find((x) => x.name === template)!;
  const values = templateValues(t, sets);
  const doc = parseDocument(renderSiteFile(t, t.render(name, values), values));
  const fabrics = (doc.getIn(['spec', 'fabrics']) as YAMLSeq<YAMLMap>).items;
  const blocks = [
    ...fabrics.map((f) => ({ prefix: Number(String(f.get('subnet')).split('/')[1]), set: (s: string) => f.set('subnet', s) })),
    { prefix: 17, set: (s: string) => doc.setIn(['spec', 'twin', 'addressPool'], s) },
  ];
  const place = packer();
  for (const b of blocks.sort((x, y) => x.prefix - y.prefix)) b.set(place(b.prefix));
  edit?.(doc);
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(file, doc.toString());
  return file;
}

describeDeploy('aisite verify on every bundled template (real Docker engine, real Terraform)', [], () => {
  let env: DeployEnv;
  let files: string[];
  const names = Object.fromEntries(TEMPLATES.map((t) => [t.name, testSiteName(`t-${t.name}`)]));
  let server: net.Server;
  let port: number;

  beforeAll(async () => {
    env = new DeployEnv('it-verify-templates');
    files = TEMPLATES.map((t) => {
      const file =
        t.name === 'smart-factory'
          ? renderTemplate(env.dir, t.name, names[t.name], [`uplinkPeer=${names['national-ai-center']}`])
          : t.name === 'national-ai-center'
            ? renderTemplate(env.dir, t.name, names[t.name], [], (doc) =>
                doc.setIn(['spec', 'uplinks'], [{ name: 'to-factory', peer: names['smart-factory'], gbps: 100 }]),
              )
            : renderTemplate(env.dir, t.name, names[t.name], []);
      env.track(names[t.name], file);
      return file;
    });
    server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    port = (server.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    server.close();
    expect(await env.cleanup()).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test(
    'deploy --all --parallel 2 --verify of the five templates passes',
    async () => {
      // At most 4 server containers per site: five twins side by side on a shared 2-core machine.
      const r = await env.cli([
        'deploy',
        ...files,
        '--all',
        '--parallel',
        '2',
        '--auto-approve',
        '--verify',
        '--max-containers',
        '4',
        '--health-timeout',
        '300',
      ]);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      for (const n of Object.values(names)) expect(r.out).toContain(`${n}: 0 violation(s) in `);
      expect(r.out).toMatch(/✔ 0 violation\(s\); \d+ probes( \(\d+ probed again\))? in [\d.]+s/);
    },
    INTEGRATION_TIMEOUT * 2,
  );

  test(
    "verify --all, with the host's own TCP server on all addresses, passes: the air-gapped templates reach no host address, the peered controllers reach each other",
    async () => {
      const v = await env.cli(['verify', ...files, '--all', '--max-containers', '4', '--host-port', String(port), '--format', 'json']);
      const report = JSON.parse(v.out) as VerifyJson;
      expect({ code: v.code, violations: report.matrix.filter((m) => m.violation) }).toEqual({ code: 0, violations: [] });
      expect(
        report.matrix
          .map((m) => m.site)
          .filter((s, i, all) => all.indexOf(s) === i)
          .sort(),
      ).toEqual(Object.values(names).sort());
      // The air gap, as the host server sees it: every air-gapped template's row to it is probed and blocked.
      for (const t of ['hospital-inference', 'city-hall']) {
        const rows = report.matrix.filter((m) => m.site === names[t] && m.to === `host:${port} (host service)`);
        expect({ t, rows: rows.length > 0 }).toEqual({ t, rows: true });
        expect(rows.filter((m) => m.expected !== 'blocked' || m.observed !== 'blocked')).toEqual([]);
      }
      const cell = (from: string, to: string) => report.matrix.find((m) => m.from === controllerName(from) && m.to === controllerName(to))!;
      expect(cell(names['smart-factory'], names['national-ai-center'])).toMatchObject({ expected: 'reach', observed: 'reach' });
      expect(cell(names['national-ai-center'], names['smart-factory'])).toMatchObject({ expected: 'reach', observed: 'reach' });
      expect(cell(names['hospital-inference'], names['city-hall'])).toMatchObject({ expected: 'blocked', observed: 'blocked' });
      console.log(`verify --all of the five templates: ${report.probes} probes (${report.reprobed} probed again) in ${report.seconds}s`);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'destroy --all removes every template site',
    async () => {
      const r = await env.cli(['destroy', ...files, '--all', '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      for (const n of Object.values(names)) expect({ n, left: labelled(n) }).toEqual({ n, left: { containers: [], networks: [], volumes: [] } });
    },
    INTEGRATION_TIMEOUT,
  );
});
