import type { Argv } from 'yargs';

/** `-o FILE` and `--force`, as validate, report and graph take them. */
export interface OutputFileArgs {
  /** Write to this file (atomically) instead of stdout. @default stdout */
  readonly output?: string;
  /** Replace the file when it exists. @default false */
  readonly force?: boolean;
}

/** Adds `--output, -o FILE` and `--force`; `what` names what is written ("the report"). */
export function outputFileOptions<T>(y: Argv<T>, what: string): Argv<T & OutputFileArgs> {
  return y
    .option('output', { alias: 'o', type: 'string', describe: `write ${what} to this file (atomically) instead of stdout; never over a site file` })
    .option('force', { type: 'boolean', default: false, describe: 'overwrite the output file when it exists' }) as unknown as Argv<T & OutputFileArgs>;
}
