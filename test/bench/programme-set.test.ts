import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeProgrammeSet } from '../../bench/programme-set';
import { CONTAINER_MEMORY_MB } from '../../constructs/hardening';
import { backbonesOf } from '../../spec/model/backbone';
import { budgetRefusal, twinBudget } from '../../spec/model/twin-budget';
import { overlaps, parseCidr } from '../../spec/net/cidr';
import { validatePaths } from '../../spec/validate';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-programme-set-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('writeProgrammeSet', () => {
  const write = (mdcs: number, extra: { twinPool?: string; fabricBlock?: string } = {}) =>
    writeProgrammeSet({ mdcs, prefix: 'p-', dir: fs.mkdtempSync(path.join(tmp, 'set-')), ...extra });

  test('the full programme of 1 center + 200 MDCs validates with no findings', () => {
    const set = write(200);
    const v = validatePaths([set.dir]);
    expect([v.sites.length, v.findings.length]).toEqual([201, 0]);
  });

  test('the full programme fits a 24 GiB engine at --fidelity programme, and not at the default twin fidelity', () => {
    const sites = validatePaths([write(200).dir]).sites;
    const budget = (fidelity: 'programme' | 'twin') =>
      twinBudget(sites, { twin: { fidelity }, backbones: backbonesOf(sites), memoryMbPerContainer: CONTAINER_MEMORY_MB, env: {} });
    const [programme] = budget('programme');
    // 686 networks: 200 backbones, 283 tenant networks, and 203 for 604 fabrics, which share
    // a network where alike (one per MDC, three at the center; 1,087 with one per fabric)
    expect([programme.containers, programme.networks]).toEqual([726, 686]);
    expect(budgetRefusal(programme, 24 * 1024 ** 3)).toBeUndefined();
    expect(budgetRefusal(budget('twin')[0], 24 * 1024 ** 3)).toMatch(/^the twin of 201 sites .* needs 1348 containers/);
  });

  test('one file per site, with distinct names: the center and numbered MDCs', () => {
    const set = write(3);
    expect(fs.readdirSync(set.dir).sort()).toEqual(['p-center.yaml', 'p-mdc-001.yaml', 'p-mdc-002.yaml', 'p-mdc-003.yaml']);
    expect([set.center, ...set.mdcs]).toEqual(['p-center', 'p-mdc-001', 'p-mdc-002', 'p-mdc-003']);
  });

  test('the center is a NationalAiCenter and the MDCs MicroDataCenters from the templates', () => {
    const v = validatePaths([write(5).dir]);
    expect(v.sites.map((s) => [s.name, s.kind, s.spec.metadata.labels?.sector ?? s.spec.metadata.labels?.tier])).toEqual([
      ['p-center', 'NationalAiCenter', 'national'],
      ['p-mdc-001', 'MicroDataCenter', 'research'],
      ['p-mdc-002', 'MicroDataCenter', 'manufacturing'],
      ['p-mdc-003', 'MicroDataCenter', 'manufacturing'],
      ['p-mdc-004', 'MicroDataCenter', 'manufacturing'],
      ['p-mdc-005', 'MicroDataCenter', 'manufacturing'],
    ]);
  });

  test('no two fabric subnets of the set overlap, and all lie in the fabric block', () => {
    const v = validatePaths([write(60, { fabricBlock: '10.77.0.0/16' }).dir]);
    const subnets = v.sites.flatMap((s) => (s.spec.spec.fabrics ?? []).map((f) => parseCidr(f.subnet)!));
    const block = parseCidr('10.77.0.0/16')!;
    expect(subnets.filter((s) => !overlaps(s, block))).toEqual([]);
    const sorted = [...subnets].sort((a, b) => a.network - b.network);
    expect(sorted.filter((s, i) => i > 0 && overlaps(s, sorted[i - 1]))).toEqual([]);
  });

  test('every MDC has one backbone, to the center, which owns them all', () => {
    const set = write(4);
    const backbones = backbonesOf(validatePaths([set.dir]).sites);
    expect(backbones.map((b) => [b.sites.find((s) => s !== set.center), b.owner])).toEqual(set.mdcs.map((m) => [m, set.center]));
  });

  test("the twin pool, when given, is every site's spec.twin.addressPool", () => {
    const v = validatePaths([write(2, { twinPool: '10.78.0.0/16' }).dir]);
    expect(v.sites.map((s) => s.spec.spec.twin?.addressPool)).toEqual(['10.78.0.0/16', '10.78.0.0/16', '10.78.0.0/16']);
  });

  test('the same options write the same files', () => {
    const a = write(5);
    const b = write(5);
    for (const f of fs.readdirSync(a.dir)) expect(fs.readFileSync(path.join(b.dir, f), 'utf8')).toBe(fs.readFileSync(path.join(a.dir, f), 'utf8'));
  });

  test('a fabric block too small for the set is refused, saying how many /22s it must hold', () => {
    expect(() => write(61, { fabricBlock: '10.77.0.0/16' })).toThrow(
      "the fabric block 10.77.0.0/16 must hold 65 /22s (the center's four and one per MDC), but it holds 64; give a larger block",
    );
  });

  test('a fabric block that is not a CIDR is refused', () => {
    expect(() => write(1, { fabricBlock: '10.77/16' })).toThrow("the fabric block must be an IPv4 CIDR such as 10.128.0.0/14, but '10.77/16' was given");
  });
});
