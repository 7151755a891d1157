import type { Argv, CommandModule } from 'yargs';
import { Catalog } from '../../spec/catalog/catalog';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';

export interface CatalogArgs {
  readonly format: 'text' | 'json';
  /** AcceleratorCatalog files or folders whose entries extend the built-in catalog. */
  readonly with?: string[];
}

/** Prints the accelerator catalog and server profiles (built-in plus user files). */
export function runCatalog(args: CatalogArgs, ctx: CliContext): number {
  let catalog = Catalog.builtin();
  if (args.with?.length) {
    const r = validatePaths(args.with);
    catalog = r.catalog;
    const errors = r.findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      for (const f of errors) ctx.stderr(`${f.location.file}:${f.location.line}:${f.location.column}: ${f.code} ${f.message}\n`);
      return 1;
    }
  }
  const accelerators = catalog.acceleratorIds().map((id) => ({ ...catalog.accelerator(id)!, builtin: catalog.accelerators.get(id)!.origin.builtin }));
  const profiles = catalog.profileIds().map((id) => ({ ...catalog.profile(id)!, builtin: catalog.profiles.get(id)!.origin.builtin }));
  if (args.format === 'json') {
    ctx.stdout(JSON.stringify({ accelerators, serverProfiles: profiles }, null, 2) + '\n');
    return 0;
  }
  const rows = [['ID', 'VENDOR', 'MODEL', 'DOMESTIC', 'TDP W', 'MEM GB', 'PEAK TFLOPS (dense)', 'PROFILE']];
  for (const a of accelerators) {
    const peak = Object.entries(a.peakTflops)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    rows.push([a.id, a.vendor, a.model, a.domestic ? 'yes' : 'no', String(a.tdpW), String(a.memoryGB), peak, a.defaultServerProfile ?? '-']);
  }
  ctx.stdout(table(rows) + '\n');
  const prow = [['PROFILE', 'U', 'HOST kW', 'MAX ACC', 'COMPUTE NICS', 'DESCRIPTION']];
  for (const p of profiles)
    prow.push([p.id, String(p.rackUnits), String(p.hostPowerKw), String(p.maxAccelerators), `${p.computeNics} x ${p.computeNicGbps}G`, p.description ?? '']);
  ctx.stdout(table(prow));
  return 0;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

export function catalogCommand(ctx: CliContext): CommandModule<object, CatalogArgs> {
  return {
    command: 'catalog',
    describe: 'Show the accelerator catalog and server profiles',
    builder: (y: Argv) =>
      y
        .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const })
        .option('with', { type: 'string', array: true, describe: 'AcceleratorCatalog files or folders to add' }) as unknown as Argv<CatalogArgs>,
    handler: (argv) => {
      ctx.exitCode = runCatalog(argv, ctx);
    },
  };
}
