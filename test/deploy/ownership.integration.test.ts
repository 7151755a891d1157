/**
 * One site, one owner, against a real Docker engine and real Terraform: a site deployed
 * from one checkout (workspace A, its own output and state) is not touched by the same
 * commands run from a second checkout (workspace B), until B takes it over explicitly.
 * The hospital twin is 21 Terraform resources, 20 of them labelled Docker objects (the
 * node image carries no site).
 */
import * as fs from 'fs';
import * as path from 'path';
import { LABELS } from '../../spec/model/docker-names';
import { describeDeploy, DeployEnv, INTEGRATION_TIMEOUT, inspect, labelled, SiteCopy } from '../helpers/deploy-env';

/** Container name → id: what a takeover or a teardown would change. */
function containerIds(site: string): Record<string, string> {
  return Object.fromEntries(inspect<{ Id: string; Name: string }>(labelled(site).containers).map((c) => [c.Name.replace(/^\//, ''), c.Id]));
}

function ownersOf(site: string): string[] {
  return [
    ...new Set(
      inspect<{ Config: { Labels: Record<string, string> | null } }>(labelled(site).containers).map((c) => c.Config.Labels?.[LABELS.ownerState] ?? ''),
    ),
  ];
}

describeDeploy('ownership integration (two checkouts, real Docker engine, real Terraform)', [], () => {
  let a: DeployEnv;
  let b: DeployEnv;
  let copy: SiteCopy;
  let deployed: Record<string, string>;

  beforeAll(async () => {
    a = new DeployEnv('it-owner-a');
    b = new DeployEnv('it-owner-b');
    copy = a.site('daejeon-hospital-01.yaml', 'owner');
    b.track(copy.name);
    const r = await a.cli(['deploy', copy.file, '--auto-approve']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    deployed = containerIds(copy.name);
  }, INTEGRATION_TIMEOUT);

  afterAll(async () => {
    const left = [...(await b.cleanup()), ...(await a.cleanup())];
    expect(left).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test('every object is labelled with the state that owns it', () => {
    expect(ownersOf(copy.name)).toEqual([expect.stringContaining(`${a.stateDir}/${copy.name}/terraform.tfstate`)]);
  });

  test(
    'plan from a second checkout refuses with exit 1, naming the owning state',
    async () => {
      const r = await b.cli(['plan', copy.file]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`aisite: ${copy.name} is already deployed from another Terraform state: `);
      expect(r.err).toContain(`${a.stateDir}/${copy.name}/terraform.tfstate owns 20 objects`);
      expect(r.err).toContain('--take-over');
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'deploy from a second checkout refuses with exit 1 and leaves every container as it was',
    async () => {
      const r = await b.cli(['deploy', copy.file, '--auto-approve']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('is already deployed from another Terraform state');
      expect(r.out).not.toContain('leftover');
      expect(containerIds(copy.name)).toEqual(deployed);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'destroy from a second checkout removes nothing of it, and says whose it is',
    async () => {
      const r = await b.cli(['destroy', copy.file, '--auto-approve']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('aisite will not remove them');
      expect(containerIds(copy.name)).toEqual(deployed);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'deploy --take-over replaces the site, now owned by the second checkout; the first can no longer remove it',
    async () => {
      const r = await b.cli(['deploy', copy.file, '--auto-approve', '--take-over']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out).toMatch(new RegExp(`${copy.name}: taken over from .*${a.stateDir}/${copy.name}/terraform\\.tfstate: removed 20 objects`));
      expect(ownersOf(copy.name)).toEqual([expect.stringContaining(`${b.stateDir}/${copy.name}/terraform.tfstate`)]);
      const now = containerIds(copy.name);
      expect(Object.keys(now).sort()).toEqual(Object.keys(deployed).sort());

      const d = await a.cli(['destroy', copy.file, '--auto-approve']);
      expect(d.code).toBe(1);
      expect(containerIds(copy.name)).toEqual(now);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'a damaged state file: deploy exits 3 with one line naming the file, its backup and the way out, and removes nothing',
    async () => {
      const stateFile = path.join(b.stateDir, copy.name, 'terraform.tfstate');
      const good = fs.readFileSync(stateFile, 'utf8');
      const before = containerIds(copy.name);
      fs.writeFileSync(stateFile, good.slice(0, Math.floor(good.length / 2)));
      try {
        const r = await b.cli(['deploy', copy.file, '--auto-approve']);
        expect(r.code).toBe(3);
        const lines = r.err.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^aisite: the Terraform state of ${copy.name} cannot be read \\([^)]+\\): `));
        expect(lines[0]).toContain(
          `: ${stateFile} is damaged — Terraform keeps the previous version as ${stateFile}.backup: copy it over the damaged file, or move the damaged file away and run \`aisite deploy --take-over\` to rebuild the site`,
        );
        expect(containerIds(copy.name)).toEqual(before);
      } finally {
        fs.writeFileSync(stateFile, good);
      }
    },
    INTEGRATION_TIMEOUT,
  );
});
