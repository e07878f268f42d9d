import { getLocale, getTranslations } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { HelpDeskContact } from "@/components/HelpDeskContact";
import type { Theme } from "@/lib/theme/themes";
import { ThemeSwitcher } from "./ThemeSwitcher";

/** Common footer (§1.5 ⑧–⑩): お問い合わせ先, 配色変更, ページ上部へ. */
export async function SiteFooter({
  theme,
  returnTo,
  setTheme,
}: {
  theme: Theme;
  returnTo: string;
  setTheme: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("contact");
  const tf = await getTranslations("footer");
  const ta = await getTranslations("a11y");
  const locale = await getLocale();
  return (
    <footer className="mt-12 border-t-4 border-primary bg-surface" aria-label={tf("label")}>
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-2">
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading" className="text-lg font-bold">
            {t("heading")}
          </h2>
          <h3 className="mt-3 font-bold">{t("proceduresHeading")}</h3>
          <p>{t("proceduresBody")}</p>
          <h3 className="mt-3 font-bold">{t("operationsHeading")}</h3>
          <p>{t("helpdesk")}</p>
          <HelpDeskContact
            tel={{ label: t("tel"), note: t("telHours") }}
            mail={{ label: t("mail"), note: t("mailHours") }}
          />
          <h3 className="mt-3 font-bold">{t("eachHeading")}</h3>
          <p>{t("eachBody")}</p>
        </section>
        <div>
          <ThemeSwitcher current={theme} returnTo={returnTo} action={setTheme} />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 pb-6">
        <p className="text-sm text-muted">{tf("copyright")}</p>
        <a href={localeHref(locale, "/accessibility")} className="inline-flex min-h-11 items-center">
          {tf("accessibility")}
        </a>
        <a href="#top" className="inline-flex min-h-11 items-center">
          {/* An icon, not a ▲ character: axe cannot judge the contrast of text with no letters. */}
          <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" className="me-1 size-3 fill-current">
            <path d="M5 1 9.5 9h-9z" />
          </svg>
          {ta("pageTop")}
        </a>
      </div>
    </footer>
  );
}
