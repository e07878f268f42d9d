import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { db } from "@/lib/db/client";
import { checkRegistrationToken, registrationAnswers } from "@/lib/accounts/registration";
import { registrationForm } from "@/lib/accounts/forms";
import { initialState } from "@/lib/forms/types";
import { FormView } from "@/components/form/FormView";
import { LinkProblem } from "@/components/form/LinkProblem";
import { formTexts } from "@/app/_server/forms";
import { register } from "./actions";

export const generateMetadata = titleFrom("register", "formTitle");

// 利用者登録 → 利用者登録確認 → 利用者登録完了 (§3.2)
export default async function RegistrationFormPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const check = await checkRegistrationToken(db(), token);
  const tl = await getTranslations("link");
  if (!check.ok)
    return (
      <LinkProblem
        reason={check.reason}
        restartHref={localeHref(locale, "/register/email")}
        restartLabel={tl("restartRegister")}
      />
    );
  const t = await getTranslations("register");
  const tf = await getTranslations("form");
  const tfields = await getTranslations("fields");
  // Opened again (a reload, Back, the mail's link) after 確認へ進む: the answers given are still here.
  const kept = await registrationAnswers(db(), token);
  return (
    <FormView
      def={registrationForm}
      texts={await formTexts(registrationForm)}
      lang={locale}
      action={register.bind(null, locale, token)}
      initial={initialState(kept ? { ...kept, passwordKept: "1" } : { kind: "ORGANIZATION_STAFF" })}
      fixed={[{ label: tfields("email"), value: check.token.email }]}
      title={t("formTitle")}
      steps={{
        label: t("steps"),
        input: t("stepInput"),
        review: t("stepConfirm"),
        done: t("stepComplete"),
        current: t("currentStep"),
      }}
      submitLabel={tf("next")}
      review={{
        title: t("confirmTitle"),
        lead: t("confirmLead"),
        backLabel: tf("back"),
        submitLabel: t("submit"),
        masked: t("passwordMasked"),
      }}
    />
  );
}
