import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Construct } from 'constructs';
import { BRIDGE_NAME_OPTION, bridgeName, LABELS } from '../spec/model/docker-names';
import { FabricNetwork, fabricsNetwork } from '../spec/model/fabric-networks';
import { overlayGateway } from '../spec/model/swarm-target';
import { Fabric as FabricSpec } from '../spec/site-types.generated';
import { dockerLabels } from './labels';

export interface FabricProps extends FabricSpec {
  /** metadata.name of the site. */
  readonly siteName: string;
  /** An air-gapped site's fabrics never route out. @default false */
  readonly airGapped?: boolean;
  /** An attachable overlay network (Docker Swarm) instead of a bridge: swarm services join it. @default false */
  readonly overlay?: boolean;
  /** Labels of the site (aisite.label.*). @default none */
  readonly siteLabels?: Readonly<Record<string, string>>;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
  /**
   * The network as the site's fidelity plans it (spec/model/fabric-networks.ts): at
   * `programme` fidelity one network stands for several fabrics alike, with their names
   * in its name and labels. Its name, subnet, fabrics, internal and overlay are used.
   * @default a network for this fabric alone
   */
  readonly network?: Omit<FabricNetwork, 'controller'>;
}

/**
 * An interconnect fabric (compute, storage or management) as a Docker network with the
 * spec's subnet, or, in a programme twin, one network for several fabrics alike. Internal
 * (no route out) unless a fabric it stands for has egress and the site is not air-gapped.
 */
export class Fabric extends Construct {
  readonly resource: Network;
  /** Network name, `<site>-<fabric>` (`<site>-<a>_<b>` for several), as a reference (containers depend on it). */
  readonly networkName: string;
  readonly internal: boolean;
  readonly overlay: boolean;
  /** The fabric the construct is for (the first of those its network stands for). */
  readonly spec: FabricSpec;
  /** What the network stands for: its name, subnet and every fabric. */
  readonly network: Omit<FabricNetwork, 'controller'>;

  constructor(scope: Construct, id: string, props: FabricProps) {
    super(scope, id);
    const { siteName, airGapped, overlay, siteLabels, provider, network, ...spec } = props;
    this.spec = spec;
    this.network = network ?? fabricsNetwork(siteName, [spec], { airGapped, overlay });
    this.internal = this.network.internal;
    this.overlay = this.network.overlay;
    const { name, subnet, fabrics } = this.network;
    this.resource = new Network(this, 'network', {
      provider,
      name,
      internal: this.internal,
      ...(this.overlay ? { driver: 'overlay', attachable: true } : { options: { [BRIDGE_NAME_OPTION]: bridgeName(name) } }),
      ipamConfig: [{ subnet, ...(this.overlay ? { gateway: overlayGateway(subnet) } : {}) }],
      labels: dockerLabels(this, {
        ...siteLabels,
        [LABELS.site]: siteName,
        [LABELS.role]: 'fabric',
        [LABELS.fabric]: fabrics.map((f) => f.name).join(','),
        [LABELS.purpose]: [...new Set(fabrics.map((f) => f.purpose))].join(','),
      }),
    });
    this.networkName = this.resource.name;
  }
}
