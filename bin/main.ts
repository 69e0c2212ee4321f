#!/usr/bin/env node
/**
 * The cdktf app: validates every policy, compiles every region, and only then
 * constructs and synthesizes one stack per region. Policy errors print one
 * line per problem and exit 1 before anything is written to cdktf.out.
 */
import { App } from 'cdktf';
import { synthesizeAll } from '../lib/app';
import { runOrReport } from '../lib/cli-errors';

runOrReport(() => {
  const app = new App();
  const { warnings } = synthesizeAll(app);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  app.synth();
});
