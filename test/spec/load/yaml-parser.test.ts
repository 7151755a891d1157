/**
 * The full YAML parser is loaded only when a file needs it (spec/load/yaml-parser.ts):
 * an ordinary site file is read by js-yaml alone, which keeps `aisite validate`'s
 * start-up short (docs/performance.md).
 */
const PLAIN = 'apiVersion: aisite.io/v1alpha1\nkind: Site\nmetadata:\n  name: a\n';

/** Loads load-files.ts afresh with `yaml` replaced by a recorder; returns whether yaml was loaded. */
function yamlLoadedBy(run: (lf: typeof import('../../../spec/load/load-files')) => void): boolean {
  let loaded = false;
  jest.isolateModules(() => {
    jest.doMock('yaml', () => {
      loaded = true;
      return jest.requireActual('yaml');
    });
    run(require('../../../spec/load/load-files') as typeof import('../../../spec/load/load-files'));
  });
  jest.dontMock('yaml');
  return loaded;
}

describe('the full YAML parser', () => {
  test('is not loaded for an ordinary file', () => {
    expect(yamlLoadedBy((lf) => expect(lf.parseSource('a.yaml', PLAIN).documents).toHaveLength(1))).toBe(false);
  });

  test('is loaded for a file with anchors, which js-yaml does not read', () => {
    expect(yamlLoadedBy((lf) => expect(lf.parseSource('a.yaml', `${PLAIN}x: &v 1\ny: *v\n`).documents).toHaveLength(1))).toBe(true);
  });

  test('is loaded when a finding needs a position in an ordinary file', () => {
    expect(yamlLoadedBy((lf) => expect(lf.parseSource('a.yaml', PLAIN).documents[0].locate('/metadata/name').line).toBe(4))).toBe(true);
  });

  test('is loaded for a file with a syntax error, to report where', () => {
    expect(yamlLoadedBy((lf) => expect(lf.parseSource('a.yaml', 'a: [1,\n').findings[0].location.line).toBeGreaterThan(0))).toBe(true);
  });
});
