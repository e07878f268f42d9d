"use client";
import { useRef, useState } from "react";

type Props = {
  action: (formData: FormData) => Promise<void>;
  draftId: string;
  strings: { submit: string; noticeTitle: string; noticeBody: string; ok: string; cancel: string };
};

/**
 * 申込む → the 整理番号・パスワード notice as a modal <dialog> (focus on OK, Esc cancels), then the
 * form is sent once. Without JavaScript the button submits directly. The server is idempotent too.
 */
export function SubmitWithNotice({ action, draftId, strings }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ok = useRef<HTMLButtonElement>(null);
  const [sending, setSending] = useState(false);
  return (
    <form action={action} onSubmit={() => setSending(true)}>
      <input type="hidden" name="draftId" value={draftId} />
      <button
        type="submit"
        className="btn btn-primary"
        aria-haspopup="dialog"
        disabled={sending}
        onClick={(e) => {
          e.preventDefault();
          dialog.current?.showModal();
          ok.current?.focus();
        }}
      >
        {strings.submit}
        <span aria-hidden="true">›</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="notice-title"
        aria-describedby="notice-body"
        className="panel m-auto max-w-lg p-6 backdrop:bg-black/60"
      >
        <h2 id="notice-title" className="text-lg font-bold">
          {strings.noticeTitle}
        </h2>
        <p id="notice-body" className="mt-3">
          {strings.noticeBody}
        </p>
        <div className="mt-6 flex flex-wrap justify-end gap-4">
          <button type="button" className="btn btn-secondary" onClick={() => dialog.current?.close()}>
            {strings.cancel}
          </button>
          <button
            ref={ok}
            type="submit"
            className="btn btn-primary"
            disabled={sending}
            onClick={() => dialog.current?.close()}
          >
            {strings.ok}
          </button>
        </div>
      </dialog>
    </form>
  );
}
