import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { procedureName } from "@/lib/procedures/search";
import { PASSWORD_FLASH_COOKIE } from "@/lib/security/cookies";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { applyContext } from "../context";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ ref?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "complete" });
  return { title: t("title") };
}

function flashPassword(raw: string | undefined, ref: string): string | null {
  try {
    const v = JSON.parse(raw ?? "") as { ref?: string; pw?: string };
    return v.ref === ref && typeof v.pw === "string" ? v.pw : null;
  } catch {
    return null;
  }
}

// 申込完了 (§3.3.4): 整理番号 and パスワード, both also mailed separately.
export default async function CompletePage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply/complete");
  const ref = String((await searchParams).ref ?? "");
  const app = await db().application.findFirst({ where: { referenceNo: ref, userId: c.user.id, procedureCode: code } });
  if (!app) notFound();
  const simultaneous = await db().application.findMany({
    where: { parentId: app.id, userId: c.user.id },
    orderBy: { referenceNo: "asc" },
    select: { procedureCode: true, referenceNo: true },
  });
  const password = flashPassword((await cookies()).get(PASSWORD_FLASH_COOKIE)?.value, ref);
  const t = await getTranslations("complete");
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      <div role="status" className="panel mt-6 p-5">
        <p className="font-bold">{t("received", { procedure: c.name })}</p>
        <p className="mt-2">{t("done")}</p>
        <p className="mt-2">{t("mailed")}</p>
        <p className="mt-2 text-muted">{t("mailWarning")}</p>
      </div>
      <dl className="mt-6 divide-y divide-rule border-y border-rule" data-testid="complete-values">
        <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("referenceNo")}</dt>
          <dd className="font-mono text-2xl" data-testid="reference-no">
            {app.referenceNo}
          </dd>
        </div>
        <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("password")}</dt>
          <dd className="font-mono text-2xl" data-testid="access-password">
            {password ?? t("passwordByMail")}
          </dd>
        </div>
      </dl>
      {simultaneous.length > 0 && (
        <section aria-labelledby="simultaneous-title" className="mt-6">
          <h2 id="simultaneous-title" className="text-lg font-bold">
            {t("simultaneous")}
          </h2>
          <p className="mt-2">{t("simultaneousNote")}</p>
          <dl className="mt-2 divide-y divide-rule border-y border-rule" data-testid="simultaneous">
            {simultaneous.map((s) => (
              <div key={s.referenceNo} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
                <dt className="font-bold">{procedureName(s.procedureCode, locale)}</dt>
                <dd className="font-mono text-xl">{s.referenceNo}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="mt-4">{t("keep")}</p>
      <p className="mt-2">{t("followUp")}</p>
      {code === "usage" && <p className="mt-2">{t("usageNext")}</p>}
      <p className="mt-8">
        <a href={`/${locale}/procedures`} className="btn btn-secondary">
          ‹ {t("backToList")}
        </a>
      </p>
    </>
  );
}
