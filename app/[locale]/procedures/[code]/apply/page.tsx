import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { loadDraft, draftSchema } from "@/lib/applications/drafts";
import { draftAttachments } from "@/lib/files/attachments";
import { initialValues, issuesToErrors } from "@/lib/forms/engine";
import { initialState, type FormValues } from "@/lib/forms/types";
import { ClientStringsProvider } from "@/components/ClientStrings";
import { ProcedureForm } from "@/components/procedure-form/ProcedureForm";
import { ApplyHeading } from "@/components/procedure-form/ApplyHeading";
import { applyContext } from "./context";
import { saveDraft } from "./actions";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ check?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply" });
  return { title: t("title") };
}

// 申込 (§3.3.2, §4.2): the procedure's form, drawn from its definition.
export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const c = await applyContext(locale, code, "/apply");
  const t = await getTranslations("apply");
  const back = `/${locale}/procedures/${code}`;
  if (c.gate !== "open" || !c.def) {
    return (
      <>
        <ApplyHeading procedure={c.name} title={t("title")} />
        <div className="panel mt-6 p-5" role="note">
          {c.gate === "officer" ? (
            <>
              <h2 className="text-lg font-bold">{t("officerTitle")}</h2>
              <p className="mt-2">{t("officerBody")}</p>
            </>
          ) : c.gate === "needsApproval" ? (
            <>
              <h2 className="text-lg font-bold">{t("gateTitle")}</h2>
              <p className="mt-2">{t("gateBody")}</p>
              <p className="mt-4">
                <a href={`/${locale}/procedures/usage`} className="btn btn-primary">
                  {t("gateLink")}
                </a>
              </p>
            </>
          ) : (
            <p>{t("notReady")}</p>
          )}
        </div>
        <p className="mt-8">
          <a href={back} className="btn btn-secondary">
            ‹ {t("backToProcedure")}
          </a>
        </p>
      </>
    );
  }
  const draft = await loadDraft(db(), c.user.id, code);
  const u = c.user;
  const prefill: FormValues = {
    organizationName: u.organizationName ?? "",
    corporateNumber: u.corporateNumber ?? "",
    postalCode: u.postalCode ?? "",
    organizationAddress: u.organizationAddress ?? "",
    phone: u.phone,
    staffName: u.nameRoman,
  };
  // A draft made only by attaching files has no answers yet: the profile still fills the form.
  const saved = (draft?.values ?? {}) as FormValues;
  const values = { ...initialValues(c.def), ...(Object.keys(saved).length ? saved : prefill) };
  const attachments = await draftAttachments(db(), u.id, code);
  // Sent back from 申込確認 because the saved answers no longer pass: show why at once.
  const recheck =
    (await searchParams).check === "1" && draft ? draftSchema(c.def, attachments.length).safeParse(draft.values) : null;
  const messages = await getMessages();
  return (
    <>
      <ApplyHeading procedure={c.name} title={t("title")} />
      <p className="mt-2">{t("lead")}</p>
      <ClientStringsProvider value={{ apply: messages.apply as Record<string, string> }}>
        <ProcedureForm
          def={c.def}
          procedureCode={code}
          lang={c.lang}
          initial={{
            ...initialState(values),
            errors: recheck && !recheck.success ? issuesToErrors(recheck.error.issues) : {},
          }}
          attachments={attachments}
          action={saveDraft.bind(null, locale, code)}
          backHref={back}
        />
      </ClientStringsProvider>
    </>
  );
}
