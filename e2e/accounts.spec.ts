import { test, expect } from "@playwright/test";
import { waitForMail, linkIn, uniqueEmail } from "./support/mail";
import { logIn, demoUser, errorSummary } from "./support/session";
import { withDb } from "./support/db";
import { PASSWORD, registerNewUser, registerQuick, getUser, getUserByLogin } from "./support/accounts";

test("a new user registers using only what arrives by mail, then logs in", async ({ page }) => {
  const email = uniqueEmail("reg");
  const link = await registerNewUser(page, email);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録");

  // Submitting empty shows the summary and a message per field; nothing typed is lost later.
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("氏名(英字): 入力必須項目です。");
  await expect(page.locator("#field-nameRoman")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveTitle(/^エラー: /);

  await page.locator("#field-nameRoman").fill("Nguyen Van An");
  await page.locator("#field-birthDate").fill("19900101");
  await page.locator("#field-phone").fill("090-1234-5678");
  await page.locator("#field-corporateNumber").fill("5123456789012");
  await page.locator("#field-organizationName").fill("株式会社テスト");
  await page.locator("#field-postalCode").fill("1000013");
  await page.locator("#field-organizationAddress").fill("東京都千代田区霞が関1-1-1");
  await page.locator("#field-password").fill("short");
  await page.locator("#field-passwordConfirm").fill("short");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(summary).toContainText("半角英字（大文字）");
  await expect(summary).toContainText("ハイフンなし");
  await expect(summary).toContainText("チェックデジット");
  await expect(summary).toContainText("10文字以上20文字以内");
  await expect(summary).toContainText("英大文字を1文字以上");
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社テスト");

  await summary.getByRole("link", { name: /法人番号/ }).click();
  await expect(page.locator("#field-corporateNumber")).toBeFocused();
  await page.locator("#field-nameRoman").fill("NGUYEN VAN AN");
  await page.locator("#field-phone").fill("09012345678");
  await page.locator("#field-corporateNumber").fill("7123456789012");
  await page.locator("#field-password").fill(PASSWORD);
  await page.locator("#field-passwordConfirm").fill(PASSWORD);
  await page.getByRole("button", { name: /確認へ進む/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録確認");
  await expect(page.locator("main dl")).toContainText("NGUYEN VAN AN");
  await expect(page.locator("main dl")).toContainText(email);
  await expect(page.locator("main dl")).not.toContainText(PASSWORD);
  await page.getByRole("button", { name: /入力へ戻る/ }).click();
  await expect(page.locator("#field-phone")).toHaveValue("09012345678");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await page.getByRole("button", { name: /登録する/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録完了");
  const loginId = (await page.getByTestId("issued-value").textContent())!;
  expect(loginId).toMatch(/^U\d{10}$/);
  const done = await waitForMail(email, /利用者登録完了/);
  expect(done.text).toContain(loginId);

  // The link is single use.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このURLは使用できません");
  await expect(page.locator("main")).toContainText("既に使用されています");

  await page.goto("/ja/login");
  await logIn(page, loginId, PASSWORD);
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  await expect(page.getByTestId("header-user-name")).toHaveText("NGUYEN VAN AN");
  const stored = await withDb((db) =>
    db.query(`SELECT "passwordHash", phone, "corporateNumber" FROM "User" WHERE "loginId" = $1`, [loginId]),
  );
  expect(stored.rows[0].passwordHash).toMatch(/^\$argon2id\$/);
  expect(stored.rows[0].phone).toBe("09012345678");
});

test("five wrong passwords lock the account; a reset by mail unlocks it at once", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("lock");
  await registerQuick(browser, baseURL, email);
  const { loginId } = await getUser(email);

  for (let i = 1; i <= 4; i++) {
    await logIn(page, loginId, "Wrong-pass1!");
    await expect(errorSummary(page)).toContainText("利用者IDまたはパスワードが正しくありません。");
  }
  // An unknown ID gets exactly the same answer.
  await logIn(page, "U9999999999", "Wrong-pass1!");
  await expect(errorSummary(page)).toContainText("利用者IDまたはパスワードが正しくありません。");

  await logIn(page, loginId, "Wrong-pass1!");
  await expect(errorSummary(page)).toContainText("アカウントがロックされています");
  await logIn(page, loginId, PASSWORD);
  await expect(errorSummary(page)).toContainText("アカウントがロックされています");
  const locked = await getUser(email);
  expect(new Date(locked.lockedUntil).getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

  await page.getByRole("link", { name: "パスワードを忘れた場合はこちら" }).click();
  await page.locator("#field-loginId").fill(loginId);
  await page.locator("#field-email").fill(email);
  await page.getByRole("button", { name: /完了する/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールを送信しました");
  const reset = linkIn(await waitForMail(email, /パスワード再設定のご案内/));
  await page.goto(reset);
  await page.locator("#field-password").fill("Renewed-2026#");
  await page.locator("#field-passwordConfirm").fill("Renewed-2026#");
  await page.getByRole("button", { name: /再設定する/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("パスワードを再設定しました");
  await logIn(page, loginId, "Renewed-2026#");
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  await waitForMail(email, /パスワード変更完了/);

  await page.goto(reset);
  await expect(page.locator("main")).toContainText("既に使用されています");
});

test("forgotten ID and password screens answer the same whether or not the details match", async ({ page }) => {
  await page.goto("/en/forgot-id");
  await page.locator("#field-email").fill("staff@example.com");
  await page.locator("#field-nameRoman").fill("SATO HANAKO");
  await page.getByRole("button", { name: /Send/ }).click();
  const matched = await page.getByRole("main").getByRole("status").textContent();
  const mail = await waitForMail("staff@example.com", /利用者IDのお知らせ|Your user ID/);
  expect(mail.text).toContain(demoUser.loginId);

  await page.goto("/en/forgot-id");
  await page.locator("#field-email").fill("nobody@example.com");
  await page.locator("#field-nameRoman").fill("NO BODY");
  await page.getByRole("button", { name: /Send/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(matched!);
});

test("profile: change phone with confirmation, password, and email via a link to the new address", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("profile");
  await registerQuick(browser, baseURL, email);
  const { loginId } = await getUser(email);
  await logIn(page, loginId, PASSWORD);
  await page.goto("/ja/mypage");
  await page.getByRole("link", { name: "利用者情報の確認" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者詳細");
  await expect(page.locator("main dl")).toContainText(loginId);

  await page.getByRole("link", { name: /その他情報を変更する/ }).click();
  await page.locator("#field-phone").fill("0311112222");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者変更確認");
  await page
    .getByRole("main")
    .getByRole("button", { name: /^変更する/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者変更完了");
  await waitForMail(email, /利用者情報変更完了/);
  expect((await getUser(email)).phone).toBe("0311112222");

  await page.goto("/ja/mypage/profile/password");
  await page.locator("#field-currentPassword").fill("Not-the-pass1!");
  await page.locator("#field-password").fill("Changed-2026!");
  await page.locator("#field-passwordConfirm").fill("Changed-2026!");
  await page
    .getByRole("main")
    .getByRole("button", { name: /^変更する/ })
    .click();
  await expect(errorSummary(page)).toContainText("現在のパスワードが正しくありません。");
  await page.locator("#field-currentPassword").fill(PASSWORD);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^変更する/ })
    .click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("利用者情報を変更しました");
  await waitForMail(email, /パスワード変更完了/);

  const newEmail = uniqueEmail("moved");
  await page.goto("/ja/mypage/profile/email");
  await page.locator("#field-email").fill(newEmail);
  await page.locator("#field-emailConfirm").fill(newEmail);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^変更する/ })
    .click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールアドレスは変更されません");
  await waitForMail(email, /メールアドレス変更のお申込み/);
  expect((await getUser(email)).email).toBe(email);
  const link = linkIn(await waitForMail(newEmail, /メールアドレス変更のご案内/));
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールアドレスを変更しました");
  await waitForMail(newEmail, /メールアドレス変更完了/);
  expect((await getUserByLogin(loginId)).email).toBe(newEmail);
});

test("keyboard only: log in and log out", async ({ page }) => {
  await page.goto("/en/login");
  await page.locator("#field-loginId").focus();
  await page.keyboard.type(demoUser.loginId);
  await page.keyboard.press("Tab");
  await page.keyboard.type(demoUser.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/mypage$/);
  await expect(page.getByText("Last login")).toBeVisible();
  await page.getByRole("link", { name: "Log out" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log out");
  await page.getByRole("button", { name: "Log out" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("status")).toContainText("You have logged out.");
  await page.goto("/en/mypage");
  await expect(page).toHaveURL(/\/en\/login\?next=/);
});

test("keyboard only: complete the registration form, confirm and register", async ({ page }) => {
  const email = uniqueEmail("kbd");
  const link = await registerNewUser(page, email);
  await page.goto(link.replace("/ja/", "/en/"));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Staff of an organization" })).toBeFocused();
  const typeNext = async (text: string) => {
    await page.keyboard.press("Tab");
    await page.keyboard.type(text);
  };
  await typeNext("KIM MINJUN");
  await typeNext("19920315");
  // The calendar button sits between the date and the next field.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Calendar/ })).toBeFocused();
  await typeNext("08011112222");
  await typeNext("7123456789012");
  await typeNext("Sample Trading Co.");
  await typeNext("1000013");
  await typeNext("1-1-1 Kasumigaseki, Chiyoda-ku, Tokyo");
  await typeNext(PASSWORD);
  await typeNext(PASSWORD);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Continue to confirmation/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your registration");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  // Each answer offers Change back to its field; the buttons of the step come after them.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Change\s*（User type）$/ })).toBeFocused();
  const register = page.getByRole("button", { name: /Register/ });
  for (let i = 0; i < 20 && !(await register.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(register).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registration complete");
  const mail = await waitForMail(email, /Registration complete/);
  expect(mail.text).toContain((await page.getByTestId("issued-value").textContent())!);
});
