#!/usr/bin/env node
// Generates spec/site-types.generated.ts from the JSON Schema, the single source of truth.
// `npm run gen:types` writes it; test/spec/site-types.test.ts fails when the file drifts.
'use strict';
const fs = require('fs');
const path = require('path');
const { compile } = require('json-schema-to-typescript');

const SCHEMA = path.join(__dirname, '..', 'spec', 'schema', 'site.schema.json');
const OUT = path.join(__dirname, '..', 'spec', 'site-types.generated.ts');

async function generate() {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  // Generate from the definitions only; the top-level if/then/else is an editor convenience.
  const root = {
    title: 'AisiteDocument',
    definitions: schema.definitions,
    anyOf: [{ $ref: '#/definitions/Site' }, { $ref: '#/definitions/AcceleratorCatalog' }],
  };
  return compile(root, 'AisiteDocument', {
    bannerComment: '/* Generated from spec/schema/site.schema.json by `npm run gen:types`. Do not edit. */',
    unreachableDefinitions: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    style: { singleQuote: true },
    format: false,
  });
}

module.exports = { generate, OUT };

if (require.main === module) {
  generate()
    .then((ts) => fs.writeFileSync(OUT, ts))
    .catch((e) => {
      console.error(e.message);
      process.exitCode = 1;
    });
}
