/**
 * Builds VPC endpoint policy documents for private model access: model
 * invocation is allowed only on approved model (and, when permitted, inference
 * profile) ARNs and explicitly denied on everything else. Pure functions.
 */
import type { PrivateEndpointsPolicy, PrivateEndpointServiceName } from '../model/region-schema';

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal: '*';
  readonly Action: readonly string[];
  readonly Resource?: readonly string[];
  readonly NotResource?: readonly string[];
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

export interface EndpointPolicyInput {
  readonly region: string;
  /** Needed for inference profiles, agents and SageMaker endpoints (account-scoped ARNs). */
  readonly accountId?: string;
  readonly settings: PrivateEndpointsPolicy;
}

/** Bedrock actions that run a model (Converse and ConverseStream are authorised as these). */
export const BEDROCK_INVOKE_ACTIONS = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
  'bedrock:InvokeModelWithBidirectionalStream',
  'bedrock:StartAsyncInvoke',
] as const;

export const BEDROCK_AGENT_ACTIONS = ['bedrock:InvokeAgent', 'bedrock:Retrieve', 'bedrock:RetrieveAndGenerate'] as const;

export const SAGEMAKER_INVOKE_ACTIONS = ['sagemaker:InvokeEndpoint', 'sagemaker:InvokeEndpointAsync', 'sagemaker:InvokeEndpointWithResponseStream'] as const;

/** Read-only control-plane actions (listing and describing models and profiles). */
export const BEDROCK_READ_ACTIONS = ['bedrock:GetFoundationModel', 'bedrock:ListFoundationModels', 'bedrock:GetInferenceProfile', 'bedrock:ListInferenceProfiles'] as const;

/**
 * Geography prefixes of the system-defined cross-region inference profiles a
 * region may use. "global." profiles are never allowed: they can route a
 * request to any region in the world.
 */
export function inferenceProfileGeographies(region: string): string[] {
  if (region.startsWith('us-')) return ['us'];
  if (region.startsWith('ca-')) return ['ca', 'us'];
  if (region.startsWith('eu-')) return ['eu'];
  if (region.startsWith('ap-')) return ['apac'];
  return [];
}

/** Approved model ids (exact or ending in "*"), sorted and unique. */
export function approvedModelIds(settings: PrivateEndpointsPolicy): string[] {
  return [...new Set(settings.approvedModels.flatMap((m) => m.models))].sort();
}

/** ARNs a Bedrock model invocation may target under this policy. */
export function approvedModelResources(input: EndpointPolicyInput): string[] {
  const models = approvedModelIds(input.settings);
  const local = models.map((m) => `arn:aws:bedrock:${input.region}::foundation-model/${m}`);
  if (!input.settings.allowCrossRegionInference) return local;
  const account = input.accountId ?? '*';
  const profiles = inferenceProfileGeographies(input.region).flatMap((geo) =>
    models.map((m) => `arn:aws:bedrock:${input.region}:${account}:inference-profile/${geo}.${m}`),
  );
  // A cross-region profile runs the model in another region of its geography.
  const remote = models.map((m) => `arn:aws:bedrock:*::foundation-model/${m}`);
  return [...local, ...profiles, ...remote];
}

function allowAndDenyRest(sid: string, actions: readonly string[], resources: readonly string[]): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  if (resources.length > 0) statements.push({ Sid: `Allow${sid}`, Effect: 'Allow', Principal: '*', Action: [...actions], Resource: [...resources] });
  statements.push(
    resources.length > 0
      ? { Sid: `Deny${sid}Unapproved`, Effect: 'Deny', Principal: '*', Action: [...actions], NotResource: [...resources] }
      : { Sid: `Deny${sid}All`, Effect: 'Deny', Principal: '*', Action: [...actions], Resource: ['*'] },
  );
  return statements;
}

/** The endpoint policy for one private endpoint service. */
export function buildEndpointPolicy(service: PrivateEndpointServiceName, input: EndpointPolicyInput): PolicyDocument {
  const { region, accountId, settings } = input;
  const account = accountId ?? '*';
  switch (service) {
    case 'bedrock-runtime':
      return document(allowAndDenyRest('ApprovedModelInvocation', BEDROCK_INVOKE_ACTIONS, approvedModelResources(input)));
    case 'bedrock-agent-runtime':
      return document([
        ...allowAndDenyRest('AccountAgentsAndKnowledgeBases', BEDROCK_AGENT_ACTIONS, [
          `arn:aws:bedrock:${region}:${account}:agent-alias/*`,
          `arn:aws:bedrock:${region}:${account}:knowledge-base/*`,
        ]),
        ...allowAndDenyRest('ApprovedModelInvocation', BEDROCK_INVOKE_ACTIONS, approvedModelResources(input)),
      ]);
    case 'bedrock':
      return document([
        { Sid: 'AllowReadOnlyModelCatalog', Effect: 'Allow', Principal: '*', Action: [...BEDROCK_READ_ACTIONS], Resource: ['*'] },
      ]);
    case 'sagemaker-runtime': {
      // SageMaker stores endpoint names lower-case in ARNs.
      const endpoints = [...new Set(settings.sagemakerEndpointNames.map((n) => n.toLowerCase()))].sort();
      return document(allowAndDenyRest('ApprovedSelfHostedModels', SAGEMAKER_INVOKE_ACTIONS, endpoints.map((n) => `arn:aws:sagemaker:${region}:${account}:endpoint/${n}`)));
    }
  }
}

function document(statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** The private DNS name clients use for a service's endpoint in a region. */
export function privateDnsName(service: PrivateEndpointServiceName, region: string): string {
  return service === 'sagemaker-runtime' ? `runtime.sagemaker.${region}.amazonaws.com` : `${service}.${region}.amazonaws.com`;
}
