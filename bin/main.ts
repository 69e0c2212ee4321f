#!/usr/bin/env node
/**
 * The cdktf app: validates every policy, compiles every region, and only then
 * constructs and synthesizes one stack per region. Policy errors print one
 * line per problem and exit 1 before anything is written to cdktf.out.
 */
import { App } from 'cdktf';
import { addStacks, compileAll } from '../lib/app';
import { runOrReport } from '../lib/cli-errors';

runOrReport(() => {
  // Everything that can fail on bad input runs before `new App()` creates cdktf.out.
  const compiled = compileAll();
  for (const w of compiled.set.warnings) process.stderr.write(`warning: ${w}\n`);
  const app = new App();
  addStacks(app, compiled);
  app.synth();
});
