import { ExternalError } from '../../spec/errors';
import { terraformFault } from '../../deploy/terraform-faults';

const ctx = { site: 's', stateFile: '/w/.aisite/state/s/terraform.tfstate', env: { AISITE_PROVIDER_MIRROR: '/m' } };

describe('terraformFault', () => {
  test('the engine gone mid-apply is one line, exit 3, saying to start it and run again', () => {
    const raw = 'Error: Error pinging Docker server: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? '.repeat(
      15,
    );
    const f = terraformFault([raw], '', ctx)!;
    expect(f.kind).toBe('engine-gone');
    expect(f.error).toBeInstanceOf(ExternalError);
    expect(f.error.message).toMatch(/^the Docker engine stopped answering while Terraform worked on s \(Cannot connect to the Docker daemon\) — start it/);
    expect(f.error.message.length).toBeLessThan(300);
    expect(f.error.message).not.toContain('\n');
  });

  test('a damaged state names the file, the backup Terraform keeps, and the ways out', () => {
    const f = terraformFault([], 'Error: Failed to load state: unexpected end of JSON input\n', ctx)!;
    expect(f.kind).toBe('state-damaged');
    expect(f.error.message).toContain('/w/.aisite/state/s/terraform.tfstate is damaged');
    expect(f.error.message).toContain('/w/.aisite/state/s/terraform.tfstate.backup');
    expect(f.error.message).toContain('--take-over');
  });

  test('a broken provider binary says how to rebuild the mirror', () => {
    const f = terraformFault(['Failed to load plugin schemas: Unrecognized remote plugin message: '], '', ctx)!;
    expect(f.kind).toBe('provider-broken');
    expect(f.error.message).toMatch(/rebuild it: rm -rf \/m\/registry\.terraform\.io\/kreuzwerker\/docker\/[\d.]+ && scripts\/provider-mirror\.sh$/);
  });

  test("a site's own errors are not machine faults", () => {
    expect(terraformFault(['Error: Unable to create network: pool overlaps with other one on this address space'], '', ctx)).toBeUndefined();
  });
});
