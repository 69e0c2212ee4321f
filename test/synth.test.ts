/**
 * Synthesized stacks carry the policy: real properties of the Terraform JSON,
 * read with cdktf's Testing helpers.
 */
import { Testing } from 'cdktf';
import { Route53ResolverFirewallDomainList } from '@cdktf/provider-aws/lib/route53-resolver-firewall-domain-list';
import { Route53ResolverFirewallRuleGroupAssociation } from '@cdktf/provider-aws/lib/route53-resolver-firewall-rule-group-association';
import { Route53ResolverFirewallConfig } from '@cdktf/provider-aws/lib/route53-resolver-firewall-config';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RegionStack } from '../stacks/region-stack';
import { compileRegion } from '../lib/compile/region-plan';
import { load } from './support/policies';
import { resourcesOfType, type TfJson } from './support/synth';

const set = load();

function synthRegion(region: string): { json: string; stack: TfJson } {
  const resolved = set.regions.find((r) => r.policy.region === region)!;
  const app = Testing.app();
  const stack = new RegionStack(app, region, { plan: compileRegion(resolved) });
  const json = Testing.synth(stack);
  return { json, stack: JSON.parse(json) };
}

function listByRule(stack: TfJson, action: string): string[] {
  const rules = resourcesOfType(stack, 'aws_route53_resolver_firewall_rule').filter((r) => r.action === action);
  expect(rules).toHaveLength(1);
  const listRef: string = rules[0].firewall_domain_list_id; // "${aws_route53_resolver_firewall_domain_list.<name>.id}"
  const name = listRef.match(/aws_route53_resolver_firewall_domain_list\.([^.]+)\.id/)![1];
  return stack.resource.aws_route53_resolver_firewall_domain_list[name].domains;
}

describe('ap-east-1 (Hong Kong reference policy)', () => {
  const { json, stack } = synthRegion('ap-east-1');
  const hk = set.regions.find((r) => r.policy.region === 'ap-east-1')!;

  test('the provider is pinned to the region', () => {
    expect(Testing.toHaveProviderWithProperties(json, AwsProvider.tfResourceType, { region: 'ap-east-1' })).toBe(true);
  });

  test("blocks Anthropic's hostnames in exact and subdomain form", () => {
    const blocked = listByRule(stack, 'BLOCK');
    expect(blocked).toEqual(expect.arrayContaining(['api.anthropic.com', 'claude.ai', '*.claude.ai', 'anthropic.com', '*.anthropic.com']));
    expect(Testing.toHaveResourceWithProperties(json, Route53ResolverFirewallDomainList.tfResourceType, { name: 'ai-perimeter-ap-east-1-block' })).toBe(true);
  });

  test('blocks every catalog vendor', () => {
    const blocked = new Set(listByRule(stack, 'BLOCK'));
    for (const vendor of set.catalog.vendors) {
      const hosts = hk.hosts.filter((h) => h.vendorId === vendor.id);
      expect(hosts.length).toBeGreaterThan(0);
      for (const h of hosts) expect(blocked.has(h.pattern.apex ? h.pattern.domain : `*.${h.pattern.domain}`)).toBe(true);
    }
  });

  test('answers NXDOMAIN and has no allow or alert rule', () => {
    const rules = resourcesOfType(stack, 'aws_route53_resolver_firewall_rule');
    expect(rules.map((r) => r.action)).toEqual(['BLOCK']);
    expect(rules[0].block_response).toBe('NXDOMAIN');
  });

  test('is associated with every VPC of the policy, fail-closed and query-logged', () => {
    const vpcIds = hk.policy.vpcs.map((v) => v.id).sort();
    const associations = resourcesOfType(stack, Route53ResolverFirewallRuleGroupAssociation.tfResourceType);
    expect(associations.map((a) => a.vpc_id).sort()).toEqual(vpcIds);
    for (const a of associations) expect(a.firewall_rule_group_id).toMatch(/aws_route53_resolver_firewall_rule_group\./);
    const configs = resourcesOfType(stack, Route53ResolverFirewallConfig.tfResourceType);
    expect(configs.map((c) => c.resource_id).sort()).toEqual(vpcIds);
    expect(configs.every((c) => c.firewall_fail_open === 'DISABLED')).toBe(true);
    const logs = resourcesOfType(stack, 'aws_route53_resolver_query_log_config_association');
    expect(logs.map((l) => l.resource_id).sort()).toEqual(vpcIds);
  });

  test('uses a local backend by default', () => {
    expect(stack.terraform.backend.local.path).toBe('terraform.ap-east-1.tfstate');
  });
});

describe('other regions', () => {
  test('eu-west-2 allows the sanctioned APIs before blocking the rest of the vendor', () => {
    const { stack } = synthRegion('eu-west-2');
    const rules = resourcesOfType(stack, 'aws_route53_resolver_firewall_rule');
    const allow = rules.find((r) => r.action === 'ALLOW')!;
    const block = rules.find((r) => r.action === 'BLOCK')!;
    expect(allow.priority).toBeLessThan(block.priority);
    expect(listByRule(stack, 'ALLOW')).toEqual(expect.arrayContaining(['api.openai.com', 'api.anthropic.com', 'api.mistral.ai']));
    expect(listByRule(stack, 'BLOCK')).toEqual(expect.arrayContaining(['openai.com', '*.openai.com', 'chatgpt.com']));
    expect(listByRule(stack, 'BLOCK')).not.toContain('api.openai.com');
    expect(block.block_response).toBe('OVERRIDE');
    expect(block.block_override_domain).toBe('ai-blocked.bank.example');
    expect(block.block_override_dns_type).toBe('CNAME');
  });

  test('us-east-1 alerts on audited vendors and blocks the blocked ones', () => {
    const { stack } = synthRegion('us-east-1');
    expect(listByRule(stack, 'ALERT')).toEqual(expect.arrayContaining(['api.anthropic.com', 'chatgpt.com']));
    expect(listByRule(stack, 'BLOCK')).toEqual(expect.arrayContaining(['deepseek.com']));
    expect(listByRule(stack, 'ALERT')).not.toContain('deepseek.com');
  });

  test('an S3 backend is encrypted and locked', () => {
    const resolved = structuredClone(set.regions.find((r) => r.policy.region === 'ap-southeast-1')!);
    (resolved.policy as { backend: unknown }).backend = { type: 's3', bucket: 'bank-tfstate', region: 'ap-southeast-1' };
    const app = Testing.app();
    const stack = JSON.parse(Testing.synth(new RegionStack(app, 'sg', { plan: compileRegion(resolved) })));
    expect(stack.terraform.backend.s3).toMatchObject({ bucket: 'bank-tfstate', key: 'ai-perimeter/ap-southeast-1.tfstate', encrypt: true, use_lockfile: true });
  });
});
