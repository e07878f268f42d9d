import fs from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { stringify } from "csv-stringify/sync";
import { simpleParser } from "mailparser";
import { test, expect, type Page } from "@playwright/test";
import { approvedStaff, canvasJpeg } from "./support/residence";
import { PASSWORD, getUser, registerQuick } from "./support/accounts";
import { errorSummary, logIn } from "./support/session";
import { freePort } from "./support/chromium";
import { uniqueEmail } from "./support/mail";
import { templateFor } from "../lib/bulk/templates";
import { csvColumns, rowOf } from "../lib/forms/csv";
import { normalize } from "../lib/forms/engine";
import { engineerCoeN } from "../lib/forms/definitions/residence/examples";

// Several app instances on one PostgreSQL (issue 14): a second `next start` of the same build, with
// the same settings, beside the one Playwright started. Whichever instance a request reaches, the
// session, the uploaded batch and its files are there; each background job runs once although both
// instances poll; the login lockout counts failures made on either.

test.describe.configure({ mode: "serial" });

let other: ChildProcess;
let otherURL = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  otherURL = `http://localhost:${port}`;
  other = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: process.env,
    stdio: "ignore",
  });
  await expect(async () => {
    expect((await fetch(`${otherURL}/api/health`)).status).toBe(200);
  }).toPass({ timeout: 60_000 });
});

test.afterAll(() => {
  other?.kill("SIGTERM");
});

/** How many mails to `to` have a subject matching, as delivered to the test SMTP server. */
async function mailCount(to: string, subject: RegExp) {
  const dir = process.env.MAILBOX_DIR!;
  const mine = fs.readdirSync(dir).filter((f) => f.includes(to.replace(/[^a-zA-Z0-9@._-]/g, "_")));
  let n = 0;
  for (const f of mine) if (subject.test((await simpleParser(fs.readFileSync(`${dir}/${f}`))).subject ?? "")) n++;
  return n;
}

const def = templateFor("bulk-coe", "N")!.def;
const csv = (names: string[]) =>
  Buffer.from(
    stringify([
      csvColumns(def).map((c) => c.header),
      ...names.map((nameRoman) => rowOf(def, { ...normalize(def, engineerCoeN), nameRoman })),
    ]),
  );

test("a session, an upload and its files made on one instance are there on the other; each job runs once", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { email } = await approvedStaff(browser, baseURL, page, "instances");
  // The session from the first instance opens マイページ on the second (no way round to ログイン).
  await page.goto(`${otherURL}/ja/mypage`);
  await expect(page).toHaveURL(`${otherURL}/ja/mypage`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("マイページ");

  // The batch is uploaded to the second instance, its photo attached through the first, and filed
  // through the second.
  await page.goto(`${otherURL}/ja/procedures/bulk-coe/bulk`);
  await page
    .locator("#field-file")
    .setInputFiles({ name: "two.csv", mimeType: "text/csv", buffer: csv(["NGUYEN VAN AN", "TRAN THI BINH"]) });
  await page.getByRole("button", { name: /アップロードする/ }).click();
  await expect(page).toHaveURL(`${otherURL}/ja/procedures/bulk-coe/bulk/results`);
  const face = await canvasJpeg(page, 300, 400);
  await page.goto("/ja/procedures/bulk-coe/bulk/results");
  await expect(page.locator("main dl").first()).toContainText("2人分");
  await page.locator("#field-photos").setInputFiles([
    { name: "1.jpg", mimeType: "image/jpeg", buffer: face },
    { name: "2.jpg", mimeType: "image/jpeg", buffer: face },
  ]);
  await page.getByRole("button", { name: "まとめて登録する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2件中2件の顔写真を登録しました。" })).toBeVisible();
  await page.goto(`${otherURL}/ja/procedures/bulk-coe/bulk/results`);
  await expect(page.getByRole("table").getByRole("row").nth(2)).toContainText("登録済");
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/bulk\/complete\?no=B\d{12}$/);

  // Both instances poll the job table: each applicant's 申請受付番号 comes once, not twice.
  await expect.poll(() => mailCount(email, /申請受付番号/), { timeout: 30_000 }).toBe(2);
  await page.waitForTimeout(3_000);
  expect(await mailCount(email, /申請受付番号/)).toBe(2);
  expect(await mailCount(email, /整理番号/)).toBe(2);
});

async function logInAt(page: Page, base: string, loginId: string, password: string) {
  await logIn(page, loginId, password);
  expect(page.url().startsWith(base)).toBe(true);
}

test("the lockout counts wrong passwords sent to either instance", async ({ browser, baseURL }) => {
  const email = uniqueEmail("instlock");
  await registerQuick(browser, baseURL, email);
  const { loginId } = await getUser(email);
  const first = await (await browser.newContext({ baseURL })).newPage();
  const second = await (await browser.newContext({ baseURL: otherURL })).newPage();
  for (const [i, page] of [first, second, first, second].entries()) {
    await logInAt(page, i % 2 ? otherURL : baseURL!, loginId, "Wrong-pass1!");
    await expect(errorSummary(page)).toContainText("利用者IDまたはパスワードが正しくありません。");
  }
  await logInAt(first, baseURL!, loginId, "Wrong-pass1!");
  await expect(errorSummary(first)).toContainText("アカウントがロックされています");
  await logInAt(second, otherURL, loginId, PASSWORD);
  await expect(errorSummary(second)).toContainText("アカウントがロックされています");
});
