/**
 * A compact, reviewer-oriented summary of what a region enforces, embedded in
 * each synthesized stack under the Terraform JSON comment key "//" (Terraform
 * ignores it). `review` diffs two of these to describe a change in plain words
 * without re-running the compilers of either side.
 *
 * Every entry fits on one JSON line, so adding a vendor adds only its lines.
 */
import type { ResolvedRegion } from '../model/types';
import type { RegionPlan } from './region-plan';

export const SUMMARY_KEY = 'ai-perimeter';
export const SUMMARY_FORMAT = 1;

export interface RegionSummary {
  readonly format: number;
  readonly region: string;
  readonly file: string;
  readonly owner: string;
  readonly defaultPosture: string;
  /** "vpc-id": "name" */
  readonly vpcs: Readonly<Record<string, string>>;
  /** "vendor/product": "block | audit | allow [by <policy line>]" */
  readonly products: Readonly<Record<string, string>>;
  /** "host pattern key": "block|audit|allow|allow-carve-out|exception-cidrs vendor/product" */
  readonly hosts: Readonly<Record<string, string>>;
  /** "exception id": "vendor[/product] [cidrs] until YYYY-MM-DD, owner, ticket" */
  readonly exceptions: Readonly<Record<string, string>>;
  /** Bypass control → action (network firewall). */
  readonly bypass: Readonly<Record<string, string>>;
  /** "service": "model/endpoint allow-list, comma separated" */
  readonly privateEndpoints: Readonly<Record<string, string>>;
  readonly crossRegionInference: boolean;
}

export function hostVerdict(region: ResolvedRegion['hosts'][number]): string {
  if (region.posture === 'allow') return region.carveOut ? 'allow-carve-out' : 'allow';
  return region.exceptionCidrs ? `${region.posture}-except-cidrs` : region.posture;
}

export function summarizeRegion(plan: RegionPlan): RegionSummary {
  const { region } = plan;
  const { policy } = region;
  const sortedEntries = (entries: [string, string][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const pe = policy.privateEndpoints;
  return {
    format: SUMMARY_FORMAT,
    region: policy.region,
    file: region.file,
    owner: policy.owner,
    defaultPosture: policy.defaultPosture,
    vpcs: sortedEntries(policy.vpcs.map((v) => [v.id, v.name])),
    products: sortedEntries(region.products.map((p) => [`${p.vendorId}/${p.productId}`, `${p.posture} by ${p.decidedBy}${p.exceptionCidrs ? ` (exception ${p.exceptionId} for ${p.exceptionCidrs.join(' ')})` : ''}`])),
    hosts: sortedEntries(region.hosts.map((h) => [h.key, `${hostVerdict(h)} ${h.vendorId}/${h.productId}`])),
    exceptions: sortedEntries(
      region.exceptions.map(({ exception: e }) => [
        e.id,
        `${e.vendor}${e.product ? `/${e.product}` : ''}${e.cidrs ? ` for ${e.cidrs.join(' ')}` : ''} until ${e.expires}, owner ${e.owner}, ticket ${e.ticket}`,
      ]),
    ),
    bypass: policy.networkFirewall.enabled ? sortedEntries(Object.entries(policy.networkFirewall.bypass)) : {},
    privateEndpoints: pe
      ? sortedEntries(
          (plan.privateEndpoints?.endpoints ?? []).map((e) => [
            e.service,
            e.service === 'sagemaker-runtime' ? [...pe.sagemakerEndpointNames].sort().join(', ') : e.service === 'bedrock' ? 'read-only model catalog' : pe.approvedModels.flatMap((m) => m.models).sort().join(', '),
          ]),
        )
      : {},
    crossRegionInference: pe?.allowCrossRegionInference ?? false,
  };
}
