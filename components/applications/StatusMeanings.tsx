import { getTranslations } from "next-intl/server";
import { STATUSES } from "@/lib/applications/states";

/** The seven 処理状況 and what each means for the user (manual §7.1), in words, never colour. */
export async function StatusMeanings() {
  const t = await getTranslations("applications");
  const st = await getTranslations("status");
  const meaning = await getTranslations("statusMeaning");
  return (
    <section aria-labelledby="status-meanings" className="mt-10">
      <h2 id="status-meanings" className="text-lg font-bold">
        {t("statusMeanings")}
      </h2>
      <dl className="mt-2 divide-y divide-rule border-y border-rule">
        {STATUSES.map((s) => (
          <div key={s} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
            <dt className="font-bold">{st(s)}</dt>
            <dd>{meaning(s)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
