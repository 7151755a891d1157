import * as path from 'path';

/**
 * The aisite build the bench runs: this checkout, or another built checkout named by
 * AISITE_BENCH_BUILD (for example the commit before a change), so that before and after
 * come from the same machine and the same bench. Give it a lane of its own
 * (AISITE_BENCH_LANE) when it runs beside another bench.
 */
export const BENCH_BUILD = path.resolve(process.env.AISITE_BENCH_BUILD || path.join(__dirname, '..', '..'));

/** The build's CLI as installed (bin/aisite.js, with its compile cache when it has one). */
export const BENCH_BIN = path.join(BENCH_BUILD, 'bin', 'aisite.js');

/** One of the build's compiled CLI modules, for running a command in the bench's own process. */
export function benchCliModule(name: 'main' | 'context'): string {
  return path.join(BENCH_BUILD, 'dist', 'cli', `${name}.js`);
}
