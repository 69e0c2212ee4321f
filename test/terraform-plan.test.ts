/**
 * An offline `terraform plan` of a region with private endpoints, read back
 * as plan JSON: the endpoints, their security group and policies are planned.
 */
import { terraformReady } from './support/engines';
import { synthToTemp, stackDir } from './support/synth';
import { offlinePlanJson } from './support/terraform';

const suite = terraformReady() ? describe : describe.skip;

suite('offline terraform plan (eu-west-2)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let plan: any;
  beforeAll(() => {
    plan = offlinePlanJson(stackDir(synthToTemp(), 'eu-west-2'));
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const changes = (type: string) => plan.resource_changes.filter((c: any) => c.type === type);

  test('every planned change is a create', () => {
    expect(plan.resource_changes.length).toBeGreaterThan(10);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(new Set(plan.resource_changes.map((c: any) => c.change.actions.join(',')))).toEqual(new Set(['create']));
  });

  test('plans the Bedrock interface endpoints with private DNS and the approved-model policy', () => {
    const endpoints = changes('aws_vpc_endpoint');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(endpoints.map((c: any) => c.change.after.service_name).sort()).toEqual(['com.amazonaws.eu-west-2.bedrock', 'com.amazonaws.eu-west-2.bedrock-runtime']);
    for (const c of endpoints) {
      expect(c.change.after.private_dns_enabled).toBe(true);
      expect(c.change.after.vpc_endpoint_type).toBe('Interface');
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const runtime = endpoints.find((c: any) => c.change.after.service_name.endsWith('bedrock-runtime'));
    const policy = JSON.parse(runtime.change.after.policy);
    expect(policy.Statement.map((s: { Effect: string }) => s.Effect)).toEqual(['Allow', 'Deny']);
  });

  test('plans the HTTPS-only ingress rule and the DNS Firewall associations', () => {
    const ingress = changes('aws_vpc_security_group_ingress_rule');
    expect(ingress.map((c: { change: { after: { from_port: number; cidr_ipv4: string } } }) => [c.change.after.from_port, c.change.after.cidr_ipv4])).toEqual([[443, '10.60.0.0/14']]);
    expect(changes('aws_route53_resolver_firewall_rule_group_association')).toHaveLength(2);
  });
});
