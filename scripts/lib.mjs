// Shared by the demo and test launchers: child processes and database preparation.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd, args, { env = process.env, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/** Starts a long-running command; returns the child and a promise of its exit code. */
export function start(cmd, args, { env = process.env, cwd = root, stdio = "inherit" } = {}) {
  const child = spawn(cmd, args, { env, cwd, stdio });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, exited };
}

/** Migrates and seeds the database at `url`. */
export async function prepareDatabase(url) {
  const env = { ...process.env, DATABASE_URL: url };
  const { migrateDeploy } = await import("./migrate.mjs");
  const applied = await migrateDeploy(url);
  console.log(`database: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
  await run(bin("tsx"), ["prisma/seed.ts"], { env });
}
