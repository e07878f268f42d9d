import { z } from "zod";
import { isCorporateNumber, isEmail, isNameRoman, isPhone, isPostalCode, passwordProblems, toHalfWidth } from "../validation/rules";

// One schema per form, used by react-hook-form in the browser and again by the server action.
// Messages are keys into the "validation" messages, so each side shows them in the user's language.

const text = (max = 200) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, "required").max(max, "tooLong"));
/** Half-width fields accept full-width input (NFKC) since the meaning is unambiguous. */
const halfWidth = (check: (s: string) => boolean, message: string) =>
  z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim() : ""), z.string().min(1, "required").refine(check, message));

export const emailField = z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim().toLowerCase() : ""), z.string().min(1, "required").refine(isEmail, "email"));
export const nameRomanField = z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim() : ""), z.string().min(1, "required").refine(isNameRoman, "nameRoman"));
export const phoneField = halfWidth(isPhone, "phone");
export const loginIdField = halfWidth((s) => /^[A-Za-z0-9]{1,32}$/.test(s), "loginId");

/** The new password: one message per broken rule (§3.2). */
export const newPasswordField = z.string().superRefine((pw, ctx) => {
  if (!pw) return void ctx.addIssue({ code: "custom", message: "required" });
  for (const p of passwordProblems(pw)) ctx.addIssue({ code: "custom", message: `password_${p}` });
});

const confirmPassword = <T extends { password: string; passwordConfirm: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.passwordConfirm !== v.password) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: v.passwordConfirm ? "passwordMismatch" : "required" });
};

export const loginSchema = z.object({ loginId: z.string().trim().min(1, "required"), password: z.string().min(1, "required") });

export const emailPairSchema = z
  .object({ email: emailField, emailConfirm: z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim().toLowerCase() : ""), z.string().min(1, "required")) })
  .superRefine((v, ctx) => {
    if (v.emailConfirm && v.email !== v.emailConfirm) ctx.addIssue({ code: "custom", path: ["emailConfirm"], message: "emailMismatch" });
  });

export const forgotIdSchema = z.object({ email: emailField, nameRoman: nameRomanField });
export const forgotPasswordSchema = z.object({ loginId: loginIdField, email: emailField });
export const resetPasswordSchema = z.object({ password: newPasswordField, passwordConfirm: z.string() }).superRefine(confirmPassword);
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "required"), password: newPasswordField, passwordConfirm: z.string() })
  .superRefine(confirmPassword);

export const userKinds = ["ORGANIZATION_STAFF", "FOREIGN_NATIONAL", "LEGAL_REPRESENTATIVE", "LAWYER_OR_SCRIVENER", "RELATIVE"] as const;

/** YYYYMMDD, a real calendar date, in the past. */
export const birthDateField = halfWidth((s) => {
  if (!/^\d{8}$/.test(s)) return false;
  const d = new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replace(/-/g, "") === s && d.getTime() < Date.now() && Number(s.slice(0, 4)) >= 1900;
}, "date");

const optional = (inner: z.ZodType) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), inner.optional());

/** 所属機関等の職員 give their organization (法人番号 with its check digit, 機関名称, 郵便番号, 所在地). */
const organizationFields = {
  corporateNumber: optional(halfWidth(isCorporateNumber, "corporateNumber")),
  organizationName: optional(text(100)),
  postalCode: optional(halfWidth(isPostalCode, "postalCode")),
  organizationAddress: optional(text(200)),
};

const requireOrganization = (v: { kind?: string; corporateNumber?: unknown; organizationName?: unknown; postalCode?: unknown; organizationAddress?: unknown }, ctx: z.RefinementCtx) => {
  if (v.kind !== "ORGANIZATION_STAFF") return;
  for (const f of ["corporateNumber", "organizationName", "postalCode", "organizationAddress"] as const) {
    if (v[f] === undefined) ctx.addIssue({ code: "custom", path: [f], message: "required" });
  }
};

export const registrationSchema = z
  .object({
    kind: z.enum(userKinds, { message: "required" }),
    nameRoman: nameRomanField,
    birthDate: birthDateField,
    phone: phoneField,
    ...organizationFields,
    password: newPasswordField,
    passwordConfirm: z.string(),
  })
  .superRefine((v, ctx) => {
    requireOrganization(v, ctx);
    confirmPassword(v, ctx);
  });

export const profileEditSchema = z.object({ kind: z.enum(userKinds), phone: phoneField, ...organizationFields }).superRefine(requireOrganization);

export type FieldErrors = Record<string, string[]>;

/** Server side: the same schema, flattened to { field: [messageKey…] }. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? "_form");
    (errors[key] ??= []).includes(issue.message) || errors[key].push(issue.message);
  }
  return { ok: false, errors };
}
