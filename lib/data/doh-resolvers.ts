/**
 * Well-known public encrypted-DNS resolvers (DNS-over-HTTPS / DNS-over-TLS) and the outer
 * SNI "public names" used by Encrypted ClientHello (ECH) deployments.
 *
 * Used to block DNS-resolver bypass (clients that skip the VPC Resolver + DNS Firewall by
 * talking DoH/DoT to a public resolver). Hostnames are for DNS Firewall / TLS-SNI blocking;
 * IPs are for Network Firewall IP/port blocking (e.g. TCP/853, TCP+UDP/443 to these IPs).
 *
 * This is NOT exhaustive: hundreds of DoH endpoints exist (see the dibdot/DoH-IP-blocklists
 * list cited below). Evidence and uncertainties: lib/data/SOURCES.md. Checked 2026-11-24.
 */

/** One public DoH/DoT resolver operator's endpoints. */
export interface DohResolver {
  /** Stable identifier, e.g. `google`. */
  readonly id: string;
  readonly operator: string;
  /** DoH/DoT hostnames (the TLS SNI / DNS names clients use). */
  readonly hostnames: readonly string[];
  readonly ipv4: readonly string[];
  readonly ipv6: readonly string[];
  /** Vendor documentation (primary) and/or list where the data was found. */
  readonly source: string;
  /** Caveats, e.g. per-customer IPs. */
  readonly notes?: string;
}

/** Community-maintained, auto-updated list of DoH hostnames (supplementary source for all entries). */
export const DOH_DOMAIN_LIST_SOURCE = 'https://github.com/dibdot/DoH-IP-blocklists/blob/master/doh-domains.txt';

/** Well-known public DoH/DoT resolvers. */
export const DOH_RESOLVERS: readonly DohResolver[] = [
  {
    id: 'google',
    operator: 'Google Public DNS',
    hostnames: ['dns.google', 'dns.google.com', '8888.google', 'dns64.dns.google'],
    ipv4: ['8.8.8.8', '8.8.4.4'],
    ipv6: ['2001:4860:4860::8888', '2001:4860:4860::8844', '2001:4860:4860::6464', '2001:4860:4860::64'],
    source: 'https://developers.google.com/speed/public-dns/docs/doh; https://developers.google.com/speed/public-dns/docs/using',
  },
  {
    id: 'cloudflare',
    operator: 'Cloudflare 1.1.1.1',
    hostnames: [
      'cloudflare-dns.com',
      'one.one.one.one',
      '1dot1dot1dot1.cloudflare-dns.com',
      'mozilla.cloudflare-dns.com',
      'chrome.cloudflare-dns.com',
      'security.cloudflare-dns.com',
      'family.cloudflare-dns.com',
      'dns64.cloudflare-dns.com',
      'dns.cloudflare.com',
    ],
    ipv4: ['1.1.1.1', '1.0.0.1', '1.1.1.2', '1.0.0.2', '1.1.1.3', '1.0.0.3'],
    ipv6: [
      '2606:4700:4700::1111',
      '2606:4700:4700::1001',
      '2606:4700:4700::1112',
      '2606:4700:4700::1002',
      '2606:4700:4700::1113',
      '2606:4700:4700::1003',
    ],
    source:
      'https://developers.cloudflare.com/1.1.1.1/encryption/dns-over-https/; https://developers.cloudflare.com/1.1.1.1/ip-addresses/',
    notes: '1.1.1.2/1.0.0.2 = malware-blocking (security.), 1.1.1.3/1.0.0.3 = family. Also reachable via Cloudflare Zero Trust per-account hostnames (*.cloudflare-gateway.com).',
  },
  {
    id: 'quad9',
    operator: 'Quad9',
    hostnames: ['dns.quad9.net', 'dns9.quad9.net', 'dns10.quad9.net', 'dns11.quad9.net', 'dns-nosec.quad9.net'],
    ipv4: ['9.9.9.9', '149.112.112.112', '9.9.9.10', '149.112.112.10', '9.9.9.11', '149.112.112.11'],
    ipv6: ['2620:fe::fe', '2620:fe::9', '2620:fe::10', '2620:fe::fe:10', '2620:fe::11', '2620:fe::fe:11'],
    source: 'https://www.quad9.net/service/service-addresses-and-features',
  },
  {
    id: 'opendns',
    operator: 'Cisco OpenDNS / Umbrella',
    hostnames: [
      'doh.opendns.com',
      'dns.opendns.com',
      'doh.familyshield.opendns.com',
      'doh.sandbox.opendns.com',
      'dns.umbrella.com',
      'doh.umbrella.com',
    ],
    ipv4: ['208.67.222.222', '208.67.220.220', '208.67.222.123', '208.67.220.123'],
    ipv6: ['2620:119:35::35', '2620:119:53::53', '2620:119:35::123', '2620:119:53::123'],
    source: 'https://support.opendns.com/hc/en-us/articles/360038086532-Using-DNS-over-HTTPS-DoH-with-OpenDNS',
  },
  {
    id: 'adguard',
    operator: 'AdGuard DNS',
    hostnames: [
      'dns.adguard-dns.com',
      'unfiltered.adguard-dns.com',
      'family.adguard-dns.com',
      'd.adguard-dns.com',
      'dns.adguard.com',
      'dns-unfiltered.adguard.com',
      'dns-family.adguard.com',
    ],
    ipv4: ['94.140.14.14', '94.140.15.15', '94.140.14.140', '94.140.14.141', '94.140.14.15', '94.140.15.16'],
    ipv6: [
      '2a10:50c0::ad1:ff',
      '2a10:50c0::ad2:ff',
      '2a10:50c0::1:ff',
      '2a10:50c0::2:ff',
      '2a10:50c0::bad1:ff',
      '2a10:50c0::bad2:ff',
    ],
    source: 'https://adguard-dns.io/kb/general/dns-providers/',
    notes: 'Private AdGuard DNS profiles use per-device subdomains of d.adguard-dns.com.',
  },
  {
    id: 'nextdns',
    operator: 'NextDNS',
    hostnames: ['dns.nextdns.io', 'anycast.dns.nextdns.io', 'dns1.nextdns.io', 'dns2.nextdns.io', 'chromium.dns.nextdns.io'],
    ipv4: ['45.90.28.0', '45.90.30.0'],
    ipv6: ['2a07:a8c0::', '2a07:a8c1::'],
    source: 'https://help.nextdns.io/; ' + DOH_DOMAIN_LIST_SOURCE,
    notes:
      'Anycast IPv4 45.90.28.0/24 and 45.90.30.0/24 (approx.); per-profile IPv6 addresses inside 2a07:a8c0::/32 and 2a07:a8c1::/32 vary, and per-profile DoT hostnames are <profile>.dns.nextdns.io, so block *.dns.nextdns.io by name.',
  },
  {
    id: 'cleanbrowsing',
    operator: 'CleanBrowsing',
    hostnames: [
      'doh.cleanbrowsing.org',
      'family-filter-dns.cleanbrowsing.org',
      'adult-filter-dns.cleanbrowsing.org',
      'security-filter-dns.cleanbrowsing.org',
    ],
    ipv4: ['185.228.168.168', '185.228.169.168', '185.228.168.10', '185.228.169.11', '185.228.168.9', '185.228.169.9'],
    ipv6: ['2a0d:2a00:1::', '2a0d:2a00:2::', '2a0d:2a00:1::1', '2a0d:2a00:2::1', '2a0d:2a00:1::2', '2a0d:2a00:2::2'],
    source: 'https://cleanbrowsing.org/filters/',
  },
  {
    id: 'mullvad',
    operator: 'Mullvad DNS',
    hostnames: [
      'dns.mullvad.net',
      'adblock.dns.mullvad.net',
      'base.dns.mullvad.net',
      'extended.dns.mullvad.net',
      'family.dns.mullvad.net',
      'all.dns.mullvad.net',
      'doh.mullvad.net',
      'adblock.doh.mullvad.net',
    ],
    ipv4: ['194.242.2.2', '194.242.2.3', '194.242.2.4', '194.242.2.5', '194.242.2.6', '194.242.2.9'],
    ipv6: ['2a07:e340::2', '2a07:e340::3', '2a07:e340::4', '2a07:e340::5', '2a07:e340::6', '2a07:e340::9'],
    source: 'https://mullvad.net/en/help/dns-over-https-and-dns-over-tls',
    notes: 'doh.mullvad.net / adblock.doh.mullvad.net are the older (2021) names, still in block lists.',
  },
  {
    id: 'controld',
    operator: 'Control D (Windscribe)',
    hostnames: ['freedns.controld.com', 'dns.controld.com', 'family.freedns.controld.com'],
    ipv4: ['76.76.2.0', '76.76.10.0', '76.76.2.1', '76.76.2.2', '76.76.2.3', '76.76.2.4', '76.76.2.5'],
    ipv6: ['2606:1a40::', '2606:1a40:1::', '2606:1a40::1', '2606:1a40::2'],
    source: 'https://controld.com/free-dns; ' + DOH_DOMAIN_LIST_SOURCE,
    notes: 'Free resolvers use path-based profiles (https://freedns.controld.com/p0..p3); paid profiles use <id>.dns.controld.com. IPs not re-verified against vendor page in this pass.',
  },
  {
    id: 'dnssb',
    operator: 'DNS.SB',
    hostnames: ['doh.dns.sb', 'dns.sb', 'doh.sb'],
    ipv4: ['185.222.222.222', '45.11.45.11'],
    ipv6: ['2a09::', '2a11::'],
    source: 'https://dns.sb/doh/; ' + DOH_DOMAIN_LIST_SOURCE,
  },
  {
    id: 'alidns',
    operator: 'Alibaba Cloud Public DNS (AliDNS)',
    hostnames: ['dns.alidns.com'],
    ipv4: ['223.5.5.5', '223.6.6.6'],
    ipv6: ['2400:3200::1', '2400:3200:baba::1'],
    source: 'https://www.alidns.com/; ' + DOH_DOMAIN_LIST_SOURCE,
  },
  {
    id: 'dnspod',
    operator: 'Tencent DNSPod Public DNS',
    hostnames: ['doh.pub', 'dot.pub', 'dns.pub'],
    ipv4: ['1.12.12.12', '120.53.53.53'],
    ipv6: [],
    source: 'https://www.dnspod.cn/products/publicdns; ' + DOH_DOMAIN_LIST_SOURCE,
  },
  {
    id: '360',
    operator: 'Qihoo 360 Secure DNS',
    hostnames: ['doh.360.cn', 'dot.360.cn'],
    ipv4: [],
    ipv6: [],
    source: DOH_DOMAIN_LIST_SOURCE,
    notes: 'IPs not collected; block by name.',
  },
];

/** All DoH/DoT hostnames from {@link DOH_RESOLVERS}, de-duplicated and sorted. */
export const DOH_HOSTNAMES: readonly string[] = [...new Set(DOH_RESOLVERS.flatMap((r) => r.hostnames))].sort();

/** Outer-SNI public name used by an Encrypted ClientHello (ECH) deployment. */
export interface EchPublicName {
  readonly name: string;
  readonly operator: string;
  readonly source: string;
}

/**
 * Outer ClientHello SNI ("public_name" in the ECHConfig) of known ECH deployments.
 * A TLS connection whose visible SNI is one of these may carry ANY inner hostname of that
 * operator's customers, so SNI-based blocking cannot see the real destination.
 */
export const ECH_PUBLIC_NAMES: readonly EchPublicName[] = [
  {
    name: 'cloudflare-ech.com',
    operator: 'Cloudflare',
    source: 'https://developers.cloudflare.com/ssl/edge-certificates/ech/',
  },
];
