import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../../spec/errors';
import { LABELS } from '../../spec/model/docker-names';
import { LiveSite } from '../../deploy/docker-objects';
import { foreignOwners, ownedElsewhereMessage, ownerEnv, stateOwner } from '../../deploy/ownership';
import { tempDir } from '../helpers/fake-bin';

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-owner-');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const LOCAL = { kind: 'local' } as const;
const owned = (name: string, owner?: string, state?: string) => ({
  name,
  labels: { [LABELS.site]: 's', ...(owner ? { [LABELS.owner]: owner } : {}), ...(state ? { [LABELS.ownerState]: state } : {}) },
});
const live = (...objects: ReturnType<typeof owned>[]): LiveSite => ({
  containers: objects.map((o) => ({ ...o, id: o.name, state: 'running', health: 'healthy', networks: [] })),
  networks: [],
  volumes: [],
});

describe('stateOwner', () => {
  test('a local state is owned by its host and absolute path, and nothing is written', () => {
    const a = stateOwner('s', LOCAL, tmp, {});
    expect(a.location.endsWith(`:${path.join(tmp, 's', 'terraform.tfstate')}`)).toBe(true);
    expect(a.id).toMatch(/^local-[0-9a-f]{16}$/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test('the same state folder stays the same owner when its state file is lost', () => {
    const before = stateOwner('s', LOCAL, tmp, {});
    fs.rmSync(path.join(tmp, 's'), { recursive: true, force: true });
    expect(stateOwner('s', LOCAL, tmp, {})).toEqual(before);
  });

  test('two state folders (two checkouts) are two owners', () => {
    expect(stateOwner('s', LOCAL, path.join(tmp, 'a'), {}).id).not.toBe(stateOwner('s', LOCAL, path.join(tmp, 'b'), {}).id);
  });

  test('a PostgreSQL state is one owner for the whole team, whatever the user and password', () => {
    const pg = { kind: 'pg', schema: 'aisite_s' } as const;
    const alice = stateOwner('s', pg, tmp, { PG_CONN_STR: 'postgres://alice:pw1@db:5432/ops' });
    const bob = stateOwner('s', pg, tmp, { PG_CONN_STR: 'postgres://bob:pw2@db:5432/ops' });
    expect(bob).toEqual(alice);
    expect(alice.location).toBe('postgres://db:5432/ops schema aisite_s');
  });

  test('a malformed PG_CONN_STR is one line that never shows the string', () => {
    const pg = { kind: 'pg', schema: 'aisite_s' } as const;
    let e: unknown;
    try {
      stateOwner('s', pg, tmp, { PG_CONN_STR: 'secret-password@@nowhere' });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ExternalError);
    expect((e as Error).message).not.toContain('secret');
  });
});

test('ownerEnv gives Terraform the owner variables', () => {
  expect(ownerEnv({ id: 'i', location: 'l' })).toEqual({ TF_VAR_aisite_owner: 'i', TF_VAR_aisite_owner_state: 'l' });
});

describe('foreignOwners', () => {
  const me = { id: 'mine', location: 'here' };

  test('objects this state owns are not foreign', () => {
    expect(foreignOwners(live(owned('a', 'mine', 'here')), me)).toEqual([]);
  });

  test('objects of other states are grouped by where those states live', () => {
    expect(foreignOwners(live(owned('a', 'x', 'host:/a'), owned('b', 'mine', 'here'), owned('c', 'x', 'host:/a'), owned('d', 'y', 'host:/b')), me)).toEqual([
      { location: 'host:/a', names: ['a', 'c'] },
      { location: 'host:/b', names: ['d'] },
    ]);
  });

  test('objects with no owner label are foreign, with a note saying so', () => {
    expect(foreignOwners(live(owned('a')), me)[0].location).toMatch(/older aisite|by hand/);
  });

  test('with no owner here, every object is foreign', () => {
    expect(foreignOwners(live(owned('a', 'mine', 'here')), undefined)).toEqual([{ location: 'here', names: ['a'] }]);
  });
});

test('the refusal names the owning state, a few objects, and the way to take over', () => {
  const m = ownedElsewhereMessage('s', [{ location: 'host:/a/terraform.tfstate', names: ['n1', 'n2', 'n3', 'n4', 'n5'] }], 'replace or remove');
  expect(m).toBe(
    's is already deployed from another Terraform state: host:/a/terraform.tfstate owns 5 objects (n1, n2, n3 and 2 more); aisite will not replace or remove them. Run aisite from there, or take the site over here with --take-over (removes those objects first)',
  );
});
