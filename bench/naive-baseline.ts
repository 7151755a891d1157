import { Container } from '@cdktf/provider-docker/lib/container';
import { Image } from '@cdktf/provider-docker/lib/image';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { HARDENED } from '../constructs/hardening';
import { dockerLabels } from '../constructs/labels';
import { ResolvedSite } from '../spec/model/resolved-site';

/**
 * The naive way to synthesize full fidelity, for comparison only: one `docker_container`
 * block per server instead of one block with a Terraform `count` per node group.
 */
export function naiveApp(site: ResolvedSite, outdir: string): App {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, site.name);
  const provider = new DockerProvider(stack, 'docker', {});
  const image = new Image(stack, 'image', { provider, name: 'aisite-node:naive', keepLocally: true, buildAttribute: { context: '../../node-image' } });
  for (const cab of site.cabinets) {
    for (const g of cab.nodeGroups) {
      for (let i = 0; i < g.servers; i++) {
        new Container(stack, `${cab.name}-${g.spec.name}-${i}`, {
          provider,
          ...HARDENED,
          name: `${site.name}-${cab.name}-${g.spec.name}-${i}`,
          image: image.imageId,
          env: [`AISITE_SITE=${site.name}`, `AISITE_INDEX=${i}`],
          labels: dockerLabels(stack, {
            'aisite.site': site.name,
            'aisite.cabinet': cab.name,
            'aisite.node-group': g.spec.name,
            'aisite.accelerator': g.spec.accelerator,
          }),
        });
      }
    }
  }
  return app;
}
