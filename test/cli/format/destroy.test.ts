import { describeDestroy } from '../../../cli/format/destroy';
import { DestroyResult } from '../../../deploy/destroy';

const base: DestroyResult = {
  site: 's',
  terraform: true,
  swept: { containers: 0, networks: 0, volumes: 0, services: 0 },
  interrupted: false,
  containersFirst: 10,
  terraformResources: 11,
};

describe('describeDestroy', () => {
  test('a destroy through Terraform says what it and the containers before it removed, and that the sweep found nothing', () => {
    expect(describeDestroy(base, 1)).toBe('terraform destroy removed 11 resources, after 10 containers one at a time; the label sweep found nothing left');
  });

  test('a sweep that removed something counts it, per kind', () => {
    expect(
      describeDestroy(
        { ...base, terraform: false, terraformError: undefined, containersFirst: 0, swept: { containers: 1, networks: 6, volumes: 4, services: 0 } },
        1,
      ),
    ).toBe('swept by label (no stack); the label sweep removed: 1 container, 6 networks, 4 volumes');
  });

  test('a site never deployed from this state folder says so instead of naming Terraform', () => {
    expect(describeDestroy({ ...base, terraform: false, terraformError: undefined, containersFirst: 0, noState: true }, 1)).toBe(
      'no Terraform state here, swept by label; the label sweep found nothing left',
    );
  });

  test('a failed Terraform destroy is named, and where the sweep ran', () => {
    expect(
      describeDestroy({ ...base, terraform: false, terraformError: 'network in use', swept: { containers: 0, networks: 1, volumes: 0, services: 2 } }, 2),
    ).toBe(
      'terraform destroy failed (network in use), after 10 containers one at a time; the label sweep removed on 2 engines: 2 services, 0 containers, 1 network, 0 volumes',
    );
  });
});
