import { Container } from '@cdktf/provider-docker/lib/container';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { Construct } from 'constructs';
import { controllerName, controllerTenantAlias, LABELS, siteVolumeName } from '../spec/model/docker-names';
import { controllerAddresses, controllerExtraMemoryMb, controllerExtraPids } from '../spec/model/controller-size';
import { CONTAINER_MEMORY_MB, CONTAINER_PIDS_LIMIT, HARDENED, healthcheckSetting } from './hardening';
import { dockerLabels } from './labels';

export interface SiteControllerProps {
  readonly siteName: string;
  readonly imageId: string;
  /** The whole site inventory, served as /inventory.json on `networks` only. */
  readonly inventory: string;
  /** Networks it joins (references) and serves the whole inventory on: the networks of the management fabrics (of every fabric without one). */
  readonly networks: readonly string[];
  /** Subnets of `networks`: the controller serves the whole inventory on its addresses there. */
  readonly fullSubnets: readonly string[];
  /**
   * Every tenant's network (a reference) and the slice of the inventory served there: its
   * pool, its own quota and the site's public facts. @default none
   */
  readonly tenantNetworks?: ReadonlyArray<{ readonly tenant: string; readonly network: string; readonly inventory: string }>;
  /** What any other network (a backbone) is served: the site's public facts. */
  readonly publicInventory: string;
  /**
   * Backbone networks shared with peered sites' controllers: joined under the site's own
   * name, so a peer reaches it as `<site>` (and `controller` stays this site's). @default none
   */
  readonly backboneNetworks?: readonly string[];
  /** Labels of the site (aisite.label.*). @default none */
  readonly siteLabels?: Readonly<Record<string, string>>;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
  /** Whether it keeps the node image's Docker healthcheck (a programme twin's have none). @default true */
  readonly healthchecks?: boolean;
}

/**
 * The site controller: one container per site serving the inventory and health, reachable
 * from the management fabric and from every tenant as `controller`.
 */
export class SiteController extends Construct {
  readonly container: Container;
  readonly volume: Volume;

  constructor(scope: Construct, id: string, props: SiteControllerProps) {
    super(scope, id);
    const labels = { ...props.siteLabels, [LABELS.site]: props.siteName };
    const tenants = props.tenantNetworks ?? [];
    const addresses = controllerAddresses(props.networks.length, tenants.length, props.backboneNetworks?.length ?? 0);
    const extraMb = controllerExtraMemoryMb(addresses);
    const extraPids = controllerExtraPids(addresses);
    this.volume = new Volume(this, 'volume', {
      provider: props.provider,
      name: siteVolumeName(props.siteName),
      labels: dockerLabels(this, { ...labels, [LABELS.role]: 'storage' }),
    });
    this.container = new Container(this, 'container', {
      provider: props.provider,
      ...HARDENED,
      ...healthcheckSetting(props.healthchecks),
      // One httpd per address: a controller with many backbones needs more (spec/model/controller-size.ts).
      ...(extraMb ? { memory: CONTAINER_MEMORY_MB + extraMb, memorySwap: 2 * (CONTAINER_MEMORY_MB + extraMb) } : {}),
      name: controllerName(props.siteName),
      hostname: 'controller',
      image: props.imageId,
      env: [
        'AISITE_ROLE=controller',
        `AISITE_SITE=${props.siteName}`,
        `AISITE_INVENTORY=${props.inventory}`,
        `AISITE_PUBLIC_INVENTORY=${props.publicInventory}`,
        `AISITE_FULL_SUBNETS=${props.fullSubnets.join(' ')}`,
        `AISITE_TENANT_INVENTORIES=${tenants.map((t) => `${controllerTenantAlias(t.tenant)} ${t.inventory}`).join('\n')}`,
      ],
      labels: dockerLabels(this, {
        ...labels,
        [LABELS.role]: 'controller',
        [LABELS.pidsLimit]: extraPids ? String(CONTAINER_PIDS_LIMIT + extraPids) : undefined,
      }),
      networksAdvanced: [
        ...props.networks.map((name) => ({ name, aliases: ['controller'] })),
        // Its own address there, for the entrypoint to know which network asks (stacks/node-image).
        ...tenants.map((t) => ({ name: t.network, aliases: ['controller', controllerTenantAlias(t.tenant)] })),
        ...(props.backboneNetworks ?? []).map((name) => ({ name, aliases: [props.siteName] })),
      ],
      volumes: [{ volumeName: this.volume.name, containerPath: '/data' }],
    });
  }
}
