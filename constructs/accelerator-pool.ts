import { Construct } from 'constructs';
import { Pool } from '../spec/site-types.generated';

export interface AcceleratorPoolProps extends Pool {
  /** Accelerators in the pool, counted from its node groups. */
  readonly accelerators: number;
}

/**
 * Accelerators of one or more node groups that tenants are allocated from. On Docker a
 * pool is the `aisite.pool` label of its servers and the tenant networks they join.
 */
export class AcceleratorPool extends Construct {
  readonly poolName: string;
  readonly nodeGroups: readonly string[];
  readonly accelerators: number;
  private readonly tenantNames: string[] = [];

  constructor(scope: Construct, id: string, props: AcceleratorPoolProps) {
    super(scope, id);
    this.poolName = props.name;
    this.nodeGroups = [...props.nodeGroups];
    this.accelerators = props.accelerators;
  }

  /** Records a tenant drawing from this pool. */
  addTenant(name: string): void {
    this.tenantNames.push(name);
  }

  /** Tenants drawing from this pool, in spec order. */
  get tenants(): readonly string[] {
    return this.tenantNames;
  }
}
