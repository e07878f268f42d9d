import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeHref } from "@/lib/i18n/routing";
import { titleFrom } from "@/lib/i18n/metadata";
import { REGISTRATION_FLASH_COOKIE } from "@/lib/security/cookies";
import { Stepper } from "@/components/ui/Stepper";

export const generateMetadata = titleFrom("register", "completeTitle");

// 利用者登録完了 (§3.2): reached by a redirect after 登録する, so a reload or Back sends nothing again.
export default async function RegistrationCompletePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const loginId = (await cookies()).get(REGISTRATION_FLASH_COOKIE)?.value;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("completeTitle")}</h1>
      <Stepper
        labels={{
          label: t("steps"),
          input: t("stepInput"),
          review: t("stepConfirm"),
          done: t("stepComplete"),
          current: t("currentStep"),
        }}
        step="done"
      />
      <div role="status" className="panel mt-6 p-5">
        <p>{t("complete")}</p>
        {loginId && /^U\d{10}$/.test(loginId) && (
          <p className="mt-3">
            {t("issuedId")}:{" "}
            <strong className="text-2xl" data-testid="issued-value">
              {loginId}
            </strong>
          </p>
        )}
      </div>
      <p className="mt-6">
        <a href={localeHref(locale, "/login")} className="btn btn-primary">
          {t("toLogin")}
        </a>
      </p>
    </>
  );
}
