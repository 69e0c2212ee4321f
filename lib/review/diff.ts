/**
 * Compares two policy states (two snapshots of synthesized stacks) and
 * describes the change in policy terms, from the RegionSummary each stack
 * carries: products, hosts, exceptions, bypass controls, private endpoints,
 * VPCs. Flags every change that loosens the perimeter.
 *
 * Pure: no file system, no cdktf.
 */
import { compare } from '../model/catalog';
import { daysUntilExpiry } from '../model/expiry';
import type { RegionSummary } from '../compile/summary';
import type { Snapshot, StackSnapshot } from './snapshot';

export type ChangeArea = 'region' | 'owner' | 'defaultPosture' | 'vpc' | 'product' | 'host' | 'exception' | 'bypass' | 'privateEndpoint' | 'crossRegionInference';

export interface PolicyChange {
  readonly area: ChangeArea;
  /** What changed: a product "vendor/product", a host pattern key, an exception id, a VPC id... */
  readonly key: string;
  readonly before?: string;
  readonly after?: string;
  readonly loosening: boolean;
  /** One plain-words sentence. */
  readonly text: string;
}

export interface RegionDiff {
  readonly region: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly file?: string;
  /** Sorted by area, then key. */
  readonly changes: readonly PolicyChange[];
}

export interface ExpiringException {
  readonly region: string;
  readonly id: string;
  readonly expires: string;
  readonly daysLeft: number;
  readonly detail: string;
}

export interface ResourceCounts {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

export interface StackResourceDiff extends ResourceCounts {
  readonly stack: string;
  readonly source: 'cdk.tf.json' | 'plan';
  /** Addresses with their action, sorted by address. */
  readonly resources: readonly { readonly address: string; readonly action: 'add' | 'change' | 'destroy' | 'replace' }[];
}

export interface Headline {
  readonly regionsChanged: readonly string[];
  readonly hostsNewlyBlocked: number;
  readonly hostsUnblocked: number;
  readonly endpointChanges: number;
  readonly exceptionsAdded: number;
  readonly exceptionsRemoved: number;
  readonly exceptionsExpiring: number;
  readonly loosening: number;
}

export interface Review {
  readonly before: string;
  readonly after: string;
  readonly headline: Headline;
  readonly regions: readonly RegionDiff[];
  /** Exceptions of the after state that expire within the warning window. */
  readonly expiring: readonly ExpiringException[];
  readonly warningDays: number;
  readonly resources: readonly StackResourceDiff[];
  /** Stacks without an embedded policy summary (only resource counts are shown for them). */
  readonly unsummarized: readonly string[];
}

export interface ReviewOptions {
  readonly now: Date;
  readonly warningDays: number;
}

const AREA_ORDER: readonly ChangeArea[] = ['region', 'owner', 'vpc', 'defaultPosture', 'product', 'host', 'exception', 'bypass', 'privateEndpoint', 'crossRegionInference'];

const cmp = compare;

/** How restrictive a verdict is: higher is stricter. Unknown / absent counts as no protection. */
export function restrictiveness(verdict: string | undefined): number {
  if (!verdict) return 0;
  const word = verdict.split(' ')[0];
  switch (word) {
    case 'block':
      return 4;
    case 'block-except-cidrs':
      return 3;
    case 'audit':
      return 2;
    case 'audit-except-cidrs':
      return 1;
    default:
      return 0; // allow, allow-carve-out
  }
}

const BYPASS_RANK: Record<string, number> = { drop: 2, alert: 1, off: 0 };

/** The first word of a summary value ("block by vendors.x" → "block"). */
export const verdictWord = (value: string | undefined) => (value ? value.split(' ')[0] : 'absent');

function humanVerdict(word: string): string {
  switch (word) {
    case 'block-except-cidrs':
      return 'block (except exception CIDRs)';
    case 'audit-except-cidrs':
      return 'audit (except exception CIDRs)';
    case 'allow-carve-out':
      return 'allow (carve-out)';
    default:
      return word;
  }
}

function mapDiff(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): { key: string; before?: string; after?: string }[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(cmp);
  return keys.filter((k) => before[k] !== after[k]).map((k) => ({ key: k, ...(k in before ? { before: before[k] } : {}), ...(k in after ? { after: after[k] } : {}) }));
}

const splitList = (s: string | undefined) => (s ? s.split(', ').filter(Boolean) : []);

export function diffSummaries(before: RegionSummary | undefined, after: RegionSummary | undefined): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const region = (after ?? before)!.region;
  if (!before && after) {
    changes.push({ area: 'region', key: region, after: after.file, loosening: false, text: `new region policy ${after.file} (default posture ${after.defaultPosture}, ${Object.keys(after.vpcs).length} VPC(s))` });
    return changes;
  }
  if (before && !after) {
    changes.push({ area: 'region', key: region, before: before.file, loosening: true, text: `region ${region} is no longer protected: its stack (${before.file}) was removed` });
    return changes;
  }
  const b = before!;
  const a = after!;
  if (b.owner !== a.owner) changes.push({ area: 'owner', key: 'owner', before: b.owner, after: a.owner, loosening: false, text: `owner changed from ${b.owner} to ${a.owner}` });
  for (const d of mapDiff(b.vpcs, a.vpcs)) {
    if (d.before === undefined) changes.push({ area: 'vpc', key: d.key, after: d.after, loosening: false, text: `VPC ${d.key} (${d.after}) is now protected` });
    else if (d.after === undefined) changes.push({ area: 'vpc', key: d.key, before: d.before, loosening: true, text: `VPC ${d.key} (${d.before}) is no longer protected` });
    else changes.push({ area: 'vpc', key: d.key, before: d.before, after: d.after, loosening: false, text: `VPC ${d.key} renamed from ${d.before} to ${d.after}` });
  }
  if (b.defaultPosture !== a.defaultPosture) {
    changes.push({
      area: 'defaultPosture',
      key: 'defaultPosture',
      before: b.defaultPosture,
      after: a.defaultPosture,
      loosening: restrictiveness(a.defaultPosture) < restrictiveness(b.defaultPosture),
      text: `default posture (vendors not named in the policy) ${b.defaultPosture} → ${a.defaultPosture}`,
    });
  }
  for (const d of mapDiff(b.products, a.products)) {
    const wb = verdictWord(d.before);
    const wa = verdictWord(d.after);
    const by = d.after ? d.after.slice(wa.length).trim() : '';
    let text: string;
    if (d.before === undefined) text = `${d.key} added to the catalog: ${wa}${by ? ` (${by})` : ''}`;
    else if (d.after === undefined) text = `${d.key} removed from the catalog (was ${wb})`;
    else if (wb === wa) text = `${d.key} stays ${wa}; now ${by}`;
    else text = `${d.key}: ${wb} → ${wa}${by ? ` (${by})` : ''}`;
    const newException = /\(exception /.test(d.after ?? '') && !/\(exception /.test(d.before ?? '');
    const loosening = (d.before !== undefined && restrictiveness(wa) < restrictiveness(wb)) || (d.before !== undefined && newException);
    changes.push({ area: 'product', key: d.key, ...(d.before !== undefined ? { before: d.before } : {}), ...(d.after !== undefined ? { after: d.after } : {}), loosening, text });
  }
  for (const d of mapDiff(b.hosts, a.hosts)) {
    const wb = verdictWord(d.before);
    const wa = verdictWord(d.after);
    const owner = (d.after ?? d.before)!.split(' ')[1] ?? '';
    let text: string;
    if (d.before === undefined) text = `${d.key} (${owner}) added: ${humanVerdict(wa)}`;
    else if (d.after === undefined) text = `${d.key} (${owner}) removed from the catalog (was ${humanVerdict(wb)})`;
    else text = `${d.key} (${owner}): ${humanVerdict(wb)} → ${humanVerdict(wa)}`;
    changes.push({ area: 'host', key: d.key, ...(d.before !== undefined ? { before: d.before } : {}), ...(d.after !== undefined ? { after: d.after } : {}), loosening: restrictiveness(wa) < restrictiveness(wb), text });
  }
  for (const d of mapDiff(b.exceptions, a.exceptions)) {
    if (d.before === undefined) changes.push({ area: 'exception', key: d.key, after: d.after, loosening: true, text: `exception ${d.key} added: ${d.after}` });
    else if (d.after === undefined) changes.push({ area: 'exception', key: d.key, before: d.before, loosening: false, text: `exception ${d.key} removed (was ${d.before})` });
    else {
      const widened = expiryOf(d.after) > expiryOf(d.before) || (/ for /.test(d.before) && !/ for /.test(d.after));
      changes.push({ area: 'exception', key: d.key, before: d.before, after: d.after, loosening: widened, text: `exception ${d.key} changed: ${d.before} → ${d.after}` });
    }
  }
  const bypassKeys = [...new Set([...Object.keys(b.bypass), ...Object.keys(a.bypass)])].sort(cmp);
  const nfwOff = Object.keys(b.bypass).length > 0 && Object.keys(a.bypass).length === 0;
  if (nfwOff) {
    changes.push({ area: 'bypass', key: 'networkFirewall', before: 'enabled', after: 'disabled', loosening: true, text: 'network firewall disabled: no bypass controls and no host rules' });
  } else {
    for (const key of bypassKeys) {
      const vb = b.bypass[key] ?? 'off';
      const va = a.bypass[key] ?? 'off';
      if (vb === va) continue;
      changes.push({ area: 'bypass', key, before: vb, after: va, loosening: (BYPASS_RANK[va] ?? 0) < (BYPASS_RANK[vb] ?? 0), text: `bypass control ${key}: ${vb} → ${va}` });
    }
  }
  for (const d of mapDiff(b.privateEndpoints, a.privateEndpoints)) {
    const lb = splitList(d.before);
    const la = splitList(d.after);
    const added = la.filter((m) => !lb.includes(m));
    const removed = lb.filter((m) => !la.includes(m));
    let text: string;
    if (d.before === undefined) text = `private endpoint ${d.key} added${la.length ? `, allowing ${la.join(', ')}` : ''}`;
    else if (d.after === undefined) text = `private endpoint ${d.key} removed`;
    else text = `private endpoint ${d.key} allow-list: ${[added.length ? `adds ${added.join(', ')}` : '', removed.length ? `removes ${removed.join(', ')}` : ''].filter(Boolean).join('; ') || `${d.before} → ${d.after}`}`;
    // A new endpoint or a new allowed model / endpoint name widens what can be invoked.
    const loosening = d.after !== undefined && (d.before === undefined || added.length > 0) && !(d.before === undefined && d.after === 'read-only model catalog');
    changes.push({ area: 'privateEndpoint', key: d.key, ...(d.before !== undefined ? { before: d.before } : {}), ...(d.after !== undefined ? { after: d.after } : {}), loosening, text });
  }
  if (b.crossRegionInference !== a.crossRegionInference) {
    changes.push({
      area: 'crossRegionInference',
      key: 'crossRegionInference',
      before: String(b.crossRegionInference),
      after: String(a.crossRegionInference),
      loosening: a.crossRegionInference,
      text: a.crossRegionInference ? 'cross-region inference turned ON: prompts may be served from other regions' : 'cross-region inference turned off',
    });
  }
  return changes.sort((x, y) => AREA_ORDER.indexOf(x.area) - AREA_ORDER.indexOf(y.area) || cmp(x.key, y.key));
}

function expiryOf(value: string): string {
  return /until (\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? '';
}

/** Exceptions of a summary that expire within `warningDays` of `now` (UTC end of the expiry day). */
export function expiringExceptions(summary: RegionSummary, options: ReviewOptions): ExpiringException[] {
  const out: ExpiringException[] = [];
  for (const [id, detail] of Object.entries(summary.exceptions)) {
    const expires = expiryOf(detail);
    if (!expires) continue;
    const daysLeft = daysUntilExpiry(expires, options.now);
    if (daysLeft <= options.warningDays) out.push({ region: summary.region, id, expires, daysLeft, detail });
  }
  return out.sort((a, b) => cmp(a.expires, b.expires) || cmp(a.id, b.id));
}

/** Resource diff of one stack from its two cdk.tf.json files. */
export function diffResources(stack: string, before: StackSnapshot | undefined, after: StackSnapshot | undefined): StackResourceDiff {
  const rb = before?.resources ?? new Map<string, string>();
  const ra = after?.resources ?? new Map<string, string>();
  const resources: StackResourceDiff['resources'][number][] = [];
  for (const address of [...new Set([...rb.keys(), ...ra.keys()])].sort(cmp)) {
    const x = rb.get(address);
    const y = ra.get(address);
    if (x === y) continue;
    resources.push({ address, action: x === undefined ? 'add' : y === undefined ? 'destroy' : 'change' });
  }
  return {
    stack,
    source: 'cdk.tf.json',
    add: resources.filter((r) => r.action === 'add').length,
    change: resources.filter((r) => r.action === 'change').length,
    destroy: resources.filter((r) => r.action === 'destroy').length,
    resources,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PlanJson = { resource_changes?: { address: string; mode?: string; change: { actions: string[] } }[] };

/** Resource counts from `terraform show -json <plan>`, counted as terraform does (a replacement is one add and one destroy). */
export function planResources(stack: string, plan: PlanJson): StackResourceDiff {
  const resources: StackResourceDiff['resources'][number][] = [];
  let add = 0;
  let change = 0;
  let destroy = 0;
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode === 'data') continue;
    const actions = rc.change?.actions ?? [];
    if (actions.includes('create') && actions.includes('delete')) {
      add++;
      destroy++;
      resources.push({ address: rc.address, action: 'replace' });
    } else if (actions.includes('create')) {
      add++;
      resources.push({ address: rc.address, action: 'add' });
    } else if (actions.includes('update')) {
      change++;
      resources.push({ address: rc.address, action: 'change' });
    } else if (actions.includes('delete')) {
      destroy++;
      resources.push({ address: rc.address, action: 'destroy' });
    }
  }
  resources.sort((a, b) => cmp(a.address, b.address));
  return { stack, source: 'plan', add, change, destroy, resources };
}

/** The whole review: policy changes per region, headline, resource changes per stack. */
export function buildReview(before: Snapshot, after: Snapshot, options: ReviewOptions, plans: ReadonlyMap<string, PlanJson> = new Map()): Review {
  const names = [...new Set([...before.stacks.keys(), ...after.stacks.keys()])].sort(cmp);
  const regions: RegionDiff[] = [];
  const unsummarized: string[] = [];
  const resources: StackResourceDiff[] = [];
  for (const name of names) {
    const b = before.stacks.get(name);
    const a = after.stacks.get(name);
    if ((b && !b.summary) || (a && !a.summary)) unsummarized.push(name);
    const sb = b?.summary;
    const sa = a?.summary;
    if (sb || sa) {
      const changes = diffSummaries(sb, sa);
      if (changes.length > 0) regions.push({ region: (sa ?? sb)!.region, status: !sb ? 'added' : !sa ? 'removed' : 'changed', file: (sa ?? sb)!.file, changes });
    }
    if (!plans.has(name)) {
      const r = diffResources(name, b, a);
      if (r.resources.length > 0) resources.push(r);
    }
  }
  for (const [name, plan] of [...plans].sort(([x], [y]) => cmp(x, y))) resources.push(planResources(name, plan));
  resources.sort((x, y) => cmp(x.stack, y.stack));

  const expiring = [...after.stacks.values()].flatMap((s) => (s.summary ? expiringExceptions(s.summary, options) : []));
  const all = regions.flatMap((r) => r.changes);
  const hosts = all.filter((c) => c.area === 'host');
  const headline: Headline = {
    regionsChanged: regions.map((r) => r.region),
    hostsNewlyBlocked: hosts.filter((c) => verdictWord(c.after) === 'block' && verdictWord(c.before) !== 'block').length,
    hostsUnblocked: hosts.filter((c) => verdictWord(c.before) === 'block' && verdictWord(c.after) !== 'block').length,
    endpointChanges: all.filter((c) => c.area === 'privateEndpoint' || c.area === 'crossRegionInference').length,
    exceptionsAdded: all.filter((c) => c.area === 'exception' && c.before === undefined).length,
    exceptionsRemoved: all.filter((c) => c.area === 'exception' && c.after === undefined).length,
    exceptionsExpiring: expiring.length,
    loosening: all.filter((c) => c.loosening).length,
  };
  return { before: before.label, after: after.label, headline, regions, expiring, warningDays: options.warningDays, resources, unsummarized };
}
