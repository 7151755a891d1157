import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readBlobs, repositoryRoot, resolveCommit, treeFiles } from '../../cli/git-revision';
import { ExternalError, UsageError } from '../../spec/errors';
import { scratchRepo, ScratchRepo } from '../helpers/git-repo';
import { thrownBy } from '../helpers/thrown-by';

let repo: ScratchRepo;
let first: string;
beforeAll(() => {
  repo = scratchRepo();
  repo.write('sites/a.yaml', 'a: 1\n');
  repo.write('sites/deep/b.yaml', 'b: 2\n');
  repo.write('other/c.yaml', 'c: 3\n');
  fs.symlinkSync('a.yaml', path.join(repo.dir, 'sites/link.yaml'));
  first = repo.commit('base');
});
afterAll(() => repo.dispose());

describe('repositoryRoot', () => {
  test('from a subfolder, the top of the work tree', () => {
    expect(fs.realpathSync(repositoryRoot(path.join(repo.dir, 'sites')))).toBe(fs.realpathSync(repo.dir));
  });

  test('outside a repository, a usage error saying so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-nogit-'));
    try {
      const e = thrownBy(() => repositoryRoot(dir));
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toContain('is not inside one');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without git on PATH, an external failure saying how to get it', () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const e = thrownBy(() => repositoryRoot(repo.dir));
      expect(e).toBeInstanceOf(ExternalError);
      expect(e.message).toContain('install git');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('resolveCommit', () => {
  test('a revision name gives its commit id', () => {
    expect(resolveCommit(repo.dir, 'HEAD')).toBe(first);
  });

  test('a revision that does not exist is a usage error naming it', () => {
    const e = thrownBy(() => resolveCommit(repo.dir, 'no-such-branch'));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/^--base no-such-branch: not a commit/);
  });

  test('a revision that looks like an option is refused before git sees it', () => {
    expect(thrownBy(() => resolveCommit(repo.dir, '--output=x'))).toBeInstanceOf(UsageError);
  });
});

describe('treeFiles', () => {
  test('lists the regular files under a folder, not symlinks', () => {
    expect(treeFiles(repo.dir, first, ['sites']).map((f) => f.path)).toEqual(['sites/a.yaml', 'sites/deep/b.yaml']);
  });

  test('an empty path is the whole tree', () => {
    expect(treeFiles(repo.dir, first, ['']).map((f) => f.path)).toEqual(['other/c.yaml', 'sites/a.yaml', 'sites/deep/b.yaml']);
  });

  test('a path absent in the commit lists nothing', () => {
    expect(treeFiles(repo.dir, first, ['nowhere'])).toEqual([]);
  });
});

describe('readBlobs', () => {
  test("gives each file's bytes, in the order asked", () => {
    const files = treeFiles(repo.dir, first, ['sites', 'other']);
    expect(
      readBlobs(
        repo.dir,
        files.map((f) => f.object),
      ).map((b) => b.toString('utf8')),
    ).toEqual(['c: 3\n', 'a: 1\n', 'b: 2\n']);
  });

  test('reads nothing for no objects', () => {
    expect(readBlobs(repo.dir, [])).toEqual([]);
  });
});
