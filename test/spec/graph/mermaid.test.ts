import { mermaidText, toMermaid } from '../../../spec/graph/mermaid';
import { topologyGraph } from '../../../spec/graph/topology-graph';
import { AWKWARD, awkwardSite, exampleSites } from './graph-fixture';

const EXAMPLES = exampleSites();
const mermaid = toMermaid(topologyGraph(EXAMPLES));
const lines = mermaid.split('\n');

/** The quoted label texts of the chart (node, subgraph and edge labels), entity codes decoded. */
function labels(chart: string): string[] {
  return [...chart.matchAll(/"([^"]*)"/g)].map((m) => m[1].replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
}

describe('toMermaid', () => {
  test('is a left-to-right flowchart', () => {
    expect(lines[0]).toBe('flowchart LR');
  });

  test('has a subgraph per site, titled on one line starting with its name', () => {
    const titles = lines.filter((l) => /^ {2}subgraph /.test(l)).map((l) => labels(l)[0].split(' · ')[0]);
    expect(titles).toEqual(EXAMPLES.map((s) => s.name).sort());
  });

  test('every subgraph is closed', () => {
    expect(lines.filter((l) => l.trim().startsWith('subgraph ')).length).toBe(lines.filter((l) => l.trim() === 'end').length);
  });

  test('names every fabric of every site', () => {
    const text = labels(mermaid).join('\n');
    const missing = EXAMPLES.flatMap((s) => (s.spec.spec.fabrics ?? []).map((f) => f.name)).filter((f) => !text.includes(`${f}<br>`));
    expect(missing).toEqual([]);
  });

  test('names every tenant of every site', () => {
    const text = labels(mermaid).join('\n');
    const missing = EXAMPLES.flatMap((s) => (s.spec.spec.tenants ?? []).map((t) => t.name)).filter((t) => !text.includes(`${t}<br>`));
    expect(missing).toEqual([]);
  });

  test('draws the uplink between the two peered site subgraphs, with its Gbps', () => {
    expect(lines).toContain('  site_gwangju_factory_01 <-->|"100 Gbps"| site_haenam_national_ai_center');
  });

  test('draws fabrics as hexagons, pools as cylinders, tenants as stadiums', () => {
    expect(mermaid).toContain('site_daejeon_hospital_01__fabric_compute{{"compute<br>');
    expect(mermaid).toContain('site_daejeon_hospital_01__pool_inference[("inference<br>');
    expect(mermaid).toContain('site_daejeon_hospital_01__tenant_radiology_ai(["radiology-ai<br>');
  });

  test('an external peer is a node of the dashed class', () => {
    const chart = toMermaid(topologyGraph(EXAMPLES.filter((s) => s.name === 'gwangju-factory-01')));
    expect(chart).toContain('  external_haenam_national_ai_center["haenam-national-ai-center<br>external site"]:::external\n');
    expect(chart).toMatch(/^ {2}classDef external .*stroke-dasharray:5 5$/m);
  });

  test('the same sites give the same bytes', () => {
    expect(toMermaid(topologyGraph([...EXAMPLES].reverse()))).toBe(mermaid);
  });

  test('awkward names stay inside their quotes and read back unchanged', () => {
    const chart = toMermaid(topologyGraph([awkwardSite()]));
    const texts = labels(chart).flatMap((l) => l.split(/<br>| · /));
    expect(Object.values(AWKWARD).filter((name) => !texts.some((t) => t === name || t.endsWith(` ${name}`)))).toEqual([]);
  });

  test('awkward names leave no bracket, pipe or quote of their own in the chart', () => {
    const chart = toMermaid(topologyGraph([awkwardSite()]));
    const outsideQuotes = chart.replace(/"[^"]*"/g, '""');
    expect(outsideQuotes).not.toMatch(/<b>|&amp;|%%|npu\|pipe|\[ext\]/);
  });
});

describe('mermaidText', () => {
  test('turns quotes, markup, entities and Mermaid syntax into entity codes', () => {
    expect(mermaidText('a"b<c>&d#e|f[g]{h}`i`;%\\')).toBe('a#34;b#60;c#62;#38;d#35;e#124;f#91;g#93;#123;h#125;#96;i#96;#59;#37;#92;');
  });

  test('turns line breaks and control characters into spaces', () => {
    expect(mermaidText('a\nb\tc\u0000')).toBe('a b c ');
  });

  test('leaves letters, digits and common punctuation alone', () => {
    expect(mermaidText('gpu-su 512 × 8 · H200 (SXM) 1.5/2:1')).toBe('gpu-su 512 × 8 · H200 (SXM) 1.5/2:1');
  });
});
