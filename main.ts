/**
 * The cdktf app for cdktf-cli users: `cdktf synth` in this folder runs it (cdktf.json).
 * Sites come from AISITE_SITES (files or folders, comma-separated; default: examples).
 * `aisite synth` does the same with validation output, fidelity options and an atomic swap.
 */
import { validatePaths } from './spec/validate';
import { failsValidation } from './spec/findings';
import { buildApp } from './stacks/synth';

const paths = (process.env.AISITE_SITES ?? 'examples').split(',').filter(Boolean);
const result = validatePaths(paths);
if (failsValidation(result.findings, false)) {
  for (const f of result.findings.filter((x) => x.severity === 'error')) {
    process.stderr.write(`${f.location.file}:${f.location.line}:${f.location.column} ${f.code} ${f.message}\n`);
  }
  process.exitCode = 1;
} else {
  buildApp(result.sites, process.env.CDKTF_OUTDIR ?? 'cdktf.out').app.synth();
}
