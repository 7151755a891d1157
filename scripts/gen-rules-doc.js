#!/usr/bin/env node
// Writes docs/rules.md from the rule table (spec/rules/) and spec/rules/rule-docs.ts, from
// the build in dist/ (`npm run gen:rules-doc` builds first). test/spec/rules/rules-doc.test.ts
// fails when the committed file differs from what this writes.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
let rules;
let doc;
try {
  rules = require(path.join(root, 'dist', 'spec', 'rules'));
  doc = require(path.join(root, 'dist', 'spec', 'rules', 'rules-doc'));
} catch (e) {
  process.stderr.write(
    `gen-rules-doc: cannot load the build in dist/ (${e.message.split('\n')[0]}); fix: run \`npm run build\` first, or \`npm run gen:rules-doc\`\n`,
  );
  process.exit(3);
}
const out = path.join(root, doc.RULES_DOC_FILE);
fs.writeFileSync(out, doc.rulesDocument(rules.ALL_RULE_INFOS));
process.stdout.write(`wrote ${doc.RULES_DOC_FILE}: ${rules.ALL_RULE_INFOS.length} rules\n`);
