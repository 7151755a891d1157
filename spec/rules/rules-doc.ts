import { RuleInfo } from '../findings';
import { UsageError } from '../errors';
import { RuleDoc, RULE_DOCS } from './rule-docs';

/**
 * The rules' documentation as text and markdown: each rule's help (SARIF's `help`) and the
 * whole of docs/rules.md, written by `npm run gen:rules-doc`. One layout for both.
 */

/** Where docs/rules.md is published when AISITE_RULES_DOC_URL does not say otherwise. */
export const DEFAULT_RULES_DOC_URL = 'https://aisite.dev/docs/rules.md';

/** The environment variable that points SARIF's helpUri at another copy of docs/rules.md. */
export const RULES_DOC_URL_VARIABLE = 'AISITE_RULES_DOC_URL';

/** The file the rules are documented in, relative to the repository root. */
export const RULES_DOC_FILE = 'docs/rules.md';

/** The documentation of `code`; a code without one is a bug (a test covers every code). */
export function ruleDoc(code: string): RuleDoc {
  const doc = RULE_DOCS[code];
  if (!doc) throw new Error(`no documentation for rule ${code} in spec/rules/rule-docs.ts`);
  return doc;
}

/** The anchor of a rule's section in docs/rules.md (its heading is the code alone). */
export function ruleAnchor(code: string): string {
  return code.toLowerCase();
}

/**
 * The absolute URL of docs/rules.md for helpUri: AISITE_RULES_DOC_URL, else the default.
 * GitHub needs absolute URIs, so a relative one is a usage error.
 */
export function rulesDocUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[RULES_DOC_URL_VARIABLE];
  if (given === undefined || given === '') return DEFAULT_RULES_DOC_URL;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(
      `${RULES_DOC_URL_VARIABLE} must be an absolute URL of docs/rules.md (such as https://github.com/ORG/aisite/blob/v0.1.0/docs/rules.md), but '${given}' was given; fix: set it to such a URL, or unset it for ${DEFAULT_RULES_DOC_URL}`,
    );
  }
  if (url.hash)
    throw new UsageError(
      `${RULES_DOC_URL_VARIABLE} must be a URL without a #fragment (each rule adds its own), but '${given}' was given; fix: remove '${url.hash}'`,
    );
  return given;
}

/** The URL of one rule's section. */
export function ruleHelpUri(code: string, base: string): string {
  return `${base}#${ruleAnchor(code)}`;
}

/** The one-paragraph description: what the rule checks, then why. */
export function ruleFullDescription(info: RuleInfo): string {
  return `${info.summary} ${ruleDoc(info.code).why}`;
}

/** A rule's help as plain text. */
export function ruleHelpText(info: RuleInfo): string {
  const doc = ruleDoc(info.code);
  return [
    `${info.code} ${info.rule} (${info.severity})`,
    `What it checks: ${info.summary}`,
    `Why: ${doc.why}`,
    `How to fix: ${doc.fix}`,
    `Example:\n${doc.example}`,
  ].join('\n\n');
}

function exampleMarkdown(doc: RuleDoc): string {
  const lang = doc.exampleLanguage ?? 'yaml';
  if (lang === 'text') return doc.example;
  const longest = longestRun(doc.example, '`');
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${doc.example}\n${fence}`;
}

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** The body of a rule's section: the same in SARIF's help.markdown and in docs/rules.md. */
function ruleBodyMarkdown(info: RuleInfo): string {
  const doc = ruleDoc(info.code);
  return [
    `Rule \`${info.rule}\`, default severity **${info.severity}**.`,
    `**What it checks:** ${info.summary}`,
    `**Why:** ${doc.why}`,
    `**How to fix:** ${doc.fix}`,
    `**Example** that it reports:\n\n${exampleMarkdown(doc)}`,
  ].join('\n\n');
}

/** A rule's help as markdown, ending with a link to its section of docs/rules.md. */
export function ruleHelpMarkdown(info: RuleInfo, base: string): string {
  return `${ruleBodyMarkdown(info)}\n\n[${info.code} in the aisite rules](${ruleHelpUri(info.code, base)})`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** The whole of docs/rules.md for `infos` (sorted by code, as ALL_RULE_INFOS is). */
export function rulesDocument(infos: readonly RuleInfo[]): string {
  const parts: string[] = [
    '# aisite rules',
    `<!-- Generated from spec/rules/ (the rule table and spec/rules/rule-docs.ts) by \`npm run gen:rules-doc\`. Do not edit: a test fails when this file is stale. -->`,
    'Every finding code `aisite validate` can report, with its default severity. `aisite rules` lists the same table; SARIF output links each rule here (`helpUri`).',
    [
      '| code | severity | rule | what it checks |',
      '|---|---|---|---|',
      ...infos.map((r) => `| [${r.code}](#${ruleAnchor(r.code)}) | ${r.severity} | \`${r.rule}\` | ${cell(r.summary)} |`),
    ].join('\n'),
  ];
  for (const info of infos) parts.push(`## ${info.code}\n\n${ruleBodyMarkdown(info)}`);
  return parts.join('\n\n') + '\n';
}
