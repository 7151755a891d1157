import { Container } from '@cdktf/provider-docker/lib/container';
import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { Construct } from 'constructs';
import { BRIDGE_NAME_OPTION, bridgeName, LABELS, tenantContainerName, tenantNetworkName, tenantVolumeName } from '../spec/model/docker-names';
import { Tenant as TenantSpec } from '../spec/site-types.generated';
import { overlayGateway } from '../spec/model/swarm-target';
import { HARDENED, healthcheckSetting } from './hardening';
import { dockerLabels } from './labels';

export interface TenantProps extends TenantSpec {
  readonly siteName: string;
  /** Image id of the node image. */
  readonly imageId: string;
  /** Tenant networks of an air-gapped site are internal. @default false */
  readonly airGapped?: boolean;
  /** An attachable overlay network (Docker Swarm) instead of a bridge, for a swarm pool's tenant. @default false */
  readonly overlay?: boolean;
  /** Labels of the site (aisite.label.*). @default none */
  readonly siteLabels?: Readonly<Record<string, string>>;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
  /** Whether its gateway keeps the node image's Docker healthcheck (a programme twin's have none). @default true */
  readonly healthchecks?: boolean;
  /** Subnet of the tenant network (spec/model/twin-addresses.ts). @default one from Docker's default pools */
  readonly subnet?: string;
}

/**
 * A tenant: its own network (so tenants cannot reach each other), a gateway container
 * standing for the tenant's workloads, and a volume for its data.
 */
export class Tenant extends Construct {
  readonly network: Network;
  readonly gateway: Container;
  readonly volume: Volume;
  /** Network name, `<site>-tenant-<tenant>`, as a reference. */
  readonly networkName: string;
  readonly spec: TenantSpec;

  constructor(scope: Construct, id: string, props: TenantProps) {
    super(scope, id);
    const { siteName, imageId, airGapped, overlay, siteLabels, provider, subnet, healthchecks, ...spec } = props;
    this.spec = spec;
    const labels = { ...siteLabels, [LABELS.site]: siteName, [LABELS.tenant]: spec.name, [LABELS.pool]: spec.pool };
    this.network = tenantNetwork(this, 'network', { siteName, tenant: spec, airGapped, overlay, siteLabels, provider, subnet });
    this.networkName = this.network.name;
    this.volume = new Volume(this, 'volume', {
      provider,
      name: tenantVolumeName(siteName, spec.name),
      labels: dockerLabels(this, { ...labels, [LABELS.role]: 'storage' }),
    });
    this.gateway = new Container(this, 'gateway', {
      provider,
      ...HARDENED,
      ...healthcheckSetting(healthchecks),
      name: tenantContainerName(siteName, spec.name),
      image: imageId,
      hostname: spec.name,
      env: [`AISITE_ROLE=tenant`, `AISITE_SITE=${siteName}`, `AISITE_TENANT=${spec.name}`],
      labels: dockerLabels(this, { ...labels, [LABELS.role]: 'tenant' }),
      networksAdvanced: [{ name: this.networkName, aliases: [spec.name] }],
      volumes: [{ volumeName: this.volume.name, containerPath: '/data' }],
    });
  }
}

/**
 * A tenant's network alone: the Tenant's own, or its twin on a cabinet's engine (same name
 * and subnet, a bridge). `subnet` is its address block (spec/model/twin-addresses.ts);
 * without it Docker picks one from its default pools, which hold about 30 networks.
 */
export function tenantNetwork(
  scope: Construct,
  id: string,
  props: {
    siteName: string;
    tenant: Pick<TenantSpec, 'name' | 'pool'>;
    airGapped?: boolean;
    overlay?: boolean;
    siteLabels?: Readonly<Record<string, string>>;
    provider?: DockerProvider;
    subnet?: string;
  },
): Network {
  const { siteName, tenant, airGapped, overlay, siteLabels, provider, subnet } = props;
  return new Network(scope, id, {
    provider,
    name: tenantNetworkName(siteName, tenant.name),
    internal: Boolean(airGapped),
    ...(overlay ? { driver: 'overlay', attachable: true } : { options: { [BRIDGE_NAME_OPTION]: bridgeName(tenantNetworkName(siteName, tenant.name)) } }),
    ...(subnet ? { ipamConfig: [{ subnet, ...(overlay ? { gateway: overlayGateway(subnet) } : {}) }] } : {}),
    labels: dockerLabels(scope, {
      ...siteLabels,
      [LABELS.site]: siteName,
      [LABELS.tenant]: tenant.name,
      [LABELS.pool]: tenant.pool,
      [LABELS.role]: 'tenant-network',
    }),
  });
}
