"use client";
import { useRef, useState } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { ErrorIcon } from "@/components/form/ErrorSummary";
import type { AttachmentRule } from "@/lib/forms/types";
import { fill, formatBytes } from "@/components/form/format";

export type AttachedFile = { id: string; name: string; size: number };
type Notice = { id: number; error: boolean; text: string };

const MB = 1024 * 1024;

function send(url: string, body: FormData, onProgress: (percent: number) => void): Promise<{ status: number; json: Record<string, unknown> }> {
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

/**
 * 資料添付 (§3.3.3): our own upload control in every storage mode. Files go one by one; progress is
 * shown and announced; each refusal names the file and the rule; the list keeps a running total.
 */
export function Attachments({ procedureCode, rule, lang, files, onChange, errors }: { procedureCode: string; rule: AttachmentRule; lang: "ja" | "en"; files: AttachedFile[]; onChange: (files: AttachedFile[]) => void; errors: string[] }) {
  const s = useClientStrings("apply");
  const input = useRef<HTMLInputElement>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [announce, setAnnounce] = useState("");
  const limits = { files: rule.maxFiles, mb: rule.maxBytes / MB };
  const total = files.reduce((n, f) => n + f.size, 0);
  const invalid = errors.length > 0;
  const note = (error: boolean, text: string) => setNotices((n) => [...n, { id: Date.now() + Math.random(), error, text }]);

  async function attach() {
    const chosen = [...(input.current?.files ?? [])];
    setNotices([]);
    if (!chosen.length) {
      note(true, s.noFileChosen);
      return;
    }
    let list = files;
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
        list = [...list, json.attachment as AttachedFile];
        onChange(list);
        note(false, fill(s.uploaded, { name: file.name }));
      } else {
        const reason = typeof json.reason === "string" ? json.reason : "failed";
        note(true, fill(s[`refusal_${reason}`] ?? s.refusal_failed, { name: file.name, ...limits }));
      }
    }
    setProgress(null);
    setAnnounce("");
    if (input.current) input.current.value = "";
  }

  async function removeFile(f: AttachedFile) {
    const res = await fetch(`/api/uploads/${encodeURIComponent(f.id)}`, { method: "DELETE" });
    if (res.ok) {
      onChange(files.filter((x) => x.id !== f.id));
      setNotices([{ id: Date.now(), error: false, text: fill(s.removed, { name: f.name }) }]);
      input.current?.focus();
    }
  }

  const errorsShown = notices.filter((n) => n.error);
  return (
    <section aria-labelledby="attach-heading" className="mt-10">
      <h2 id="attach-heading" className="text-xl font-bold">{s.attachHeading}</h2>
      <div className="mt-4">
        <label htmlFor="field-attachments" className={`inline-flex flex-wrap items-center gap-2 font-bold ${invalid ? "error-label rounded-4 bg-error-label-bg px-1 text-error-label-text" : ""}`}>
          {invalid && <ErrorIcon />}
          {s.attachField}
          {rule.required && <span className="rounded-4 border border-current px-1 text-sm font-normal">{s.required}</span>}
        </label>
        <p id="attachments-hint" className="mt-1 text-muted">
          {rule.help?.[lang]}
          <br />
          {fill(s.attachLimits, limits)}
        </p>
        {invalid && (
          <ul id="attachments-error" className="mt-1 font-bold text-error">
            {errors.map((m) => <li key={m}>{m}</li>)}
          </ul>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <input
            ref={input}
            id="field-attachments"
            type="file"
            accept="application/pdf,.pdf"
            multiple
            aria-invalid={invalid || undefined}
            aria-describedby={["attachments-hint", invalid && "attachments-error"].filter(Boolean).join(" ")}
            className="block max-w-full rounded-8 border-2 border-control-border bg-canvas p-2 text-ink file:mr-3 file:rounded-4 file:border-0 file:bg-primary file:px-3 file:py-2 file:font-bold file:text-on-primary"
          />
          <button type="button" className="btn btn-secondary" onClick={attach} disabled={!!progress}>
            {s.attach}
          </button>
        </div>
      </div>
      {progress && (
        <div className="mt-3">
          <label htmlFor="upload-progress">{fill(s.uploading, progress)}</label>
          <progress id="upload-progress" max={100} value={progress.percent} className="mt-1 block h-3 w-full max-w-md" />
        </div>
      )}
      <p className="sr-only" aria-live="polite">{announce}</p>
      <div aria-live="polite" className="mt-3">
        {notices.filter((n) => !n.error).map((n) => <p key={n.id}>{n.text}</p>)}
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
              <th scope="col" className="py-2 pr-4">{s.fileName}</th>
              <th scope="col" className="py-2 pr-4">{s.fileSize}</th>
              <th scope="col" className="py-2">{s.fileActions}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id} className="border-b border-rule">
                <td className="break-all py-2 pr-4">{f.name}</td>
                <td className="whitespace-nowrap py-2 pr-4">{formatBytes(f.size, lang)}</td>
                <td className="py-2">
                  <button type="button" className="btn btn-secondary min-h-11 py-1" aria-label={fill(s.removeNamed, { name: f.name })} onClick={() => removeFile(f)}>
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
        {fill(s.total, { count: files.length, size: formatBytes(total, lang), ...limits })}
      </p>
    </section>
  );
}
