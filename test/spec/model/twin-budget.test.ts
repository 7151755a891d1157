import { parseSource } from '../../../spec/load/load-files';
import { backbonesOf } from '../../../spec/model/backbone';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { budgetRefusal, describeBudget, twinBudget } from '../../../spec/model/twin-budget';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

function resolve(docs: readonly Site[]): ResolvedSite[] {
  return [...validateDocuments(docs.flatMap((d) => parseSource(`${d.metadata.name}.yaml`, toYaml(d).text).documents)).sites];
}

const env = { DOCKER_HOST: 'unix:///run/test.sock' };
const MB = 32;

describe('twinBudget', () => {
  // mdcSite: 4 servers, 2 fabrics, 1 tenant.
  test('one engine: servers, the controller and the gateways; fabrics and tenant networks; memory = containers x limit', () => {
    expect(twinBudget(resolve([mdcSite('a'), mdcSite('b')]), { memoryMbPerContainer: MB, env })).toEqual([
      { host: 'unix:///run/test.sock', sites: ['a', 'b'], containers: 2 * (4 + 1 + 1), networks: 2 * (2 + 1), memoryMb: 2 * 6 * MB },
    ]);
  });

  test('--max-containers shrinks the server containers, as the twin plan does', () => {
    const [b] = twinBudget(resolve([mdcSite('a')]), { memoryMbPerContainer: MB, env, twin: { maxContainers: 1 } });
    expect([b.containers, b.memoryMb]).toEqual([1 + 1 + 1, 3 * MB]);
  });

  test('--fidelity programme makes the server containers one per node group', () => {
    const s = mdcSite('a');
    s.spec.cabinets.push({ ...structuredClone(s.spec.cabinets[0]), name: 'cab-b' });
    const [b] = twinBudget(resolve([s]), { memoryMbPerContainer: MB, env, twin: { fidelity: 'programme' } });
    // two node groups of 4 servers each: 2 representatives, the controller, 1 gateway;
    // its two fabrics, alike at programme fidelity, share one network, and the tenant's
    expect([b.containers, b.networks, b.memoryMb]).toEqual([2 + 1 + 1, 1 + 1, 4 * MB]);
  });

  test("a backbone counts as a network of its owner's engine only", () => {
    const a = mdcSite('a');
    const b = mdcSite('b');
    a.spec.uplinks = [{ name: 'up', peer: 'b', gbps: 10 }];
    b.spec.uplinks = [{ name: 'up', peer: 'a', gbps: 10 }];
    b.spec.dockerHost = 'tcp://10.0.0.9:2376';
    const sites = resolve([a, b]);
    const budget = twinBudget(sites, { memoryMbPerContainer: MB, env, backbones: backbonesOf(sites) });
    expect(budget.map((e) => [e.host, e.networks])).toEqual([
      ['unix:///run/test.sock', 4],
      ['tcp://10.0.0.9:2376', 3],
    ]);
  });

  test('a controller on 100 backbones adds the memory of its extra httpds to its engine', () => {
    // 1 management fabric + 1 tenant + 100 backbones = 102 addresses: 38 past 64, 38 x 320 KB = 12 MB (rounded up).
    const backbones = Array.from({ length: 100 }, (_, i) => ({ owner: 'a', sites: ['a', `peer-${i}`] }));
    const [b] = twinBudget(resolve([mdcSite('a')]), { memoryMbPerContainer: MB, env, backbones });
    expect(b.memoryMb).toBe(6 * MB + 12);
  });

  test('a cabinet on its own engine: its containers and the copies of the networks it joins go there', () => {
    const s = mdcSite('a');
    s.spec.cabinets.push({ ...structuredClone(s.spec.cabinets[0]), name: 'cab-b', dockerHost: 'tcp://10.0.0.7:2376' });
    const budget = twinBudget(resolve([s]), { memoryMbPerContainer: MB, env });
    expect(budget.map((e) => [e.host, e.containers, e.networks])).toEqual([
      ['unix:///run/test.sock', 4 + 2, 3],
      ['tcp://10.0.0.7:2376', 4, 2],
    ]);
  });
});

describe('describeBudget and budgetRefusal', () => {
  const budget = { host: 'unix:///run/test.sock', sites: ['a', 'b'], containers: 900, networks: 400, memoryMb: 900 * MB };

  test('a plan line says containers, networks and memory', () => {
    expect(describeBudget(budget)).toBe('900 containers, 400 networks, 28.1 GiB of container memory limits');
  });

  test('an engine with enough memory holds it', () => {
    expect(budgetRefusal(budget, 32 * 1024 ** 3)).toBeUndefined();
  });

  test('an engine with less memory refuses in one line naming the knobs', () => {
    expect(budgetRefusal(budget, 24 * 1024 ** 3)).toBe(
      "the twin of 2 sites on unix:///run/test.sock must fit the engine's memory (24 GiB), but it needs 900 containers, 400 networks, 28.1 GiB of container memory limits; shrink it with --fidelity programme (one container per node group), --max-containers N (server containers per site) or --fidelity twin, deploy fewer sites with --site, or use an engine with more memory",
    );
  });
});
