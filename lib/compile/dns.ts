/**
 * Compiles a resolved region into the Route 53 Resolver DNS Firewall plan:
 * at most three domain lists (allow carve-outs, block, alert), one rule each,
 * in one rule group associated with every protected VPC.
 *
 * One list per action (rather than per vendor) keeps priorities fixed, so
 * adding a vendor only adds that vendor's domain lines.
 */
import { dnsListEntries, normaliseDomain } from '../model/domain';
import { PolicyError } from '../model/errors';
import type { ResolvedRegion, HostDecision } from '../model/types';
import { DNSFW_ASSOCIATION_PRIORITY, DNSFW_MAX_DOMAINS_PER_ACCOUNT_REGION, DNSFW_MAX_DOMAINS_PER_DOMAIN_LIST, DNSFW_MAX_RULES_PER_RULE_GROUP } from '../data/aws-limits';
import { byReversedDomain, regionalName } from './names';

export type DnsAction = 'ALLOW' | 'BLOCK' | 'ALERT';

export interface DnsRulePlan {
  /** Short id used in construct ids and names: "allow", "block", "alert". */
  readonly id: 'allow' | 'block' | 'alert';
  readonly name: string;
  readonly action: DnsAction;
  /** Evaluation order inside the rule group; lower first. */
  readonly priority: number;
  /** Domain-list entries, sorted so a vendor's names sit together. */
  readonly domains: readonly string[];
}

export type DnsBlockResponse =
  | { readonly kind: 'NXDOMAIN' }
  | { readonly kind: 'NODATA' }
  | { readonly kind: 'OVERRIDE'; readonly domain: string; readonly ttlSeconds: number };

export interface DnsFirewallPlan {
  readonly region: string;
  readonly ruleGroupName: string;
  readonly rules: readonly DnsRulePlan[];
  readonly blockResponse: DnsBlockResponse;
  /** Priority of the rule-group association on each VPC. */
  readonly associationPriority: number;
  readonly vpcs: readonly { readonly id: string; readonly name: string }[];
  readonly queryLogRetentionDays: number;
}

/**
 * Association priority of the rule group on each VPC: early in the documented
 * range so the vendor blocks run before broader rule groups a team may add.
 */
export const DNS_ASSOCIATION_PRIORITY = 200;

/** Fixed rule priorities: allow carve-outs first, then block, then alert. */
export const DNS_RULE_PRIORITY = { allow: 100, block: 200, alert: 300 } as const;

/**
 * Which DNS rule a host lands in. A CIDR-scoped exception cannot be expressed
 * at DNS (which sees the VPC, not the client), so its hosts are only alerted
 * there and the network firewall enforces the block for everyone else.
 */
export function dnsRuleFor(host: HostDecision): DnsRulePlan['id'] | null {
  if (host.posture === 'allow') return host.carveOut ? 'allow' : null;
  if (host.posture === 'audit' || host.exceptionCidrs) return 'alert';
  return 'block';
}

export function compileDns(region: ResolvedRegion): DnsFirewallPlan {
  const { policy } = region;
  const buckets: Record<DnsRulePlan['id'], Set<string>> = { allow: new Set(), block: new Set(), alert: new Set() };
  for (const host of region.hosts) {
    const rule = dnsRuleFor(host);
    if (rule) for (const entry of dnsListEntries(host.pattern)) buckets[rule].add(entry);
  }
  const actions: Record<DnsRulePlan['id'], DnsAction> = { allow: 'ALLOW', block: 'BLOCK', alert: 'ALERT' };
  const rules: DnsRulePlan[] = (['allow', 'block', 'alert'] as const)
    .filter((id) => buckets[id].size > 0)
    .map((id) => ({
      id,
      name: regionalName(policy.region, id),
      action: actions[id],
      priority: DNS_RULE_PRIORITY[id],
      domains: [...buckets[id]].sort(byReversedDomain),
    }));
  checkDnsLimits(region, rules);
  return {
    region: policy.region,
    ruleGroupName: regionalName(policy.region, 'dns'),
    rules,
    blockResponse: blockResponse(region),
    associationPriority: DNS_ASSOCIATION_PRIORITY,
    vpcs: policy.vpcs.map((v) => ({ id: v.id, name: v.name })),
    queryLogRetentionDays: policy.dns.queryLogRetentionDays,
  };
}

function blockResponse(region: ResolvedRegion): DnsBlockResponse {
  const setting = region.policy.dns.blockResponse;
  if (setting === 'NXDOMAIN' || setting === 'NODATA') return { kind: setting };
  const name = normaliseDomain(setting.overrideDomain);
  if (!name.ok) {
    throw PolicyError.single({ file: region.file, field: 'dns.blockResponse.overrideDomain', problem: `"${setting.overrideDomain}" ${name.reason}`, fix: 'give a hostname such as "blocked.example.internal"' });
  }
  return { kind: 'OVERRIDE', domain: name.value, ttlSeconds: setting.ttlSeconds };
}

function checkDnsLimits(region: ResolvedRegion, rules: readonly DnsRulePlan[]): void {
  const { min, max } = DNSFW_ASSOCIATION_PRIORITY.value;
  if (DNS_ASSOCIATION_PRIORITY < min || DNS_ASSOCIATION_PRIORITY > max) throw new Error(`association priority outside ${min}..${max}`);
  const limit = DNSFW_MAX_DOMAINS_PER_DOMAIN_LIST.value;
  for (const rule of rules) {
    if (rule.domains.length > limit) {
      throw PolicyError.single({
        file: region.file,
        field: 'vendors',
        problem: `the ${rule.id} domain list would hold ${rule.domains.length} names; Route 53 Resolver DNS Firewall allows ${limit} per list`,
        fix: 'block whole vendor domains (includeSubdomains) instead of many single hosts, or split the region',
      });
    }
  }
  const total = rules.reduce((n, r) => n + r.domains.length, 0);
  if (total > DNSFW_MAX_DOMAINS_PER_ACCOUNT_REGION.value) {
    throw PolicyError.single({ file: region.file, field: 'vendors', problem: `${total} domain-list entries exceed the ${DNSFW_MAX_DOMAINS_PER_ACCOUNT_REGION.value} allowed per account and region`, fix: 'block whole vendor domains instead of many single hosts, or request a quota increase and update lib/data/aws-limits.ts' });
  }
  const rulesLimit = DNSFW_MAX_RULES_PER_RULE_GROUP.value;
  if (rules.length > rulesLimit) {
    throw PolicyError.single({ file: region.file, field: '', problem: `${rules.length} DNS rules exceed ${rulesLimit} per rule group`, fix: 'reduce the rules' });
  }
}
