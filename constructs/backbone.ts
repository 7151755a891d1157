import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Construct } from 'constructs';
import { backboneNetworkName, BRIDGE_NAME_OPTION, bridgeName, LABELS } from '../spec/model/docker-names';
import { dockerLabels } from './labels';

export interface BackboneProps {
  /** metadata.name of this site. */
  readonly siteName: string;
  /** metadata.name of the peered site. */
  readonly peer: string;
  /**
   * Whether this site's stack creates the network. The other site attaches its controller
   * to it by name, so it is deployed after the owner.
   */
  readonly owner: boolean;
  /** Declared uplink bandwidth, recorded as a label. */
  readonly gbps: number;
  /** Subnet of the network when this site owns it (spec/model/twin-addresses.ts). @default one from Docker's default pools */
  readonly subnet?: string;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
}

/**
 * The uplink between two peered sites made real in the twin: an internal network that
 * both site controllers join (and nothing else), so peered controllers reach each other
 * and sites that are not peered share no network.
 */
export class Backbone extends Construct {
  /** The network name: a reference when this site owns it, else the plain name. */
  readonly networkName: string;
  /** The network, when this site owns it. */
  readonly resource?: Network;

  constructor(scope: Construct, id: string, props: BackboneProps) {
    super(scope, id);
    const name = backboneNetworkName(props.siteName, props.peer);
    if (!props.owner) {
      this.networkName = name;
      return;
    }
    const [a, b] = props.siteName < props.peer ? [props.siteName, props.peer] : [props.peer, props.siteName];
    this.resource = new Network(this, 'network', {
      provider: props.provider,
      name,
      internal: true,
      options: { [BRIDGE_NAME_OPTION]: bridgeName(name) },
      ...(props.subnet ? { ipamConfig: [{ subnet: props.subnet }] } : {}),
      labels: dockerLabels(this, { [LABELS.site]: props.siteName, [LABELS.role]: 'backbone', [LABELS.peers]: `${a},${b}`, 'aisite.gbps': String(props.gbps) }),
    });
    this.networkName = this.resource.name;
  }
}
