import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { engineIptables, iptablesBackend } from '../../deploy/engine-iptables';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-iptables-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fake /proc with one dockerd (pid 42) whose PATH is `dirs`, and its pidfile. */
function fakeDockerd(dirs: string[]): { pidFile: string; proc: string } {
  const proc = path.join(tmp, 'proc');
  fs.mkdirSync(path.join(proc, '42'), { recursive: true });
  fs.writeFileSync(path.join(proc, '42', 'environ'), `HOME=/root\0PATH=${dirs.join(':')}\0`);
  const pidFile = path.join(tmp, 'docker.pid');
  fs.writeFileSync(pidFile, '42\n');
  return { pidFile, proc };
}

/** A folder holding `iptables` as a link to a file named `target`. */
function iptablesTo(name: string, target: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(tmp, target), '');
  fs.symlinkSync(path.join(tmp, target), path.join(dir, 'iptables'));
  return dir;
}

describe('engineIptables', () => {
  test("the first iptables along dockerd's PATH", () => {
    const legacy = iptablesTo('legacy', 'xtables-legacy-multi');
    const { pidFile, proc } = fakeDockerd([path.join(tmp, 'empty'), 'relative', legacy, iptablesTo('nft', 'xtables-nft-multi')]);
    expect(engineIptables(pidFile, proc)).toBe(path.join(legacy, 'iptables'));
  });

  test('undefined without a dockerd whose /proc entry can be read', () => {
    expect(engineIptables(path.join(tmp, 'missing.pid'), path.join(tmp, 'proc'))).toBeUndefined();
  });

  test('undefined when no folder of its PATH holds iptables', () => {
    const { pidFile, proc } = fakeDockerd([path.join(tmp, 'empty')]);
    expect(engineIptables(pidFile, proc)).toBeUndefined();
  });
});

describe('iptablesBackend', () => {
  test('follows the links to xtables-legacy-multi', () => {
    expect(iptablesBackend(path.join(iptablesTo('legacy', 'xtables-legacy-multi'), 'iptables'))).toBe('iptables-legacy');
  });

  test('follows the links to xtables-nft-multi', () => {
    expect(iptablesBackend(path.join(iptablesTo('nft', 'xtables-nft-multi'), 'iptables'))).toBe('iptables-nft');
  });
});
