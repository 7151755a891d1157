import { Image } from '@cdktf/provider-docker/lib/image';
import { TerraformOutput, Testing } from 'cdktf';
import { DEFAULT_IMAGE_CONTEXT, NodeImage } from '../../constructs/node-image';
import { nodeImageContextHash } from '../../constructs/private/node-image-context';
import { resources, synthJson, TEST_IMAGE_SHA, testStack } from '../helpers/construct-fixture';

const SHA = '0123456789abcdef'.repeat(4);

function image(props: ConstructorParameters<typeof NodeImage>[2] = { contextSha256: SHA }): Record<string, unknown> {
  const stack = testStack();
  new NodeImage(stack, 'image', props);
  return resources(synthJson(stack), 'docker_image')[0];
}

describe('NodeImage', () => {
  test('is rebuilt when the context hash changes', () => {
    expect(image().triggers).toEqual({ context_sha256: SHA });
  });

  test('is kept when a site is destroyed, since sites share it', () => {
    expect(image().keep_locally).toBe(true);
  });

  test('is tagged with the first 12 hex digits of the context hash', () => {
    expect(image().name).toBe('aisite-node:0123456789ab');
  });

  test('the image name attribute matches the resource', () => {
    expect(new NodeImage(testStack(), 'image', { contextSha256: TEST_IMAGE_SHA }).imageName).toBe('aisite-node:aaaaaaaaaaaa');
  });

  test('builds from ../../node-image relative to the stack folder by default', () => {
    expect(DEFAULT_IMAGE_CONTEXT).toBe('../../node-image');
    expect((image().build as { context: string }).context).toBe('${path.module}/../../node-image');
  });

  test('a context path is taken relative to the stack folder', () => {
    expect((image({ contextPath: 'ctx', contextSha256: SHA }).build as { context: string }).context).toBe('${path.module}/ctx');
  });

  test('the built image is labelled as aisite’s', () => {
    expect((image().build as { label: unknown }).label).toEqual({ 'aisite.managed-by': 'aisite', 'aisite.role': 'image' });
  });

  test('is a docker_image resource', () => {
    const stack = testStack();
    new NodeImage(stack, 'image', { contextSha256: SHA });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Image, { name: 'aisite-node:0123456789ab', keep_locally: true });
  });

  test('imageId references the image id, not its name', () => {
    const stack = testStack();
    const img = new NodeImage(stack, 'image', { contextSha256: SHA });
    new TerraformOutput(stack, 'id', { value: img.imageId });
    expect(synthJson(stack).output.id.value).toMatch(/^\$\{docker_image\.[^.]+\.image_id\}$/);
  });

  test('without a hash it uses the bundled context’s hash on this machine', () => {
    expect(new NodeImage(testStack(), 'image').contextSha256).toBe(nodeImageContextHash());
  });
});
