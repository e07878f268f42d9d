import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { logout } from "./actions";

export const generateMetadata = titleFrom("logout");

// 利用者ログアウト確認 (§2.3)
export default async function LogoutPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("logout");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("question")}</p>
      <form action={logout.bind(null, locale)} className="mt-8 flex flex-wrap gap-4">
        <a href={localeHref(locale, "/mypage")} className="btn btn-secondary">
          {t("cancel")}
        </a>
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
