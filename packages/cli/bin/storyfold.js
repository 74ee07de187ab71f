#!/usr/bin/env node
import { main } from '../dist/main.js';

// A closed pipe (`storyfold analyze … | head`) ends the output quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
