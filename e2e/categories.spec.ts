import { test, expect } from "@playwright/test";
import { waitForMail } from "./support/mail";
import { withDb } from "./support/db";
import { approvedStaff, fileThroughSteps, fillAnswers } from "./support/residence";
import type { FormValues } from "../lib/forms/types";
import { residenceForms } from "../lib/forms/definitions/residence/forms";
import { formFor } from "../lib/forms/registry";
import { engineerHspRo } from "../lib/forms/definitions/residence/examples-hsp";
import { professorCoeI } from "../lib/forms/definitions/residence/examples-i";
import { potterCoeJ } from "../lib/forms/definitions/residence/examples-j";
import { priestCoeK } from "../lib/forms/definitions/residence/examples-k";
import { transfereeCoeL } from "../lib/forms/definitions/residence/examples-l";
import { managerCoeM } from "../lib/forms/definitions/residence/examples-m";
import { pianistCoeO } from "../lib/forms/definitions/residence/examples-o";
import { studentCoeP } from "../lib/forms/definitions/residence/examples-p";
import { traineeCoeQ } from "../lib/forms/definitions/residence/examples-q";
import { dependentCoeR } from "../lib/forms/definitions/residence/examples-r";
import { spouseCoeT } from "../lib/forms/definitions/residence/examples-t";
import { nurseCoeU } from "../lib/forms/definitions/residence/examples-u";
import { welderCoeY } from "../lib/forms/definitions/residence/examples-y";

// Every 区分 beyond N and V: one realistic 在留資格認定証明書交付申請 filed through the screens to 申込完了,
// the record stored with the category's answers, and its mails. (変更/更新 versions: unit tests.)

const cases: { category: string; who: string; sample: FormValues }[] = [
  { category: "I", who: "教授 (a physicist)", sample: professorCoeI },
  { category: "J", who: "文化活動 (a potter)", sample: potterCoeJ },
  { category: "K", who: "宗教 (a priest)", sample: priestCoeK },
  { category: "L", who: "企業内転勤 (an engineer)", sample: transfereeCoeL },
  { category: "M", who: "経営・管理 (a company director)", sample: managerCoeM },
  { category: "O", who: "興行 (a jazz pianist)", sample: pianistCoeO },
  { category: "P", who: "留学 (a language-school student)", sample: studentCoeP },
  { category: "Q", who: "研修 (a trainee engineer)", sample: traineeCoeQ },
  { category: "R", who: "家族滞在 (an engineer's wife)", sample: dependentCoeR },
  { category: "T", who: "永住者の配偶者等 (a permanent resident's wife)", sample: spouseCoeT },
  { category: "U", who: "医療 (a nurse)", sample: nurseCoeU },
  { category: "Y", who: "技能実習 (a welder)", sample: welderCoeY },
];

for (const c of cases)
  test(`区分${c.category} ${c.who}: 認定 filed through every step, stored and mailed`, async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(240_000);
    const { email, user } = await approvedStaff(browser, baseURL, page, `cat-${c.category.toLowerCase()}`);
    const def = residenceForms.coe[c.category as keyof (typeof residenceForms)["coe"]]!;
    const ref = await fileThroughSteps(page, "coe", def, String(c.sample.status), c.sample);
    const app = await withDb(
      async (db) => (await db.query(`SELECT * FROM "Application" WHERE "referenceNo" = $1`, [ref])).rows[0],
    );
    expect(app).toMatchObject({ userId: user.id, procedureCode: "coe" });
    // Every answer of the category's own items is stored as given (normalised values aside).
    const own = Object.entries(c.sample).filter(
      ([k, v]) => k.startsWith(c.category.toLowerCase()) && typeof v === "string" && v,
    );
    expect(own.length).toBeGreaterThan(5);
    for (const [k] of own) expect(app.values[k], k).toBeTruthy();
    expect(app.values.status).toBe(c.sample.status);
    expect((await waitForMail(email, /整理番号/)).text).toContain("在留資格認定証明書交付申請");
  });

test("高度専門職（1号ロ）: the points table adds up as the answers change, 認定 filed with its 80 points stored", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(240_000);
  const { user } = await approvedStaff(browser, baseURL, page, "cat-hsp");
  // The total follows the answers before anything is sent (no birth date yet: no age points).
  // (On a 変更, so that the 認定 below starts from its first screen.)
  await page.goto("/ja/procedures/change/apply");
  await fillAnswers(page, { status: "高度専門職（1号ロ）" });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  await expect(page).toHaveURL(/\?step=applicant$/);
  await page.goto("/ja/procedures/change/apply?step=points");
  const total = page.getByTestId("points-total");
  await expect(total).toHaveText("0点");
  await page.locator("#field-hspAcademicRo").selectOption("修士又は専門職学位（２０点）");
  await expect(total).toHaveText("20点");
  await page.locator("#field-hspCareerRo").selectOption("７年以上１０年未満（１５点）");
  await expect(total).toHaveText("35点");
  await expect(page.getByTestId("points-tally")).toContainText("あと35点足りません。");

  const def = formFor("coe", "高度専門職（1号ロ）")!;
  const ref = await fileThroughSteps(page, "coe", def, "高度専門職（1号ロ）", engineerHspRo);
  const app = await withDb(
    async (db) => (await db.query(`SELECT * FROM "Application" WHERE "referenceNo" = $1`, [ref])).rows[0],
  );
  expect(app).toMatchObject({ userId: user.id, procedureCode: "coe" });
  expect(app.values.hspPoints).toMatchObject({ total: 80, passes: true });
});
