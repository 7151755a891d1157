import { Site } from '../spec/site-types.generated';

/** One parameter of a template, settable with `--set key=value`. */
export interface TemplateParam {
  readonly key: string;
  readonly type: 'integer' | 'number' | 'string' | 'list';
  readonly default: number | string | readonly string[];
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
}

export type TemplateValues = Readonly<Record<string, number | string | readonly string[]>>;

/** A parameterised site: `aisite init --template <name>` renders it. */
export interface SiteTemplate {
  readonly name: string;
  readonly description: string;
  readonly params: readonly TemplateParam[];
  /** The site for these values (`name` is the site's metadata.name). */
  render(name: string, v: TemplateValues): Site;
}

/** Tenants from a list of names: guaranteed shares of `total`, limits at twice that. */
export function tenantsOf(names: readonly string[], pool: string, total: number, weights: readonly number[] = []) {
  const share = Math.floor(total / Math.max(1, names.length));
  return names.map((name, i) => ({ name, pool, guaranteed: share, limit: Math.min(total, share * 2), weight: weights[i] ?? 1 }));
}

/** The i-th /24 of a /16 base like "10.50". */
export function subnet24(base: string, i: number): string {
  return `${base}.${i}.0/24`;
}

/** Typed reads of template values (the parameter's type is checked by `--set` parsing). */
export const num = (v: TemplateValues, k: string): number => v[k] as number;
export const str = (v: TemplateValues, k: string): string => v[k] as string;
export const list = (v: TemplateValues, k: string): readonly string[] => v[k] as readonly string[];
