import { IConstruct } from 'constructs';
import { LABELS, OWNER_VARIABLES } from '../spec/model/docker-names';
import { ensureOwnerVariables } from './private/owner-variables';

/** A `labels` block entry as the Docker provider takes it. */
export interface DockerLabel {
  readonly label: string;
  readonly value: string;
}

/**
 * Docker labels from a record, sorted by key, with aisite's own (managed-by, and the
 * owning state's id and location): labels force replacement when they change,
 * so they are derived only from the spec and always emitted in the same order.
 */
export function dockerLabels(scope: IConstruct, labels: Readonly<Record<string, string | number | undefined>>): DockerLabel[] {
  ensureOwnerVariables(scope);
  const all: Record<string, string | number | undefined> = {
    [LABELS.managedBy]: 'aisite',
    // Terraform interpolates these from the stack's variables (constructs/private/owner-variables.ts).
    [LABELS.owner]: `\${var.${OWNER_VARIABLES.id}}`,
    [LABELS.ownerState]: `\${var.${OWNER_VARIABLES.state}}`,
    ...labels,
  };
  return Object.entries(all)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, value]) => ({ label, value: String(value) }));
}

/** The site's metadata labels, as aisite.label.<key>. */
export function metadataLabels(labels: Readonly<Record<string, string | undefined>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels ?? {})) if (v !== undefined) out[`aisite.label.${k}`] = v;
  return out;
}
