import { expect, type Page } from "@playwright/test";

export const demoUser = { loginId: "U0000000001", password: "Demo-pass1!", name: "SATO HANAKO" };

export async function logIn(page: Page, loginId: string, password: string, locale = "ja") {
  await page.goto(`/${locale}/login`);
  await page.locator("#field-loginId").fill(loginId);
  await page.locator("#field-password").fill(password);
  await page.locator("main form button[type=submit]").click();
  // Settled: either we left the login page or it shows why not.
  await expect(async () => {
    const left = !/\/login/.test(new URL(page.url()).pathname);
    const refused = await page.locator("[role=alert].error-summary").isVisible();
    expect(left || refused).toBe(true);
  }).toPass({ timeout: 15_000 });
}

export async function shiftServerClock(page: Page, offsetMs: number) {
  const r = await page.request.post("/api/test/clock", { data: { offsetMs } });
  expect(r.ok()).toBeTruthy();
}

/** The form's error summary (Next's route announcer is an alert too). */
export const errorSummary = (page: Page) => page.locator("[role=alert].error-summary");
