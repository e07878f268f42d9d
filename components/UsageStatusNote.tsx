import { getFormatter, getTranslations } from "next-intl/server";
import type { UsageStatus } from "@/lib/applications/usage-status";

/** 利用申出の状況 in one panel, with the way to file it when there is none yet. */
export async function UsageStatusNote({
  status,
  locale,
  headingLevel = 2,
}: {
  status: UsageStatus;
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("mypage");
  const format = await getFormatter();
  const H = `h${headingLevel}` as const;
  const text =
    status.state === "approved" || status.state === "expired"
      ? t(`usage_${status.state}`, { date: format.dateTime(status.validUntil, { dateStyle: "long" }) })
      : status.state === "none"
        ? t("usage_none")
        : t(`usage_${status.state}`, { ref: status.referenceNo });
  return (
    <section aria-labelledby="usage-status" className="panel mt-6 p-5" data-testid="usage-status">
      <H id="usage-status" className="text-lg font-bold">
        {t("usageTitle")}
      </H>
      <p className="mt-2">{text}</p>
      {(status.state === "none" || status.state === "returned") && (
        <p className="mt-3">
          <a href={`/${locale}/procedures/usage`}>{t("usageLink")}</a>
        </p>
      )}
      {(status.state === "expired" || status.state === "approved") && (
        <p className="mt-3">
          <a href={`/${locale}/procedures/periodic-report`}>{t("reportLink")}</a>
        </p>
      )}
    </section>
  );
}
