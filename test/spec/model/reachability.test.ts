import * as path from 'path';
import { backbonesOf } from '../../../spec/model/backbone';
import { reachabilityRules, ReachabilityRule, targetName } from '../../../spec/model/reachability';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { validatePaths } from '../../../spec/validate';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const H = 'daejeon-hospital-01';
const F = 'gwangju-factory-01';
const N = 'haenam-national-ai-center';

function sites(...files: string[]): ResolvedSite[] {
  const v = validatePaths(files.map((f) => path.join(EXAMPLES, f)));
  expect(v.sites).toHaveLength(files.length);
  return v.sites;
}

const cell = (rules: readonly ReachabilityRule[], from: string, to: string) => {
  const found = rules.filter((r) => r.from.container === from && targetName(r.to) === to);
  expect(found).toHaveLength(1);
  return found[0].expect;
};

describe('reachabilityRules', () => {
  const hospital = sites('daejeon-hospital-01.yaml');
  const rules = reachabilityRules(hospital, []);

  test('probes run in the controller, every tenant gateway and the first container of each node group', () => {
    expect([...new Set(rules.map((r) => r.from.container))]).toEqual([
      `${H}-controller`,
      `${H}-tenant-radiology-ai`,
      `${H}-tenant-emr-assistant`,
      `${H}-tenant-pathology-ai`,
      `${H}-cab-a-rngd-0`,
      `${H}-cab-a-atom-0`,
    ]);
  });

  test('a tenant reaches its controller and never another tenant', () => {
    expect(cell(rules, `${H}-tenant-radiology-ai`, `${H}-controller`)).toBe('reach');
    expect(cell(rules, `${H}-tenant-radiology-ai`, `${H}-tenant-emr-assistant`)).toBe('blocked');
    expect(cell(rules, `${H}-tenant-pathology-ai`, `${H}-tenant-radiology-ai`)).toBe('blocked');
  });

  test("a node group reaches its pool's tenants only", () => {
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-radiology-ai`)).toBe('reach');
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-emr-assistant`)).toBe('reach');
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-pathology-ai`)).toBe('blocked');
    expect(cell(rules, `${H}-cab-a-atom-0`, `${H}-tenant-pathology-ai`)).toBe('reach');
  });

  test('the controller reaches every tenant gateway', () => {
    for (const t of ['radiology-ai', 'emr-assistant', 'pathology-ai']) expect(cell(rules, `${H}-controller`, `${H}-tenant-${t}`)).toBe('reach');
  });

  test('on an air-gapped site nothing reaches the host or the outside', () => {
    const closed = rules.filter((r) => r.to.kind !== 'container');
    expect(closed.length).toBe(6 * 2);
    expect(closed.every((r) => r.expect === 'blocked' && r.why === 'the site is air-gapped')).toBe(true);
  });

  test('extra host ports are probed once each, sorted, beside the Docker API', () => {
    const r = reachabilityRules(hospital, [], { hostPorts: [5432, 2375, 5432, 22] });
    expect(r.filter((x) => x.from.role === 'controller' && x.to.kind === 'host').map((x) => targetName(x.to))).toEqual([
      'host:2375 (Docker API)',
      'host:22 (host service)',
      'host:5432 (host service)',
    ]);
  });

  describe('several sites', () => {
    const all = sites('daejeon-hospital-01.yaml', 'gwangju-factory-01.yaml', 'haenam-national-ai-center.yaml');
    const many = reachabilityRules(all, backbonesOf(all));

    test('peered controllers always reach each other, both ways', () => {
      expect(cell(many, `${F}-controller`, `${N}-controller`)).toBe('reach');
      expect(cell(many, `${N}-controller`, `${F}-controller`)).toBe('reach');
    });

    test('controllers of sites without an uplink never reach each other', () => {
      expect(cell(many, `${H}-controller`, `${N}-controller`)).toBe('blocked');
      expect(cell(many, `${F}-controller`, `${H}-controller`)).toBe('blocked');
    });

    test("a tenant never reaches another site's controller, even a peer's", () => {
      const factoryTenant = many.find((r) => r.from.site === F && r.from.role === 'tenant')!.from.container;
      expect(cell(many, factoryTenant, `${N}-controller`)).toBe('blocked');
    });

    test('a site with egress says nothing about the host from its open networks', () => {
      const factoryTenant = many.find((r) => r.from.site === F && r.from.role === 'tenant')!;
      expect(factoryTenant.from.internalOnly).toBe(false);
      expect(cell(many, factoryTenant.from.container, 'host:2375 (Docker API)')).toBe('any');
    });

    test('the same specs give the same rules in the same order', () => {
      const again = reachabilityRules(all, backbonesOf(all));
      expect(again.map((r) => `${r.from.container} ${targetName(r.to)} ${r.expect}`)).toEqual(
        many.map((r) => `${r.from.container} ${targetName(r.to)} ${r.expect}`),
      );
    });
  });
});
