/**
 * The prerequisites report: the real machine (everything is installed here), and a machine
 * with nothing, made of fake commands on PATH and paths that do not exist.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  checkBusybox,
  checkNode,
  checkPrerequisites,
  checkProviderMirror,
  checkTerraform,
  formatPrerequisites,
  isDynamicElf,
  Prerequisite,
} from '../../deploy/prerequisites';
import { failing, fakeBin, PERMISSION_DENIED, tempDir } from '../helpers/fake-bin';

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-prereq-');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A machine whose commands are only the given fakes, with no busybox and no mirror. */
function bareEnv(commands: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    PATH: fakeBin(path.join(tmp, 'bin'), commands),
    HOME: tmp,
    AISITE_BUSYBOX: path.join(tmp, 'no-busybox'),
    AISITE_PROVIDER_MIRROR: path.join(tmp, 'no-mirror'),
  };
}

const byName = (list: Prerequisite[], name: string) => list.find((p) => p.name === name);

describe('checkPrerequisites on this machine', () => {
  test('node, terraform, the docker engine and a static busybox are there', () => {
    const list = checkPrerequisites(process.env);
    expect(list.map((p) => p.name)).toEqual(['node', 'terraform', 'docker engine', 'static busybox', 'provider mirror']);
    expect(byName(list, 'node')).toEqual({ name: 'node', ok: true, detail: process.versions.node });
    expect(byName(list, 'terraform')).toEqual({ name: 'terraform', ok: true, detail: expect.stringMatching(/^1\.\d+\.\d+/) });
    expect(byName(list, 'docker engine')).toEqual({ name: 'docker engine', ok: true, detail: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(byName(list, 'static busybox')).toMatchObject({ ok: true, detail: expect.stringMatching(/busybox$/) });
    const lines = formatPrerequisites(list).split('\n');
    expect(lines[1]).toMatch(/^✔ terraform 1\.\d+\.\d+/);
    expect(lines[2]).toMatch(/^✔ docker engine \d+\.\d+\.\d+/);
  });
});

describe('checkPrerequisites on a bare machine', () => {
  test('every missing item says what is wrong and how to fix it, one line each', () => {
    const list = checkPrerequisites(bareEnv());
    expect(list.filter((p) => !p.ok).map((p) => p.name)).toEqual(['terraform', 'docker engine', 'static busybox', 'provider mirror']);
    for (const p of list.filter((x) => !x.ok)) expect(p.fix).toBeTruthy();
    const text = formatPrerequisites(list);
    expect(text.split('\n')).toHaveLength(list.length + 1); // one line each, and a final newline
    expect(text).toContain('✖ terraform: not found on PATH — fix: install Terraform 1.5 or later');
    expect(text).toContain('✖ docker engine: docker CLI not found — fix: apt-get install docker.io');
    expect(text).toContain(`✖ static busybox: AISITE_BUSYBOX=${tmp}/no-busybox does not exist`);
    expect(text).toContain('— fix: apt-get install busybox-static');
    expect(text).toContain(
      `✖ provider mirror: kreuzwerker/docker not built at ${tmp}/no-mirror (required where registry.terraform.io is unreachable) — fix: no Go and no provider mirror`,
    );
  });

  test('docker engine: permission denied is reported with the docker group fix', () => {
    const p = byName(checkPrerequisites(bareEnv({ docker: failing(PERMISSION_DENIED) })), 'docker engine');
    expect(p).toMatchObject({ ok: false, detail: 'permission denied on /var/run/docker.sock' });
    expect(p?.fix).toContain('usermod -aG docker');
  });
});

describe('terraform', () => {
  test('too old', () => {
    const p = checkTerraform(bareEnv({ terraform: `echo '{"terraform_version":"1.4.7","platform":"linux_amd64"}'` }));
    expect(p).toMatchObject({ ok: false, detail: '1.4.7 is too old', fix: expect.stringContaining('Terraform 1.5 or later') });
  });

  test('the text output of an old terraform without -json is understood', () => {
    expect(checkTerraform(bareEnv({ terraform: 'echo "Terraform v1.6.0"; echo "on linux_amd64"' }))).toEqual({ name: 'terraform', ok: true, detail: '1.6.0' });
  });

  test('a broken terraform', () => {
    const p = checkTerraform(bareEnv({ terraform: failing('error while loading shared libraries: libfoo.so') }));
    expect(p).toMatchObject({ ok: false, detail: '`terraform version` failed: error while loading shared libraries: libfoo.so' });
  });
});

describe('static busybox', () => {
  test('a dynamically linked one does not do for an image FROM scratch', () => {
    const p = checkBusybox({ AISITE_BUSYBOX: '/bin/sh' });
    expect(p).toMatchObject({ ok: false, detail: '/bin/sh is dynamically linked (the node image is FROM scratch, it needs a static one)' });
  });

  test('ELF linkage is read from the program headers', () => {
    expect(isDynamicElf('/bin/sh')).toBe(true);
    expect(isDynamicElf(path.join(__dirname, 'prerequisites.test.ts'))).toBeUndefined(); // not ELF
    expect(isDynamicElf(path.join(tmp, 'missing'))).toBeUndefined();
  });
});

describe('provider mirror', () => {
  test('with Go 1.21 or later: build it with the script', () => {
    const p = checkProviderMirror(bareEnv({ go: 'echo "go version go1.22.5 linux/amd64"' }));
    expect(p).toMatchObject({ ok: false, fix: 'run scripts/provider-mirror.sh (about 5 minutes, once)' });
  });

  test("with Debian 12's Go 1.19: too old, and where to get a newer one", () => {
    const p = checkProviderMirror(bareEnv({ go: 'echo "go version go1.19.8 linux/amd64"' }));
    expect(p.fix).toMatch(/^Go 1\.19\.8 is too old and there is no provider mirror: .*install Go 1\.21 or later/);
  });

  test('a built mirror is ready, with or without Go', () => {
    const env = bareEnv();
    const mirror = env.AISITE_PROVIDER_MIRROR as string;
    const arch = process.arch === 'x64' ? 'amd64' : process.arch;
    const { DOCKER_PROVIDER_VERSION } = jest.requireActual('../../constructs/provider-version') as { DOCKER_PROVIDER_VERSION: string };
    const dir = path.join(mirror, 'registry.terraform.io', 'kreuzwerker', 'docker', DOCKER_PROVIDER_VERSION, `${process.platform}_${arch}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `terraform-provider-docker_v${DOCKER_PROVIDER_VERSION}`), '');
    fs.writeFileSync(path.join(mirror, 'terraformrc'), '');
    expect(checkProviderMirror(env)).toEqual({ name: 'provider mirror', ok: true, detail: mirror });
  });
});

test('node older than 20', () => {
  expect(checkNode('18.19.0')).toMatchObject({ ok: false, detail: '18.19.0 is too old' });
  expect(checkNode('20.0.0').ok).toBe(true);
});

test('formatPrerequisites: ✔ name detail, or ✖ name: detail — fix: how', () => {
  const text = formatPrerequisites([
    { name: 'terraform', ok: true, detail: '1.11.4' },
    { name: 'docker engine', ok: false, detail: 'not running', fix: 'start it' },
  ]);
  expect(text).toBe('✔ terraform 1.11.4\n✖ docker engine: not running — fix: start it\n');
});
