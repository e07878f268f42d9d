import { test, expect } from "@playwright/test";
import http from "node:http";
import { logIn, demoUser } from "./support/session";
import { getUser, randomCorporateNumber, registerQuick } from "./support/accounts";
import { uniqueEmail } from "./support/mail";
import { pdfFile, validPdf } from "./support/pdfs";
import { withDb } from "./support/db";

const officer = { loginId: "U0000000002", password: "Officer-pass2?" };

test("after login, only a path on this site is followed", async ({ page }) => {
  for (const next of [
    "//evil.example/x",
    "/\\evil.example/x",
    "/%09/evil.example/x",
    "https://evil.example/x",
    "javascript:alert(1)",
    "/%5C/evil.example",
  ]) {
    await page.context().clearCookies();
    await page.goto(`/ja/login?next=${encodeURIComponent(next)}`);
    await page.locator("#field-loginId").fill(demoUser.loginId);
    await page.locator("#field-password").fill(demoUser.password);
    await page.locator("main form button[type=submit]").click();
    await expect(page, next).toHaveURL(/^http:\/\/localhost:\d+\/ja\/mypage$/);
  }
  await page.context().clearCookies();
  await page.goto(`/ja/login?next=${encodeURIComponent("/ja/notices?page=1")}`);
  await page.locator("#field-loginId").fill(demoUser.loginId);
  await page.locator("#field-password").fill(demoUser.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/ja\/notices\?page=1$/);
});

test("next-auth's own endpoints are not there: one login surface", async ({ page }) => {
  await logIn(page, demoUser.loginId, demoUser.password);
  for (const path of ["/api/auth/signin", "/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]) {
    const r = await page.request.get(path);
    expect(r.status(), path).toBe(404);
    expect(await r.text()).not.toMatch(/sid|csrfToken/);
  }
  const r = await page.request.post("/api/auth/callback/credentials", {
    form: { loginId: demoUser.loginId, password: demoUser.password },
  });
  expect(r.status()).toBe(404);
  expect(r.headers()["set-cookie"] ?? "").not.toMatch(/session-token/);
  // The session cookie names a 256-bit random server session.
  const sessions = await withDb(
    async (db) =>
      (
        await db.query(
          `SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u."loginId" = $1 ORDER BY s."createdAt" DESC LIMIT 1`,
          [demoUser.loginId],
        )
      ).rows,
  );
  expect(sessions[0].id).toMatch(/^[A-Za-z0-9_-]{43}$/);
});

test("every page gets the CSP, also when its URL has a dot; API ids are checked, not passed to the database", async ({
  page,
}) => {
  for (const path of ["/ja/notices/abc.def", "/ja/procedures/x.y", "/ja"]) {
    const r = await page.request.get(path);
    expect(r.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-/);
  }
  await logIn(page, demoUser.loginId, demoUser.password);
  for (const path of [
    "/api/attachments/%00",
    "/api/attachments/..%2F..%2Fetc%2Fpasswd",
    "/api/attachments/a%27%3B--",
    `/api/attachments/${"a".repeat(5000)}`,
  ]) {
    expect((await page.request.get(path)).status(), path.slice(0, 40)).toBe(404);
  }
  // Next strips the NUL with a redirect; never a server error.
  expect((await page.request.get("/ja/notices/%00")).status()).toBeLessThan(500);
});

test("the client address is the socket's: X-Forwarded-For from the client is not believed", async ({ request }) => {
  const r = await request.get("/api/test/client-address", {
    headers: { "X-Forwarded-For": "203.0.113.99", "X-Zairyu-Client-Address": "x 203.0.113.98" },
  });
  expect((await r.json()).address).toBe("127.0.0.1");
});

/** A chunked POST (no Content-Length) of `total` bytes, sent as fast as the server takes it. */
function chunkedPost(url: string, headers: Record<string, string>, total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", headers: { ...headers, "Transfer-Encoding": "chunked" } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", (e) =>
      (e as NodeJS.ErrnoException).code === "EPIPE" || (e as NodeJS.ErrnoException).code === "ECONNRESET"
        ? undefined
        : reject(e),
    );
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test("uploads: a chunked body over the limit is refused with 413; the gate of the form holds for the route", async ({
  page,
  baseURL,
  browser,
}) => {
  await logIn(page, demoUser.loginId, demoUser.password);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const status = await chunkedPost(
    `${baseURL}/api/uploads`,
    { cookie, origin: baseURL!, "content-type": "multipart/form-data; boundary=xyz" },
    60 * 1024 * 1024,
  );
  expect(status).toBe(413);
  // A form posted without JavaScript with too much in it gets a page that says so.
  const page413 = await page.request.post("/ja/procedures/usage/apply", {
    multipart: { intent: "attach", files: pdfFile("big.pdf", Buffer.alloc(30 * 1024 * 1024)) },
    headers: { origin: baseURL! },
  });
  expect(page413.status()).toBe(413);
  expect(await page413.text()).toContain("送信する内容（添付ファイルを含む）が大きすぎます。");

  // Officers file nothing, so they cannot attach either.
  const oc = await browser.newContext({ baseURL });
  const op = await oc.newPage();
  await logIn(op, officer.loginId, officer.password);
  const r = await op.request.post("/api/uploads", {
    multipart: { procedure: "usage", file: pdfFile("a.pdf", await validPdf()) },
    headers: { origin: baseURL! },
  });
  expect(r.status()).toBe(403);
  await op.goto("/ja/procedures/usage/apply");
  await expect(op.getByText("審査用アカウントでは申込みできません")).toBeVisible();
  await oc.close();
});

test("a refused file leaves no trace: no draft is made and the profile still fills the form", async ({
  page,
  baseURL,
  browser,
}) => {
  const email = uniqueEmail("trace");
  await registerQuick(browser, baseURL, email, randomCorporateNumber());
  const user = await getUser(email);
  await logIn(page, user.loginId, "Sakura-2026$x");
  await page.goto("/ja/procedures/usage/apply");
  await page.locator("#field-attachments").setInputFiles([pdfFile("photo.pdf", Buffer.from("\x89PNG not a pdf"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("photo.pdf はPDFファイルではありません。");
  expect(
    await withDb(
      async (db) =>
        (await db.query(`SELECT count(*)::int AS n FROM "ApplicationDraft" WHERE "userId" = $1`, [user.id])).rows[0].n,
    ),
  ).toBe(0);
  await page.reload();
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社テスト");
  // A file that is taken makes a draft, and the prefill still shows.
  await page.locator("#field-attachments").setInputFiles([pdfFile("ok.pdf", await validPdf())]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.getByRole("cell", { name: "ok.pdf", exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator("#field-organizationName")).toHaveValue("株式会社テスト");
});

test("the mail-sending forms are limited per address", async ({ page }) => {
  const email = uniqueEmail("throttle");
  for (let i = 1; i <= 6; i++) {
    await page.goto("/ja/forgot-password");
    await page.locator("#field-loginId").fill("U1234567890");
    await page.locator("#field-email").fill(email);
    await page.getByRole("button", { name: /完了する/ }).click();
    if (i <= 5) await expect(page.getByRole("main").getByRole("status")).toContainText("メールを送信しました");
  }
  await expect(page.locator("[role=alert].error-summary")).toContainText("短時間に何度も送信されました。");
  // Another address is not affected.
  await page.goto("/ja/forgot-password");
  await page.locator("#field-loginId").fill("U1234567890");
  await page.locator("#field-email").fill(uniqueEmail("other"));
  await page.getByRole("button", { name: /完了する/ }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("メールを送信しました");
});

test("odd characters: NUL and other control characters posted in a form are dropped, never a server error", async ({
  page,
  baseURL,
  browser,
}) => {
  const email = uniqueEmail("nul");
  await registerQuick(browser, baseURL, email, randomCorporateNumber());
  const user = await getUser(email);
  await logIn(page, user.loginId, "Sakura-2026$x");
  await page.goto("/ja/procedures/usage/apply");
  // Posted as a browser without JavaScript would, with values no keyboard types.
  const answered = page.waitForNavigation();
  await page.evaluate(() => {
    const form = document.querySelector<HTMLButtonElement>("main form button[value=continue]")!.form!;
    (form.elements.namedItem("department") as HTMLInputElement).value = "総務\u0000部\u0007";
    (form.elements.namedItem("note") as HTMLTextAreaElement).value = "一行目\n二\u0000行目";
    const intent = Object.assign(document.createElement("input"), {
      type: "hidden",
      name: "intent",
      value: "continue",
    });
    form.append(intent);
    HTMLFormElement.prototype.submit.call(form);
  });
  await answered;
  await expect(page.locator(".error-summary")).toContainText("添付ファイル: 資料を1つ以上添付してください。");
  await expect(page.locator("#field-department")).toHaveValue("総務部");
  const draft = await withDb(
    async (db) => (await db.query(`SELECT values FROM "ApplicationDraft" WHERE "userId" = $1`, [user.id])).rows[0],
  );
  expect(draft.values).toMatchObject({ department: "総務部", note: "一行目\n二行目" });
});
