import { expect, type Page, type Browser } from "@playwright/test";
import { waitForMail, linkIn } from "./mail";
import { withDb } from "./db";

export const PASSWORD = "Sakura-2026$x";

export async function registerNewUser(page: Page, email: string) {
  await page.goto("/ja");
  await page
    .getByRole("link", { name: /新規登録/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("利用者登録説明");
  await page.getByRole("link", { name: /同意する/ }).click();
  await page.locator("#field-email").fill(email);
  await page.locator("#field-emailConfirm").fill(email);
  await page.getByRole("button", { name: /登録する/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールを送信しました", { timeout: 15_000 });
  const mail = await waitForMail(email, /利用者登録のご案内/);
  return linkIn(mail);
}

export async function getUser(email: string) {
  return withDb(async (db) => (await db.query(`SELECT * FROM "User" WHERE email = $1`, [email])).rows[0]);
}
export async function getUserByLogin(loginId: string) {
  return withDb(async (db) => (await db.query(`SELECT * FROM "User" WHERE "loginId" = $1`, [loginId])).rows[0]);
}

/** Registration through the real screens in a separate context (the first test checks each step). */
export async function registerQuick(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  corporateNumber = "7123456789012",
) {
  const ctx = await browser.newContext({ baseURL });
  const p = await ctx.newPage();
  const link = await registerNewUser(p, email);
  await p.goto(link);
  await p.locator("#field-nameRoman").fill("TEST USER");
  await p.locator("#field-birthDate").fill("19900101");
  await p.locator("#field-phone").fill("09012345678");
  await p.locator("#field-corporateNumber").fill(corporateNumber);
  await p.locator("#field-organizationName").fill("株式会社テスト");
  await p.locator("#field-postalCode").fill("1000013");
  await p.locator("#field-organizationAddress").fill("東京都千代田区霞が関1-1-1");
  await p.locator("#field-password").fill(PASSWORD);
  await p.locator("#field-passwordConfirm").fill(PASSWORD);
  await p.getByRole("button", { name: /確認へ進む/ }).click();
  await p.getByRole("button", { name: /登録する/ }).click();
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("利用者登録完了");
  await ctx.close();
  return link;
}

/** A 法人番号 of its own (valid check digit), so approvals for one test's organization stay there. */
export function randomCorporateNumber(): string {
  const body = Array.from({ length: 12 }, (_, i) =>
    i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10),
  ).join("");
  const sum = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 2), 0);
  return `${9 - (sum % 9)}${body}`;
}
