import { Site } from '../spec/site-types.generated';
import { API_VERSION } from '../spec/schema-check';
import { list, num, SiteTemplate, str, subnet24, tenantsOf } from './template';

function mdc(name: string, region: string, operator: string, sector: string, spec: Site['spec']): Site {
  return { apiVersion: API_VERSION, kind: 'MicroDataCenter', metadata: { name, region, operator, labels: { tier: 'edge', sector } }, spec };
}

function fabrics(base: string, computeGbps: number, egress = false) {
  return [
    { name: 'compute', purpose: 'compute' as const, linkGbps: computeGbps, subnet: subnet24(base, 0), topology: 'leaf-spine' as const },
    { name: 'storage', purpose: 'storage' as const, linkGbps: 25, subnet: subnet24(base, 1), topology: 'flat' as const },
    { name: 'mgmt', purpose: 'management' as const, linkGbps: 10, subnet: subnet24(base, 2), topology: 'flat' as const, ...(egress ? { egress: true } : {}) },
  ];
}

export const HOSPITAL_INFERENCE: SiteTemplate = {
  name: 'hospital-inference',
  description: 'Air-gapped hospital MDC: 1-2 air-cooled cabinets of domestic NPU inference servers, departments as tenants',
  params: [
    { key: 'region', type: 'string', default: 'daejeon', description: 'region or city' },
    { key: 'cabinets', type: 'integer', default: 1, min: 1, max: 2, description: 'identical cabinets' },
    { key: 'serversPerCabinet', type: 'integer', default: 4, min: 1, max: 6, description: 'NPU servers (8 cards, 4U) per cabinet' },
    { key: 'accelerator', type: 'string', default: 'furiosa-rngd', choices: ['furiosa-rngd', 'rebellions-atom'], description: 'domestic NPU' },
    { key: 'departments', type: 'list', default: ['radiology', 'pathology', 'emergency'], description: 'tenants, comma-separated' },
    { key: 'subnetBase', type: 'string', default: '10.50', description: 'first two octets of the site /16' },
  ],
  render(name, v) {
    const perNode = str(v, 'accelerator') === 'rebellions-atom' ? 4 : 8;
    const servers = num(v, 'cabinets') * num(v, 'serversPerCabinet');
    return mdc(name, str(v, 'region'), `${str(v, 'region')} hospital`, 'healthcare', {
      airGapped: true,
      cabinets: [
        {
          name: 'cab',
          count: num(v, 'cabinets'),
          rackUnits: 42,
          powerBudgetKw: 20,
          cooling: 'air',
          nodeGroups: [{ name: 'npu', count: num(v, 'serversPerCabinet'), accelerator: str(v, 'accelerator'), acceleratorsPerNode: perNode }],
        },
      ],
      fabrics: fabrics(str(v, 'subnetBase'), 100),
      pools: [{ name: 'inference', nodeGroups: ['cab/npu'] }],
      tenants: tenantsOf(list(v, 'departments'), 'inference', servers * perNode),
    });
  },
};

export const SMART_FACTORY: SiteTemplate = {
  name: 'smart-factory',
  description: 'Smart-factory MDC: vision inference at the edge on Warboy NPUs, an uplink to a regional or national center',
  params: [
    { key: 'region', type: 'string', default: 'gwangju', description: 'region or city' },
    { key: 'visionServers', type: 'integer', default: 4, min: 1, max: 12, description: '2U vision servers (4 Warboy each)' },
    { key: 'lines', type: 'list', default: ['line-inspection', 'safety-cameras'], description: 'production lines as tenants' },
    { key: 'uplinkPeer', type: 'string', default: 'haenam-national-ai-center', description: 'metadata.name of the center at the other end' },
    { key: 'uplinkGbps', type: 'number', default: 100, min: 1, max: 400, description: 'uplink bandwidth' },
    { key: 'subnetBase', type: 'string', default: '10.51', description: 'first two octets of the site /16' },
  ],
  render(name, v) {
    return mdc(name, str(v, 'region'), `${str(v, 'region')} smart factory`, 'manufacturing', {
      airGapped: false,
      cabinets: [
        {
          name: 'cab',
          rackUnits: 42,
          powerBudgetKw: 15,
          cooling: 'air',
          nodeGroups: [{ name: 'vision', count: num(v, 'visionServers'), accelerator: 'furiosa-warboy', acceleratorsPerNode: 4 }],
        },
      ],
      fabrics: fabrics(str(v, 'subnetBase'), 100, true),
      pools: [{ name: 'vision', nodeGroups: ['cab/vision'] }],
      tenants: tenantsOf(list(v, 'lines'), 'vision', num(v, 'visionServers') * 4),
      uplinks: [{ name: 'uplink', peer: str(v, 'uplinkPeer'), gbps: num(v, 'uplinkGbps') }],
    });
  },
};

export const CITY_HALL: SiteTemplate = {
  name: 'city-hall',
  description: 'Municipal MDC: public-service inference for several city departments on Rebellions ATOM',
  params: [
    { key: 'region', type: 'string', default: 'busan', description: 'city' },
    { key: 'servers', type: 'integer', default: 4, min: 1, max: 10, description: '2U servers (4 ATOM each)' },
    { key: 'services', type: 'list', default: ['civil-complaints', 'transport', 'welfare', 'safety'], description: 'public services as tenants' },
    { key: 'subnetBase', type: 'string', default: '10.52', description: 'first two octets of the site /16' },
  ],
  render(name, v) {
    return mdc(name, str(v, 'region'), `${str(v, 'region')} city hall`, 'public', {
      airGapped: true,
      cabinets: [
        {
          name: 'cab',
          rackUnits: 42,
          powerBudgetKw: 12,
          cooling: 'air',
          nodeGroups: [{ name: 'atom', count: num(v, 'servers'), accelerator: 'rebellions-atom', acceleratorsPerNode: 4 }],
        },
      ],
      fabrics: fabrics(str(v, 'subnetBase'), 100),
      pools: [{ name: 'public', nodeGroups: ['cab/atom'] }],
      tenants: tenantsOf(list(v, 'services'), 'public', num(v, 'servers') * 4),
    });
  },
};

export const UNIVERSITY_RESEARCH: SiteTemplate = {
  name: 'university-research',
  description: 'University research MDC: PCIe GPUs for training and domestic NPUs for inference, labs as tenants',
  params: [
    { key: 'region', type: 'string', default: 'daejeon', description: 'region or city' },
    { key: 'gpuServers', type: 'integer', default: 2, min: 1, max: 4, description: '4U servers with 8 H100 PCIe' },
    { key: 'npuServers', type: 'integer', default: 2, min: 1, max: 4, description: '4U servers with 8 RNGD' },
    { key: 'labs', type: 'list', default: ['nlp-lab', 'vision-lab'], description: 'research labs as tenants of both pools' },
    { key: 'subnetBase', type: 'string', default: '10.53', description: 'first two octets of the site /16' },
  ],
  render(name, v) {
    const labs = list(v, 'labs');
    return mdc(name, str(v, 'region'), `${str(v, 'region')} university`, 'research', {
      airGapped: false,
      cabinets: [
        {
          name: 'gpu',
          rackUnits: 42,
          powerBudgetKw: 30,
          cooling: 'rear-door',
          nodeGroups: [{ name: 'h100', count: num(v, 'gpuServers'), accelerator: 'nvidia-h100-pcie', acceleratorsPerNode: 8 }],
        },
        {
          name: 'npu',
          rackUnits: 42,
          powerBudgetKw: 20,
          cooling: 'air',
          nodeGroups: [{ name: 'rngd', count: num(v, 'npuServers'), accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 }],
        },
      ],
      fabrics: fabrics(str(v, 'subnetBase'), 400, true),
      pools: [
        { name: 'training', nodeGroups: ['gpu/h100'] },
        { name: 'inference', nodeGroups: ['npu/rngd'] },
      ],
      tenants: [
        ...tenantsOf(labs, 'training', num(v, 'gpuServers') * 8).map((t) => ({ ...t, name: `${t.name}-train` })),
        ...tenantsOf(labs, 'inference', num(v, 'npuServers') * 8).map((t) => ({ ...t, name: `${t.name}-infer` })),
      ],
    });
  },
};
