import { RuleInfo } from '../findings';

/** Findings made while reading files and checking them against the JSON Schema. */
export const LOAD_RULES = {
  unreadable: { code: 'AIS001', rule: 'file-unreadable', severity: 'error', summary: 'A given file can be read.' },
  tooLarge: { code: 'AIS002', rule: 'file-too-large', severity: 'error', summary: 'A site file is at most 2 MiB.' },
  notText: { code: 'AIS003', rule: 'file-not-utf8-text', severity: 'error', summary: 'A site file is UTF-8 text.' },
  syntax: { code: 'AIS004', rule: 'yaml-syntax', severity: 'error', summary: 'A site file is well-formed YAML or JSON.' },
  duplicateKey: { code: 'AIS005', rule: 'duplicate-key', severity: 'error', summary: 'A mapping has each key once.' },
  empty: { code: 'AIS006', rule: 'empty-file', severity: 'error', summary: 'A site file holds at least one document.' },
  aliases: { code: 'AIS007', rule: 'alias-limit', severity: 'error', summary: 'YAML aliases expand to a bounded size.' },
} as const satisfies Record<string, RuleInfo>;

export const SCHEMA_RULES = {
  kind: { code: 'AIS100', rule: 'document-kind', severity: 'error', summary: 'apiVersion and kind name a known document type.' },
  type: { code: 'AIS101', rule: 'schema-type', severity: 'error', summary: 'Every field has the type the schema gives.' },
  required: { code: 'AIS102', rule: 'schema-required', severity: 'error', summary: 'Required fields are present.' },
  unknownField: { code: 'AIS103', rule: 'schema-unknown-field', severity: 'error', summary: 'Only fields the schema defines are used.' },
  enumValue: { code: 'AIS104', rule: 'schema-enum', severity: 'error', summary: 'Enumerated fields take one of their allowed values.' },
  range: { code: 'AIS105', rule: 'schema-range', severity: 'error', summary: 'Numbers lie within their allowed range.' },
  format: { code: 'AIS106', rule: 'schema-format', severity: 'error', summary: 'Names are DNS labels, subnets are CIDR, hosts are URLs.' },
  size: { code: 'AIS107', rule: 'schema-size', severity: 'error', summary: 'Lists and strings have an allowed length.' },
  other: { code: 'AIS199', rule: 'schema-other', severity: 'error', summary: 'The document satisfies the JSON Schema.' },
} as const satisfies Record<string, RuleInfo>;
