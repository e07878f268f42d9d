import { TermsRegion } from "@/components/TermsRegion";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { registrationTerms } from "@/lib/accounts/terms";

export const generateMetadata = titleFrom("register");

// 利用者登録説明 (§3.2)
export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const termsLang = locale === "ja" ? "ja" : "en";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4 font-bold">{t("lead")}</p>
      <p className="mt-2">{t("intro")}</p>
      <h2 id="terms-heading" className="mt-8 text-xl font-bold">
        {t("termsHeading")}
      </h2>
      <TermsRegion label={t("termsRegion")} lang={termsLang} terms={registrationTerms[termsLang]} tall />
      <p className="mt-4">{t("agreeNote")}</p>
      <p className="mt-6">
        <a href={localeHref(locale, "/register/email")} className="btn btn-primary">
          {t("agree")}
          <span aria-hidden="true">›</span>
        </a>
      </p>
    </>
  );
}
