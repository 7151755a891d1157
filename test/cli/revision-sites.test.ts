import * as path from 'path';
import { stringify } from 'yaml';
import { revisionSides } from '../../cli/revision-sites';
import { UsageError } from '../../spec/errors';
import { scratchRepo, ScratchRepo } from '../helpers/git-repo';
import { mdcSite } from '../helpers/site-fixture';
import { thrownBy } from '../helpers/thrown-by';

let repo: ScratchRepo;
beforeEach(() => {
  repo = scratchRepo();
});
afterEach(() => repo.dispose());

const names = (r: { sites: ReadonlyArray<{ name: string }> }) => r.sites.map((s) => s.name);

describe('revisionSides', () => {
  test('the old side is read from the revision and its files are named REF:path', () => {
    repo.write('sites/a.yaml', stringify(mdcSite('old-name')));
    repo.commit('base');
    repo.write('sites/a.yaml', stringify(mdcSite('new-name')));
    const r = revisionSides('HEAD', ['sites'], repo.dir);
    expect(names(r.before)).toEqual(['old-name']);
    expect(r.before.files).toEqual(['HEAD:sites/a.yaml']);
    expect(names(r.after)).toEqual(['new-name']);
  });

  test("both sides' files map to the same path from the repository's top", () => {
    repo.write('sites/a.yaml', stringify(mdcSite()));
    repo.commit('base');
    const r = revisionSides('HEAD', ['sites'], repo.dir);
    expect(r.beforeFile(r.before.files[0])).toBe('sites/a.yaml');
    expect(r.afterFile(r.after.files[0])).toBe('sites/a.yaml');
  });

  test('a path absent at the revision has no sites there (they are added)', () => {
    repo.write('README', 'x');
    repo.commit('base');
    repo.write('sites/a.yaml', stringify(mdcSite()));
    const r = revisionSides('HEAD', ['sites'], repo.dir);
    expect([names(r.before), names(r.after)]).toEqual([[], ['test-site-01']]);
  });

  test('a path deleted since the revision has no sites now (they are removed)', () => {
    repo.write('sites/a.yaml', stringify(mdcSite()));
    repo.commit('base');
    repo.remove('sites');
    const r = revisionSides('HEAD', ['sites'], repo.dir);
    expect([names(r.before), names(r.after)]).toEqual([['test-site-01'], []]);
  });

  test('a path absent on both sides is a usage error', () => {
    repo.write('README', 'x');
    repo.commit('base');
    const e = thrownBy(() => revisionSides('HEAD', ['nowhere'], repo.dir));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe('nowhere: no such file or directory, neither now nor at HEAD; give the path of a site file or a folder of them');
  });

  test('a path outside the repository is a usage error', () => {
    repo.write('README', 'x');
    repo.commit('base');
    expect(thrownBy(() => revisionSides('HEAD', ['..'], repo.dir)).message).toMatch(/^\.\.: outside the git repository/);
  });

  test('at the revision, folders are searched as validate searches them: no hidden or skipped folders, only site files', () => {
    repo.write('sites/a.yaml', stringify(mdcSite()));
    repo.write('sites/.hidden/b.yaml', stringify(mdcSite('hidden')));
    repo.write('sites/cdktf.out/c.json', '{}');
    repo.write('sites/notes.txt', 'x');
    repo.commit('base');
    expect(revisionSides('HEAD', ['sites'], repo.dir).before.files).toEqual(['HEAD:sites/a.yaml']);
  });

  test('paths are relative to the folder aisite runs in, also below the top', () => {
    repo.write('ops/sites/a.yaml', stringify(mdcSite()));
    repo.commit('base');
    const r = revisionSides('HEAD', ['sites'], path.join(repo.dir, 'ops'));
    expect(r.before.files).toEqual(['HEAD:ops/sites/a.yaml']);
  });

  test('invalid YAML at the revision is a finding, not an exception', () => {
    repo.write('sites/a.yaml', 'metadata: [unclosed\n');
    repo.commit('base');
    repo.write('sites/a.yaml', stringify(mdcSite()));
    const r = revisionSides('HEAD', ['sites'], repo.dir);
    expect(r.before.findings.map((f) => f.location.file)).toEqual(['HEAD:sites/a.yaml']);
  });
});
