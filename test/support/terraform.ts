/** Runs the real terraform CLI offline against a synthesized stack folder. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { terraformPluginDir } from './engines';

export interface TfRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function tfEnv(dir: string): NodeJS.ProcessEnv {
  const rc = path.join(dir, '.terraformrc.test');
  if (!fs.existsSync(rc)) fs.writeFileSync(rc, '');
  return { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_INPUT: '0' };
}

export function terraform(dir: string, args: string[]): TfRun {
  const r = spawnSync('terraform', args, { cwd: dir, encoding: 'utf8', env: tfEnv(dir), maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `terraform init -backend=false` from the local provider mirror, then `terraform validate -json`. */
export function initAndValidate(dir: string): { valid: boolean; diagnostics: unknown[]; init: TfRun } {
  const init = terraform(dir, ['init', '-backend=false', `-plugin-dir=${terraformPluginDir()}`, '-input=false', '-no-color']);
  if (init.status !== 0) return { valid: false, diagnostics: [init.stderr], init };
  const validate = terraform(dir, ['validate', '-json', '-no-color']);
  const parsed = JSON.parse(validate.stdout) as { valid: boolean; diagnostics: unknown[] };
  return { valid: parsed.valid, diagnostics: parsed.diagnostics, init };
}

/**
 * Provider settings for an offline plan: fake credentials and no calls to
 * STS or the metadata service. Written as a Terraform override file, so the
 * synthesized configuration itself is untouched.
 */
export function writeOfflineProviderOverride(dir: string): void {
  const override = {
    provider: {
      aws: [
        {
          access_key: 'offline-plan',
          secret_key: 'offline-plan',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: 'true',
          skip_region_validation: true,
        },
      ],
    },
  };
  fs.writeFileSync(path.join(dir, 'offline_override.tf.json'), JSON.stringify(override, null, 2));
}

/** `terraform plan` offline, read back with `terraform show -json`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function offlinePlanJson(dir: string): any {
  writeOfflineProviderOverride(dir);
  // With the (local) backend this time: plan needs somewhere to read state from.
  const init = terraform(dir, ['init', `-plugin-dir=${terraformPluginDir()}`, '-input=false', '-no-color']);
  if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
  const plan = terraform(dir, ['plan', '-input=false', '-lock=false', '-refresh=false', '-no-color', '-out=plan.tfplan']);
  if (plan.status !== 0) throw new Error(`terraform plan failed:\n${plan.stderr}\n${plan.stdout}`);
  const show = terraform(dir, ['show', '-json', 'plan.tfplan']);
  if (show.status !== 0) throw new Error(`terraform show failed:\n${show.stderr}`);
  return JSON.parse(show.stdout);
}
