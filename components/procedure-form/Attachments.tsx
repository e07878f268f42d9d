"use client";
import { forwardRef, useImperativeHandle, useRef, useState } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { ErrorIcon } from "@/components/ui/ErrorIcon";
import { FieldLabel } from "@/components/form/fields";
import { FieldErrors } from "@/components/form/FieldErrors";
import { FileInput } from "@/components/ui/controls";
import type { AttachmentRule } from "@/lib/forms/types";
import { fill, formatBytes, plural, validationMessage } from "@/components/form/format";

export type AttachedFile = { id: string; name: string; size: number; kind?: string };
type Notice = { id: number; error: boolean; text: string };
/** The form waits for this before it is checked and sent. */
export type AttachmentsHandle = { settle: () => Promise<void>; count: () => number };

const MB = 1024 * 1024;
const documentsOf = (files: AttachedFile[]) => files.filter((f) => f.kind !== "PHOTO");

function send(
  url: string,
  body: FormData,
  onProgress: (percent: number) => void,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(xhr.responseText);
      } catch {}
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => resolve({ status: 0, json: {} });
    xhr.send(body);
  });
}

type Props = {
  procedureCode: string;
  rule: AttachmentRule;
  lang: string;
  initialFiles: AttachedFile[];
  /** The draft's files as the server answered a post of the form (attached or removed without JavaScript). */
  serverFiles?: AttachedFile[];
  errors: string[];
  /** Notices of files the server took or refused when the form itself was posted. */
  serverNotices?: { error: boolean; message: string }[];
};

/**
 * 資料添付 (§3.3.3). Without JavaScript the chosen files go with the form (multipart) and 添付する
 * and 削除 are buttons of the form. With it, files go one by one to /api/uploads with progress shown
 * and announced; each refusal names the file and the rule; the list keeps a running total.
 */
export const Attachments = forwardRef<AttachmentsHandle, Props>(function Attachments(
  { procedureCode, rule, lang, initialFiles, serverFiles, errors, serverNotices },
  ref,
) {
  const s = useClientStrings("apply");
  // The 顔写真 has its own field (PhotoField); this list is the documents.
  const [files, setFiles] = useState(() => documentsOf(initialFiles));
  const [shownFiles, setShownFiles] = useState(serverFiles);
  if (serverFiles && serverFiles !== shownFiles) {
    setShownFiles(serverFiles);
    setFiles(documentsOf(serverFiles));
  }
  const onChange = (next: AttachedFile[]) => setFiles(next);
  const input = useRef<HTMLInputElement>(null);
  const toNotices = (list: { error: boolean; message: string }[] = []) =>
    list.map((n, i) => ({
      id: i,
      error: n.error,
      text: fill(validationMessage(s, n.message), { files: rule.maxFiles, mb: rule.maxBytes / MB }),
    }));
  // Without JavaScript the server renders the page again with what became of the files sent.
  const [notices, setNotices] = useState<Notice[]>(() => toNotices(serverNotices));
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [announce, setAnnounce] = useState("");
  const busy = useRef<Promise<void> | null>(null);
  const list = useRef(files);
  list.current = files;
  const limits = { files: rule.maxFiles, mb: rule.maxBytes / MB };
  const total = files.reduce((n, f) => n + f.size, 0);
  const invalid = errors.length > 0;
  const say = (key: string, name: string) => fill(s[key] ?? s.refusal_failed, { name, ...limits });

  const [shownNotices, setShownNotices] = useState(serverNotices);
  if (serverNotices && serverNotices !== shownNotices) {
    setShownNotices(serverNotices);
    setNotices(toNotices(serverNotices));
  }

  async function upload(chosen: File[]) {
    const next: Notice[] = [];
    for (const file of chosen) {
      const body = new FormData();
      body.set("procedure", procedureCode);
      body.set("file", file);
      let lastSpoken = -1;
      setProgress({ name: file.name, percent: 0 });
      const { status, json } = await send("/api/uploads", body, (percent) => {
        setProgress({ name: file.name, percent });
        // Spoken in quarters, not on every event.
        const q = Math.floor(percent / 25) * 25;
        if (q !== lastSpoken) {
          lastSpoken = q;
          setAnnounce(fill(s.uploading, { name: file.name, percent: q }));
        }
      });
      if (status === 200 && json.attachment) {
        list.current = [...list.current, json.attachment as AttachedFile];
        onChange(list.current);
        next.push({ id: Math.random(), error: false, text: say("uploaded", file.name) });
      } else {
        next.push({
          id: Math.random(),
          error: true,
          text: say(`refusal_${typeof json.reason === "string" ? json.reason : "failed"}`, file.name),
        });
      }
      setNotices([...next]);
    }
    setProgress(null);
    setAnnounce("");
  }

  /** Sends what is chosen (if anything) after any upload under way; the form awaits this too. */
  function attachChosen(): Promise<void> {
    const chosen = [...(input.current?.files ?? [])];
    if (input.current) input.current.value = "";
    const run = (busy.current ?? Promise.resolve()).then(() => (chosen.length ? upload(chosen) : undefined));
    busy.current = run.finally(() => {
      if (busy.current === run) busy.current = null;
    });
    return run;
  }
  useImperativeHandle(ref, () => ({ settle: attachChosen, count: () => list.current.length }));

  async function removeFile(f: AttachedFile) {
    const res = await fetch(`/api/uploads/${encodeURIComponent(f.id)}`, { method: "DELETE" });
    if (res.ok) {
      onChange(list.current.filter((x) => x.id !== f.id));
      setNotices([{ id: Date.now(), error: false, text: fill(s.removed, { name: f.name }) }]);
      input.current?.focus();
    }
  }

  const errorsShown = notices.filter((n) => n.error);
  return (
    <section aria-labelledby="attach-heading" className="mt-10">
      <h2 id="attach-heading" className="text-xl font-bold">
        {s.attachHeading}
      </h2>
      <div className="mt-4">
        <label htmlFor="field-attachments">
          <FieldLabel text={s.attachField} invalid={invalid} required={rule.required} />
        </label>
        <p id="attachments-hint" className="mt-1 text-muted">
          {rule.help?.[lang === "ja" ? "ja" : "en"]}
          <br />
          {fill(s.attachLimits, limits)}
        </p>
        <FieldErrors id="attachments-error" errors={errors} />
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <FileInput
            ref={input}
            id="field-attachments"
            name="files"
            accept="application/pdf,.pdf"
            multiple
            aria-invalid={invalid || undefined}
            aria-describedby={["attachments-hint", invalid && "attachments-error"].filter(Boolean).join(" ")}
          />
          {/* A button of the form (works without JavaScript); with it, the upload happens here. Never
              disabled while busy, so focus stays on it; a second press waits for the first. */}
          <button
            type="submit"
            name="intent"
            value="attach"
            formNoValidate
            className="btn btn-secondary"
            aria-disabled={progress ? true : undefined}
            onClick={(e) => {
              e.preventDefault();
              if (!input.current?.files?.length) {
                setNotices([{ id: Date.now(), error: true, text: s.noFileChosen }]);
                return;
              }
              void attachChosen();
            }}
          >
            {s.attach}
          </button>
        </div>
      </div>
      {progress && (
        <div className="mt-3">
          <label htmlFor="upload-progress">{fill(s.uploading, progress)}</label>
          <progress
            id="upload-progress"
            max={100}
            value={progress.percent}
            className="mt-1 block h-3 w-full max-w-md"
          />
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <div aria-live="polite" className="mt-3">
        {notices
          .filter((n) => !n.error)
          .map((n) => (
            <p key={n.id}>{n.text}</p>
          ))}
      </div>
      <div role="alert" className="mt-2">
        {errorsShown.length > 0 && (
          <ul className="space-y-1 font-bold text-error">
            {errorsShown.map((n) => (
              <li key={n.id} className="flex items-start gap-2">
                <ErrorIcon />
                {n.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      {files.length ? (
        <table className="mt-4 w-full max-w-3xl border-collapse text-left">
          <caption className="sr-only">{s.attachField}</caption>
          <thead>
            <tr className="border-b-2 border-rule">
              <th scope="col" className="py-2 pr-4">
                {s.fileName}
              </th>
              <th scope="col" className="py-2 pr-4">
                {s.fileSize}
              </th>
              <th scope="col" className="py-2">
                {s.fileActions}
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id} className="border-b border-rule">
                <td className="break-all py-2 pr-4">{f.name}</td>
                <td className="whitespace-nowrap py-2 pr-4">{formatBytes(f.size, lang)}</td>
                <td className="py-2">
                  <button
                    type="submit"
                    name="intent"
                    value={`removeFile:${f.id}`}
                    formNoValidate
                    className="btn btn-secondary min-h-11 py-1"
                    aria-label={fill(s.removeNamed, { name: f.name })}
                    onClick={(e) => {
                      e.preventDefault();
                      void removeFile(f);
                    }}
                  >
                    {s.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-4">{s.noFiles}</p>
      )}
      <p className="mt-2 font-bold" data-testid="attach-total">
        {fill(plural(s, "total", files.length, lang), {
          count: files.length,
          size: formatBytes(total, lang),
          ...limits,
        })}
      </p>
    </section>
  );
});
