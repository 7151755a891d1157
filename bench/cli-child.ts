import { benchCliModule } from './bench-build';

/**
 * Runs one aisite command in this process (the arguments after the script) and prints
 * its figures as JSON: wall time from process start, peak RSS, output size. The command
 * runs in the benched build (bench/bench-build.ts).
 */
async function child(): Promise<void> {
  const { bufferedContext } = (await import(benchCliModule('context'))) as typeof import('../cli/context');
  const { runCli } = (await import(benchCliModule('main'))) as typeof import('../cli/main');
  const ctx = bufferedContext(process.env); // deploy and destroy need PATH (terraform, docker)
  const code = await runCli(process.argv.slice(2), ctx);
  if (code !== 0) {
    process.stderr.write(ctx.err + ctx.out.slice(0, 2000));
    process.exit(code);
  }
  process.stdout.write(
    JSON.stringify({ code, msSinceStart: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024, jsonBytes: Buffer.byteLength(ctx.out) }) + '\n',
  );
}

void child();
