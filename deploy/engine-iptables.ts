import * as fs from 'fs';
import * as path from 'path';

/** Where the local dockerd writes its pid. */
const DOCKERD_PID_FILE = '/var/run/docker.pid';

/**
 * The `iptables` the local dockerd runs: the first one along dockerd's own PATH (read from
 * /proc). scripts/docker-engine.sh starts dockerd with iptables-legacy first on its PATH
 * where it can (docs/docker-engine.md), so this is not always the host's default one.
 * Undefined when it cannot be told: no local dockerd, or its /proc entry is not readable.
 */
export function engineIptables(pidFile = DOCKERD_PID_FILE, proc = '/proc'): string | undefined {
  let environ: string[];
  try {
    const pid = fs.readFileSync(pidFile, 'utf8').trim();
    environ = fs.readFileSync(path.join(proc, pid, 'environ'), 'utf8').split('\0');
  } catch {
    return undefined;
  }
  const dirs = (environ.find((e) => e.startsWith('PATH='))?.slice('PATH='.length) ?? '').split(':');
  for (const dir of dirs) {
    if (!path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, 'iptables');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The backend behind an iptables binary, following its links: iptables-legacy or iptables-nft (else the file's name). */
export function iptablesBackend(binary: string): string {
  const real = path.basename(fs.realpathSync(binary));
  if (real.includes('legacy')) return 'iptables-legacy';
  if (real.includes('nft')) return 'iptables-nft';
  return real;
}
