import type { ReviewRow } from "@/lib/forms/engine";

/** Answers read back (申込確認, officer view, print): one description list per section. */
export function ReviewList({ sections }: { sections: { title: string; rows: ReviewRow[] }[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.title} className="mt-6">
          <h2 className="text-lg font-bold">{s.title}</h2>
          <dl className="mt-2 divide-y divide-rule border-y border-rule">
            {s.rows.map((r) => (
              <div key={`${r.number}-${r.label}`} className="grid gap-1 py-3 sm:grid-cols-[18rem_1fr]">
                <dt className="font-bold">
                  {r.number && <span className="mr-2">{r.number}</span>}
                  {r.label}
                </dt>
                <dd className="whitespace-pre-wrap break-words">{r.value || "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
