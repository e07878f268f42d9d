"use client";
import { useCallback, useRef } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { FormView } from "@/components/form/FormView";
import type { FormDefinition, FormState } from "@/lib/forms/types";
import { Attachments, type AttachedFile, type AttachmentsHandle } from "./Attachments";

type Props = {
  def: FormDefinition;
  procedureCode: string;
  lang: "ja" | "en";
  initial: FormState;
  attachments: AttachedFile[];
  /** Saves the draft after checking it on the server; goes on to 申込確認 when it passes. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  backHref: string;
};

/** The 申込 page of any procedure: its definition's form plus 資料添付. */
export function ProcedureForm({ def, procedureCode, lang, initial, attachments, action, backHref }: Props) {
  const s = useClientStrings("apply");
  const uploads = useRef<AttachmentsHandle>(null);
  // Checked only after uploads under way have finished (beforeSubmit), so it never contradicts the list.
  const clientCheck = useCallback(
    () =>
      def.attachments?.required && (uploads.current?.count() ?? attachments.length) === 0
        ? [{ path: "attachments", message: "attachmentsRequired" }]
        : [],
    [def, attachments.length],
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
      submitLabel={s.toConfirm}
      multipart={!!def.attachments}
      clientCheck={clientCheck}
      beforeSubmit={settle}
      extraLabels={def.attachments ? { attachments: s.attachField } : undefined}
      secondary={
        <a href={backHref} className="btn btn-secondary">
          <span aria-hidden="true">‹</span>
          {s.backToProcedure}
        </a>
      }
    >
      {(state, errorsFor) =>
        def.attachments && (
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
        )
      }
    </FormView>
  );
}
