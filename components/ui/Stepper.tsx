export type StepperLabels = { label: string; input: string; review: string; done: string; current: string };
type Step = "input" | "review" | "done";

/** 入力 → 確認 → 完了: where the user is, in words (the current step is also marked for screen readers). */
export function Stepper({ labels, step }: { labels: StepperLabels; step: Step }) {
  return (
    <nav aria-label={labels.label} className="mt-4">
      <ol className="flex flex-wrap gap-2">
        {(["input", "review", "done"] as const).map((k, i) => (
          <li
            key={k}
            aria-current={k === step ? "step" : undefined}
            className={`rounded-full border-2 px-4 py-1 ${k === step ? "border-primary bg-primary font-bold text-on-primary" : "border-control-border"}`}
          >
            {i + 1}. {labels[k]}
            {k === step && <span className="sr-only">（{labels.current}）</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
