import { parseProbeOutput, probeScript } from '../../deploy/verify';

describe('probeScript', () => {
  test('one background probe per target, a wait after every batch and at the end', () => {
    const s = probeScript([{ address: '10.0.0.1', port: 8080 }, { address: '10.0.0.2', port: 2375 }, { address: '1.1.1.1', port: 53 }], 2);
    const lines = s.trim().split('\n');
    expect(lines.slice(2)).toEqual(['p 0 10.0.0.1 8080 &', 'p 1 10.0.0.2 2375 &', 'wait', 'p 2 1.1.1.1 53 &', 'wait']);
  });

  test('counts a connection (no output) and a refusal as reach, anything else as blocked', () => {
    const fn = probeScript([], 8).split('\n')[1];
    expect(fn).toContain('"") echo "$1 reach";;');
    expect(fn).toContain('*refused*) echo "$1 reach";;');
    expect(fn).toContain('*) echo "$1 blocked";;');
  });

  test('refuses anything but an IPv4 address and an integer port (nothing reaches the shell unchecked)', () => {
    expect(() => probeScript([{ address: '10.0.0.1; reboot', port: 80 }], 8)).toThrow('not a probe target: 10.0.0.1; reboot:80');
    expect(() => probeScript([{ address: '10.0.0.1', port: 80.5 }], 8)).toThrow('not a probe target: 10.0.0.1:80.5');
  });
});

describe('parseProbeOutput', () => {
  test('answers by index, in any order; a probe that printed nothing stays undefined', () => {
    expect(parseProbeOutput('2 blocked\n0 reach\nnoise\n', 3)).toEqual(['reach', undefined, 'blocked']);
  });

  test('ignores indexes beyond the probes sent', () => {
    expect(parseProbeOutput('5 reach\n', 2)).toEqual([undefined, undefined]);
  });
});
