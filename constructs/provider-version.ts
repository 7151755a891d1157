/**
 * The kreuzwerker/docker provider version the stacks require.
 *
 * @cdktf/provider-docker 12.0.3 is generated for 3.6.2, but the Go module proxy refuses
 * every 3.x source of the provider (HTTP 403), so the local mirror is built from the one
 * version it serves, 4.6.0; every argument the 12.0.3 bindings emit here exists in 4.6.0
 * (see docs/provider-mirror.md). The registry also serves 4.6.0, so `terraform init`
 * works with or without the mirror.
 */
export const DOCKER_PROVIDER_VERSION = '4.6.0';
