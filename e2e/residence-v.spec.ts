import { test, expect, type Page } from "@playwright/test";
import { errorSummary } from "./support/session";
import { waitForMail } from "./support/mail";
import { withDb } from "./support/db";
import {
  answersOf,
  approvedStaff,
  canvasJpeg,
  fileThroughSteps,
  fillAnswers,
  keyboardFill,
  tabTo,
} from "./support/residence";
import { changeN, coeV } from "../lib/forms/definitions/residence/forms";
import { cookCoeV, engineerExtensionN } from "../lib/forms/definitions/residence/examples";

// 区分V (特定技能) and the 同時申請 of a 変更, each filed to the end and checked in the database.

const stored = (ref: string) =>
  withDb(async (db) => (await db.query(`SELECT * FROM "Application" WHERE "referenceNo" = $1`, [ref])).rows[0]);

test("在留資格認定証明書交付申請 (区分V, 特定技能1号): the V steps with a registered support organization, filed", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(240_000);
  const { email, user } = await approvedStaff(browser, baseURL, page, "coe-v");
  // 登録番号 typed in 全角 without the hyphen, as the official tool asks for it.
  const ref = await fileThroughSteps(page, "coe", coeV, "特定技能", {
    ...cookCoeV,
    supportOrgNumber: "２０登００５７４６",
  });
  const app = await stored(ref);
  expect(app).toMatchObject({ userId: user.id, procedureCode: "coe" });
  expect(app.values).toMatchObject({
    status: "特定技能",
    sswType: "1号",
    sswField1: "外食業",
    sswCategory1: "外食業全般",
    delegateAll: "有",
    supportOrgNumber: "20登-005746",
    skillExams: [{ exam: "外食業特定技能1号技能測定試験", place: "インドネシア" }],
  });
  expect((await waitForMail(email, /整理番号/)).text).toContain("在留資格認定証明書交付申請");
  expect((await waitForMail(email, /申請受付番号/)).text).toContain("在留資格認定証明書交付申請");
});

test("区分V answers that break its rules are refused on their step, in the summary and at the field", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(120_000);
  await approvedStaff(browser, baseURL, page, "coe-v-rules");
  await page.goto("/ja/procedures/coe/apply");
  await fillAnswers(page, { status: "特定技能" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(page.getByText("希望する在留資格: 特定技能")).toBeVisible();
  // 2号: no support plan is asked.
  await page.goto("/ja/procedures/coe/apply?step=applicant");
  await page.locator("#field-sswType input[value='2号']").check();
  await expect(page.locator("#field-langMethod")).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /所属機関等情報/ })
    .click();
  await expect(page).toHaveURL(/\?step=organization$/);
  await expect(page.locator("#field-delegateAll")).toHaveCount(0);
  await page.locator("#field-contractFrom").fill("20280401");
  await page.locator("#field-contractTo").fill("20270331");
  await fillAnswers(page, { sswField1: "建設", sswCategory1: "外食業全般" });
  await page.getByRole("button", { name: /^次へ/ }).click();
  await expect(errorSummary(page)).toContainText("選択した特定産業分野の業務区分を選択してください。");
  await expect(errorSummary(page)).toContainText("雇用契約期間（終期）");
  await expect(page.locator("#field-sswCategory1")).toHaveAttribute("aria-invalid", "true");
  // 1号 again: the support questions return, and a registration number in the wrong shape is named.
  await page.goto("/ja/procedures/coe/apply?step=applicant");
  await page.locator("#field-sswType input[value='1号']").check();
  await page
    .getByRole("navigation", { name: "申込の手順" })
    .getByRole("button", { name: /所属機関等情報/ })
    .click();
  await page.locator("#field-delegateAll input[value='有']").check();
  await page.locator("#field-supportOrgNumber").fill("20-5746");
  await page.getByRole("button", { name: /^次へ/ }).click();
  await expect(errorSummary(page)).toContainText("登録番号は「20登-005746」のように");
  await expect(page.locator("#field-supportOrgNumber")).toHaveValue("20-5746");
});

const press = async (page: Page, selector: string) => {
  await tabTo(page, selector);
  await page.keyboard.press("Enter");
};
const next = (page: Page) => press(page, "main form button[value=continue]");

test("在留資格変更許可申請 with a 再入国許可申請 at the same time, keyboard only: 窓口受領 forced, two applications filed", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(300_000);
  const { email } = await approvedStaff(browser, baseURL, page, "change-reentry");
  const sample = { ...engineerExtensionN, birthPlace: "ハノイ", currentStatus: "留学" };
  await page.goto("/ja/procedures/change/apply");
  await keyboardFill(page, { status: "技術・人文知識・国際業務" });
  await press(page, "main form button[type=submit]");
  await expect(page).toHaveURL(/\?step=applicant$/);
  await expect(page.getByText(/^ステップ 1 \/ 6：申請人等情報/)).toBeVisible();
  await expect(page.locator("#field-nationality")).toHaveAttribute("role", "combobox");
  const agent = ["agentName", "agentPostalCode", "agentAddress", "agentOrganization", "agentPhone"];
  await keyboardFill(page, answersOf("applicant", agent, changeN, sample) as Record<string, string>);
  await next(page);

  await expect(page).toHaveURL(/\?step=organization$/);
  await expect(page.locator("#field-orgIndustry")).toHaveAttribute("role", "combobox");
  const org = ["orgName", "orgHasCorporateNumber", "orgCorporateNumber", "orgPostalCode", "orgAddress", "orgPhone"];
  await keyboardFill(page, answersOf("organization", org, changeN, sample) as Record<string, string>);
  await next(page);

  await expect(page).toHaveURL(/\?step=simultaneous$/);
  await expect(page.getByText(/^ステップ 3 \/ 6：同時申請/)).toBeVisible();
  await keyboardFill(page, { applyReentry: "申請する" });
  // The 記載方法 appear once a simultaneous application is chosen; unticked, the parts are asked again.
  await expect(page.locator("#field-simNameRoman")).toBeVisible();
  await keyboardFill(page, {
    sameAsMain: ["共通項目", "法定代理人", "取次者"],
    reentryPurpose: "親族訪問",
    reentryDestination: "ベトナム",
    reentryDeparture: "20270801",
    reentryReturn: "20270820",
    reentryType: "数次",
    reentryCrime: "無",
    reentryTrial: "無",
  });
  await expect(page.locator("#field-simNameRoman")).toHaveCount(0);
  await next(page);

  await expect(page).toHaveURL(/\?step=receipt$/);
  await expect(page.getByText("再入国許可を同時に申請するため、在留カードは窓口で受け取ります。")).toBeVisible();
  await keyboardFill(page, {
    cardReceipt: "郵送受領",
    residencePrefecture: "東京都",
    receiptOffice: "東京出入国在留管理局",
    notifyEmail: "hr@kasumi.example",
    notifyEmailAgain: "hr@kasumi.example",
  });
  await next(page);
  await expect(errorSummary(page)).toContainText("在留カードの受領方法は窓口受領を選択してください。");
  await expect(page.locator("#field-cardReceipt"))
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
  await keyboardFill(page, { cardReceipt: "窓口受領" });
  await next(page);

  await expect(page).toHaveURL(/\?step=files$/);
  await tabTo(page, "#field-photo");
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (
    await chooser
  ).setFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 400) }]);
  await press(page, "button[value=attachPhoto]");
  await expect(page.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
  await next(page);

  await expect(page).toHaveURL(/\?step=declaration$/);
  await keyboardFill(page, { intentConfirmed: "確認済", contentConfirmed: "確認済" });
  await next(page);

  await expect(page).toHaveURL(/\/apply\/confirm$/);
  for (const text of ["再入国許可申請", "数次", "親族訪問", "窓口受領"])
    await expect(page.getByRole("main")).toContainText(text);
  await press(page, "main form button[aria-haspopup=dialog]");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("dialog").getByRole("button", { name: "OK" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/change\/apply\/complete\?ref=\d{12}$/);
  const ref = (await page.getByTestId("reference-no").textContent())!.trim();

  const main = await stored(ref);
  expect(main.procedureCode).toBe("change");
  expect(main.values).toMatchObject({ cardReceipt: "窓口受領", applyReentry: ["申請する"] });
  const children = await withDb(
    async (db) => (await db.query(`SELECT * FROM "Application" WHERE "parentId" = $1`, [main.id])).rows,
  );
  expect(children).toHaveLength(1);
  expect(children[0].procedureCode).toBe("reentry");
  expect(children[0].referenceNo).not.toBe(ref);
  expect(children[0].values).toMatchObject({
    nameRoman: "NGUYEN VAN AN",
    currentStatus: "留学",
    reentryType: "数次",
    reentryDestination: "ベトナム",
    agentName: "TEST USER",
  });
  // Each is tracked on its own: the 再入国許可申請 gets its own 申請受付番号 mail.
  await waitForMail(email, /申請受付番号/, { containing: "再入国許可申請" });
  const listed = page.getByTestId("simultaneous");
  await expect(listed.locator("dt")).toHaveText(["再入国許可申請"]);
  await expect(listed.locator("dd")).toHaveText([children[0].referenceNo]);
  await page.goto("/ja/applications");
  await expect(page.getByRole("main")).toContainText("再入国許可申請");
  await expect(page.getByRole("main")).toContainText(children[0].referenceNo);
});
