import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { checkRegistrationToken } from "@/lib/accounts/registration";
import { SchemaForm } from "@/components/form/SchemaForm";
import { LinkProblem } from "@/components/form/LinkProblem";
import { accountFields } from "@/components/form/specs";
import { register } from "./actions";

export const generateMetadata = titleFrom("register", "formTitle");

// 利用者登録 → 利用者登録確認 → 利用者登録完了 (§3.2)
export default async function RegistrationFormPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const check = await checkRegistrationToken(db(), token);
  const tl = await getTranslations("link");
  if (!check.ok) return <LinkProblem reason={check.reason} restartHref={localeHref(locale, "/register/email")} restartLabel={tl("restartRegister")} />;
  const t = await getTranslations("register");
  const tf = await getTranslations("form");
  const tfields = await getTranslations("fields");
  const f = await accountFields();
  return (
    <SchemaForm
        schema="registration"
        fixed={[{ label: tfields("email"), value: check.token.email }]}
        title={t("formTitle")}
        steps={{ label: t("steps"), input: t("stepInput"), review: t("stepConfirm"), done: t("stepComplete"), current: t("currentStep") }}
        fields={[f.kind, f.nameRoman, f.birthDate, f.phone, f.corporateNumber, f.organizationName, f.postalCode, f.organizationAddress, f.newPassword, f.passwordConfirm]}
        defaultValues={{ kind: "ORGANIZATION_STAFF", nameRoman: "", birthDate: "", phone: "", corporateNumber: "", organizationName: "", postalCode: "", organizationAddress: "", password: "", passwordConfirm: "" }}
        action={register.bind(null, locale, token)}
        submitLabel={tf("next")}
        review={{ title: t("confirmTitle"), lead: t("confirmLead"), backLabel: tf("back"), submitLabel: t("submit"), masked: ["password", "passwordConfirm"], maskText: t("passwordMasked") }}
        doneView={{ title: t("completeTitle"), body: t("complete"), valueLabel: t("issuedId"), valueKey: "loginId", linkHref: localeHref(locale, "/login"), linkLabel: t("toLogin") }}
    />
  );
}
