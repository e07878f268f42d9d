#!/usr/bin/env node
// Offline Prisma migrations: drives Prisma's WebAssembly schema engine through the pg driver
// adapter, because `prisma migrate` needs a native engine that cannot be downloaded here.
// Writes standard migration folders and the standard _prisma_migrations table, so
// `prisma migrate deploy` stays valid wherever the native engine exists.
//
// usage: node scripts/migrate.mjs deploy | dev --name NAME | status      (env: DATABASE_URL)
// Relies on internal engine APIs: versions are pinned and tests migrate a fresh database.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };
// adapter-pg rejects catalog types that the engine's introspection returns ("char" etc.): read them as text.
const AS_TEXT = new Set([18, 22, 24, 30, 194, 1033, 2205, 2206]);

async function makeAdapterFactory(url) {
  const u = new URL(url);
  // Discrete fields: adapter-pg builds the shadow DB config as {...config, database}.
  const base = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
  const database = u.pathname.slice(1) || "postgres";
  const factory = new PrismaPg({ ...base, database });
  const probe = await factory.connect();
  let proto = Object.getPrototypeOf(probe);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto.__asTextPatched) {
    const performIO = proto.performIO;
    proto.performIO = async function (q) {
      const r = await performIO.call(this, q);
      for (const f of r?.fields ?? []) if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = 25;
      return r;
    };
    proto.__asTextPatched = true;
  }
  await probe.dispose();
  // Shadow DB for `dev`: close its pool first, then DROP ... WITH (FORCE).
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    const admin = await new PrismaPg({ ...base, database }).connect();
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...base, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

async function loadEngine(adapter) {
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const mod = new WebAssembly.Module(await fs.readFile(wasmPath));
  const instance = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const schema = await fs.readFile(schemaPath, "utf8");
  return runtime.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
}

async function listMigrations() {
  const lockContent = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = [];
  for (const e of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs.readFile(path.join(migrationsDir, e.name, "migration.sql"), "utf8").then(
      (v) => ({ tag: "ok", value: v }),
      (err) => ({ tag: "error", value: err.message }),
    );
    dirs.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories: dirs,
    shadowDbInitScript: "",
  };
}

/** Applies every committed migration to `url`; returns the names newly applied. */
export async function migrateDeploy(url) {
  const adapter = bindMigrationAwareSqlAdapterFactory(await makeAdapterFactory(url));
  const engine = await loadEngine(adapter);
  const r = await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
  return r.appliedMigrationNames;
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (cmd === "deploy") {
    console.log(`migrations applied: ${JSON.stringify(await migrateDeploy(url))}`);
    return;
  }
  const adapter = bindMigrationAwareSqlAdapterFactory(await makeAdapterFactory(url));
  const engine = await loadEngine(adapter);
  const schemaFiles = { files: [{ path: schemaPath, content: await fs.readFile(schemaPath, "utf8") }] };
  if (cmd === "status") {
    const r = await engine.diagnoseMigrationHistory({
      migrationsList: await listMigrations(),
      optInToShadowDatabase: false,
      filters,
    });
    console.log(JSON.stringify(r, null, 1));
  } else if (cmd === "dev") {
    const list = await listMigrations();
    await engine.applyMigrations({ migrationsList: list, filters });
    const diag = await engine.devDiagnostic({ migrationsList: list, filters });
    if (diag.action.tag === "reset") throw new Error(`drift detected, reset needed: ${diag.action.reason}`);
    const i = rest.indexOf("--name");
    const r = await engine.createMigration({
      migrationsList: list,
      schema: schemaFiles,
      draft: false,
      migrationName: i >= 0 ? rest[i + 1] : "migration",
      filters,
    });
    if (!r.migrationScript) return console.log("no schema changes");
    const dir = path.join(migrationsDir, r.generatedMigrationName);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `migration.${r.extension}`), r.migrationScript);
    if (!list.lockfile.content)
      await fs.writeFile(path.join(migrationsDir, "migration_lock.toml"), `provider = "postgresql"\n`);
    await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
    console.log(`created and applied ${path.relative(root, dir)}`);
  } else {
    throw new Error("usage: migrate.mjs deploy | dev --name NAME | status");
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(`migrate failed: ${e?.message ?? e}`);
      process.exit(1);
    },
  );
}
