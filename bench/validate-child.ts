import { runCli } from '../cli/main';
import { bufferedContext } from '../cli/context';

/**
 * Runs one `aisite validate` in this process and prints its figures as JSON: the CLI as
 * a user runs it, measured from process start (performance.now()) with peak RSS.
 */
async function child(): Promise<void> {
  const ctx = bufferedContext();
  const code = await runCli(['validate', ...process.argv.slice(2), '--format', 'json'], ctx);
  const report = JSON.parse(ctx.out) as { summary: { sites: number; errors: number; warnings: number } };
  process.stdout.write(
    JSON.stringify({
      code,
      msSinceStart: performance.now(),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      sites: report.summary.sites,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      jsonBytes: Buffer.byteLength(ctx.out),
    }) + '\n',
  );
}

void child();
