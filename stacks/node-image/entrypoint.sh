# aisite node entrypoint (busybox sh). Serves, on port 8080:
#   /health         "ok" while the node is up
#   /identity.json  what this container stands for (from AISITE_* variables)
#   /inventory.json the site inventory (site controller only), by the address asked:
#     - an address in AISITE_FULL_SUBNETS (the management fabrics) and loopback: all of it
#       (AISITE_INVENTORY);
#     - its address on a tenant's network: that tenant's slice (AISITE_TENANT_INVENTORIES,
#       one "<alias> <json>" line per tenant, the alias being the controller's on that
#       tenant's network only);
#     - any other address (backbones): the site's public facts (AISITE_PUBLIC_INVENTORY).
#   One httpd per address: what a network can ask for is decided by where it arrives.
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
printf 'ok\n' > "$www/health"
if [ -z "${AISITE_INVENTORY:-}" ]; then
  exec $bb httpd -f -p 8080 -h "$www"
fi

# The site controller. A document root per audience, each with health and identity.
root() {
  d="/tmp/www-$1"
  $bb mkdir -p "$d"
  $bb cp "$www/health" "$www/identity.json" "$d/"
  printf '%s\n' "$2" > "$d/inventory.json"
}
root full "$AISITE_INVENTORY"
public=${AISITE_PUBLIC_INVENTORY:-}
[ -n "$public" ] || public="{}"
root public "$public"
# Its own address on a network, by an alias only that network has (Docker's DNS answers
# for the networks the container is on); waits a little for the DNS to know it.
own_address() {
  tries=0
  while [ "$tries" -lt 20 ]; do
    a=$($bb nslookup "$1" 2>/dev/null | $bb awk '/^Name:/ { n = 1 } n && /^Address/ { print $2; exit }')
    if [ -n "$a" ]; then printf '%s\n' "$a"; return 0; fi
    tries=$((tries + 1))
    $bb sleep 0.25
  done
  return 1
}
: > /tmp/tenant-addresses
if [ -n "${AISITE_TENANT_INVENTORIES:-}" ]; then
  printf '%s\n' "$AISITE_TENANT_INVENTORIES" > /tmp/tenant-inventories
  while read -r alias json; do
    [ -n "$alias" ] || continue
    root "$alias" "$json"
    if a=$(own_address "$alias"); then
      printf '%s %s\n' "$a" "$alias" >> /tmp/tenant-addresses
    else
      echo "aisite: controller: no address for $alias; that network is served the public facts only" >&2
    fi
  done < /tmp/tenant-inventories
fi
network_of() { $bb ipcalc -n "$1" | $bb sed 's/^NETWORK=//'; }
audience() {
  found=$($bb awk -v a="${1%/*}" '$1 == a { print $2; exit }' /tmp/tenant-addresses)
  if [ -n "$found" ]; then echo "$found"; return; fi
  for s in ${AISITE_FULL_SUBNETS:-}; do
    if [ "${1#*/}" = "${s#*/}" ] && [ "$(network_of "$1")" = "$(network_of "$s")" ]; then echo full; return; fi
  done
  echo public
}
$bb httpd -f -p 127.0.0.1:8080 -h /tmp/www-full &
for cidr in $($bb ip -o -4 addr show | $bb awk '$2 != "lo" { print $4 }'); do
  $bb httpd -f -p "${cidr%/*}:8080" -h "/tmp/www-$(audience "$cidr")" &
done
wait
