import { nodeContainerPrefix } from '../model/docker-names';
import { ResolvedSite } from '../model/resolved-site';
import { DockerObjectKind, siteDockerNames } from '../model/site-docker-names';
import { planTwin, TwinBudgetError, TwinOptions } from '../model/twin-plan';

/**
 * What the Docker twin of a site holds, by name: the names come from site-docker-names.ts
 * (the one place names are made) and the number of each node group's containers from the
 * twin plan, as `deploy` creates them. Backbone networks belong to a pair of sites and
 * are left out.
 */
export interface TwinObject {
  readonly kind: DockerObjectKind;
  /** The name; for numbered containers, the prefix of `<name>-<i>`. */
  readonly name: string;
  /** What in the spec gives the object, e.g. "node group 'cab-a/npu'". */
  readonly what: string;
  /** Numbered containers `<name>-<from>` … `<name>-<to>` (node groups). @default one object named `name` */
  readonly range?: { readonly from: number; readonly to: number };
}

/** Objects the twin would add and remove when the change is deployed. */
export interface TwinChanges {
  readonly added: readonly TwinObject[];
  readonly removed: readonly TwinObject[];
  /** Why the twin of a side cannot be planned (a container budget below its node groups). @default none */
  readonly unplannable?: string;
}

/** The twin's objects of a site; numbered containers have the range the twin plan gives. */
export function twinObjects(site: ResolvedSite, opts: TwinOptions = {}): TwinObject[] {
  const plan = planTwin(site, opts);
  const containers = new Map(plan.groups.map((g) => [nodeContainerPrefix(site.name, g.cabinet, g.nodeGroup), g.containers]));
  return siteDockerNames(site.spec, plan.fidelity).map((n): TwinObject => {
    if (n.numbered === undefined) return { kind: n.kind, name: n.name, what: n.what };
    const count = containers.get(n.name) ?? n.numbered;
    return { kind: n.kind, name: n.name, what: n.what, range: { from: 0, to: count - 1 } };
  });
}

/**
 * Compares the twins of a site before and after (either side may be absent: an added or
 * removed site). Numbered containers are compared by number: 8 → 12 adds `-8` … `-11`.
 */
export function twinChanges(before: ResolvedSite | undefined, after: ResolvedSite | undefined, opts: TwinOptions = {}): TwinChanges {
  let old: TwinObject[];
  let now: TwinObject[];
  try {
    old = before ? twinObjects(before, opts) : [];
    now = after ? twinObjects(after, opts) : [];
  } catch (e) {
    if (e instanceof TwinBudgetError) return { added: [], removed: [], unplannable: e.message };
    throw e;
  }
  const key = (o: TwinObject) => `${o.kind}\0${o.name}`;
  const oldByKey = new Map(old.map((o) => [key(o), o]));
  const nowByKey = new Map(now.map((o) => [key(o), o]));
  const added: TwinObject[] = [];
  const removed: TwinObject[] = [];
  for (const o of now) {
    const was = oldByKey.get(key(o));
    if (!was) added.push(o);
    else if (o.range && was.range) {
      if (o.range.to > was.range.to) added.push({ ...o, range: { from: was.range.to + 1, to: o.range.to } });
      if (o.range.to < was.range.to) removed.push({ ...o, range: { from: o.range.to + 1, to: was.range.to } });
    }
  }
  for (const o of old) if (!nowByKey.has(key(o))) removed.push(o);
  return { added, removed };
}

/** How many Docker objects a twin object stands for (a range of containers counts each). */
export function objectCount(o: TwinObject): number {
  return o.range ? o.range.to - o.range.from + 1 : 1;
}
