import { now } from "@/lib/clock";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { draftSchema, fileCounts } from "@/lib/applications/drafts";
import { draftAttachments } from "@/lib/files/attachments";
import { resolver, reviewRows, stepOf } from "@/lib/forms/engine";
import { statusField } from "@/lib/forms/registry";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { SubmitWithNotice } from "@/components/procedure-form/SubmitWithNotice";
import { ErrorIcon } from "@/components/ui/ErrorIcon";
import { formatBytes } from "@/components/form/format";
import { applyContext, applyPath } from "../context";
import { submitApplication } from "../actions";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "confirm" });
  return { title: t("title") };
}

// 申込確認 (§3.3.4): everything read back from the saved draft; nothing is sent until 申込む.
export default async function ConfirmPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply/confirm");
  const draft = c.def ? c.draft : null;
  if (!c.def || !draft) redirect(applyPath(locale, code));
  const files = await draftAttachments(db(), c.user.id, code);
  const parsed = draftSchema(c.def, fileCounts(files)).safeParse(draft.values);
  if (!parsed.success) redirect(applyPath(locale, code, "?check=1"));
  const t = await getTranslations("confirm");
  const a = await getTranslations("apply");
  const photo = files.find((f) => f.kind === "PHOTO");
  const documents = files.filter((f) => f.kind !== "PHOTO");
  const def = c.def;
  // 変更 opens the step that holds the field; 希望する在留資格 is chosen again on its own screen.
  const changeHref = (field: string) => {
    const step =
      stepOf(def, field) ??
      (field === "attachments" || field === "photo" ? def.steps?.find((s) => s.attachments)?.id : null);
    if (statusField(def) && field === "status") return `${applyPath(locale, code)}?reselect=1`;
    return `${applyPath(locale, code)}${step ? `?step=${step}` : ""}#field-${field}`;
  };
  const lastStep = def.steps?.[def.steps.length - 1]?.id;
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      <p className="mt-4 flex items-center gap-2 text-lg font-bold text-error">
        <ErrorIcon />
        {t("notDone")}
      </p>
      <p className="mt-2">{t("lead")}</p>
      <SummaryList
        sections={reviewRows(c.def, parsed.data, resolver(c.lang), c.lang, undefined, now())}
        change={{
          label: (await getTranslations("form"))("change"),
          href: (field) => changeHref(field),
        }}
      />
      {photo && (
        <section className="mt-6">
          <h2 className="text-lg font-bold">{a("photoHeading")}</h2>
          <figure className="mt-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private file of this user */}
            <img
              src={`/api/attachments/${encodeURIComponent(photo.id)}`}
              alt={a("photoAlt")}
              width={150}
              height={200}
              className="h-[200px] w-[150px] border-2 border-rule object-cover"
            />
            <figcaption className="mt-1 break-all">{photo.name}</figcaption>
          </figure>
          <p className="mt-2">
            <a href={changeHref("photo")} className="link">
              {(await getTranslations("form"))("change")}
              <span className="sr-only">（{a("photoHeading")}）</span>
            </a>
          </p>
        </section>
      )}
      {c.def.attachments && (
        <section className="mt-6">
          <h2 className="text-lg font-bold">{t("attachments")}</h2>
          {documents.length ? (
            <ul className="mt-2 list-disc pl-6" data-testid="confirm-files">
              {documents.map((f) => (
                <li key={f.id}>
                  {f.name}（{formatBytes(f.size, c.lang)}）
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{a("noFiles")}</p>
          )}
        </section>
      )}
      <div className="mt-10 flex flex-wrap items-center gap-4">
        <a href={`${applyPath(locale, code)}${lastStep ? `?step=${lastStep}` : ""}`} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {t("back")}
        </a>
        <SubmitWithNotice
          action={submitApplication.bind(null, locale, code)}
          draftId={draft.id}
          strings={{
            submit: t("submit"),
            noticeTitle: t("noticeTitle"),
            noticeBody: t("noticeBody"),
            ok: t("ok"),
            cancel: t("cancel"),
          }}
        />
      </div>
    </>
  );
}
