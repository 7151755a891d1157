import { stringify } from 'yaml';
import { Finding, SourceLocation } from '../../spec/findings';
import { parseSource } from '../../spec/load/load-files';
import { SourceDocument } from '../../spec/load/source-document';
import { Site } from '../../spec/site-types.generated';
import { validateDocuments } from '../../spec/validate';

/**
 * A small valid MicroDataCenter, a fresh deep copy on every call: one air-cooled cabinet
 * with 4 servers of 8 FuriosaRNGD (default profile pcie-4u-8: 4U, 8 x 150 W + 1.2 kW),
 * a compute and a management fabric, one pool and one tenant. It validates clean.
 */
export function mdcSite(name = 'test-site-01'): Site {
  return structuredClone<Site>({
    apiVersion: 'aisite.dev/v1alpha1',
    kind: 'MicroDataCenter',
    metadata: { name, region: 'daejeon' },
    spec: {
      airGapped: false,
      cabinets: [
        {
          name: 'cab-a',
          count: 1,
          rackUnits: 42,
          powerBudgetKw: 20,
          cooling: 'air',
          nodeGroups: [{ name: 'npu', count: 4, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 }],
        },
      ],
      fabrics: [
        { name: 'compute', purpose: 'compute', linkGbps: 100, subnet: '10.40.0.0/24', topology: 'leaf-spine' },
        { name: 'mgmt', purpose: 'management', linkGbps: 10, subnet: '10.40.1.0/24', topology: 'flat' },
      ],
      pools: [{ name: 'inference', nodeGroups: ['cab-a/npu'] }],
      tenants: [{ name: 'radiology-ai', pool: 'inference', guaranteed: 16, limit: 24, weight: 2 }],
    },
  });
}

export interface YamlSource {
  readonly file: string;
  readonly text: string;
}

/** Serializes a document (any object, valid or not) as a YAML file. */
export function toYaml(doc: object, file = 'site.yaml'): YamlSource {
  return { file, text: stringify(doc) };
}

/** Parses and validates the given files together (objects become doc-N.yaml); returns all findings. */
export function validateYaml(...docs: Array<YamlSource | object>): Finding[] {
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  docs.forEach((d, i) => {
    const src = isSource(d) ? d : toYaml(d, `doc-${i + 1}.yaml`);
    const parsed = parseSource(src.file, src.text);
    for (const d of parsed.documents) documents.push(d);
    for (const f of parsed.findings) findings.push(f);
  });
  return [...validateDocuments(documents, findings).findings];
}

function isSource(d: object): d is YamlSource {
  return typeof (d as YamlSource).file === 'string' && typeof (d as YamlSource).text === 'string' && Object.keys(d).length === 2;
}

/** The one finding with this code (fails the test when there is none or several). */
export function only(findings: readonly Finding[], code: string): Finding {
  const hits = findings.filter((f) => f.code === code);
  if (hits.length !== 1) {
    throw new Error(`expected exactly one ${code}, got ${hits.length}:\n${findings.map((f) => `  ${f.code} ${f.message}`).join('\n')}`);
  }
  return hits[0];
}

/** Codes of the findings, for `not.toContain` checks. */
export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

/**
 * The 1-based line and column of `focus` inside the single occurrence of `needle` in
 * `src.text` (`focus` defaults to the whole needle), so tests derive expected locations
 * from the YAML they validate. `nth` picks among several occurrences (0-based).
 */
export function positionOf(src: YamlSource, needle: string, focus = needle, nth?: number): Pick<SourceLocation, 'file' | 'line' | 'column'> {
  const starts: number[] = [];
  for (let i = src.text.indexOf(needle); i >= 0; i = src.text.indexOf(needle, i + 1)) starts.push(i);
  if (nth === undefined && starts.length !== 1) throw new Error(`'${needle}' occurs ${starts.length} times in ${src.file}; pass nth`);
  const start = starts[nth ?? 0];
  if (start === undefined) throw new Error(`'${needle}' has no occurrence ${nth} in ${src.file}`);
  const inner = needle.indexOf(focus);
  if (inner < 0) throw new Error(`'${focus}' is not part of '${needle}'`);
  const offset = start + inner;
  const before = src.text.slice(0, offset);
  const line = before.split('\n').length;
  return { file: src.file, line, column: offset - before.lastIndexOf('\n') };
}

/** The shape of every rule message: "X must be …, but … was given". */
export const MUST_BE = /^.+ must be .+, but .+$/s;
