/** The PIDs limit deploy sets with `docker update`, against a fake `docker` on PATH. */
import * as fs from 'fs';
import * as path from 'path';
import { limitPids } from '../../deploy/pids-limit';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-pids-');
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Containers of site s: a node without a limit, a controller labelled for 266, one already at 128. */
function env(): Record<string, string> {
  const c = (id: string, name: string, limit: number | null, labels: Record<string, string> = {}) => ({
    Id: id,
    Name: `/${name}`,
    HostConfig: { PidsLimit: limit },
    Config: { Labels: { 'aisite.site': 's', ...labels } },
  });
  fs.writeFileSync(
    path.join(tmp, 'inspect.json'),
    JSON.stringify([c('c1', 's-node-0', null), c('c2', 's-controller', null, { 'aisite.pids-limit': '266' }), c('c3', 's-gw', 128)]),
  );
  const bin = fakeBin(path.join(tmp, 'bin'), {
    docker: `echo "$*" >> ${tmp}/calls
case "$1" in
  ps) printf 'c1\\nc2\\nc3\\n' ;;
  inspect) cat ${tmp}/inspect.json ;;
esac`,
  });
  return { PATH: `${bin}:${process.env.PATH}` };
}

test('one update per limit: the common 128, and the label of a controller with many addresses', () => {
  expect(limitPids('s', env())).toEqual(['s-controller', 's-node-0']);
  const updates = fs
    .readFileSync(path.join(tmp, 'calls'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('update'));
  expect(updates).toEqual(['update --pids-limit 128 c1', 'update --pids-limit 266 c2']);
});
