import { CONTAINER_MEMORY_MB } from '../constructs/hardening';
import { ExternalError } from '../spec/errors';
import { backbonesOf } from '../spec/model/backbone';
import { engineEnvs } from '../spec/model/docker-engines';
import { ResolvedSite } from '../spec/model/resolved-site';
import { budgetRefusal, EngineBudget, twinBudget } from '../spec/model/twin-budget';
import { TwinOptions } from '../spec/model/twin-plan';
import { docker } from './docker-objects';
import { Env } from '../spec/env';

/** The twin budget of the selected sites per engine (backbones from all sites synthesized together). */
export function engineBudgets(selected: readonly ResolvedSite[], all: readonly ResolvedSite[], twin: TwinOptions, env: Env): EngineBudget[] {
  const names = new Set(selected.map((s) => s.name));
  const backbones = backbonesOf(all).filter((b) => names.has(b.owner));
  return twinBudget(selected, { twin, backbones, memoryMbPerContainer: CONTAINER_MEMORY_MB, env });
}

/** `docker info`'s MemTotal of an engine, bytes. */
export function engineMemTotal(env: Env): number {
  const out = docker(['info', '--format', '{{.MemTotal}}'], env).trim();
  const bytes = Number(out);
  if (!Number.isFinite(bytes) || bytes <= 0)
    throw new ExternalError(`docker info gave no memory total (${JSON.stringify(out.slice(0, 80))}); check the engine with \`docker info\``);
  return bytes;
}

/**
 * Refuses, before anything is created, a twin that an engine cannot hold: one line per
 * the first engine short of memory (ExternalError, exit 3), naming the knobs that shrink it.
 */
export function checkEngineBudgets(
  budgets: readonly EngineBudget[],
  selected: readonly ResolvedSite[],
  env: Env,
  memTotal: (env: Env) => number = engineMemTotal,
): void {
  const envOf = new Map<string, Env>();
  for (const s of selected) for (const e of engineEnvs(s.spec.spec, env)) if (!envOf.has(e.host)) envOf.set(e.host, e.env);
  for (const b of budgets) {
    const refusal = budgetRefusal(b, memTotal(envOf.get(b.host) ?? env));
    if (refusal) throw new ExternalError(`${refusal}; nothing was changed`);
  }
}
