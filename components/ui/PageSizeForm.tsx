import { Select } from "@/components/ui/controls";

/**
 * 並び替え / 表示数変更 of a list, as a GET form so the view lives in the URL; `keep` carries the
 * list's other parameters (its search), `children` any extra control before the size.
 */
export function PageSizeForm({
  action,
  keep,
  sizes,
  size,
  label,
  option,
  submit,
  children,
}: {
  action: string;
  keep: Record<string, string | undefined>;
  sizes: readonly number[];
  size: number;
  label: string;
  option: (n: number) => string;
  submit: string;
  children?: React.ReactNode;
}) {
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-4">
      {Object.entries(keep).map(([k, v]) => v && <input key={k} type="hidden" name={k} value={v} />)}
      {children}
      <div>
        <label htmlFor="field-size" className="block font-bold">
          {label}
        </label>
        <Select id="field-size" name="size" defaultValue={String(size)} width="medium">
          {sizes.map((n) => (
            <option key={n} value={n}>
              {option(n)}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className="btn btn-secondary">
        {submit}
      </button>
    </form>
  );
}
