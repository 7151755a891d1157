import { Site } from '../spec/site-types.generated';
import { API_VERSION } from '../spec/schema-check';
import { list, num, SiteTemplate, str } from './template';

/** DGX nodes per scalable unit (32 slots; the fabric manager's slot is counted as a node here). */
const NODES_PER_SU = 32;
/** DGX nodes per GPU cabinet (4 x 10.2 kW, about 41 kW per rack). */
const DGX_PER_CABINET = 4;
/** REBEL-Quad servers per NPU cabinet (8 x 6 kW). */
const NPU_SERVERS_PER_CABINET = 8;

/**
 * A national AI computing center in scalable units of 8-GPU DGX H200 nodes, with enough
 * domestic REBEL-Quad servers to meet the domestic-share target, SPC ownership and
 * weighted national model teams (figures: domain-facts.md).
 */
export const NATIONAL_AI_CENTER: SiteTemplate = {
  name: 'national-ai-center',
  description: 'National AI computing center: scalable units of DGX H200, domestic NPUs to a target share, SPC ownership, weighted teams',
  params: [
    { key: 'region', type: 'string', default: 'jeollanam-do', description: 'region' },
    { key: 'scalableUnits', type: 'integer', default: 64, min: 1, max: 128, description: 'scalable units of 32 DGX H200 (256 GPUs)' },
    { key: 'domesticShare', type: 'number', default: 0.5, min: 0, max: 0.75, description: 'target share of domestic accelerators' },
    { key: 'exaflops', type: 'number', default: 0, min: 0, max: 100, description: 'FP64 exaflops target (0: what the scalable units deliver)' },
    { key: 'publicShare', type: 'number', default: 0.51, min: 0, max: 1, description: 'public share of the SPC (private is the rest)' },
    { key: 'teams', type: 'list', default: ['foundation-model-a', 'foundation-model-b', 'academia'], description: 'national model teams (weights 3, 3, 1, …)' },
  ],
  render(name, v): Site {
    const gpuCabinets = (num(v, 'scalableUnits') * NODES_PER_SU) / DGX_PER_CABINET;
    const gpus = gpuCabinets * DGX_PER_CABINET * 8;
    const share = num(v, 'domesticShare');
    const npusNeeded = share > 0 ? Math.ceil((share * gpus) / (1 - share)) : 0;
    const npuCabinets = Math.ceil(npusNeeded / (NPU_SERVERS_PER_CABINET * 8));
    const npus = npuCabinets * NPU_SERVERS_PER_CABINET * 8;
    const teams = list(v, 'teams');
    // H200 FP64 (tensor) is 67 TFLOPS: 15,000 such GPUs are the plan's 1 EF.
    const deliveredEf = Math.floor((gpus * 67) / 1e3) / 1e3;
    const exaflops = num(v, 'exaflops') > 0 ? num(v, 'exaflops') : Math.max(0.001, deliveredEf);
    const teamShare = Math.floor(gpus / 2 / Math.max(1, teams.length));
    const cabinets: Site['spec']['cabinets'] = [
      {
        name: 'gpu-su',
        count: gpuCabinets,
        rackUnits: 42,
        powerBudgetKw: 45,
        cooling: 'direct-liquid',
        nodeGroups: [{ name: 'dgx', count: DGX_PER_CABINET, accelerator: 'nvidia-h200-sxm', acceleratorsPerNode: 8 }],
      },
    ];
    if (npuCabinets > 0) {
      cabinets.push({
        name: 'npu-row',
        count: npuCabinets,
        rackUnits: 42,
        powerBudgetKw: 50,
        cooling: 'direct-liquid',
        nodeGroups: [{ name: 'rebel', count: NPU_SERVERS_PER_CABINET, accelerator: 'rebellions-rebel-quad', acceleratorsPerNode: 8 }],
      });
    }
    return {
      apiVersion: API_VERSION,
      kind: 'NationalAiCenter',
      metadata: { name, region: str(v, 'region'), operator: 'National AI Computing Center SPC', labels: { tier: 'national' } },
      spec: {
        cabinets,
        fabrics: [
          { name: 'gpu-compute', purpose: 'compute', linkGbps: 400, subnet: '10.0.0.0/18', topology: 'rail-optimized', nodeGroups: ['gpu-su/dgx'] },
          ...(npuCabinets > 0
            ? [
                {
                  name: 'npu-compute',
                  purpose: 'compute' as const,
                  linkGbps: 400,
                  subnet: '10.0.128.0/17',
                  topology: 'leaf-spine' as const,
                  switchRadix: 256,
                  nodeGroups: ['npu-row/rebel'],
                },
              ]
            : []),
          { name: 'storage', purpose: 'storage', linkGbps: 200, subnet: '10.1.0.0/17', topology: 'rail-optimized', switchRadix: 64 },
          { name: 'mgmt', purpose: 'management', linkGbps: 100, subnet: '10.2.0.0/17', topology: 'rail-optimized', oversubscription: 3 },
        ],
        pools: [
          { name: 'sovereign-training', nodeGroups: ['gpu-su/dgx'] },
          ...(npuCabinets > 0 ? [{ name: 'national-inference', nodeGroups: ['npu-row/rebel'] as [string] }] : []),
        ],
        tenants: [
          ...teams.map((t, i) => ({ name: t, pool: 'sovereign-training', guaranteed: teamShare, limit: Math.min(gpus, teamShare * 2), weight: i < 2 ? 3 : 1 })),
          ...(npuCabinets > 0 ? [{ name: 'public-services', pool: 'national-inference', guaranteed: Math.floor(npus / 2), limit: npus, weight: 2 }] : []),
        ],
        targets: { exaflops, precision: 'fp64', domesticAcceleratorShare: share, year: 2030 },
        ownership: { public: num(v, 'publicShare'), private: Math.round((1 - num(v, 'publicShare')) * 1e6) / 1e6 },
      },
    };
  },
};
