import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatSarif } from '../../../cli/format/sarif';
import { validatePaths } from '../../../spec/validate';
import { describeGated, sarifMultitool, sarifMultitoolPath } from '../../helpers/gates';

/**
 * Microsoft's SARIF Multitool with the SARIF and GitHub rule sets (the checks GitHub code
 * scanning applies when a SARIF file is uploaded) on real outputs: zero errors.
 */
const opts = { strict: false, color: false, version: '1.2.3' };

interface MultitoolResult {
  readonly ruleId: string;
  readonly level?: string;
  readonly message: { readonly text?: string; readonly arguments?: readonly string[] };
  readonly locations?: ReadonlyArray<{ readonly physicalLocation?: { readonly artifactLocation?: { readonly uri?: string } } }>;
}

/**
 * Runs the Multitool's validate once on every named SARIF text (one start-up: each run
 * spends seconds trying to reach URLs offline); returns each input's errors and warnings
 * (notes, such as unreachable URLs, are advice).
 */
function multitool(inputs: Readonly<Record<string, string>>): Map<string, MultitoolResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-sarif-'));
  try {
    const files = Object.entries(inputs).map(([name, text]) => {
      const file = path.join(dir, `${name}.sarif`);
      fs.writeFileSync(file, text);
      return file;
    });
    const output = path.join(dir, 'validation.sarif.json');
    const run = spawnSync(sarifMultitoolPath()!, ['validate', '--rule-kind', 'Sarif;Gh;Ghas', '--output', output, ...files], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (run.status !== 0 || !fs.existsSync(output)) throw new Error(`the SARIF Multitool failed (exit ${run.status}): ${run.stdout}${run.stderr}`);
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: Array<{ results?: MultitoolResult[] }> };
    const byInput = new Map<string, MultitoolResult[]>(Object.keys(inputs).map((name) => [name, []]));
    for (const r of log.runs.flatMap((run) => run.results ?? [])) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const name = path.basename(decodeURIComponent(uri), '.sarif');
      if (!byInput.has(name)) throw new Error(`a Multitool result names no input: ${uri}`);
      byInput.get(name)!.push(r);
    }
    return byInput;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function errorsOf(results: readonly MultitoolResult[]): string[] {
  return results.filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`);
}

const INPUTS: Readonly<Record<string, string>> = {
  examples: 'examples',
  'every-severity': 'test/fixtures/sites/every-severity.yaml',
  fixtures: 'test/fixtures/sites',
};

describeGated("SARIF checked by the SARIF Multitool with GitHub's rules", [sarifMultitool], () => {
  let results: Map<string, MultitoolResult[]>;
  let rulesWithoutHelp: number;

  beforeAll(() => {
    const sarif: Record<string, string> = {};
    for (const [name, input] of Object.entries(INPUTS)) sarif[name] = formatSarif(validatePaths([input]), opts);
    // The control: the same log without the rule metadata GitHub requires.
    const bare = JSON.parse(sarif['every-severity']);
    for (const rule of bare.runs[0].tool.driver.rules) {
      delete rule.help;
      delete rule.fullDescription;
    }
    rulesWithoutHelp = bare.runs[0].tool.driver.rules.length;
    sarif['without-help'] = JSON.stringify(bare);
    results = multitool(sarif);
  }, 300_000);

  test('the Multitool reports errors on a log whose rules lack help (so a pass below means something)', () => {
    const errors = errorsOf(results.get('without-help')!);
    expect(errors.length).toBe(2 * rulesWithoutHelp);
    expect(errors.every((e) => e.startsWith('GH2012'))).toBe(true);
  });

  test.each([
    ['the bundled examples (no findings)', 'examples'],
    ['a site with an error, a warning and a note', 'every-severity'],
    ['every fixture site', 'fixtures'],
  ])('%s: zero errors', (_name, input) => {
    expect(errorsOf(results.get(input)!)).toEqual([]);
  });

  test('the site with every severity gives results at error, warning and note', () => {
    const log = JSON.parse(formatSarif(validatePaths([INPUTS['every-severity']]), opts));
    expect(log.runs[0].results.map((r: { level: string }) => r.level).sort()).toEqual(['error', 'note', 'warning']);
  });
});
