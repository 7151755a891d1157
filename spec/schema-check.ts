import type { ErrorObject, ValidateFunction } from 'ajv';
import { Finding, RuleInfo } from './findings';
import { SourceDocument } from './load/source-document';
import { makeFinding, mustBe, q } from './rules/rule';
import { SCHEMA_RULES } from './rules/load-rules';
import { suggestion } from './did-you-mean';
import schema from './schema/site.schema.json';
import * as generated from './schema/validators.generated';

export const API_VERSION = 'aisite.dev/v1alpha1';
export const SITE_KINDS = ['MicroDataCenter', 'NationalAiCenter'] as const;
export const DOCUMENT_KINDS = [...SITE_KINDS, 'AcceleratorCatalog'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The JSON Schema, as loaded (the single source of truth for the spec). */
export const SITE_SCHEMA = schema;

/**
 * The schema's validators, precompiled by ajv (strict mode, allErrors, verbose) into
 * schema/validators.generated.ts by `npm run gen:types`: loading them costs a few
 * milliseconds where compiling costs a quarter of a second on every CLI run.
 */
const validators = generated as unknown as { site: ValidateFunction; catalog: ValidateFunction };

export interface SchemaCheckResult {
  /** The document's kind when it passed the schema; undefined when it did not. */
  readonly kind?: DocumentKind;
  readonly findings: Finding[];
}

/** Checks one document against the schema for its kind. */
export function checkSchema(doc: SourceDocument): SchemaCheckResult {
  const data = doc.data;
  const f = (info: RuleInfo, path: string, message: string, fix: string, key = false) => makeFinding(info, doc, path, message, fix, { key });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      findings: [
        f(
          SCHEMA_RULES.type,
          '',
          mustBe('a document', 'a mapping with apiVersion, kind, metadata and spec', describe(data)),
          `start the document with \`apiVersion: ${API_VERSION}\` and \`kind: MicroDataCenter\``,
        ),
      ],
    };
  }
  const obj = data as Record<string, unknown>;
  if (obj.apiVersion !== API_VERSION) {
    const given = obj.apiVersion === undefined ? 'none' : describe(obj.apiVersion);
    return {
      findings: [
        f(SCHEMA_RULES.kind, '/apiVersion', mustBe('apiVersion', q(API_VERSION), given), `set \`apiVersion: ${API_VERSION}\``, obj.apiVersion === undefined),
      ],
    };
  }
  const kind = obj.kind;
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const given = kind === undefined ? 'none' : describe(kind);
    const hint = typeof kind === 'string' ? suggestion(kind, DOCUMENT_KINDS) : '';
    return {
      findings: [
        f(
          SCHEMA_RULES.kind,
          '/kind',
          mustBe('kind', `one of ${DOCUMENT_KINDS.join(', ')}`, given) + '.' + hint,
          'set kind to MicroDataCenter, NationalAiCenter or AcceleratorCatalog',
          kind === undefined,
        ),
      ],
    };
  }
  const v = kind === 'AcceleratorCatalog' ? validators.catalog : validators.site;
  if (v(data)) return { kind: kind as DocumentKind, findings: [] };
  return { findings: dedupe((v.errors ?? []).filter(reportable).map((e) => toFinding(doc, e))) };
}

/**
 * Leaves out errors that only restate another: if/then/else wrappers, and the inner
 * errors of propertyNames (they carry e.propertyName; the propertyNames error
 * itself is reported, at the offending key).
 */
function reportable(e: ErrorObject): boolean {
  if (['if', 'then', 'else'].includes(e.keyword)) return false;
  return e.keyword === 'propertyNames' || e.propertyName === undefined;
}

function toFinding(doc: SourceDocument, e: ErrorObject): Finding {
  const where = humanPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const f = (info: RuleInfo, path: string, message: string, fix: string, key = false) => makeFinding(info, doc, path, message, fix, { key });
  switch (e.keyword) {
    case 'type':
      return f(SCHEMA_RULES.type, e.instancePath, mustBe(where, article(String(p.type)), describe(e.data)), `write ${where} as ${article(String(p.type))}`);
    case 'required': {
      const missing = String(p.missingProperty);
      return f(
        SCHEMA_RULES.required,
        e.instancePath,
        mustBe(where, `given ${aOrAn(missing)} '${missing}' field`, 'none', 'was given'),
        `add \`${missing}:\` to ${where}${describeField(e.parentSchema, missing)}`,
        true,
      );
    }
    case 'additionalProperty':
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      return f(
        SCHEMA_RULES.unknownField,
        `${e.instancePath}/${escape(prop)}`,
        mustBe(`fields of ${where}`, `one of ${allowed.join(', ')}`, q(prop)) + '.' + suggestion(prop, allowed),
        `rename or remove '${prop}'`,
        true,
      );
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return f(
        SCHEMA_RULES.enumValue,
        e.instancePath,
        mustBe(where, `one of ${allowed.join(', ')}`, describe(e.data)) + '.' + suggestion(String(e.data), allowed),
        `use one of ${allowed.join(', ')}`,
      );
    }
    case 'const':
      return f(SCHEMA_RULES.enumValue, e.instancePath, mustBe(where, q(String(p.allowedValue)), describe(e.data)), `set ${where} to ${String(p.allowedValue)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
      return f(
        SCHEMA_RULES.range,
        e.instancePath,
        mustBe(where, `${bound} ${String(p.limit)}`, describe(e.data)),
        `give ${where} a value ${bound} ${String(p.limit)}`,
      );
    }
    case 'pattern': {
      const what = patternMeaning(String(p.pattern), e.parentSchema);
      return f(SCHEMA_RULES.format, e.instancePath, mustBe(where, what, describe(e.data)), `write ${where} as ${what}`);
    }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength': {
      const unit = e.keyword.endsWith('Items') ? 'entries' : 'characters';
      const bound = e.keyword.startsWith('min') ? 'at least' : 'at most';
      const size = Array.isArray(e.data) ? e.data.length : String(e.data).length;
      return f(
        SCHEMA_RULES.size,
        e.instancePath,
        mustBe(where, `${bound} ${String(p.limit)} ${unit} long`, `${size} ${unit}`, 'were given'),
        `give ${where} ${bound} ${String(p.limit)} ${unit}`,
      );
    }
    case 'propertyNames':
      return f(
        SCHEMA_RULES.format,
        `${e.instancePath}/${escape(String(p.propertyName))}`,
        mustBe(`label keys of ${where}`, 'lowercase names of letters, digits, -, _ and .', q(String(p.propertyName))),
        'rename the label key',
        true,
      );
    default:
      return f(SCHEMA_RULES.other, e.instancePath, `${where} ${e.message ?? 'does not satisfy the schema'}`, 'see spec/schema/site.schema.json');
  }
}

const PATTERN_MEANINGS: Array<[RegExp, string]> = [
  [/\[-a-z0-9\]\{0,61\}/, "a DNS label (lowercase letters, digits and '-', starting with a letter, at most 63 characters)"],
  [/\/\(\[0-9\]\|\[12\]\[0-9\]\|3\[0-2\]\)\$$/, 'an IPv4 network in CIDR notation such as 10.40.0.0/22'],
  [/unix\|tcp\|ssh/, 'a Docker host URL starting with unix://, tcp:// or ssh://'],
  [/\/\[a-z\]/, 'a node group reference of the form cabinet/nodeGroup'],
];

function patternMeaning(pattern: string, parent: unknown): string {
  for (const [re, meaning] of PATTERN_MEANINGS) if (re.test(pattern)) return meaning;
  const d = (parent as { description?: string } | undefined)?.description;
  return d ? d.replace(/\.$/, '') : `text matching ${pattern}`;
}

function describeField(parentSchema: unknown, field: string): string {
  const props = (parentSchema as { properties?: Record<string, { description?: string }> })?.properties;
  const d = props?.[field]?.description;
  return d ? ` (${d.replace(/\.$/, '')})` : '';
}

/** spec.cabinets[0].nodeGroups[1] for /spec/cabinets/0/nodeGroups/1. */
export function humanPath(pointer: string): string {
  if (pointer === '') return 'the document';
  let out = '';
  for (const seg of pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function article(type: string): string {
  const t =
    type === 'integer'
      ? 'a whole number'
      : type === 'array'
        ? 'a list'
        : type === 'object'
          ? 'a mapping'
          : type === 'boolean'
            ? 'true or false'
            : `${aOrAn(type)} ${type}`;
  return t;
}

/** The indefinite article for a word: "an" before a vowel letter, else "a". */
export function aOrAn(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Short description of a given value for messages: 'text', 42, a list, a mapping, null. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return q(v.length > 40 ? v.slice(0, 37) + '...' : v);
  return String(v);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.code}|${f.path}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
