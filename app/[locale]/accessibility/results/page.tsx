import { getTranslations, setRequestLocale } from "next-intl/server";
import { isoDayFormatter } from "@/app/_server/format";
import { titleFrom } from "@/lib/i18n/metadata";
import { localeHref, locales, localeNames, type Locale } from "@/lib/i18n/routing";
import { criteria, criterionKey, flowChecks } from "@/lib/accessibility/criteria";
import { published } from "@/lib/accessibility/published";
import { criterionVerdict, screenVerdict } from "@/lib/accessibility/results";
import { humanReview } from "@/lib/accessibility/statement";
import { ScrollTable } from "@/components/ui/ScrollTable";

export const generateMetadata = titleFrom("accessibilityResults");

const cell = "py-2 pr-4 align-top";

// 試験結果: generated from the latest recorded run (lib/accessibility/results.json), per criterion
// and per screen, in the form of the みんなの公共サイト運用ガイドライン.
export default async function AccessibilityResultsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibilityResults");
  const tw = await getTranslations("wcag");
  const tt = await getTranslations("theme");
  const day = await isoDayFormatter();
  const { screens, tools, rules, lighthouse } = published;
  const pages = new Set(screens.map((s) => s.page)).size;
  const scans = screens.reduce((n, s) => n + s.scans, 0);
  const languages = (list: string[]) =>
    list.length === locales.length
      ? t("allLanguages", { count: list.length })
      : list.map((l, i) => (
          <span key={l}>
            {i > 0 && ", "}
            <span lang={l}>{localeNames[l as Locale] ?? l}</span>
          </span>
        ));
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>
      <p className="mt-2">
        <a href={localeHref(locale, "/accessibility")}>{t("backToStatement")}</a>
      </p>

      <dl className="mt-6 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t("testedOn")}</dt>
        <dd>
          <time dateTime={published.testedAt}>{day(published.testedAt)}</time>
        </dd>
        <dt className="font-bold">{t("standard")}</dt>
        <dd>{t("standardValue")}</dd>
        <dt className="font-bold">{t("tools")}</dt>
        <dd>{t("toolsValue", { axe: tools.axe, browser: tools.browser })}</dd>
        <dt className="font-bold">{t("scope")}</dt>
        <dd>{t("scopeValue", { screens: screens.length, pages, scans })}</dd>
        <dt className="font-bold">{t("humanReview")}</dt>
        <dd>{t(humanReview.key, { date: day(humanReview.date) })}</dd>
      </dl>

      <h2 className="mt-8 text-xl font-bold">{t("legendHeading")}</h2>
      <dl className="mt-2 space-y-2">
        {(["passed", "failed", "incomplete", "inapplicable", "manual"] as const).map((o) => (
          <div key={o}>
            <dt className="inline font-bold">{t(`outcome.${o}`)}</dt>
            <dd className="inline">: {t(`legend.${o}`)}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-xl font-bold">{t("criteriaHeading")}</h2>
      <ScrollTable
        id="criteria-caption"
        caption={t("criteriaCaption", { count: criteria.length })}
        headers={[t("colCriterion"), t("colLevel"), t("colResult"), t("colScreens"), t("colHow")]}
      >
        {criteria.map((c) => {
          const verdict = criterionVerdict(published, c.id);
          const applicable = screens.filter((s) => s.outcomes[c.id] && s.outcomes[c.id] !== "inapplicable");
          const flows = flowChecks.filter((f) => (f.criteria as readonly string[]).includes(c.id));
          return (
            <tr key={c.id} className="border-b border-rule">
              <th scope="row" className={`${cell} text-left font-normal`}>
                {c.id} {tw(criterionKey(c.id))}
              </th>
              <td className={cell}>{c.level}</td>
              <td className={`${cell} font-bold`}>{t(`outcome.${verdict}`)}</td>
              <td className={cell}>
                {verdict === "manual"
                  ? "—"
                  : t("screensCount", {
                      passed: applicable.filter((s) => s.outcomes[c.id] === "passed").length,
                      applicable: applicable.length,
                    })}
              </td>
              <td className={cell}>
                {rules[c.id]?.length ? (
                  <p>
                    {t("howAxe")} <span className="break-all">{rules[c.id].join(", ")}</span>
                  </p>
                ) : (
                  <p>{t("howManual")}</p>
                )}
                {flows.map((f) => (
                  <p key={f.key} className="mt-1">
                    {t(`flow.${f.key}`)}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </ScrollTable>

      <h2 className="mt-8 text-xl font-bold">{t("screensHeading")}</h2>
      <p className="mt-2">{t("screensIntro")}</p>
      <ScrollTable
        id="screens-caption"
        caption={t("screensCaption", { count: screens.length })}
        headers={[
          t("colScreen"),
          t("colResult"),
          t("colMet"),
          `${t("outcome.failed")} / ${t("outcome.incomplete")}`,
          t("colNotApplicable"),
          t("colLanguages"),
          t("colThemes"),
          t("colTestedOn"),
        ]}
      >
        {screens.map((s) => {
          const ids = (...want: string[]) =>
            Object.entries(s.outcomes)
              .filter(([, v]) => want.includes(v))
              .map(([id, v]) => (want.length > 1 ? `${id} (${t(`outcome.${v}`)})` : id))
              .join(", ") || "—";
          return (
            <tr key={`${s.name} ${s.path}`} className="border-b border-rule">
              <th scope="row" className={`${cell} text-left font-normal`}>
                {s.name}
                <br />
                <code className="break-all">{s.path}</code>
              </th>
              <td className={`${cell} font-bold`}>{t(`outcome.${screenVerdict(s)}`)}</td>
              <td className={cell}>{ids("passed")}</td>
              <td className={cell}>{ids("failed", "incomplete")}</td>
              <td className={cell}>{ids("inapplicable")}</td>
              <td className={cell}>{languages(s.locales)}</td>
              <td className={cell}>{s.themes.map((th) => tt(th)).join(", ")}</td>
              <td className={cell}>
                <time dateTime={s.testedAt}>{day(s.testedAt)}</time>
              </td>
            </tr>
          );
        })}
      </ScrollTable>

      <h2 className="mt-8 text-xl font-bold">{t("lighthouseHeading")}</h2>
      {lighthouse && tools.lighthouse ? (
        <>
          <p className="mt-2">{t("lighthouseIntro", { version: tools.lighthouse, date: day(lighthouse.testedAt) })}</p>
          <ScrollTable
            id="lighthouse-caption"
            caption={t("lighthouseCaption")}
            headers={[t("colScreen"), t("colAccessibility"), t("colBestPractices"), t("colPerformance")]}
          >
            {lighthouse.screens.map((s) => (
              <tr key={s.path} className="border-b border-rule">
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {s.name}
                  <br />
                  <code className="break-all">{s.path}</code>
                </th>
                <td className={cell}>{s.accessibility}</td>
                <td className={cell}>{s.bestPractices}</td>
                <td className={cell}>{s.performance}</td>
              </tr>
            ))}
          </ScrollTable>
        </>
      ) : (
        <p className="mt-2">{t("lighthouseNone")}</p>
      )}
    </>
  );
}
