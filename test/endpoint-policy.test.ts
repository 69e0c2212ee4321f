/**
 * The endpoint-policy builder, judged by evaluating the documents the way IAM
 * does for a single request (explicit deny wins; otherwise an allow is needed).
 */
import { buildEndpointPolicy, approvedModelResources, type PolicyDocument } from '../lib/compile/endpoint-policy';
import { privateEndpointsSchema } from '../lib/model/region-schema';

/** IAM-style wildcard match ("*" any run, "?" one character). */
function arnMatches(pattern: string, arn: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(arn);
}

function decide(doc: PolicyDocument, action: string, resource: string): 'allow' | 'deny' {
  const actionMatches = (actions: readonly string[]) => actions.some((a) => arnMatches(a, action));
  let allowed = false;
  for (const s of doc.Statement) {
    if (!actionMatches(s.Action)) continue;
    const inScope = s.Resource ? s.Resource.some((r) => arnMatches(r, resource)) : !s.NotResource!.some((r) => arnMatches(r, resource));
    if (!inScope) continue;
    if (s.Effect === 'Deny') return 'deny';
    allowed = true;
  }
  return allowed ? 'allow' : 'deny';
}

const settings = (overrides: object = {}) =>
  privateEndpointsSchema.parse({
    vpcId: 'vpc-0d4e5f60718293a4b',
    subnetIds: ['subnet-0d4e5f60718290001'],
    services: ['bedrock-runtime'],
    allowedCidrs: ['10.0.0.0/8'],
    approvedModels: [
      { provider: 'amazon', models: ['amazon.nova-pro-v1:0'] },
      { provider: 'anthropic', models: ['anthropic.claude-sonnet-4-*'] },
    ],
    ...overrides,
  });

const region = 'eu-west-2';
const model = (id: string, r = region) => `arn:aws:bedrock:${r}::foundation-model/${id}`;

describe('bedrock-runtime endpoint policy', () => {
  const doc = buildEndpointPolicy('bedrock-runtime', { region, accountId: '444455556666', settings: settings() });

  test('approved models may be invoked, streaming included', () => {
    expect(decide(doc, 'bedrock:InvokeModel', model('amazon.nova-pro-v1:0'))).toBe('allow');
    expect(decide(doc, 'bedrock:InvokeModelWithResponseStream', model('anthropic.claude-sonnet-4-20250514-v1:0'))).toBe('allow');
  });

  test('unapproved models, and approved models in other regions, are denied', () => {
    expect(decide(doc, 'bedrock:InvokeModel', model('meta.llama3-3-70b-instruct-v1:0'))).toBe('deny');
    expect(decide(doc, 'bedrock:InvokeModel', model('anthropic.claude-3-haiku-20240307-v1:0'))).toBe('deny');
    expect(decide(doc, 'bedrock:InvokeModel', model('amazon.nova-pro-v1:0', 'us-east-1'))).toBe('deny');
  });

  test('cross-region inference profiles are off by default', () => {
    const profile = 'arn:aws:bedrock:eu-west-2:444455556666:inference-profile/eu.anthropic.claude-sonnet-4-20250514-v1:0';
    expect(decide(doc, 'bedrock:InvokeModel', profile)).toBe('deny');
    expect(doc.Statement.some((s) => s.Effect === 'Deny' && s.NotResource)).toBe(true);
  });

  test('when allowed, only same-geography profiles of approved models pass', () => {
    const crossRegion = buildEndpointPolicy('bedrock-runtime', { region, accountId: '444455556666', settings: settings({ allowCrossRegionInference: true }) });
    const profile = (id: string) => `arn:aws:bedrock:eu-west-2:444455556666:inference-profile/${id}`;
    expect(decide(crossRegion, 'bedrock:InvokeModel', profile('eu.anthropic.claude-sonnet-4-20250514-v1:0'))).toBe('allow');
    expect(decide(crossRegion, 'bedrock:InvokeModel', model('anthropic.claude-sonnet-4-20250514-v1:0', 'eu-central-1'))).toBe('allow');
    expect(decide(crossRegion, 'bedrock:InvokeModel', profile('us.anthropic.claude-sonnet-4-20250514-v1:0'))).toBe('deny');
    expect(decide(crossRegion, 'bedrock:InvokeModel', profile('global.anthropic.claude-sonnet-4-20250514-v1:0'))).toBe('deny');
    expect(decide(crossRegion, 'bedrock:InvokeModel', profile('eu.meta.llama3-2-3b-instruct-v1:0'))).toBe('deny');
  });

  test('no approved models means every invocation is denied', () => {
    const none = buildEndpointPolicy('bedrock-runtime', { region, settings: settings({ approvedModels: [] }) });
    expect(decide(none, 'bedrock:InvokeModel', model('amazon.nova-pro-v1:0'))).toBe('deny');
    expect(approvedModelResources({ region, settings: settings({ approvedModels: [] }) })).toEqual([]);
  });
});

describe('sagemaker-runtime endpoint policy', () => {
  const doc = buildEndpointPolicy('sagemaker-runtime', {
    region: 'ap-east-1',
    accountId: '111122223333',
    settings: settings({ services: ['sagemaker-runtime'], approvedModels: [], sagemakerEndpointNames: ['HK-Private-LLM'] }),
  });

  test('only the named self-hosted endpoints of the account', () => {
    expect(decide(doc, 'sagemaker:InvokeEndpoint', 'arn:aws:sagemaker:ap-east-1:111122223333:endpoint/hk-private-llm')).toBe('allow');
    expect(decide(doc, 'sagemaker:InvokeEndpoint', 'arn:aws:sagemaker:ap-east-1:111122223333:endpoint/someone-elses')).toBe('deny');
    expect(decide(doc, 'sagemaker:InvokeEndpoint', 'arn:aws:sagemaker:ap-east-1:999999999999:endpoint/hk-private-llm')).toBe('deny');
  });
});
