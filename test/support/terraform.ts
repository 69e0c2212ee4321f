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
