import * as path from 'path';
import { DOCKER_PROVIDER_VERSION } from '../constructs/provider-version';
import { ExternalError } from '../spec/errors';
import { providerMirror } from '../stacks/provider-mirror';
import { Env } from '../spec/env';

/**
 * Terraform failures that are not the site's fault but the machine's: the Docker engine
 * went away, the state file is damaged, the provider binary is broken. Each becomes one
 * line (exit 3) that says what and how to get out, instead of Terraform's raw text.
 */

/** What a fault message may name. */
export interface FaultContext {
  readonly site: string;
  /** The site's local state file, when its state is local. */
  readonly stateFile?: string;
  readonly env: Env;
}

const ENGINE_GONE =
  /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|dial unix [^ ]*docker\.sock: connect: (no such file or directory|connection refused)/i;
const STATE_BROKEN = /Failed to load state|Error loading state|state snapshot|Unsupported state file format|unexpected end of JSON input|Error reading state/i;
const PROVIDER_BROKEN =
  /Unrecognized remote plugin message|Failed to load plugin schemas|plugin exited before we could connect|Could not load plugin|fork\/exec [^ ]*terraform-provider-docker/i;

function fault(kind: TerraformFault['kind'], message: string): TerraformFault {
  return { kind, error: new ExternalError(message) };
}

/** The first line of Terraform's words that matches, shortened for a message. */
function evidence(text: string, pattern: RegExp): string {
  const line = text.split('\n').find((l) => pattern.test(l)) ?? '';
  const m = pattern.exec(line);
  return (m ? m[0] : line).trim();
}

/** A machine fault: which, and the one-line error to report. */
export interface TerraformFault {
  readonly kind: 'engine-gone' | 'provider-broken' | 'state-damaged';
  readonly error: ExternalError;
}

/** The machine fault found in Terraform's errors or output, else undefined. */
export function terraformFault(errors: readonly string[], text: string, ctx: FaultContext): TerraformFault | undefined {
  const all = `${errors.join('\n')}\n${text}`;
  if (ENGINE_GONE.test(all)) {
    return fault(
      'engine-gone',
      `the Docker engine stopped answering while Terraform worked on ${ctx.site} (${evidence(all, ENGINE_GONE)}) — start it (scripts/docker-engine.sh start), then run the same command again: it converges from what Terraform recorded`,
    );
  }
  if (PROVIDER_BROKEN.test(all)) {
    const mirror = providerMirror(ctx.env).dir;
    const versionDir = path.join(mirror, 'registry.terraform.io', 'kreuzwerker', 'docker', DOCKER_PROVIDER_VERSION);
    return fault(
      'provider-broken',
      `the kreuzwerker/docker provider ${DOCKER_PROVIDER_VERSION} in the mirror is broken (${evidence(all, PROVIDER_BROKEN)}) — rebuild it: rm -rf ${versionDir} && scripts/provider-mirror.sh`,
    );
  }
  if (STATE_BROKEN.test(all)) {
    const file = ctx.stateFile ?? `the state of ${ctx.site}`;
    const backup = ctx.stateFile ? `${ctx.stateFile}.backup` : 'terraform.tfstate.backup beside it';
    return fault(
      'state-damaged',
      `the Terraform state of ${ctx.site} cannot be read (${evidence(all, STATE_BROKEN)}): ${file} is damaged — Terraform keeps the previous version as ${backup}: copy it over the damaged file, or move the damaged file away and run \`aisite deploy --take-over\` to rebuild the site`,
    );
  }
  return undefined;
}
