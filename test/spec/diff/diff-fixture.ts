import { stringify } from 'yaml';
import { Finding } from '../../../spec/findings';
import { parseSource } from '../../../spec/load/load-files';
import { SourceDocument } from '../../../spec/load/source-document';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments, ValidationResult } from '../../../spec/validate';

/** A file of one side: a site object (written as YAML) or raw text. */
export type SideFile = { readonly file: string; readonly site: Site } | { readonly file: string; readonly text: string };

/** Validates the given files together, as one side of a diff. */
export function side(...files: SideFile[]): ValidationResult {
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = parseSource(f.file, 'text' in f ? f.text : stringify(f.site));
    for (const d of r.documents) documents.push(d);
    for (const x of r.findings) findings.push(x);
  }
  return validateDocuments(documents, findings);
}

/** A site as the file `<name>.yaml`. */
export function fileOf(site: Site): SideFile {
  return { file: `${site.metadata.name}.yaml`, site };
}
