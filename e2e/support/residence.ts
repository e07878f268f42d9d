import { expect, type Browser, type Page } from "@playwright/test";
import { PASSWORD, getUser, randomCorporateNumber, registerQuick } from "./accounts";
import { logIn } from "./session";
import { uniqueEmail } from "./mail";
import { withDb } from "./db";
import { coeN } from "../../lib/forms/definitions/residence/coe-n";
import { engineerCoeN } from "../../lib/forms/definitions/residence/examples";
import { allFields } from "../../lib/forms/engine";
import { stepForm } from "../../lib/forms/steps";
import type { FormDefinition } from "../../lib/forms/types";

/**
 * A staff member whose 利用申出 an officer approved. The approval is written straight to the
 * database: the 利用申出 screens and the officer's decision have their own tests (usage.spec.ts).
 */
export async function approvedStaff(browser: Browser, baseURL: string | undefined, page: Page, tag: string) {
  const email = uniqueEmail(tag);
  await registerQuick(browser, baseURL, email, randomCorporateNumber());
  const user = await getUser(email);
  await withDb(async (db) => {
    const ref = String(Date.now()).slice(-11).padStart(12, "9");
    const app = await db.query(
      `INSERT INTO "Application" (id, "referenceNo", "submissionKey", "userId", "procedureCode", values, status, "accessPasswordHash", "updatedAt")
       VALUES ($1, $2, $1, $3, 'usage', '{}', 'COMPLETED', 'x', now()) RETURNING id`,
      [`e2e-usage-${user.id}`, ref, user.id],
    );
    await db.query(
      `INSERT INTO "UsageApproval" (id, "applicationId", "userId", "corporateNumber", "approvedAt", "validUntil")
       VALUES ($1, $2, $3, $4, now(), now() + interval '3 years')`,
      [`e2e-approval-${user.id}`, app.rows[0].id, user.id, user.corporateNumber],
    );
  });
  await logIn(page, user.loginId, PASSWORD);
  await expect(page).toHaveURL(/\/ja\/mypage$/);
  return { email, user };
}

const field = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, "\\.")}`);

/** Types answers into the fields of the page: text, selects and comboboxes by value, radios and checkboxes by value. */
export async function fillAnswers(page: Page, answers: Record<string, string | string[]>) {
  for (const [name, value] of Object.entries(answers)) {
    const el = field(page, name);
    const tag = await el.evaluate((e) => `${e.tagName}:${e.getAttribute("role") ?? ""}`);
    if (tag.startsWith("FIELDSET")) {
      for (const v of Array.isArray(value) ? value : [value]) await el.locator(`input[value="${v}"]`).check();
    } else if (tag.startsWith("SELECT")) await el.selectOption(String(value));
    else {
      await el.fill(String(value));
      // A combobox keeps its list open while typing; leaving the field closes it, as for a person.
      if (tag.endsWith(":combobox")) await el.press("Tab");
    }
  }
}

/** The example application's answers that belong to one step of a form (see examples.ts). */
export function answersOf(
  stepId: string,
  except: string[] = [],
  def: FormDefinition = coeN,
  sample: Record<string, string | string[]> = engineerCoeN,
): Record<string, string | string[]> {
  const step = def.steps!.find((s) => s.id === stepId)!;
  const own = new Set(allFields(stepForm(def, step)).flatMap((f) => (f.type === "hidden" ? [] : [f.name])));
  return Object.fromEntries(Object.entries(sample).filter(([k]) => own.has(k) && !except.includes(k)));
}

/** A real JPEG of the given size, drawn by the browser. */
export async function canvasJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const url = await page.evaluate(
    ([w, h]) => {
      const c = document.createElement("canvas");
      c.width = w;
      c.height = h;
      const g = c.getContext("2d")!;
      g.fillStyle = "#dde6ee";
      g.fillRect(0, 0, w, h);
      g.fillStyle = "#8a6a50";
      g.beginPath();
      g.arc(w / 2, h * 0.4, w * 0.25, 0, 2 * Math.PI);
      g.fill();
      return c.toDataURL("image/jpeg", 0.9);
    },
    [width, height],
  );
  return Buffer.from(url.split(",")[1], "base64");
}

/**
 * Files one application through its steps with the example's answers (the first steps' own
 * checks are tested elsewhere): status → each step → 申込確認 → 申込む; returns the 整理番号.
 */
export async function fileThroughSteps(
  page: Page,
  code: string,
  def: FormDefinition,
  status: string,
  sample: Record<string, string | string[]>,
): Promise<string> {
  await page.goto(`/ja/procedures/${code}/apply`);
  const choice = allFields(def).find((f) => f.name === "status");
  // A long list of statuses (就労資格証明書: every status) becomes a combobox.
  if (choice?.type === "select" && choice.options.length > 20)
    await expect(page.locator("#field-status")).toHaveAttribute("role", "combobox");
  await fillAnswers(page, { status });
  await page.getByRole("button", { name: /入力へ進む/ }).click();
  for (const step of def.steps!) {
    await expect(page).toHaveURL(new RegExp(`step=${step.id}`));
    const fields = allFields(stepForm(def, step));
    const long = fields.find((f) => f.type === "select" && f.options.length > 20);
    if (long) await expect(page.locator(`#field-${long.name}`)).toHaveAttribute("role", "combobox");
    if (step.attachments && def.attachments?.photo) {
      await page
        .locator("#field-photo")
        .setInputFiles([{ name: "face.jpg", mimeType: "image/jpeg", buffer: await canvasJpeg(page, 300, 400) }]);
      await page.getByRole("button", { name: "写真を添付する" }).click();
      await expect(page.getByRole("img", { name: "添付した申請人の顔写真" })).toBeVisible();
    }
    await fillAnswers(page, answersOf(step.id, [], def, sample));
    await page.locator("main form button[value=continue]").click();
  }
  await expect(page).toHaveURL(/\/apply\/confirm$/);
  await page.getByRole("button", { name: /申込む/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/apply\/complete\?ref=\d{12}$/);
  return (await page.getByTestId("reference-no").textContent())!.trim();
}
