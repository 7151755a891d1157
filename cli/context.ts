/**
 * What a command needs from the outside world. The entry point passes the real process;
 * tests pass buffers. Commands set `exitCode`; only the entry point applies it.
 */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colors, progress bars). */
  readonly isTTY: boolean;
  /** Asks a yes/no question (deploy, destroy). @default refuses: pass --auto-approve */
  readonly confirm?: (question: string) => Promise<boolean>;
  exitCode: number;
}

/** A context that records output, for tests and for embedding the CLI. */
export function bufferedContext(env: Record<string, string | undefined> = {}, isTTY = false): CliContext & { out: string; err: string } {
  const ctx = {
    out: '',
    err: '',
    env,
    isTTY,
    exitCode: 0,
    stdout: (t: string) => {
      ctx.out += t;
    },
    stderr: (t: string) => {
      ctx.err += t;
    },
  };
  return ctx;
}
