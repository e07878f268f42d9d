import { Button } from "./Button";
import type { ReviewRow } from "@/lib/forms/engine";

type Change = { label: string } & ({ href: (field: string) => string } | { button: true });

/**
 * Check answers (GOV.UK summary list): answers read back (check answers, 申込確認, officer view, print): one description list per
 * section. With `change`, each row with a field offers 変更 back to it: a link to the input page, or a
 * button of the surrounding form (name="intent" value="edit:field") that works without JavaScript.
 */
export function SummaryList({
  sections,
  change,
}: {
  sections: { title: string; rows: ReviewRow[] }[];
  change?: Change;
}) {
  return (
    <>
      {sections.map((s, i) => (
        <section key={`${s.title}-${i}`} className="mt-6">
          {s.title && <h2 className="text-lg font-bold">{s.title}</h2>}
          <dl className="mt-2 divide-y divide-rule border-y border-rule">
            {s.rows.map((r) => (
              <div
                key={r.field}
                className={`grid gap-1 py-3 ${change ? "sm:grid-cols-[16rem_1fr_auto]" : "sm:grid-cols-[18rem_1fr]"}`}
              >
                <dt className="font-bold">
                  {r.number && <span className="mr-2">{r.number}</span>}
                  {r.label}
                </dt>
                <dd className="whitespace-pre-wrap break-words">{r.value || "—"}</dd>
                {change && !r.field && <dd />}
                {change && r.field && (
                  <dd className="print:hidden">
                    {"href" in change ? (
                      <a href={change.href(r.field)}>
                        {change.label}
                        <span className="sr-only">（{r.label}）</span>
                      </a>
                    ) : (
                      <Button type="submit" name="intent" value={`edit:${r.field}`} variant="link">
                        {change.label}
                        <span className="sr-only">（{r.label}）</span>
                      </Button>
                    )}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
