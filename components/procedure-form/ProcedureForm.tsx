"use client";
import { useCallback, useRef, type ReactNode } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { FormView } from "@/components/form/FormView";
import { Button } from "@/components/ui/Button";
import type { FormDefinition, FormState } from "@/lib/forms/types";
import { Attachments, type AttachedFile, type AttachmentsHandle } from "./Attachments";
import { PhotoField } from "./PhotoField";

type Props = {
  def: FormDefinition;
  procedureCode: string;
  lang: "ja" | "en";
  initial: FormState;
  attachments: AttachedFile[];
  /** Saves the draft after checking it on the server; goes on to 申込確認 when it passes. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  backHref: string;
  /** On a form in steps: 次へ instead of 確認へ進む, 前へ, and the step list. */
  submitLabel?: string;
  previousStep?: { id: string; label: string };
  stepList?: ReactNode;
};

/** The 申込 page of any procedure: its definition's form plus 資料添付. */
export function ProcedureForm({
  def,
  procedureCode,
  lang,
  initial,
  attachments,
  action,
  backHref,
  submitLabel,
  previousStep,
  stepList,
}: Props) {
  const s = useClientStrings("apply");
  const uploads = useRef<AttachmentsHandle>(null);
  const documents = attachments.filter((f) => f.kind !== "PHOTO");
  // The photo as the server last answered (it changes only with a post of the form).
  const hasPhoto = useRef(attachments.some((f) => f.kind === "PHOTO"));
  // Checked only after uploads under way have finished (beforeSubmit), so it never contradicts the list.
  const clientCheck = useCallback(
    () => [
      ...(def.attachments?.required && (uploads.current?.count() ?? documents.length) === 0
        ? [{ path: "attachments", message: "attachmentsRequired" }]
        : []),
      ...(def.attachments?.photo && !hasPhoto.current ? [{ path: "photo", message: "photoRequired" }] : []),
    ],
    [def, documents.length],
  );
  const settle = useCallback(async () => {
    await uploads.current?.settle();
  }, []);
  return (
    <FormView
      def={def}
      lang={lang}
      action={action}
      initial={initial}
      submitLabel={submitLabel ?? s.toConfirm}
      before={stepList}
      multipart={!!def.attachments}
      formId="apply-form"
      clientCheck={clientCheck}
      beforeSubmit={settle}
      extraLabels={
        def.attachments
          ? { ...(def.attachments.photo ? { photo: s.photoField } : {}), attachments: s.attachField }
          : undefined
      }
      secondary={
        previousStep ? (
          <Button type="submit" name="intent" value={`goto:${previousStep.id}`} formNoValidate>
            <span aria-hidden="true">‹</span>
            {previousStep.label}
          </Button>
        ) : (
          <a href={backHref} className="btn btn-secondary">
            <span aria-hidden="true">‹</span>
            {s.backToProcedure}
          </a>
        )
      }
    >
      {(state, errorsFor) => {
        if (!def.attachments) return null;
        const files = state.files ?? attachments;
        const photo = files.find((f) => f.kind === "PHOTO");
        hasPhoto.current = !!photo;
        return (
          <>
            {def.attachments.photo && <PhotoField photo={photo} errors={errorsFor("photo")} lang={lang} />}
            <Attachments
              ref={uploads}
              procedureCode={procedureCode}
              rule={def.attachments}
              lang={lang}
              initialFiles={attachments}
              serverFiles={state.files}
              errors={errorsFor("attachments")}
              serverNotices={state.notices}
            />
          </>
        );
      }}
    </FormView>
  );
}
