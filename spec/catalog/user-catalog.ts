import { Finding, RuleInfo } from '../findings';
import { SourceDocument, pointer } from '../load/source-document';
import { makeFinding, mustBe, q } from '../rules/rule';
import { AcceleratorCatalog } from '../site-types.generated';
import { Catalog } from './catalog';

export const USER_CATALOG_RULES = {
  duplicate: { code: 'AIS306', rule: 'catalog-duplicate-id', severity: 'error', summary: 'User catalog entries have unique ids.' },
  override: { code: 'AIS307', rule: 'catalog-overrides-builtin', severity: 'info', summary: 'A user catalog entry replaces a built-in one.' },
} as const satisfies Record<string, RuleInfo>;

/**
 * The built-in catalog extended by the users' AcceleratorCatalog documents (already
 * schema-checked), in file order. A user entry may replace a built-in one (reported as
 * info); two user entries with one id are an error.
 */
export function catalogFromDocuments(docs: ReadonlyArray<{ doc: SourceDocument; data: AcceleratorCatalog }>): { catalog: Catalog; findings: Finding[] } {
  const catalog = Catalog.builtin();
  const findings: Finding[] = [];
  for (const { doc, data } of docs) {
    const add = <T extends { id: string }>(
      list: T[] | undefined,
      field: 'accelerators' | 'serverProfiles',
      map: Map<string, { value: T; origin: { builtin: boolean; file?: string; path?: string } }>,
    ) => {
      (list ?? []).forEach((value, i) => {
        const path = pointer('spec', field, i, 'id');
        const prev = map.get(value.id);
        if (prev && !prev.origin.builtin) {
          findings.push(
            makeFinding(
              USER_CATALOG_RULES.duplicate,
              doc,
              path,
              mustBe(
                `the id of each ${field === 'accelerators' ? 'accelerator' : 'server profile'}`,
                'unique among user catalogs',
                `${q(value.id)} (also in ${prev.origin.file})`,
                'was given again',
              ),
              'rename one of the entries',
            ),
          );
          return;
        }
        if (prev) {
          findings.push(
            makeFinding(
              USER_CATALOG_RULES.override,
              doc,
              path,
              `${q(value.id)} replaces the built-in entry of that id`,
              'rename the entry to keep the built-in one as well',
            ),
          );
        }
        map.set(value.id, { value, origin: { builtin: false, file: doc.file, path } });
      });
    };
    add(data.spec.accelerators, 'accelerators', catalog.accelerators);
    add(data.spec.serverProfiles, 'serverProfiles', catalog.profiles);
  }
  return { catalog, findings };
}
