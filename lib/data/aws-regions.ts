/**
 * AWS commercial (partition `aws`) Regions, as of late 2026.
 *
 * Region codes and names: botocore `botocore/data/partitions.json` and
 * `botocore/data/endpoints.json` (boto/botocore commit 0e6e2404b85d, 2026-08-07).
 * Opt-in status: AWS rule "Regions introduced after March 20, 2019 are disabled by
 * default" (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html),
 * cross-checked against `ec2 describe-regions` OptInStatus for older Regions.
 * Coordinates: approximate city-level location of each Region (public AWS Region
 * naming + well-known city coordinates). Good enough for "nearest Region" ranking;
 * not AWS-published data centre locations.
 *
 * See lib/data/SOURCES.md for evidence and uncertainties.
 */

/** One AWS commercial Region. */
export interface AwsRegion {
  /** Region code, e.g. `us-east-1`. */
  readonly code: string;
  /** Display name from botocore partitions.json, e.g. `US East (N. Virginia)`. */
  readonly name: string;
  readonly partition: 'aws';
  /** True when the Region must be explicitly enabled in the account (opt-in Region). */
  readonly optIn: boolean;
  /** Approximate latitude in decimal degrees (city-level). */
  readonly latitude: number;
  /** Approximate longitude in decimal degrees (city-level). */
  readonly longitude: number;
}

/** Where the Region list came from. */
export const AWS_REGIONS_SOURCE =
  'https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/partitions.json';
/** Date the Region list was checked. */
export const AWS_REGIONS_CHECKED = '2026-11-24';

/** Every AWS commercial Region code (partition `aws`), sorted by code. */
export const AWS_COMMERCIAL_REGIONS: readonly AwsRegion[] = [
  { code: 'af-south-1', name: 'Africa (Cape Town)', partition: 'aws', optIn: true, latitude: -33.92, longitude: 18.42 },
  { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', partition: 'aws', optIn: true, latitude: 22.32, longitude: 114.17 },
  { code: 'ap-east-2', name: 'Asia Pacific (Taipei)', partition: 'aws', optIn: true, latitude: 25.03, longitude: 121.57 },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', partition: 'aws', optIn: false, latitude: 35.68, longitude: 139.69 },
  { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', partition: 'aws', optIn: false, latitude: 37.57, longitude: 126.98 },
  { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', partition: 'aws', optIn: false, latitude: 34.69, longitude: 135.5 },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', partition: 'aws', optIn: false, latitude: 19.08, longitude: 72.88 },
  { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', partition: 'aws', optIn: true, latitude: 17.39, longitude: 78.49 },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', partition: 'aws', optIn: false, latitude: 1.35, longitude: 103.82 },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', partition: 'aws', optIn: false, latitude: -33.87, longitude: 151.21 },
  { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', partition: 'aws', optIn: true, latitude: -6.21, longitude: 106.85 },
  { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', partition: 'aws', optIn: true, latitude: -37.81, longitude: 144.96 },
  { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', partition: 'aws', optIn: true, latitude: 3.14, longitude: 101.69 },
  { code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', partition: 'aws', optIn: true, latitude: -36.85, longitude: 174.76 },
  { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', partition: 'aws', optIn: true, latitude: 13.76, longitude: 100.5 },
  { code: 'ca-central-1', name: 'Canada (Central)', partition: 'aws', optIn: false, latitude: 45.5, longitude: -73.57 },
  { code: 'ca-west-1', name: 'Canada West (Calgary)', partition: 'aws', optIn: true, latitude: 51.05, longitude: -114.07 },
  { code: 'eu-central-1', name: 'Europe (Frankfurt)', partition: 'aws', optIn: false, latitude: 50.11, longitude: 8.68 },
  { code: 'eu-central-2', name: 'Europe (Zurich)', partition: 'aws', optIn: true, latitude: 47.38, longitude: 8.54 },
  { code: 'eu-north-1', name: 'Europe (Stockholm)', partition: 'aws', optIn: false, latitude: 59.33, longitude: 18.07 },
  { code: 'eu-south-1', name: 'Europe (Milan)', partition: 'aws', optIn: true, latitude: 45.46, longitude: 9.19 },
  { code: 'eu-south-2', name: 'Europe (Spain)', partition: 'aws', optIn: true, latitude: 41.65, longitude: -0.88 },
  { code: 'eu-west-1', name: 'Europe (Ireland)', partition: 'aws', optIn: false, latitude: 53.35, longitude: -6.26 },
  { code: 'eu-west-2', name: 'Europe (London)', partition: 'aws', optIn: false, latitude: 51.51, longitude: -0.13 },
  { code: 'eu-west-3', name: 'Europe (Paris)', partition: 'aws', optIn: false, latitude: 48.86, longitude: 2.35 },
  { code: 'il-central-1', name: 'Israel (Tel Aviv)', partition: 'aws', optIn: true, latitude: 32.09, longitude: 34.78 },
  { code: 'me-central-1', name: 'Middle East (UAE)', partition: 'aws', optIn: true, latitude: 25.2, longitude: 55.27 },
  { code: 'me-south-1', name: 'Middle East (Bahrain)', partition: 'aws', optIn: true, latitude: 26.23, longitude: 50.59 },
  { code: 'mx-central-1', name: 'Mexico (Central)', partition: 'aws', optIn: true, latitude: 20.59, longitude: -100.39 },
  { code: 'sa-east-1', name: 'South America (Sao Paulo)', partition: 'aws', optIn: false, latitude: -23.55, longitude: -46.63 },
  { code: 'us-east-1', name: 'US East (N. Virginia)', partition: 'aws', optIn: false, latitude: 39.04, longitude: -77.49 },
  { code: 'us-east-2', name: 'US East (Ohio)', partition: 'aws', optIn: false, latitude: 39.96, longitude: -83.0 },
  { code: 'us-west-1', name: 'US West (N. California)', partition: 'aws', optIn: false, latitude: 37.35, longitude: -121.96 },
  { code: 'us-west-2', name: 'US West (Oregon)', partition: 'aws', optIn: false, latitude: 45.84, longitude: -119.7 },
];

/** All commercial Region codes, sorted. */
export const AWS_COMMERCIAL_REGION_CODES: readonly string[] = AWS_COMMERCIAL_REGIONS.map((r) => r.code);

const REGION_BY_CODE: ReadonlyMap<string, AwsRegion> = new Map(AWS_COMMERCIAL_REGIONS.map((r) => [r.code, r]));

/** True if `code` is an AWS commercial (partition `aws`) Region code in {@link AWS_COMMERCIAL_REGIONS}. */
export function isAwsCommercialRegion(code: string): boolean {
  return REGION_BY_CODE.has(code);
}

/** Look up a commercial Region by code; `undefined` if unknown. */
export function getAwsRegion(code: string): AwsRegion | undefined {
  return REGION_BY_CODE.get(code);
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km between two lat/long points in decimal degrees. */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (d: number): number => (d * Math.PI) / 180;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Great-circle distance in km between two commercial Regions' approximate locations.
 * @throws RangeError if either code is not a known commercial Region.
 */
export function regionDistanceKm(from: string, to: string): number {
  const a = REGION_BY_CODE.get(from);
  const b = REGION_BY_CODE.get(to);
  if (!a) throw new RangeError(`Unknown AWS commercial region: ${from}`);
  if (!b) throw new RangeError(`Unknown AWS commercial region: ${to}`);
  return greatCircleKm(a.latitude, a.longitude, b.latitude, b.longitude);
}
