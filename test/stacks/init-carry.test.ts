import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { carryInitResults, TERRAFORM_DATA_DIR, TERRAFORM_LOCK_FILE } from '../../stacks/init-carry';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-carry-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** An output folder with a stack folder per site, each holding `files` (relative paths, content = path). */
function output(name: string, sites: Record<string, readonly string[]>): string {
  const dir = path.join(tmp, name);
  for (const [site, files] of Object.entries(sites)) {
    fs.mkdirSync(path.join(dir, 'stacks', site), { recursive: true });
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(dir, 'stacks', site, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'stacks', site, f), f);
    }
  }
  return dir;
}

const provider = path.join(TERRAFORM_DATA_DIR, 'providers', 'p');

describe('carryInitResults', () => {
  test("moves each stack's .terraform folder and lock file into the new stack of the same site", () => {
    const prev = output('prev', { a: ['cdk.tf.json', provider, TERRAFORM_LOCK_FILE] });
    const next = output('next', { a: ['cdk.tf.json'] });
    expect(carryInitResults(prev, next)).toEqual([`a/${TERRAFORM_DATA_DIR}`, `a/${TERRAFORM_LOCK_FILE}`]);
    expect(fs.readFileSync(path.join(next, 'stacks', 'a', provider), 'utf8')).toBe(provider);
    expect(fs.readFileSync(path.join(next, 'stacks', 'a', TERRAFORM_LOCK_FILE), 'utf8')).toBe(TERRAFORM_LOCK_FILE);
  });

  test('carries nothing else: the new cdk.tf.json and a saved plan of the old one stay as they are', () => {
    const prev = output('prev', { a: ['cdk.tf.json', 'aisite.tfplan', provider] });
    const next = output('next', { a: ['cdk.tf.json'] });
    carryInitResults(prev, next);
    expect(fs.readdirSync(path.join(next, 'stacks', 'a')).sort()).toEqual([TERRAFORM_DATA_DIR, 'cdk.tf.json']);
    expect(fs.existsSync(path.join(prev, 'stacks', 'a', 'aisite.tfplan'))).toBe(true);
  });

  test('a site no longer synthesized keeps its init results in the previous output', () => {
    const prev = output('prev', { gone: [provider] });
    const next = output('next', { a: ['cdk.tf.json'] });
    expect(carryInitResults(prev, next)).toEqual([]);
    expect(fs.existsSync(path.join(prev, 'stacks', 'gone', provider))).toBe(true);
  });

  test('an entry the new stack already has is not replaced', () => {
    const prev = output('prev', { a: [TERRAFORM_LOCK_FILE] });
    const next = output('next', { a: [TERRAFORM_LOCK_FILE] });
    fs.writeFileSync(path.join(next, 'stacks', 'a', TERRAFORM_LOCK_FILE), 'new');
    expect(carryInitResults(prev, next)).toEqual([]);
    expect(fs.readFileSync(path.join(next, 'stacks', 'a', TERRAFORM_LOCK_FILE), 'utf8')).toBe('new');
  });

  test('no previous output carries nothing', () => {
    const next = output('next', { a: ['cdk.tf.json'] });
    expect(carryInitResults(path.join(tmp, 'absent'), next)).toEqual([]);
  });
});
