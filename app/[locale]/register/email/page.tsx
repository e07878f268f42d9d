import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SchemaForm } from "@/components/form/SchemaForm";
import { SentNotice } from "@/components/form/SentNotice";
import { accountFields } from "@/components/form/specs";
import { registerEmail } from "./actions";

export const generateMetadata = titleFrom("register", "emailTitle");

// メールアドレス入力(利用者登録) → メール送信完了 (§3.2)
export default async function RegisterEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const f = await accountFields();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("emailTitle")}</h1>
      <p className="mt-4">{t("emailLead")}</p>
      <SchemaForm
        schema="emailPair"
        fields={[f.email, f.emailConfirm]}
        action={registerEmail.bind(null, locale)}
        submitLabel={t("emailSubmit")}
        done={<SentNotice title={t("sentTitle")} body={t("sent")} backHref={localeHref(locale, "/")} backLabel={(await getTranslations("errors"))("home")} />}
      />
    </>
  );
}
