import { Container } from '@cdktf/provider-docker/lib/container';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Fn, Op, TerraformCount, Token } from 'cdktf';
import { Construct } from 'constructs';
import { LABELS, nodeContainerPrefix } from '../spec/model/docker-names';
import { NodeGroupPlan } from '../spec/model/twin-plan';
import { Cabinet as CabinetSpec } from '../spec/site-types.generated';
import { Accelerator } from '../spec/site-types.generated';
import { HARDENED, healthcheckSetting } from './hardening';
import { dockerLabels } from './labels';
import { NodeGroupService } from './node-group-service';

/** Where a node group's servers attach: networks and the pool they serve. */
export interface NodeGroupWiring {
  /** Network names (references) the group's containers join: its fabrics and its pool's tenants. */
  readonly networks: readonly string[];
  readonly pool?: string;
  readonly tenants: readonly string[];
  /** Set when the group runs as a Docker Swarm service (its pool's or the site's target is swarm). @default a container resource */
  readonly swarm?: SwarmWiring;
}

/** What a swarm node group's service needs beyond a container's wiring. */
export interface SwarmWiring {
  /** Ids (references) of the same networks: a service names its networks by id. */
  readonly networkIds: readonly string[];
  /** The accelerator's catalog entry, for the generic resource kind. */
  readonly accelerator?: Pick<Accelerator, 'kind'>;
  /** The site's engine and its image, when the cabinet's containers run on another one (services stay on the site's). @default the cabinet's */
  readonly provider?: DockerProvider;
  readonly imageId?: string;
}

export interface CabinetProps extends CabinetSpec {
  readonly siteName: string;
  readonly imageId: string;
  /** How many containers stand for each node group of this cabinet, by node group name. */
  readonly plans: ReadonlyMap<string, NodeGroupPlan>;
  /** Networks, pool and tenants of each node group, by node group name. */
  readonly wiring: ReadonlyMap<string, NodeGroupWiring>;
  /** Labels of the site (aisite.label.*). @default none */
  readonly siteLabels?: Readonly<Record<string, string>>;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
  /** Whether its containers keep the node image's Docker healthcheck (a programme twin's have none). @default true */
  readonly healthchecks?: boolean;
}

/**
 * A cabinet entry (possibly `count` identical cabinets). Each node group becomes one
 * `docker_container` resource with a Terraform `count`, so a thousand servers are one
 * block of JSON; each container is labelled with what it stands for. A node group with
 * a swarm target becomes one `docker_service` instead (see NodeGroupService).
 */
export class Cabinet extends Construct {
  /** One container resource (with count) per node group, by node group name. */
  readonly containers = new Map<string, Container>();
  /** One service per swarm node group, by node group name. */
  readonly services = new Map<string, NodeGroupService>();
  readonly spec: CabinetSpec;

  constructor(scope: Construct, id: string, props: CabinetProps) {
    super(scope, id);
    const { siteName, imageId, plans, wiring, siteLabels, provider, healthchecks, ...spec } = props;
    this.spec = spec;
    for (const ng of spec.nodeGroups) {
      const plan = plans.get(ng.name);
      if (!plan) continue;
      const wire: NodeGroupWiring = wiring.get(ng.name) ?? { networks: [], tenants: [] };
      if (wire.swarm) {
        this.services.set(
          ng.name,
          new NodeGroupService(this, `${ng.name}-service`, {
            siteName,
            cabinet: spec.name,
            nodeGroup: ng,
            plan,
            imageId: wire.swarm.imageId ?? imageId,
            networkIds: wire.swarm.networkIds,
            accelerator: wire.swarm.accelerator,
            pool: wire.pool,
            tenants: wire.tenants,
            siteLabels,
            provider: wire.swarm.provider ?? provider,
          }),
        );
        continue;
      }
      const count = TerraformCount.of(plan.containers);
      const index = Token.asString(count.index);
      const represents: string =
        plan.lastRepresents === plan.represents
          ? String(plan.represents)
          : Token.asString(Fn.conditional(Op.eq(count.index, plan.containers - 1), plan.lastRepresents, plan.represents));
      const prefix = nodeContainerPrefix(siteName, spec.name, ng.name);
      const container = new Container(this, ng.name, {
        provider,
        ...HARDENED,
        ...healthcheckSetting(healthchecks),
        count,
        name: `${prefix}-${index}`,
        hostname: `${spec.name}-${ng.name}-${index}`,
        image: imageId,
        env: [
          'AISITE_ROLE=node',
          `AISITE_SITE=${siteName}`,
          `AISITE_CABINET=${spec.name}`,
          `AISITE_NODE_GROUP=${ng.name}`,
          `AISITE_ACCELERATOR=${ng.accelerator}`,
          `AISITE_ACCELERATORS_PER_NODE=${ng.acceleratorsPerNode}`,
          `AISITE_REPRESENTS=${represents}`,
          `AISITE_INDEX=${index}`,
        ],
        labels: dockerLabels(this, {
          ...siteLabels,
          [LABELS.site]: siteName,
          [LABELS.role]: 'node',
          [LABELS.cabinet]: spec.name,
          // Which of the identical cabinets, when each container is one real server.
          [LABELS.cabinetIndex]:
            plan.represents === 1 && (spec.count ?? 1) > 1 ? Token.asString(Fn.floor(Op.div(count.index, plan.serversPerCabinet))) : undefined,
          [LABELS.nodeGroup]: ng.name,
          [LABELS.accelerator]: ng.accelerator,
          [LABELS.acceleratorsPerNode]: ng.acceleratorsPerNode,
          [LABELS.represents]: represents,
          [LABELS.pool]: wire.pool,
          [LABELS.tenants]: wire.tenants.length ? wire.tenants.join(',') : undefined,
        }),
        networksAdvanced: wire.networks.map((name) => ({ name })),
      });
      this.containers.set(ng.name, container);
    }
  }
}
