import { test, expect } from "@playwright/test";
import { ensureToken, matrixToken } from "./support/matrix";

// The カレンダー picker next to YYYYMMDD fields (here 生年月日 on 利用者登録), by keyboard.
test("calendar: opens on today or the typed date, moves by keys, writes YYYYMMDD, gives focus back", async ({
  page,
}) => {
  await ensureToken("REGISTRATION");
  await page.goto(`/ja/register/${matrixToken("REGISTRATION")}`);
  const input = page.locator("#field-birthDate");
  const button = page.getByRole("button", { name: /カレンダー.*生年月日/ });
  const dialog = page.getByRole("dialog", { name: "生年月日をカレンダーから選ぶ" });

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  const focusedDate = () => page.evaluate(() => document.activeElement?.getAttribute("data-date"));
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
  });
  expect(await focusedDate()).toBe(today);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(input).toHaveValue("");

  // A typed date (full-width digits too) opens the calendar on that day, marked as selected.
  await input.fill("１９８５０４１２");
  await button.click();
  expect(await focusedDate()).toBe("19850412");
  await expect(dialog.locator('[aria-selected="true"] button')).toHaveAttribute("data-date", "19850412");
  await page.keyboard.press("ArrowRight");
  expect(await focusedDate()).toBe("19850413");
  await page.keyboard.press("ArrowDown");
  expect(await focusedDate()).toBe("19850420");
  await page.keyboard.press("PageUp");
  expect(await focusedDate()).toBe("19850320");
  await page.keyboard.press("Home");
  expect(await focusedDate()).toBe("19850317");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(input).toHaveValue("19850317");
  await expect(button).toBeFocused();

  // Year and month selects jump far; the picked value is what the form sends.
  await button.click();
  await dialog.getByRole("combobox", { name: "年", exact: true }).selectOption("1970");
  await dialog.getByRole("combobox", { name: "月", exact: true }).selectOption({ label: "1月" });
  await dialog.getByRole("button", { name: /1970年1月5日/ }).click();
  await expect(input).toHaveValue("19700105");
});
