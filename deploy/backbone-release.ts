import { Env } from '../spec/env';
import { Backbone } from '../spec/model/backbone';
import { LABELS } from '../spec/model/docker-names';
import { DestroyTarget } from './destroy';
import { dockerAsync } from './docker-objects';

/** The site that owns a backbone network and the id of the state that owns the site. */
export interface BackboneOwner {
  readonly site: string;
  readonly owner: string;
}

/** What became of a backbone offered for release. */
export type BackboneRelease =
  | { readonly released: true; readonly network: string; readonly disconnected: number }
  | { readonly released: false; readonly network: string; readonly reason: string };

/**
 * Removes a backbone network once the site attached to it is destroyed, while the site
 * that owns it (a national center, with one backbone per MDC) still waits for its turn in
 * the same destroy: its containers leave the network, then the network goes. Done for each
 * MDC as it finishes, this spreads over the whole run what the center's destroy would
 * otherwise do alone at the end (decision 39): its controller leaving 200 networks took
 * 12 s, and Terraform removing them 13 s more.
 *
 * Only a network labelled with `owner`'s site and state, whose every remaining container is
 * also `owner`'s, is touched; anything else is left as it is, for the owner's own Terraform
 * run to remove or to report. Never throws: a release that fails leaves the same work to
 * that run. The caller releases one backbone at a time, so no two containers leave one
 * network at once (Docker 20.10's deadlock, see SERIAL_REMOVALS).
 */
export async function releaseBackbone(network: string, owner: BackboneOwner, env: Env): Promise<BackboneRelease> {
  const refuse = (reason: string): BackboneRelease => ({ released: false, network, reason });
  try {
    // Looked up by name, not listed: a listing goes through every network of the engine.
    let found: string;
    try {
      found = await dockerAsync(
        [
          'network',
          'inspect',
          '--format',
          `{{.Id}}\t{{index .Labels "${LABELS.site}"}}\t{{index .Labels "${LABELS.owner}"}}{{range .Containers}}\t{{.Name}}{{end}}`,
          network,
        ],
        env,
      );
    } catch (e) {
      return refuse(/no such network/i.test((e as Error).message) ? 'already gone' : (e as Error).message);
    }
    const [id, site, ownerId, ...containers] = found.trim().split('\t');
    if (site !== owner.site || ownerId !== owner.owner) return refuse(`labelled for ${site || 'no site'} of another state`);
    if (containers.length) {
      const attached = (
        await dockerAsync(
          [
            'inspect',
            '--type',
            'container',
            '--format',
            `{{.Name}}\t{{index .Config.Labels "${LABELS.site}"}}\t{{index .Config.Labels "${LABELS.owner}"}}`,
            ...containers,
          ],
          env,
        )
      )
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => l.split('\t'));
      const stranger = attached.find(([, s, o]) => s !== owner.site || o !== owner.owner);
      if (stranger) return refuse(`still used by ${stranger[0].replace(/^\//, '')}`);
    }
    for (const container of containers) await dockerAsync(['network', 'disconnect', '--force', id, container], env);
    await dockerAsync(['network', 'rm', id], env);
    return { released: true, network, disconnected: containers.length };
  } catch (e) {
    return refuse((e as Error).message);
  }
}

/** A backbone to release after its attached site is destroyed, on the owner's engine. */
export interface EarlyRelease {
  readonly network: string;
  readonly owner: BackboneOwner;
  /** The engine of the owner's site (its stack creates the network there). */
  readonly env: Env;
}

/**
 * For each site destroyed here, the backbones to release once it is gone: those whose
 * owning site is destroyed in the same run, from a known state (its owner id), on one
 * engine. A backbone whose owner is not being destroyed is never released.
 */
export function earlyReleases(backbones: readonly Backbone[], targets: ReadonlyMap<string, DestroyTarget>, env: Env): Map<string, EarlyRelease[]> {
  const after = new Map<string, EarlyRelease[]>();
  for (const b of backbones) {
    const attached = b.sites[0] === b.owner ? b.sites[1] : b.sites[0];
    const owner = targets.get(b.owner);
    if (!targets.has(attached) || !owner?.owner || (owner.engines?.length ?? 0) > 1) continue;
    const list = after.get(attached) ?? [];
    list.push({ network: b.name, owner: { site: b.owner, owner: owner.owner.id }, env: owner.engines?.[0]?.env ?? env });
    after.set(attached, list);
  }
  return after;
}
