import { Image } from '@cdktf/provider-docker/lib/image';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Construct } from 'constructs';
import { nodeImageContextHash } from './private/node-image-context';

/** Where `aisite synth` writes the shared build context, relative to a stack folder. */
export const DEFAULT_IMAGE_CONTEXT = '../../node-image';

export interface NodeImageProps {
  /**
   * The build context folder: relative paths are resolved from the stack folder
   * Terraform runs in.
   * @default '../../node-image' (where `aisite synth` writes it)
   */
  readonly contextPath?: string;
  /**
   * SHA-256 of the build context: the image tag and its rebuild trigger, so the image
   * is rebuilt exactly when the context changes.
   * @default the hash of aisite's bundled context with this machine's busybox
   */
  readonly contextSha256?: string;
  /** @default the stack's default Docker provider */
  readonly provider?: DockerProvider;
}

/**
 * The node image, built locally from scratch with a static busybox (no registry). Every
 * aisite container runs it: it serves the container's identity and health on port 8080.
 */
export class NodeImage extends Construct {
  /** The provider resource. */
  readonly resource: Image;
  /** Image id for containers: referencing the id, not the name, avoids needless replacement. */
  readonly imageId: string;
  /** Image name, `aisite-node:<first 12 hex digits of the context hash>`. */
  readonly imageName: string;
  readonly contextSha256: string;

  constructor(scope: Construct, id: string, props: NodeImageProps = {}) {
    super(scope, id);
    this.contextSha256 = props.contextSha256 ?? nodeImageContextHash();
    this.imageName = `aisite-node:${this.contextSha256.slice(0, 12)}`;
    this.resource = new Image(this, 'image', {
      provider: props.provider,
      name: this.imageName,
      keepLocally: true, // sites share the image; one site's destroy must not remove it
      buildAttribute: {
        context: `\${path.module}/${props.contextPath ?? DEFAULT_IMAGE_CONTEXT}`,
        label: { 'aisite.managed-by': 'aisite', 'aisite.role': 'image' },
      },
      triggers: { context_sha256: this.contextSha256 },
    });
    // Provider 4.x builds with buildx when it can; the classic builder needs no buildx
    // plugin (Debian's docker.io has none) and no network. The 12.0.3 bindings predate
    // the argument, hence the override.
    this.resource.addOverride('build.use_legacy_builder', true);
    this.imageId = this.resource.imageId;
  }
}
