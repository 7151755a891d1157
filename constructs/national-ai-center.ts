import { Construct } from 'constructs';
import { Ownership, Targets } from '../spec/site-types.generated';
import { AiSite, AiSiteProps, prune } from './ai-site';

export interface NationalAiCenterProps extends AiSiteProps {
  /** Exaflops at a precision, domestic accelerator share, year. @default none */
  readonly targets?: Targets;
  /** Public and private shares of the operating SPC (sum to 1). @default none */
  readonly ownership?: Ownership;
}

/**
 * A national AI computing center: hundreds of identical cabinets, national targets and
 * SPC ownership. Synthesizes to a bounded twin by default (see `twin`).
 */
export class NationalAiCenter extends AiSite {
  readonly targets?: Targets;
  readonly ownership?: Ownership;

  constructor(scope: Construct, id: string, props: NationalAiCenterProps) {
    super(scope, id, 'NationalAiCenter', props, prune({ targets: props.targets, ownership: props.ownership }));
    this.targets = props.targets;
    this.ownership = props.ownership;
  }
}
