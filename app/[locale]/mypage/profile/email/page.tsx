import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireSession } from "@/lib/auth/current";
import { SchemaForm } from "@/components/form/SchemaForm";
import { SentNotice } from "@/components/form/SentNotice";
import { accountFields } from "@/components/form/specs";
import { changeEmail } from "../actions";

export const generateMetadata = titleFrom("profile", "emailTitle");

// メールアドレス入力(メールアドレス変更) (§9.3.1)
export default async function ChangeEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireSession(locale, `/${locale}/mypage/profile/email`);
  const t = await getTranslations("profile");
  const f = await accountFields();
  const back = localeHref(locale, "/mypage/profile");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("emailTitle")}</h1>
      <p className="mt-4">{t("emailLead")}</p>
      <SchemaForm
        schema="emailPair"
        fields={[f.email, f.emailConfirm]}
        action={changeEmail.bind(null, locale)}
        submitLabel={t("emailSubmit")}
        secondary={<a href={back} className="btn btn-secondary">‹ {t("backToDetail")}</a>}
        done={<SentNotice title={t("emailTitle")} body={t("emailSent")} backHref={back} backLabel={t("backToDetail")} />}
      />
    </>
  );
}
