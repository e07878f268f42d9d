import { test, expect, type Page } from "@playwright/test";
import { errorSummary } from "./support/session";
import { waitForMail } from "./support/mail";
import { withDb } from "./support/db";
import { pdfFile, pngRenamed, validPdf } from "./support/pdfs";
import { answersOf, approvedStaff, canvasJpeg, fileThroughSteps, fillAnswers } from "./support/residence";
import { workCertificate } from "../lib/forms/definitions/residence/acquisition-work";
import { acquisitionN, extensionN } from "../lib/forms/definitions/residence/forms";
import { engineerExtensionN } from "../lib/forms/definitions/residence/examples";

// Filled from the staff member's profile; the test keeps them.
const agent = ["agentName", "agentPostalCode", "agentAddress", "agentOrganization", "agentPhone"];
const organization = [
  "orgName",
  "orgHasCorporateNumber",
  "orgCorporateNumber",
  "orgPostalCode",
  "orgAddress",
  "orgPhone",
];

const next = (page: Page) => page.getByRole("button", { name: /^次へ/ });
const stepHeading = (page: Page) => page.getByText(/^ステップ \d \/ \d：/);
/** The page has hydrated once the long lists have become comboboxes. */
const hydrated = (page: Page, name: string) =>
  expect(page.locator(`#field-${name}`)).toHaveAttribute("role", "combobox");

test("在留資格認定証明書交付申請 (区分N): status → five steps → 申込確認 → 申込む → 整理番号, mails and the stored record", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(180_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "coe-n");

  // 希望する在留資格 first: every status of the online scope, typed to narrow the long list.
  await page.goto("/ja/procedures/coe/apply");
  await expect(page.locator("#field-status")).toHaveAttribute("role", "combobox");
  await expect(page.getByText(/まだ申込みできません/)).toHaveCount(0);
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(errorSummary(page)).toContainText("希望する在留資格");
  await fillAnswers(page, { status: "技術・人文知識・国際業務" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await expect(stepHeading(page)).toHaveText("ステップ 1 / 5：申請人等情報");
  await expect(page.getByText("希望する在留資格: 技術・人文知識・国際業務")).toBeVisible();
  const steps = page.getByRole("navigation", { name: "申込の手順" });
  await expect(steps.locator("[aria-current=step]")).toContainText("申請人等情報");

  // An empty step is refused with the fields named; the 取次者 comes from the profile.
  await hydrated(page, "nationality");
  await expect(page.locator("#field-agentName")).toHaveValue("TEST USER");
  await next(page).click();
  await expect(errorSummary(page)).toContainText("国籍・地域");
  await expect(errorSummary(page)).toContainText("電話番号か携帯電話番号のどちらかを入力してください。");
  await expect(page.locator("#field-nameRoman")).toHaveAttribute("aria-invalid", "true");

  // Conditional items appear with their answer: 犯罪 有 asks for the details.
  await expect(page.locator("#field-criminalRecordDetail")).toHaveCount(0);
  await page.locator("#field-criminalRecord input[value='有']").check();
  await expect(page.locator("#field-criminalRecordDetail")).toBeVisible();
  await fillAnswers(page, answersOf("applicant", agent));
  await expect(page.locator("#field-criminalRecordDetail")).toHaveCount(0);
  await next(page).click();

  await expect(page).toHaveURL(/\?step=organization$/);
  await expect(stepHeading(page)).toHaveText("ステップ 2 / 5：所属機関等情報");
  // The organization comes from the profile too.
  await expect(page.locator("#field-orgName")).toHaveValue("株式会社テスト");
  await expect(page.locator("#field-orgCorporateNumber")).toHaveValue(user.corporateNumber);
  await hydrated(page, "orgIndustry");
  await fillAnswers(page, answersOf("organization", organization));
  // 前へ keeps what was typed on both steps, unchecked.
  await page.getByRole("button", { name: /^‹?\s*前へ/ }).click();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await expect(page.locator("#field-nameRoman")).toHaveValue("NGUYEN VAN AN");
  await page.reload();
  await expect(page.locator("#field-nameRoman")).toHaveValue("NGUYEN VAN AN");
  await steps.getByRole("button", { name: /所属機関等情報/ }).click();
  await expect(page).toHaveURL(/\?step=organization$/);
  await expect(page.locator("#field-monthlySalary")).toHaveValue("300000");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("ステップ 3 / 5：受領方法等");
  await fillAnswers(page, {
    coeReceipt: "メール",
    notifyEmail: "hr@kasumi.example",
    notifyEmailAgain: "hr@kasumi.example.jp",
  });
  await next(page).click();
  await expect(errorSummary(page)).toContainText("一致しません");
  await page.locator("#field-notifyEmailAgain").fill("hr@kasumi.example");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("ステップ 4 / 5：顔写真・資料添付");
  await page.locator("#field-attachments").setInputFiles([pdfFile("雇用契約書.pdf", await validPdf("contract"))]);
  await page.getByRole("button", { name: "添付する", exact: true }).click();
  await expect(page.locator("#upload-progress")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole("main")).toContainText("雇用契約書.pdf");
  // 顔写真: required, JPEG by content, portrait 4:3; the attached one is shown with its alt text.
  await next(page).click();
  await expect(errorSummary(page)).toContainText("顔写真を添付してください。");
  const photoError = page.locator("#photo-error");
  const attachPhoto = async (name: string, buffer: Buffer) => {
    await page.locator("#field-photo").setInputFiles([{ name, mimeType: "image/jpeg", buffer }]);
    await page.getByRole("button", { name: /写真を(添付する|差し替える)/ }).click();
  };
  await attachPhoto("renamed.jpg", pngRenamed());
  await expect(photoError).toContainText("JPEG形式のファイルを選択してください");
  await attachPhoto("wide.jpg", await canvasJpeg(page, 400, 300));
  await expect(photoError).toContainText("縦4：横3の縦長の写真を選択してください");
  await attachPhoto("face.jpg", await canvasJpeg(page, 300, 400));
  const preview = page.getByRole("img", { name: "添付した申請人の顔写真" });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
  await expect(photoError).toHaveCount(0);
  await expect(page.getByTestId("attach-total")).toContainText("合計 1ファイル");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("ステップ 5 / 5：入力情報確認");
  await page.getByRole("button", { name: /確認へ進む/ }).click();
  await expect(errorSummary(page)).toContainText("申請意思の確認");
  await fillAnswers(page, {
    intentConfirmed: "確認済",
    contentConfirmed: "確認済",
    freeText: "よろしくお願いします。",
  });
  await page.getByRole("button", { name: /確認へ進む/ }).click();

  // 申込確認 reads everything back; 変更 opens the step that holds the item.
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  const main = page.getByRole("main");
  for (const text of [
    "技術・人文知識・国際業務",
    "NGUYEN VAN AN",
    "株式会社テスト",
    "情報処理・通信技術",
    "雇用契約書.pdf",
  ])
    await expect(main).toContainText(text);
  await expect(main.getByRole("link", { name: /変更.*氏名/ }).first()).toHaveAttribute(
    "href",
    "/ja/procedures/coe/apply?step=applicant#field-nameRoman",
  );
  const submittedAt = Date.now();
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();

  const mail = await waitForMail(email, /整理番号/);
  expect(mail.text).toContain(ref);
  expect(mail.text).toContain("在留資格認定証明書交付申請");
  const stored = await withDb(
    async (db) =>
      (
        await db.query(
          `SELECT a.*, (SELECT count(*) FROM "Attachment" f WHERE f."applicationId" = a.id)::int AS files FROM "Application" a WHERE "referenceNo" = $1`,
          [ref],
        )
      ).rows[0],
  );
  expect(stored.userId).toBe(user.id);
  expect(stored.procedureCode).toBe("coe");
  expect(stored.values).toMatchObject({
    status: "技術・人文知識・国際業務",
    nameRoman: "NGUYEN VAN AN",
    orgIndustry: "情報通信業",
    notifyEmail: "hr@kasumi.example",
    intentConfirmed: ["確認済"],
  });
  expect(stored.values.criminalRecordDetail).toBeUndefined();
  expect(stored.files).toBe(2);
  const kinds = await withDb(
    async (db) =>
      (await db.query(`SELECT kind, name FROM "Attachment" WHERE "applicationId" = $1 ORDER BY kind`, [stored.id]))
        .rows,
  );
  expect(kinds).toEqual([
    { kind: "DOCUMENT", name: "雇用契約書.pdf" },
    { kind: "PHOTO", name: "face.jpg" },
  ]);
  // Then, in the background: 受付仮番号, and (at once in tests, the next morning otherwise) 申請受付番号,
  // to the staff member and to the 通知送信用メールアドレス.
  for (const to of [email, "hr@kasumi.example"]) {
    const provisional = await waitForMail(to, /受付仮番号のお知らせ/, { after: submittedAt });
    expect(provisional.text).toMatch(new RegExp(`整理番号 ${ref}）に受付仮番号を付与しました。`));
    const accepted = await waitForMail(to, /申請受付番号/, { after: submittedAt });
    expect(accepted.text).toMatch(/申請受付番号：\d{12}/);
  }
  const received = await withDb(
    async (db) => (await db.query(`SELECT * FROM "Application" WHERE id = $1`, [stored.id])).rows[0],
  );
  expect(received.status).toBe("SUBMITTED");
  expect(received.provisionalNo).toMatch(/^\d{12}$/);
  await page.goto("/ja/applications");
  await expect(page.getByRole("row").filter({ hasText: ref })).toContainText("申請完了");

  // The draft is gone: the next 申込 starts again from 希望する在留資格.
  await page.goto("/ja/procedures/coe/apply");
  await expect(page.getByRole("button", { name: /入力へ進む/ })).toBeVisible();
});

test("区分N steps without JavaScript: 次へ checks the step, the step list moves and keeps answers, 再選択 warns", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  const { user } = await approvedStaff(browser, baseURL, page, "coe-nojs");
  const ctx = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const p = await ctx.newPage();
  await p.goto("/ja/procedures/coe/apply");
  await fillAnswers(p, { status: "介護" });
  await p.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(p).toHaveURL(/\?step=applicant$/);
  await p.locator("#field-nameRoman").fill("SANTOS MARIA");
  await next(p).click();
  await expect(p.locator("[role=alert].error-summary")).toContainText("国籍・地域");
  await expect(p.locator("#field-nameRoman")).toHaveValue("SANTOS MARIA");
  // The long list is a plain select without JavaScript.
  await p.locator("#field-nationality").selectOption("フィリピン");
  await p
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /受領方法等/ })
    .click();
  await expect(p).toHaveURL(/\?step=receipt$/);
  await p.locator("#field-coeReceipt input[value='郵送']").check();
  // The photo goes with the form without JavaScript too.
  await p
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /顔写真・資料添付/ })
    .click();
  await p
    .locator("#field-photo")
    .setInputFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 400) }]);
  await p.getByRole("button", { name: "写真を添付する" }).click();
  await expect(p.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
  await p
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /受領方法等/ })
    .click();
  await expect(p.locator("#field-coeReceipt input[value='郵送']")).toBeChecked();
  await p.getByRole("button", { name: /前へ/ }).click();
  await expect(p).toHaveURL(/\?step=organization$/);
  const draft = await withDb(
    async (db) =>
      (
        await db.query(`SELECT values FROM "ApplicationDraft" WHERE "userId" = $1 AND "procedureCode" = 'coe'`, [
          user.id,
        ])
      ).rows[0].values,
  );
  expect(draft).toMatchObject({
    status: "介護",
    nameRoman: "SANTOS MARIA",
    nationality: "フィリピン",
    coeReceipt: "郵送",
  });

  // 再選択 warns; the same status keeps everything, another starts again.
  await p.getByRole("link", { name: "再選択" }).click();
  await expect(p.getByText(/入力した内容は失われます/)).toBeVisible();
  await p.getByRole("button", { name: /入力へ進む/ }).click();
  await p.goto("/ja/procedures/coe/apply?step=applicant");
  await expect(p.locator("#field-nameRoman")).toHaveValue("SANTOS MARIA");
  await p.goto("/ja/procedures/coe/apply?reselect=1");
  await fillAnswers(p, { status: "技能" });
  await p.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(p.getByText("希望する在留資格: 技能")).toBeVisible();
  await expect(p.locator("#field-nameRoman")).toHaveValue("");
  await ctx.close();
});

test("the scheduler endpoint runs due jobs only with its secret", async ({ request }) => {
  expect((await request.get("/api/jobs/run")).status()).toBe(401);
  expect((await request.get("/api/jobs/run", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
  const ok = await request.get("/api/jobs/run", { headers: { authorization: "Bearer e2e-cron-secret-0123" } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ jobs: { failed: 0 }, mail: { failed: 0 } });
});

test("在留期間更新許可申請 (区分N): 現に有する在留資格, 在留カード and 受領官署 of the 住居地's area, filed with a photo", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(150_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "extension-n");
  await page.goto("/ja/procedures/extension/apply");
  await expect(page.locator("label[for=field-status]")).toContainText("現に有する在留資格");
  await fillAnswers(page, { status: "技術・人文知識・国際業務" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(stepHeading(page)).toHaveText("ステップ 1 / 6：申請人等情報");
  await expect(page.getByText("現に有する在留資格: 技術・人文知識・国際業務")).toBeVisible();
  // 更新 has no 出生地 item; 在留カード番号 is item 12.
  await expect(page.locator("#field-birthPlace")).toHaveCount(0);
  await expect(page.locator("label[for=field-cardNumber]")).toContainText("12");
  await hydrated(page, "nationality");
  const sample = { ...engineerExtensionN, cardNumber: "ab12345678cd" };
  await fillAnswers(page, answersOf("applicant", agent, extensionN, sample));
  await next(page).click();
  await expect(stepHeading(page)).toHaveText("ステップ 2 / 6：所属機関等情報");
  await hydrated(page, "orgIndustry");
  await fillAnswers(page, answersOf("organization", organization, extensionN, sample));
  await next(page).click();
  // Nothing filed at the same time.
  await expect(stepHeading(page)).toHaveText("ステップ 3 / 6：同時申請");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("ステップ 4 / 6：受領方法等");
  await fillAnswers(page, { ...answersOf("receipt", [], extensionN, sample), receiptOffice: "大阪出入国在留管理局" });
  await next(page).click();
  await expect(errorSummary(page)).toContainText("申請対象者の住居地を管轄する");
  await page.locator("#field-receiptOffice").selectOption("東京出入国在留管理局");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("ステップ 5 / 6：顔写真・資料添付");
  await page
    .locator("#field-photo")
    .setInputFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 600, 800) }]);
  await page.getByRole("button", { name: "写真を添付する" }).click();
  await expect(page.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
  await next(page).click();
  await fillAnswers(page, { intentConfirmed: "確認済", contentConfirmed: "確認済" });
  await page.getByRole("button", { name: /確認へ進む/ }).click();

  await expect(page).toHaveURL(/\/apply\/confirm$/);
  for (const text of [
    "AB12345678CD",
    "引き続き同社でシステム開発業務に従事するため。",
    "東京出入国在留管理局",
    "窓口受領",
  ])
    await expect(page.getByRole("main")).toContainText(text);
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/extension\/apply\/complete\?ref=\d{12}$/);
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();
  expect((await waitForMail(email, /整理番号/)).text).toContain("在留期間更新許可申請");
  const stored = await withDb(
    async (db) => (await db.query(`SELECT * FROM "Application" WHERE "referenceNo" = $1`, [ref])).rows[0],
  );
  expect(stored).toMatchObject({ userId: user.id, procedureCode: "extension" });
  expect(stored.values).toMatchObject({
    status: "技術・人文知識・国際業務",
    cardNumber: "AB12345678CD",
    residencePrefecture: "東京都",
    receiptOffice: "東京出入国在留管理局",
  });
});

for (const [code, def, name, sample] of [
  [
    "acquisition",
    acquisitionN,
    "在留資格取得許可申請",
    {
      ...engineerExtensionN,
      birthPlace: "東京都",
      acquisitionCause: "日本国籍の離脱",
      acquisitionCauseDate: "20261101",
    },
  ],
  [
    "work-certificate",
    workCertificate,
    "就労資格証明書交付申請",
    {
      ...engineerExtensionN,
      certifiedActivity: "株式会社霞ソフトにおけるシステム開発業務",
      workFrom: "20270401",
      workTo: "20300331",
      certificatePurpose: "転職先への提出",
    },
  ],
] as const) {
  test(`${name}: every step through to 申込完了, the mails and the stored record`, async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(150_000);
    const { email, user } = await approvedStaff(browser, baseURL, page, code);
    const ref = await fileThroughSteps(page, code, def, "技術・人文知識・国際業務", sample);
    expect((await waitForMail(email, /整理番号/)).text).toContain(name);
    const stored = await withDb(
      async (db) => (await db.query(`SELECT * FROM "Application" WHERE "referenceNo" = $1`, [ref])).rows[0],
    );
    expect(stored).toMatchObject({ userId: user.id, procedureCode: code });
    expect(stored.values.nameRoman).toBe("NGUYEN VAN AN");
    const accepted = await waitForMail(email, /申請受付番号/);
    expect(accepted.text).toContain(name);
  });
}

test("国籍・地域 as a combobox with the keyboard: type in kana, arrow to the option, Enter; Esc clears", async ({
  browser,
  baseURL,
  page,
}) => {
  await approvedStaff(browser, baseURL, page, "combobox");
  await page.goto("/ja/procedures/coe/apply");
  await fillAnswers(page, { status: "技能" });
  await page.getByRole("button", { name: /入力へ進む/ }).press("Enter");
  await expect(page).toHaveURL(/\?step=applicant$/);
  const box = page.getByRole("combobox", { name: /国籍・地域/ });
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.focus();
  await page.keyboard.type("べとなむ");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("listbox", { name: /国籍・地域/ });
  await expect(list.getByRole("option").first()).toContainText("ベトナム");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("ベトナム Viet Nam");
  // Kept when the step is saved (the step list moves without checking).
  await page
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /受領方法等/ })
    .focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?step=receipt$/);
  await page.goto("/ja/procedures/coe/apply?step=applicant");
  await expect(page.getByRole("combobox", { name: /国籍・地域/ })).toHaveValue("ベトナム Viet Nam");
  // Esc with the list closed clears the answer.
  await page.getByRole("combobox", { name: /国籍・地域/ }).focus();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("combobox", { name: /国籍・地域/ })).toHaveValue("");
});

test("browser Back after 次へ shows the answers as saved, not the page as first drawn", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(90_000);
  await approvedStaff(browser, baseURL, page, "back");
  await page.goto("/ja/procedures/coe/apply");
  await fillAnswers(page, { status: "技能" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await expect(page.locator("#field-nationality")).toHaveAttribute("role", "combobox");
  await fillAnswers(page, answersOf("applicant"));
  await page.getByRole("button", { name: /^次へ/ }).click();
  await expect(page).toHaveURL(/\?step=organization$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await expect(page.locator("#field-nameRoman")).toHaveValue("NGUYEN VAN AN");
});
