/**
 * aisite as a library: constructs for your own cdktf app, and the spec, catalog and
 * rules behind `aisite validate`.
 *
 *   import { MicroDataCenter } from 'aisite';
 */
export * from './constructs/ai-site';
export * from './constructs/micro-data-center';
export * from './constructs/national-ai-center';
export * from './constructs/cabinet';
export * from './constructs/fabric';
export * from './constructs/accelerator-pool';
export * from './constructs/tenant';
export * from './constructs/uplink';
export * from './constructs/site-controller';
export * from './constructs/node-image';
export * from './constructs/node-group-service';
export * from './stacks/site-stack';
export * from './stacks/synth';
export { synthOperation, SynthRequest, SynthOutcome } from './ops/synth-operation';
export { planOperation, PlanRequest, PlanResult, PlanStop } from './ops/plan-operation';
export { deployOperation, DeployRequest, DeployResult } from './ops/deploy-operation';
export { statusOperation } from './ops/status-operation';
export { destroyOperation, DestroyRequest, DestroyOperationResult } from './ops/destroy-operation';
export { unlockOperation, UnlockRequest, UnlockResult } from './ops/unlock-operation';
export { verifyOperation, VerifyRequest } from './ops/verify-operation';
export { loadSites, LoadedSites, InvalidSitesError, Selection } from './ops/load-sites';
export { OperationEvent, OperationHooks } from './ops/events';
export { SiteRequest } from './ops/site-request';
export { DOCKER_PROVIDER_VERSION } from './constructs/provider-version';
export { Catalog } from './spec/catalog/catalog';
export { validatePaths, validateDocuments, ValidationResult, ValidateOptions } from './spec/validate';
export { SuppressedFinding, AppliedSuppression, SuppressionOptions } from './spec/suppressions';
export { canBeSuppressed } from './spec/rules/suppression-rules';
export { Finding, Severity, SourceLocation, RuleInfo } from './spec/findings';
export { ALL_RULE_INFOS } from './spec/rules';
export { planTwin, TwinOptions, TwinPlan, Fidelity } from './spec/model/twin-plan';
export { Capacity } from './spec/model/capacity';
export type {
  AisiteDocument,
  Site,
  SiteSpec,
  Metadata,
  Suppression,
  Cabinet as CabinetSpec,
  NodeGroup as NodeGroupSpec,
  Fabric as FabricSpec,
  Pool as PoolSpec,
  Tenant as TenantSpec,
  Uplink as UplinkSpec,
  Targets,
  Ownership,
  DeployTarget,
  Accelerator,
  ServerProfile,
  AcceleratorCatalog,
} from './spec/site-types.generated';
export { writeNodeImageContext, nodeImageContextHash, findBusybox } from './constructs/private/node-image-context';
export { providerMirror } from './stacks/provider-mirror';
