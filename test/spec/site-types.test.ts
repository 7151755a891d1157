import * as fs from 'fs';

// json-schema-to-typescript loads prettier, whose dynamic import() crashes Jest's VM
// without --experimental-vm-modules. gen-types runs with format: false, so prettier is
// never called; stub it, and fail loudly if that ever changes.
jest.mock('prettier', () => ({
  format: () => {
    throw new Error('gen-types now formats with prettier: run this check outside Jest');
  },
}));

const { generate, OUT } = require('../../scripts/gen-types.js') as { generate: () => Promise<string>; OUT: string };

test('spec/site-types.generated.ts matches the JSON Schema', async () => {
  const fresh = await generate();
  const committed = fs.readFileSync(OUT, 'utf8');
  if (fresh !== committed) {
    throw new Error('spec/site-types.generated.ts is out of date with spec/schema/site.schema.json: run `npm run gen:types` and commit the result');
  }
  expect(fresh).toBe(committed);
});
