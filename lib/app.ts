/** Builds every regional stack into a cdktf App. */
import type { App } from 'cdktf';
import { compileRegion, type RegionPlan } from './compile/region-plan';
import { loadRepoPolicies } from './model/discover';
import type { LoadOptions } from './model/load';
import type { PolicySet } from './model/types';
import { RegionStack } from '../stacks/region-stack';

/** Validates and compiles every region: pure, throws PolicyError on bad input. */
export function planAll(set: PolicySet): RegionPlan[] {
  return set.regions.map(compileRegion);
}

/** Adds one stack per region to `app`. Nothing is constructed unless every region compiles. */
export function synthesizeAll(app: App, options: LoadOptions = {}, policyDir?: string): { set: PolicySet; plans: RegionPlan[] } & { warnings: readonly string[] } {
  const set = policyDir ? loadRepoPolicies(options, policyDir) : loadRepoPolicies(options);
  const plans = planAll(set);
  for (const plan of plans) new RegionStack(app, plan.region.policy.region, { plan });
  return { set, plans, warnings: set.warnings };
}
