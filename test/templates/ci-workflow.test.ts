import * as fs from 'fs';
import { parse } from 'yaml';

const workflow = parse(fs.readFileSync('templates/ci/aisite-validate.yml', 'utf8')) as {
  permissions: Record<string, string>;
  jobs: { validate: { steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> } };
};
const steps = workflow.jobs.validate.steps;

describe('the CI workflow template', () => {
  test('validates to SARIF with the real CLI options', () => {
    expect(steps.some((s) => /aisite validate "\$SITES" --format sarif --output aisite\.sarif/.test(s.run ?? ''))).toBe(true);
  });

  test('uploads the SARIF file it writes', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('aisite.sarif');
  });

  test('may write security events (needed by upload-sarif)', () => {
    expect(workflow.permissions['security-events']).toBe('write');
  });
});
