import { Construct } from 'constructs';
import { Uplink as UplinkSpec } from '../spec/site-types.generated';

export interface UplinkProps extends UplinkSpec {
  readonly siteName: string;
}

/**
 * A link to another site. Recorded in the site inventory; the shared backbone network
 * between peered twins arrives with multi-site deploys.
 */
export class Uplink extends Construct {
  readonly peer: string;
  readonly gbps: number;
  readonly linkName: string;

  constructor(scope: Construct, id: string, props: UplinkProps) {
    super(scope, id);
    this.peer = props.peer;
    this.gbps = props.gbps;
    this.linkName = props.name;
  }
}
