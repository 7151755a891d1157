import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validatePaths } from '../spec/validate';
import { synthesize } from '../stacks/synth';
import { naiveApp } from './naive-baseline';

/**
 * One synth of a site file, measured from process start: load + validate + construct +
 * write. Mode twin | full | naive (one resource block per server). Prints JSON figures.
 */
function child(): void {
  const [mode, file] = process.argv.slice(2);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-synth-bench-'));
  try {
    const result = validatePaths([file]);
    if (mode === 'naive') {
      naiveApp(result.sites[0], path.join(out, 'cdktf.out')).synth();
    } else {
      synthesize(result.sites, { outdir: path.join(out, 'cdktf.out'), stateDir: path.join(out, 'state'), fidelity: mode === 'full' ? 'full' : 'twin' });
    }
    const json = path.join(out, 'cdktf.out', 'stacks', result.sites[0].name, 'cdk.tf.json');
    process.stdout.write(
      JSON.stringify({ msSinceStart: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024, jsonBytes: fs.statSync(json).size }) + '\n',
    );
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

child();
