/**
 * Which AWS commercial Regions offer the private-endpoint services that ai-perimeter
 * creates Interface VPC endpoints for, and helpers to find the nearest Region offering
 * a service when the home Region does not (e.g. Bedrock in ap-east-1 / Hong Kong).
 *
 * Evidence and uncertainties: lib/data/SOURCES.md.
 */
import { AWS_COMMERCIAL_REGIONS, AWS_COMMERCIAL_REGION_CODES, getAwsRegion, greatCircleKm } from './aws-regions';

/** Services for which ai-perimeter creates private (Interface) VPC endpoints. */
export type PrivateEndpointService = 'bedrock' | 'bedrock-runtime' | 'bedrock-agent-runtime' | 'sagemaker-runtime';

/** Regional availability of one private-endpoint service. */
export interface ServiceAvailability {
  readonly service: PrivateEndpointService;
  /** VPC endpoint service name pattern, e.g. `com.amazonaws.us-east-1.bedrock-runtime`. */
  readonly endpointServiceName: (region: string) => string;
  /** Commercial Region codes offering the service, sorted by code. */
  readonly regions: readonly string[];
  readonly source: string;
  readonly checked: string;
}

const CHECKED = '2026-11-24';

/**
 * Regions where Amazon Bedrock (control plane `bedrock` and runtime `bedrock-runtime`) is offered:
 * every commercial Region EXCEPT ap-east-1 (Hong Kong).
 * - botocore endpoints.json `bedrock` service lists 33 commercial Regions; ap-east-1 is absent in
 *   every revision from 2024-06 through 2026-08 (commit 0e6e2404b85d).
 * - Bedrock User Guide "Regional availability by endpoints": "The bedrock-runtime endpoint is
 *   available in every AWS Region where Amazon Bedrock is offered"; its Asia Pacific table starts at
 *   ap-east-2 (Taipei) and does not list ap-east-1.
 */
const BEDROCK_REGIONS: readonly string[] = AWS_COMMERCIAL_REGION_CODES.filter((c) => c !== 'ap-east-1');

/**
 * Regions where `bedrock-agent-runtime` (Agents runtime + Knowledge Bases Retrieve/RetrieveAndGenerate)
 * is offered: union of the commercial Regions in the Bedrock User Guide pages
 * "Supported Regions for Amazon Bedrock Agents" and "Supported models and Regions for Amazon Bedrock
 * knowledge bases". Lower confidence than the Bedrock list (see SOURCES.md).
 */
const BEDROCK_AGENT_RUNTIME_REGIONS: readonly string[] = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-2',
];

/**
 * Regions where SageMaker Runtime is offered: botocore endpoints.json `runtime.sagemaker` lists all
 * 34 commercial Regions (including ap-east-1), plus FIPS variants in the US.
 */
const SAGEMAKER_RUNTIME_REGIONS: readonly string[] = [...AWS_COMMERCIAL_REGION_CODES];

const BOTOCORE_ENDPOINTS =
  'https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/endpoints.json';

/** Availability of each private-endpoint service. */
export const SERVICE_AVAILABILITY: Readonly<Record<PrivateEndpointService, ServiceAvailability>> = {
  bedrock: {
    service: 'bedrock',
    endpointServiceName: (region: string) => `com.amazonaws.${region}.bedrock`,
    regions: BEDROCK_REGIONS,
    source: `${BOTOCORE_ENDPOINTS} (services.bedrock); https://docs.aws.amazon.com/general/latest/gr/bedrock.html`,
    checked: CHECKED,
  },
  'bedrock-runtime': {
    service: 'bedrock-runtime',
    endpointServiceName: (region: string) => `com.amazonaws.${region}.bedrock-runtime`,
    regions: BEDROCK_REGIONS,
    source:
      'https://docs.aws.amazon.com/bedrock/latest/userguide/endpoints-region-availability.html; ' +
      `${BOTOCORE_ENDPOINTS} (services.bedrock)`,
    checked: CHECKED,
  },
  'bedrock-agent-runtime': {
    service: 'bedrock-agent-runtime',
    endpointServiceName: (region: string) => `com.amazonaws.${region}.bedrock-agent-runtime`,
    regions: BEDROCK_AGENT_RUNTIME_REGIONS,
    source:
      'https://docs.aws.amazon.com/bedrock/latest/userguide/agents-supported.html; ' +
      'https://docs.aws.amazon.com/bedrock/latest/userguide/knowledge-base-supported.html',
    checked: CHECKED,
  },
  'sagemaker-runtime': {
    service: 'sagemaker-runtime',
    endpointServiceName: (region: string) => `com.amazonaws.${region}.sagemaker.runtime`,
    regions: SAGEMAKER_RUNTIME_REGIONS,
    source: `${BOTOCORE_ENDPOINTS} (services."runtime.sagemaker")`,
    checked: CHECKED,
  },
};

/** True if `service` is offered in commercial Region `region` (false for unknown Regions). */
export function isServiceOffered(service: PrivateEndpointService, region: string): boolean {
  return SERVICE_AVAILABILITY[service].regions.includes(region);
}

/**
 * Regions offering `service`, nearest first by great-circle distance between the Regions'
 * approximate locations (see aws-regions.ts). If `region` itself offers the service it is
 * returned first (distance 0). Ties are broken by Region code for determinism.
 * @param count maximum number of Regions to return (default 3).
 * @throws RangeError if `region` is not a known commercial Region.
 */
export function nearestRegionsOffering(service: PrivateEndpointService, region: string, count = 3): string[] {
  const origin = getAwsRegion(region);
  if (!origin) throw new RangeError(`Unknown AWS commercial region: ${region}`);
  const offered = new Set(SERVICE_AVAILABILITY[service].regions);
  return AWS_COMMERCIAL_REGIONS.filter((r) => offered.has(r.code))
    .map((r) => ({
      code: r.code,
      km: r.code === origin.code ? 0 : greatCircleKm(origin.latitude, origin.longitude, r.latitude, r.longitude),
    }))
    .sort((a, b) => a.km - b.km || a.code.localeCompare(b.code))
    .slice(0, Math.max(0, count))
    .map((r) => r.code);
}
