import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { SchemaForm } from "@/components/form/SchemaForm";
import { SentNotice } from "@/components/form/SentNotice";
import { accountFields } from "@/components/form/specs";
import { forgotId } from "./actions";

export const generateMetadata = titleFrom("forgotId");

// メールアドレス入力(利用者ID通知) (§2.4)
export default async function ForgotIdPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("forgotId");
  const f = await accountFields();
  const back = localeHref(locale, "/login");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4 whitespace-pre-line">{t("lead")}</p>
      <SchemaForm
        schema="forgotId"
        fields={[f.email, f.nameRoman]}
        action={forgotId}
        submitLabel={t("submit")}
        secondary={<a href={back} className="btn btn-secondary">‹ {t("back")}</a>}
        done={<SentNotice title={t("sentTitle")} body={t("sent")} backHref={back} backLabel={t("back")} />}
      />
    </>
  );
}
