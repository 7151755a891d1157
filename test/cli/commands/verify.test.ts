import * as path from 'path';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { describeGated, dockerCli } from '../../helpers/gates';

const EXAMPLE = path.resolve(__dirname, '../../../examples/daejeon-hospital-01.yaml');

describeGated('aisite verify without an engine', [dockerCli], () => {
  test('exits 3 with one line saying the engine does not answer, probing nothing', async () => {
    const ctx = bufferedContext({ ...process.env, DOCKER_HOST: 'unix:///nonexistent.sock' });
    const code = await runCli(['verify', EXAMPLE], ctx);
    expect(code).toBe(3);
    expect(ctx.err.trim().split('\n')).toHaveLength(1);
    expect(ctx.err).toMatch(/^aisite: docker engine: not running \(no answer from unix:\/\/\/nonexistent\.sock\)/);
    expect(ctx.out).toBe('');
  });
});

describe('aisite verify usage', () => {
  test('a format it does not have is a usage error (exit 2)', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['verify', EXAMPLE, '--format', 'sarif'], ctx)).toBe(2);
    expect(ctx.err).toContain('Invalid values');
  });
});
