import { getTranslations } from "next-intl/server";

/** An expired, used or unknown mailed link: say which, and lead back to where a new one is asked for. */
export async function LinkProblem({
  reason,
  restartHref,
  restartLabel,
}: {
  reason: "invalid" | "expired" | "used";
  restartHref: string;
  restartLabel: string;
}) {
  const t = await getTranslations("link");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
      <p className="mt-4">{t(reason)}</p>
      <p className="mt-6">
        <a href={restartHref} className="btn btn-primary">
          {restartLabel}
        </a>
      </p>
    </>
  );
}
