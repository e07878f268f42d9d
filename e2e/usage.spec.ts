import { test, expect, type Page, type Browser, type BrowserContext } from "@playwright/test";
import { PASSWORD, getUser, randomCorporateNumber, registerQuick } from "./support/accounts";
import { logIn, errorSummary } from "./support/session";
import { waitForMail, uniqueEmail } from "./support/mail";
import { withDb } from "./support/db";
import { bigPdf, encryptedPdf, pdfFile, pngRenamed, truncatedPdf, validPdf } from "./support/pdfs";

const officer = { loginId: "U0000000002", password: "Officer-pass2?" };

async function newStaff(browser: Browser, baseURL: string | undefined, page: Page, tag: string) {
  const email = uniqueEmail(tag);
  await registerQuick(browser, baseURL, email, randomCorporateNumber());
  const user = await getUser(email);
  await logIn(page, user.loginId, PASSWORD);
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  return { email, user };
}

async function attach(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.locator("#field-attachments").setInputFiles(files);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.locator("#upload-progress")).toHaveCount(0, { timeout: 30_000 });
}

const applicationsOf = (userId: string) =>
  withDb(async (db) => (await db.query(`SELECT * FROM "Application" WHERE "userId" = $1`, [userId])).rows);

/** Files a 利用申出 quickly through the screens (the first test checks each step). */
async function fileUsage(page: Page) {
  await page.goto("/ja/procedures/usage/apply");
  await page.getByLabel("新規利用申出").check();
  await attach(page, [pdfFile("登記事項証明書.pdf", await validPdf("registry"))]);
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  return (await page.getByTestId("reference-no").textContent())!.trim();
}

test("利用申出: terms → form with prefill and errors → PDFs → confirm → 申込む → 整理番号, password and two mails", async ({
  browser,
  baseURL,
  page,
}) => {
  const { email, user } = await newStaff(browser, baseURL, page, "usage");

  // Found by a synonym: 会社 ↔ 所属機関 (the procedure's name says 所属機関等).
  await page.goto("/ja/procedures");
  await page.locator("#q").fill("会社 新規");
  await page.getByLabel("類義語検索を行う").check();
  await page.getByRole("button", { name: "キーワード検索" }).click();
  await expect(page).toHaveURL(/synonyms=1/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("検索結果 1件");
  await page.getByRole("link", { name: "利用申出(新たに在留諸申請の実施を希望する所属機関等の方)" }).click();
  await expect(page).toHaveURL(/\/ja\/procedures\/usage$/);
  await expect(page.getByRole("region", { name: /利用規約/ })).toContainText("利用申出について");
  await page.getByRole("link", { name: /同意する/ }).click();
  await expect(page).toHaveURL(/\/ja\/procedures\/usage\/apply$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申込");
  // Organization and staff details come from the profile.
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社テスト");
  await expect(page.locator("#field-staffName")).toHaveValue("TEST USER");
  await expect(page.getByText("新規利用申出 New asking of usage")).toBeVisible();

  // Empty required answers and a broken one: summary first, each linking to its field.
  await page.locator("#field-phone").fill("03-1234-5678");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("利用申出の種類: いずれかを選択してください。");
  await expect(summary).toContainText("電話番号: 半角数字で入力してください。");
  await expect(summary).toContainText("添付ファイル: 資料を1つ以上添付してください。");
  await summary.getByRole("link", { name: /電話番号/ }).click();
  await expect(page.locator("#field-phone")).toBeFocused();
  await expect(page.locator("#field-phone")).toHaveAttribute("aria-invalid", "true");

  // 追加利用申出 makes the office required; full-width digits in a 半角数字 field are accepted.
  await page.getByLabel("追加利用申出").check();
  await expect(page.locator("#field-officeName")).toBeVisible();
  await page.locator("#field-phone").fill("0312345678");
  await page.locator("#field-agentCertificateNumber").fill("１２３４５６７８９１２３");
  await page.locator("#field-note").fill("よろしくお願いします。");
  await expect(page.getByText("入力文字数 11/400")).toBeVisible();
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(summary).toContainText("新規利用申出を行った地方官署: 入力必須項目です。");
  await page.locator("#field-officeName").fill("オンライン申請");

  // Attachments: two good PDFs, running total, one removed.
  await attach(page, [
    pdfFile("在職証明書.pdf", await validPdf("employment")),
    pdfFile("本人確認資料.pdf", await validPdf("id")),
  ]);
  await expect(page.getByRole("cell", { name: "在職証明書.pdf", exact: true })).toBeVisible();
  await expect(page.getByTestId("attach-total")).toContainText("合計 2ファイル");
  await page.getByRole("button", { name: "本人確認資料.pdf を削除" }).click();
  await expect(page.getByText("本人確認資料.pdf を削除しました。")).toBeVisible();
  await expect(page.getByTestId("attach-total")).toContainText("合計 1ファイル");

  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申込確認");
  await expect(page.getByText("まだ申込みは完了していません。")).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("追加利用申出");
  await expect(main).toContainText("オンライン申請");
  await expect(main).toContainText("123456789123");
  await expect(page.getByTestId("confirm-files")).toContainText("在職証明書.pdf");

  // 入力へ戻る keeps everything.
  await page.getByRole("link", { name: /入力へ戻る/ }).click();
  await expect(page.locator("#field-officeName")).toHaveValue("オンライン申請");
  await expect(page.locator("#field-agentCertificateNumber")).toHaveValue("123456789123");
  await expect(page.getByRole("cell", { name: "在職証明書.pdf", exact: true })).toBeVisible();
  await page.getByRole("button", { name: /確認へ進む/ }).click();

  // 申込む opens the notice; Esc cancels, OK submits.
  await page.getByRole("button", { name: /申込む/ }).click();
  const dialog = page.getByRole("dialog", { name: "整理番号・パスワードについて" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "OK" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await applicationsOf(user.id)).toHaveLength(0);
  await page.getByRole("button", { name: /申込む/ }).click();
  await dialog.getByRole("button", { name: "OK" }).click();

  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申込完了");
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();
  const password = (await page.getByTestId("access-password").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{10}$/);
  const refMail = await waitForMail(email, /整理番号/);
  const pwMail = await waitForMail(email, /パスワード/);
  expect(refMail.text).toContain(ref);
  expect(refMail.text).not.toContain(password);
  expect(pwMail.text).toContain(password);
  expect(pwMail.text).not.toContain(ref);

  // The header's 申請状況確認 lists it.
  await page.getByRole("link", { name: "申請状況確認" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申込一覧");
  const row = page.getByRole("row").filter({ hasText: ref });
  await expect(row).toContainText("利用申出(新たに在留諸申請の実施を希望する所属機関等の方)");
  await expect(row).toContainText("処理待ち");

  const [app] = await applicationsOf(user.id);
  expect(app.referenceNo).toBe(ref);
  expect(app.status).toBe("WAITING");
  expect(app.values).toMatchObject({
    usageType: "additional",
    officeName: "オンライン申請",
    agentCertificateNumber: "123456789123",
    phone: "0312345678",
  });
  expect(app.accessPasswordHash).toMatch(/^\$argon2id\$/);
  const files = await withDb(
    async (db) => (await db.query(`SELECT name FROM "Attachment" WHERE "applicationId" = $1`, [app.id])).rows,
  );
  expect(files.map((f) => f.name)).toEqual(["在職証明書.pdf"]);
});

test("attachments: every bad file is refused with its own message; limits of 20 files and 20 MB", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  await newStaff(browser, baseURL, page, "badpdf");
  await page.goto("/ja/procedures/usage/apply");
  await attach(page, [
    pdfFile("locked.pdf", encryptedPdf(-44)),
    pdfFile("noprint.pdf", encryptedPdf(-3904)),
    pdfFile("photo.pdf", pngRenamed()),
    pdfFile("cut.pdf", await truncatedPdf()),
    pdfFile("huge.pdf", await bigPdf(21 * 1024 * 1024)),
  ]);
  const alert = page.getByRole("main").getByRole("alert").filter({ hasText: "locked.pdf" });
  await expect(alert).toContainText(
    "locked.pdf は、パスワードや印刷・コピーの禁止などのセキュリティ設定がされているため添付できません。",
  );
  await expect(alert).toContainText("noprint.pdf は、パスワードや印刷・コピーの禁止");
  await expect(alert).toContainText("photo.pdf はPDFファイルではありません。");
  await expect(alert).toContainText("cut.pdf は、壊れているかPDFの規格（ISO 32000-1）に合っていない");
  await expect(alert).toContainText("huge.pdf を添付できません。添付できるのは合計20MBまでです。");
  await expect(page.getByText("添付されたファイルはありません。")).toBeVisible();

  // Total size: 11 MB fits, another 11 MB does not.
  await attach(page, [
    pdfFile("a.pdf", await bigPdf(11 * 1024 * 1024)),
    pdfFile("b.pdf", await bigPdf(11 * 1024 * 1024)),
  ]);
  await expect(page.getByRole("cell", { name: "a.pdf", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "b.pdf を添付できません。添付できるのは合計20MBまでです。",
  );
  await page.getByRole("button", { name: "a.pdf を削除" }).click();
  await expect(page.getByText("添付されたファイルはありません。")).toBeVisible();

  // Count: 20 files fit, the 21st does not.
  const small = await validPdf("x");
  await attach(
    page,
    Array.from({ length: 21 }, (_, i) => pdfFile(`doc${String(i + 1).padStart(2, "0")}.pdf`, small)),
  );
  await expect(page.getByTestId("attach-total")).toContainText("合計 20ファイル");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "doc21.pdf を添付できません。添付できるのは合計20ファイルまでです。",
  );
});

test("申込む twice, or the confirm page again afterwards, makes exactly one application", async ({
  browser,
  baseURL,
  page,
}) => {
  const { user } = await newStaff(browser, baseURL, page, "idem");
  await page.goto("/ja/procedures/usage/apply");
  await page.getByLabel("新規利用申出").check();
  await attach(page, [pdfFile("doc.pdf", await validPdf())]);
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  // Two submissions of the same form, as a double click without the dialog would send.
  await page.locator("main form:has(input[name=draftId])").evaluate((f: HTMLFormElement) => {
    f.requestSubmit(f.querySelector<HTMLButtonElement>("dialog button[type=submit]"));
    f.requestSubmit(f.querySelector<HTMLButtonElement>("dialog button[type=submit]"));
  });
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  await page.goto("/ja/procedures/usage/apply/confirm");
  await expect(page).toHaveURL(/\/apply$/);
  await expect.poll(async () => (await applicationsOf(user.id)).length).toBe(1);
  const mails = await withDb(
    async (db) =>
      (
        await db.query(`SELECT count(*)::int AS n FROM "OutboxMail" WHERE "to" = $1 AND template LIKE 'application%'`, [
          user.email,
        ])
      ).rows[0].n,
  );
  expect(mails).toBe(2);
});

test("officer approval opens residence procedures for the approved person; return sends the request by mail", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(150_000);
  const { email, user } = await newStaff(browser, baseURL, page, "gate");
  // Before approval: my page and residence procedures explain why not, and lead to 利用申出.
  const status = page.getByTestId("usage-status");
  await page.goto("/ja/mypage");
  await expect(status).toContainText("在留諸申請を行うには、利用申出が承認されている必要があります。");
  await page.goto("/ja/procedures/coe");
  await expect(status.getByRole("link", { name: "利用申出を行う" })).toHaveAttribute("href", "/ja/procedures/usage");
  await page.goto("/ja/procedures/coe/apply");
  await expect(page.getByText("この手続きはまだ申込みできません")).toBeVisible();
  await expect(page.getByRole("link", { name: "利用申出を行う" })).toHaveAttribute("href", "/ja/procedures/usage");
  const first = await fileUsage(page);
  const second = await fileUsage(page);
  await page.goto("/ja/mypage");
  await expect(status).toContainText(`利用申出（整理番号 ${second}）は審査中です。`);

  const officerCtx = await browser.newContext({ baseURL });
  const op = await officerCtx.newPage();
  await logIn(op, officer.loginId, officer.password);
  await op.goto("/ja/mypage");
  await op.getByRole("link", { name: "利用申出の審査（職員用）" }).click();
  await expect(op.getByRole("heading", { level: 1 })).toHaveText("申請の審査");

  // Return the second one with a message (an empty message is refused first).
  await op.getByRole("link", { name: `${second} の詳細` }).click();
  await op.getByRole("button", { name: "返却する" }).click();
  await expect(op.getByRole("alert").filter({ hasText: "修正の依頼内容を入力してください。" })).toBeVisible();
  await op.getByLabel("修正の依頼内容").fill("在職証明書の日付が読み取れません。");
  await op.getByRole("button", { name: "返却する" }).click();
  await expect(op.getByRole("status").filter({ hasText: "返却しました" })).toBeVisible();
  const returned = await waitForMail(email, /修正のお願い/);
  expect(returned.text).toContain("在職証明書の日付が読み取れません。");
  expect(returned.text).toContain(second);
  await page.goto("/ja/mypage");
  await expect(status).toContainText(`利用申出（整理番号 ${second}）に修正の依頼があります。`);

  // The officer reads the answers and downloads the attachment.
  await op.goto("/ja/admin");
  await op.getByRole("link", { name: `${first} の詳細` }).click();
  await expect(op.getByRole("main")).toContainText("新規利用申出");
  const link = op.getByRole("link", { name: /登記事項証明書\.pdf.*をダウンロード/ });
  const res = await op.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Another applicant cannot read it.
  const stranger = await browser.newContext({ baseURL });
  const sp = await stranger.newPage();
  await logIn(sp, "U0000000001", "Demo-pass1!");
  expect((await sp.request.get((await link.getAttribute("href"))!)).status()).toBe(404);
  await stranger.close();

  await op.getByRole("button", { name: "承認する" }).click();
  await expect(op.getByRole("status").filter({ hasText: "承認しました" })).toBeVisible();
  // Who decided, and when, is kept in the history.
  const history = op.getByRole("region", { name: "処理状況の履歴（古い順）" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("申込者（申込み）");
  await expect(history.getByRole("row").nth(2)).toContainText("完了");
  await expect(history.getByRole("row").nth(2)).toContainText("TANAKA ICHIRO（U0000000002）");
  const approved = await waitForMail(email, /利用申出承認/);
  expect(approved.text).toContain(first);
  expect(approved.text).toMatch(/有効期限：\d{4}年\d{1,2}月\d{1,2}日/);
  await officerCtx.close();

  const approval = await withDb(
    async (db) => (await db.query(`SELECT * FROM "UsageApproval" WHERE "userId" = $1`, [user.id])).rows[0],
  );
  expect(approval.corporateNumber).toBe(user.corporateNumber);
  await page.goto("/ja/procedures/coe/apply");
  await expect(page.getByText("この手続きはまだ申込みできません")).toHaveCount(0);
  await page.goto("/ja/procedures/coe");
  await expect(status).toHaveCount(0);
  await page.goto("/ja/applications");
  await expect(page.getByRole("row").filter({ hasText: first })).toContainText("完了");
  await expect(page.getByRole("row").filter({ hasText: second })).toContainText("返却中");
  await page.goto("/ja/mypage");
  await expect(status).toContainText(/利用申出は承認されています。有効期限：\d{4}年\d{1,2}月\d{1,2}日/);

  // The approval is this person's: a colleague with the same (public) 法人番号 gets nothing from it.
  const colleagueEmail = uniqueEmail("colleague");
  await registerQuick(browser, baseURL, colleagueEmail, user.corporateNumber);
  const cc = await browser.newContext({ baseURL });
  const cp = await cc.newPage();
  await logIn(cp, (await getUser(colleagueEmail)).loginId, PASSWORD);
  await cp.goto("/ja/procedures/coe/apply");
  await expect(cp.getByText("この手続きはまだ申込みできません")).toBeVisible();
  const upload = await cp.request.post("/api/uploads", {
    multipart: { procedure: "coe", file: pdfFile("a.pdf", await validPdf()) },
    headers: { origin: baseURL! },
  });
  expect(upload.status()).toBe(403);
  await cc.close();
});

test("upload route: login required, other sites refused (CSRF)", async ({ page, baseURL }) => {
  const multipart = { procedure: "usage", file: pdfFile("a.pdf", await validPdf()) };
  expect((await page.request.post("/api/uploads", { multipart, headers: { origin: baseURL! } })).status()).toBe(401);
  await logIn(page, "U0000000001", "Demo-pass1!");
  expect(
    (await page.request.post("/api/uploads", { multipart, headers: { origin: "https://evil.example" } })).status(),
  ).toBe(403);
  expect(
    (await page.request.delete("/api/uploads/some-id", { headers: { origin: "https://evil.example" } })).status(),
  ).toBe(403);
});

test("applicants cannot open the back office; ja/en-only screens in other languages land on English with a note", async ({
  page,
}) => {
  await logIn(page, "U0000000001", "Demo-pass1!");
  const r = await page.goto("/ja/admin");
  expect(r?.status()).toBe(404);
  await page.goto("/ko/procedures/usage/apply");
  await expect(page).toHaveURL(/\/en\/procedures\/usage\/apply\?from=ko$/);
  await expect(page.getByTestId("ja-en-note")).toContainText("available in Japanese and English only");
  await page.locator("summary").filter({ hasText: "Language" }).click();
  await expect(page.getByRole("link", { name: "한국어" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "日本語" })).toBeVisible();
});

/** Emulates a slow line for uploads (bytes per second) through the Chrome DevTools Protocol. */
async function slowUploads(page: Page, context: BrowserContext, uploadThroughput: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: 10 * 1024 * 1024,
    uploadThroughput,
  });
}

/** Moves focus with Tab only until `target` has it. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

test("keyboard only: 利用申出 from the terms to 申込完了", async ({ browser, baseURL, page }) => {
  await newStaff(browser, baseURL, page, "kbd");
  await page.goto("/ja/procedures/usage");
  await tabTo(page, page.getByRole("link", { name: /同意する/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/apply$/);
  await tabTo(page, page.getByLabel("新規利用申出"));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("新規利用申出")).toBeChecked();
  await tabTo(page, page.locator("#field-department"));
  await page.keyboard.type("総務部");
  await tabTo(page, page.locator("#field-attachments"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles([pdfFile("keyboard.pdf", await validPdf("kbd"))]);
  await tabTo(page, page.getByRole("button", { name: "添付する", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("cell", { name: "keyboard.pdf", exact: true })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: /確認へ進む/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await expect(page.getByRole("main")).toContainText("総務部");
  await tabTo(page, page.getByRole("button", { name: /申込む/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog").getByRole("button", { name: "OK" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  await expect(page.getByTestId("reference-no")).toHaveText(/^\d{12}$/);
});

test("upload progress is shown and announced while a file is sent", async ({ browser, baseURL, page, context }) => {
  await newStaff(browser, baseURL, page, "progress");
  await page.goto("/ja/procedures/usage/apply");
  // A slow line (about 1 MB/s up), so a 3 MB file takes a few seconds.
  await slowUploads(page, context, 1024 * 1024);
  await page.locator("#field-attachments").setInputFiles([pdfFile("slow.pdf", await bigPdf(3 * 1024 * 1024))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  const progress = page.getByRole("progressbar", { name: /slow\.pdf を送信しています/ });
  await expect(progress).toBeVisible();
  await expect(
    page.locator("[aria-live=polite].sr-only", { hasText: /slow\.pdf を送信しています（\d+%）/ }),
  ).toHaveCount(1);
  await expect(page.getByText("slow.pdf を添付しました。")).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveCount(0);
});

test("keyboard only, without waiting: 確認へ進む right after 添付する never contradicts the list", async ({
  browser,
  baseURL,
  page,
  context,
}) => {
  await newStaff(browser, baseURL, page, "kbdrace");
  await page.goto("/ja/procedures/usage/apply");
  // A slow line, so the upload is still under way when 確認へ進む is pressed.
  await slowUploads(page, context, 256 * 1024);
  await tabTo(page, page.getByLabel("新規利用申出"));
  await page.keyboard.press("Space");
  await tabTo(page, page.locator("#field-attachments"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles([pdfFile("ok.pdf", await bigPdf(512 * 1024))]);
  await tabTo(page, page.getByRole("button", { name: "添付する", exact: true }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: /確認へ進む/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/apply\/confirm$/, { timeout: 30_000 });
  await expect(page.getByTestId("confirm-files")).toContainText("ok.pdf");
});
