import { Catalog } from '../../../spec/catalog/catalog';
import { SourceDocument } from '../../../spec/load/source-document';
import { resolveSite, ResolvedSite } from '../../../spec/model/resolved-site';
import { Site } from '../../../spec/site-types.generated';
import { validatePaths } from '../../../spec/validate';
import { mdcSite } from '../../helpers/site-fixture';

/** The bundled examples, validated and resolved (three sites, two of them peered). */
export function exampleSites(): readonly ResolvedSite[] {
  return validatePaths(['examples']).sites;
}

/** A site resolved against the built-in catalog without validation: names may be anything. */
export function resolved(site: Site, file = 'site.yaml'): ResolvedSite {
  return resolveSite(new SourceDocument(file, 0, site, undefined, undefined), site, Catalog.builtin());
}

/** A small site (see mdcSite) changed by `edit`, resolved. */
export function siteWith(name: string, edit: (s: Site) => void = () => {}): ResolvedSite {
  const s = mdcSite(name);
  edit(s);
  return resolved(s);
}

/**
 * Names no schema would accept, each with characters that Mermaid, DOT, HTML or XML
 * would read as syntax: quotes, a backslash escape, markup, an entity, pipes, brackets.
 */
export const AWKWARD = {
  site: 'site "quoted" <b>&amp;</b>',
  cabinet: 'cab\\nA {1}',
  nodeGroup: 'npu|pipe]',
  accelerator: 'acc#35;hash `tick`',
  fabric: 'fab "x" ; %% end',
  pool: 'pool & <pool>',
  tenant: 'tenant\\"esc" end',
  peer: 'peer-[ext]',
} as const;

/** A site whose every name is one of AWKWARD's, with an uplink to an outside peer. */
export function awkwardSite(): ResolvedSite {
  return siteWith(AWKWARD.site, (s) => {
    const cab = s.spec.cabinets[0];
    cab.name = AWKWARD.cabinet;
    cab.nodeGroups[0].name = AWKWARD.nodeGroup;
    cab.nodeGroups[0].accelerator = AWKWARD.accelerator;
    s.spec.fabrics = [{ ...s.spec.fabrics![0], name: AWKWARD.fabric, nodeGroups: [`${AWKWARD.cabinet}/${AWKWARD.nodeGroup}`] }];
    s.spec.pools = [{ name: AWKWARD.pool, nodeGroups: [`${AWKWARD.cabinet}/${AWKWARD.nodeGroup}`] }];
    s.spec.tenants = [{ name: AWKWARD.tenant, pool: AWKWARD.pool, guaranteed: 8 }];
    s.spec.uplinks = [{ name: 'wan', peer: AWKWARD.peer, gbps: 10 }];
  });
}
