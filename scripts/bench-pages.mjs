#!/usr/bin/env node
// Server cost per page: requests per second and p97.5 latency (autocannon, 20 connections, 10 s)
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

const measure = (target, headers = {}) =>
  new Promise((resolve, reject) =>
    autocannon({ url: target, connections: 20, duration: 10, headers }, (err, r) => (err ? reject(err) : resolve(r))),
  );
// The bare page is measured before each page and once more at the end, and each page is compared
// with the median of those runs: on a shared 2-core machine one run of the bare page can be 30 % off.
const rows = [];
const bareRuns = [];
for (const [name, p, auth] of [
  ["top page", "/ja", false],
  ["login", "/ja/login", false],
  ["申込一覧", "/ja/applications", true],
  ["申込 (利用申出)", "/ja/procedures/usage/apply", true],
]) {
  bareRuns.push(await measure(`${bare.base}/`));
  const r = await measure(`${app.base}${p}`, auth ? { cookie } : {});
  if (r.non2xx) console.warn(`${name}: ${r.non2xx} responses were not 2xx`);
  rows.push([name, r]);
}
bareRuns.push(await measure(`${bare.base}/`));
bare.stop();
app.stop();

// Both figures are a page's cost relative to the bare page's: its p97.5 latency (the target's
// measure), and the time a request takes the server (1 / req/s, which varies less between runs).
const p975 = (r) => r.latency.p97_5;
const rps = (r) => r.requests.average;
const median = (xs) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)];
const bareP975 = median(bareRuns.map(p975));
const bareRps = median(bareRuns.map(rps));
const line = (name, reqs, p, cols) =>
  console.log(
    `${name.padEnd(22)} ${reqs.toFixed(0).padStart(8)} ${`${p} ms`.padStart(9)} ${cols.map((c) => c.padStart(14)).join("")}`,
  );
console.log(
  `\n${"page".padEnd(22)} ${"req/s".padStart(8)} ${"p97.5".padStart(9)} ${"× bare p97.5".padStart(14)}${"× bare cost".padStart(14)}`,
);
line("bare page", bareRps, bareP975, ["1.0", "1.0"]);
for (const [name, r] of rows)
  line(name, rps(r), p975(r), [(p975(r) / bareP975).toFixed(1), (bareRps / rps(r)).toFixed(1)]);
console.log(
  `(20 connections, 10 s each; the bare page is the median of ${bareRuns.length} runs: ${bareRuns.map((r) => `${rps(r).toFixed(0)} req/s, ${p975(r)} ms`).join("; ")}; target ≤ 3 × the bare page)`,
);
fs.rmSync(bareDir, { recursive: true, force: true });
process.exit(0);
