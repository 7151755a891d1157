import * as path from 'path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { Finding, Severity, SourceLocation, sortFindings } from '../../spec/findings';
import { ALL_RULE_INFOS } from '../../spec/rules';
import { ruleFullDescription, ruleHelpMarkdown, ruleHelpText, ruleHelpUri, rulesDocUrl } from '../../spec/rules/rules-doc';
import { SuppressedFinding } from '../../spec/suppressions';
import { ValidationResult } from '../../spec/validate';
import { FormatOptions } from './format';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(result: ValidationResult, opts: FormatOptions): string {
  // Rule metadata GitHub code scanning requires: descriptions, help and a documentation link.
  const docUrl = rulesDocUrl();
  const rules: ReportingDescriptor[] = ALL_RULE_INFOS.map((r) => ({
    id: r.code,
    name: toPascal(r.rule),
    shortDescription: { text: r.summary },
    fullDescription: { text: ruleFullDescription(r) },
    help: { text: ruleHelpText(r), markdown: ruleHelpMarkdown(r, docUrl) },
    helpUri: ruleHelpUri(r.code, docUrl),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['aisite'], rule: r.rule },
  }));
  const index = new Map(ALL_RULE_INFOS.map((r, i) => [r.code, i]));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aisite', version: opts.version, informationUri: 'https://aisite.dev', rules } },
        originalUriBaseIds: { SRCROOT: { uri: 'file://' + toUri(process.cwd()) + '/' } },
        results: sortFindings<Finding & Partial<SuppressedFinding>>([...result.findings, ...result.suppressed]).map((f) => toResult(f, index.get(f.code))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** One result; a suppressed finding carries its suppression (kind inSource, the reason as justification). */
function toResult(f: Finding & Partial<SuppressedFinding>, ruleIndex: number | undefined): Result {
  return {
    ruleId: f.code,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}. Fix: ${f.fix}.` : `${f.message}.` },
    locations: [{ physicalLocation: physicalLocation(f.location) }],
    ...(f.suppression
      ? {
          suppressions: [
            {
              kind: 'inSource',
              status: 'accepted',
              justification: f.suppression.reason,
              location: { physicalLocation: physicalLocation(f.suppression.location) },
            },
          ],
        }
      : {}),
    ...(f.site ? { properties: { site: f.site } } : {}),
  };
}

function physicalLocation(loc: SourceLocation): NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']> {
  const region: NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] = {
    startLine: loc.line,
    startColumn: loc.column,
  };
  if (loc.endLine !== undefined && loc.endColumn !== undefined && (loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn > loc.column))) {
    region.endLine = loc.endLine;
    region.endColumn = loc.endColumn;
  }
  return { artifactLocation: { uri: toUri(relative(loc.file)), uriBaseId: 'SRCROOT' }, region };
}

function relative(file: string): string {
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
}

function toUri(p: string): string {
  return p.split(path.sep).map(encodeURIComponent).join('/');
}

function toPascal(s: string): string {
  return s.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
