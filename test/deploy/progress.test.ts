import { ApplyProgress } from '../../deploy/progress';
import { TerraformMessage } from '../../deploy/terraform';

/** A sink that records what is written, with a clock the test moves. */
function sink(isTTY: boolean) {
  const s = { t: 1_000_000, written: [] as string[], isTTY };
  return {
    s,
    io: { isTTY, write: (text: string) => void s.written.push(text), now: () => s.t },
  };
}

const hook = (type: string, action: string, addr: string, error?: string): TerraformMessage => ({ type, hook: { action, resource: { addr }, error } });

describe('ApplyProgress without a terminal (CI logs)', () => {
  test('prints one plain line per finished resource, with done/total and the elapsed time', () => {
    const { s, io } = sink(false);
    const p = new ApplyProgress(io, 'clinic', 3);
    p.onMessage(hook('apply_start', 'create', 'docker_network.a'));
    s.t += 500;
    p.onMessage(hook('apply_progress', 'create', 'docker_network.a'));
    p.onMessage(hook('apply_complete', 'create', 'docker_network.a'));
    s.t += 1500;
    p.onMessage(hook('apply_complete', 'delete', 'docker_container.b[0]'));
    expect(s.written).toEqual(['  created docker_network.a (1/3, 0.5s)\n', '  destroyed docker_container.b[0] (2/3, 2.0s)\n']);
    expect(p.completed).toBe(2);
  });

  test('a destroy with no total up front counts its planned changes as the total', () => {
    const { s, io } = sink(false);
    const p = new ApplyProgress(io, 'clinic', 0);
    for (const a of ['docker_network.a', 'docker_volume.b', 'docker_image.c'])
      p.onMessage({ type: 'planned_change', hook: { action: 'delete', resource: { addr: a } } });
    p.onMessage(hook('apply_complete', 'delete', 'docker_network.a'));
    expect(s.written).toEqual(['  destroyed docker_network.a (1/3, 0.0s)\n']);
  });

  test('reports failures with their error, and they do not count as done', () => {
    const { s, io } = sink(false);
    const p = new ApplyProgress(io, 'clinic', 2);
    s.t += 100;
    p.onMessage(hook('apply_errored', 'create', 'docker_container.c', 'name in use'));
    expect(s.written).toEqual(['  failed docker_container.c: name in use (0/2, 0.1s)\n']);
    expect(p.errors).toBe(1);
    expect(p.completed).toBe(0);
  });

  test('finish prints the outcome with the counts; no escape codes anywhere', () => {
    const { s, io } = sink(false);
    const p = new ApplyProgress(io, 'clinic', 1);
    p.onMessage(hook('apply_complete', 'update', 'docker_container.x'));
    s.t += 61_000;
    p.finish('applied');
    expect(s.written[s.written.length - 1]).toBe('clinic: applied (1/1 resources, 1m1s)\n');
    expect(s.written.join('')).not.toContain('\u001b');
  });

  test('an apply change_summary raises the total; the plan summary does not', () => {
    const { s, io } = sink(false);
    const p = new ApplyProgress(io, 'clinic', 2);
    p.onMessage({ type: 'change_summary', changes: { add: 9, change: 0, remove: 0, operation: 'plan' } });
    p.onMessage(hook('apply_complete', 'create', 'a'));
    p.onMessage({ type: 'change_summary', changes: { add: 4, change: 1, remove: 0, operation: 'apply' } });
    p.finish('applied');
    expect(s.written).toEqual(['  created a (1/2, 0.0s)\n', 'clinic: applied (1/5 resources, 0.0s)\n']);
  });
});

describe('ApplyProgress on a terminal', () => {
  const bars = (written: string[]) => written.filter((w) => w.startsWith('\r\u001b[2K') && !w.endsWith('\n'));

  test('redraws one bar with done/total, elapsed time and the current action', () => {
    const { s, io } = sink(true);
    const p = new ApplyProgress(io, 'clinic', 4);
    s.t += 100;
    p.onMessage(hook('apply_start', 'create', 'docker_network.a'));
    expect(s.written).toEqual([`\r\u001b[2Kclinic ${'░'.repeat(24)} 0/4 0.1s creating docker_network.a`]);
    s.t += 100;
    p.onMessage(hook('apply_complete', 'create', 'docker_network.a'));
    expect(s.written[1]).toBe(`\r\u001b[2Kclinic ${'█'.repeat(6)}${'░'.repeat(18)} 1/4 0.2s created docker_network.a`);
    expect(s.written).toHaveLength(2); // no plain line per resource on a terminal
  });

  test('draws at once, then at most every 80 ms', () => {
    const { s, io } = sink(true);
    const p = new ApplyProgress(io, 'clinic', 2);
    p.onMessage(hook('apply_start', 'create', 'a'));
    expect(bars(s.written)).toHaveLength(1);
    s.t += 10;
    p.onMessage(hook('apply_progress', 'create', 'a'));
    s.t += 10;
    p.onMessage(hook('apply_start', 'create', 'b'));
    expect(bars(s.written)).toHaveLength(1);
    s.t += 80;
    p.onMessage(hook('apply_progress', 'create', 'b'));
    expect(bars(s.written)).toHaveLength(2);
    expect(bars(s.written)[1]).toContain('0/2 0.1s creating b');
  });

  test('cuts a long current action to 60 characters', () => {
    const { s, io } = sink(true);
    const p = new ApplyProgress(io, 'clinic', 1);
    s.t += 100;
    p.onMessage(hook('apply_start', 'create', `docker_container.${'x'.repeat(80)}`));
    expect(s.written[0]).toMatch(/ creating docker_container\.x+\.\.\.$/);
    expect(s.written[0].split(' 0.1s ')[1]).toHaveLength(60);
  });

  test('failures and finish clear the bar before printing a line', () => {
    const { s, io } = sink(true);
    const p = new ApplyProgress(io, 'clinic', 2);
    s.t += 200;
    p.onMessage(hook('apply_errored', 'create', 'a', 'boom'));
    p.finish('failed');
    expect(s.written).toEqual(['\r\u001b[2K', '  failed a: boom (0/2, 0.2s)\n', '\r\u001b[2K', 'clinic: failed (0/2 resources, 0.2s)\n']);
  });
});
