import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The docker CLI's own words when the socket is not ours to use (docker 28). */
export const PERMISSION_DENIED =
  'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/version": dial unix /var/run/docker.sock: connect: permission denied';

/** The docker CLI's own words when nothing listens on the socket. */
export const NOT_RUNNING = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

/** A temp folder (readable by everyone, so a test may run a command as another user). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Writes `/bin/sh` scripts named after commands into `dir` and returns `dir`. */
export function fakeBin(dir: string, commands: Readonly<Record<string, string>>): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  for (const [name, body] of Object.entries(commands)) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  }
  return dir;
}

/** A fake command that prints `message` on stderr and fails, as docker does (shell builtins only). */
export function failing(message: string, code = 1): string {
  return `printf '%s\\n' '${message.split("'").join("'\\''")}' >&2\nexit ${code}`;
}

/** The pid of the running dockerd (from its pidfile), to check a test left it alone. */
export function dockerdPid(): string | undefined {
  for (const f of ['/var/run/docker.pid', '/run/docker.pid']) {
    try {
      return fs.readFileSync(f, 'utf8').trim();
    } catch {
      // try the next
    }
  }
  return undefined;
}
