/**
 * Domain-name normalisation, in one place. Every hostname the project handles
 * (catalog entries, exceptions, CLI input) goes through `parseHostPattern`.
 */
import { domainToASCII } from 'node:url';

/**
 * A normalised host pattern.
 * - apex: the name itself matches.
 * - subdomains: every name below it matches (at any depth).
 */
export interface HostPattern {
  /** Lower-case ASCII (punycode) name without trailing dot, e.g. "anthropic.com". */
  readonly domain: string;
  readonly apex: boolean;
  readonly subdomains: boolean;
}

export type DomainResult = { ok: true; value: string } | { ok: false; reason: string };
export type PatternResult = { ok: true; value: HostPattern } | { ok: false; reason: string };

const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalises one DNS hostname (no wildcard): lower case, one trailing dot
 * removed, internationalised labels converted to punycode with Node's WHATWG
 * IDNA (`url.domainToASCII`), then checked label by label.
 */
export function normaliseDomain(input: string): DomainResult {
  if (typeof input !== 'string' || input.length === 0) return { ok: false, reason: 'empty name' };
  if (/\s/.test(input)) return { ok: false, reason: 'contains white space' };
  if (input.includes('*')) return { ok: false, reason: 'a wildcard is only allowed as the whole leading label ("*.example.com")' };
  if (/[/:@?#]/.test(input)) return { ok: false, reason: 'looks like a URL; give the bare hostname' };
  const withoutDot = input.endsWith('.') ? input.slice(0, -1) : input;
  if (withoutDot.split('.').some((label) => label.length === 0)) return { ok: false, reason: 'has an empty label ("..", or a leading or extra trailing dot)' };
  const ascii = domainToASCII(withoutDot.toLowerCase());
  if (ascii === '') return { ok: false, reason: 'is not a valid internationalised domain name' };
  if (ascii.length > MAX_NAME_LENGTH) return { ok: false, reason: `is ${ascii.length} characters long; DNS names are at most ${MAX_NAME_LENGTH}` };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, reason: 'needs at least two labels (a name under a public suffix)' };
  for (const label of labels) {
    if (label.length > MAX_LABEL_LENGTH) return { ok: false, reason: `label "${label}" is longer than ${MAX_LABEL_LENGTH} characters` };
    if (!LABEL.test(label)) return { ok: false, reason: `label "${label}" may hold only letters, digits and inner hyphens` };
  }
  if (!TLD.test(labels[labels.length - 1])) return { ok: false, reason: `top-level label "${labels[labels.length - 1]}" is not a valid TLD` };
  return { ok: true, value: ascii };
}

/**
 * Parses a host entry into a pattern.
 * "api.x.com" → exact; "*.x.com" → subdomains only; includeSubdomains → the name and its subdomains.
 */
export function parseHostPattern(host: string, includeSubdomains = false): PatternResult {
  if (typeof host !== 'string') return { ok: false, reason: 'expected a hostname string' };
  const wildcard = host.startsWith('*.');
  if (wildcard && includeSubdomains) {
    return { ok: false, reason: '"*." already means every subdomain; drop includeSubdomains or the "*."' };
  }
  const name = normaliseDomain(wildcard ? host.slice(2) : host);
  if (!name.ok) return name;
  return { ok: true, value: { domain: name.value, apex: !wildcard, subdomains: wildcard || includeSubdomains } };
}

/** Canonical text of a pattern: "x.com", "*.x.com" or "x.com+*.x.com". */
export function patternKey(p: HostPattern): string {
  return [p.apex ? p.domain : null, p.subdomains ? `*.${p.domain}` : null].filter(Boolean).join('+');
}

/** Human wording of a pattern for messages and reviews. */
export function describePattern(p: HostPattern): string {
  if (p.apex && p.subdomains) return `${p.domain} and its subdomains`;
  return p.apex ? p.domain : `subdomains of ${p.domain}`;
}

/** True when `name` (already normalised) is matched by the pattern. */
export function patternMatches(p: HostPattern, name: string): boolean {
  if (name === p.domain) return p.apex;
  return p.subdomains && name.endsWith(`.${p.domain}`);
}

/** True when every name matched by `inner` is also matched by `outer`. */
export function patternCovers(outer: HostPattern, inner: HostPattern): boolean {
  if (inner.apex && !patternMatches(outer, inner.domain)) return false;
  if (!inner.subdomains) return true;
  if (outer.subdomains && (inner.domain === outer.domain || inner.domain.endsWith(`.${outer.domain}`))) return true;
  return false;
}

/** True when some name is matched by both patterns. */
export function patternsOverlap(a: HostPattern, b: HostPattern): boolean {
  if (a.apex && patternMatches(b, a.domain)) return true;
  if (b.apex && patternMatches(a, b.domain)) return true;
  if (a.subdomains && b.subdomains) {
    return a.domain === b.domain || a.domain.endsWith(`.${b.domain}`) || b.domain.endsWith(`.${a.domain}`);
  }
  return false;
}

/** DNS Firewall domain-list entries for a pattern ("x.com" and/or "*.x.com"). */
export function dnsListEntries(p: HostPattern): string[] {
  const entries: string[] = [];
  if (p.apex) entries.push(p.domain);
  if (p.subdomains) entries.push(`*.${p.domain}`);
  return entries;
}
