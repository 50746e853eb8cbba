#!/usr/bin/env node
"use strict";
// The command line is compiled from src/cli by `npm run build:cli` (run by `npm ci` / `npm install`
// through the `prepare` script).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "livret: the command line is not built yet; run `npm install` (or `npm run build:cli`) first.\n",
    );
    process.exit(3);
  }
  throw error;
}
// `livret check FILE | head`: the reader closed the pipe; stop quietly like other Unix tools
// instead of crashing on the unhandled EPIPE with a stack trace.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(0);
  throw error;
});
main(process.argv.slice(2)).then(
  // exitCode, not exit(): on macOS stdout to a pipe is asynchronous and exit() would cut a long
  // `livret export` short (Node docs, "A note on process I/O").
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `livret: internal error: ${error && error.message ? error.message : error}\n`,
    );
    process.exit(70);
  },
);
