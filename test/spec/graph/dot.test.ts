import { dotText, toDot } from '../../../spec/graph/dot';
import { topologyGraph } from '../../../spec/graph/topology-graph';
import { awkwardSite, exampleSites } from './graph-fixture';

const EXAMPLES = exampleSites();
const dot = toDot(topologyGraph(EXAMPLES));
const lines = dot.split('\n');

/** The values of every `label="…"` / `xlabel="…"`, unescaped, split into lines. */
function labelLines(text: string): string[] {
  return [...text.matchAll(/\blabel="((?:[^"\\]|\\.)*)"/g)].flatMap((m) =>
    m[1]
      .replace(/\\"/g, '"')
      .split(/\\[nl]/)
      .filter(Boolean),
  );
}

describe('toDot', () => {
  test('is a left-to-right digraph with compound edges', () => {
    expect(lines[0]).toBe('digraph aisite_topology {');
    expect(lines[1]).toMatch(/rankdir=LR, compound=true/);
  });

  test('has a cluster per site and per cabinet entry', () => {
    const clusters = lines.filter((l) => l.trim().startsWith('subgraph "cluster_')).map((l) => l.trim().split('"')[1]);
    expect(clusters).toEqual([
      'cluster_site_daejeon_hospital_01',
      'cluster_site_daejeon_hospital_01__cab_cab_a',
      'cluster_site_gwangju_factory_01',
      'cluster_site_gwangju_factory_01__cab_cab_a',
      'cluster_site_haenam_national_ai_center',
      'cluster_site_haenam_national_ai_center__cab_gpu_su',
      'cluster_site_haenam_national_ai_center__cab_npu_row',
    ]);
  });

  test('braces balance', () => {
    expect((dot.match(/\{/g) ?? []).length).toBe((dot.match(/\}/g) ?? []).length);
  });

  test('names every site, fabric and tenant', () => {
    const text = new Set(labelLines(dot));
    const names = EXAMPLES.flatMap((s) => [s.name, ...(s.spec.spec.fabrics ?? []).map((f) => f.name), ...(s.spec.spec.tenants ?? []).map((t) => t.name)]);
    expect(names.filter((n) => !text.has(n))).toEqual([]);
  });

  test('draws the uplink once, both ways, clipped at the two site clusters', () => {
    const uplinks = lines.filter((l) => l.includes('class="uplink"'));
    expect(uplinks).toHaveLength(1);
    expect(uplinks[0]).toMatch(/^ {2}"site_gwangju_factory_01__fabric_mgmt" -> "site_haenam_national_ai_center__fabric_mgmt" \[/);
    expect(uplinks[0]).toContain('xlabel="100 Gbps", ltail="cluster_site_gwangju_factory_01", lhead="cluster_site_haenam_national_ai_center", dir=both');
  });

  test('an external peer is a dashed node outside every cluster', () => {
    const text = toDot(topologyGraph(EXAMPLES.filter((s) => s.name === 'gwangju-factory-01')));
    expect(text).toMatch(/^ {2}"external_haenam_national_ai_center" \[.*label="haenam-national-ai-center\\nexternal site".*style="dashed,rounded,filled"/m);
  });

  test('every node carries its id and kind for the SVG', () => {
    expect(dot).toContain('"site_daejeon_hospital_01__fabric_compute" [id="site_daejeon_hospital_01__fabric_compute", class="fabric",');
  });

  test('the same sites give the same bytes', () => {
    expect(toDot(topologyGraph([...EXAMPLES].reverse()))).toBe(dot);
  });

  test('awkward names leave no unescaped quote in the DOT', () => {
    const text = toDot(topologyGraph([awkwardSite()]));
    // every line is: id [attr="…", …]; — stripping well-formed strings leaves no quote behind
    expect(text.replace(/"(?:[^"\\]|\\.)*"/g, 'S')).not.toContain('"');
  });
});

describe('dotText', () => {
  test('escapes quotes and doubles backslashes', () => {
    expect(dotText('a"b\\nc\\')).toBe('a\\"b\\\\nc\\\\');
  });

  test('writes & as an entity, which Graphviz decodes in labels', () => {
    expect(dotText('R&D &amp;')).toBe('R&amp;D &amp;amp;');
  });

  test('turns line breaks and control characters into spaces', () => {
    expect(dotText('a\nb\tc')).toBe('a b c');
  });
});
