import { ErrorIcon } from "@/components/ui/ErrorIcon";

export type StepItem = { id: string; title: string; current: boolean; needsFix: boolean };
export type StepListLabels = { label: string; current: string; needsFix: string; goTo: string };

/**
 * Where the user is in a form of several steps, and which steps need fixing, in words and not by
 * colour alone. The other steps are buttons of the form: moving keeps what was typed on this one
 * (formNoValidate: it is not checked until 次へ).
 */
export function StepList({ steps, labels }: { steps: StepItem[]; labels: StepListLabels }) {
  return (
    <nav aria-label={labels.label} className="mt-6">
      <ol className="flex flex-col gap-2 md:flex-row md:flex-wrap">
        {steps.map((s, i) => {
          const text = (
            <>
              <span>
                {i + 1}. {s.title}
              </span>
              {s.current && <span className="text-sm">（{labels.current}）</span>}
              {s.needsFix && (
                <span className="inline-flex items-center gap-1 text-sm font-bold text-error">
                  <ErrorIcon />
                  {labels.needsFix}
                </span>
              )}
            </>
          );
          return (
            <li key={s.id} aria-current={s.current ? "step" : undefined}>
              {s.current ? (
                <span className="flex flex-wrap items-center gap-x-2 rounded-full border-2 border-primary bg-primary px-4 py-1 font-bold text-on-primary">
                  {text}
                </span>
              ) : (
                <button
                  type="submit"
                  name="intent"
                  value={`goto:${s.id}`}
                  formNoValidate
                  className="flex flex-wrap items-center gap-x-2 rounded-full border-2 border-control-border px-4 py-1 underline underline-offset-4 hover:bg-surface"
                >
                  {text}
                  <span className="sr-only">{labels.goTo}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
