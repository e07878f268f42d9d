#!/usr/bin/env node
// The residence 申込 page's first-load JavaScript (gzip) against the bare page of the same build
// (target ≤ 1.25×), then the server time to validate a whole application (bench-validate.ts).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { root, bin, run } from "./lib.mjs";

if (!process.argv.includes("--no-build"))
  await run(bin("next"), ["build"], { env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
const stats = JSON.parse(fs.readFileSync(path.join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
const size = (r) =>
  r.firstLoadChunkPaths
    .filter((p) => p.endsWith(".js"))
    .reduce((n, p) => n + zlib.gzipSync(fs.readFileSync(path.join(root, p)), { level: 9 }).length, 0);
const bare = size(stats.find((r) => r.route === "/_not-found"));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const route of ["/[locale]/procedures/[code]/apply", "/[locale]/procedures/[code]/apply/confirm"]) {
  const r = stats.find((x) => x.route === route);
  if (r)
    console.log(`${route.padEnd(44)} ${kb(size(r)).padStart(10)} ${(size(r) / bare).toFixed(2)}× bare (${kb(bare)})`);
}
await run(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench-validate.ts")]);
