// Server time to check a whole residence application (normalise + every rule, as 申込む does):
// the median of 100 runs of each form's zod schema on its example answers.
import { performance } from "node:perf_hooks";
import { formFor } from "../lib/forms/registry";
import { formSchema } from "../lib/forms/schema";
import { allFields } from "../lib/forms/engine";
import { cookCoeV, engineerCoeN, engineerExtensionN } from "../lib/forms/definitions/residence/examples";

// 区分V is the longest form: a 特定技能1号 application with its support plan and organization.
const examples: [string, Record<string, unknown>][] = [
  ["coe", engineerCoeN],
  ["change", { ...engineerExtensionN, birthPlace: "ハノイ", currentStatus: "留学" }],
  ["extension", engineerExtensionN],
  ["coe", cookCoeV],
];
console.log(`\n${"form".padEnd(12)} ${"fields".padStart(7)} ${"median".padStart(10)} ${"p95".padStart(10)}`);
for (const [code, values] of examples) {
  const def = formFor(code, values.status)!;
  const schema = formSchema(def);
  if (!schema.safeParse(values).success) throw new Error(`${code}: the example does not pass`);
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    schema.safeParse(values);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  console.log(
    `${def.id.padEnd(12)} ${String(allFields(def).length).padStart(7)} ${ms(times[49]).padStart(10)} ${ms(times[94]).padStart(10)}`,
  );
}
