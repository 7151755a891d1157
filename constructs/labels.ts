import { LABELS } from '../spec/model/docker-names';

/** A `labels` block entry as the Docker provider takes it. */
export interface DockerLabel {
  readonly label: string;
  readonly value: string;
}

/**
 * Docker labels from a record, sorted by key: labels force replacement when they change,
 * so they are derived only from the spec and always emitted in the same order.
 */
export function dockerLabels(labels: Readonly<Record<string, string | number | undefined>>): DockerLabel[] {
  const all: Record<string, string | number | undefined> = { [LABELS.managedBy]: 'aisite', ...labels };
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
