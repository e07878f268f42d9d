#!/usr/bin/env node
// Builds the app and prints each route's first-load JavaScript (gzip) next to the bare
// not-found page of the same build (Next's framework code only). Target for public screens: ≤ 1.10×.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { root, bin, run } from "./lib.mjs";

if (!process.argv.includes("--no-build"))
  await run(bin("next"), ["build"], { env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
const stats = JSON.parse(fs.readFileSync(path.join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
const gz = new Map();
const gzipSize = (p) => {
  if (!gz.has(p)) gz.set(p, zlib.gzipSync(fs.readFileSync(path.join(root, p)), { level: 9 }).length);
  return gz.get(p);
};
const size = (r) => r.firstLoadChunkPaths.filter((p) => p.endsWith(".js")).reduce((n, p) => n + gzipSize(p), 0);
const bare = stats.find((r) => r.route === "/_not-found");
if (!bare) throw new Error("no /_not-found route in the build to compare with");
const base = size(bare);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${"route".padEnd(48)} ${"first-load JS (gzip)".padStart(22)} ${"× bare".padStart(8)}`);
for (const r of stats.sort((a, b) => a.route.localeCompare(b.route))) {
  const s = size(r);
  console.log(`${r.route.padEnd(48)} ${kb(s).padStart(22)} ${(s / base).toFixed(2).padStart(8)}`);
}
console.log(`\nbare page (/_not-found): ${kb(base)}`);
