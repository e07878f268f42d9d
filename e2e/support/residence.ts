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
    else await el.fill(String(value));
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
