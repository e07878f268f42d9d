import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { requireUser } from "@/app/_server/guards";
import { db } from "@/lib/db/client";
import { confirmEmailChange } from "@/lib/accounts/profile";
import { kickMailDelivery } from "@/lib/mail/worker";
import { LinkProblem } from "@/components/form/LinkProblem";

export const generateMetadata = titleFrom("profile", "emailDoneTitle");

// The mailed link completes the change (§9.3.1); it belongs to the logged-in user only.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const { user: me } = await requireUser(locale, `/${locale}/mypage/profile/email/${token}`);
  const r = await confirmEmailChange(db(), token, me.id);
  const t = await getTranslations("profile");
  const tl = await getTranslations("link");
  if (!r.ok) {
    if (r.reason === "emailTaken")
      return (
        <LinkProblem
          reason="invalid"
          restartHref={localeHref(locale, "/mypage/profile/email")}
          restartLabel={tl("restartEmail")}
        />
      );
    return (
      <LinkProblem
        reason={r.reason}
        restartHref={localeHref(locale, "/mypage/profile/email")}
        restartLabel={tl("restartEmail")}
      />
    );
  }
  kickMailDelivery();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("emailDoneTitle")}</h1>
      <p role="status" className="mt-4">
        {t("emailDone")}
      </p>
      <p className="mt-6">
        <a className="btn btn-primary" href={localeHref(locale, "/mypage/profile")}>
          {t("backToDetail")}
        </a>
      </p>
    </>
  );
}
