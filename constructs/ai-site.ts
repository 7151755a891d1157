import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Annotations, Aspects, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Catalog } from '../spec/catalog/catalog';
import { Finding } from '../spec/findings';
import { SourceDocument } from '../spec/load/source-document';
import { Capacity } from '../spec/model/capacity';
import { backboneNetworkName, controllerName, tenantNetworkName } from '../spec/model/docker-names';
import { allocateTwinAddresses, twinNetworks } from '../spec/model/twin-addresses';
import { addressPoolProblem } from '../spec/rules/addressing-rules';
import { resolveSite, ResolvedSite } from '../spec/model/resolved-site';
import { planTwin, TwinBudgetError, TwinOptions, TwinPlan } from '../spec/model/twin-plan';
import { API_VERSION, checkSchema, humanPath } from '../spec/schema-check';
import { overlayNetworks, swarmNodeGroups } from '../spec/model/swarm-target';
import { fabricInternal, fabricNetworks, joinsFabricNetwork } from '../spec/model/fabric-networks';
import { cabinetEngines, SiteEngine, siteEngines } from '../spec/model/docker-engines';
import { Network } from '@cdktf/provider-docker/lib/network';
import {
  Cabinet as CabinetSpec,
  DeployTarget,
  Fabric as FabricSpec,
  Pool,
  Site,
  Suppression,
  Tenant as TenantSpec,
  Uplink as UplinkSpec,
} from '../spec/site-types.generated';
import { applySuppressions, SuppressedFinding } from '../spec/suppressions';
import { KNOWN_CODES, runSiteRules } from '../spec/validate';
import { AcceleratorPool } from './accelerator-pool';
import { Cabinet, NodeGroupWiring } from './cabinet';
import { Fabric } from './fabric';
import { metadataLabels } from './labels';
import { NodeImage } from './node-image';
import { SiteController } from './site-controller';
import { Tenant, tenantNetwork } from './tenant';
import { Uplink } from './uplink';
import { Backbone } from './backbone';
import { poolAccelerators } from '../spec/model/pool-size';
import { DOCKER_PROVIDER_VERSION } from './provider-version';

/**
 * Thrown when a site with error findings is synthesized: what would be written is a stack
 * without the site's resources, which applied over a deployed site would remove it.
 */
export class InvalidSiteError extends Error {
  override readonly name = 'InvalidSiteError';

  constructor(
    /** metadata.name of the site. */
    readonly site: string,
    /** The construct path of the site. */
    readonly constructPath: string,
    /** One line per error finding (code, rule, where, message and fix). */
    readonly errors: readonly string[],
  ) {
    super(
      `site '${site}' (${constructPath}) is not synthesized: it has ${errors.length} error${errors.length === 1 ? '' : 's'}, and a stack without its resources would remove a deployed site. Fix:\n${errors.map((e) => `  ${e}`).join('\n')}`,
    );
  }
}

/** A backbone this site joins, and whether its stack creates the network. */
export interface BackboneAttachment {
  readonly peer: string;
  readonly owner: boolean;
  readonly gbps: number;
}

export interface AiSiteProps {
  /** metadata.name: a DNS label, unique across sites. */
  readonly name: string;
  /** @default none */
  readonly region?: string;
  /** @default none */
  readonly operator?: string;
  /** Copied onto every Docker object as aisite.label.<key>. @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Findings accepted on purpose, each with a reason (metadata.suppressions): they fail
   * nothing and are listed in `suppressed`. Expiry is compared with AISITE_TODAY, else today (UTC).
   * @default none
   */
  readonly suppressions?: readonly Suppression[];
  /** No route to any outside network. @default false */
  readonly airGapped?: boolean;
  /** Docker engine (unix://, tcp://, ssh://). @default DOCKER_HOST or the local socket */
  readonly dockerHost?: string;
  /** Folder with ca.pem, cert.pem, key.pem for a tcp:// dockerHost with TLS (the provider's cert_path). @default none */
  readonly dockerCertPath?: string;
  /** Where pools run: containers, or Docker Swarm services (a pool's own `target` wins). @default 'docker' */
  readonly target?: DeployTarget;
  readonly cabinets: readonly CabinetSpec[];
  /** @default none */
  readonly fabrics?: readonly FabricSpec[];
  /** @default none */
  readonly pools?: readonly Pool[];
  /** @default none */
  readonly tenants?: readonly TenantSpec[];
  /** @default none */
  readonly uplinks?: readonly UplinkSpec[];
  /**
   * Uplinks made real: a backbone network per peered site that the controllers share.
   * Computed from all sites synthesized together (see spec/model/backbone.ts).
   * @default none (uplinks are only recorded)
   */
  readonly backbones?: readonly BackboneAttachment[];
  /**
   * Block the twin's tenant and backbone networks get subnets from (spec.twin.addressPool).
   * @default 10.240.0.0/12 (DEFAULT_TWIN_ADDRESS_POOL)
   */
  readonly addressPool?: string;
  /**
   * Subnets of the twin's tenant and backbone networks by Docker network name, allocated
   * over all sites synthesized together (spec/model/twin-addresses.ts).
   * @default allocated for this site alone (its tenants and the backbones it owns)
   */
  readonly twinSubnets?: ReadonlyMap<string, string>;
  /** Accelerators and server profiles. @default the built-in catalog */
  readonly catalog?: Catalog;
  /** Twin or full fidelity, and the container budget. @default twin, 64 server containers */
  readonly twin?: TwinOptions;
  /** Node image to run. @default one built by this site from aisite's bundled context */
  readonly image?: NodeImage;
  /** Build context of the default node image, relative to the stack folder. @default '../../node-image' */
  readonly imageContextPath?: string;
  /** Content hash of that context. @default computed from aisite's bundled context */
  readonly imageContextSha256?: string;
  /** Docker provider to use. @default one created for this site with `dockerHost` */
  readonly provider?: DockerProvider;
  /** The document the site was loaded from, so findings point at file:line:column. @default none */
  readonly sourceDocument?: SourceDocument;
}

/**
 * A site — national AI center or micro data center — on Docker: fabrics as networks,
 * tenants with their own networks, node groups as containers, a site controller. The
 * site validates itself with the same rules as `aisite validate`; error findings fail
 * synthesis with all of them listed.
 */
export abstract class AiSite extends Construct {
  readonly siteName: string;
  readonly kind: Site['kind'];
  /** The site as a spec document (what `aisite validate` checks). */
  readonly spec: Site;
  /** Findings of the schema and the per-site rules (without the suppressed ones). */
  readonly findings: readonly Finding[];
  /** Findings the site's suppressions accept: they fail nothing. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Undefined when the spec failed the schema. */
  readonly resolved?: ResolvedSite;
  /** Undefined when the spec failed the schema. */
  readonly capacity?: Capacity;
  /** Undefined when the site has error findings (nothing is built then). */
  readonly plan?: TwinPlan;
  /** The network of each fabric, by fabric name (in a programme twin several fabrics may share one). */
  readonly fabrics = new Map<string, Fabric>();
  /** Every fabric network once, in spec order of its first fabric. */
  readonly fabricNetworks: Fabric[] = [];
  readonly tenants = new Map<string, Tenant>();
  readonly pools = new Map<string, AcceleratorPool>();
  readonly cabinets = new Map<string, Cabinet>();
  readonly uplinks = new Map<string, Uplink>();
  /** Backbone networks to peered sites, by peer name. */
  readonly backbones = new Map<string, Backbone>();
  readonly controller?: SiteController;
  readonly image?: NodeImage;
  readonly provider?: DockerProvider;
  /**
   * Providers of the cabinets' own engines (spec dockerHost on a cabinet), by alias
   * `docker-<n>`, each with its node image and its copies of the networks its cabinets join.
   */
  readonly engines = new Map<
    string,
    { readonly engine: SiteEngine; readonly provider: DockerProvider; readonly image: NodeImage; readonly networks: Map<string, Network> }
  >();
  /** The inventory the site controller serves, as JSON. */
  readonly inventory?: string;
  /** Subnets of the twin's tenant and backbone networks, by Docker network name. */
  private subnets: ReadonlyMap<string, string> = new Map();

  protected constructor(scope: Construct, id: string, kind: Site['kind'], props: AiSiteProps, extra: Partial<Site['spec']> = {}) {
    super(scope, id);
    this.kind = kind;
    this.siteName = props.name;
    this.spec = toSpec(kind, props, extra);
    const doc = props.sourceDocument ?? new SourceDocument(this.node.path, 0, this.spec, undefined, undefined);
    const schema = checkSchema(doc);
    let findings: Finding[] = [...schema.findings];
    this.suppressed = [];
    if (schema.kind) {
      this.resolved = resolveSite(doc, this.spec, props.catalog ?? Catalog.builtin());
      this.capacity = this.resolved.capacity;
      for (const f of runSiteRules(this.resolved)) findings.push(f);
      ({ findings, suppressed: this.suppressed } = applySuppressions([this.resolved], findings, KNOWN_CODES));
    }
    let plan: TwinPlan | undefined;
    const budgetErrors: string[] = [];
    if (this.resolved && !findings.some((f) => f.severity === 'error')) {
      try {
        plan = planTwin(this.resolved, props.twin);
      } catch (e) {
        if (!(e instanceof TwinBudgetError)) throw e;
        budgetErrors.push(`twin: ${e.message}; raise maxContainers or use fidelity 'full'`);
      }
    }
    let subnets: ReadonlyMap<string, string> | undefined;
    if (plan && this.resolved) {
      const own = twinNetworks(
        [this.resolved],
        (props.backbones ?? []).filter((b) => b.owner).map((b) => ({ name: backboneNetworkName(this.siteName, b.peer), owner: this.siteName })),
      );
      const alone = props.twinSubnets ? undefined : allocateTwinAddresses([this.resolved], own);
      subnets = props.twinSubnets ?? alone!.subnets;
      const unplaced = own.filter((n) => !subnets!.has(n.name));
      if (unplaced.length) {
        const p = addressPoolProblem(this.resolved, unplaced);
        budgetErrors.push(`AIS406 twin-address-pool at ${humanPath(p.path)}: ${p.message}. Fix: ${p.fix}`);
      }
    }
    this.findings = findings;
    const fromFile = props.sourceDocument !== undefined;
    const errors = [...findings.filter((f) => f.severity === 'error').map((f) => describeFinding(f, fromFile)), ...budgetErrors];
    this.node.addValidation({ validate: () => errors });
    // A site with errors builds nothing: its stack, applied over a deployed site, would
    // remove it. So synthesis fails whatever the App's options (skipValidation, or a
    // cdktf-cli that collects annotations instead of failing): an aspect runs in every synth.
    if (errors.length > 0) {
      Aspects.of(this).add({
        visit: (node) => {
          if (node === this) throw new InvalidSiteError(this.siteName, this.node.path, errors);
        },
      });
    }
    for (const f of findings) if (f.severity === 'warning') Annotations.of(this).addWarning(describeFinding(f, fromFile));
    for (const f of this.suppressed) Annotations.of(this).addInfo(`suppressed: ${describeFinding(f, fromFile)} (reason: ${f.suppression.reason})`);
    if (!plan || !this.resolved || !subnets || budgetErrors.length) return;
    this.plan = plan;
    this.subnets = subnets;
    this.build(props, this.resolved, plan);
  }

  private build(props: AiSiteProps, site: ResolvedSite, plan: TwinPlan): void {
    const siteLabels = metadataLabels(props.labels);
    const engineList = siteEngines(this.spec.spec);
    const own = engineList[0];
    // Whatever stack the site is in: the bindings say 3.6.2, the mirror builds DOCKER_PROVIDER_VERSION.
    TerraformStack.of(this).addOverride('terraform.required_providers.docker.version', DOCKER_PROVIDER_VERSION);
    const provider =
      props.provider ?? new DockerProvider(this, 'docker', { ...(own.host ? { host: own.host } : {}), ...(own.certPath ? { certPath: own.certPath } : {}) });
    (this as { provider?: DockerProvider }).provider = provider;
    const image = props.image ?? new NodeImage(this, 'node-image', { provider, contextPath: props.imageContextPath, contextSha256: props.imageContextSha256 });
    (this as { image?: NodeImage }).image = image;
    const common = { siteName: this.siteName, siteLabels, provider };
    // Each cabinet engine gets its own provider (alias docker-<n>) and node image.
    for (const e of engineList.slice(1)) {
      const p = new DockerProvider(this, e.alias!, { alias: e.alias!, ...(e.host ? { host: e.host } : {}), ...(e.certPath ? { certPath: e.certPath } : {}) });
      const img = new NodeImage(this, `node-image-${e.alias}`, {
        provider: p,
        contextPath: props.imageContextPath,
        contextSha256: props.imageContextSha256 ?? image.contextSha256,
      });
      this.engines.set(e.alias!, { engine: e, provider: p, image: img, networks: new Map() });
    }
    const engineOf = cabinetEngines(this.spec.spec);

    const overlay = overlayNetworks(this.spec.spec);
    // One network per fabric; a programme twin's fabrics alike share one (decision 40).
    const served: Fabric[] = [];
    for (const network of fabricNetworks(this.spec, plan.fidelity)) {
      const first = network.fabrics[0];
      const fabric = new Fabric(this, `fabric-${first.name}`, { ...first, ...common, airGapped: props.airGapped, network });
      this.fabricNetworks.push(fabric);
      if (network.controller) served.push(fabric);
      for (const f of network.fabrics) this.fabrics.set(f.name, fabric);
    }
    for (const p of props.pools ?? []) {
      const accelerators = poolAccelerators(site, p);
      this.pools.set(p.name, new AcceleratorPool(this, `pool-${p.name}`, { ...p, accelerators }));
    }
    for (const t of props.tenants ?? []) {
      this.tenants.set(
        t.name,
        new Tenant(this, `tenant-${t.name}`, {
          ...t,
          ...common,
          subnet: this.subnets.get(tenantNetworkName(this.siteName, t.name)),
          imageId: image.imageId,
          airGapped: props.airGapped,
          overlay: overlay.tenants.has(t.name),
          healthchecks: plan.healthchecks,
        }),
      );
      this.pools.get(t.pool)?.addTenant(t.name);
    }

    const planByRef = new Map(plan.groups.map((g) => [g.ref, g]));
    for (const cab of props.cabinets) {
      const plans = new Map(
        cab.nodeGroups.flatMap((ng) => {
          const p = planByRef.get(`${cab.name}/${ng.name}`);
          return p ? [[ng.name, p] as const] : [];
        }),
      );
      const alias = engineOf.get(cab.name)?.alias;
      const remote = alias ? this.engines.get(alias) : undefined;
      const wiring = new Map(
        cab.nodeGroups.map(
          (ng) =>
            [ng.name, this.wire(`${cab.name}/${ng.name}`, remote && { ...remote, alias: alias!, siteLabels, airGapped: props.airGapped, image })] as const,
        ),
      );
      const on = remote ? { provider: remote.provider, imageId: remote.image.imageId } : { imageId: image.imageId };
      this.cabinets.set(cab.name, new Cabinet(this, `cabinet-${cab.name}`, { ...cab, ...common, ...on, plans, wiring, healthchecks: plan.healthchecks }));
    }

    for (const u of props.uplinks ?? []) this.uplinks.set(u.name, new Uplink(this, `uplink-${u.name}`, { ...u, siteName: this.siteName }));
    for (const b of props.backbones ?? [])
      this.backbones.set(
        b.peer,
        new Backbone(this, `backbone-${b.peer}`, {
          ...b,
          siteName: this.siteName,
          provider,
          subnet: this.subnets.get(backboneNetworkName(this.siteName, b.peer)),
        }),
      );

    const whole = this.inventoryOf(site, plan);
    const inventory = JSON.stringify(whole);
    (this as { inventory?: string }).inventory = inventory;
    const backboneNetworks = [...this.backbones.values()].map((b) => b.networkName);
    (this as { controller?: SiteController }).controller = new SiteController(this, 'controller', {
      ...common,
      imageId: image.imageId,
      healthchecks: plan.healthchecks,
      inventory,
      networks: served.map((f) => f.networkName),
      fullSubnets: served.map((f) => f.network.subnet),
      tenantNetworks: [...this.tenants.values()].map((t) => ({
        tenant: t.spec.name,
        network: t.networkName,
        inventory: JSON.stringify(tenantSlice(whole, t.spec.name)),
      })),
      publicInventory: JSON.stringify(publicFacts(whole)),
      backboneNetworks,
    });

    this.outputs();
  }

  /**
   * Networks, pool and tenants a node group's containers get; a swarm node group's service
   * also gets network ids. On a cabinet engine (`remote`), containers join that engine's
   * copies of the networks (same name and subnet, made on first use); services stay on the
   * site's engine and join the site's networks.
   */
  private wire(ref: string, remote?: RemoteWiring): NodeGroupWiring {
    const networks: string[] = [];
    const networkIds: string[] = [];
    const isSwarm = swarmNodeGroups(this.spec.spec).has(ref);
    const copy = remote && !isSwarm ? remote : undefined;
    for (const f of this.fabricNetworks) {
      if (!joinsFabricNetwork(f.network, ref)) continue;
      networks.push(
        copy
          ? this.networkOn(
              copy,
              `fabric-${f.spec.name}`,
              () =>
                new Fabric(this, `fabric-${f.spec.name}-${copy.alias}`, {
                  ...f.spec,
                  siteName: this.siteName,
                  siteLabels: copy.siteLabels,
                  airGapped: copy.airGapped,
                  provider: copy.provider,
                  network: { ...f.network, overlay: false },
                }).resource,
            )
          : f.networkName,
      );
      networkIds.push(f.resource.id);
    }
    const pool = [...this.pools.values()].find((p) => p.nodeGroups.includes(ref));
    const tenants = pool ? [...pool.tenants] : [];
    for (const t of tenants) {
      const tenant = this.tenants.get(t)!;
      networks.push(
        copy
          ? this.networkOn(copy, `tenant-${t}`, () =>
              tenantNetwork(this, `tenant-${t}-network-${copy.alias}`, {
                siteName: this.siteName,
                tenant: tenant.spec,
                airGapped: copy.airGapped,
                siteLabels: copy.siteLabels,
                provider: copy.provider,
                subnet: this.subnets.get(tenantNetworkName(this.siteName, t)),
              }),
            )
          : tenant.networkName,
      );
      networkIds.push(tenant.network.id);
    }
    const swarm = isSwarm
      ? {
          networkIds,
          accelerator: this.resolved?.nodeGroups.get(ref)?.accelerator,
          ...(remote ? { provider: this.provider, imageId: remote.image.imageId } : {}),
        }
      : undefined;
    return { networks, pool: pool?.poolName, tenants, swarm };
  }

  /** The name (a reference) of a network's copy on a cabinet engine, created the first time it is needed. */
  private networkOn(remote: RemoteWiring, key: string, create: () => Network): string {
    let n = remote.networks.get(key);
    if (!n) {
      n = create();
      remote.networks.set(key, n);
    }
    return n.name;
  }

  protected inventoryOf(site: ResolvedSite, plan: TwinPlan) {
    const c = site.capacity;
    const swarm = swarmNodeGroups(this.spec.spec);
    return {
      site: this.siteName,
      kind: this.kind,
      fidelity: plan.fidelity,
      servers: c.servers,
      accelerators: c.accelerators,
      domesticShare: Math.round(c.domesticShare * 10000) / 10000,
      itPowerKw: c.itPowerKw,
      containers: plan.groups.map((g) => ({
        cabinet: g.cabinet,
        nodeGroup: g.nodeGroup,
        servers: g.servers,
        containers: g.containers,
        represents: g.represents,
        ...(swarm.has(g.ref) ? { target: 'swarm' } : {}),
      })),
      fabrics: [...this.fabrics].map(([name, f]) => {
        const spec = f.network.fabrics.find((x) => x.name === name)!;
        const shared = f.network.fabrics.length > 1 ? { network: f.network.name } : {};
        return { name, purpose: spec.purpose, subnet: spec.subnet, internal: fabricInternal(spec, this.spec.spec.airGapped), ...shared };
      }),
      pools: [...this.pools.values()].map((p) => ({ name: p.poolName, nodeGroups: [...p.nodeGroups] })),
      tenants: [...this.tenants.values()].map((t) => ({
        name: t.spec.name,
        pool: t.spec.pool,
        guaranteed: t.spec.guaranteed,
        limit: t.spec.limit ?? t.spec.guaranteed,
        weight: t.spec.weight ?? 1,
      })),
      uplinks: [...this.uplinks.values()].map((u) => ({ name: u.linkName, peer: u.peer, gbps: u.gbps })),
      backbones: [...this.backbones.entries()].map(([peer, b]) => ({
        peer,
        network: backboneNetworkName(this.siteName, peer),
        owner: b.resource !== undefined,
      })),
    };
  }

  private outputs(): void {
    const output = (name: string, value: string, description: string) =>
      new TerraformOutput(this, `output-${name}`, { value, description }).overrideLogicalId(name);
    output('inventory', this.inventory!, 'What the site is and how the twin stands for it (JSON)');
    const lists = [...this.cabinets.values()].flatMap((cab) => [...cab.containers.values()].map((c) => `${c.fqn}[*].name`));
    const singles = [this.controller!.container.fqn, ...[...this.tenants.values()].map((t) => t.gateway.fqn)].map((f) => `${f}.name`);
    output('containers', `\${concat(${[...lists, `[${singles.join(', ')}]`].join(', ')})}`, 'Names of every container of the site');
    const services = [...this.cabinets.values()].flatMap((cab) => [...cab.services.values()].map((s) => `${s.resource.fqn}.name`));
    if (services.length) output('services', `\${[${services.join(', ')}]}`, 'Names of the Docker Swarm services of the site');
    const nets = [...this.fabricNetworks.map((f) => `${f.resource.fqn}.name`), ...[...this.tenants.values()].map((t) => `${t.network.fqn}.name`)];
    output('networks', `\${[${nets.join(', ')}]}`, 'Names of the site networks');
    output('controller', controllerName(this.siteName), 'Name of the site controller container');
  }
}

type Inventory = ReturnType<AiSite['inventoryOf']>;

/** What every network the controller is on may know: which site, what kind, how it is twinned. */
export function publicFacts(inventory: Pick<Inventory, 'site' | 'kind' | 'fidelity'>) {
  return { site: inventory.site, kind: inventory.kind, fidelity: inventory.fidelity };
}

/**
 * What a tenant's network is served: the public facts, the tenant's own quota and its
 * pool (the node groups it runs on). Nothing of the other tenants.
 */
export function tenantSlice(inventory: Inventory, tenant: string) {
  const own = inventory.tenants.find((t) => t.name === tenant);
  const pool = inventory.pools.find((p) => p.name === own?.pool);
  const groups = new Set(pool?.nodeGroups ?? []);
  return {
    ...publicFacts(inventory),
    tenant: own,
    pool: pool && { name: pool.name, containers: inventory.containers.filter((c) => groups.has(`${c.cabinet}/${c.nodeGroup}`)) },
  };
}

/** A cabinet engine as wiring sees it: where its network copies go and what they carry. */
interface RemoteWiring {
  readonly alias: string;
  readonly provider: DockerProvider;
  readonly networks: Map<string, Network>;
  readonly siteLabels: Record<string, string>;
  readonly airGapped?: boolean;
  /** The site's node image (for services, which stay on the site's engine). */
  readonly image: NodeImage;
}

/** The spec document for props (undefined fields left out). */
function toSpec(kind: Site['kind'], props: AiSiteProps, extra: Partial<Site['spec']>): Site {
  const metadata = prune({ name: props.name, region: props.region, operator: props.operator, labels: props.labels, suppressions: props.suppressions });
  const spec = prune({
    airGapped: props.airGapped,
    dockerHost: props.dockerHost,
    dockerCertPath: props.dockerCertPath,
    target: props.target,
    cabinets: props.cabinets,
    fabrics: props.fabrics,
    pools: props.pools,
    tenants: props.tenants,
    uplinks: props.uplinks,
    twin: props.addressPool === undefined ? undefined : { addressPool: props.addressPool },
    ...extra,
  });
  return { apiVersion: API_VERSION, kind, metadata, spec } as Site;
}

/** The object without its undefined fields (the schema rejects explicit undefined). */
export function prune<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A finding as one line of a construct validation error. */
export function describeFinding(f: Finding, withFile: boolean): string {
  const where = withFile ? `${f.location.file}:${f.location.line}:${f.location.column}` : humanPath(f.path ?? '');
  return `${f.code} ${f.rule} at ${where}: ${f.message}${f.fix ? `. Fix: ${f.fix}` : ''}`;
}
