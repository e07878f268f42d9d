import { Select } from "@/components/ui/controls";

/** 一括申請用テンプレート: choose the 区分 and the encoding, then download (a GET form, no script). */
export function TemplateDownload({
  action,
  templates,
  labels,
}: {
  action: string;
  templates: { key: string; label: string }[];
  labels: {
    title: string;
    category: string;
    encoding: string;
    utf8: string;
    sjis: string;
    xlsx: string;
    download: string;
  };
}) {
  return (
    <form method="get" action={action} className="mt-4" aria-labelledby="template-title">
      <p id="template-title" className="font-bold">
        {labels.title}
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor="field-template" className="block">
            {labels.category}
          </label>
          <Select id="field-template" name="template" width="full" className="max-w-full">
            {templates.map((x) => (
              <option key={x.key} value={x.key}>
                {x.label}
              </option>
            ))}
          </Select>
        </div>
        <fieldset>
          <legend>{labels.encoding}</legend>
          <div className="flex flex-wrap gap-x-4">
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="encoding" value="utf-8" defaultChecked /> {labels.utf8}
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="encoding" value="shift_jis" /> {labels.sjis}
            </label>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="encoding" value="xlsx" /> {labels.xlsx}
            </label>
          </div>
        </fieldset>
        <button type="submit" className="btn btn-secondary">
          {labels.download}
        </button>
      </div>
    </form>
  );
}
