import type { FieldDef, FormDefinition, TextField } from "../forms/types";
import { NAME_ROMAN_MAX } from "../validation/rules";

// The account screens' forms (§2, §3.2, §9.3) as definitions of the one form engine. Their texts
// are message keys, since these screens exist in all 8 languages.

export const userKinds = [
  "ORGANIZATION_STAFF",
  "FOREIGN_NATIONAL",
  "LEGAL_REPRESENTATIVE",
  "LAWYER_OR_SCRIVENER",
  "RELATIVE",
] as const;
export type UserKind = (typeof userKinds)[number];

const f = (key: string) => ({ msg: `fields.${key}` });
const org = { field: "kind", in: ["ORGANIZATION_STAFF"] };

const loginId: TextField = {
  name: "loginId",
  type: "text",
  required: true,
  charClass: "halfAlnum",
  maxLength: 32,
  autoComplete: "username",
  width: "medium",
  label: f("loginId"),
};
const email: TextField = {
  name: "email",
  type: "text",
  input: "email",
  rule: "email",
  required: true,
  maxLength: 254,
  inputMode: "email",
  autoComplete: "email",
  width: "full",
  label: f("email"),
};
const emailConfirm: TextField = {
  ...email,
  name: "emailConfirm",
  label: f("emailConfirm"),
  sameAs: { field: "email", message: "emailMismatch" },
};
const nameRoman: TextField = {
  name: "nameRoman",
  type: "text",
  required: true,
  rule: "nameRoman",
  spaces: true,
  maxLength: NAME_ROMAN_MAX,
  autoComplete: "name",
  width: "full",
  label: f("nameRoman"),
  help: f("nameRomanHint"),
};
const newPassword: TextField = {
  name: "password",
  type: "text",
  input: "password",
  rule: "password",
  required: true,
  maxLength: 40,
  autoComplete: "new-password",
  label: f("newPassword"),
  help: f("passwordHint"),
  review: "masked",
};
const passwordConfirm: TextField = {
  name: "passwordConfirm",
  type: "text",
  input: "password",
  required: true,
  maxLength: 40,
  autoComplete: "new-password",
  label: f("passwordConfirm"),
  sameAs: { field: "password", message: "passwordMismatch" },
  review: "hidden",
};
const phone: TextField = {
  name: "phone",
  type: "text",
  input: "tel",
  required: true,
  rule: "phone",
  inputMode: "numeric",
  autoComplete: "tel",
  width: "short",
  label: f("phone"),
  help: f("phoneHint"),
};
const organization: FieldDef[] = [
  {
    name: "corporateNumber",
    type: "text",
    rule: "corporateNumber",
    charClass: "halfDigits",
    exactLength: 13,
    inputMode: "numeric",
    width: "short",
    showWhen: org,
    requiredWhen: org,
    label: f("corporateNumber"),
    help: f("corporateNumberHint"),
  },
  {
    name: "organizationName",
    type: "text",
    maxLength: 100,
    autoComplete: "organization",
    width: "full",
    showWhen: org,
    requiredWhen: org,
    label: f("organizationName"),
  },
  {
    name: "postalCode",
    type: "text",
    rule: "postalCode",
    charClass: "halfDigits",
    exactLength: 7,
    inputMode: "numeric",
    autoComplete: "postal-code",
    width: "short",
    showWhen: org,
    requiredWhen: org,
    label: f("postalCode"),
    help: f("postalCodeHint"),
  },
  {
    name: "organizationAddress",
    type: "text",
    maxLength: 200,
    autoComplete: "street-address",
    width: "full",
    showWhen: org,
    requiredWhen: org,
    label: f("organizationAddress"),
  },
];
const one = (id: string, fields: FieldDef[]): FormDefinition => ({ id, sections: [{ id: "main", fields }] });

/** 利用者ログイン: any input is tried; only required-ness is checked here. */
export const loginForm = one("login", [
  { ...loginId, charClass: undefined },
  {
    name: "password",
    type: "text",
    input: "password",
    required: true,
    maxLength: 100,
    autoComplete: "current-password",
    label: f("password"),
  },
]);
export const emailPairForm = one("emailPair", [email, emailConfirm]);
export const forgotIdForm = one("forgotId", [email, nameRoman]);
export const forgotPasswordForm = one("forgotPassword", [loginId, email]);
export const resetPasswordForm = one("resetPassword", [newPassword, passwordConfirm]);
export const changePasswordForm = one("changePassword", [
  {
    name: "currentPassword",
    type: "text",
    input: "password",
    required: true,
    maxLength: 100,
    autoComplete: "current-password",
    label: f("currentPassword"),
  },
  newPassword,
  passwordConfirm,
]);

/**
 * 利用者登録. `passwordKept` is set by the server when the user comes back from the check-answers
 * step: the password given then is kept (hashed, server-side), so typing it again is optional.
 */
const kept = { field: "passwordKept", in: ["1"] };
export const registrationForm = one("registration", [
  {
    name: "kind",
    type: "radio",
    required: true,
    label: f("kind"),
    help: f("kindHint"),
    options: userKinds.map((k) => ({ value: k, label: { msg: `userKinds.${k}` } })),
  },
  nameRoman,
  {
    name: "birthDate",
    type: "date",
    required: true,
    past: true,
    autoComplete: "bday",
    label: f("birthDate"),
    help: f("birthDateHint"),
  },
  phone,
  ...organization,
  { type: "hidden", name: "passwordKept" },
  {
    ...newPassword,
    required: false,
    requiredWhen: { not: kept },
    helpWhen: { when: kept, text: { msg: "validation.passwordKept" } },
  },
  { ...passwordConfirm, required: false, requiredWhen: { any: [{ not: kept }, { filled: "password" }] } },
]);

/** 利用者情報変更: the server sets `kind` from the account; only staff give their organization. */
export const profileEditForm = one("profileEdit", [{ type: "hidden", name: "kind" }, phone, ...organization]);
