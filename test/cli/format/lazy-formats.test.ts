/** Each report format is loaded when it is asked for (cli/format/index.ts). */
import type { ValidationResult } from '../../../spec/validate';

const EMPTY: ValidationResult = { files: [], sites: [], catalog: undefined as never, findings: [], suppressed: [] };

test('printing JSON loads the JSON format and not SARIF (which pulls in every rule document)', () => {
  const loaded: string[] = [];
  jest.isolateModules(() => {
    for (const f of ['json', 'sarif', 'junit', 'text']) {
      jest.doMock(`../../../cli/format/${f}`, () => {
        loaded.push(f);
        return jest.requireActual(`../../../cli/format/${f}`);
      });
    }
    const { FORMATTERS } = require('../../../cli/format') as typeof import('../../../cli/format');
    expect(JSON.parse(FORMATTERS.json(EMPTY, { strict: false, color: false, version: '0' })).summary.errors).toBe(0);
  });
  expect(loaded).toEqual(['json']);
});
