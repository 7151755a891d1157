import type { Argv, CommandModule } from 'yargs';
import { ensureDockerEngine, ensureSiteEngines } from '../../deploy/docker-engine';
import { engineEnvs } from '../../spec/model/docker-engines';
import { listSite, listSiteOn } from '../../deploy/docker-objects';
import { expectedSite } from '../../deploy/expected-site';
import { backbonesOf } from '../../spec/model/backbone';
import { compareSite, formatStatus, SiteStatus } from '../../deploy/status';
import { selectSites } from '../../deploy/workspace';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { reportInvalid } from './operations';
import { InvalidSitesError } from '../../deploy/workspace';
import { SiteArgs, siteOptions } from './site-options';

export interface StatusArgs extends SiteArgs {
  readonly format: 'text' | 'json';
}

/** The live sites read from Docker by label, compared with their specs when given. */
export async function runStatus(args: StatusArgs, ctx: CliContext): Promise<number> {
  await ensureDockerEngine({ start: false, env: ctx.env });
  const statuses: SiteStatus[] = [];
  if (args.paths.length) {
    const v = validatePaths(args.paths);
    if (failsValidation(v.findings, false)) return reportInvalid(new InvalidSitesError(v), ctx);
    const sites = args.site ? selectSites(v.sites, args) : v.sites;
    const backbones = backbonesOf(v.sites);
    ensureSiteEngines(sites, ctx.env);
    for (const s of sites) {
      // Every engine the site uses: its own and its cabinets' (dockerHost).
      const engines = engineEnvs(s.spec.spec, ctx.env);
      statuses.push(compareSite(listSiteOn(s.name, engines), expectedSite(s, { fidelity: args.fidelity, maxContainers: args.maxContainers }, backbones), s.name, engines.map((e) => e.host)));
    }
  } else if (args.site) {
    statuses.push(compareSite(listSite(args.site, ctx.env), undefined, args.site));
  } else {
    throw new UsageError('name site files (to compare with the spec) or --site NAME (live objects only)');
  }
  if (args.format === 'json') ctx.stdout(JSON.stringify(statuses, null, 2) + '\n');
  else for (const s of statuses) ctx.stdout(formatStatus(s));
  return statuses.every((s) => s.inSync) ? 0 : 1;
}

export function statusCommand(ctx: CliContext): CommandModule<object, StatusArgs> {
  return {
    command: 'status [paths..]',
    describe: 'Show the live site (from Docker labels) and its drift from the spec',
    builder: (y: Argv) =>
      siteOptions(y, false).option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const }) as unknown as Argv<StatusArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runStatus(argv, ctx);
    },
  };
}
