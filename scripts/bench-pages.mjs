#!/usr/bin/env node
// Server cost per page: requests per second and p97.5 latency (autocannon, 20 connections)
// of the top page, login, 申込一覧 and a 申込 step, next to a bare Next.js page with one dynamic
// line, built with the same Next.js and served the same way in the same run. Target: ≤ 3 × the
// bare page's latency. Needs DATABASE_URL (a throw-away PostgreSQL database: it is migrated and
// seeded); `--no-build` serves the app's current .next build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { root, bin, run, start, prepareDatabase } from "./lib.mjs";
import { freePort } from "./embedded-db.mjs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("set DATABASE_URL to a throw-away PostgreSQL database");
const production = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };

// The bare page: its own tiny app inside this project, so it resolves the same node_modules.
const bareDir = path.join(root, ".bench-bare");
fs.rmSync(bareDir, { recursive: true, force: true });
fs.mkdirSync(path.join(bareDir, "app"), { recursive: true });
fs.writeFileSync(
  path.join(bareDir, "app/layout.js"),
  'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
);
fs.writeFileSync(
  path.join(bareDir, "app/page.js"),
  'export const dynamic = "force-dynamic";\nexport default function Page() { return <p>{new Date().toISOString()}</p>; }\n',
);
fs.writeFileSync(path.join(bareDir, "next.config.mjs"), "export default {};\n");
// Its own (empty) instrumentation: without one, the build inside this project picks up the app's.
fs.writeFileSync(path.join(bareDir, "instrumentation.js"), "export function register() {}\n");
await run(bin("next"), ["build"], { cwd: bareDir, env: production });
if (!process.argv.includes("--no-build")) await run(bin("next"), ["build"], { env: production });
await prepareDatabase(url);

const serve = async (cwd, env) => {
  const port = await freePort();
  const server = start(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env,
    // Only errors: the app logs every request as a JSON line.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(base).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop: () => server.child.kill("SIGTERM") };
};
const bare = await serve(bareDir, production);
const app = await serve(root, {
  ...production,
  DATABASE_URL: url,
  AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  JOB_POLL_MS: "0",
  MAIL_THROTTLE_PER_CLIENT: "1000000",
});

// The demo account's session, taken from a real login.
const browser = await chromium.launch({
  executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const page = await browser.newPage();
await page.goto(`${app.base}/ja/login`);
await page.locator("#field-loginId").fill("U0000000001");
await page.locator("#field-password").fill("Demo-pass1!");
await page.locator("main form button[type=submit]").click();
await page.waitForURL(/\/ja\/mypage$/);
const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
await browser.close();

const SLICE_S = 3;
const ROUNDS = 4;
const measure = (target, headers = {}) =>
  new Promise((resolve, reject) =>
    autocannon({ url: target, connections: 20, duration: SLICE_S, headers }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  );
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];

// This machine's speed drifts by a third within a minute (other tenants), so each page is measured
// in slices that alternate with slices of the bare page, and compared slice by slice: the cost ratio
// from the requests served in the same time, the latency ratio as the median of the slices' ratios.
const rows = [];
for (const [name, p, auth] of [
  ["top page", "/ja", false],
  ["login", "/ja/login", false],
  ["申込一覧", "/ja/applications", true],
  ["申込 (利用申出)", "/ja/procedures/usage/apply", true],
]) {
  const pairs = [];
  for (let i = 0; i < ROUNDS; i++) {
    const b = await measure(`${bare.base}/`);
    const r = await measure(`${app.base}${p}`, auth ? { cookie } : {});
    if (r.non2xx) console.warn(`${name}: ${r.non2xx} responses were not 2xx`);
    pairs.push([b, r]);
  }
  const total = (k) => pairs.reduce((n, pair) => n + pair[k].requests.total, 0);
  rows.push({
    name,
    bareRps: total(0) / (ROUNDS * SLICE_S),
    rps: total(1) / (ROUNDS * SLICE_S),
    p975: median(pairs.map(([, r]) => r.latency.p97_5)),
    bareP975: median(pairs.map(([b]) => b.latency.p97_5)),
    latencyRatio: median(pairs.map(([b, r]) => r.latency.p97_5 / b.latency.p97_5)),
  });
}
bare.stop();
app.stop();

const cols = ["page", "req/s", "p97.5", "bare req/s", "bare p97.5", "× bare p97.5", "× bare cost"];
const widths = [18, 8, 9, 12, 12, 14, 13];
const line = (cells) =>
  console.log(cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(""));
console.log("");
line(cols);
for (const r of rows)
  line([
    r.name,
    r.rps.toFixed(0),
    `${r.p975} ms`,
    r.bareRps.toFixed(0),
    `${r.bareP975} ms`,
    r.latencyRatio.toFixed(1),
    (r.bareRps / r.rps).toFixed(1),
  ]);
console.log(
  `(20 connections; ${ROUNDS} slices of ${SLICE_S} s per page, each after a slice of the bare page; target ≤ 3 × the bare page)`,
);
fs.rmSync(bareDir, { recursive: true, force: true });
process.exit(0);
