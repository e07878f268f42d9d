import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/lib/accounts/forms";
import { userKinds } from "@/lib/accounts/schemas";

/** Field descriptions of the account forms, labelled in the page's language. */
export async function accountFields() {
  const t = await getTranslations("fields");
  const k = await getTranslations("userKinds");
  const org = { field: "kind", values: ["ORGANIZATION_STAFF"] };
  const all = {
    loginId: { name: "loginId", label: t("loginId"), required: true, autoComplete: "username", width: "medium" },
    password: { name: "password", label: t("password"), type: "password", required: true, autoComplete: "current-password" },
    currentPassword: { name: "currentPassword", label: t("currentPassword"), type: "password", required: true, autoComplete: "current-password" },
    newPassword: { name: "password", label: t("newPassword"), type: "password", required: true, autoComplete: "new-password", hint: t("passwordHint"), maxLength: 40 },
    passwordConfirm: { name: "passwordConfirm", label: t("passwordConfirm"), type: "password", required: true, autoComplete: "new-password" },
    email: { name: "email", label: t("email"), type: "email", required: true, autoComplete: "email", inputMode: "email", width: "full" },
    emailConfirm: { name: "emailConfirm", label: t("emailConfirm"), type: "email", required: true, autoComplete: "email", inputMode: "email", width: "full" },
    nameRoman: { name: "nameRoman", label: t("nameRoman"), required: true, hint: t("nameRomanHint"), autoComplete: "name", maxLength: 104, width: "full" },
    birthDate: { name: "birthDate", label: t("birthDate"), required: true, hint: t("birthDateHint"), inputMode: "numeric", autoComplete: "bday", maxLength: 8, width: "short", calendar: "past" },
    phone: { name: "phone", label: t("phone"), type: "tel", required: true, hint: t("phoneHint"), inputMode: "numeric", autoComplete: "tel", maxLength: 12, width: "short" },
    kind: { name: "kind", label: t("kind"), type: "radio", required: true, hint: t("kindHint"), options: userKinds.map((v) => ({ value: v, label: k(v) })) },
    corporateNumber: { name: "corporateNumber", label: t("corporateNumber"), required: true, hint: t("corporateNumberHint"), inputMode: "numeric", maxLength: 13, width: "short", showWhen: org },
    organizationName: { name: "organizationName", label: t("organizationName"), required: true, autoComplete: "organization", maxLength: 100, width: "full", showWhen: org },
    postalCode: { name: "postalCode", label: t("postalCode"), required: true, hint: t("postalCodeHint"), inputMode: "numeric", autoComplete: "postal-code", maxLength: 7, width: "short", showWhen: org },
    organizationAddress: { name: "organizationAddress", label: t("organizationAddress"), required: true, autoComplete: "street-address", maxLength: 200, width: "full", showWhen: org },
  } satisfies Record<string, FieldSpec>;
  return all as Record<keyof typeof all, FieldSpec>;
}
