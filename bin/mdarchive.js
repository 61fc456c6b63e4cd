#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// Output cut short by a pipe (`mdarchive archive --help | head`) ends quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv);
