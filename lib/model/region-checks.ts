/**
 * Region-level facts a schema cannot check: the file is named after its
 * region, the region exists, VPC references are consistent.
 */
import * as path from 'node:path';
import type { PolicyProblem } from './errors';
import type { RegionPolicy } from './region-schema';
import { isAwsCommercialRegion } from '../data/aws-regions';

export function checkRegionFacts(file: string, policy: RegionPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const expectedName = `${policy.region}`;
  const base = path.basename(file).replace(/\.(ts|js)$/, '');
  if (base !== expectedName) {
    problems.push({ file, field: 'region', problem: `file declares region "${policy.region}" but is named "${path.basename(file)}"`, fix: `rename the file to ${expectedName}.ts or correct the region` });
  }
  if (!isAwsCommercialRegion(policy.region)) {
    problems.push({ file, field: 'region', problem: `"${policy.region}" is not an AWS commercial region`, fix: 'use a region code from lib/data/aws-regions.ts, e.g. "ap-east-1"' });
  }
  const seenVpc = new Map<string, number>();
  policy.vpcs.forEach((vpc, i) => {
    if (seenVpc.has(vpc.id)) {
      problems.push({ file, field: `vpcs.${i}.id`, problem: `VPC "${vpc.id}" is listed twice (also vpcs.${seenVpc.get(vpc.id)})`, fix: 'list each VPC once' });
    }
    seenVpc.set(vpc.id, i);
  });
  const names = policy.vpcs.map((v) => v.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) problems.push({ file, field: `vpcs.${i}.name`, problem: `VPC name "${name}" is used twice`, fix: 'give each VPC a unique short name' });
  });
  return problems;
}
