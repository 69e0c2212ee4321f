#!/usr/bin/env bash
# Installs the engines the test suite runs for real: Suricata 7 (from Debian
# bookworm-backports), tcpdump, openssl, curl, iproute2 and Chromium.
# Idempotent; needs root (or sudo) and Debian's package mirror.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need=()
suricata -V 2>/dev/null | grep -q 'version 7\.' || need+=(suricata)
for tool in tcpdump openssl curl chromium ip; do
  command -v "$tool" >/dev/null 2>&1 || need+=("$tool")
done
[ ${#need[@]} -eq 0 ] && { echo "engines: all present"; exit 0; }
echo "engines: installing ${need[*]}"

# bookworm-backports, from the same mirror as the machine's existing Debian entry.
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  mirror=$(grep -rhs '^URIs:.*debian$' /etc/apt/sources.list.d/*.sources | head -n 1 | awk '{print $2}')
  [ -n "$mirror" ] || mirror=$(grep -hs '^deb .*debian' /etc/apt/sources.list | grep -v security | head -n 1 | awk '{print $2}')
  [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" \
    | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
fi
$SUDO apt-get update -qq
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq -t bookworm-backports suricata >/dev/null
$SUDO apt-get install -y -qq tcpdump openssl curl iproute2 chromium >/dev/null
suricata -V
