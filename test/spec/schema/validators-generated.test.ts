import * as fs from 'fs';

const { generate, OUT } = require('../../../scripts/gen-validators.js') as { generate: () => string; OUT: string };

describe('precompiled schema validators', () => {
  test('match what the schema generates (run `npm run gen:types` after editing the schema)', () => {
    expect(fs.readFileSync(OUT, 'utf8') === generate()).toBe(true);
  });
});
