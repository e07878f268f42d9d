import { test, expect } from "@playwright/test";
import { logIn, demoUser } from "./support/session";
import { registerQuick, getUser, PASSWORD } from "./support/accounts";
import { uniqueEmail } from "./support/mail";

test("the catalogue needs a login and returns to it afterwards", async ({ page }) => {
  await page.goto("/ja/procedures?q=一括");
  await expect(page).toHaveURL(/\/ja\/login\?next=/);
  await page.locator("#field-loginId").fill(demoUser.loginId);
  await page.locator("#field-password").fill(demoUser.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ja\/procedures\?q=/);
  await expect(page.locator("#q")).toHaveValue("一括");
});

test("keyword search: AND of words, synonyms, sort, page size, pager and URL state", async ({ page }) => {
  await logIn(page, demoUser.loginId, demoUser.password);
  await page.goto("/ja/procedures");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("検索結果 11件");
  await expect(page.getByText(/^\d{4}年\d{2}月\d{2}日 \d{2}時\d{2}分 現在$/)).toBeVisible();
  const names = () => page.locator("main ul h3").allTextContents();
  expect((await names())[0]).toBe("在留資格認定証明書交付申請");
  expect(await names()).toHaveLength(10);

  const pager = page.getByRole("navigation", { name: "ページ送り" });
  await pager.getByRole("link", { name: "次へ" }).click();
  await expect(pager.getByRole("link", { name: "2ページ目" })).toHaveAttribute("aria-current", "page");
  expect(await names()).toEqual(["利用申出(新たに在留諸申請の実施を希望する所属機関等の方)"]);

  await page.locator("#q").fill("一括　更新");
  await page.getByRole("button", { name: "キーワード検索" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("検索結果 1件");
  expect(await names()).toEqual(["一括申請（在留期間更新許可申請）"]);

  await page.locator("#q").fill("延長");
  await page.getByRole("button", { name: "キーワード検索" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("検索結果 0件");
  await expect(page.locator("main")).toContainText("「延長」に一致する手続きはありませんでした。");
  await page.getByLabel("類義語検索を行う").check();
  await page.getByRole("button", { name: "キーワード検索" }).click();
  await expect(page).toHaveURL(/synonyms=1/);
  await expect(page.locator("main ul h3").first()).toBeVisible();
  expect(await names()).toContain("在留期間更新許可申請");

  await page.goBack();
  await expect(page.locator("#q")).toHaveValue("延長");
  await expect(page).not.toHaveURL(/synonyms=1/);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("検索結果 0件");

  await page.goto("/ja/procedures?sort=acceptAsc&size=20");
  await expect(page.locator("main ul h3")).toHaveCount(11);
  expect((await names())[10]).toBe("在留資格認定証明書交付申請");
  await expect(page.locator("#sort")).toHaveValue("acceptAsc");
});

test("English search uses English words and synonyms", async ({ page }) => {
  await logIn(page, demoUser.loginId, demoUser.password, "en");
  await page.goto("/en/procedures?q=renew&synonyms=1");
  await expect(page.locator("main ul h3").first()).toBeVisible();
  expect(await page.locator("main ul h3").allTextContents()).toContain("Application for Extension of Period of Stay");
});

test("favourites: add with confirmation, see on my page, remove with confirmation", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("fav");
  await registerQuick(browser, baseURL, email);
  const { loginId } = await getUser(email);
  await logIn(page, loginId, PASSWORD);
  await page.goto("/ja/procedures/change");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("在留資格変更許可申請");
  await expect(page.getByRole("region", { name: /利用規約/ })).toBeVisible();
  await page.getByRole("link", { name: "★お気に入り登録" }).click();
  await page.getByRole("link", { name: "戻る", exact: true }).click();
  await expect(page.getByRole("link", { name: "★お気に入り登録" })).toBeVisible();
  await page.getByRole("link", { name: "★お気に入り登録" }).click();
  await page.getByRole("main").getByRole("button", { name: "登録する" }).click();
  await expect(page.getByRole("link", { name: "★お気に入り登録済" })).toBeVisible();

  await page.goto("/ja/mypage");
  await page.getByRole("link", { name: "お気に入り手続き" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("お気に入り手続き一覧");
  await expect(page.getByRole("link", { name: "在留資格変更許可申請", exact: true })).toBeVisible();
  await page.getByRole("link", { name: /お気に入りから削除/ }).click();
  await page.getByRole("main").getByRole("button", { name: "削除する" }).click();
  await expect(page.locator("main")).toContainText("お気に入りに登録した手続きはありません。");
});

test("ダウンロードファイル: residence procedures offer their accepted statuses as a PDF", async ({ page }) => {
  await logIn(page, demoUser.loginId, demoUser.password);
  await page.goto("/ja/procedures/coe");
  const link = page.getByRole("link", { name: "受付対象の在留資格一覧（PDF）" });
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toBe('attachment; filename="statuses-coe.pdf"');
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.goto("/ja/procedures/usage");
  await expect(page.getByRole("link", { name: "受付対象の在留資格一覧（PDF）" })).toHaveCount(0);
});

test("Back and Forward show the search controls of the page they return to", async ({ page }) => {
  await logIn(page, demoUser.loginId, demoUser.password);
  await page.goto("/ja/procedures");
  const search = async (q: string) => {
    await page.locator("#q").fill(q);
    await page.getByRole("button", { name: "キーワード検索" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`));
  };
  await search("延長");
  await page.getByLabel("類義語検索を行う").check();
  await page.locator("#sort").selectOption("name");
  await page.locator("#size").selectOption("20");
  await page.getByRole("button", { name: "キーワード検索" }).click();
  await expect(page).toHaveURL(/synonyms=1/);
  await search("受け取り");
  await expect(page.locator("#q")).toHaveValue("受け取り");

  await page.goBack();
  await expect(page).toHaveURL(/q=%E5%BB%B6%E9%95%B7/);
  await expect(page.locator("#q")).toHaveValue("延長");
  await expect(page.getByLabel("類義語検索を行う")).toBeChecked();
  await expect(page.locator("#sort")).toHaveValue("name");
  await expect(page.locator("#size")).toHaveValue("20");

  await page.goBack();
  await expect(page.locator("#q")).toHaveValue("延長");
  await expect(page.getByLabel("類義語検索を行う")).not.toBeChecked();
  await expect(page.locator("#sort")).toHaveValue("acceptDesc");

  await page.goForward();
  await page.goForward();
  await expect(page.locator("#q")).toHaveValue("受け取り");
  await expect(page.getByLabel("類義語検索を行う")).toBeChecked();
});
