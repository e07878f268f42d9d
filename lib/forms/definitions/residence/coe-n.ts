import type { Bilingual, FormDefinition, FormRule, GroupField, SectionDef } from "../../types";
import { nationalities } from "../../lists/nationalities";
import { relationships } from "../../lists/relationships";
import { portsOfEntry } from "../../lists/portsOfEntry";
import { educationLevels } from "../../lists/educationLevels";
import { majorsUniversity } from "../../lists/majorsUniversity";
import { majorsSenmon } from "../../lists/majorsSenmon";
import { industries } from "../../lists/industries";
import { occupationsN } from "../../lists/occupationsN";
import { coeReceiptMethods } from "../../lists/coeReceiptMethods";
import { statusesOfCategory, type Category } from "../../../procedures/statuses";
import {
  address,
  bi,
  contractTypes,
  corporateNumber,
  corporateNumberItems,
  countOptions,
  digits,
  employmentInsuranceNo,
  is,
  isYes,
  nameFull,
  onlyWhen,
  phone,
  placeOf,
  postalCode,
  radio,
  renumbered,
  residenceCardNumber,
  select,
  text,
  unnumbered,
  yesNo,
} from "./parts";

// 在留資格認定証明書交付申請, 区分N (研究 / 技術・人文知識・国際業務 / 介護 / 技能): every item of the
// real screen (../shared/domain/lists/rasens_coe_N_field_ledger.md) with the paper form's numbers.
// The 高度専門職 point table belongs to 高度専門職, which is not offered yet.

const MB = 1024 * 1024;
const times = countOptions(0, 99, bi("回", "times"));
const otherIndustries = industries.filter((o) => o.value.startsWith("その他")).map((o) => o.value);
const universityLevels = ["大学院（博士）", "大学院（修士）", "大学", "短期大学"];

/** The 区分 whose parts exist (all of them; 高度専門職 adds its point table to N or M). */
export const builtCategories: Category[] = ["I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "T", "U", "V", "Y"];

/**
 * The status the form is about, chosen before the form on the 申込 page's first screen: 希望する
 * 在留資格 (認定, 変更) or 現に有する在留資格 (更新). Its 区分 decides the category part.
 */
export const statusChoice = (label: Bilingual, number = "") =>
  select(
    "status",
    number,
    label,
    builtCategories.flatMap((c) => statusesOfCategory(c)).map((s) => ({ value: s.ja, label: bi(s.ja, s.en) })),
    { required: true, csv: label.ja },
  );
export const statusN = statusChoice(bi("希望する在留資格", "Status of residence applied for"));

const relatives: GroupField = onlyWhen(isYes("relativesInJapan"), {
  type: "group",
  name: "relatives",
  number: "21",
  label: bi("在日親族及び同居者", "Relatives in Japan and co-residents"),
  help: bi(
    "父・母・配偶者・子・兄弟姉妹・祖父母・叔(伯)父・叔(伯)母など及び同居予定者",
    "Father, mother, spouse, children, siblings, grandparents, uncles, aunts and others, and people who will live with the applicant",
  ),
  required: true,
  max: 6,
  fields: [
    select("relationship", "21.2", bi("続柄", "Relationship"), relationships, { required: true }),
    nameFull("name", "21.3", bi("氏名", "Name"), { required: true }),
    {
      type: "date",
      name: "birthDate",
      number: "21.4",
      label: bi("生年月日", "Date of birth"),
      required: true,
      unknownParts: true,
      past: true,
    },
    select("nationality", "21.5", bi("国籍・地域", "Nationality/Region"), nationalities, { required: true }),
    yesNo("livingTogether", "21.6", bi("同居予定の有無", "Intended residence with applicant"), { required: true }),
    text("workplace", "21.7", bi("勤務先名称・通学先名称", "Place of employment / school"), {
      required: true,
      charClass: "fullWidth",
      maxLength: 60,
      help: bi("全角、60文字以内", "Full-width characters, up to 60"),
      example: "株式会社○○、○○大学",
    }),
    residenceCardNumber(
      "cardNumber",
      "21.8",
      bi(
        "在留カード番号 特別永住者証明書番号",
        "Residence card number / Special Permanent Resident Certificate number",
      ),
    ),
  ],
});

const careers: GroupField = onlyWhen(isYes("hasCareer"), {
  type: "group",
  name: "careers",
  number: "26",
  label: bi("職歴", "Employment history"),
  help: bi("外国におけるものを含む。最大6件", "Including employment abroad; up to 6"),
  required: true,
  max: 6,
  fields: [
    select("country", "", bi("国・地域名", "Country/Region"), nationalities, { required: true }),
    text("joined", "26.2", bi("入社年月", "Date of joining (year and month)"), {
      required: true,
      rule: "yearMonth",
      charClass: "halfDigits",
      maxLength: 6,
      inputMode: "numeric",
      width: "short",
      help: bi(
        "半角数字6文字（例 200101）。月が不明な場合は年のみ4文字（例 2001）",
        "6 digits, e.g. 200101; if the month is unknown, the year only, e.g. 2001",
      ),
    }),
    text("left", "26.4", bi("退社年月", "Date of leaving (year and month)"), {
      rule: "yearMonth",
      charClass: "halfDigits",
      maxLength: 6,
      inputMode: "numeric",
      width: "short",
      help: bi(
        "在職中の場合は空欄。半角数字6文字、月が不明な場合は年のみ4文字",
        "Leave empty if still employed. 6 digits; the year only if the month is unknown",
      ),
    }),
    text("employerRoman", "26.5", bi("勤務先名称(英字表記)", "Employer (in Roman letters)"), {
      maxLength: 200,
      help: bi("半角英数字記号、200文字以内", "Up to 200 half-width characters"),
    }),
    text("employerKanji", "26.6", bi("勤務先名称(漢字表記)", "Employer (in kanji)"), {
      charClass: "fullWidth",
      maxLength: 60,
      help: bi("全角、60文字以内", "Full-width characters, up to 60"),
    }),
  ],
});

export const identity: SectionDef = {
  id: "identity",
  title: bi("身分事項", "Personal details"),
  fields: [
    select("nationality", "1", bi("国籍・地域", "Nationality/Region"), nationalities, { required: true }),
    {
      type: "date",
      name: "birthDate",
      number: "2",
      label: bi("生年月日", "Date of birth"),
      required: true,
      unknownParts: true,
      past: true,
      help: bi("西暦で入力。2000年1月23日は20000123と入力", "Western calendar: 23 January 2000 → 20000123"),
    },
    text("nameRoman", "3", bi("氏名", "Name"), {
      required: true,
      rule: "nameRoman",
      charClass: "halfUpper",
      spaces: true,
      maxLength: 104,
      help: bi("旅券のとおり、半角英字(大文字入力)、104文字以内", "As in the passport: capital letters, up to 104"),
      example: "HOUMU TARO",
    }),
    radio(
      "sex",
      "4",
      bi("性別", "Sex"),
      [
        ["男", "Male"],
        ["女", "Female"],
      ],
      { required: true },
    ),
    text("birthPlace", "5", bi("出生地", "Place of birth"), { required: true, maxLength: 40, example: "米国" }),
    radio(
      "maritalStatus",
      "6",
      bi("配偶者の有無", "Marital status"),
      [
        ["有", "Married"],
        ["無", "Single"],
      ],
      { required: true },
    ),
    text("occupation", "7", bi("職業", "Occupation"), { required: true, maxLength: 40, example: "会社員" }),
    text("homeTownAddress", "8", bi("本国における居住地", "Home town/city"), {
      required: true,
      charClass: "fullWidth",
      maxLength: 80,
      help: bi("全角、80文字以内", "Full-width characters, up to 80"),
      example: "米国",
    }),
    postalCode("contactPostalCode", "9.1", bi("日本における連絡先 郵便番号", "Address in Japan: postal code"), {
      required: true,
    }),
    address("contactAddress", "9.2", bi("日本における連絡先 居住地", "Address in Japan"), { required: true }),
    phone("contactPhone", "9.3", bi("電話番号", "Telephone number")),
    phone("contactMobile", "9.4", bi("携帯電話番号", "Cellular phone number"), { example: "09012345678" }),
    text("contactEmail", "9.5", bi("メールアドレス", "E-mail"), {
      input: "email",
      rule: "email",
      maxLength: 60,
      help: bi("半角英数字記号、60文字以内", "Up to 60 characters"),
    }),
    text("contactEmailAgain", "9.6", bi("メールアドレス再入力", "E-mail (again)"), {
      input: "email",
      maxLength: 60,
      requiredWhen: { filled: "contactEmail" },
      sameAs: { field: "contactEmail", message: "emailMismatch" },
    }),
    text("passportNumber", "10.1", bi("旅券 (1)番号", "Passport (1) Number"), {
      charClass: "halfAlnum",
      maxLength: 12,
      width: "medium",
      help: bi("半角英数字、12文字以内", "Up to 12 letters and digits"),
      example: "AB1234567",
    }),
    {
      type: "date",
      name: "passportExpiry",
      number: "10.2",
      label: bi("旅券 (2)有効期限", "Passport (2) Date of expiration"),
      requiredWhen: { filled: "passportNumber" },
    },
    text("entryDate", "12", bi("入国予定年月日", "Date of entry"), {
      required: true,
      maxLength: 40,
      help: bi("40文字以内", "Up to 40 characters"),
      example: "２０２７年４月１日",
    }),
    select("portOfEntry", "13.1", bi("上陸予定港", "Port of entry"), portsOfEntry, { required: true }),
    onlyWhen(
      is("portOfEntry", "その他"),
      text("portOfEntryOther", "13.2", bi("上陸予定港 その他", "Port of entry: other"), {
        required: true,
        maxLength: 40,
        example: "○○空港",
      }),
    ),
    select(
      "stayYears",
      "14.1",
      bi("滞在予定期間(年数)", "Intended length of stay (years)"),
      countOptions(0, 5, bi("年", "years")),
      {
        required: true,
      },
    ),
    select(
      "stayMonths",
      "14.2",
      bi("滞在予定期間(月数)", "Intended length of stay (months)"),
      countOptions(0, 11, bi("月", "months")),
      {
        required: true,
      },
    ),
    yesNo("accompanied", "15", bi("同伴者の有無", "Accompanying persons, if any"), { required: true }),
    text("visaPlace", "16", bi("査証申請予定地", "Intended place to apply for visa"), {
      required: true,
      maxLength: 40,
      example: "ニューヨーク",
    }),
    yesNo("pastEntries", "17.1", bi("過去の出入国歴", "Past entry into / departure from Japan"), { required: true }),
    onlyWhen(
      isYes("pastEntries"),
      select("pastEntryCount", "17.2", bi("過去の出入国歴 回数", "Number of times"), times, { required: true }),
    ),
    onlyWhen(isYes("pastEntries"), {
      type: "date",
      name: "lastEntryFrom",
      number: "17.3",
      label: bi("直近の出入国歴(始期)", "Latest entry: from"),
      required: true,
      past: true,
    }),
    onlyWhen(isYes("pastEntries"), {
      type: "date",
      name: "lastEntryTo",
      number: "17.4",
      label: bi("直近の出入国歴(終期)", "Latest entry: to"),
      required: true,
      past: true,
    }),
    yesNo(
      "pastCoe",
      "18.1",
      bi("過去の在留資格認定証明書交付申請歴", "Past applications for a Certificate of Eligibility"),
      {
        required: true,
      },
    ),
    onlyWhen(
      isYes("pastCoe"),
      select("pastCoeCount", "18.2", bi("過去の在留資格認定証明書交付申請歴 回数", "Number of times"), times, {
        required: true,
      }),
    ),
    onlyWhen(
      isYes("pastCoe"),
      select(
        "pastCoeRefused",
        "18.3",
        bi("うち不交付となった回数", "Of which refused"),
        countOptions(0, 100, bi("回", "times")),
        {
          required: true,
        },
      ),
    ),
    yesNo(
      "criminalRecord",
      "19",
      bi("犯罪を理由とする処分を受けたことの有無", "Criminal record (in Japan or overseas)"),
      {
        required: true,
        help: bi(
          "日本国外におけるものを含む。交通違反等による処分を含む",
          "Including overseas, and including traffic violations",
        ),
      },
    ),
    onlyWhen(
      isYes("criminalRecord"),
      text("criminalRecordDetail", "19", bi("犯罪を理由とする処分 具体的内容", "Criminal record: details"), {
        required: true,
        maxLength: 40,
        help: bi("40文字以内", "Up to 40 characters"),
      }),
    ),
    yesNo(
      "deported",
      "20.1",
      bi("退去強制又は出国命令による出国の有無", "Departure by deportation / departure order"),
      {
        required: true,
      },
    ),
    onlyWhen(
      isYes("deported"),
      select("deportedCount", "20.2", bi("退去強制又は出国命令による出国 回数", "Number of times"), times, {
        required: true,
      }),
    ),
    onlyWhen(isYes("deported"), {
      type: "date",
      name: "lastDeportedOn",
      number: "20.3",
      label: bi("直近の送還歴", "Latest departure"),
      required: true,
      past: true,
    }),
    yesNo("relativesInJapan", "21.1", bi("在日親族及び同居者の有無", "Relatives in Japan and co-residents"), {
      required: true,
    }),
    relatives,
  ],
};

export const education: SectionDef = {
  id: "education",
  title: bi("申請人に関する情報等", "About the applicant"),
  fields: [
    radio(
      "educationWhere",
      "23.1",
      bi("最終学歴(1)", "Final education (1)"),
      [
        ["本邦", "Japan"],
        ["外国", "Foreign country"],
      ],
      { required: true },
    ),
    select("educationLevel", "23.2", bi("最終学歴(2)", "Final education (2)"), educationLevels, { required: true }),
    onlyWhen(
      is("educationLevel", "その他"),
      text("educationOther", "23.3", bi("最終学歴(2) その他", "Final education: other"), {
        required: true,
        maxLength: 40,
        example: "○○学校卒業",
      }),
    ),
    text("schoolName", "23.4", bi("最終学歴(3) 学校名", "Name of school"), {
      required: true,
      maxLength: 60,
      example: "○○大学",
    }),
    {
      type: "date",
      name: "graduatedOn",
      number: "23.5",
      label: bi("最終学歴(4) 卒業年月日", "Date of graduation"),
      required: true,
    },
    onlyWhen(
      is("educationLevel", ...universityLevels),
      select("majorUniversity", "24.1", bi("専攻・専門分野", "Major field of study"), majorsUniversity, {
        required: true,
      }),
    ),
    onlyWhen(
      is("majorUniversity", "その他"),
      text("majorUniversityOther", "24.2", bi("専攻・専門分野 その他", "Major: other"), {
        required: true,
        maxLength: 40,
      }),
    ),
    onlyWhen(
      is("educationLevel", "専門学校"),
      select("majorSenmon", "24.1", bi("専攻・専門分野", "Major field of study"), majorsSenmon, { required: true }),
    ),
    onlyWhen(
      is("majorSenmon", "その他"),
      text("majorSenmonOther", "24.2", bi("専攻・専門分野 その他", "Major: other"), { required: true, maxLength: 40 }),
    ),
    yesNo(
      "itQualification",
      "25.1",
      bi("情報処理技術者資格又は試験合格の有無", "IT engineer qualification or test passed"),
      {
        help: bi("情報処理業務に従事する方のみ", "Only for work in information processing"),
      },
    ),
    onlyWhen(
      isYes("itQualification"),
      text("itQualificationName", "25.2", bi("資格名又は試験名", "Name of qualification or test"), {
        required: true,
        maxLength: 40,
      }),
    ),
    yesNo("hasCareer", "", bi("職歴の有無", "Employment history"), { required: true }),
    careers,
  ],
};

export const representative: SectionDef = {
  id: "representative",
  title: bi(
    "申請人、法定代理人、法第７条の２第２項に規定する代理人",
    "Applicant, legal representative or the authorized representative",
  ),
  fields: [
    nameFull("repName", "27.1", bi("(1)氏名", "(1) Name"), { required: true }),
    text("repRelationship", "27.2", bi("(2)本人との関係", "(2) Relationship with the applicant"), {
      required: true,
      maxLength: 40,
      example: "雇用主",
    }),
    postalCode("repPostalCode", "27.3", bi("(3)郵便番号", "(3) Postal code"), { required: true }),
    address("repAddress", "27.4", bi("(3)住所", "(3) Address"), { required: true }),
    phone("repPhone", "27.5", bi("(3)電話番号", "(3) Telephone number")),
    phone("repMobile", "27.6", bi("(3)携帯電話番号", "(3) Cellular phone number"), { example: "09012345678" }),
  ],
};

/** 代理人 as item `item` of a 区分's form (27 here), or without numbers. */
export const representativeAs = (item?: string): SectionDef =>
  item === undefined ? unnumbered(representative) : renumbered(representative, (n) => n.replace(/^27/, item));

/** The 代理人's 電話番号 or 携帯電話番号: one of the two (categories.md §1.3). */
export const repPhoneRule: FormRule = {
  kind: "oneRequired",
  fields: ["repPhone", "repMobile"],
  message: "phoneOrMobile",
};

/** 取次者: the staff member filing, filled from their profile. */
export const agent: SectionDef = {
  id: "agent",
  title: bi("取次者", "Agent"),
  fields: [
    text("agentName", "", bi("(1)氏名", "(1) Name"), {
      required: true,
      maxLength: 26,
      help: bi("26文字以内", "Up to 26 characters"),
    }),
    postalCode("agentPostalCode", "", bi("(2)郵便番号", "(2) Postal code"), { required: true }),
    text("agentAddress", "", bi("(2)住所", "(2) Address"), {
      required: true,
      maxLength: 85,
      help: bi("85文字以内", "Up to 85 characters"),
    }),
    text("agentOrganization", "", bi("(3)所属機関等", "(3) Organization"), {
      required: true,
      maxLength: 256,
      help: bi("256文字以内", "Up to 256 characters"),
    }),
    phone("agentPhone", "", bi("(3)電話番号", "(3) Telephone number"), { required: true }),
  ],
};

/**
 * A 区分's applicant sections with 代理人 (item `item` of its 認定 form) and 取次者: numbered on 認定,
 * without numbers on the forms whose pages were not found.
 */
export const applicantParts = (numbered: boolean, sections: SectionDef[], item: string): SectionDef[] =>
  numbered ? [...sections, representativeAs(item), agent] : [...sections.map(unnumbered), representativeAs(), agent];

const otherIndustryRow = (prefix: string, number: string): GroupField => ({
  type: "group",
  name: `${prefix}OtherIndustries`,
  number,
  label: bi("他業種", "Other industries"),
  max: 2,
  fields: [
    select("industry", "", bi("業種", "Industry"), industries, { required: true }),
    onlyWhen(
      is("industry", ...otherIndustries),
      text("industryOther", "", bi("その他", "Other"), { required: true, maxLength: 40 }),
    ),
  ],
});

export const organization: SectionDef = {
  id: "organization",
  title: bi("所属機関に関する情報等", "About the organization"),
  fields: [
    radio("contractType", "2", bi("契約の形態", "Type of contract"), contractTypes, { required: true }),
    onlyWhen(
      is("contractType", "その他"),
      text("contractTypeOther", "2", bi("契約の形態 その他", "Type of contract: other"), {
        required: true,
        maxLength: 40,
      }),
    ),
    text("orgName", "3.1", bi("(1)名称", "(1) Name"), {
      required: true,
      charClass: "fullWidth",
      maxLength: 60,
      help: bi("全角、60文字以内", "Full-width characters, up to 60"),
      example: "○○株式会社",
    }),
    ...corporateNumberItems("org", "3.2", bi("(2)", "(2)")),
    text("orgBranch", "3.3", bi("(3)支店・事業所名", "(3) Branch / office"), { maxLength: 60 }),
    employmentInsuranceNo(
      "orgInsuranceNo",
      "3.4",
      bi("(4)雇用保険適用事業所番号", "(4) Employment insurance office number"),
    ),
    select("orgIndustry", "3.5", bi("(5)業種 主たる業種", "(5) Main industry"), industries, { required: true }),
    onlyWhen(
      is("orgIndustry", ...otherIndustries),
      text("orgIndustryOther", "3.6", bi("主たる業種 その他", "Main industry: other"), {
        required: true,
        maxLength: 40,
      }),
    ),
    otherIndustryRow("org", "3.7"),
    ...placeOf("org", ["3.9", "3.10", "3.11"], bi("(6)", "(6)")),
    digits("orgCapital", "3.12", bi("(7)資本金（円）", "(7) Capital (yen)"), 13, {
      required: true,
      help: bi(
        "半角数字、13文字以内。国・地方公共団体・独立行政法人・公益法人等は0",
        "Up to 13 digits; 0 for public bodies",
      ),
    }),
    digits("orgSales", "3.13", bi("(8)年間売上高(直近年度)（円）", "(8) Annual sales, latest year (yen)"), 15, {
      required: true,
    }),
    digits("orgEmployees", "3.14", bi("(9)従業員数（名）", "(9) Number of employees"), 5, { required: true }),
    digits("orgForeignEmployees", "3.15", bi("(9)うち外国人職員数（名）", "(9) Of which foreign employees"), 5, {
      required: true,
    }),
    digits("orgTrainees", "3.16", bi("(9)このうち技能実習生（名）", "(9) Of which technical intern trainees"), 5),
    onlyWhen(
      is("status", "研究", "特定活動（研究活動等）"),
      text("labName", "4.1", bi("研究室 (1)研究室名", "Laboratory (1) Name"), { maxLength: 60 }),
    ),
    onlyWhen(
      is("status", "研究", "特定活動（研究活動等）"),
      nameFull("labSupervisor", "4.2", bi("研究室 (2)指導教員氏名", "Laboratory (2) Supervisor")),
    ),
    radio(
      "workPeriod",
      "5.1",
      bi("就労予定期間", "Period of work"),
      [
        ["定めなし", "Not fixed"],
        ["定めあり", "Fixed"],
      ],
      { required: true },
    ),
    onlyWhen(
      is("workPeriod", "定めあり"),
      select(
        "workYears",
        "5.2",
        bi("就労予定期間(年数)", "Period of work (years)"),
        countOptions(0, 40, bi("年", "years")),
        { required: true },
      ),
    ),
    onlyWhen(
      is("workPeriod", "定めあり"),
      select(
        "workMonths",
        "5.3",
        bi("就労予定期間(月数)", "Period of work (months)"),
        countOptions(0, 11, bi("月", "months")),
        { required: true },
      ),
    ),
    { type: "date", name: "employmentStart", number: "6", label: bi("雇用開始(入社)年月日", "Date of employment") },
    digits(
      "monthlySalary",
      "7",
      bi("月額給与・月額報酬(税引き前の支払額)（円）", "Monthly salary before tax (yen)"),
      8,
      {
        required: true,
        help: bi(
          "半角数字、8文字以内。通勤・住宅・扶養手当等は含みません",
          "Up to 8 digits; without commuting, housing or family allowances",
        ),
      },
    ),
    digits("experienceMonths", "8", bi("実務経験月数", "Months of work experience"), 3, { required: true }),
    yesNo("hasPosition", "9.1", bi("職務上の地位(役職名)の有無", "Position, if any"), { required: true }),
    onlyWhen(
      isYes("hasPosition"),
      text("position", "9.2", bi("職務上の地位(役職名)", "Position"), {
        required: true,
        maxLength: 60,
        example: "プロジェクトマネージャー",
      }),
    ),
    select("occupation1", "10.1", bi("職種 主たる職種", "Main occupation"), occupationsN, { required: true }),
    {
      type: "group",
      name: "otherOccupations",
      number: "10.2",
      label: bi("職種 他職種", "Other occupations"),
      max: 3,
      fields: [select("occupation", "", bi("職種", "Occupation"), occupationsN, { required: true })],
    },
    {
      type: "textarea",
      name: "activityDetail",
      number: "11",
      label: bi("活動内容詳細", "Details of activities"),
      required: true,
      maxLength: 600,
      rows: 8,
    },
    yesNo("dutiesChanged", "", bi("職務内容変更の有無(前回許可時以降)", "Change of duties since the last permission")),
    onlyWhen(isYes("dutiesChanged"), {
      type: "textarea",
      name: "dutiesChangedDetail",
      label: bi("職務内容変更 具体的内容", "Change of duties: details"),
      required: true,
      maxLength: 600,
    }),
  ],
};

/** 派遣先等: only when the applicant works elsewhere than the contracting organization. */
export const dispatch: SectionDef = {
  id: "dispatch",
  title: bi("派遣先等", "Place of dispatch"),
  fields: [
    text("dispatchName", "12.1", bi("(1)名称", "(1) Name"), {
      maxLength: 60,
      help: bi("派遣先等がある場合のみ入力。60文字以内", "Only if the applicant is dispatched; up to 60 characters"),
    }),
    onlyWhen(
      { filled: "dispatchName" },
      yesNo("dispatchHasCorporateNumber", "12.2", bi("(2)法人番号の有無", "(2) Corporate number, if any"), {
        required: true,
      }),
    ),
    onlyWhen(
      isYes("dispatchHasCorporateNumber"),
      corporateNumber("dispatchCorporateNumber", "12.2", bi("(2)法人番号", "(2) Corporate number"), { required: true }),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      text("dispatchBranch", "12.3", bi("(3)支店・事業所名", "(3) Branch / office"), { maxLength: 60 }),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      employmentInsuranceNo(
        "dispatchInsuranceNo",
        "12.4",
        bi("(4)雇用保険適用事業所番号", "(4) Employment insurance office number"),
      ),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      select("dispatchIndustry", "12.5", bi("(5)業種 主たる業種", "(5) Main industry"), industries, { required: true }),
    ),
    onlyWhen(
      is("dispatchIndustry", ...otherIndustries),
      text("dispatchIndustryOther", "12.6", bi("主たる業種 その他", "Main industry: other"), {
        required: true,
        maxLength: 40,
      }),
    ),
    onlyWhen({ filled: "dispatchName" }, otherIndustryRow("dispatch", "12.7")),
    onlyWhen(
      { filled: "dispatchName" },
      postalCode("dispatchPostalCode", "12.9", bi("(6)郵便番号", "(6) Postal code"), { required: true }),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      address("dispatchAddress", "12.10", bi("(6)所在地", "(6) Address"), { required: true }),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      phone("dispatchPhone", "12.11", bi("(6)電話番号", "(6) Telephone number"), { required: true }),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      digits("dispatchCapital", "12.12", bi("(7)資本金（円）", "(7) Capital (yen)"), 13),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      digits("dispatchSales", "12.13", bi("(8)年間売上高(直近年度)（円）", "(8) Annual sales (yen)"), 15),
    ),
    onlyWhen(
      { filled: "dispatchName" },
      digits("dispatchMonths", "12.14", bi("(9)派遣予定期間（月）", "(9) Period of dispatch (months)"), 3),
    ),
  ],
};

export const receipt: SectionDef = {
  id: "receipt",
  title: bi("受領方法等", "How to receive"),
  fields: [
    {
      type: "radio",
      name: "coeReceipt",
      label: bi("在留資格認定証明書の受領方法", "How to receive the Certificate of Eligibility"),
      required: true,
      options: coeReceiptMethods,
      help: bi(
        "メールを選ぶと、電子の在留資格認定証明書を通知送信用メールアドレスに送ります。",
        "By e-mail, the electronic certificate is sent to the notification address.",
      ),
    },
    text("notifyEmail", "", bi("通知送信用メールアドレス", "E-mail address for notifications"), {
      required: true,
      input: "email",
      rule: "email",
      maxLength: 60,
      autoComplete: "off",
      help: bi("半角英数字記号、60文字以内", "Up to 60 characters"),
      example: "abc@xyz.co.jp",
    }),
    text("notifyEmailAgain", "", bi("通知送信用メールアドレス再入力", "E-mail address for notifications (again)"), {
      required: true,
      input: "email",
      maxLength: 60,
      autoComplete: "off",
      sameAs: { field: "notifyEmail", message: "emailMismatch" },
    }),
  ],
};

export const declaration: SectionDef = {
  id: "declaration",
  title: bi("入力情報確認", "Confirmation"),
  fields: [
    {
      type: "checkbox",
      name: "intentConfirmed",
      label: bi("申請意思の確認", "Applicant's intention"),
      help: bi(
        "申請に先立ち、申請者本人に申請の意思を確認してください。",
        "Before applying, confirm with the applicant that they intend to apply.",
      ),
      required: true,
      options: [
        {
          value: "確認済",
          label: bi("申請者本人に申請の意思を確認しました", "I have confirmed the applicant's intention to apply"),
        },
      ],
    },
    {
      type: "checkbox",
      name: "contentConfirmed",
      label: bi("申請内容の確認", "Content of the application"),
      required: true,
      options: [
        {
          value: "確認済",
          label: bi("申請内容に誤りがないことを確認しました", "I have checked that the content is correct"),
        },
      ],
    },
    { type: "textarea", name: "freeText", label: bi("フリー欄", "Free space"), maxLength: 300, rows: 4 },
  ],
};

export const coeN: FormDefinition = {
  id: "coe-N",
  sections: [
    { id: "overview", title: bi("申請概要", "Overview"), fields: [statusN] },
    identity,
    education,
    representative,
    agent,
    organization,
    dispatch,
    receipt,
    declaration,
  ],
  steps: [
    {
      id: "applicant",
      title: bi("申請人等情報", "Applicant"),
      sections: ["identity", "education", "representative", "agent"],
    },
    { id: "organization", title: bi("所属機関等情報", "Organization"), sections: ["organization", "dispatch"] },
    { id: "receipt", title: bi("受領方法等", "How to receive"), sections: ["receipt"] },
    { id: "files", title: bi("顔写真・資料添付", "Photo and documents"), sections: [], attachments: true },
    { id: "declaration", title: bi("入力情報確認", "Confirmation"), sections: ["declaration"] },
  ],
  rules: [
    { kind: "oneRequired", fields: ["contactPhone", "contactMobile"], message: "phoneOrMobile" },
    { kind: "notAfter", first: "lastEntryFrom", then: "lastEntryTo", message: "dateOrder" },
  ],
  attachments: {
    required: false,
    photo: true,
    maxFiles: 20,
    maxBytes: 25 * MB,
    help: bi(
      "申請に必要な資料をPDF形式で添付してください。顔写真を含めて合計20ファイル、25MBまで添付できます。",
      "Attach the documents the application needs as PDF files: up to 20 files and 25 MB in total, the face photo included.",
    ),
  },
};
