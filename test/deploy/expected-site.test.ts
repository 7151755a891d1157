import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expectedSite } from '../../deploy/expected-site';
import { ResolvedSite } from '../../spec/model/resolved-site';
import { validatePaths } from '../../spec/validate';
import { synthesize } from '../../stacks/synth';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function site(file: string): ResolvedSite {
  const v = validatePaths([path.join(EXAMPLES, file)]);
  expect(v.sites).toHaveLength(1);
  return v.sites[0];
}

describe('expectedSite', () => {
  const hospital = site('daejeon-hospital-01.yaml');
  const national = site('haenam-national-ai-center.yaml');

  test('a small site: one container per server, a controller, a gateway per tenant', () => {
    const e = expectedSite(hospital);
    expect(e.site).toBe('daejeon-hospital-01');
    expect(e.containers).toEqual([
      ...[0, 1, 2, 3].map((i) => ({ name: `daejeon-hospital-01-cab-a-rngd-${i}`, role: 'node', cabinet: 'cab-a', nodeGroup: 'rngd' })),
      ...[0, 1].map((i) => ({ name: `daejeon-hospital-01-cab-a-atom-${i}`, role: 'node', cabinet: 'cab-a', nodeGroup: 'atom' })),
      { name: 'daejeon-hospital-01-controller', role: 'controller' },
      ...['radiology-ai', 'emr-assistant', 'pathology-ai'].map((t) => ({ name: `daejeon-hospital-01-tenant-${t}`, role: 'tenant' })),
    ]);
  });

  test('a network per fabric and per tenant, a volume for the site and per tenant', () => {
    const e = expectedSite(hospital);
    expect(e.networks).toEqual([
      'daejeon-hospital-01-compute',
      'daejeon-hospital-01-storage',
      'daejeon-hospital-01-mgmt',
      'daejeon-hospital-01-tenant-radiology-ai',
      'daejeon-hospital-01-tenant-emr-assistant',
      'daejeon-hospital-01-tenant-pathology-ai',
    ]);
    expect(e.volumes).toEqual([
      'daejeon-hospital-01-data',
      'daejeon-hospital-01-tenant-radiology-ai-data',
      'daejeon-hospital-01-tenant-emr-assistant-data',
      'daejeon-hospital-01-tenant-pathology-ai-data',
    ]);
  });

  test('a national twin stays within the container budget, shared over node groups', () => {
    const nodes = expectedSite(national, { maxContainers: 16 }).containers.filter((c) => c.role === 'node');
    expect(nodes).toHaveLength(16);
    expect(nodes.filter((c) => c.nodeGroup === 'dgx').map((c) => c.name)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `haenam-national-ai-center-gpu-su-dgx-${i}`),
    );
    expect(nodes.filter((c) => c.nodeGroup === 'rebel')).toHaveLength(8);
    expect(expectedSite(national).containers.filter((c) => c.role === 'node')).toHaveLength(64);
  });

  test('full fidelity: one container per server', () => {
    const e = expectedSite(national, { fidelity: 'full' });
    expect(e.containers.filter((c) => c.role === 'node')).toHaveLength(512 * 4 + 256 * 8);
    expect(e.containers.filter((c) => c.role !== 'node')).toHaveLength(1 + 6);
  });

  test('at programme fidelity the fabrics, alike, are one network', () => {
    expect(expectedSite(hospital, { fidelity: 'programme' }).networks.slice(0, 2)).toEqual([
      'daejeon-hospital-01-compute_storage_mgmt',
      'daejeon-hospital-01-tenant-radiology-ai',
    ]);
  });

  test.each([['twin'], ['programme']] as const)('the same names the synthesized stack gives its containers, networks and volumes (%s)', (fidelity) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-expected-'));
    try {
      synthesize([hospital], { outdir: path.join(out, 'cdktf.out'), stateDir: path.join(out, 'state'), busybox: null, fidelity });
      const tf = JSON.parse(fs.readFileSync(path.join(out, 'cdktf.out', 'stacks', hospital.name, 'cdk.tf.json'), 'utf8')) as {
        resource: Record<string, Record<string, { name: string; count?: number }>>;
      };
      const names = (type: string) =>
        Object.values(tf.resource[type] ?? {})
          .flatMap((r) => (r.count === undefined ? [r.name] : Array.from({ length: r.count }, (_, i) => r.name.replace('${count.index}', String(i)))))
          .sort();
      const e = expectedSite(hospital, { fidelity });
      expect(names('docker_container')).toEqual(e.containers.map((c) => c.name).sort());
      expect(names('docker_network')).toEqual([...e.networks].sort());
      expect(names('docker_volume')).toEqual([...e.volumes].sort());
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
