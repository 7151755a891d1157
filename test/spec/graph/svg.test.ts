import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toDot } from '../../../spec/graph/dot';
import { GraphvizError, renderSvg, topologySvg } from '../../../spec/graph/svg';
import { topologyGraph } from '../../../spec/graph/topology-graph';
import { AWKWARD, awkwardSite, exampleSites } from './graph-fixture';

const EXAMPLES = exampleSites();

/** All text content of an SVG (entities decoded), one entry per text node. */
function texts(svg: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '#text') out.push(String(v));
        else if (k !== ':@') walk(v);
      }
    }
  };
  walk(new XMLParser({ preserveOrder: true, ignoreAttributes: true, htmlEntities: true, trimValues: false }).parse(svg));
  return out;
}

/** The texts of the SVG's <text> elements (labels, not titles or comments). */
function labelTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => texts(`<t>${m[1]}</t>`)[0] ?? '');
}

// Graphviz (WebAssembly) loads once for this file; each render of the examples takes ~0.1 s.
let svg: string;
beforeAll(async () => {
  svg = await topologySvg(EXAMPLES);
});

describe('topologySvg', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  test('starts at <svg, so it can be put inline into HTML', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/<\?xml|<!DOCTYPE/);
  });

  test('declares the SVG namespace, so it is a valid .svg file too', () => {
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test('starts with an XML declaration when asked to', async () => {
    const file = await topologySvg(EXAMPLES, { xmlDeclaration: true });
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg ')).toBe(true);
  });

  test('its text names every site', () => {
    const text = new Set(labelTexts(svg));
    expect(EXAMPLES.map((s) => s.name).filter((n) => !text.has(n))).toEqual([]);
  });

  test('its text names every fabric of every site', () => {
    const text = new Set(labelTexts(svg));
    const fabrics = EXAMPLES.flatMap((s) => (s.spec.spec.fabrics ?? []).map((f) => f.name));
    expect(fabrics.filter((n) => !text.has(n))).toEqual([]);
  });

  test('its text names every tenant of every site', () => {
    const text = new Set(labelTexts(svg));
    const tenants = EXAMPLES.flatMap((s) => (s.spec.spec.tenants ?? []).map((t) => t.name));
    expect(tenants.filter((n) => !text.has(n))).toEqual([]);
  });

  test('the uplink is drawn with its Gbps', () => {
    expect(svg).toMatch(/<g id="site_gwangju_factory_01__uplink__site_haenam_national_ai_center" class="edge uplink">/);
    expect(labelTexts(svg)).toContain('100 Gbps');
  });

  test('sites and cabinets are groups with stable ids and classes', () => {
    expect(svg).toContain('<g id="site_haenam_national_ai_center" class="cluster site">');
    expect(svg).toContain('<g id="site_haenam_national_ai_center__cab_gpu_su" class="cluster cabinet">');
  });

  test('the same sites give the same bytes', async () => {
    expect(await topologySvg([...EXAMPLES].reverse())).toBe(svg);
  });

  test('awkward names are escaped and read back unchanged', async () => {
    const text = labelTexts(await topologySvg([awkwardSite()]));
    expect(Object.values(AWKWARD).filter((name) => !text.some((t) => t === name || t.endsWith(` ${name}`)))).toEqual([]);
  });

  test('awkward names give well-formed XML', async () => {
    expect(XMLValidator.validate(await topologySvg([awkwardSite()]))).toBe(true);
  });

  test('an external peer is drawn dashed', async () => {
    const out = await topologySvg(EXAMPLES.filter((s) => s.name === 'gwangju-factory-01'));
    const node = /<g id="external_haenam_national_ai_center" class="node external">[\s\S]*?<\/g>/.exec(out)?.[0] ?? '';
    expect(node).toContain('stroke-dasharray');
  });
});

describe('renderSvg', () => {
  test('renders the DOT of the topology as topologySvg does', async () => {
    expect(await renderSvg(toDot(topologyGraph(EXAMPLES)))).toBe(svg);
  });

  test('a DOT text Graphviz cannot read is a GraphvizError saying why', async () => {
    await expect(renderSvg('digraph { a -> }')).rejects.toThrow(GraphvizError);
    await expect(renderSvg('digraph { a -> }')).rejects.toThrow(/syntax error/);
  });
});
