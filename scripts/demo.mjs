#!/usr/bin/env node
// `npm start`: the app on its embedded defaults. With no DATABASE_URL it serves an embedded
// PostgreSQL (PGlite, data in .data/pglite), applies migrations, seeds an empty database,
// builds when the sources are newer than the last build, and runs `next start`.
// `npm run dev` does the same with `next dev`. Set PORT to change the port (default 3000).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { root, bin, run, start, prepareDatabase } from "./lib.mjs";
import { startEmbeddedDb } from "./embedded-db.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const dataDir = path.join(root, ".data");
fs.mkdirSync(dataDir, { recursive: true });

let embedded = null;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedDb({ dataDir: path.join(dataDir, "pglite") });
  url = embedded.url;
  console.log("database: embedded PGlite in .data/pglite");
}

// A stable secret for the local demo, kept out of git; production sets AUTH_SECRET.
const secretFile = path.join(dataDir, "auth-secret");
if (!process.env.AUTH_SECRET && !fs.existsSync(secretFile))
  fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
const env = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim(),
  APP_BASE_URL: process.env.APP_BASE_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(embedded ? { DATABASE_POOL_MAX: "1" } : {}),
};

await prepareDatabase(url);

function newestSourceMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSourceMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

if (!dev) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const sources = ["app", "components", "lib", "messages", "proxy.ts", "next.config.ts"].map((p) => path.join(root, p));
  const newest = Math.max(
    ...sources.map((p) => (fs.statSync(p).isDirectory() ? newestSourceMtime(p) : fs.statSync(p).mtimeMs)),
  );
  if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newest)
    await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
}

const app = start(bin("next"), [dev ? "dev" : "start", "-p", port, "-H", process.env.HOST ?? "127.0.0.1"], { env });
console.log(`\n  → http://localhost:${port}/ja\n`);
const stop = async () => {
  app.child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const code = await app.exited;
if (embedded) await embedded.stop();
process.exit(code);
