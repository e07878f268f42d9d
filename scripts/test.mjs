#!/usr/bin/env node
// `npm test`: every test (unit, then e2e with the axe matrix) against a fresh database of its own.
// DATABASE_URL unset → an in-memory embedded PostgreSQL (PGlite); set → a new throw-away database
// on that PostgreSQL server, dropped afterwards. Builds the app and lets Playwright start `next start`.
// TEST_ONLY=static|unit|e2e runs one part (static: types, ESLint, Prettier); extra arguments go to Playwright (e.g. `npm test -- e2e/home.spec.ts`).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { root, bin, run, prepareDatabase } from "./lib.mjs";
import { startEmbeddedDb, freePort } from "./embedded-db.mjs";
import { startSmtpSink } from "./smtp-sink.mjs";

const only = process.env.TEST_ONLY;
const extra = process.argv.slice(2);
const cleanups = [];
let failed = false;

// Node 20's test runner takes no globs: list lib/**/*.test.ts and tests/**/*.test.ts ourselves.
function unitTestFiles() {
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== "generated") walk(p);
      else if (e.name.endsWith(".test.ts")) found.push(path.relative(root, p));
    }
  };
  walk(path.join(root, "lib"));
  walk(path.join(root, "tests"));
  return found.sort();
}

async function freshDatabase() {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedDb({ dataDir: "memory://" });
    cleanups.push(() => embedded.stop());
    process.env.DATABASE_POOL_MAX = "1";
    console.log("tests: embedded PGlite (in memory)");
    return embedded.url;
  }
  const name = `zairyu_test_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`tests: PostgreSQL database ${name}`);
  return url.toString();
}

try {
  const url = await freshDatabase();
  await prepareDatabase(url);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!only || only === "static") {
    // Static checks first: they fail fast and need no database.
    await run(bin("tsc"), ["--noEmit"], { env });
    await run(bin("eslint"), [".", "--max-warnings=0"], { env });
    await run(bin("prettier"), ["--check", "--log-level=warn", "."], { env });
  }
  if (!only || only === "unit") {
    await run(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...unitTestFiles()], { env });
  }
  if (!only || only === "e2e") {
    if (!process.env.SKIP_BUILD) await run(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
    const port = String(await freePort());
    const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "zairyu-uploads-"));
    cleanups.push(async () => fs.rmSync(uploads, { recursive: true, force: true }));
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.stop());
    await run(bin("playwright"), ["test", ...extra], {
      env: {
        ...env,
        E2E_PORT: port,
        APP_BASE_URL: `http://localhost:${port}`,
        SMTP_URL: smtp.url,
        MAILBOX_DIR: smtp.dir,
        E2E_TEST_HOOKS: "1",
        MAIL_THROTTLE_PER_CLIENT: "100000",
        MAIL_POLL_MS: "500",
        // 受付仮番号 and 受付番号 at once instead of a minute and a morning later.
        JOB_POLL_MS: "500",
        RECEIPT_PROVISIONAL_DELAY_MS: "0",
        RECEIPT_DELAY_MS: "0",
        CRON_SECRET: "e2e-cron-secret-0123",
        UPLOAD_DIR: uploads,
      },
    });
  }
} catch (e) {
  failed = true;
  console.error(`\n${e.message}`);
} finally {
  for (const c of cleanups.reverse()) await c().catch((e) => console.error(`cleanup: ${e.message}`));
}
process.exit(failed ? 1 : 0);
