import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/fake-bin';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'provider-mirror.sh');

test('a mirror folder named by AISITE_PROVIDER_MIRROR that does not exist is exit 3, and nothing is built there', () => {
  const tmp = tempDir('aisite-mirror-path-');
  try {
    const mirror = path.join(tmp, 'typo');
    const r = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { ...process.env, AISITE_PROVIDER_MIRROR: mirror } });
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 3, stdout: '' });
    expect(r.stderr.trim()).toBe(
      `provider mirror: AISITE_PROVIDER_MIRROR=${mirror} does not exist; create the folder (mkdir -p ${mirror}), or unset the variable for the default ~/.cache/aisite/terraform-mirror`,
    );
    expect(fs.existsSync(mirror)).toBe(false);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
