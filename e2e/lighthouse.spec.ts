import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, chromium, type BrowserContext } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureApplyState, matrixApplicant } from "./support/matrix";
import { logIn } from "./support/session";
import { CHROMIUM_ARGS, freePort, systemChromium } from "./support/chromium";
import { RECORD_DIR, type LighthouseResult } from "../lib/accessibility/results";

// Lighthouse (issue 14) on the screens most people meet: accessibility 100 and best practices 100
// each, the performance score printed next to a bare Next.js page of the same build. It drives a
// Chromium that Playwright logged in, so the screens behind the login are audited as their users
// see them. It runs as its own project after the others, so their load does not skew it.

const SCREENS = [
  { name: "bare page (same build)", path: "/bare", bare: true },
  { name: "top page", path: "/ja" },
  { name: "login", path: "/ja/login" },
  { name: "procedures", path: "/ja/procedures", login: true },
  { name: "申込 step (認定, 申請人等情報)", path: "/ja/procedures/coe/apply?step=applicant", login: true },
  { name: "申込確認 (利用申出)", path: "/ja/procedures/usage/apply/confirm", login: true },
  { name: "申込一覧", path: "/ja/applications", login: true },
];

let context: BrowserContext;
let port = 0;

test.beforeAll(async ({ baseURL }) => {
  port = await freePort();
  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-")), {
    baseURL,
    executablePath: systemChromium,
    args: [`--remote-debugging-port=${port}`, ...CHROMIUM_ARGS],
  });
});

test.afterAll(async () => {
  await context?.close();
});

test("Lighthouse: accessibility 100 and best practices 100 on each screen; performance printed", async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  await ensureApplyState();
  const page = await context.newPage();
  const results: string[] = [];
  const recorded: LighthouseResult[] = [];
  let loggedIn = false;
  for (const screen of SCREENS) {
    // The anonymous screens are audited as a visitor sees them: without the session cookie.
    if (!screen.login) {
      await context.clearCookies();
      loggedIn = false;
    } else if (!loggedIn) {
      await logIn(page, matrixApplicant.loginId, matrixApplicant.password);
      await expect(page).toHaveURL(/\/ja\/mypage$/);
      loggedIn = true;
    }
    const run = await lighthouse(
      `${baseURL}${screen.path}`,
      { port, output: "json", logLevel: "error", onlyCategories: ["accessibility", "best-practices", "performance"] },
      desktopConfig,
    );
    const lhr = run!.lhr;
    const shown = new URL(lhr.finalDisplayedUrl);
    expect(shown.pathname + shown.search, `${screen.name} was audited, not a redirect`).toBe(screen.path);
    expect(lhr.runtimeError?.message, `${screen.name} loaded`).toBeUndefined();
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // What cost a category points, with the first finding of each audit.
    const lost = (id: string) =>
      lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => {
          const details = lhr.audits[ref.id].details as { items?: Record<string, unknown>[] } | undefined;
          return `${ref.id} ${JSON.stringify(details?.items?.[0] ?? "").slice(0, 300)}`;
        })
        .join("; ");
    results.push(
      `${screen.name.padEnd(32)} accessibility ${score("accessibility")}  best practices ${score("best-practices")}  performance ${score("performance")}`,
    );
    if (screen.bare) continue;
    recorded.push({
      name: screen.name,
      path: screen.path.replace(/^\/ja/, "") || "/",
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      performance: score("performance"),
    });
    expect.soft(score("accessibility"), `${screen.name}: ${lost("accessibility")}`).toBe(100);
    expect.soft(score("best-practices"), `${screen.name}: ${lost("best-practices")}`).toBe(100);
  }
  const { version } = JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8"));
  console.log(`Lighthouse ${version}\n${results.join("\n")}`);
  // For the published 試験結果 (npm run a11y:results).
  fs.mkdirSync(RECORD_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(RECORD_DIR, "lighthouse.json"),
    JSON.stringify({ version, testedAt: new Date().toISOString(), screens: recorded }),
  );
  await page.close();
});
