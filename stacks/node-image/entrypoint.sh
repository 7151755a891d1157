# aisite node entrypoint (busybox sh). Serves, on port 8080:
#   /health         "ok" while the node is up
#   /identity.json  what this container stands for (from AISITE_* variables)
#   /inventory.json the site inventory (site controller only, from AISITE_INVENTORY)
# The root file system is read-only; /tmp is a tmpfs.
set -eu
bb=/bin/busybox
www=/tmp/www
$bb mkdir -p "$www"
field() { printf '"%s":"%s"' "$1" "$2"; }
{
  printf '{'
  field role "${AISITE_ROLE:-node}"; printf ','
  field site "${AISITE_SITE:-}"; printf ','
  field cabinet "${AISITE_CABINET:-}"; printf ','
  field nodeGroup "${AISITE_NODE_GROUP:-}"; printf ','
  field tenant "${AISITE_TENANT:-}"; printf ','
  field accelerator "${AISITE_ACCELERATOR:-}"; printf ','
  printf '"acceleratorsPerNode":%s,' "${AISITE_ACCELERATORS_PER_NODE:-0}"
  printf '"represents":%s,' "${AISITE_REPRESENTS:-1}"
  printf '"index":%s' "${AISITE_INDEX:-0}"
  printf '}\n'
} > "$www/identity.json"
if [ -n "${AISITE_INVENTORY:-}" ]; then
  printf '%s\n' "$AISITE_INVENTORY" > "$www/inventory.json"
fi
printf 'ok\n' > "$www/health"
exec $bb httpd -f -p 8080 -h "$www"
