/**
 * Engine-backed suites (terraform, Suricata, Chromium) must run in CI and may
 * skip elsewhere only with a loud message.
 */
import { spawnSync } from 'node:child_process';

export function commandWorks(command: string, args: string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0;
}

/**
 * Returns true when the engine is usable. In CI (`CI` set) a missing engine
 * throws, so the suite fails instead of silently skipping.
 */
export function engineReady(name: string, available: boolean, hint: string): boolean {
  if (available) return true;
  if (process.env.CI) throw new Error(`${name} is required in CI but is missing: ${hint}`);
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n!! SKIPPING ${name} TESTS: ${hint}\n${bar}\n\n`);
  return false;
}

/** The local provider mirror for `terraform init -plugin-dir`, from AI_PERIMETER_TF_PLUGIN_DIR. */
export function terraformPluginDir(): string | undefined {
  return process.env.AI_PERIMETER_TF_PLUGIN_DIR || undefined;
}

export function terraformReady(): boolean {
  const dir = terraformPluginDir();
  return engineReady(
    'terraform',
    Boolean(dir) && commandWorks('terraform', ['version']),
    'set AI_PERIMETER_TF_PLUGIN_DIR to the AWS provider mirror root (the folder above registry.terraform.io) and put terraform on PATH',
  );
}
