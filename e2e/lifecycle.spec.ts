import { test, expect, type Page } from "@playwright/test";
import { logIn } from "./support/session";
import { linkIn, waitForMail } from "./support/mail";
import { withDb } from "./support/db";
import { pdfFile, pngRenamed, validPdf } from "./support/pdfs";
import { approvedStaff, fillAnswers } from "./support/residence";
import { readFile } from "node:fs/promises";
import { pdfFontsOf, pdfText } from "../tests/support/pdf";

// After filing (issue 10): 申込一覧 search and 申込詳細, the officer's moves through the manual's
// states with their mails, and a correction (返却中 → 資料追加 → 再提出) on the same application.

const officer = { loginId: "U0000000002", password: "Officer-pass2?" };
/** The page's own live messages (Next's route announcer is an empty alert too). */
const alertWith = (p: Page, text: string | RegExp) => p.getByRole("alert").filter({ hasText: text });
const statusWith = (p: Page, text: string | RegExp) => p.getByRole("status").filter({ hasText: text });

/** An application of the user, made in the database as 申込む would leave it after 受付. */
async function filed(userId: string, procedureCode: string, at: string, extra: Record<string, unknown> = {}) {
  return withDb(async (db) => {
    const ref = String(Math.floor(1e11 + Math.random() * 8e11));
    const id = `e2e-life-${ref}`;
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "provisionalNo", "receiptNo", "accessPasswordHash", "submittedAt", "updatedAt")
       VALUES ($1, $2, $1, $3, $4, $5, 'SUBMITTED', $6, $7, 'x', $8, now())`,
      [
        id,
        ref,
        userId,
        procedureCode,
        JSON.stringify({ nameRoman: "NGUYEN VAN AN", status: "技術・人文知識・国際業務", notifyEmail: "", ...extra }),
        `7${ref.slice(1)}`,
        `8${ref.slice(1)}`,
        at,
      ],
    );
    await db.query(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", status, at) VALUES ($1 || '-e1', $1, 'SUBMITTED', $2)`,
      [id, at],
    );
    return { id, ref };
  });
}

test("申込一覧: search by number, procedure words and dates (with errors at the fields), sort and detail", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(90_000);
  const { user } = await approvedStaff(browser, baseURL, page, "list");
  const renewal = await filed(user.id, "extension", "2026-10-31T23:30:00Z");
  const coe = await filed(user.id, "coe", "2026-11-10T03:00:00Z", { nameRoman: "SITI RAHAYU" });
  await page.goto("/ja/applications");
  const table = page.getByRole("region", { name: "申込一覧" });
  // Newest first by default; the usage application of approvedStaff is there too.
  await expect(table.locator("tbody tr").nth(1)).toContainText("在留資格認定証明書交付申請");

  await page.getByLabel("関連情報").fill("siti");
  await page.getByRole("button", { name: /^検索/ }).click();
  await expect(page).toHaveURL(/related=siti/);
  await expect(statusWith(page, /件$/)).toHaveText("1件");
  await expect(table).toContainText(coe.ref);

  await page.getByLabel("関連情報").fill("");
  await page.getByLabel("手続き名", { exact: true }).fill("在留 更新");
  await page.getByRole("button", { name: /^検索/ }).click();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText(renewal.ref);

  // 申込日 is the day in Japan: 08:30 on 1 November there.
  await page.getByLabel("手続き名", { exact: true }).fill("");
  await page.getByLabel("申込日（から）").fill("20261101");
  await page.getByLabel("申込日（まで）").fill("20261101");
  await page.getByRole("button", { name: /^検索/ }).click();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText(renewal.ref);

  // Bad dates: the summary links to the field, which says what is wrong and keeps what was typed.
  await page.getByLabel("申込日（から）").fill("20261301");
  await page.getByLabel("申込日（まで）").fill("2026113");
  await page.getByRole("button", { name: /^検索/ }).click();
  const summary = alertWith(page, "入力内容にエラーがあります");
  await expect(summary).toContainText("申込日（から）");
  await expect(page.locator("#field-from")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-from")).toHaveValue("20261301");
  await summary.getByRole("link", { name: /申込日（まで）/ }).click();
  await expect(page.locator("#field-to")).toBeFocused();
  await page.goto("/ja/applications?from=20261201&to=20261101");
  await expect(alertWith(page, "申込日（から）と同じ日かそれより後の日付")).toBeVisible();

  // 並び替え and 表示数変更 keep the search; the detail opens from the row.
  await page.goto("/ja/applications?procedure=在留");
  await page.getByLabel("並び替え").selectOption("oldest");
  await page.getByRole("button", { name: "表示を変更" }).click();
  await expect(page).toHaveURL(/procedure=.*&sort=oldest/);
  await expect(table.locator("tbody tr").first()).toContainText(renewal.ref);
  await table.getByRole("link", { name: new RegExp(`詳細.*${renewal.ref}`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("申込詳細");
  await expect(page.getByTestId("detail-reference")).toHaveText(renewal.ref);
  await expect(page.getByTestId("detail-status")).toHaveText("申請完了");
  await expect(page.getByRole("button", { name: "申込内容印刷" })).toBeVisible();
  // The PDF carries the same numbers and answers, in an embedded font.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "申込内容をPDFでダウンロード" }).click(),
  ]);
  const pdf = new Uint8Array(await readFile((await download.path())!));
  const text = await pdfText(pdf);
  expect(text).toContain("在留期間更新許可申請");
  expect(text).toContain(renewal.ref);
  expect(text).toContain("NGUYEN VAN AN");
  expect(text).toContain("申請完了");
  expect(await pdfFontsOf(pdf)).toEqual({ embedded: 1, notEmbedded: 0 });

  // Someone else's application is not found, by URL or by number.
  const other = await browser.newContext({ baseURL });
  const op = await other.newPage();
  await logIn(op, "U0000000001", "Demo-pass1!");
  expect((await op.goto(`/ja/applications/${renewal.id}`))?.status()).toBe(404);
  expect((await op.goto(`/ja/applications/${renewal.id}/correct`))?.status()).toBe(404);
  expect((await op.request.get(`/api/applications/${renewal.id}/pdf?lang=ja`)).status()).toBe(404);
  expect((await op.goto(`/ja/admin/applications/${renewal.id}`))?.status()).toBe(404);
  await op.goto(`/ja/applications?related=${renewal.ref}`);
  await expect(statusWith(op, /件$/)).toHaveText("0件");
  await other.close();
});

const move = async (op: Page, label: string) => {
  await op.getByRole("button", { name: label }).click();
  await expect(statusWith(op, "申込者にメールを送信しました")).toBeVisible();
};

test("officer moves: 審査中 → 返却中 (request mailed) → the applicant adds a PDF and sends again → 発行待ち → 完了", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "lifecycle");
  const app = await filed(user.id, "extension", new Date().toISOString());
  const ctx = await browser.newContext({ baseURL });
  const op = await ctx.newPage();
  await logIn(op, officer.loginId, officer.password);
  await op.goto(`/ja/admin?related=${app.ref}`);
  await op.getByRole("link", { name: `${app.ref} の詳細` }).click();
  await expect(op.getByRole("main")).toContainText("現在の処理状況：申請完了");
  // A second tab still showing 申請完了 later.
  const stale = await ctx.newPage();
  await stale.goto(op.url());
  await move(op, "「審査中」にする");

  await stale.getByRole("button", { name: "「審査中」にする" }).click();
  await expect(statusWith(stale, "画面を開いた後に変わっています")).toBeVisible();

  await op.getByRole("button", { name: "「返却中」にする" }).click();
  await expect(alertWith(op, "修正の依頼内容を入力してください。")).toBeVisible();
  await op.getByLabel("申込者への依頼内容").fill("在職証明書（最新のもの）を追加してください。");
  await move(op, "「返却中」にする");
  const mail = await waitForMail(email, /修正・資料追加のお願い/);
  expect(mail.text).toContain("在職証明書（最新のもの）を追加してください。");

  // The link in the mail opens the application (the applicant is logged in on `page`).
  await page.goto(linkIn(mail));
  await expect(page.getByTestId("detail-status")).toHaveText("返却中");
  await page.getByRole("link", { name: "修正する" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${app.id}/correct$`));
  // Sending nothing is refused.
  await page.getByRole("button", { name: /再提出する/ }).click();
  await expect(alertWith(page, "依頼された資料を添付してください")).toBeVisible();
  // A file that is not a PDF is refused by name; the outcome comes from the server, not the URL.
  await page.getByLabel("資料（PDF、複数選択可）").setInputFiles([pdfFile("写真.pdf", pngRenamed())]);
  await page.getByRole("button", { name: "添付する" }).click();
  await expect(statusWith(page, "写真.pdf はPDFファイルではありません")).toBeVisible();
  await page.goto(`${page.url().split("?")[0]}?flash=0123456789abcdef`);
  await expect(statusWith(page, /PDF/)).toHaveCount(0);
  await page
    .getByLabel("資料（PDF、複数選択可）")
    .setInputFiles([{ name: "在職証明書.pdf", mimeType: "application/pdf", buffer: await validPdf() }]);
  await page.getByRole("button", { name: "添付する" }).click();
  await expect(page.getByTestId("correct-files")).toContainText("在職証明書.pdf");
  await page.getByRole("button", { name: /再提出する/ }).click();
  await expect(statusWith(page, "再提出しました")).toBeVisible();
  await expect(page.getByTestId("detail-status")).toHaveText("審査中");
  await expect(page.getByTestId("detail-files")).toContainText("在職証明書.pdf");
  expect((await waitForMail(email, /修正・資料追加の受付/)).text).toContain("在職証明書.pdf");

  await op.reload();
  await move(op, "「発行待ち」にする");
  await move(op, "「完了」にする");
  await expect(op.getByRole("main")).toContainText("この処理状況から職員が進められる操作はありません。");
  await page.reload();
  await expect(page.getByTestId("detail-status")).toHaveText("完了");
  const history = page.locator("section[aria-labelledby=history-title]");
  for (const s of ["申請完了", "審査中", "返却中", "発行待ち", "完了"]) await expect(history).toContainText(s);
  await ctx.close();
});

test("受領方法変更申出: a number past 審査中 is refused on the screen; one 審査中 is changed, mailed and in its history", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(90_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "receipt");
  const card = { cardReceipt: "窓口受領", residencePrefecture: "大阪府", receiptOffice: "大阪出入国在留管理局" };
  const examining = await filed(user.id, "change", new Date().toISOString(), card);
  const decided = await filed(user.id, "change", new Date().toISOString(), card);
  await withDb((db) =>
    db.query(
      `UPDATE "Application" SET status = CASE WHEN id = $1 THEN 'EXAMINING' ELSE 'AWAITING_ISSUE' END::"ApplicationStatus" WHERE id IN ($1, $2)`,
      [examining.id, decided.id],
    ),
  );
  await page.goto("/ja/procedures/receipt-change/apply");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("申込");
  await fillAnswers(page, {
    changeKind: "在留カード",
    nameRoman: "NGUYEN VAN AN",
    receiptNo: `8${decided.ref.slice(1)}`,
    cardReceipt: "郵送受領",
    residencePrefecture: "東京都",
    receiptOffice: "東京出入国在留管理局",
  });
  await page.locator("main form button[value=continue]").click();
  const summary = alertWith(page, "入力内容にエラーがあります");
  await expect(summary).toContainText("審査が終わっているため、受領方法を変更できません");
  await expect(page.locator("#field-receiptNo")).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept; another number goes on.
  await expect(page.locator("#field-nameRoman")).toHaveValue("NGUYEN VAN AN");
  await page.locator("#field-receiptNo").fill(`8${examining.ref.slice(1)}`);
  await page.locator("main form button[value=continue]").click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await expect(page.getByRole("main")).toContainText("郵送受領");
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  const mail = await waitForMail(email, /受領方法変更完了/);
  expect(mail.text).toContain("郵送受領");
  expect(mail.text).toContain("東京出入国在留管理局");
  await page.goto(linkIn(mail));
  await expect(page.getByTestId("detail-reference")).toHaveText(examining.ref);
  await expect(page.locator("section[aria-labelledby=history-title]")).toContainText("受領方法変更申出");
});

test("電子の在留資格認定証明書: the officer issues it, the mail links to 受領登録, the user downloads and registers it", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(90_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "coe");
  const coe = await filed(user.id, "coe", new Date().toISOString(), {
    nameRoman: "SITI RAHAYU",
    coeReceipt: "メール",
    birthDate: "19980304",
  });
  await withDb((db) => db.query(`UPDATE "Application" SET status = 'AWAITING_ISSUE' WHERE id = $1`, [coe.id]));
  const ctx = await browser.newContext({ baseURL });
  const op = await ctx.newPage();
  await logIn(op, officer.loginId, officer.password);
  await op.goto(`/ja/admin/applications/${coe.id}`);
  await move(op, "電子の在留資格認定証明書を発行して「完了」にする");
  await expect(op.getByRole("main")).toContainText("未登録");
  await ctx.close();

  const mail = await waitForMail(email, /在留資格認定証明書の送付/);
  expect(mail.text).toContain("SITI RAHAYU");
  await page.goto(linkIn(mail));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("受領登録一覧");
  const table = page.getByRole("region", { name: "受領登録一覧" });
  const row = table.locator("tbody tr").first();
  await expect(row).toContainText("未登録");
  const number = (await row.locator("td").first().textContent())!.trim();
  expect(mail.text).toContain(number);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    row.getByRole("link", { name: /証明書をダウンロード/ }).click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile((await download.path())!)));
  expect(text).toContain(number);
  expect(text).toContain("SITI RAHAYU");

  await row.getByRole("link", { name: /受領登録する/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("受領登録の確認");
  await page.getByRole("button", { name: /受領登録する/ }).click();
  await expect(statusWith(page, `番号 ${number}）の受領登録を行いました`)).toBeVisible();
  await expect(row).toContainText("受領登録済");
  await expect(row.getByRole("link", { name: /受領登録する/ })).toHaveCount(0);

  // Nobody else reaches the certificate, its file or its confirmation.
  const certId = (
    await withDb((db) => db.query(`SELECT id FROM "CoeCertificate" WHERE "applicationId" = $1`, [coe.id]))
  ).rows[0].id;
  const other = await browser.newContext({ baseURL });
  const them = await other.newPage();
  await logIn(them, "U0000000001", "Demo-pass1!");
  expect((await them.request.get(`/api/receipts/${certId}/pdf`)).status()).toBe(404);
  expect((await them.goto(`/ja/receipts/${certId}`))?.status()).toBe(404);
  await other.close();
  expect((await (await browser.newContext({ baseURL })).request.get(`/api/receipts/${certId}/pdf`)).status()).toBe(401);
});

test("利用申出 返却中: the answers are corrected on the same application and sent again, then approved", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(90_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "usagefix");
  const ref = String(Math.floor(1e11 + Math.random() * 8e11));
  const id = `e2e-usagefix-${ref}`;
  const values = {
    usageType: "new",
    officeName: "",
    agentCertificateNumber: "",
    organizationName: "株式会社訂正",
    corporateNumber: user.corporateNumber,
    postalCode: "1008977",
    organizationAddress: "東京都千代田区霞が関1-1-1",
    phone: "0312345678",
    staffName: "TEISEI TARO",
    department: "",
    note: "",
  };
  await withDb(async (db) => {
    await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "returnMessage", "accessPasswordHash", "updatedAt")
       VALUES ($1, $2, $1, $3, 'usage', $4, 'RETURNED', '電話番号が違います。', 'x', now())`,
      [id, ref, user.id, JSON.stringify(values)],
    );
    await db.query(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", status, at) VALUES ($1 || '-e1', $1, 'SUBMITTED', now() - interval '1 day'), ($1 || '-e2', $1, 'RETURNED', now())`,
      [id],
    );
  });
  await page.goto(`/ja/applications/${id}`);
  await page.getByRole("link", { name: "修正する" }).click();
  await expect(page.getByRole("main")).toContainText("電話番号が違います。");
  const resend = page.getByRole("button", { name: /再提出する/ });
  // Nothing changed: refused, with the reason.
  await resend.click();
  await expect(alertWith(page, "修正した箇所も追加した資料もありません")).toBeVisible();
  // A bad value is named at the field, and what was typed stays.
  await page.locator("#field-phone").fill("03-abc");
  await resend.click();
  await expect(page.locator("#field-phone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-phone")).toHaveValue("03-abc");
  await page.locator("#field-phone").fill("0398765432");
  await resend.click();
  await expect(statusWith(page, "再提出しました")).toBeVisible();
  await expect(page.getByTestId("detail-reference")).toHaveText(ref);
  await expect(page.getByTestId("detail-status")).toHaveText("申請完了");
  await expect(page.locator("section[aria-labelledby=answers-title]")).toContainText("0398765432");
  expect((await waitForMail(email, /修正・資料追加の受付/)).text).toContain("申込内容の修正");

  const ctx = await browser.newContext({ baseURL });
  const op = await ctx.newPage();
  await logIn(op, officer.loginId, officer.password);
  await op.goto(`/ja/admin/applications/${id}`);
  await op.getByRole("button", { name: "承認する" }).click();
  await expect(statusWith(op, "承認しました")).toBeVisible();
  await ctx.close();
});
