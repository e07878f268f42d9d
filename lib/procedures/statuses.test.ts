import { test } from "node:test";
import assert from "node:assert/strict";
import { categoryOf, statuses, statusesOfCategory } from "./statuses";

test("each status in the online scope names the category part of its forms", () => {
  assert.deepEqual(
    statusesOfCategory("N").map((s) => s.ja),
    [
      "研究",
      "技術・人文知識・国際業務",
      "介護",
      "技能",
      "特定活動（研究活動等）",
      "特定活動（本邦大学卒業者）",
      "高度専門職（1号イ）",
      "高度専門職（1号ロ）",
    ],
  );
  assert.deepEqual(
    statusesOfCategory("V").map((s) => s.ja),
    ["特定技能"],
  );
  assert.deepEqual(
    statusesOfCategory("T").map((s) => s.ja),
    ["日本人の配偶者等", "永住者の配偶者等", "定住者"],
  );
  // 特定活動 takes its 区分 from the 告示 chosen; 高度専門職 has the point table, not one 区分.
  assert.equal(categoryOf("特定活動（本邦大卒者家族）"), "R");
  assert.equal(categoryOf("特定活動"), "U");
  assert.equal(categoryOf("高度専門職"), undefined);
  // Out of scope online: no category is offered for them.
  for (const ja of ["外交", "短期滞在", "永住者"])
    assert.equal(statuses.find((s) => s.ja === ja)?.category, undefined, ja);
  assert.equal(statuses.find((s) => s.ja === "特定活動")?.category, "byNotice");
});
