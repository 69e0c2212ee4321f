/**
 * Rule group capacity to reserve. AWS fixes a rule group's capacity at
 * creation, so reserve headroom (50%, rounded up to a thousand) and the group
 * is replaced only when growth crosses a bucket, not on every vendor added.
 */
import { NFW_MAX_STATEFUL_RULE_GROUP_CAPACITY } from '../data/aws-limits';

export function reservedCapacity(needed: number): number {
  const limit = NFW_MAX_STATEFUL_RULE_GROUP_CAPACITY.value;
  const bucket = Math.max(1000, Math.ceil((needed * 1.5) / 1000) * 1000);
  return Math.min(bucket, limit);
}
