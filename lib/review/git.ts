/**
 * Synthesizes a git ref (or the working tree) into a temporary cdktf.out for
 * `review --base/--head`: a detached worktree in os.tmpdir(), the repo's
 * node_modules symlinked in, `tsc -p tsconfig.json`, then the ref's own app
 * (`node dist/bin/main.js`) with CDKTF_OUTDIR pointing at the temp folder.
 * The worktree is removed afterwards; the caller removes the output folder.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from './snapshot';

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

export function gitToplevel(cwd: string): string {
  const r = run('git', ['rev-parse', '--show-toplevel'], cwd);
  if (r.status !== 0) throw new InputError(`${cwd} is not inside a git repository: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

export function resolveRef(repo: string, ref: string): string {
  const r = run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo);
  if (r.status !== 0) throw new InputError(`unknown git ref "${ref}"`);
  return r.stdout.trim();
}

function childEnv(outdir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
  delete env.AI_PERIMETER_POLICY_DIR; // each side synthesizes its own policies
  return env;
}

/** Builds and synthesizes `dir` (a checkout) into `outdir`. */
function buildAndSynth(dir: string, outdir: string, label: string): void {
  const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
  if (build.status !== 0) throw new InputError(`${label}: tsc failed:\n${build.stdout}${build.stderr}`.trimEnd());
  const synth = run(process.execPath, [path.join('dist', 'bin', 'main.js')], dir, childEnv(outdir));
  if (synth.status !== 0) throw new InputError(`${label}: synthesis failed (exit ${synth.status}):\n${synth.stderr}`.trimEnd());
}

/**
 * Synthesizes `ref` (or the working tree when `ref` is undefined) of `repo`
 * and returns the folder holding `cdktf.out`; remove it with `fs.rmSync`.
 */
export function synthesizeRef(repo: string, ref: string | undefined): { outdir: string; cleanup: () => void } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aip-review-'));
  const outdir = path.join(tmp, 'cdktf.out');
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    if (ref === undefined) {
      buildAndSynth(repo, outdir, 'working tree');
      return { outdir, cleanup };
    }
    const commit = resolveRef(repo, ref);
    const wt = path.join(tmp, 'worktree');
    const add = run('git', ['worktree', 'add', '--detach', wt, commit], repo);
    if (add.status !== 0) throw new InputError(`git worktree add for ${ref} failed: ${add.stderr.trim()}`);
    try {
      fs.symlinkSync(path.join(repo, 'node_modules'), path.join(wt, 'node_modules'), 'dir');
      buildAndSynth(wt, outdir, ref);
    } finally {
      run('git', ['worktree', 'remove', '--force', wt], repo);
      if (fs.existsSync(wt)) fs.rmSync(wt, { recursive: true, force: true });
    }
    return { outdir, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
