// 利用規約 (§3.2). The Japanese text prevails; other languages read the English translation.
export const registrationTerms: Record<"ja" | "en", { heading?: string; paragraphs: string[] }[]> = {
  ja: [
    {
      paragraphs: [
        "在留申請オンラインシステム及び電子届出システムを利用して地方出入国在留管理局長に対してインターネットを通じた在留諸申請及び出入国在留管理庁長官に対してインターネットを通じた届出に係る手続を行うためには、下記規約に同意いただく必要があります。",
        "なお、下記規約は日本語で定義されたものです。下記規約の翻訳版と日本語版に相違がある場合は、日本語版が優先されるものとします。",
      ],
    },
    {
      heading: "1. 利用可能な時間",
      paragraphs: [
        "在留申請オンラインシステム及び電子届出システム（以下「本システム」という。）は、原則24時間365日、ご利用いただけます。ただし、本システムのメンテナンス等の必要があるときは、利用者への事前の通知を行うことなく、本システムの運用の停止等を行うことができます。",
      ],
    },
    {
      heading: "2. 利用者IDとパスワードの管理",
      paragraphs: [
        "利用者は、利用者ID及びパスワードを自らの責任において管理し、第三者に知られないようにしてください。利用者ID及びパスワードを用いて行われた手続は、当該利用者が行ったものとみなします。",
      ],
    },
    {
      heading: "3. 禁止事項",
      paragraphs: [
        "虚偽の内容による登録又は申請、他人の利用者IDの使用、本システムの運用を妨げる行為その他法令に違反する行為を禁止します。",
      ],
    },
    {
      heading: "4. 個人情報の取扱い",
      paragraphs: ["登録された個人情報は、本システムによる手続に係る事務以外には利用しません。"],
    },
    {
      heading: "5. 免責",
      paragraphs: [
        "本システムの利用により利用者に生じた損害について、国は、故意又は重大な過失がある場合を除き、責任を負いません。",
      ],
    },
  ],
  en: [
    {
      paragraphs: [
        "To file residence applications with the Director-General of a Regional Immigration Services Bureau, and notifications with the Commissioner of the Immigration Services Agency, over the internet through the Online Residence Application System and Electronic Notification System, you must accept the following terms.",
        "The terms are defined in Japanese. Where a translation differs from the Japanese version, the Japanese version prevails.",
      ],
    },
    {
      heading: "1. Hours of service",
      paragraphs: [
        'The Online Residence Application System and Electronic Notification System ("the System") is available in principle 24 hours a day, 365 days a year. When maintenance or similar work requires it, the System may be stopped without prior notice to users.',
      ],
    },
    {
      heading: "2. Your user ID and password",
      paragraphs: [
        "Keep your user ID and password under your own responsibility and do not let others know them. Procedures carried out with your user ID and password are treated as carried out by you.",
      ],
    },
    {
      heading: "3. Prohibited acts",
      paragraphs: [
        "Registering or applying with false information, using another person's user ID, disrupting the System and any other unlawful act are prohibited.",
      ],
    },
    {
      heading: "4. Personal data",
      paragraphs: [
        "Registered personal data is used only for the work of the procedures carried out through the System.",
      ],
    },
    {
      heading: "5. Disclaimer",
      paragraphs: [
        "The State is not liable for damage that users suffer from using the System, except in cases of intent or gross negligence.",
      ],
    },
  ],
};
