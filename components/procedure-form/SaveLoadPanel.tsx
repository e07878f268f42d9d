import { Button } from "@/components/ui/Button";

type Labels = {
  title: string;
  notesTitle: string;
  notes: string[];
  notComplete: string;
  save: string;
  saveHint: string;
  load: string;
  loadHint: string;
};

/**
 * 入力中のデータを一時保存・読み込み (§8.2), below the 申込 form. 保存する belongs to the form (it sends
 * what is typed on this step) but posts natively to the download address, so the browser keeps the
 * page and saves the file.
 */
export function SaveLoadPanel({
  form,
  saveUrl,
  loadHref,
  labels,
}: {
  form: string;
  saveUrl: string;
  loadHref: string;
  labels: Labels;
}) {
  return (
    <section aria-labelledby="save-load-title" className="panel mt-12 p-5">
      <h2 id="save-load-title" className="text-lg font-bold">
        {labels.title}
      </h2>
      <h3 className="mt-3 font-bold">{labels.notesTitle}</h3>
      <ul className="mt-1 list-disc pl-6">
        {labels.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className="mt-3 font-bold">{labels.notComplete}</p>
      <div className="mt-4 grid gap-6 sm:grid-cols-2">
        <div>
          <Button
            type="submit"
            form={form}
            formAction={saveUrl}
            formMethod="post"
            formEncType="multipart/form-data"
            formNoValidate
            aria-describedby="save-file-hint"
          >
            <ArrowIcon direction="down" />
            {labels.save}
          </Button>
          <p id="save-file-hint" className="mt-1 text-muted">
            {labels.saveHint}
          </p>
        </div>
        <div>
          <a href={loadHref} className="btn btn-secondary" aria-describedby="load-file-hint">
            <ArrowIcon direction="up" />
            {labels.load}
          </a>
          <p id="load-file-hint" className="mt-1 text-muted">
            {labels.loadHint}
          </p>
        </div>
      </div>
    </section>
  );
}

/** An icon, not a character: axe cannot judge the contrast of a lone ↓ / ↑ and leaves 1.4.3 undecided. */
function ArrowIcon({ direction }: { direction: "up" | "down" }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" className="size-3 fill-current">
      <path d={direction === "down" ? "M5 1h2v6h3L6 11 2 7h3z" : "M5 11h2V5h3L6 1 2 5h3z"} />
    </svg>
  );
}
