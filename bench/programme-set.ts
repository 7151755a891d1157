import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { formatCidr, parseCidr } from '../spec/net/cidr';
import { Site } from '../spec/site-types.generated';
import { findTemplate, templateValues } from '../templates/render';

/** Addresses of one site's slot in the fabric block: a /22, four /24 fabrics. */
const SLOT_PREFIX = 22;
/** Slots the center takes (its four fabrics, a /22 each). */
const CENTER_SLOTS = 4;
/** Uplink bandwidth of every MDC to the center, Gbps. */
const UPLINK_GBPS = 10;

export interface ProgrammeSetOptions {
  /** Micro data centers beside the center. @default 200 */
  readonly mdcs?: number;
  /** Prefix of every site name (a DNS label start). @default 'prog-' */
  readonly prefix?: string;
  /**
   * Block the fabric subnets come from: the center takes the first four /22s, MDC i the
   * /22 after, one /24 per fabric. @default '10.128.0.0/14' (room for 252 MDCs)
   */
  readonly fabricBlock?: string;
  /** spec.twin.addressPool of every site. @default none (aisite's default pool) */
  readonly twinPool?: string;
  /** Folder to write into (created). @default a new temporary folder */
  readonly dir?: string;
}

/** What was written: the folder, the center and the MDCs by name. */
export interface ProgrammeSet {
  readonly dir: string;
  readonly center: string;
  readonly mdcs: readonly string[];
}

/**
 * The MDC kinds in the set, in turn: a university (two node groups, one lab as a tenant of
 * each pool), a factory with two production lines, then three factories with one line.
 * All are from the bundled templates and none is air-gapped (an air-gapped site has no
 * uplink). The mix keeps a 201-site programme twin under the 32 MB memory limit of a
 * 24 GiB engine (727 containers); tenant isolation is still checked on two sites in five.
 */
const MDC_KINDS: ReadonlyArray<{ readonly template: string; readonly sets: readonly string[] }> = [
  { template: 'university-research', sets: ['labs=lab'] },
  { template: 'smart-factory', sets: ['lines=line-inspection,safety-cameras'] },
  { template: 'smart-factory', sets: ['lines=line-inspection'] },
  { template: 'smart-factory', sets: ['lines=line-inspection'] },
  { template: 'smart-factory', sets: ['lines=line-inspection'] },
];

/** The i-th /24 of slot `slot` of the block. */
function fabricSubnet(block: number, slot: number, i: number): string {
  return formatCidr({ network: block + slot * 2 ** (32 - SLOT_PREFIX) + i * 256, prefix: 24 });
}

/**
 * Writes a national programme: one national AI center (the national-ai-center template at
 * one scalable unit) and `mdcs` micro data centers from the MDC templates, each file its
 * own site with distinct names and fabric subnets that overlap nothing else in the set,
 * and an uplink from every MDC to the center (declared on both sides, as the uplink rules
 * want). Deterministic: the same options write the same files.
 */
export function writeProgrammeSet(opts: ProgrammeSetOptions = {}): ProgrammeSet {
  const mdcs = opts.mdcs ?? 200;
  const prefix = opts.prefix ?? 'prog-';
  const block = parseCidr(opts.fabricBlock ?? '10.128.0.0/14');
  if (!block) throw new Error(`the fabric block must be an IPv4 CIDR such as 10.128.0.0/14, but '${opts.fabricBlock}' was given`);
  const slots = 2 ** (SLOT_PREFIX - Math.min(block.prefix, SLOT_PREFIX));
  if (CENTER_SLOTS + mdcs > slots) {
    throw new Error(
      `the fabric block ${opts.fabricBlock} must hold ${CENTER_SLOTS + mdcs} /22s (the center's four and one per MDC), but it holds ${slots}; give a larger block`,
    );
  }
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-programme-'));
  fs.mkdirSync(dir, { recursive: true });
  const center = `${prefix}center`;
  const names = Array.from({ length: mdcs }, (_, i) => `${prefix}mdc-${String(i + 1).padStart(3, '0')}`);
  const twin = opts.twinPool ? { twin: { addressPool: opts.twinPool } } : {};
  const write = (site: Site) => fs.writeFileSync(path.join(dir, `${site.metadata.name}.yaml`), stringify(site, { lineWidth: 0 }));

  const national = findTemplate('national-ai-center');
  const c = national.render(center, templateValues(national, ['scalableUnits=1', 'teams=foundation-model-a,academia']));
  c.spec.fabrics = c.spec.fabrics!.map((f, i) => ({ ...f, subnet: formatCidr({ network: block.network + i * 2 ** (32 - SLOT_PREFIX), prefix: SLOT_PREFIX }) }));
  c.spec.uplinks = names.map((peer) => ({ name: `to-${peer.slice(prefix.length)}`, peer, gbps: UPLINK_GBPS }));
  Object.assign(c.spec, twin);
  write(c);

  names.forEach((name, i) => {
    const kind = MDC_KINDS[i % MDC_KINDS.length];
    const t = findTemplate(kind.template);
    const site = t.render(name, templateValues(t, [...kind.sets, `region=region-${(i % 17) + 1}`]));
    site.spec.fabrics = site.spec.fabrics!.map((f, k) => ({ ...f, subnet: fabricSubnet(block.network, CENTER_SLOTS + i, k) }));
    site.spec.uplinks = [{ name: 'to-center', peer: center, gbps: UPLINK_GBPS }];
    Object.assign(site.spec, twin);
    write(site);
  });
  return { dir, center, mdcs: names };
}
