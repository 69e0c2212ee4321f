/**
 * Every synthesized stack passes the real `terraform init` (offline, from the
 * local provider mirror) and `terraform validate` with AWS provider 5.100.0.
 */
import { terraformReady } from './support/engines';
import { synthToTemp, stackDir, stackNames } from './support/synth';
import { initAndValidate } from './support/terraform';
import { load } from './support/policies';

const ready = terraformReady();
const suite = ready ? describe : describe.skip;

suite('terraform validate', () => {
  const outdir = synthToTemp();
  const regions = load().regions.map((r) => r.policy.region);

  test('one stack per region policy', () => {
    expect(stackNames(outdir)).toEqual([...regions].sort());
  });

  test.each(regions)('%s initialises from the mirror and validates', (region) => {
    const result = initAndValidate(stackDir(outdir, region));
    expect(result.init.stdout).toMatch(/hashicorp\/aws v5\.100\.0/);
    expect(result.diagnostics).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
