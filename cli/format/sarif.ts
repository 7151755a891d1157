import * as path from 'path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { Finding, Severity } from '../../spec/findings';
import { ALL_RULE_INFOS } from '../../spec/rules';
import { ValidationResult } from '../../spec/validate';
import { FormatOptions } from './format';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(result: ValidationResult, opts: FormatOptions): string {
  const rules: ReportingDescriptor[] = ALL_RULE_INFOS.map((r) => ({
    id: r.code,
    name: toPascal(r.rule),
    shortDescription: { text: r.summary },
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
        results: result.findings.map((f) => toResult(f, index.get(f.code))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toResult(f: Finding, ruleIndex: number | undefined): Result {
  const region: NonNullable<NonNullable<Result['locations']>[number]['physicalLocation']>['region'] = {
    startLine: f.location.line,
    startColumn: f.location.column,
  };
  if (f.location.endLine !== undefined && f.location.endColumn !== undefined &&
    (f.location.endLine > f.location.line || (f.location.endLine === f.location.line && f.location.endColumn > f.location.column))) {
    region.endLine = f.location.endLine;
    region.endColumn = f.location.endColumn;
  }
  return {
    ruleId: f.code,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}. Fix: ${f.fix}.` : `${f.message}.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(relative(f.location.file)), uriBaseId: 'SRCROOT' }, region } }],
    ...(f.site ? { properties: { site: f.site } } : {}),
  };
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
