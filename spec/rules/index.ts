import { RuleInfo } from '../findings';
import { ADDRESSING_RULES, SITE_SET_ADDRESSING_RULES } from './addressing-rules';
import { CAPACITY_RULES } from './capacity-rules';
import { CATALOG_RULES } from './catalog-rules';
import { FABRIC_RULES } from './fabric-rules';
import { LOAD_RULES, SCHEMA_RULES } from './load-rules';
import { NAMING_RULES, SITE_SET_NAMING_RULES } from './naming-rules';
import { NATIONAL_RULES } from './national-rules';
import { QUOTA_RULES } from './quota-rules';
import { SetRule, SiteRule } from './rule';
import { SWARM_RULES } from './swarm-rules';
import { ENGINE_RULES } from './engine-rules';
import { SITE_SET_UPLINK_RULES, UPLINK_RULES } from './uplink-rules';
import { USER_CATALOG_RULES } from '../catalog/user-catalog';
import { SUPPRESSION_RULES } from './suppression-rules';

/** Rules run on each site, in this order. */
export const SITE_RULES: readonly SiteRule[] = [
  ...CAPACITY_RULES,
  ...CATALOG_RULES,
  ...NAMING_RULES,
  ...ADDRESSING_RULES,
  ...FABRIC_RULES,
  ...QUOTA_RULES,
  ...SWARM_RULES,
  ...UPLINK_RULES,
  ...NATIONAL_RULES,
  ...ENGINE_RULES,
];

/** Rules run once over all given sites. */
export const SET_RULES: readonly SetRule[] = [...SITE_SET_NAMING_RULES, ...SITE_SET_ADDRESSING_RULES, ...SITE_SET_UPLINK_RULES];

/** Every code aisite can report, sorted by code: for SARIF, docs and `aisite rules`. */
export const ALL_RULE_INFOS: readonly RuleInfo[] = [
  ...Object.values(LOAD_RULES),
  ...Object.values(SCHEMA_RULES),
  ...Object.values(USER_CATALOG_RULES),
  ...Object.values(SUPPRESSION_RULES),
  ...SITE_RULES,
  ...SET_RULES,
]
  .map(({ code, rule, severity, summary }) => ({ code, rule, severity, summary }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
