import fs from "node:fs";
import { test, expect } from "@playwright/test";
import { criteria } from "../lib/accessibility/criteria";
import type { Results } from "../lib/accessibility/results";

// Read, not imported: Playwright's loader would want a JSON import attribute that Next.js does not.
const published: Results = JSON.parse(fs.readFileSync("lib/accessibility/results.json", "utf8"));

test("the footer leads to the accessibility statement, which links its dated results: one row per criterion and per screen", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page).toHaveURL(/\/en\/accessibility$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(page.getByText("JIS X 8341-3:2016 level AA")).toBeVisible();
  // Each known problem carries the date of its fix.
  await expect(page.getByText("Fix due by: March 31, 2027")).toBeVisible();
  await page.getByRole("link", { name: /See the test results/ }).click();
  await expect(page).toHaveURL(/\/en\/accessibility\/results$/);
  const byCriterion = page.getByRole("table", { name: /Results for the 55 WCAG 2.2/ });
  await expect(byCriterion.locator("tbody tr")).toHaveCount(criteria.length);
  await expect(byCriterion.getByRole("rowheader", { name: "1.4.3 Contrast (Minimum)" })).toBeVisible();
  const byScreen = page.getByRole("table", { name: /screens tested/ });
  await expect(byScreen.locator("tbody tr")).toHaveCount(published.screens.length);
  await expect(byScreen.getByRole("rowheader", { name: /^login\s*\/login$/ })).toBeVisible();
});

test("the statement and its results read in Japanese, and reflow at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/ja/accessibility", "/ja/accessibility/results"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("試験結果");
  await expect(page.getByRole("rowheader", { name: "1.4.3 コントラスト（最低限）" })).toBeVisible();
  await page.goto("/ja/accessibility");
  await expect(page.getByText("対応予定日: 2027年3月31日")).toBeVisible();
});
