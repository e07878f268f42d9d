import { test, expect } from "@playwright/test";
import fs from "node:fs";
import { withDb } from "./support/db";

test.describe("locale routing", () => {
  test("/ opens Japanese even for an English browser with no earlier choice", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      locale: "en-US",
      extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto(baseURL + "/");
    await expect(page).toHaveURL(/\/ja$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "在留申請オンラインシステム及び電子届出システム",
    );
    await context.close();
  });

  test("the Language menu keeps the page, lists each language in its own name, and / remembers the choice", async ({
    page,
  }) => {
    await page.goto("/ja/notices");
    await page.getByText("Language", { exact: true }).click();
    const menu = page.getByRole("navigation", { name: "サイトメニュー" });
    for (const name of [
      "日本語",
      "English",
      "中文(简体字)",
      "中文(繁体字)",
      "한국어",
      "Español",
      "Tiếng Việt",
      "Tagalog",
    ]) {
      await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(menu.getByRole("link", { name: "Tiếng Việt" })).toHaveAttribute("lang", "vi");
    await menu.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/notices$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All notices");
    await expect(page).toHaveTitle(/^All notices \| Online Residence Application System/);

    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("every locale renders its own messages on the top page", async ({ page }) => {
    for (const locale of ["zh-Hans", "zh-Hant", "ko", "es", "vi", "tl"]) {
      const messages = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("#notices-heading")).toHaveText(messages.home.noticesHeading);
      await expect(page.getByRole("link", { name: messages.home.register })).toBeVisible();
    }
  });
});

test.describe("themes (配色変更)", () => {
  test("choosing 黒 without JavaScript persists on every page and is rendered by the server", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL + "/ja/notices");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "standard");
    await page.getByRole("radio", { name: /^黒/ }).check();
    await page.getByRole("button", { name: "配色を変更する" }).click();
    await expect(page).toHaveURL(/\/ja\/notices$/);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "black");
    await expect(page.getByRole("radio", { name: /^黒/ })).toBeChecked();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(0, 0, 0)");

    // The raw HTML already carries the theme: no flash of the standard colours.
    const res = await page.request.get(baseURL + "/en");
    expect(await res.text()).toContain('data-theme="black"');
    await context.close();
  });

  test("each theme shows its own background and text colours", async ({ page, context, baseURL }) => {
    const expected = {
      standard: ["rgb(255, 255, 255)", "rgb(26, 26, 26)"],
      blue: ["rgb(0, 0, 113)", "rgb(255, 255, 255)"],
      yellow: ["rgb(255, 227, 128)", "rgb(0, 0, 0)"],
      black: ["rgb(0, 0, 0)", "rgb(255, 255, 255)"],
    };
    for (const [theme, [bg, fg]] of Object.entries(expected)) {
      await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
      await page.goto("/en");
      const colors = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]);
      expect(colors).toEqual([bg, fg]);
    }
  });
});

test.describe("notices (お知らせ)", () => {
  test("the top page lists the latest notices newest first, and a notice opens with its body", async ({ page }) => {
    await page.goto("/ja");
    const items = page.locator("section[aria-labelledby=notices-heading] li");
    await expect(items).toHaveCount(5);
    await expect(items.first()).toContainText("【重要】システムメンテナンス");
    const dates = await items.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect([...dates].sort().reverse()).toEqual(dates);
    await items.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("システムメンテナンス");
    await expect(page.getByText("午前1時00分から午前6時00分まで")).toBeVisible();
    await page.getByRole("link", { name: "お知らせ一覧へ戻る" }).click();
    await expect(page).toHaveURL(/\/ja\/notices$/);
  });

  test("English readers get English notices; other locales fall back to English with a note", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("section[aria-labelledby=notices-heading] li").first()).toContainText(
      "Service stop for system maintenance",
    );
    await page.goto("/vi/notices/notice-2026-11-maintenance");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    await expect(page.locator("main")).toContainText("English");
  });

  test("the notice list pages through many notices with the current page marked", async ({ page }) => {
    await withDb(async (db) => {
      for (let i = 1; i <= 14; i++) {
        const id = `e2e-pager-${i}`;
        await db.query(`INSERT INTO "Notice" (id, "publishedAt") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          id,
          new Date(Date.UTC(2025, 0, i)),
        ]);
        await db.query(
          `INSERT INTO "NoticeTranslation" ("noticeId", locale, title, body) VALUES ($1, 'ja', $2, '本文') ON CONFLICT DO NOTHING`,
          [id, `ページ送り確認用のお知らせ ${i}`],
        );
      }
    });
    await page.goto("/ja/notices");
    const pager = page.getByRole("navigation", { name: "ページ送り" });
    await expect(pager.getByRole("link", { name: "1ページ目" })).toHaveAttribute("aria-current", "page");
    await pager.getByRole("link", { name: "次へ" }).click();
    await expect(page).toHaveURL(/page=2$/);
    await expect(pager.getByRole("link", { name: "2ページ目" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("main li").first()).toContainText("ページ送り確認用のお知らせ");
    await pager.getByRole("link", { name: "最初へ" }).click();
    await expect(page.locator("main h2").first()).toContainText("システムメンテナンス");
  });

  test("an unknown notice is a localized 404 with a way home", async ({ page }) => {
    const res = await page.goto("/en/notices/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe("platform", () => {
  test("health reports the database and the job queue; security headers and the request id are set", async ({
    request,
  }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({
      status: "ok",
      database: "up",
      jobs: { due: expect.any(Number), late: expect.any(Number), failed: expect.any(Number) },
    });

    const res = await request.get("/ja", { headers: { "x-request-id": "lb-0123456789" } });
    const h = res.headers();
    expect(h["x-request-id"], "a load balancer's request id comes back, as it is logged").toBe("lb-0123456789");
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"]).toContain("max-age=");
  });

  test("the app's scripts run under the CSP (no violations reported)", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/ja");
    await page.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
    expect(violations).toEqual([]);
  });

  test("the page reflows at 320 px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/ja", "/en/notices", "/vi/notices/notice-2026-04-rules"]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
