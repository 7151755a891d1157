import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOCKER_PROVIDER_VERSION } from '../constructs/provider-version';

/** The local provider mirror that scripts/provider-mirror.sh builds. */
export interface ProviderMirror {
  readonly dir: string;
  /** Terraform CLI config that installs kreuzwerker/docker from the mirror. */
  readonly cliConfig: string;
  /** The provider binary for this platform (present when `ready`). */
  readonly binary: string;
  /** Whether the provider binary for this platform is in the mirror. */
  readonly ready: boolean;
}

/** Where the mirror is: AISITE_PROVIDER_MIRROR, else ~/.cache/aisite/terraform-mirror. */
export function providerMirror(env: Readonly<Record<string, string | undefined>> = process.env): ProviderMirror {
  const dir = env.AISITE_PROVIDER_MIRROR ?? path.join(os.homedir(), '.cache', 'aisite', 'terraform-mirror');
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const bin = path.join(
    dir,
    'registry.terraform.io',
    'kreuzwerker',
    'docker',
    DOCKER_PROVIDER_VERSION,
    `${process.platform}_${arch}`,
    `terraform-provider-docker_v${DOCKER_PROVIDER_VERSION}`,
  );
  const cliConfig = path.join(dir, 'terraformrc');
  return { dir, cliConfig, binary: bin, ready: fs.existsSync(bin) && fs.existsSync(cliConfig) };
}
