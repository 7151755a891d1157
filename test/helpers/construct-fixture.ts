import { Testing, TerraformStack } from 'cdktf';
import { MicroDataCenterProps } from '../../constructs/micro-data-center';

/** A fixed context hash, so construct tests do not depend on this machine's busybox. */
export const TEST_IMAGE_SHA = 'a'.repeat(64);

/** Valid props for a small air-gapped hospital MDC, written as a TypeScript user would. */
export function hospitalProps(over: Partial<MicroDataCenterProps> = {}): MicroDataCenterProps {
  return {
    name: 'test-hospital',
    airGapped: true,
    labels: { tier: 'edge' },
    cabinets: [
      {
        name: 'cab-a',
        rackUnits: 42,
        powerBudgetKw: 20,
        cooling: 'air',
        nodeGroups: [
          { name: 'rngd', count: 2, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 },
          { name: 'atom', count: 1, accelerator: 'rebellions-atom', acceleratorsPerNode: 4 },
        ],
      },
    ],
    fabrics: [
      { name: 'compute', purpose: 'compute', linkGbps: 100, subnet: '10.90.0.0/24', topology: 'leaf-spine' },
      { name: 'mgmt', purpose: 'management', linkGbps: 10, subnet: '10.90.1.0/24', topology: 'flat' },
    ],
    pools: [
      { name: 'inference', nodeGroups: ['cab-a/rngd'] },
      { name: 'vision', nodeGroups: ['cab-a/atom'] },
    ],
    tenants: [
      { name: 'radiology', pool: 'inference', guaranteed: 8, limit: 16, weight: 2 },
      { name: 'pathology', pool: 'vision', guaranteed: 4 },
    ],
    imageContextSha256: TEST_IMAGE_SHA,
    ...over,
  };
}

/** A fresh stack in a test app. */
export function testStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'test');
}

type Json = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

/** The synthesized stack as JSON. */
export function synthJson(stack: TerraformStack, runValidations = false): Json {
  return JSON.parse(Testing.synth(stack, runValidations)) as Json;
}

/** Resources of one type, as a list of their bodies. */
export function resources(json: Json, type: string): Array<Record<string, unknown>> {
  return Object.values(json.resource?.[type] ?? {});
}

/** A resource's labels block as a record. */
export function labelsOf(resource: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries((resource.labels as Array<{ label: string; value: string }>).map((l) => [l.label, l.value]));
}
