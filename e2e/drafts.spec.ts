import { test, expect } from "@playwright/test";
import { logIn } from "./support/session";
import { PASSWORD } from "./support/accounts";
import { approvedStaff, fillAnswers } from "./support/residence";
import { waitForMail } from "./support/mail";
import { pdfFile, validPdf } from "./support/pdfs";

// Issue 13: 入力途中の申込 (a draft saved on one device is listed on my page and continued on
// another after logging in again; deleting it asks first) and 定期報告.

test("入力途中の申込: saved in one browser, continued from another after a new login, deleted with confirmation", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { user } = await approvedStaff(browser, baseURL, page, "drafts");
  await page.goto("/ja/procedures/coe/apply");
  await fillAnswers(page, { status: "技能" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await page.locator("#field-nameRoman").fill("NGUYEN VAN AN");
  // Moving on by the step list keeps what was typed, unchecked, in the server-side draft.
  await page
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /所属機関等情報/ })
    .click();
  await expect(page).toHaveURL(/\?step=organization$/);
  await page.goto("/ja/logout");
  await page.getByRole("button", { name: "ログアウトする" }).click();
  await expect(page).not.toHaveURL(/\/logout$/);

  // Another browser: log in, my page → 入力途中の申込 → 続きを入力する.
  const other = await browser.newContext({ baseURL });
  const p2 = await other.newPage();
  await logIn(p2, user.loginId, PASSWORD);
  await p2.goto("/ja/mypage");
  await p2.getByRole("link", { name: "入力途中の申込" }).click();
  const item = p2.getByTestId("drafts").getByRole("listitem").filter({ hasText: "在留資格認定証明書交付申請" });
  await expect(item).toContainText("NGUYEN VAN AN");
  await item.getByRole("link", { name: /続きを入力する/ }).click();
  await expect(p2).toHaveURL(/\/procedures\/coe\/apply/);
  await p2.goto("/ja/procedures/coe/apply?step=applicant");
  await expect(p2.locator("#field-nameRoman")).toHaveValue("NGUYEN VAN AN");

  // 削除する asks first; 削除しない keeps it.
  await p2.goto("/ja/mypage/drafts");
  await item.getByRole("link", { name: /削除する/ }).click();
  await expect(item).toContainText("削除すると元に戻せません");
  await item.getByRole("link", { name: "削除しない" }).click();
  await expect(item).toContainText("NGUYEN VAN AN");
  await item.getByRole("link", { name: /削除する/ }).click();
  await item.getByRole("button", { name: "削除する" }).click();
  await expect(p2.getByRole("status").filter({ hasText: "入力途中の申込を削除しました。" })).toBeVisible();
  await expect(p2.getByText("入力途中の申込はありません。")).toBeVisible();
  await other.close();
});

test("定期報告: filed through the screens without an approval gate, accepted by an officer, the new 有効期限 on my page", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { email } = await approvedStaff(browser, baseURL, page, "report");
  await page.goto("/ja/procedures/periodic-report/apply");
  await page.locator("main form button[value=continue]").click();
  await expect(page.locator("[role=alert].error-summary")).toContainText("機関名称（フリガナ）");
  await page.locator("#field-organizationKana").fill("カブシキガイシャテイキ");
  await page.locator("#field-attachments").setInputFiles([pdfFile("報告書.pdf", await validPdf("report"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.locator("#upload-progress")).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();
  expect((await waitForMail(email, /定期報告受付番号/)).text).toMatch(/定期報告受付番号：\d{12}/);

  const ctx = await browser.newContext({ baseURL });
  const op = await ctx.newPage();
  await logIn(op, "U0000000002", "Officer-pass2?");
  await op.goto(`/ja/admin?related=${ref}`);
  await op.getByRole("link", { name: `${ref} の詳細` }).click();
  await op.getByRole("button", { name: "承認する" }).click();
  await expect(op.getByRole("status").filter({ hasText: "承認しました" })).toBeVisible();
  await ctx.close();
  const accepted = await waitForMail(email, /定期報告受理/);
  // approvedStaff's approval runs 3 years from today; the report adds 3 more from its end.
  const year = new Date().getFullYear() + 6;
  expect(accepted.text).toContain(`${year}年`);
  await page.goto("/ja/mypage");
  await expect(page.getByTestId("usage-status")).toContainText(`有効期限：${year}年`);
});
