import { FieldErrors } from "@/components/form/FieldErrors";
import { FieldLabel } from "@/components/ui/FieldLabel";
import { FileInput } from "@/components/ui/controls";
import { fill, formatBytes } from "@/components/form/format";
import type { AttachmentView } from "@/lib/files/attachments";
import type { AttachmentRule } from "@/lib/forms/types";

const MB = 1024 * 1024;
const REASONS = ["notPdf", "encrypted", "invalid", "tooMany", "tooLarge", "empty"];

/** What the last post did, as the address says it: files attached, refused (reason:name), removed. */
export type DocumentNotices = { added: string[]; refused: string[]; removed?: string; error?: string };

/**
 * 資料添付 of one applicant of a 一括申請: plain forms (no JavaScript needed) — the attached PDFs,
 * each with 削除, and a chooser for more. Refusals are said at the chooser, by file and rule.
 */
export function RowDocuments({
  documents,
  rule,
  lang,
  strings: s,
  notices,
  attach,
  remove,
}: {
  documents: AttachmentView[];
  rule: AttachmentRule;
  lang: "ja" | "en";
  strings: Record<string, string>;
  notices: DocumentNotices;
  attach: (formData: FormData) => Promise<void>;
  remove: (id: string) => Promise<void>;
}) {
  const limits = { files: rule.maxFiles, mb: rule.maxBytes / MB };
  const errors = [
    ...(notices.error ? [s[notices.error] ?? s.noFileChosen] : []),
    ...notices.refused.map((r) => {
      const at = r.indexOf(":");
      const reason = r.slice(0, at);
      return fill(s[`refusal_${REASONS.includes(reason) ? reason : "failed"}`], { name: r.slice(at + 1), ...limits });
    }),
  ];
  const done = [
    ...notices.added.map((name) => fill(s.uploaded, { name })),
    ...(notices.removed ? [fill(s.removed, { name: notices.removed })] : []),
  ];
  return (
    <section aria-labelledby="documents-title" className="mt-10">
      <h2 id="documents-title" className="text-xl font-bold">
        {s.attachHeading}
      </h2>
      {done.length > 0 && (
        <div role="status" className="panel mt-3 p-3 font-bold">
          <ul className="list-none">
            {done.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {documents.length ? (
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">{s.attachHeading}</caption>
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
            {documents.map((d) => (
              <tr key={d.id} className="border-b border-rule">
                <td className="py-2 pr-4 break-all">
                  <a href={`/api/attachments/${encodeURIComponent(d.id)}`} className="link">
                    {d.name}
                  </a>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatBytes(d.size, lang)}</td>
                <td className="py-2">
                  <form action={remove.bind(null, d.id)}>
                    <button
                      type="submit"
                      className="btn btn-secondary"
                      aria-label={fill(s.removeNamed, { name: d.name })}
                    >
                      {s.remove}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2">{s.noFiles}</p>
      )}
      <form action={attach} encType="multipart/form-data" className="mt-4" noValidate>
        <label htmlFor="field-documents" className="block">
          <FieldLabel
            text={s.attachField}
            invalid={errors.length > 0}
            required={rule.required}
            requiredText={s.required}
          />
        </label>
        <p id="field-documents-hint" className="mt-1 text-muted">
          {rule.help?.[lang]}
          <br />
          {fill(s.attachLimits, limits)}
        </p>
        <FieldErrors id="field-documents-error" errors={errors} />
        <div className="mt-1 flex flex-wrap items-center gap-4">
          <FileInput
            id="field-documents"
            name="documents"
            accept="application/pdf,.pdf"
            multiple
            aria-invalid={errors.length ? true : undefined}
            aria-describedby={errors.length ? "field-documents-error field-documents-hint" : "field-documents-hint"}
          />
          <button type="submit" className="btn btn-secondary">
            {s.attach}
          </button>
        </div>
      </form>
    </section>
  );
}
