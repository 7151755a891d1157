/* Generated from spec/schema/site.schema.json by `npm run gen:types`. Do not edit. */

export type AisiteDocument = (Site | AcceleratorCatalog)
/**
 * Where node groups run: docker (default), containers on the engine; swarm, each node group of a pool becomes a Docker Swarm service (replicas, placement on node labels, generic resource reservations) on overlay networks. Set on the site (spec.target) or on a pool; a pool's own target wins.
 */
export type DeployTarget = ("docker" | "swarm")
/**
 * A DNS label: lowercase letters, digits and '-', starting with a letter, ending with a letter or digit, at most 63 characters.
 */
export type DnsLabel = string
/**
 * An IPv4 network in CIDR notation, e.g. 10.40.0.0/22.
 */
export type Cidr = string

export interface Site {
apiVersion: "aisite.dev/v1alpha1"
kind: ("MicroDataCenter" | "NationalAiCenter")
metadata: Metadata
spec: SiteSpec
}
export interface Metadata {
/**
 * Site name, a DNS label unique across all sites.
 */
name: string
/**
 * Region or city the site is in.
 */
region?: string
/**
 * Who runs the site.
 */
operator?: string
/**
 * Free-form labels, copied onto every deployed object as aisite.label.<key>.
 */
labels?: {
[k: string]: string | undefined
}
/**
 * Findings of this site accepted on purpose, each with the reason. Suppressed findings do not fail validation but stay visible in every report format.
 * 
 * @maxItems 1000
 */
suppressions?: Suppression[]
}
/**
 * Accepts the findings of one code (on one target, when given) with a reason.
 */
export interface Suppression {
/**
 * Finding code to accept, e.g. AIS802. File and schema codes (AIS0xx, AIS1xx) and the suppression codes (AIS95x) cannot be suppressed.
 */
code: string
/**
 * Why the finding is accepted. Required: a suppression without a reason is an error finding (AIS950).
 */
reason?: string
/**
 * Only findings about this object: a cabinet, cabinet/node group, fabric, pool or tenant name. Default: every finding of the code in this site.
 */
target?: string
/**
 * Last day the suppression applies (YYYY-MM-DD); after it the finding counts again. Default: never expires.
 */
expires?: string
}
export interface SiteSpec {
/**
 * No route to any outside network.
 */
airGapped?: boolean
/**
 * Docker engine for the site. Default: the local engine.
 */
dockerHost?: string
/**
 * Folder with ca.pem, cert.pem and key.pem (Docker's DOCKER_CERT_PATH) for a tcp:// dockerHost with TLS.
 */
dockerCertPath?: string
state?: StateBackend
target?: DeployTarget
/**
 * @minItems 1
 * @maxItems 1000
 */
cabinets: [Cabinet, ...(Cabinet)[]]
/**
 * @maxItems 64
 */
fabrics?: Fabric[]
/**
 * @maxItems 256
 */
pools?: Pool[]
/**
 * @maxItems 1024
 */
tenants?: Tenant[]
/**
 * @maxItems 256
 */
uplinks?: Uplink[]
targets?: Targets
ownership?: Ownership
twin?: TwinSettings
}
/**
 * Where Terraform keeps the site's state. The connection string of the pg backend comes from the environment (PG_CONN_STR), never from the spec.
 */
export interface StateBackend {
/**
 * local: a file under --state-dir; pg: Terraform's PostgreSQL backend, shared by a team.
 */
backend?: ("local" | "pg")
/**
 * PostgreSQL schema of the site's state. Default: aisite_ plus the site name with - as _.
 */
schema?: string
}
export interface Cabinet {
name: DnsLabel
/**
 * Identical cabinets described by this entry.
 */
count?: number
rackUnits: number
powerBudgetKw: number
cooling: ("air" | "rear-door" | "direct-liquid" | "immersion")
/**
 * Docker engine for this cabinet's containers (unix://, tcp://, ssh://). Default: the site's dockerHost.
 */
dockerHost?: string
/**
 * Folder with ca.pem, cert.pem and key.pem (Docker's DOCKER_CERT_PATH) for a tcp:// dockerHost with TLS. Default: the site's dockerCertPath when the cabinet uses the site's host.
 */
dockerCertPath?: string
/**
 * @minItems 1
 * @maxItems 64
 */
nodeGroups: [NodeGroup, ...(NodeGroup)[]]
}
export interface NodeGroup {
name: DnsLabel
/**
 * Servers of this group in each cabinet.
 */
count: number
/**
 * Accelerator id from the catalog, e.g. furiosa-rngd.
 */
accelerator: string
acceleratorsPerNode: number
/**
 * Server profile id from the catalog. Default: the accelerator's default profile when it holds acceleratorsPerNode (at rackUnitsPerNode's height, when given), else the smallest catalog profile that does.
 */
serverProfile?: string
/**
 * Rack units per server. Default: from the server profile.
 */
rackUnitsPerNode?: number
/**
 * Maximum power per server in kW. Default: accelerators x TDP + the profile's host overhead.
 */
powerKwPerNode?: number
}
export interface Fabric {
name: DnsLabel
purpose: ("compute" | "storage" | "management")
linkGbps: number
subnet: Cidr
topology: ("rail-optimized" | "leaf-spine" | "flat")
/**
 * Leaf downlink to uplink bandwidth ratio; 1 is non-blocking.
 */
oversubscription?: number
/**
 * Ports per switch at linkGbps.
 */
switchRadix?: number
/**
 * Whether this fabric routes to networks outside the site.
 */
egress?: boolean
/**
 * Node groups attached, as cabinet/nodeGroup. Default: every node group of the site.
 * 
 * @maxItems 1024
 */
nodeGroups?: string[]
}
export interface Pool {
name: DnsLabel
/**
 * Node groups whose accelerators form the pool, as cabinet/nodeGroup.
 * 
 * @minItems 1
 * @maxItems 1024
 */
nodeGroups: [string, ...(string)[]]
target?: DeployTarget
}
export interface Tenant {
name: DnsLabel
pool: DnsLabel
/**
 * Accelerators always available to the tenant.
 */
guaranteed: number
/**
 * Ceiling when borrowing idle capacity. Default: guaranteed.
 */
limit?: number
/**
 * Share of the unguaranteed capacity, relative to other tenants of the pool.
 */
weight?: number
}
export interface Uplink {
name: DnsLabel
/**
 * A DNS label: lowercase letters, digits and '-', starting with a letter, ending with a letter or digit, at most 63 characters.
 */
peer: string
gbps: number
}
export interface Targets {
/**
 * Peak exaFLOPS the center must reach at `precision`.
 */
exaflops?: number
/**
 * A numeric precision for peak-throughput figures.
 */
precision?: ("fp64" | "fp32" | "tf32" | "bf16" | "fp16" | "fp8" | "int8" | "fp4")
/**
 * Share of accelerators (by count) that must be domestic.
 */
domesticAcceleratorShare?: number
/**
 * Year the targets refer to.
 */
year?: number
}
/**
 * Shares of the special-purpose company operating the center; they must sum to 1.
 */
export interface Ownership {
public: number
private: number
}
/**
 * How the site's Docker twin is made.
 */
export interface TwinSettings {
/**
 * An IPv4 network in CIDR notation, e.g. 10.40.0.0/22.
 */
addressPool?: string
}
export interface AcceleratorCatalog {
apiVersion: "aisite.dev/v1alpha1"
kind: "AcceleratorCatalog"
metadata: Metadata
spec: {
/**
 * @maxItems 1000
 */
accelerators?: Accelerator[]
/**
 * @maxItems 1000
 */
serverProfiles?: ServerProfile[]
}
}
export interface Accelerator {
id: DnsLabel
vendor: string
model: string
kind?: ("gpu" | "npu" | "pim")
/**
 * Designed in Korea (counts toward the domestic accelerator share).
 */
domestic: boolean
tdpW: number
memoryGB: number
peakTflops: PeakTflops
formFactor: ("sxm" | "oam" | "pcie" | "memory")
defaultServerProfile?: string
/**
 * Where the figures come from.
 */
source: string
}
/**
 * Dense peak TFLOPS (TOPS for int8) per precision.
 */
export interface PeakTflops {
fp64?: number
fp32?: number
tf32?: number
bf16?: number
fp16?: number
fp8?: number
int8?: number
fp4?: number
}
export interface ServerProfile {
id: DnsLabel
description?: string
rackUnits: number
/**
 * Power drawn by everything but the accelerators at full load.
 */
hostPowerKw: number
maxAccelerators: number
/**
 * Accelerator form factors the server takes. Default: any.
 */
formFactors?: ("sxm" | "oam" | "pcie" | "memory")[]
/**
 * Compute-fabric NIC ports (one per rail on rail-optimized fabrics).
 */
computeNics: number
computeNicGbps: number
storageNics?: number
managementNics?: number
source: string
}
