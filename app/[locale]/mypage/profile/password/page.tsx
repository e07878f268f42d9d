import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireSession } from "@/lib/auth/current";
import { SchemaForm } from "@/components/form/SchemaForm";
import { SentNotice } from "@/components/form/SentNotice";
import { accountFields } from "@/components/form/specs";
import { changeOwnPassword } from "../actions";

export const generateMetadata = titleFrom("profile", "passwordTitle");

// パスワード変更 → 利用者変更完了 (§9.3.2)
export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireSession(locale, `/${locale}/mypage/profile/password`);
  const t = await getTranslations("profile");
  const f = await accountFields();
  const back = localeHref(locale, "/mypage/profile");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("passwordTitle")}</h1>
      <SchemaForm
        schema="changePassword"
        fields={[f.currentPassword, f.newPassword, f.passwordConfirm]}
        action={changeOwnPassword.bind(null, locale)}
        submitLabel={t("passwordSubmit")}
        secondary={<a href={back} className="btn btn-secondary">‹ {t("backToDetail")}</a>}
        done={<SentNotice title={t("completeTitle")} body={t("complete")} backHref={back} backLabel={t("backToDetail")} />}
      />
    </>
  );
}
