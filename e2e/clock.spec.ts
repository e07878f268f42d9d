import { test, expect } from "@playwright/test";
import { logIn, demoUser, shiftServerClock, errorSummary } from "./support/session";
import { registerNewUser, registerQuick, getUser, PASSWORD } from "./support/accounts";
import { uniqueEmail } from "./support/mail";

// These tests move the server's clock, so they run alone, after every other test (playwright.config.ts).
test.describe.configure({ mode: "serial" });

test("an expired registration link leads back to the email step", async ({ page }) => {
  const link = await registerNewUser(page, uniqueEmail("expired"));
  await shiftServerClock(page, 25 * 3_600_000);
  try {
    await page.goto(link);
    await expect(page.locator("main")).toContainText("有効期限（24時間）が過ぎています");
    await page.getByRole("link", { name: "メールアドレスの入力からやり直す" }).click();
    await expect(page).toHaveURL(/\/ja\/register\/email$/);
  } finally {
    await shiftServerClock(page, 0);
  }
});

test("a lock lifts by itself after 24 hours", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("lock24");
  await registerQuick(browser, baseURL, email);
  const { loginId } = await getUser(email);
  for (let i = 1; i <= 5; i++) await logIn(page, loginId, "Wrong-pass1!");
  await expect(errorSummary(page)).toContainText("ロックされています");
  try {
    await shiftServerClock(page, 23 * 3_600_000);
    await logIn(page, loginId, PASSWORD);
    await expect(errorSummary(page)).toContainText("ロックされています");
    await shiftServerClock(page, 24 * 3_600_000 + 60_000);
    await logIn(page, loginId, PASSWORD);
    await expect(page).toHaveURL(/\/ja\/mypage$/);
  } finally {
    await shiftServerClock(page, 0);
  }
});

test("the idle-timeout dialog warns, extends, and the server ends an idle session", async ({ page }) => {
  await page.clock.install();
  await logIn(page, demoUser.loginId, demoUser.password);
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  // The warning timer is set once the page has hydrated.
  await expect(page.locator("dialog[data-armed]")).toBeAttached();
  await page.clock.fastForward("02:50:30");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("タイムアウトまで10分を切りました。");
  await expect(dialog).toContainText("タイムアウト日時：");
  await expect(dialog.getByRole("button", { name: "OK" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.locator("dialog[data-armed]")).toBeAttached();
  await page.clock.fastForward("02:51:00");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "3時間延長" })).toBeAttached();

  // The server enforces the limit: 3 hours and a minute later the session is gone.
  try {
    await shiftServerClock(page, 3 * 3_600_000 + 60_000);
    await page.goto("/ja/mypage/profile");
    await expect(page).toHaveURL(/\/ja\/login\?next=.*reason=timeout/);
    await expect(page.getByRole("main").getByRole("status").first()).toContainText("一定時間操作がなかったため");
  } finally {
    await shiftServerClock(page, 0);
  }
  await page.locator("#field-loginId").fill(demoUser.loginId);
  await page.locator("#field-password").fill(demoUser.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ja\/mypage\/profile$/);
});
