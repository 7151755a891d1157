#!/usr/bin/env node
// Precompiles the JSON Schema into standalone ajv validators (spec/schema/validators.generated.ts),
// so the CLI does not pay ajv's compile time (~250 ms) on every run. Strict mode, allErrors
// and verbose (errors carry their parent schema, for did-you-mean) as in spec/schema-check.ts.
// `npm run gen:types` writes it; test/spec/schema/validators-generated.test.ts fails when it drifts.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv').default;
const standalone = require('ajv/dist/standalone').default;

const SCHEMA = path.join(__dirname, '..', 'spec', 'schema', 'site.schema.json');
const OUT = path.join(__dirname, '..', 'spec', 'schema', 'validators.generated.ts');

function generate() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, code: { source: true, lines: true } });
  ajv.addSchema(schema);
  // The whole document schema (what editors use) must compile in strict mode too.
  if (!ajv.getSchema(schema.$id)) throw new Error('schema root did not compile');
  const code = standalone(ajv, {
    site: `${schema.$id}#/definitions/Site`,
    catalog: `${schema.$id}#/definitions/AcceleratorCatalog`,
  });
  return [
    '/* Generated from spec/schema/site.schema.json by `npm run gen:types`. Do not edit. */',
    '/* eslint-disable */',
    '// @ts-nocheck',
    code,
    'export {};',
    '',
  ].join('\n');
}

module.exports = { generate, OUT };

if (require.main === module) fs.writeFileSync(OUT, generate());
