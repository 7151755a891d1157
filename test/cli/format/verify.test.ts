import { VerifyReport } from '../../../deploy/verify';
import { formatVerifyJson, formatVerifyJunit, formatVerifyText } from '../../../cli/format/verify';
import { ProbeSource, ReachabilityRule } from '../../../spec/model/reachability';

const src = (name: string, role: ProbeSource['role']): ProbeSource => ({ site: 's1', container: `s1-${name}`, role, networks: [], internalOnly: true });
const tenantA = src('tenant-a', 'tenant');
const rules: ReachabilityRule[] = [
  {
    from: tenantA,
    to: { kind: 'container', container: 's1-controller', site: 's1', networks: [] },
    expect: 'reach',
    why: 'it shares a network with its controller',
  },
  { from: tenantA, to: { kind: 'container', container: 's1-tenant-b', site: 's1', networks: [] }, expect: 'blocked', why: "tenant b is another tenant's" },
  { from: tenantA, to: { kind: 'host', port: 2375, what: 'Docker API' }, expect: 'blocked', why: 'the site is air-gapped' },
];
const report = (observed: Array<'reach' | 'blocked'>): VerifyReport => {
  const outcomes = rules.map((rule, i) => ({
    rule,
    observed: observed[i],
    probed: ['10.0.0.9:8080'],
    reached: observed[i] === 'reach' ? ['10.0.0.9:8080'] : [],
    violation: rule.expect === 'reach' ? observed[i] !== 'reach' : observed[i] === 'reach',
  }));
  return {
    sites: ['s1'],
    outcomes,
    airGap: [{ site: 's1', enforceable: true, bridges: ['ais-1', 'ais-2'], closed: ['ais-1', 'ais-2'] }],
    probes: 3,
    violations: outcomes.filter((o) => o.violation).length,
    seconds: 1.5,
    crossSite: { sampled: false, pairs: 0, possiblePairs: 0 },
  };
};

describe('formatVerifyText', () => {
  test('a matrix per site with short names, the host firewall, and a closing line', () => {
    expect(formatVerifyText(report(['reach', 'blocked', 'blocked']))).toBe(
      [
        's1: 0 violation(s) in 3 paths',
        '  host firewall: 2 of 2 internal bridges closed to the host (AISITE-INPUT)',
        '  FROM      TO                      EXPECTED  OBSERVED',
        '  tenant-a  controller              reach     reach     ✔',
        '  tenant-a  tenant-b                blocked   blocked   ✔',
        '  tenant-a  host:2375 (Docker API)  blocked   blocked   ✔',
        '✔ 0 violation(s); 3 probes in 1.5s',
        '',
      ].join('\n'),
    );
  });

  test('names each violation with what answered and why it should not', () => {
    const text = formatVerifyText(report(['reach', 'reach', 'blocked']));
    expect(text).toContain("✘ s1-tenant-a → s1-tenant-b: expected blocked, answered on 10.0.0.9:8080 (tenant b is another tenant's)\n");
    expect(text.trimEnd().split('\n').pop()).toBe('✘ 1 violation(s); 3 probes in 1.5s');
  });
});

describe('formatVerifyText, second round', () => {
  test('says how many probes were a second round, and lists an answer the second round did not confirm apart from violations', () => {
    const base = report(['reach', 'blocked', 'blocked']);
    const outcomes = base.outcomes.map((o, i) => (i === 2 ? { ...o, unconfirmed: ['10.0.0.1:2375'] } : o));
    const text = formatVerifyText({ ...base, outcomes, probes: 5, reprobed: 2 });
    expect(text).toContain(
      '? s1-tenant-a → host:2375 (Docker API): answered on 10.0.0.1:2375 once, then nothing on a second, longer probe: not counted as reach\n',
    );
    expect(text.trimEnd().split('\n').pop()).toBe('✔ 0 violation(s); 5 probes (2 probed again) in 1.5s');
  });
});

describe('formatVerifyText, cross-site sample', () => {
  test('a sampled set says how many site pairs were probed, and how to probe all, before the closing line', () => {
    const text = formatVerifyText({ ...report(['reach', 'blocked', 'blocked']), crossSite: { sampled: true, pairs: 1004, possiblePairs: 40200 } });
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      'cross-site: 1004 of 40200 site pairs probed (ring neighbours in name order and uplink peers); --all-pairs probes every pair',
      '✔ 0 violation(s); 3 probes in 1.5s',
    ]);
  });

  test('a set probed in full says nothing about sampling', () => {
    expect(formatVerifyText({ ...report(['reach', 'blocked', 'blocked']), crossSite: { sampled: false, pairs: 6, possiblePairs: 6 } })).not.toContain(
      'cross-site',
    );
  });
});

describe('formatVerifyJson', () => {
  test('one matrix entry per path, with the violation flag', () => {
    const json = JSON.parse(formatVerifyJson(report(['blocked', 'blocked', 'blocked'])));
    expect(json.violations).toBe(1);
    expect(json.matrix[0]).toEqual({
      site: 's1',
      from: 's1-tenant-a',
      to: 's1-controller',
      expected: 'reach',
      observed: 'blocked',
      violation: true,
      why: 'it shares a network with its controller',
      reached: [],
    });
    expect(json.reprobed).toBe(0);
    expect(json.crossSite).toEqual({ sampled: false, pairs: 0, possiblePairs: 0 });
  });
});

describe('formatVerifyJunit', () => {
  test('a test case per path, failing on a violation, XML-escaped', () => {
    const xml = formatVerifyJunit(report(['reach', 'reach', 'blocked']));
    expect(xml).toContain('<testsuite name="aisite verify s1" tests="3" failures="1">');
    expect(xml).toContain('<failure message="✘ s1-tenant-a → s1-tenant-b: expected blocked, answered on 10.0.0.9:8080 (tenant b is another tenant&apos;s)"/>');
  });
});
