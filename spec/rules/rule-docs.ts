/**
 * The documentation of every finding code beyond its one-line summary: why the rule exists,
 * how to fix a finding, and an example that the rule reports. SARIF's rule help and the
 * generated docs/rules.md (scripts/gen-rules-doc.js) are made from this table and
 * ALL_RULE_INFOS; a test requires an entry here for every code and none for codes that do
 * not exist.
 */
export interface RuleDoc {
  /** Why the rule exists: what goes wrong in a real site when it is broken. */
  readonly why: string;
  /** How to fix a finding in general (each finding's own fix names the numbers). */
  readonly fix: string;
  /** What the rule reports: a fragment of a site file, a command, or a description of the input. */
  readonly example: string;
  /**
   * What `example` is: YAML, a shell command, or prose describing an input that does not fit
   * a fragment.
   * @default 'yaml'
   */
  readonly exampleLanguage?: 'yaml' | 'sh' | 'text';
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  AIS001: {
    why: 'A site file that cannot be opened (a symlink to nothing, no read permission, a FIFO, socket or device named like a site file) would otherwise be skipped silently, and CI would pass without checking the site. A path given on the command line that does not exist is a usage error (exit 2) instead.',
    fix: 'Point the symlink at an existing file or remove it, make the file readable, or remove the special file from the folder.',
    example: 'ln -s ../old/clinic.yaml sites/clinic.yaml   # a symlink to nothing\naisite validate sites/',
    exampleLanguage: 'sh',
  },
  AIS002: {
    why: 'Site files are hand-written descriptions; a file over 2 MiB is almost always generated data committed by mistake, and reading it unbounded would slow every check.',
    fix: 'Split the site into several files (one document each), or remove the data that does not describe the site.',
    example: 'a 3 MiB sites/national.yaml',
    exampleLanguage: 'text',
  },
  AIS003: {
    why: 'YAML and JSON are text; a binary file or another encoding would be read as garbage and give misleading findings.',
    fix: 'Save the file as UTF-8 text.',
    example: 'a site file saved as UTF-16 or EUC-KR',
    exampleLanguage: 'text',
  },
  AIS004: {
    why: 'A document that does not parse cannot be checked at all.',
    fix: 'Correct the syntax at the reported line and column (indentation, a missing colon, an unclosed quote or bracket).',
    example: 'spec:\n  cabinets:\n    - name: cab-a\n     rackUnits: 42   # indented one space less than name',
  },
  AIS005: {
    why: 'YAML parsers keep either the first or the last of duplicated keys; which value counts would depend on the tool reading the file.',
    fix: 'Keep one of the keys and delete the other.',
    example: '- name: cab-a\n  powerBudgetKw: 15\n  powerBudgetKw: 20',
  },
  AIS006: {
    why: 'An empty file among the sites is usually a file whose content was lost; treating it as "no findings" would hide that.',
    fix: 'Write the site into the file, or delete it.',
    example: 'an empty sites/new-site.yaml, or one holding only comments',
    exampleLanguage: 'text',
  },
  AIS007: {
    why: 'YAML aliases can expand exponentially (a "billion laughs" document); a bound keeps validation fast and safe on untrusted input.',
    fix: 'Write the repeated parts out, or use fewer nested aliases.',
    example:
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]   # 6,561 x from four lines',
  },
  AIS100: {
    why: 'apiVersion and kind decide which schema and rules apply; an unknown pair cannot be checked.',
    fix: 'Use apiVersion: aisite.dev/v1alpha1 with kind MicroDataCenter, NationalAiCenter or AcceleratorCatalog.',
    example: 'apiVersion: aisite.dev/v1\nkind: MicroDatacenter',
  },
  AIS101: {
    why: 'A value of the wrong type (a string where a number is expected) would make every calculation on it meaningless.',
    fix: 'Write the value with the type the schema gives (numbers unquoted, lists as lists).',
    example: '- name: cab-a\n  powerBudgetKw: "15 kW"',
  },
  AIS102: {
    why: 'Power, space, cooling and addressing checks need their inputs; a missing field cannot be defaulted safely.',
    fix: 'Add the field named in the finding.',
    example: '- name: cab-a\n  rackUnits: 42\n  cooling: air   # powerBudgetKw missing',
  },
  AIS103: {
    why: 'An unknown field is usually a misspelt one, whose value would be ignored without a word.',
    fix: 'Correct the spelling (the finding suggests the closest field), or remove the field.',
    example: '- name: cab-a\n  powerBudgetKW: 15   # powerBudgetKw',
  },
  AIS104: {
    why: 'Enumerated fields (cooling, fabric purpose, topology, precision) select models; an unknown value has no model.',
    fix: 'Use one of the allowed values listed in the finding.',
    example: '- name: cab-a\n  cooling: water   # air, rear-door, direct-liquid or immersion',
  },
  AIS105: {
    why: 'Numbers outside their range (a negative count, a share above 1) describe no real site.',
    fix: 'Use a value within the range given in the finding.',
    example: 'ownership:\n  public: 1.2\n  private: -0.2',
  },
  AIS106: {
    why: 'Names become Docker and DNS names, subnets become networks and hosts become engine addresses; malformed ones fail at deploy time.',
    fix: 'Write names as lowercase DNS labels, subnets in CIDR notation and hosts as unix://, tcp:// or ssh:// URLs.',
    example: 'metadata:\n  name: Busan_Clinic\nspec:\n  fabrics:\n    - name: mgmt\n      subnet: 10.60.0.0',
  },
  AIS107: {
    why: 'Bounds on list and string lengths keep documents readable and validation linear in their size.',
    fix: 'Shorten the string or split the list as the finding says.',
    example: 'metadata:\n  name: a-site-name-that-is-longer-than-the-sixty-three-characters-a-dns-label-allows',
  },
  AIS199: {
    why: 'The JSON Schema has constraints beyond the common ones (conditional fields, combinations); a document that breaks one is not a valid site.',
    fix: 'Read the schema message in the finding and change the document to satisfy it.',
    example: 'a document that breaks a schema constraint without a code of its own',
    exampleLanguage: 'text',
  },
  AIS201: {
    why: 'A cabinet whose servers draw more than its feed trips breakers or is throttled; power is the first limit of a micro data center.',
    fix: 'Raise powerBudgetKw to the drawn power (if the feed allows it), or move servers to another cabinet.',
    example:
      '- name: cab-a\n  powerBudgetKw: 5\n  nodeGroups:\n    - name: rngd\n      count: 4\n      accelerator: furiosa-rngd\n      acceleratorsPerNode: 8',
  },
  AIS202: {
    why: 'Servers that do not fit the rack cannot be installed.',
    fix: 'Use a taller cabinet (rackUnits) or fewer servers per cabinet.',
    example:
      '- name: cab-a\n  rackUnits: 12\n  nodeGroups:\n    - name: dgx\n      count: 2\n      accelerator: nvidia-h200-sxm\n      acceleratorsPerNode: 8   # a DGX is 8U',
  },
  AIS203: {
    why: 'Each cooling method removes a bounded heat load per rack (room air about 25 kW); a denser rack overheats.',
    fix: 'Choose a cooling method that handles the density (rear-door, direct-liquid, immersion), or spread the servers over more cabinets.',
    example:
      '- name: cab-a\n  powerBudgetKw: 60\n  cooling: air\n  nodeGroups:\n    - name: dgx\n      count: 4\n      accelerator: nvidia-h200-sxm\n      acceleratorsPerNode: 8',
  },
  AIS204: {
    why: 'A micro data center is one to ten racks; more is a data center hall with other power, cooling and staffing needs.',
    fix: 'Split the site into several MicroDataCenters, or describe it as a NationalAiCenter.',
    example: 'kind: MicroDataCenter\nspec:\n  cabinets: [ ...eleven cabinets... ]',
  },
  AIS301: {
    why: 'Power, FLOPS and the domestic share come from the accelerator catalog; an unknown id has none of them.',
    fix: 'Use an id from `aisite catalog` (the finding suggests the closest), or add the accelerator in an AcceleratorCatalog file.',
    example: 'nodeGroups:\n  - name: npu\n    count: 2\n    accelerator: furiosa-rngd2',
  },
  AIS302: {
    why: 'The server profile gives height, host power and NICs; without one the cabinet cannot be sized.',
    fix: 'Name a profile from `aisite catalog`, define one in an AcceleratorCatalog, or leave serverProfile out so one is chosen for the accelerator.',
    example: 'nodeGroups:\n  - name: gpu\n    count: 2\n    accelerator: nvidia-h100-pcie\n    serverProfile: pcie-8u-10',
  },
  AIS303: {
    why: 'A server takes a bounded number of accelerators of its form factor (SXM boards, PCIe cards); a group that asks for more cannot be built.',
    fix: 'Lower acceleratorsPerNode, or choose a server profile that takes the accelerator.',
    example: 'nodeGroups:\n  - name: gpu\n    count: 2\n    accelerator: nvidia-h100-pcie\n    serverProfile: pcie-2u-4\n    acceleratorsPerNode: 8',
  },
  AIS304: {
    why: 'Names are how pools, fabrics and tenants refer to things and how Docker objects are named; two things with one name make references ambiguous.',
    fix: 'Rename one of the two.',
    example: 'cabinets:\n  - name: cab-a\n    rackUnits: 42\n  - name: cab-a   # a second cabinet with the same name\n    rackUnits: 42',
  },
  AIS305: {
    why: 'The site name names its state, its Docker objects and its uplink peers; two sites with one name would overwrite each other.',
    fix: 'Give each site its own metadata.name.',
    example: 'sites/a.yaml and sites/b.yaml both with metadata.name: busan-clinic-01',
    exampleLanguage: 'text',
  },
  AIS306: {
    why: 'Two user catalog entries with one id make it unclear which one a node group uses.',
    fix: 'Remove or rename one of the entries.',
    example:
      'kind: AcceleratorCatalog\nspec:\n  accelerators:\n    - id: my-npu\n      vendor: Example\n    - id: my-npu   # the same id again\n      vendor: Example',
  },
  AIS307: {
    why: 'Replacing a built-in entry changes the figures of every site that uses it; this says so, so that it is intended.',
    fix: 'Nothing, if the override is intended; otherwise give the entry an id of its own.',
    example: 'kind: AcceleratorCatalog\nspec:\n  accelerators:\n    - id: furiosa-rngd   # the id of a built-in entry\n      vendor: FuriosaAI',
  },
  AIS308: {
    why: 'Docker names are built from site, cabinet and group names; two different parts of a site that give the same name would replace each other at deploy time.',
    fix: 'Rename one of the parts named in the finding.',
    example: 'cabinets:\n  - name: a-b\n    nodeGroups: [{ name: c, ... }]\n  - name: a\n    nodeGroups: [{ name: b-c, ... }]   # both a-b-c',
  },
  AIS309: {
    why: "Sites deployed to one engine share its namespace; colliding names of two sites would replace each other's containers and networks.",
    fix: 'Rename one of the sites or the part named in the finding.',
    example: 'site a-b with cabinet c, and site a with cabinet b-c, deployed to one engine',
    exampleLanguage: 'text',
  },
  AIS401: {
    why: 'Overlapping fabric subnets in one site make addresses ambiguous; Docker refuses to create the second network.',
    fix: 'Give each fabric its own, non-overlapping subnet.',
    example: 'fabrics:\n  - name: compute\n    subnet: 10.40.0.0/16\n  - name: mgmt\n    subnet: 10.40.1.0/24',
  },
  AIS402: {
    why: 'Sites joined by uplinks, or deployed to one engine, cannot reuse address space.',
    fix: 'Give the sites disjoint subnets (a /16 per site is a simple plan).',
    example: 'site a: subnet 10.50.0.0/24; site b: subnet 10.50.0.0/24',
    exampleLanguage: 'text',
  },
  AIS403: {
    why: 'Every attached server and the site controller need an address; a subnet that is too small leaves some without one.',
    fix: 'Use a larger subnet (a shorter prefix), or attach fewer node groups to the fabric.',
    example: 'fabrics:\n  - name: compute\n    subnet: 10.40.0.0/29   # 6 usable addresses\n    nodeGroups: [cab-a/rngd]   # 8 servers',
  },
  AIS404: {
    why: 'A subnet written with host bits set (10.40.0.1/24) is ambiguous; Docker rejects it.',
    fix: 'Write the network address, e.g. 10.40.0.0/24.',
    example: 'fabrics:\n  - name: mgmt\n    subnet: 10.40.0.1/24',
  },
  AIS405: {
    why: "Docker's default bridge uses 172.17.0.0/16; a fabric inside it collides on most engines.",
    fix: 'Choose a subnet outside 172.17.0.0/16 (10.x.y.0/24 is usual).',
    example: 'fabrics:\n  - name: mgmt\n    subnet: 172.17.5.0/24',
  },
  AIS406: {
    why: "The twin gives every tenant and backbone network a subnet from the site's address pool (spec.twin.addressPool, default 10.240.0.0/12), outside every fabric. When the pool is full, the sites that do not fit would fail mid-deploy instead.",
    fix: 'Set spec.twin.addressPool to a larger block that no fabric uses, or deploy fewer sites on one engine.',
    example: 'spec:\n  twin:\n    addressPool: 10.99.0.0/24\n  fabrics:\n    - name: mgmt\n      subnet: 10.99.0.0/24',
  },
  AIS501: {
    why: 'A fabric that attaches a node group that does not exist wires nothing, and the servers meant for it have no network.',
    fix: 'Use cabinet/group names that exist (the finding suggests the closest).',
    example: 'fabrics:\n  - name: compute\n    nodeGroups: [cab-a/rngdd]',
  },
  AIS502: {
    why: 'A rail-optimized fabric connects NIC i of every server to rail i; without one compute NIC per accelerator some accelerators have no rail of their own.',
    fix: 'Use a server profile with one compute NIC per accelerator, or topology leaf-spine.',
    example:
      'fabrics:\n  - name: compute\n    purpose: compute\n    topology: rail-optimized\n    nodeGroups: [npu-rack/rngd]   # PCIe servers with 2 NICs for 8 NPUs',
  },
  AIS503: {
    why: 'Links faster than the NICs run at NIC speed; the fabric would be sized for bandwidth the servers cannot use, or the NICs are the bottleneck.',
    fix: 'Match linkGbps to the compute NIC speed of the servers, or choose servers with faster NICs.',
    example: 'fabrics:\n  - name: compute\n    purpose: compute\n    linkGbps: 400\n    nodeGroups: [cab-a/gpu]   # servers with 100G NICs',
  },
  AIS504: {
    why: 'Switches of a given radix connect a bounded number of ports in three tiers; a larger fabric cannot be built from them.',
    fix: 'Use switches with a larger switchRadix, split the fabric into several, or (management fabrics) a higher oversubscription.',
    example: 'fabrics:\n  - name: compute\n    switchRadix: 8\n    nodeGroups: [gpu-su/dgx]   # 2,048 servers',
  },
  AIS505: {
    why: 'Collective operations of training jobs run at the speed of the most oversubscribed link; compute fabrics are built non-blocking.',
    fix: 'Set oversubscription: 1 on compute fabrics (oversubscribe storage or management fabrics instead).',
    example: 'fabrics:\n  - name: compute\n    purpose: compute\n    oversubscription: 2',
  },
  AIS601: {
    why: "A pool made of node groups that do not exist has fewer accelerators than it claims, and its tenants' quotas are checked against the wrong total.",
    fix: 'Use cabinet/group names that exist (the finding suggests the closest).',
    example: 'pools:\n  - name: inference\n    nodeGroups: [cab-a/rngd, cab-b/rngd]   # no cab-b',
  },
  AIS602: {
    why: 'An accelerator can be allocated once; a node group in two pools would be promised to two sets of tenants.',
    fix: 'Keep the node group in one pool.',
    example: 'pools:\n  - name: a\n    nodeGroups: [cab-a/rngd]\n  - name: b\n    nodeGroups: [cab-a/rngd]',
  },
  AIS603: {
    why: 'A tenant of a pool that does not exist gets nothing.',
    fix: 'Name a pool that exists (the finding suggests the closest).',
    example: 'tenants:\n  - name: radiology\n    pool: inferense\n    guaranteed: 8',
  },
  AIS604: {
    why: 'Guarantees that add up to more than the pool cannot all be honoured at once; the first tenant to be short is found in production.',
    fix: 'Lower the guarantees, or add node groups to the pool.',
    example:
      'pools:\n  - name: inference\n    nodeGroups: [cab-a/rngd]   # 16 NPUs\ntenants:\n  - { name: a, pool: inference, guaranteed: 12 }\n  - { name: b, pool: inference, guaranteed: 8 }',
  },
  AIS605: {
    why: 'A limit below the guarantee contradicts it: the tenant is promised more than it may use.',
    fix: 'Raise the limit to at least the guarantee, or lower the guarantee.',
    example: 'tenants:\n  - name: radiology\n    pool: inference\n    guaranteed: 8\n    limit: 4',
  },
  AIS606: {
    why: 'A limit above the whole pool can never be reached; it usually means the pool or the limit is wrong.',
    fix: "Lower the limit to at most the pool's accelerators, or add node groups to the pool.",
    example: 'tenants:\n  - name: radiology\n    pool: inference   # 16 NPUs\n    guaranteed: 4\n    limit: 64',
  },
  AIS607: {
    why: 'A pool without tenants holds accelerators that nobody may use.',
    fix: 'Add a tenant to the pool, or remove the pool.',
    example: 'pools:\n  - name: spare\n    nodeGroups: [cab-b/rngd]\n# and no tenant with pool: spare',
  },
  AIS608: {
    why: 'On a swarm site only node groups in a pool become swarm services; one in no pool stays a plain container, which is rarely intended.',
    fix: "Add the node group to a pool, or set the site's target to docker.",
    example: 'spec:\n  target: swarm\n  pools:\n    - name: inference\n      nodeGroups: [cab-a/rngd]\n  # cab-a/vision is in no pool',
  },
  AIS701: {
    why: 'An air-gapped site (a hospital, a defence site) must have no network path out; an uplink is one.',
    fix: 'Remove the uplink, or set airGapped: false if the site is not air-gapped.',
    example: 'spec:\n  airGapped: true\n  uplinks:\n    - { name: to-national, peer: haenam-national-ai-center, gbps: 100 }',
  },
  AIS702: {
    why: 'A fabric with egress reaches the outside world, which an air-gapped site must not.',
    fix: 'Remove egress from the fabric, or set airGapped: false.',
    example: 'spec:\n  airGapped: true\n  fabrics:\n    - name: mgmt\n      egress: true',
  },
  AIS703: {
    why: 'An uplink can only be checked (symmetry, bandwidth) and wired when both sites are validated together.',
    fix: 'Validate the peer site together with this one, or correct the peer name.',
    example: 'aisite validate sites/gwangju-factory-01.yaml   # its peer haenam-national-ai-center not given',
    exampleLanguage: 'sh',
  },
  AIS704: {
    why: 'A link has two ends; an uplink declared on one side only is a link the other site does not plan for.',
    fix: 'Declare the uplink on the peer too, naming this site.',
    example: 'site a: uplinks: [{ name: to-b, peer: b, gbps: 100 }]; site b declares no uplink to a',
    exampleLanguage: 'text',
  },
  AIS705: {
    why: 'Both ends of a link run at one speed; different bandwidths mean one side is planned wrong.',
    fix: 'Declare the same gbps on both ends.',
    example: 'site a: { peer: b, gbps: 100 }; site b: { peer: a, gbps: 400 }',
    exampleLanguage: 'text',
  },
  AIS706: {
    why: 'A site cannot be linked to itself; such an uplink is a copy-paste mistake.',
    fix: 'Name another site as the peer, or remove the uplink.',
    example: 'metadata:\n  name: busan-city-01\nspec:\n  uplinks:\n    - { name: loop, peer: busan-city-01, gbps: 100 }',
  },
  AIS801: {
    why: 'A national center is planned to deliver a stated compute capacity; falling short of the exaFLOPS target at its precision is a planning gap.',
    fix: 'Add accelerators (more scalable units), or change the target if the plan changed.',
    example: 'kind: NationalAiCenter\nspec:\n  targets:\n    exaflops: 10\n    precision: fp64   # the cabinets give 1.1',
  },
  AIS802: {
    why: 'Sovereign-compute plans set a share of domestic accelerators; falling short of it is a planning gap.',
    fix: 'Add domestic accelerators (e.g. REBEL-Quad or RNGD node groups), or change the target if the plan changed.',
    example: 'kind: NationalAiCenter\nspec:\n  targets:\n    domesticAcceleratorShare: 0.5   # the cabinets give 0.2',
  },
  AIS803: {
    why: 'Ownership of a special purpose company is divided in full; shares that do not add up to 1 describe no company.',
    fix: 'Make public + private equal 1.',
    example: 'ownership:\n  public: 0.51\n  private: 0.5',
  },
  AIS804: {
    why: 'National targets and SPC ownership belong to national centers; on a micro data center they would be ignored.',
    fix: 'Remove targets and ownership, or make the site a NationalAiCenter.',
    example: 'kind: MicroDataCenter\nspec:\n  targets:\n    exaflops: 1',
  },
  AIS901: {
    why: 'TLS certificates secure a TCP connection to a Docker engine; for a local socket or ssh they are not used, so giving them is a mistake.',
    fix: "Remove dockerCertPath, or point dockerHost at the engine's tcp:// address.",
    example: 'spec:\n  dockerHost: unix:///var/run/docker.sock\n  dockerCertPath: certs/site',
  },
  AIS902: {
    why: 'A Docker engine on plain TCP gives anyone who reaches the port root on the host.',
    fix: 'Add dockerCertPath with the client certificates (ca.pem, cert.pem, key.pem) and run the engine with --tlsverify, or use ssh://.',
    example: 'spec:\n  dockerHost: tcp://10.0.0.5:2375',
  },
  AIS950: {
    why: 'A suppression hides a finding from the pass or fail of validation; without a reason a reviewer cannot tell an accepted risk from a silenced one.',
    fix: 'Give the suppression a reason that says why the finding is accepted (and, if it is temporary, an expires date).',
    example: 'metadata:\n  suppressions:\n    - code: AIS802',
  },
  AIS951: {
    why: 'A suppression that matches nothing is left over from a problem that was fixed, or names the wrong code or target; it would silently hide a future finding.',
    fix: 'Remove the suppression, or correct its code or target.',
    example: 'metadata:\n  suppressions:\n    - code: AIS502\n      target: npu-rack/rngdd   # no such node group\n      reason: two NICs by design',
  },
  AIS952: {
    why: 'File and schema errors mean the file is not read as written, and suppression findings guard the suppressions themselves; neither can be accepted.',
    fix: 'Fix the file or schema problem, or name a code from `aisite rules` that can be suppressed.',
    example: 'metadata:\n  suppressions:\n    - code: AIS103\n      reason: an extra field we use',
  },
  AIS953: {
    why: 'An expiry date makes a temporary acceptance end by itself; once it has passed the finding counts again, and the stale suppression should go.',
    fix: 'Fix what the finding reports and remove the suppression, or set a new expires date with a reason for the extension.',
    example: 'metadata:\n  suppressions:\n    - code: AIS802\n      reason: domestic NPUs arrive in phase two\n      expires: 2025-12-31',
  },
};
