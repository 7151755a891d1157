import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Construct } from 'constructs';
import { BRIDGE_NAME_OPTION, bridgeName, fabricNetworkName, LABELS } from '../spec/model/docker-names';
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
}

/**
 * An interconnect fabric (compute, storage or management) as a Docker network with the
 * spec's subnet. Internal (no route out) unless the fabric has egress and the site is
 * not air-gapped.
 */
export class Fabric extends Construct {
  readonly resource: Network;
  /** Network name, `<site>-<fabric>`, as a reference (containers depend on it). */
  readonly networkName: string;
  readonly internal: boolean;
  readonly overlay: boolean;
  readonly spec: FabricSpec;

  constructor(scope: Construct, id: string, props: FabricProps) {
    super(scope, id);
    const { siteName, airGapped, overlay, siteLabels, provider, ...spec } = props;
    this.spec = spec;
    this.internal = Boolean(airGapped) || !spec.egress;
    this.overlay = Boolean(overlay);
    this.resource = new Network(this, 'network', {
      provider,
      name: fabricNetworkName(siteName, spec.name),
      internal: this.internal,
      ...(this.overlay ? { driver: 'overlay', attachable: true } : { options: { [BRIDGE_NAME_OPTION]: bridgeName(fabricNetworkName(siteName, spec.name)) } }),
      ipamConfig: [{ subnet: spec.subnet, ...(this.overlay ? { gateway: overlayGateway(spec.subnet) } : {}) }],
      labels: dockerLabels(this, {
        ...siteLabels,
        [LABELS.site]: siteName,
        [LABELS.role]: 'fabric',
        [LABELS.fabric]: spec.name,
        [LABELS.purpose]: spec.purpose,
      }),
    });
    this.networkName = this.resource.name;
  }
}
