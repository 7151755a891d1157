import { validatePaths, validateDocuments } from '../../spec/validate';
import { parseSource } from '../../spec/load/load-files';
const { generate } = require('../../scripts/gen-types.js');
import * as fs from 'fs';
test('scratch', async () => {
  const r = validatePaths(['examples']);
  console.log(JSON.stringify(r.findings, null, 1));
  for (const f of fs.readdirSync('examples')) console.log(f, JSON.stringify(validatePaths(['examples/' + f]).findings.map(x => [x.code, x.severity, x.message])));
  const text = fs.readFileSync('examples/daejeon-hospital-01.yaml', 'utf8').replace('tier: edge', 'Tier_X: edge');
  const p = parseSource('x.yaml', text);
  console.log(JSON.stringify(validateDocuments(p.documents).findings, null, 1));
  const g = await generate();
  console.log('gen equal', g === fs.readFileSync('spec/site-types.generated.ts', 'utf8'));
});
