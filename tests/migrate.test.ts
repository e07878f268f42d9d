import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "../scripts/embedded-db.mjs";

const migrate = path.join(import.meta.dirname, "..", "scripts", "migrate.mjs");
// Async: the embedded database runs in this process and must keep serving while the CLI runs.
const deploy = async (url: string) =>
  (await promisify(execFile)(process.execPath, [migrate, "deploy"], { env: { ...process.env, DATABASE_URL: url } }))
    .stdout;

test("the committed migrations apply to a fresh database, once", async () => {
  const db = await startEmbeddedDb({ dataDir: "memory://" });
  try {
    const first = JSON.parse(/migrations applied: (.*)/.exec(await deploy(db.url))![1]) as string[];
    assert.ok(first.length >= 1);
    assert.match(await deploy(db.url), /migrations applied: \[\]/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    await client.end();
    assert.equal(rows[0].n, first.length);
    assert.ok(tables.rows.some((r) => r.table_name === "Notice"));
  } finally {
    await db.stop();
  }
});
