import { localeHref } from "@/lib/i18n/routing";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("errors");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  const locale = await getLocale();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4">{t("notFoundBody")}</p>
      <p className="mt-6">
        <a href={localeHref(locale, "/")} className="btn btn-primary">
          {t("home")}
        </a>
      </p>
    </>
  );
}
