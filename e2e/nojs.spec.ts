import { test, expect, type Browser } from "@playwright/test";
import { waitForMail, linkIn, uniqueEmail } from "./support/mail";
import { PASSWORD, getUser, randomCorporateNumber } from "./support/accounts";
import { demoUser } from "./support/session";
import { withDb } from "./support/db";
import { bigPdf, pdfFile, validPdf } from "./support/pdfs";

// The main flows without JavaScript: every form is a real POST to its server action, the page
// comes back from the server with the messages and the answers.
const noJs = (browser: Browser, baseURL?: string) => browser.newContext({ baseURL, javaScriptEnabled: false });

test("login without JavaScript: a POST, the password never in the URL; a wrong one answers in the page", async ({
  browser,
  baseURL,
}) => {
  const ctx = await noJs(browser, baseURL);
  const page = await ctx.newPage();
  await page.goto("/ja/login");
  await page.locator("#field-loginId").fill(demoUser.loginId);
  await page.locator("#field-password").fill("Wrong-pass1!");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page.locator(".error-summary")).toContainText("利用者IDまたはパスワードが正しくありません。");
  await expect(page.locator("#field-loginId")).toHaveValue(demoUser.loginId);
  expect(page.url()).not.toContain("Wrong-pass");
  await page.locator("#field-password").fill(demoUser.password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  await ctx.close();
});

test("registration without JavaScript: errors with answers kept, check answers, back and 変更 without retyping the password", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const ctx = await noJs(browser, baseURL);
  const page = await ctx.newPage();
  const email = uniqueEmail("nojs");
  await page.goto("/ja/register/email");
  await page.locator("#field-email").fill(email);
  await page.locator("#field-emailConfirm").fill(email.toUpperCase());
  await page.getByRole("button", { name: /登録する/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールを送信しました");
  const link = linkIn(await waitForMail(email, /利用者登録のご案内/));
  await page.goto(link);

  await page.locator("#field-nameRoman").fill("SUZUKI ICHIRO");
  await page.locator("#field-birthDate").fill("１９８８０２２９");
  await page.locator("#field-phone").fill("0312345678");
  await page.locator("#field-corporateNumber").fill(randomCorporateNumber());
  await page.locator("#field-organizationName").fill("株式会社ノースクリプト");
  await page.locator("#field-postalCode").fill("1000013");
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("#field-passwordConfirm").fill(PASSWORD);
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  // 1988-02-29 is real; the missing address is named; what was typed is still there (not the password).
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("機関所在地: 入力必須項目です。");
  await expect(summary.getByRole("link", { name: /機関所在地/ })).toHaveAttribute("href", "#field-organizationAddress");
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社ノースクリプト");
  await expect(page.locator("#field-organizationAddress")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-password")).toHaveValue("");
  expect(await page.content()).not.toContain(PASSWORD);

  await page.locator("#field-organizationAddress").fill("東京都千代田区霞が関1-1-1");
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("#field-passwordConfirm").fill(PASSWORD);
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録確認");
  const answers = page.locator("main dl");
  await expect(answers).toContainText("1988/02/29");
  await expect(answers).toContainText(email);
  expect(await page.content()).not.toContain(PASSWORD);

  // Opening the link again (a reload, Back) shows the answers given, the password kept.
  await page.goto(link);
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社ノースクリプト");
  await expect(page.getByText("確認画面に進んだときのパスワードが使われます。")).toBeVisible();
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録確認");

  // 変更 of one answer leads back to the form with everything kept, the password included (kept as a hash).
  await page.getByRole("button", { name: /^変更\s*（電話番号）$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録");
  await expect(page.locator("#field-phone")).toBeFocused();
  await expect(page.locator("#field-nameRoman")).toHaveValue("SUZUKI ICHIRO");
  await expect(page.getByText("確認画面に進んだときのパスワードが使われます。")).toBeVisible();
  await page.locator("#field-phone").fill("09087654321");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(answers).toContainText("09087654321");
  await page.getByRole("button", { name: /登録する/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録完了");
  const loginId = (await page.getByTestId("issued-value").textContent())!.trim();

  // The password typed the first time is the one that works.
  await page.goto("/ja/login");
  await page.locator("#field-loginId").fill(loginId);
  await page.locator("#field-password").fill(PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  const user = await getUser(email);
  expect(user.phone).toBe("09087654321");
  expect(user.birthDate.toISOString().slice(0, 10)).toBe("1988-02-29");
  await ctx.close();
});

test("利用申出 without JavaScript: attach a 12 MB PDF by a multipart post, remove, go on, 申込む", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const ctx = await noJs(browser, baseURL);
  const page = await ctx.newPage();
  await page.goto("/ja/login");
  await page.locator("#field-loginId").fill(demoUser.loginId);
  await page.locator("#field-password").fill(demoUser.password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await page.goto("/ja/procedures/usage/apply");
  await expect(page.getByRole("button", { name: /カレンダー/ })).toHaveCount(0);
  await page.getByLabel("新規利用申出").check();
  await page.locator("#field-department").fill("人事部");
  await page
    .locator("#field-attachments")
    .setInputFiles([pdfFile("nojs.pdf", await bigPdf(12 * 1024 * 1024)), pdfFile("bad.pdf", Buffer.from("not a pdf"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.getByRole("cell", { name: "nojs.pdf", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("bad.pdf はPDFファイルではありません。");
  await expect(page.locator("#field-department")).toHaveValue("人事部");
  await expect(page.getByLabel("新規利用申出")).toBeChecked();

  // A second file, then remove it again.
  await page.locator("#field-attachments").setInputFiles([pdfFile("extra.pdf", await validPdf("extra"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await page.getByRole("button", { name: "extra.pdf を削除" }).click();
  await expect(page.getByText("extra.pdf を削除しました。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "extra.pdf", exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await expect(page.getByTestId("confirm-files")).toContainText("nojs.pdf");
  // Without JavaScript there is no dialog: 申込む sends at once.
  await page.getByRole("button", { name: /申込む/ }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();
  const files = await withDb(
    async (db) =>
      (
        await db.query(
          `SELECT a.name FROM "Attachment" a JOIN "Application" p ON p.id = a."applicationId" WHERE p."referenceNo" = $1`,
          [ref],
        )
      ).rows,
  );
  expect(files.map((f) => f.name)).toEqual(["nojs.pdf"]);
  await ctx.close();
});
