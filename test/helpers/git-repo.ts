import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A scratch git repository in a temporary folder, for tests that read revisions. */
export interface ScratchRepo {
  readonly dir: string;
  /** Writes a file (folders made as needed). */
  write(file: string, text: string): void;
  remove(file: string): void;
  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string;
  git(...args: string[]): string;
  /** Deletes the folder. */
  dispose(): void;
}

export function scratchRepo(prefix = 'aisite-git-'): ScratchRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=aisite test', '-c', 'user.email=test@aisite.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    write(file, text) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    remove(file) {
      fs.rmSync(path.join(dir, file), { recursive: true, force: true });
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    git,
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
