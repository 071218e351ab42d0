#!/usr/bin/env node
/** The `treatment-compare` command (bin); all logic is in cli.ts so tests can call it. */
import { runCli } from './cli.js';

process.exitCode = runCli(process.argv.slice(2));
