import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Service, ServiceRollbackConfig, ServiceUpdateConfig } from '@cdktf/provider-docker/lib/service';
import { Construct } from 'constructs';
import { LABELS, nodeContainerPrefix } from '../spec/model/docker-names';
import { genericResourceSpec, placementConstraint } from '../spec/model/swarm-target';
import { NodeGroupPlan } from '../spec/model/twin-plan';
import { Accelerator, NodeGroup } from '../spec/site-types.generated';
import { HARDENED_TASK, TASK_LIMITS, TASK_LOG_DRIVER } from './hardening';
import { dockerLabels } from './labels';

/**
 * Rolling updates: one task at a time, the new one started (and healthy) before the old
 * one stops, and a failed update rolled back. Every field is set because the provider
 * reads them all back (unset ones would show as a change in every plan).
 */
export const ROLLING_UPDATE: Required<ServiceUpdateConfig> = {
  parallelism: 1,
  delay: '2s',
  failureAction: 'rollback',
  monitor: '5s',
  maxFailureRatio: '0.0',
  order: 'start-first',
};

/** How a rollback goes: also one at a time, start first; a failing rollback pauses. */
export const ROLLBACK: Required<ServiceRollbackConfig> = {
  parallelism: 1,
  delay: '0s',
  failureAction: 'pause',
  monitor: '5s',
  maxFailureRatio: '0.0',
  order: 'start-first',
};

export interface NodeGroupServiceProps {
  readonly siteName: string;
  readonly cabinet: string;
  readonly nodeGroup: NodeGroup;
  /** How many tasks stand for the group (the twin's container count) and what each stands for. */
  readonly plan: NodeGroupPlan;
  readonly imageId: string;
  /** Ids (references) of the overlay networks the tasks join: the group's fabrics and its pool's tenants. */
  readonly networkIds: readonly string[];
  /** The catalog entry of the accelerator: its kind names the generic resource (GPU, NPU, PIM). */
  readonly accelerator?: Pick<Accelerator, 'kind'>;
  readonly pool?: string;
  /** @default none */
  readonly tenants?: readonly string[];
  /** Labels of the site (aisite.label.*). @default none */
  readonly siteLabels?: Readonly<Record<string, string>>;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
}

/**
 * A node group of a swarm-target pool as one Docker Swarm service: `replicas` tasks of the
 * node image (the twin's container count), placed on nodes labelled with the accelerator
 * model, each reserving one server's accelerators as a generic resource (e.g. `NPU=8`),
 * on overlay networks, updated one task at a time with rollback.
 */
export class NodeGroupService extends Construct {
  readonly resource: Service;
  /** Service name, `<site>-<cabinet>-<group>` (the prefix its containers would have). */
  readonly serviceName: string;
  readonly replicas: number;

  constructor(scope: Construct, id: string, props: NodeGroupServiceProps) {
    super(scope, id);
    const { siteName, cabinet, nodeGroup: ng, plan } = props;
    this.serviceName = nodeContainerPrefix(siteName, cabinet, ng.name);
    this.replicas = plan.containers;
    const labels = dockerLabels(this, {
      ...props.siteLabels,
      [LABELS.site]: siteName,
      [LABELS.role]: 'node',
      [LABELS.cabinet]: cabinet,
      [LABELS.nodeGroup]: ng.name,
      [LABELS.accelerator]: ng.accelerator,
      [LABELS.acceleratorsPerNode]: ng.acceleratorsPerNode,
      [LABELS.represents]: plan.represents,
      [LABELS.pool]: props.pool,
      [LABELS.tenants]: props.tenants?.length ? props.tenants.join(',') : undefined,
    });
    this.resource = new Service(this, 'service', {
      provider: props.provider,
      name: this.serviceName,
      labels,
      mode: { replicated: { replicas: plan.containers } },
      // No virtual IP: the name resolves to every task, and a fabric's subnet needs no
      // address beyond one per task (sized like the containers').
      endpointSpec: { mode: 'dnsrr' },
      updateConfig: ROLLING_UPDATE,
      rollbackConfig: ROLLBACK,
      taskSpec: {
        containerSpec: {
          ...HARDENED_TASK,
          image: props.imageId,
          // Swarm fills in the task slot (1, 2, …) per task.
          hostname: `${cabinet}-${ng.name}-{{.Task.Slot}}`,
          env: {
            AISITE_ROLE: 'node',
            AISITE_SITE: siteName,
            AISITE_CABINET: cabinet,
            AISITE_NODE_GROUP: ng.name,
            AISITE_ACCELERATOR: ng.accelerator,
            AISITE_ACCELERATORS_PER_NODE: String(ng.acceleratorsPerNode),
            AISITE_REPRESENTS: String(plan.represents),
            AISITE_INDEX: '{{.Task.Slot}}',
          },
          labels,
        },
        resources: {
          limits: TASK_LIMITS,
          reservation: { genericResources: { discreteResourcesSpec: [genericResourceSpec(props.accelerator, ng.acceleratorsPerNode)] } },
        },
        placement: { constraints: [placementConstraint(ng.accelerator)] },
        logDriver: TASK_LOG_DRIVER,
      },
    });
    // Provider 4.x reads a task's networks back as ids into `id` (`name` is deprecated and
    // would differ in every plan); the 12.0.3 bindings only know `name`.
    this.resource.addOverride(
      'task_spec.networks_advanced',
      props.networkIds.map((networkId) => ({ id: networkId })),
    );
  }
}
