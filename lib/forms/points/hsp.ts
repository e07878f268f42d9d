import type { Bilingual, ChoiceField, Condition, FieldDef, FormValues, LeafField, Option, SectionDef } from "../types";
import { bi, digits, is, onlyWhen, text, yesNoOptions } from "../definitions/residence/parts";

// 高度専門職ポイント計算表 (1号イ・ロ・ハ; 2号 uses the table of the 1号 activity it continues) as data,
// and the calculation the browser shows live and the server stores. The items, their order and every
// choice text are those of the official bulk tool's sheet 申請情報入力(高度専門職ポイント表) and its
// lists (categories.md §14; docs/categories/hsp.md): a choice's Japanese text is the stored value, and
// the points are those the text states. 年齢 is not asked: it is the applicant's age on the day of the
// calculation, from the common part's 生年月日 (birthDate).

export type HspType = "1号イ" | "1号ロ" | "1号ハ";
export const HSP_TYPES: readonly HspType[] = ["1号イ", "1号ロ", "1号ハ"];
/** The total a 高度専門職 needs (合計 70点以上). */
export const HSP_THRESHOLD = 70;

/** A choice of the table: the tool's Japanese text (stored), its English text, its points. */
type Choice = { ja: string; en: string; points: number };
const c = (ja: string, en: string, points: number): Choice => ({ ja, en, points });
const options = (list: Choice[]): Option[] => list.map((x) => ({ value: x.ja, label: bi(x.ja, x.en) }));
const pointsOf = (list: Choice[], value: unknown): number =>
  typeof value === "string" ? (list.find((x) => x.ja === value)?.points ?? 0) : 0;

export const HSP_NOT_APPLICABLE = "該当しない";
const NA = c(HSP_NOT_APPLICABLE, "Not applicable", 0);
const APPLICABLE_5 = [NA, c("該当する（５点）", "Applicable (5 points)", 5)]; // list CC29
const APPLICABLE_10 = [NA, c("該当する（１０点）", "Applicable (10 points)", 10)]; // list CC29_1

const BA = c(
  "大卒又はこれと同等以上の教育（博士，修士を除く）（１０点）",
  "Acquired BA or equivalent degree,education(excluding PhD,MA/MS)(10pt)",
  10,
);
const DOCTOR = c(
  "博士学位（専門職学位を除く）（３０点）",
  "Holder of a doctor's degree (excluding professional degrees) (30 points)",
  30,
);
const MASTER = c(
  "修士又は専門職学位（２０点）",
  "Holder of a master's degree (including professional degrees) (20 points)",
  20,
);
const MBA = c(
  "経営管理に関する専門職学位（ＭＢＡ，ＭＯＴ）を保有（２５点）",
  "Holder of a professional degree：business management(MBA, MOT)(25pt)",
  25,
);

/** 学歴 (lists CC21, CC21_1, CC21_2): the last degree counts. */
const ACADEMIC: Record<HspType, Choice[]> = {
  "1号イ": [NA, DOCTOR, MASTER, BA],
  "1号ロ": [NA, DOCTOR, MBA, MASTER, BA],
  "1号ハ": [
    NA,
    MBA,
    c(
      "博士若しくは修士の学位又は専門職学位（２０点）",
      "Holder of a doctor's degree or a master's degree (20 points)",
      20,
    ),
    BA,
  ],
};

/** 職歴 (lists CC22, CC22_1, CC22_2): experience in the work to be done. */
const CAREER: Record<HspType, Choice[]> = {
  "1号イ": [
    NA,
    c("７年以上（１５点）", "7 years or more (15 points)", 15),
    c("５年以上７年未満（１０点）", "5 years or more but less than 7 years (10 points)", 10),
    c("３年以上５年未満（５点）", "3 years or more but less than 5 years (5 points)", 5),
  ],
  "1号ロ": [
    NA,
    c("１０年以上（２０点）", "10 years or more (20 points)", 20),
    c("７年以上１０年未満（１５点）", "7 years or more but less than 10 years (15 points)", 15),
    c("５年以上７年未満（１０点）", "5 years or more but less than 7 years (10 points)", 10),
    c("３年以上５年未満（５点）", "3 years or more but less than 5 years (5 points)", 5),
  ],
  "1号ハ": [
    NA,
    c("１０年以上（２５点）", "10 years or more (25 points)", 25),
    c("７年以上１０年未満（２０点）", "7 years or more but less than 10 years (20 points)", 20),
    c("５年以上７年未満（１５点）", "5 years or more but less than 7 years (15 points)", 15),
    c("３年以上５年未満（１０点）", "3 years or more but less than 5 years (10 points)", 10),
  ],
};

/** 年齢 (list CC23): the brackets and their points; `max` is the bracket's oldest age. */
const AGE: (Choice & { max: number })[] = [
  { ...c("３０歳未満（１５点）", "Up to 29 years of age (15 points)", 15), max: 29 },
  { ...c("３０～３４歳（１０点）", "Between 30 and 34 years of age (10 points)", 10), max: 34 },
  { ...c("３５～３９歳（５点）", "Between 35 and 39 years of age (5 points)", 5), max: 39 },
  { ...c("４０歳以上（０点）", "40 years of age and above (0 points)", 0), max: Infinity },
];

/**
 * 年収 of イ and ロ (lists CC23_00…CC23_03, chosen by the 年齢 answer): the same points at every
 * age, but a bracket is offered only up to an age — 400万 below 30, 500万 up to 34, 600万 and 700万
 * up to 39, 800万 and more at any age. `maxAge` is that limit.
 */
const INCOME_BY_AGE: (Choice & { maxAge: number })[] = [
  { ...c("１，０００万円以上（４０点）", "More than 10 million yen (40 points)", 40), maxAge: Infinity },
  {
    ...c("９００万円以上１，０００万円未満（３５点）", "9,000,000 yen up to 9,999,999 yen (35 points)", 35),
    maxAge: Infinity,
  },
  {
    ...c("８００万円以上９００万円未満（３０点）", "8,000,000 yen up to 8,999,999 yen (30 points)", 30),
    maxAge: Infinity,
  },
  { ...c("７００万円以上８００万円未満（２５点）", "7,000,000 yen up to 7,999,999 yen (25 points)", 25), maxAge: 39 },
  { ...c("６００万円以上７００万円未満（２０点）", "6,000,000 yen up to 6,999,999 yen (20 points)", 20), maxAge: 39 },
  { ...c("５００万円以上６００万円未満（１５点）", "5,000,000 yen up to 5,999,999 yen (15 points)", 15), maxAge: 34 },
  { ...c("４００万円以上５００万円未満（１０点）", "4,000,000 yen up to 4,999,999 (10 points)", 10), maxAge: 29 },
];
const INCOME_BY_AGE_LIST = [NA, ...INCOME_BY_AGE];

/** 年収 of ハ (list CC24_1): no age limits. */
const INCOME_HA: Choice[] = [
  NA,
  c("３，０００万円以上（５０点）", "30 million yen or more (50 points)", 50),
  c("２，５００万円以上３，０００万円未満（４０点）", "25,000,000 yen up to 29,999,999 yen (40 points)", 40),
  c("２，０００万円以上２，５００万円未満（３０点）", "20,000,000 yen up to 24,999,999 yen (30 points)", 30),
  c("１，５００万円以上２，０００万円未満（２０点）", "15,000,000 yen up to 19,999,999 yen (20 points)", 20),
  c("１，０００万円以上１，５００万円未満（１０点）", "10,000,000 yen up to 14,999,999 yen (10 points)", 10),
];

/** 地位 (list CC26), 1号ハ. */
const POSITION: Choice[] = [
  NA,
  c(
    "代表取締役，代表執行役又は代表権のある業務執行社員（１０点）",
    "Representative director or representative executive officer(10 pts)",
    10,
  ),
  c(
    "取締役，執行役又は業務執行社員（５点）",
    "A member of the board of directors, executive officer, or executive member(5pts)",
    5,
  ),
];

/** 資格 (list CC27), 1号ロ. */
const LICENSE: Choice[] = [
  NA,
  c("複数保有（１０点）", "has more than one (10 points)", 10),
  c("１つ保有（５点）", "has only one (5 points)", 5),
];

/** 特別加算４ (list CC28). */
const JAPANESE: Choice[] = [
  NA,
  c(
    "日本の大学を卒業又は大学院の課程を修了した，かつ日本語能力試験Ｎ１合格相当（２５点）",
    "Graduated from Japanese univ. and passed JLPT N1(25 pts)",
    25,
  ),
  c(
    "日本語専攻で外国の大学を卒業又は日本語能力試験Ｎ１合格相当（１５点）",
    "Graduated with overseas Japanese major or passing JLPT N1(15pts)",
    15,
  ),
  c(
    "日本の大学を卒業又は大学院の課程を修了した（１０点）",
    "Graduated from Japanese univ. or completed graduate school course(10pts)",
    10,
  ),
  c(
    "日本語能力試験Ｎ２合格相当（１０点）",
    "Equivalent to passing Japanese Language Proficiency Test N2 (10 points)",
    10,
  ),
];

/** 研究実績: four achievements (the tool's 有/無 columns, checkboxes on the online screen). */
const RESEARCH: Option[] = [
  ["発明者として特許を受けた発明が１件以上", "Have made at least one patented invention"],
  [
    "外国政府から補助金、競争的資金等を受けた研究に３回以上従事",
    "At least 3 times engaged in research funded from foreign governments",
  ],
  [
    "学術論文データベースに登載されている学術雑誌に掲載された論文が３本以上",
    "At least 3 articles published listed in the Academic Database",
  ],
  ["その他法務大臣が認める研究実績", "Have made other research achievements recognized by Japan's Minister of Justice"],
].map(([ja, en]) => ({ value: ja, label: bi(ja, en) }));

const RANKED = "１以下の２つ以上で３００位以内の外国の大学かランク付された本邦の大学";
const UNIVERSITY_KINDS: Option[] = [
  [RANKED, "Foreign Unv ranked top 300 in at least two or ranked Japanese Unv"],
  [
    "２スーパーグローバル大学創成支援事業で補助金を受けている大学",
    "Receving subsidies through the Top Global Universities Project",
  ],
  [
    "３イノベーティブ・アジア事業でパートナー校指定を受けている大学",
    "Designated as partner schools in the Innovative Asia Project",
  ],
].map(([ja, en]) => ({ value: ja, label: bi(ja, en) }));

const QS = "QS・ワールド・ユニバーシティ・ランキングス（クアクアレリ・シモンズ社（英国））";
const THE = "THE・ワールド・ユニバーシティ・ランキングス（タイムズ社（英国））";
const ARWU = "アカデミック・ランキング・オブ・ワールド・ユニバーシティズ（上海交通大学（中国））";
const RANKINGS: Option[] = [
  { value: QS, label: bi(QS, "QS World University Rankings(Quacquarelli Symonds(UK))") },
  { value: THE, label: bi(THE, "THE World University Rankings (The Times(UK))") },
  { value: ARWU, label: bi(ARWU, "Academic Ranking of World Universities (SJTU (China))") },
];

/** This system's own question (not a column of the tool), for the tool's 年収300万円 rule. */
export const HSP_INCOME_MIN_YES = "300万円以上";
const INCOME_MIN: Option[] = [
  { value: HSP_INCOME_MIN_YES, label: bi("300万円以上", "3,000,000 yen or more") },
  { value: "300万円未満", label: bi("300万円未満", "Less than 3,000,000 yen") },
];

const TYPE_OPTIONS: Record<HspType, Option> = {
  "1号イ": { value: "1号イ", label: bi("1号イ（高度学術研究活動）", "(i)(a) Advanced academic research activities") },
  "1号ロ": {
    value: "1号ロ",
    label: bi("1号ロ（高度専門・技術活動）", "(i)(b) Advanced specialized/technical activities"),
  },
  "1号ハ": {
    value: "1号ハ",
    label: bi("1号ハ（高度経営・管理活動）", "(i)(c) Advanced business management activities"),
  },
};

/** The per-type fields carry the type in their name, as the tool has one column per type. */
const SUFFIX: Record<HspType, string> = { "1号イ": "I", "1号ロ": "Ro", "1号ハ": "Ha" };
const academicName = (t: HspType) => `hspAcademic${SUFFIX[t]}`;
const careerName = (t: HspType) => `hspCareer${SUFFIX[t]}`;
const incomeName = (t: HspType) => `hspIncome${SUFFIX[t]}`;
const researchName = (t: HspType) => `hspResearch${SUFFIX[t]}`;
const incomeList = (t: HspType) => (t === "1号ハ" ? INCOME_HA : INCOME_BY_AGE_LIST);

/** 特別加算１・２, each asked for the 契約機関 and for the 活動機関 (one subtotal each). */
const INSTITUTION_BONUSES = [
  {
    name: "hspInnovation",
    list: APPLICABLE_10,
    label: "特別加算１\u3000{機関}（１）イノベーションを促進するための支援措置を受けている機関における就労",
    en: "Special addition 1 ({org}) (1): work at an organization receiving support measures for innovation",
    help: bi("{機関}がイノベーション促進支援措置を受けている。", "The {org} receives innovation support measures."),
  },
  {
    name: "hspInnovationSme",
    list: APPLICABLE_10,
    label: "特別加算１\u3000{機関}（２）イノベーションを促進するための支援措置を受けている機関における就労",
    en: "Special addition 1 ({org}) (2): the organization receiving support measures for innovation is an SME",
    help: bi(
      "イノベーションを促進するための支援措置を受けている企業であって、中小企業基本法に規定する中小企業者。",
      "A company receiving support measures for innovation that is a small or medium-sized enterprise under the Small and Medium-sized Enterprise Basic Act.",
    ),
  },
  {
    name: "hspLocalSupport",
    list: APPLICABLE_10,
    label: "特別加算１\u3000{機関}（３）地方公共団体における高度人材外国人の受入れ促進支援措置を受けている機関",
    en: "Special addition 1 ({org}) (3): organization receiving a local government's support for accepting highly skilled foreign professionals",
    help: bi(
      "産業の国際競争力の強化及び国際的な経済活動の拠点の形成を図るため、地方公共団体における高度人材外国人の受入れを促進するための支援として法務大臣が認めるものを受けている。",
      "Receives support, recognized by the Minister of Justice, from a local government for accepting highly skilled foreign professionals.",
    ),
  },
  {
    name: "hspRdSme",
    list: APPLICABLE_5,
    label: "特別加算２\u3000試験研究費等比率が３％超の中小企業における就労（{機関}）",
    en: "Special addition 2 ({org}): work at an SME whose test and research expenses exceed 3% of its sales",
    help: bi(
      "{機関}が中小企業基本法に規定する中小企業者で、試験研究費及び開発費の合計金額が、総収入金額から固定資産若しくは有価証券の譲渡による収入金額を控除した金額（売上高）の３％超。算出する割合（％）＝（試験研究費等／売上高）×１００が３％を超える場合は５点です。「該当する」を選択した場合は、「試験研究費等」、「売上高」を入力してください。",
      "The {org} is an SME whose test, research and development expenses exceed 3% of its sales (total revenue less revenue from the transfer of fixed assets or securities): 5 points when (expenses / sales) × 100 is over 3%. Enter both amounts when Applicable.",
    ),
  },
] as const;
const ORGS = [
  { key: "Contract", ja: "契約機関", en: "contracting organization" },
  { key: "Activity", ja: "活動機関", en: "organization of activity" },
] as const;
const orgNames = (name: string) => ORGS.map((o) => `${name}${o.key}`);

type ChoiceExtra = Omit<ChoiceField, "type" | "name" | "label" | "options">;
/** A question of the table: required (as on the online screen) unless `extra` says otherwise. */
const choiceField = (
  type: ChoiceField["type"],
  name: string,
  label: Bilingual,
  list: Choice[] | Option[],
  extra: Partial<ChoiceExtra> = {},
): ChoiceField => ({
  type,
  name,
  number: "",
  label,
  options: list.length && "ja" in list[0] ? options(list as Choice[]) : (list as Option[]),
  required: true,
  ...extra,
});

/**
 * The 高度専門職ポイント表 as one section, in the tool's order. Without a type it asks 活動類型
 * (hspType) first and shows each type's own items only for it; with a type (a form that already
 * knows it, e.g. from 入国目的 高度専門職（１号ロ）) it holds that type's items only, unconditioned,
 * and hspType offers that one type (the page may prefill it; hspPoints reads it).
 */
export function hspPointSection(type?: HspType): SectionDef {
  const types = type ? [type] : [...HSP_TYPES];
  const forTypes = (ts: HspType[], f: LeafField): FieldDef[] => {
    const inc = ts.filter((t) => types.includes(t));
    if (!inc.length) return [];
    return [type || inc.length === HSP_TYPES.length ? f : onlyWhen(is("hspType", ...inc), f)];
  };
  const perType = (make: (t: HspType) => LeafField, ts: HspType[] = [...HSP_TYPES]) =>
    ts.flatMap((t) => forTypes([t], make(t)));
  const eitherOrg = (name: string, value: string): Condition => ({
    any: orgNames(name).map((n) => is(n, value)),
  });
  const univYes = is("hspUniversity", APPLICABLE_10[1].ja);
  const ranked: Condition = { all: [univYes, is("hspUniversityKind", RANKED)] };
  const rankText = (name: string, ranking: string, en: string) =>
    onlyWhen(
      { all: [ranked, is("hspRankings", ranking)] },
      text(name, "", bi(`${ranking}（大学名・順位）`, `${en}: university and rank`), {
        required: true,
        maxLength: 60,
        help: bi("60文字以内。例：〇〇大学、１００位", "Up to 60 characters, e.g. ○○ University, 100th"),
        example: "〇〇大学、１００位",
      }),
    );
  const incomeMinWhen: Condition = type
    ? is(incomeName(type), NA.ja)
    : { any: types.filter((t) => t !== "1号イ").map((t) => ({ all: [is("hspType", t), is(incomeName(t), NA.ja)] })) };
  const ageHelp = bi(
    "年齢は申請の時点の年齢で、生年月日から計算します。30～34歳は500万円以上、35～39歳は600万円以上、40歳以上は800万円以上の区分だけが点数になります。",
    "Age is the age on the day of application, from the date of birth. From 30 to 34 only 5,000,000 yen or more counts, from 35 to 39 only 6,000,000 yen or more, from 40 only 8,000,000 yen or more.",
  );
  const minimumHelp = bi(
    "年収が300万円に満たないときは、他の項目の合計が70点以上でも、高度専門職外国人としては認められません。",
    "With an annual salary below 3,000,000 yen the applicant is not accepted as a highly skilled professional, even with 70 points or more from the other items.",
  );
  const bonus = (name: string, label: Bilingual, list: Choice[], help?: Bilingual) =>
    choiceField("radio", name, label, list, help ? { help } : {});

  const fields: FieldDef[] = [
    choiceField(
      "radio",
      "hspType",
      bi("高度専門職の活動類型", "Type of activity (Highly Skilled Professional)"),
      types.map((t) => TYPE_OPTIONS[t]),
      {
        help: bi(
          "高度専門職２号の場合は、引き続き行う活動（１号で行っていた活動）の類型を選択してください。",
          "For Highly Skilled Professional (ii), choose the type of the activity continued from (i).",
        ),
      },
    ),
    choiceField("radio", "hspSpecial", bi("特別高度人材制度の利用の有無", "Use of the J-Skip system"), yesNoOptions, {
      help: bi(
        "特別高度人材の要件：高度学術研究活動・高度専門・技術活動は、修士号以上取得かつ年収2,000万円以上、又は従事しようとする業務等に係る実務経験10年以上かつ年収2,000万円以上。高度経営・管理活動は、事業の経営又は管理に係る実務経験5年以上かつ年収4,000万円以上。要件に該当していることが分かる資料を添付してください。",
        "J-Skip: for academic research and specialized/technical activities, a master's degree or higher, or 10 years' experience, with an annual salary of 20 million yen or more; for business management, 5 years' experience in management with an annual salary of 40 million yen or more. Attach documents that show it.",
      ),
    }),
    ...perType((t) =>
      choiceField("select", academicName(t), bi("学歴", "Academic background"), ACADEMIC[t], {
        help:
          t === "1号ハ"
            ? bi(
                "最終学歴が対象となります。（例）大学を卒業してから、経営管理に関する専門職学位（MBA、MOT）の授与を受けた場合、２５点です。",
                "The last degree counts. (E.g.) a university graduate later awarded an MBA or MOT: 25 points.",
              )
            : bi(
                "最終学歴が対象となります。（例）博士と修士の両方の学位を有している場合は、３０点です。",
                "The last degree counts. (E.g.) holders of both a doctor's and a master's degree: 30 points.",
              ),
      }),
    ),
    bonus(
      "hspAcademicMulti",
      bi(
        "学歴\u3000複数の分野における２以上の博士若しくは修士の学位又は専門職学位",
        "Academic background: two or more doctor's, master's or professional degrees in different fields",
      ),
      APPLICABLE_5,
      bi(
        "学位の組み合わせを問わず、専攻が異なることが分かる資料（学位記又は学位証明書で確認できない場合は、成績証明書）を提出してください。",
        "Any combination of degrees; submit documents showing the different majors (a transcript where the diploma or degree certificate does not show it).",
      ),
    ),
    ...perType((t) =>
      choiceField("select", careerName(t), bi("職歴", "Professional career"), CAREER[t], {
        help: {
          "1号イ": bi(
            "従事しようとする研究、研究の指導又は教育に係る実務経験について選択してください。",
            "Experience in the research, research guidance or education to be engaged in.",
          ),
          "1号ロ": bi(
            "従事しようとする業務に係る実務経験について選択してください。",
            "Experience in the work to be engaged in.",
          ),
          "1号ハ": bi(
            "事業の経営又は管理に係る実務経験について選択してください。",
            "Experience in the management or administration of a business.",
          ),
        }[t],
      }),
    ),
    ...perType((t) =>
      choiceField("select", incomeName(t), bi("年収", "Annual salary"), incomeList(t), {
        help:
          t === "1号イ"
            ? ageHelp
            : t === "1号ロ"
              ? bi(`${ageHelp.ja}${minimumHelp.ja}`, `${ageHelp.en} ${minimumHelp.en}`)
              : minimumHelp,
      }),
    ),
    ...forTypes(
      ["1号ロ", "1号ハ"],
      onlyWhen(
        incomeMinWhen,
        choiceField(
          "radio",
          "hspIncomeMin",
          bi("年収が300万円以上か", "Is the annual salary 3,000,000 yen or more?"),
          INCOME_MIN,
          {
            help: bi(
              `年収で「該当しない」を選んだ場合に確認します（このシステムの確認項目です）。${minimumHelp.ja}`,
              `Asked when the annual salary is Not applicable (a question of this system). ${minimumHelp.en}`,
            ),
          },
        ),
      ),
    ),
    ...forTypes(["1号ハ"], choiceField("radio", "hspPosition", bi("地位", "Position"), POSITION)),
    ...perType(
      (t) =>
        choiceField("checkbox", researchName(t), bi("研究実績", "Research achievements"), RESEARCH, {
          required: false,
          help:
            t === "1号イ"
              ? bi(
                  "該当するものを全て選択してください。１個に該当する（２０点）、２個以上に該当する（２５点）。",
                  "Check all that apply: one (20 points), two or more (25 points).",
                )
              : bi(
                  "該当するものを全て選択してください。１個以上に該当する（１５点）。",
                  "Check all that apply: one or more (15 points).",
                ),
        }),
      ["1号イ", "1号ロ"],
    ),
    ...forTypes(
      ["1号ロ"],
      choiceField("radio", "hspLicense", bi("資格", "Qualifications"), LICENSE, {
        help: bi(
          "従事しようとする業務に関連する日本の国家資格（業務独占資格又は名称独占資格）を保有、又はIT告示に定める試験に合格し若しくは資格を保有。",
          "A Japanese national qualification (exclusive or title-protected) related to the work, or a pass or qualification in the IT examinations of the public notice.",
        ),
      }),
    ),
    ...ORGS.flatMap((o) =>
      INSTITUTION_BONUSES.map((b) =>
        bonus(
          `${b.name}${o.key}`,
          bi(b.label.replace("{機関}", o.ja), b.en.replace("{org}", o.en)),
          [...b.list],
          bi(b.help.ja.replace("{機関}", o.ja), b.help.en.replace("{org}", o.en)),
        ),
      ),
    ),
    ...[
      digits("hspRdCost", "", bi("試験研究費等", "Test and research expenses"), 13, {
        required: true,
        help: bi("円単位。半角数字、13文字以内", "In yen, up to 13 digits"),
        example: "120000000",
      }),
      digits("hspSales", "", bi("売上高", "Sales"), 13, {
        required: true,
        help: bi("円単位。半角数字、13文字以内", "In yen, up to 13 digits"),
        example: "3000000000",
      }),
    ].map((f) => onlyWhen(eitherOrg("hspRdSme", APPLICABLE_5[1].ja), f)),
    bonus(
      "hspForeignQualification",
      bi(
        "特別加算３\u3000従事しようとする業務に関連する外国の資格、表彰等で法務大臣が認めるものを保有",
        "Special addition 3: a foreign qualification, award etc. related to the work, recognized by the Minister of Justice",
      ),
      APPLICABLE_5,
    ),
    choiceField(
      "select",
      "hspJapanese",
      bi(
        "特別加算４\u3000日本の大学を卒業又は大学院の課程を修了した、また日本語能力資格を保有",
        "Special addition 4: graduated from a Japanese university or graduate school, or Japanese language ability",
      ),
      JAPANESE,
    ),
    bonus(
      "hspGrowthProject",
      bi(
        "特別加算５\u3000各省が関与する成長分野の先端プロジェクトに従事",
        "Special addition 5: work on an advanced project in a growth field supported by a ministry",
      ),
      APPLICABLE_10,
    ),
    bonus(
      "hspUniversity",
      bi(
        "特別加算６\u3000法務大臣が告示で定める大学を卒業した者",
        "Special addition 6: graduated from a university designated by public notice of the Minister of Justice",
      ),
      APPLICABLE_10,
      bi(
        "「該当するものを選択」において、いずれかに該当する場合１０点です。「（４）日本の大学を卒業又は大学院の課程を修了」と重複して加算することが認められています。",
        "10 points when any of the kinds below applies. It may be added together with special addition 4 (graduated from a Japanese university or graduate school).",
      ),
    ),
    onlyWhen(
      univYes,
      choiceField("checkbox", "hspUniversityKind", bi("該当するものを選択", "Which applies"), UNIVERSITY_KINDS, {
        help: bi(
          "１ 以下のランキング２つ以上において３００位以内の外国の大学又はいずれかにランクづけされている本邦の大学　２ 文部科学省が実施するスーパーグローバル大学創成支援事業（トップ型及びグローバル化牽引型）において、補助金の交付を受けている大学　３ 外務省が実施するイノベーティブ・アジア事業において、「パートナー校」として指定を受けている大学",
          "1 A foreign university within the top 300 of two or more of the rankings below, or a Japanese university ranked in any of them; 2 a university subsidized by the Top Global University Project (MEXT); 3 a partner school of the Innovative Asia project (MOFA).",
        ),
      }),
    ),
    onlyWhen(
      ranked,
      choiceField("checkbox", "hspRankings", bi("該当するランキングと順位", "Rankings and ranks"), RANKINGS, {
        help: bi(
          "「該当するものを選択」において、１を選択した場合、該当する項目にチェックを入れてください。また、大学名と順位を入力してください。",
          "When 1 is chosen above, check the rankings and enter the university and its rank.",
        ),
      }),
    ),
    rankText("hspRankQs", QS, "QS World University Rankings"),
    rankText("hspRankThe", THE, "THE World University Rankings"),
    rankText("hspRankArwu", ARWU, "Academic Ranking of World Universities"),
    bonus(
      "hspJica",
      bi(
        "特別加算７\u3000外務省が実施するイノベーティブ・アジア事業の一環としてＪＩＣＡが実施する研修を修了した",
        "Special addition 7: completed JICA training under the Innovative Asia project (MOFA)",
      ),
      APPLICABLE_5,
      bi(
        "研修期間が１年以上のものを修了した者が対象です。職歴のポイントを加算する場合には、別途疎明資料が必要です。本邦の大学又は大学院の授業を利用して行われる研修に参加した場合、（日本の大学を卒業又は大学院の課程を修了）と重複して加算することは認められません。",
        "For training of one year or more. Points for career need their own evidence. Training given through classes of a Japanese university or graduate school cannot be added together with graduation from a Japanese university or graduate school.",
      ),
    ),
    ...forTypes(
      ["1号ハ"],
      bonus(
        "hspInvestment",
        bi(
          "本邦の公私の機関において行う貿易その他の事業に１億円以上を投資",
          "Investment of 100 million yen or more in trade or other business of a public or private organization in Japan",
        ),
        APPLICABLE_5,
      ),
    ),
    bonus(
      "hspAssetManagement",
      bi("投資運用業等に係る業務に従事", "Work in investment management business etc."),
      APPLICABLE_10,
    ),
  ];
  return { id: type ? `hsp-points-${SUFFIX[type].toLowerCase()}` : "hsp-points", title: TITLE, fields };
}

const TITLE = bi("高度専門職ポイント表", "Points table for Highly Skilled Professionals");

// ---------------------------------------------------------------------------------------------------
// The calculation.

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Full years at `today` (its local calendar day) of someone born on y-m-d (m 1–12). */
function ageAt(y: number, m: number, d: number, today: Date): number {
  const [ty, tm, td] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The youngest and oldest age the 生年月日 allows at `today`: one age for a full YYYYMMDD, a range
 * for YYYYMM (日不詳) or YYYY (月日不詳) — also as the tool's YYYYMM00 / YYYY0000 — and null when the
 * date is unknown (年月日不詳, 99999999), unreal or after today.
 */
export function hspAgeRange(values: FormValues, today: Date): { min: number; max: number } | null {
  if (str(values.birthDateUnknown) === "ymd") return null;
  let s = str(values.birthDate);
  if (/^\d{4}0000$/.test(s)) s = s.slice(0, 4);
  else if (/^\d{6}00$/.test(s)) s = s.slice(0, 6);
  const y = +s.slice(0, 4);
  let range: { min: number; max: number } | null = null;
  if (/^\d{8}$/.test(s)) {
    const [m, d] = [+s.slice(4, 6), +s.slice(6, 8)];
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))
      range = { min: ageAt(y, m, d, today), max: ageAt(y, m, d, today) };
  } else if (/^\d{6}$/.test(s)) {
    const m = +s.slice(4, 6);
    if (m >= 1 && m <= 12) range = { min: ageAt(y, m, daysIn(y, m), today), max: ageAt(y, m, 1, today) };
  } else if (/^\d{4}$/.test(s)) range = { min: ageAt(y, 12, 31, today), max: ageAt(y, 1, 1, today) };
  return range && range.min >= 0 && y > 0 ? range : null;
}

/** The tool's 年齢 choice (column 年齢, list CC23) for an age, e.g. for a CSV in the tool's layout. */
export function hspAgeChoice(age: number): string {
  return AGE.find((a) => age <= a.max)!.ja;
}

/** 年齢 points: 15 below 30, 10 for 30–34, 5 for 35–39, 0 from 40. */
export function hspAgePoints(age: number): number {
  return AGE.find((a) => age <= a.max)!.points;
}

/** 年収 points of イ/ロ for a choice at an age: 0 for a bracket the age's list does not offer. */
export function hspIncomePoints(choice: string, age: number): number {
  const b = INCOME_BY_AGE.find((x) => x.ja === choice);
  return b && age <= b.maxAge ? b.points : 0;
}

export const hspTypeOf = (values: FormValues): HspType | null => {
  const t = str(values.hspType);
  return (HSP_TYPES as readonly string[]).includes(t) ? (t as HspType) : null;
};

const amounts = (values: FormValues): [bigint, bigint] | null => {
  const [cost, sales] = [str(values.hspRdCost), str(values.hspSales)];
  return /^\d+$/.test(cost) && /^\d+$/.test(sales) && BigInt(sales) > 0n ? [BigInt(cost), BigInt(sales)] : null;
};

/** 割合 (%) of 特別加算２ for display: 試験研究費等 / 売上高 × 100, or null without both amounts. */
export function hspRdRatio(values: FormValues): number | null {
  const a = amounts(values);
  return a ? (Number(a[0]) / Number(a[1])) * 100 : null;
}

/** 特別加算２ needs 割合 over 3%: 試験研究費等 × 100 > 売上高 × 3, in whole yen (no rounding). */
export function hspRdOver3(values: FormValues): boolean {
  const a = amounts(values);
  return !!a && a[0] * 100n > a[1] * 3n;
}

/**
 * The 年収300万円 rule of ロ and ハ: met with any 年収 bracket (all are 400万 or more), else only
 * when hspIncomeMin says 300万円以上. 1号イ has no such rule.
 */
export function hspIncomeMinimumMet(values: FormValues): boolean {
  const t = hspTypeOf(values);
  if (!t) return false;
  if (t === "1号イ") return true;
  const income = str(values[incomeName(t)]);
  if (incomeList(t).some((x) => x.ja === income && x !== NA)) return true;
  return str(values.hspIncomeMin) === HSP_INCOME_MIN_YES;
}

export type HspSubtotal = { id: string; label: Bilingual; points: number };
export type HspResult = { total: number; subtotals: HspSubtotal[]; age: number | null; passes: boolean };

/**
 * The points of the answers: one subtotal per heading of the online screen's 部分合計 (those of the
 * chosen type), their total, the age (null when 生年月日 leaves it open) and whether it passes: total
 * ≥ 70 and, for ロ/ハ, the 年収300万円 rule. Only the chosen type's items count. When the birth date
 * leaves the age open, 年齢 and 年収 count as for the oldest age it allows (never more than the
 * applicant can have); with no birth date at all, 年齢 counts 0 and 年収 as from 40.
 */
export function hspPoints(values: FormValues, today: Date): HspResult {
  const range = hspAgeRange(values, today);
  const age = range && range.min === range.max ? range.min : null;
  const t = hspTypeOf(values);
  if (!t) return { total: 0, subtotals: [], age, passes: false };
  const oldest = range ? range.max : Infinity;
  const either = (name: string, l: Choice[]) => Math.max(...orgNames(name).map((n) => pointsOf(l, values[n])));
  const research = list(values[researchName(t)]).filter((x) => RESEARCH.some((o) => o.value === x)).length;
  const income = str(values[incomeName(t)]);

  const rows: [string, string, string, number, HspType[]?][] = [
    ["academic", "学歴", "Academic background", pointsOf(ACADEMIC[t], values[academicName(t)])],
    ["academicMulti", "複数学歴", "Multiple degrees", pointsOf(APPLICABLE_5, values.hspAcademicMulti)],
    ["career", "職歴", "Professional career", pointsOf(CAREER[t], values[careerName(t)])],
    ["age", "年齢", "Age", oldest === Infinity ? 0 : hspAgePoints(oldest), ["1号イ", "1号ロ"]],
    ["income", "年収", "Annual salary", t === "1号ハ" ? pointsOf(INCOME_HA, income) : hspIncomePoints(income, oldest)],
    ["position", "地位", "Position", pointsOf(POSITION, values.hspPosition), ["1号ハ"]],
    [
      "research",
      "研究実績",
      "Research achievements",
      t === "1号イ" ? (research >= 2 ? 25 : research === 1 ? 20 : 0) : research >= 1 ? 15 : 0,
      ["1号イ", "1号ロ"],
    ],
    ["license", "資格", "Qualifications", pointsOf(LICENSE, values.hspLicense), ["1号ロ"]],
    ["bonus1-1", "特別加算１－１", "Special addition 1-1: innovation support", either("hspInnovation", APPLICABLE_10)],
    [
      "bonus1-2",
      "特別加算１－２",
      "Special addition 1-2: innovation support, SME",
      either("hspInnovationSme", APPLICABLE_10),
    ],
    [
      "bonus1-3",
      "特別加算１－３",
      "Special addition 1-3: local government support",
      either("hspLocalSupport", APPLICABLE_10),
    ],
    [
      "bonus2",
      "特別加算２",
      "Special addition 2: SME with R&D over 3%",
      hspRdOver3(values) ? either("hspRdSme", APPLICABLE_5) : 0,
    ],
    [
      "bonus3",
      "特別加算３",
      "Special addition 3: foreign qualification or award",
      pointsOf(APPLICABLE_5, values.hspForeignQualification),
    ],
    [
      "bonus4",
      "特別加算４",
      "Special addition 4: Japanese university or language",
      pointsOf(JAPANESE, values.hspJapanese),
    ],
    [
      "bonus5",
      "特別加算５",
      "Special addition 5: advanced project in a growth field",
      pointsOf(APPLICABLE_10, values.hspGrowthProject),
    ],
    [
      "bonus6",
      "特別加算６",
      "Special addition 6: designated university",
      pointsOf(APPLICABLE_10, values.hspUniversity),
    ],
    ["bonus7", "特別加算７", "Special addition 7: JICA training", pointsOf(APPLICABLE_5, values.hspJica)],
    [
      "investment",
      "貿易その他の事業",
      "Investment in trade or other business",
      pointsOf(APPLICABLE_5, values.hspInvestment),
      ["1号ハ"],
    ],
    ["assetManagement", "投資運用業等", "Investment management", pointsOf(APPLICABLE_10, values.hspAssetManagement)],
  ];
  const subtotals = rows
    .filter(([, , , , ts]) => !ts || ts.includes(t))
    .map(([id, ja, en, points]) => ({ id, label: bi(ja, en), points }));
  const total = subtotals.reduce((sum, s) => sum + s.points, 0);
  return { total, subtotals, age, passes: total >= HSP_THRESHOLD && hspIncomeMinimumMet(values) };
}
