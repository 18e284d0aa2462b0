#!/bin/sh
# Test harness for the strongSwan device-config end-to-end test (src/core/export/devices/strongswan-peer.test.ts).
#
#   peer.sh install                 install strongSwan (apt-get, as root) when charon is missing
#   peer.sh netns-up <tag>          two namespaces <tag>-onprem / <tag>-azure joined by a veth pair; the Azure
#                                   side holds two outer addresses (the two instances of an active-active gateway)
#   peer.sh inner <tag> <side> <addr/len>...   add inner addresses on the side's loopback (no dummy module here)
#   peer.sh start <tag> <side> <dir>    run one charon in the side's namespace, config and sockets in <dir>
#   peer.sh stop <dir>...           stop the daemons started for <dir>s (SIGTERM, then SIGKILL after 3 s)
#   peer.sh down <tag> <dir>...     stop the daemons started for <dir>s and delete the namespaces
#
# Only TEST-NET addresses are used: 192.0.2.0/24 for the on-premises outer address, 198.51.100.0/24 for
# the Azure gateway's outer addresses (inner addresses come from the test's designs, in 203.0.113.0/24).
# Each charon gets its own mount namespace with a private /run (charon's PID file path is fixed), and its
# own VICI socket. The kernel has no ESP here, so IPsec runs in user space (kernel-libipsec plugin).
set -eu

ONPREM_OUTER=192.0.2.1
AZURE_OUTER=198.51.100.1
AZURE_OUTER_2=198.51.100.2
CHARON=/usr/lib/ipsec/charon

die() { echo "peer.sh: $*" >&2; exit 1; }

ns_of() { # <tag> <side>
  case "$2" in
    onprem|azure) echo "$1-$2" ;;
    *) die "side must be onprem or azure: $2" ;;
  esac
}

cmd_install() {
  if [ -x /usr/sbin/charon-systemd ] || [ -x "$CHARON" ]; then
    if command -v swanctl >/dev/null 2>&1; then return 0; fi
  fi
  [ "$(id -u)" = 0 ] || die "installing strongSwan needs root"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y strongswan-swanctl strongswan-charon libcharon-extra-plugins libstrongswan-standard-plugins iproute2 \
    || { apt-get update && apt-get install -y strongswan-swanctl strongswan-charon libcharon-extra-plugins libstrongswan-standard-plugins iproute2; }
  # Debian starts a system-wide daemon on install when it can; the test runs its own per namespace.
}

cmd_netns_up() { # <tag>
  tag=$1
  on=$(ns_of "$tag" onprem); az=$(ns_of "$tag" azure)
  ip netns del "$on" 2>/dev/null || true
  ip netns del "$az" 2>/dev/null || true
  ip netns add "$on"
  ip netns add "$az"
  ip link add "$tag-o" type veth peer name "$tag-a"
  ip link set "$tag-o" netns "$on"
  ip link set "$tag-a" netns "$az"
  ip -n "$on" link set lo up
  ip -n "$az" link set lo up
  ip -n "$on" addr add "$ONPREM_OUTER/24" dev "$tag-o"
  ip -n "$az" addr add "$AZURE_OUTER/24" dev "$tag-a"
  ip -n "$on" link set "$tag-o" up
  ip -n "$az" link set "$tag-a" up
  ip -n "$az" addr add "$AZURE_OUTER_2/24" dev "$tag-a"
  ip -n "$on" route add "$AZURE_OUTER/32" dev "$tag-o"
  ip -n "$on" route add "$AZURE_OUTER_2/32" dev "$tag-o"
  ip -n "$az" route add "$ONPREM_OUTER/32" dev "$tag-a"
  # kernel-libipsec routes a 0.0.0.0/0 CHILD SA into its TUN device (table 220) and exempts only the
  # latest peer; with two tunnels the other peer's IKE/ESP packets would loop through the tunnel. The
  # outer addresses always go by the main table (rule 100 comes before table 220's rule).
  ip -n "$on" rule add to 198.51.100.0/24 lookup main pref 100
  ip -n "$az" rule add to 192.0.2.0/24 lookup main pref 100
}

cmd_inner() { # <tag> <side> <addr/len>...
  ns=$(ns_of "$1" "$2"); shift 2
  for a in "$@"; do ip -n "$ns" addr add "$a" dev lo; done
}

cmd_start() { # <tag> <side> <dir>
  ns=$(ns_of "$1" "$2"); dir=$3
  mkdir -p "$dir/run" "$dir/conf.d"
  cat >"$dir/strongswan.conf" <<EOF
charon {
  # Only what the test needs; kernel-libipsec first so it, not netlink, handles IPsec (no ESP in this kernel).
  load = random nonce openssl aes sha1 sha2 md5 hmac gcm gmp kdf pem pkcs1 x509 pubkey kernel-libipsec kernel-netlink socket-default vici
  port = 500
  port_nat_t = 4500
  install_routes = no
  retransmit_tries = 2
  retransmit_timeout = 1.0
  retransmit_base = 1.2
  filelog {
    log {
      path = $dir/charon.log
      time_format = %H:%M:%S
      flush_line = yes
      default = 1
      ike = 2
      cfg = 2
    }
  }
  plugins {
    vici {
      socket = unix://$dir/charon.vici
    }
  }
}
EOF
  # A private /run for this daemon (charon writes /var/run/charon.pid, a fixed path).
  STRONGSWAN_CONF="$dir/strongswan.conf" ip netns exec "$ns" unshare --mount --propagation private \
    sh -c "mount --bind '$dir/run' /run && exec $CHARON" >"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/daemon.pid"
  i=0
  while [ ! -S "$dir/charon.vici" ]; do
    i=$((i + 1))
    [ $i -le 100 ] || die "charon in $ns did not open its VICI socket; see $dir/charon.log"
    sleep 0.1
  done
}

cmd_stop() { # <dir>...
  # SIGTERM to every daemon first (charon takes about a second to shut down), then wait for all.
  pids=""
  for dir in "$@"; do
    if [ -f "$dir/daemon.pid" ]; then
      pid=$(cat "$dir/daemon.pid")
      kill "$pid" 2>/dev/null || true
      pids="$pids $pid"
      rm -f "$dir/daemon.pid"
    fi
  done
  for pid in $pids; do
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  done
}

cmd_down() { # <tag> <dir>...
  tag=$1; shift
  cmd_stop "$@"
  ip netns del "$(ns_of "$tag" onprem)" 2>/dev/null || true
  ip netns del "$(ns_of "$tag" azure)" 2>/dev/null || true
}

case "${1:-}" in
  install) cmd_install ;;
  netns-up) shift; cmd_netns_up "$@" ;;
  inner) shift; cmd_inner "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  down) shift; cmd_down "$@" ;;
  *) die "usage: peer.sh install | netns-up <tag> | inner <tag> <side> <addr>... | start <tag> <side> <dir> | stop <dir>... | down <tag> <dir>..." ;;
esac
