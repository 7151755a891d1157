import { controllerName, nodeContainerPrefix, siteVolumeName, tenantContainerName, tenantNetworkName, tenantVolumeName } from '../spec/model/docker-names';
import { Backbone } from '../spec/model/backbone';
import { fabricNetworks } from '../spec/model/fabric-networks';
import { ResolvedSite } from '../spec/model/resolved-site';
import { swarmNodeGroups } from '../spec/model/swarm-target';
import { planTwin, TwinOptions, TwinPlan } from '../spec/model/twin-plan';

export interface ExpectedContainer {
  readonly name: string;
  readonly role: 'node' | 'controller' | 'tenant';
  readonly cabinet?: string;
  readonly nodeGroup?: string;
}

/** A swarm node group's service and how many tasks it should run. */
export interface ExpectedService {
  readonly name: string;
  readonly cabinet: string;
  readonly nodeGroup: string;
  readonly replicas: number;
}

/** The Docker objects a site should have once deployed, by name. */
export interface ExpectedSite {
  readonly site: string;
  readonly containers: readonly ExpectedContainer[];
  /** Swarm services (node groups of swarm-target pools). @default none */
  readonly services?: readonly ExpectedService[];
  readonly networks: readonly string[];
  readonly volumes: readonly string[];
}

/** What `deploy` creates for a site: the same names the constructs give. */
export function expectedSite(site: ResolvedSite, twin: TwinOptions = {}, backbones: readonly Backbone[] = []): ExpectedSite {
  return expectedSiteOf(site, planTwin(site, twin), backbones);
}

/** The same, from the twin plan synth used (deploy/site-target.ts passes it on). */
export function expectedSiteOf(site: ResolvedSite, plan: TwinPlan, backbones: readonly Backbone[] = []): ExpectedSite {
  const containers: ExpectedContainer[] = [];
  const services: ExpectedService[] = [];
  const swarm = swarmNodeGroups(site.spec.spec);
  for (const g of plan.groups) {
    if (swarm.has(g.ref)) {
      services.push({ name: nodeContainerPrefix(site.name, g.cabinet, g.nodeGroup), cabinet: g.cabinet, nodeGroup: g.nodeGroup, replicas: g.containers });
      continue;
    }
    for (let i = 0; i < g.containers; i++) {
      containers.push({ name: `${nodeContainerPrefix(site.name, g.cabinet, g.nodeGroup)}-${i}`, role: 'node', cabinet: g.cabinet, nodeGroup: g.nodeGroup });
    }
  }
  containers.push({ name: controllerName(site.name), role: 'controller' });
  const tenants = site.spec.spec.tenants ?? [];
  for (const t of tenants) containers.push({ name: tenantContainerName(site.name, t.name), role: 'tenant' });
  return {
    site: site.name,
    containers,
    ...(services.length ? { services } : {}),
    networks: [
      ...fabricNetworks(site.spec, plan.fidelity).map((n) => n.name),
      ...tenants.map((t) => tenantNetworkName(site.name, t.name)),
      ...backbones.filter((b) => b.owner === site.name).map((b) => b.name),
    ],
    volumes: [siteVolumeName(site.name), ...tenants.map((t) => tenantVolumeName(site.name, t.name))],
  };
}
