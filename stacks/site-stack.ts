import { LocalBackend, PgBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AiSite, AiSiteProps, BackboneAttachment } from '../constructs/ai-site';
import { MicroDataCenter } from '../constructs/micro-data-center';
import { NationalAiCenter } from '../constructs/national-ai-center';
import { ResolvedSite } from '../spec/model/resolved-site';
import { stateBackendOf } from '../spec/model/state-backend';
import { TwinOptions } from '../spec/model/twin-plan';

export interface SiteStackProps {
  /** The site, loaded and validated. */
  readonly site: ResolvedSite;
  /** @default twin with 64 server containers */
  readonly twin?: TwinOptions;
  /**
   * Local state file, relative to the stack folder Terraform runs in.
   * @default 'terraform.tfstate' (in the stack folder)
   */
  readonly statePath?: string;
  /** Node image build context, relative to the stack folder. @default '../../node-image' */
  readonly imageContextPath?: string;
  /** Content hash of that context. @default computed */
  readonly imageContextSha256?: string;
  /** Backbones to peered sites synthesized with this one (spec/model/backbone.ts). @default none */
  readonly backbones?: readonly BackboneAttachment[];
  /** Subnets of the twin networks of all sites synthesized together (spec/model/twin-addresses.ts). @default this site's alone */
  readonly twinSubnets?: ReadonlyMap<string, string>;
}

/** One Terraform stack per site, named after the site: a local backend, or PostgreSQL (`state.backend: pg`). */
export class SiteStack extends TerraformStack {
  readonly site: AiSite;

  constructor(scope: Construct, props: SiteStackProps) {
    super(scope, props.site.name);
    const backend = stateBackendOf(props.site.spec);
    if (backend.kind === 'pg') {
      // Only the schema: Terraform reads the connection string from PG_CONN_STR, so no
      // credentials ever land in the synthesized files.
      new PgBackend(this, { connStr: '', schemaName: backend.schema });
      this.addOverride('terraform.backend.pg.conn_str', undefined);
    } else {
      // An explicit path: cdktf's default would write an absolute, machine-specific one.
      new LocalBackend(this, { path: props.statePath ?? 'terraform.tfstate' });
    }
    const s = props.site.spec;
    const common: AiSiteProps = {
      name: s.metadata.name,
      region: s.metadata.region,
      operator: s.metadata.operator,
      labels: s.metadata.labels as Record<string, string> | undefined,
      suppressions: s.metadata.suppressions,
      airGapped: s.spec.airGapped,
      dockerHost: s.spec.dockerHost,
      dockerCertPath: s.spec.dockerCertPath,
      target: s.spec.target,
      cabinets: s.spec.cabinets,
      fabrics: s.spec.fabrics,
      pools: s.spec.pools,
      tenants: s.spec.tenants,
      uplinks: s.spec.uplinks,
      backbones: props.backbones,
      addressPool: s.spec.twin?.addressPool,
      twinSubnets: props.twinSubnets,
      catalog: props.site.catalog,
      twin: props.twin,
      imageContextPath: props.imageContextPath,
      imageContextSha256: props.imageContextSha256,
      sourceDocument: props.site.doc,
    };
    this.site =
      s.kind === 'NationalAiCenter'
        ? new NationalAiCenter(this, 'site', { ...common, targets: s.spec.targets, ownership: s.spec.ownership })
        : new MicroDataCenter(this, 'site', common);
  }
}
