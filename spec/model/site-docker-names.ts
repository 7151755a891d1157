import { pointer } from '../load/source-document';
import { Site } from '../site-types.generated';
import { swarmNodeGroups } from './swarm-target';
import { fabricNetworks } from './fabric-networks';
import { Fidelity } from './twin-plan';
import { controllerName, nodeContainerPrefix, siteVolumeName, tenantContainerName, tenantNetworkName, tenantVolumeName } from './docker-names';

/** The `what` of the names the site itself gives (its data volume). */
export const SITE_ITSELF = 'the site';

/** The Docker object namespaces a site's names live in (each kind has its own). */
export type DockerObjectKind = 'container' | 'network' | 'volume' | 'service';

/** One Docker name a site gives, and the part of the spec it comes from. */
export interface DockerName {
  readonly kind: DockerObjectKind;
  /** The name; for numbered containers, the prefix of `<name>-<i>`. */
  readonly name: string;
  /** Numbered containers `<name>-0` … `<name>-<numbered - 1>` (a node group at full fidelity). @default one object named `name` */
  readonly numbered?: number;
  /** What gives the name, for messages: "fabric 'compute'", "node group 'cab-a/npu'", "the controller". */
  readonly what: string;
  /** JSON pointer of the name in the site's document that makes it. */
  readonly path: string;
}

/**
 * Every Docker name a site gives (backbones aside: they belong to a pair of sites), made
 * by the functions of docker-names.ts, the one place names are made. A node group's containers are listed once, numbered up to its
 * servers (full fidelity, the most a synth makes); a swarm node group is a service.
 */
export function siteDockerNames(spec: Site, fidelity?: Fidelity): DockerName[] {
  const swarmGroups = swarmNodeGroups(spec.spec);
  const site = spec.metadata.name;
  const s = spec.spec;
  const out: DockerName[] = [
    { kind: 'container', name: controllerName(site), what: 'the controller', path: pointer('metadata', 'name') },
    { kind: 'volume', name: siteVolumeName(site), what: SITE_ITSELF, path: pointer('metadata', 'name') },
  ];
  const fabricIndex = new Map((s.fabrics ?? []).map((f, i) => [f.name, i]));
  for (const n of fabricNetworks(spec, fidelity)) {
    const what = n.fabrics.length === 1 ? `fabric '${n.fabrics[0].name}'` : `fabrics ${n.fabrics.map((f) => `'${f.name}'`).join(', ')}`;
    out.push({ kind: 'network', name: n.name, what, path: pointer('spec', 'fabrics', fabricIndex.get(n.fabrics[0].name)!, 'name') });
  }
  (s.tenants ?? []).forEach((t, i) => {
    const path = pointer('spec', 'tenants', i, 'name');
    out.push({ kind: 'network', name: tenantNetworkName(site, t.name), what: `tenant '${t.name}'`, path });
    out.push({ kind: 'container', name: tenantContainerName(site, t.name), what: `tenant '${t.name}'`, path });
    out.push({ kind: 'volume', name: tenantVolumeName(site, t.name), what: `tenant '${t.name}'`, path });
  });
  s.cabinets.forEach((c, ci) => {
    c.nodeGroups.forEach((g, gi) => {
      const ref = `${c.name}/${g.name}`;
      const name = nodeContainerPrefix(site, c.name, g.name);
      const path = pointer('spec', 'cabinets', ci, 'nodeGroups', gi, 'name');
      if (swarmGroups.has(ref)) out.push({ kind: 'service', name, what: `node group '${ref}'`, path });
      else out.push({ kind: 'container', name, numbered: g.count * (c.count ?? 1), what: `node group '${ref}'`, path });
    });
  });
  return out;
}
