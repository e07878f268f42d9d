import { getTranslations, setRequestLocale } from "next-intl/server";
import { isoDayFormatter } from "@/app/_server/format";
import { titleFrom } from "@/lib/i18n/metadata";
import { localeHref } from "@/lib/i18n/routing";
import { HelpDeskContact } from "@/components/HelpDeskContact";
import { published } from "@/lib/accessibility/published";
import { humanReview, knownProblems, POLICY_DATE } from "@/lib/accessibility/statement";

export const generateMetadata = titleFrom("accessibility");

// ウェブアクセシビリティ方針: what the service promises, how it is tested, what is known to fall short.
export default async function AccessibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  const day = await isoDayFormatter();
  const { tools } = published;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>

      <h2 className="mt-8 text-xl font-bold">{t("policyHeading")}</h2>
      <p className="mt-2">{t("policyTarget")}</p>
      <p className="mt-2">{t("policyCriteria")}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t("scopeLabel")}</dt>
        <dd>{t("scope")}</dd>
        <dt className="font-bold">{t("targetLabel")}</dt>
        <dd>{t("target")}</dd>
        <dt className="font-bold">{t("dateLabel")}</dt>
        <dd>
          <time dateTime={POLICY_DATE}>{day(POLICY_DATE)}</time>
        </dd>
      </dl>

      <h2 className="mt-8 text-xl font-bold">{t("testingHeading")}</h2>
      <p className="mt-2">{t("testingIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t("testingAxe", { axe: tools.axe, browser: tools.browser })}</li>
        <li>{t("testingLanguages")}</li>
        <li>{t("testingThemes")}</li>
        <li>{t("testingStates")}</li>
        {tools.lighthouse && <li>{t("testingLighthouse", { version: tools.lighthouse })}</li>}
        <li>{t("testingKeyboard")}</li>
        <li>{t("testingNoScript")}</li>
        <li>{t("testingReflow")}</li>
      </ul>
      <p className="mt-2">{t("testingCi")}</p>
      <p className="mt-2">{t(humanReview.key, { date: day(humanReview.date) })}</p>
      <p className="mt-4">
        <a href={localeHref(locale, "/accessibility/results")}>{t("resultsLink", { date: day(published.testedAt) })}</a>
      </p>

      <h2 className="mt-8 text-xl font-bold">{t("problemsHeading")}</h2>
      <ul className="mt-2 space-y-3">
        {knownProblems.map((p) => (
          <li key={p.key} className="border-l-4 border-rule pl-4">
            <p>{t(`problem.${p.key}`)}</p>
            <p className="mt-1 font-bold">
              {t("fixBy")} <time dateTime={p.fixBy}>{day(p.fixBy)}</time>
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-bold">{t("reportHeading")}</h2>
      <p className="mt-2">{t("reportBody")}</p>
      <div className="mt-2">
        <HelpDeskContact tel={{ label: t("reportTel") }} mail={{ label: t("reportMail") }} />
      </div>
      <p className="mt-2">{t("reportInclude")}</p>
      <p className="mt-2">{t("reportAnswer")}</p>
    </>
  );
}
