import { Construct } from 'constructs';
import { AiSite, AiSiteProps } from './ai-site';

export type MicroDataCenterProps = AiSiteProps;

/**
 * A cabinet-scale micro data center (1-10 racks) at a hospital, factory or city hall,
 * usually on domestic accelerators and often air-gapped.
 */
export class MicroDataCenter extends AiSite {
  constructor(scope: Construct, id: string, props: MicroDataCenterProps) {
    super(scope, id, 'MicroDataCenter', props);
  }
}
