import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import type { Argv, CommandModule } from 'yargs';
import { ExternalError, UsageError } from '../../spec/errors';
import { parseSource } from '../../spec/load/load-files';
import { failsValidation } from '../../spec/findings';
import { validateDocuments } from '../../spec/validate';
import { TEMPLATES } from '../../templates';
import { checkSchemaUrl, findTemplate, renderSiteFile, SCHEMA_URL, templateValues } from '../../templates/render';
import { CliContext } from '../context';
import { writeFileAtomic } from '../write-atomic';

export interface InitArgs {
  readonly template?: string;
  readonly name?: string;
  readonly set: string[];
  readonly out?: string;
  readonly force: boolean;
  readonly list: boolean;
  /**
   * The `$schema` URL written into the file (where your editors fetch the schema).
   * @default SCHEMA_URL, the schema's $id
   */
  readonly schemaUrl?: string;
}

/** `aisite init --list`: templates and their parameters. */
export function listTemplates(): string {
  return (
    TEMPLATES.map((t) =>
      [
        `${t.name}  ${t.description}`,
        ...t.params.map(
          (p) =>
            `    ${p.key.padEnd(18)} ${p.type.padEnd(8)} default ${Array.isArray(p.default) ? (p.default as string[]).join(',') : String(p.default)}${p.min !== undefined ? ` (${p.min}-${p.max})` : ''}${p.choices ? ` (${p.choices.join('|')})` : ''}  ${p.description}`,
        ),
      ].join('\n'),
    ).join('\n\n') + '\n'
  );
}

/** Writes a valid site from a template; returns the exit code. */
export async function runInit(args: InitArgs, ctx: CliContext, ask?: (q: string) => Promise<string>): Promise<number> {
  if (args.list) {
    ctx.stdout(listTemplates());
    return 0;
  }
  if (!args.template) throw new UsageError(`--template is required; templates: ${TEMPLATES.map((t) => t.name).join(', ')}`);
  const t = findTemplate(args.template);
  let name = args.name;
  if (!name) {
    if (!ask) throw new UsageError("--name is required (the site's metadata.name, a DNS label such as busan-clinic-01)");
    name = (await ask('Site name (a DNS label, e.g. busan-clinic-01): ')).trim();
  }
  const schemaUrl = checkSchemaUrl(args.schemaUrl ?? SCHEMA_URL);
  const values = templateValues(t, args.set);
  const site = t.render(name, values);
  const out = args.out ?? `${name}.yaml`;
  const text = renderSiteFile(t, site, values, schemaUrl);
  // The result must validate: a bad name or parameter is reported, nothing written.
  const parsed = parseSource(out, text);
  const result = validateDocuments(parsed.documents, parsed.findings);
  if (failsValidation(result.findings, false)) {
    const first = result.findings.find((f) => f.severity === 'error')!;
    throw new UsageError(`the ${t.name} site would not be valid: ${first.code} ${first.message}${first.fix ? `; ${first.fix}` : ''}`);
  }
  if (!fs.existsSync(path.dirname(path.resolve(out)))) throw new ExternalError(`cannot write ${out}: folder ${path.dirname(path.resolve(out))} does not exist`);
  writeFileAtomic(out, text, { force: args.force });
  const c = result.sites[0].capacity;
  ctx.stdout(
    `✔ wrote ${out}: ${t.name} site '${name}', ${c.servers} servers, ${c.accelerators} accelerators, ${c.itPowerKw} kW; next: aisite validate ${out}\n`,
  );
  return 0;
}

export function initCommand(ctx: CliContext): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'Write a new site from a template (aisite init --list shows them)',
    builder: (y: Argv) =>
      y
        .option('template', { alias: 't', type: 'string', describe: 'template name' })
        .option('name', { alias: 'n', type: 'string', describe: 'site name (metadata.name); asked for on a terminal' })
        .option('set', { type: 'string', array: true, default: [] as string[], describe: 'template parameter, key=value (repeatable)' })
        .option('out', { alias: 'o', type: 'string', describe: 'file to write (default <name>.yaml)' })
        .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing file' })
        .option('list', { type: 'boolean', default: false, describe: 'list templates and their parameters' })
        .option('schema-url', { type: 'string', describe: `the $schema URL written for editors (default ${SCHEMA_URL}, the schema's $id)` })
        .example('$0 init --template hospital-inference --name busan-hospital-01 --set cabinets=2', 'a two-cabinet hospital MDC') as unknown as Argv<InitArgs>,
    handler: async (argv) => {
      const ask =
        ctx.isTTY && process.stdin.isTTY
          ? (q: string) =>
              new Promise<string>((resolve) => {
                const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
                rl.question(q, (a) => {
                  rl.close();
                  resolve(a);
                });
              })
          : undefined;
      ctx.exitCode = await runInit(argv, ctx, ask);
    },
  };
}
