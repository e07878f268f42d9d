import { test, expect } from "@playwright/test";

test("Tab from the top reaches the skip link first, then every control in order, each with a visible focus ring", async ({
  page,
}) => {
  await page.goto("/ja");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へスキップ" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const expected = [
    "在留申請オンラインシステム及び電子届出システム ホーム",
    "Language",
    "手続き検索",
    "申請状況確認",
    "ログイン",
    "お知らせ一覧",
  ];
  const seen: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const name = el.getAttribute("aria-label") ?? el.textContent ?? "";
      return {
        name: name.replace(/\s+/g, " ").trim(),
        outline: parseFloat(s.outlineWidth),
        outlineStyle: s.outlineStyle,
      };
    });
    seen.push(info.name);
    expect(info.outlineStyle, `focus ring on ${info.name}`).not.toBe("none");
    expect(info.outline, `focus ring width on ${info.name}`).toBeGreaterThanOrEqual(2);
  }
  expect(seen.map((s, i) => s.startsWith(expected[i]))).toEqual(expected.map(() => true));

  // The skip link moves focus into the main content.
  await page.goto("/ja");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the Language menu and the theme form work with the keyboard alone", async ({ page }) => {
  await page.goto("/ja");
  const summary = page.locator("summary", { hasText: "Language" });
  await summary.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "日本語" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en$/);

  await page.getByRole("radio", { name: /^Yellow/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Change colours" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "yellow");
});
