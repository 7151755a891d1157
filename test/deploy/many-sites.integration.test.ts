/**
 * More sites than Docker's default address pools hold (30 networks on Debian's Docker
 * 20.10): 11 copies of the factory MDC (three tenants) in one `deploy --all --parallel 2`.
 * Their 33 tenant networks take subnets from one twin address pool (a /17 of this run's
 * own: the default 10.240.0.0/12 is shared with other runs on the engine), so every site
 * comes up; then all are destroyed, leaving nothing.
 */
import { DeployEnv, describeDeploy, inspect, labelled, NetworkInspect, SiteCopy } from '../helpers/deploy-env';
import { overlaps, parseCidr } from '../../spec/net/cidr';

/** Sites deployed: more than 10, the most that fit Docker's default pools with three tenants each. */
const SITES = 11;
/** Tenants of the factory example: each a network and a gateway container. */
const TENANTS = 3;
const TIMEOUT = 1_200_000;

describeDeploy('many sites on one engine (real Docker engine, real Terraform)', [], () => {
  let env: DeployEnv;
  let copies: SiteCopy[];

  beforeAll(() => {
    env = new DeployEnv('it-many');
    // One pool for all copies, as the default is for a user's sites; a pool of this run's
    // own, so test runs side by side on the engine never meet in it.
    const first = env.site('gwangju-factory-01.yaml', 'many-0', (doc) => doc.setIn(['spec', 'uplinks'], []));
    copies = [
      first,
      ...Array.from({ length: SITES - 1 }, (_, i) =>
        env.site('gwangju-factory-01.yaml', `many-${i + 1}`, (doc) => {
          doc.setIn(['spec', 'uplinks'], []);
          doc.setIn(['spec', 'twin', 'addressPool'], first.addressPool);
        }),
      ),
    ];
  });

  afterAll(async () => {
    expect(await env.cleanup()).toEqual([]);
  }, TIMEOUT);

  test(
    `plan prints the twin budget of the selected site on its engine`,
    async () => {
      const r = await env.cli(['plan', ...copies.map((c) => c.file), '--site', copies[0].name, '--max-containers', '2']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      // 2 server containers, the controller, 3 tenant gateways; 2 fabrics, 3 tenant networks; 6 x 32 MB.
      expect(r.out).toMatch(/^twin on \S+: 6 containers, 5 networks, 192 MB of container memory limits \(1 site\)$/m);
    },
    TIMEOUT,
  );

  test(
    `${SITES} three-tenant sites in one deploy --all --parallel 2 all come up, each tenant network a /24 of their shared twin pool`,
    async () => {
      const r = await env.cli([
        'deploy',
        ...copies.map((c) => c.file),
        '--all',
        '--auto-approve',
        '--parallel',
        '2',
        '--max-containers',
        '2',
        '--health-timeout',
        '300',
      ]);
      // (a generous health wait: 66 containers' healthchecks share two cores)
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out.split('\n').filter((l) => new RegExp(`^\\[\\d+/${SITES} sites, `).test(l))).toHaveLength(SITES);
      const pool = parseCidr(copies[0].addressPool)!;
      const tenantNets = copies.flatMap((c) => labelled(c.name).networks.filter((n) => n.includes('-tenant-')));
      expect(tenantNets).toHaveLength(TENANTS * SITES);
      const subnets = inspect<NetworkInspect>(tenantNets, 'network').map((n) => n.IPAM.Config![0].Subnet!);
      expect(subnets.filter((s) => !overlaps(parseCidr(s)!, pool) || parseCidr(s)!.prefix !== 24)).toEqual([]);
      expect(new Set(subnets).size).toBe(TENANTS * SITES);
      for (const c of copies) expect(labelled(c.name).containers).toHaveLength(2 + 1 + TENANTS);
    },
    TIMEOUT,
  );

  test(
    'destroy --all removes every site',
    async () => {
      const r = await env.cli(['destroy', ...copies.map((c) => c.file), '--all', '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      const left = copies.flatMap((c) => Object.values(labelled(c.name)).flat());
      expect(left).toEqual([]);
    },
    TIMEOUT,
  );
});
