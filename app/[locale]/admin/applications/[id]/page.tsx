import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { applicationForOfficer, DECIDED_BY_APPROVAL } from "@/lib/applications/review";
import { isUndecided } from "@/lib/applications/states";
import { formFor } from "@/lib/forms/registry";
import { resolver, reviewRows } from "@/lib/forms/engine";
import type { FormValues } from "@/lib/forms/types";
import { SummaryList } from "@/components/ui/SummaryList";
import { RequestMessage } from "@/components/admin/RequestMessage";
import { ScrollTable } from "@/components/ui/ScrollTable";
import { formatBytes } from "@/components/form/format";
import { requireOfficer } from "@/app/_server/guards";
import { isRecordId } from "@/lib/security/ids";
import { approve, moveOn, sendBack } from "../../actions";
import { OFFICER_MOVES } from "@/lib/applications/officer";
import { isElectronicCoe } from "@/lib/applications/coe";
import type { Status } from "@/lib/applications/states";
import { procedureName } from "@/lib/procedures/search";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string; to?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("detailTitle") };
}

export default async function AdminApplicationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user: officer } = await requireOfficer(locale, `/${locale}/admin/applications/${encodeURIComponent(id)}`);
  const app = isRecordId(id) ? await applicationForOfficer(db(), id) : null;
  const def = app && formFor(app.procedureCode, (app.values as Record<string, unknown>).status);
  if (!app || !def) notFound();
  const { done, error, to } = await searchParams;
  const t = await getTranslations("admin");
  const st = await getTranslations("status");
  const format = await getFormatter();
  const lang = locale === "ja" ? "ja" : "en";
  const messageError = error === "empty" ? t("messageRequired") : error === "long" ? t("messageTooLong") : null;
  const notices: Record<string, string> = {
    approved: t("approved"),
    returned: t("returned"),
    already: t("alreadyDecided"),
    own: t("ownApplication"),
    moved: t("moved", { status: to && to in OFFICER_MOVES ? st(to) : "" }),
    stale: t("stale"),
    notAllowed: t("notAllowed"),
  };
  // 利用申出 and 定期報告 are approved or returned; residence applications move through the states.
  const usage = DECIDED_BY_APPROVAL.includes(app.procedureCode);
  const required = (await getTranslations("form"))("required");
  const moves = usage ? [] : OFFICER_MOVES[app.status as Status];
  const notice = done ? (notices[done] ?? null) : null;
  const own = app.userId === officer.id;
  return (
    <>
      <p className="text-muted">{t("title")}</p>
      <h1 className="text-2xl font-bold">
        {t("detailTitle")}: {app.referenceNo}
      </h1>
      {notice && (
        <p role="status" className="panel mt-4 p-4 font-bold">
          {notice}
        </p>
      )}
      <dl className="mt-6 divide-y divide-rule border-y border-rule">
        {[
          [t("colProcedure"), procedureName(app.procedureCode, locale)],
          [t("colStatus"), st(app.status)],
          [t("colSubmitted"), format.dateTime(app.submittedAt, { dateStyle: "medium", timeStyle: "short" })],
          [t("applicant"), `${app.user.nameRoman}（${app.user.loginId}, ${app.user.email}）`],
          ...(app.approval ? [[t("validUntil"), format.dateTime(app.approval.validUntil, { dateStyle: "long" })]] : []),
          ...(app.returnMessage ? [[t("returnedMessage"), app.returnMessage]] : []),
          ...(app.certificate
            ? [
                [
                  t("certificate"),
                  `${app.certificate.certificateNo}（${
                    app.certificate.registeredAt
                      ? t("certificateRegistered", {
                          at: format.dateTime(app.certificate.registeredAt, {
                            dateStyle: "medium",
                            timeStyle: "short",
                          }),
                        })
                      : t("certificatePending")
                  }）`,
                ],
              ]
            : []),
        ].map(([k, v]) => (
          <div key={k} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">{k}</dt>
            <dd className="whitespace-pre-wrap">{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-xl font-bold">
          {t("history")}
        </h2>
        <div className="mt-2">
          <ScrollTable
            id="history-caption"
            caption={t("historyCaption")}
            headers={[t("colAt"), t("colStatus"), t("colActor"), t("colNote")]}
          >
            {app.events.map((e) => (
              <tr key={e.id} className="border-b border-rule">
                <td className="py-2 pr-4">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="py-2 pr-4">{st(e.status)}</td>
                <td className="py-2 pr-4">
                  {e.actor ? `${e.actor.nameRoman}（${e.actor.loginId}）` : t("byApplicant")}
                </td>
                <td className="whitespace-pre-wrap py-2">{e.message ?? "—"}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
      </section>
      <h2 className="mt-8 text-xl font-bold">{t("answers")}</h2>
      <SummaryList
        sections={reviewRows(def, app.values as FormValues, resolver(lang), lang, undefined, app.submittedAt)}
      />
      <h2 className="mt-8 text-xl font-bold">{t("attachments")}</h2>
      <ul className="mt-2 list-disc pl-6">
        {app.attachments.map((a) => (
          <li key={a.id}>
            <a href={`/api/attachments/${a.id}`} download>
              {t("download", { name: a.name, size: formatBytes(a.size, lang) })}
            </a>
          </li>
        ))}
      </ul>
      {isUndecided(app.status) && own && <p className="panel mt-10 p-4 font-bold">{t("ownApplication")}</p>}
      {!usage && !own && (
        <section aria-labelledby="move" className="mt-10">
          <h2 id="move" className="text-xl font-bold">
            {t("moveTitle")}
          </h2>
          <p className="mt-2">{t("moveLead", { status: st(app.status) })}</p>
          {moves.length === 0 && <p className="mt-2">{t("noMoves")}</p>}
          {moves
            .filter((m) => m !== "RETURNED")
            .map((m) => (
              <form key={m} action={moveOn.bind(null, locale, app.id)} className="mt-4">
                <input type="hidden" name="from" value={app.status} />
                <input type="hidden" name="to" value={m} />
                <button type="submit" className="btn btn-primary">
                  {m === "COMPLETED" && isElectronicCoe(app) ? t("issueCoe") : t("moveTo", { status: st(m) })}
                </button>
              </form>
            ))}
          {moves.includes("RETURNED") && (
            <form action={moveOn.bind(null, locale, app.id)} className="panel mt-6 p-4">
              <input type="hidden" name="from" value={app.status} />
              <input type="hidden" name="to" value="RETURNED" />
              <RequestMessage
                id="move-message"
                label={t("moveMessage")}
                hint={t("moveReturnHint")}
                error={messageError}
                requiredText={required}
              />
              <button type="submit" className="btn btn-secondary mt-3">
                {t("moveTo", { status: st("RETURNED") })}
              </button>
            </form>
          )}
        </section>
      )}
      {usage && isUndecided(app.status) && !own && (
        <section aria-labelledby="decision" className="mt-10">
          <h2 id="decision" className="text-xl font-bold">
            {t("decision")}
          </h2>
          <form action={approve.bind(null, locale, app.id)} className="panel mt-4 p-4">
            <p>{t("approveLead")}</p>
            <button type="submit" className="btn btn-primary mt-3">
              {t("approve")}
            </button>
          </form>
          <form action={sendBack.bind(null, locale, app.id)} className="panel mt-6 p-4">
            <h3 className="font-bold">{t("returnHeading")}</h3>
            <RequestMessage
              id="return-message"
              label={t("returnMessage")}
              hint={t("returnHint")}
              error={messageError}
              requiredText={required}
            />
            <button type="submit" className="btn btn-secondary mt-3">
              {t("returnSubmit")}
            </button>
          </form>
        </section>
      )}
      <p className="mt-8">
        <a href={`/${locale}/admin`} className="btn btn-secondary">
          ‹ {t("backToList")}
        </a>
      </p>
    </>
  );
}
