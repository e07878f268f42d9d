import type { Option } from "../types";

// 区分Y 技能実習計画 技能実習内容: 大分類 (職種, 93 entries) and the 小分類 (作業) each allows, as the
// official bulk tool 001453107.xlsm has them (sheet マスタ list CA94 "技能実習内容コード" and sheet 連動マスタ
// lists CA94_001 … CA94_095; read from the extracted copy named in ../shared/domain/categories.md §0).
// Values are the tool's Japanese text as it stores it, misprints included (「石材施エ」, 「水産練り製品理造」).

const table: [string, string, [string, string][]][] = [
  [
    "耕種農業",
    "Cultivation agriculture",
    [
      ["施設園芸", "Facility horticulture"],
      ["畑作・野菜", "Upland field cropping/ Vegetable growing"],
      ["果樹", "Fruit growing"],
    ],
  ],
  [
    "畜産農業",
    "Livestock agriculture",
    [
      ["養豚", "Hog raising"],
      ["養鶏", "Poultry farming (collecting chicken eggs)"],
      ["酪農", "Dairy"],
    ],
  ],
  ["林業", "Forestry", [["育林・素材生産", "Silviculture/Production of logs"]]],
  [
    "漁船漁業",
    "Fishing boat fisheries",
    [
      ["かつお一本釣り漁業", "Skipjack pole and line fishery"],
      ["延縄漁業", "Long-line fishery"],
      ["いか釣り漁業", "Squid jigging"],
      ["まき網漁業", "Purse seine fishery"],
      ["ひき網漁業", "Trawl and seine net fishery"],
      ["刺し網漁業", "Gill net fishery"],
      ["定置網漁業", "Set net fishery"],
      ["かに・えびかご漁業", "Crab and shrimp basket fishery"],
      ["棒受網漁業", "Stick-held-dipnet fishery"],
    ],
  ],
  ["養殖業", "Aquaculture", [["ほたてがい・まがき養殖", "Scallop and oyster farming"]]],
  [
    "さく井",
    "Well drilling",
    [
      ["パーカッション式さく井工事", "Percussion type well drilling operation"],
      ["ロータリー式さく井工事", "Rotary type well drilling operation"],
    ],
  ],
  [
    "建築板金",
    "Building sheet metal work",
    [
      ["ダクト板金", "Duct sheet metal operation"],
      ["内外装板金", "Interior and exterior sheet metal operation"],
    ],
  ],
  [
    "冷凍空気調和機器施工",
    "Freezing and air conditioning apparatus installing",
    [["冷凍空気調和機器施工", "Freezing and air harmonizing equipment installation work"]],
  ],
  ["建具製作", "Fixture making", [["木製建具手加工", "Hand processing work of wooden fixture"]]],
  ["建築大工", "Carpentry", [["大工工事", "Carpentry construction work"]]],
  ["型枠施工", "Frame working", [["型枠工事", "Framing construction work"]]],
  ["鉄筋施工", "Reinforcing bar construction", [["鉄筋組立て", "Assembling reinforced rod bar work"]]],
  ["とび", "Scaffolding", [["とび", "Scaffolding building work"]]],
  [
    "石材施エ",
    "Building stone construction",
    [
      ["石材加工", "Stone processing work"],
      ["石張り", "Work of putting out stones"],
    ],
  ],
  ["タイル張り", "Tiling", [["タイル張り", "Tiling work"]]],
  ["かわらぶき", "Tile roofing", [["かわらぶき", "Tile-roofing work"]]],
  ["左官", "Plastering", [["左官", "Plasterers work"]]],
  [
    "配管",
    "Plumbing",
    [
      ["建築配管", "Construction piping work"],
      ["プラント配管", "Plant piping work"],
    ],
  ],
  ["熱絶縁施工", "Heat insulation", [["保温保冷工事", "Heat-retention and cool-retention construction work"]]],
  [
    "内装仕上げ施工",
    "Interior finishing",
    [
      ["プラスチック系床仕上げ工事", "Plastic-material floor finishing construction work"],
      ["カーペット系床仕上げ工事", "Carpeting floor finishing construction work"],
      ["鋼製下地工事", "Metal-made foundation construction work"],
      ["ボード仕上げ工事", "Board finishing construction work"],
      ["カーテン工事", "Curtain installation work"],
    ],
  ],
  ["サッシ施工", "Sash setting", [["ビル用サッシ施工", "Building sash installation work"]]],
  ["防水施工", "Waterproofing", [["シーリング防水工事", "Sealing water-proof construction work"]]],
  [
    "コンクリート圧送施工",
    "Concrete pressure feeding",
    [["コンクリート圧送工事", "Concrete pressure transfer construction work"]],
  ],
  ["ウェルポイント施工", "Well point construction", [["ウェルポイント工事", "Well-point construction work"]]],
  ["表装", "Paper hanging", [["壁装", "Painting work"]]],
  [
    "建設機械施工",
    "Application of construction equipment",
    [
      ["押土・整地", "Dozing work"],
      ["積込み", "Loading work"],
      ["掘削", "Excavating work"],
      ["締固め", "Road rolling work"],
    ],
  ],
  ["築炉", "Furnace installation", [["築炉", "Furnace installation work"]]],
  ["缶詰巻締", "Can seaming for canned foods", [["缶詰巻締", "Can seaming for canned foods"]]],
  ["食鳥処理加工業", "Poultry processing industry", [["食鳥処理加工", "Poultry processing"]]],
  [
    "加熱性水産加工　食品製造業",
    "Marine Heated fishery processed foodstuff manufacturing work",
    [
      ["節類製造", "Extract manufacturing"],
      ["加熱乾製品製造", "Heated dried product manufacturing"],
      ["調味加工品製造", "Flavored product manufacturing"],
      ["くん製品製造", "Smoked product manufacturing"],
    ],
  ],
  [
    "非加熱性水産加工　食品製造業",
    "Non-heated fishery processed foodstuff manufacturing work",
    [
      ["塩蔵品製造", "Salted product manufacturing"],
      ["乾製品製造", "Dried product manufacturing"],
      ["発酵食品製造", "Fermented foodstuff manufacturing"],
      ["調理加工品製造", "Half cooked product manufacturing"],
      ["生食用加工品製造", "Raw food product manufacturing"],
    ],
  ],
  ["水産練り製品理造", "Fish paste making", [["かまぼこ製品製造", "Boiled fish paste producing work"]]],
  [
    "牛豚食肉処理加工業",
    "Beef and pork processing industry",
    [
      ["牛豚部分肉製造", "Primal cut of beef and pork processing"],
      ["牛豚精肉商品製造", "Retail cut of meat processing work of beef and pork"],
    ],
  ],
  [
    "ハム・ソーセージ・ベーコン製造",
    "Ham, sausage and bacon making",
    [["ハム・ソーセージ・ベーコン製造", "Production work of ham, sausage and bacon"]],
  ],
  ["パン製造", "Bread Baking", [["パン製造", "Bread baking work"]]],
  ["そう菜製造業", "Ready-made meal manufacturing work", [["そう菜加工", "Ready-made meal processing"]]],
  ["農産物漬物製造業", "Agricultural pickles processing", [["農産物漬物製造", "Agricultural pickles processing work"]]],
  [
    "医療・福祉施設給食製造",
    "Meal processing for Medical and welfare facilities",
    [["医療・福祉施設給食製造", "Meal processing work for Medical and welfare facilities"]],
  ],
  [
    "紡績運転",
    "Spinning operation",
    [
      ["前紡工程", "Pre-spinning work"],
      ["精紡工程", "Spinning process"],
      ["巻糸工程", "Winding process"],
      ["合ねん糸工程", "Twisting and doubling work"],
    ],
  ],
  [
    "織布運転",
    "Weaving operation",
    [
      ["準備工程", "Sizing and warping work"],
      ["製織工程", "Weaving process"],
      ["仕上工程", "Inspecting work"],
    ],
  ],
  [
    "染色",
    "Dyeing",
    [
      ["糸浸染", "Thread permeation dyeing work"],
      ["織物・ニット浸染", "Fabric and knit dyeing"],
    ],
  ],
  [
    "ニット製品製造",
    "Knit goods manufacturing",
    [
      ["靴下製造", "Socks producing work"],
      ["丸編みニット製造", "Round knitting producing work"],
    ],
  ],
  [
    "たて編ニット生地製造",
    "Warp knitted fabrics manufacturing",
    [["たて編ニット生地製造", "Warp knitting producing work"]],
  ],
  [
    "婦人子供服製造",
    "Ladies'and children's dress making",
    [["婦人子供既製服縫製", "Sewing work of ready-made clothes for ladies and children"]],
  ],
  ["紳士服製造", "Tailoring men's suit making", [["紳士既製服製造", "Sewing work of men's ready-made clothes"]]],
  ["下着類製造", "Underwear manufacturing", [["下着類製造", "Underwear manufacturing operation"]]],
  ["寝具製作", "Bedclothes making", [["寝具製作", "Bedding products work"]]],
  [
    "カーペット製造",
    "Carpet manufacturing",
    [
      ["織じゅうたん製造", "Woven carpet producing work"],
      ["タフテッドカーペット製造", "Tufted carpet producing work"],
      ["ニードルパンチカーペット製造", "Needle punched carpet producing work"],
    ],
  ],
  ["帆布製品製造", "Canvas product making", [["帆布製品製造", "Canvas cloth products related work"]]],
  ["布はく縫製", "Cloth sewing", [["ワイシャツ製造", "Dress-shirt producing work"]]],
  ["座席シート縫製", "Seat product sewing", [["自動車シート縫製", "Car seat product sewing work"]]],
  [
    "鋳造",
    "Casting",
    [
      ["鋳鉄鋳物鋳造", "Casting iron and article operation"],
      ["非鉄金属鋳物鋳造", "Casting nonferrous metal and article operation"],
    ],
  ],
  [
    "鍛造",
    "Forging",
    [
      ["ハンマ型鍛造", "Hammer type forging operation"],
      ["プレス型鍛造", "Press type forging operation"],
    ],
  ],
  [
    "ダイカスト",
    "Die casting",
    [
      ["ホットチャンバダイカスト", "Hot chamber die-cast work"],
      ["コールドチャンバダイカスト", "Cold chamber die-cast work"],
    ],
  ],
  [
    "機械加工",
    "Machining",
    [
      ["普通旋盤", "Engine Lathe operation"],
      ["フライス盤", "Milling machine operation"],
      ["数値制御旋盤", "Numerical Control Lathe Operations"],
      ["マシニングセンタ", "Machining Center Operations"],
    ],
  ],
  ["金属プレス加工", "Metal press", [["金属プレス", "Metal press operation"]]],
  ["鉄工", "Iron work", [["構造物鉄工", "Steel processing operation for structure"]]],
  ["工場板金", "Factory sheet metal work", [["機械板金", "Machine sheet metal operation"]]],
  [
    "めっき",
    "Electroplating",
    [
      ["電気めっき", "Electric plating work"],
      ["溶融亜鉛めっき", "Meltdown zinc plating work"],
    ],
  ],
  ["アルミニウム陽極酸化処理", "Aluminum anodizing", [["陽極酸化処理", "Anode oxidation treatment work"]]],
  [
    "仕上げ",
    "Finishing",
    [
      ["治工具仕上げ", "Melting equipment finishing work"],
      ["金型仕上げ", "Metal mold finishing work"],
      ["機械組立仕上げ", "Machine assembling finishing work"],
    ],
  ],
  ["機械検査", "Machine inspection", [["機械検査", "Machine inspection work"]]],
  ["機械保全", "Machine maintenance", [["機械系保全", "Machine maintenance work"]]],
  ["電子機器組立て", "Electronic equipment assembling", [["電子機器組立て", "Electronic devices assembling work"]]],
  [
    "電気機器組立て",
    "Electric equipment assembling",
    [
      ["回転電機組立て", "Spinning electric machine assembling work"],
      ["変圧器組立て", "Transformer assembling work"],
      ["配電盤・制御盤組立て", "Control panel and distribution panel assembling work"],
      ["開閉制御器具組立て", "Open-close control device assembling work"],
      ["回転電機巻線製作", "Spinning electric cord-reel producing work"],
    ],
  ],
  [
    "プリント配線板製造",
    "Print wiring board manufacturing",
    [
      ["プリント配線板設計", "Print distribution panel design"],
      ["プリント配線板製造", "Print distribution panel production"],
    ],
  ],
  [
    "アルミニウム圧延・押出製品製造",
    "Aluminium Rolling , Extrusion Product Manufacturing",
    [
      ["引抜加工", "Drawn Processing Work"],
      ["仕上げ", "Finishing Work"],
    ],
  ],
  [
    "金属熱処理業",
    "Metal heat treatment",
    [
      ["全体熱処理", "Bulk heat treatment"],
      ["表面熱処理（浸炭・浸炭窒化・窒化）", "Surface heat treatment (Carburizing ･ Carbonitriding ･ Nitriding)"],
      [
        "部分熱処理（高周波熱処理・炎熱処理）",
        "Partial heat treatment (Induction heat treatment ･ Flame heat treatment)",
      ],
    ],
  ],
  ["家具製作", "Furniture making", [["家具手加工", "Hand processing on furniture making"]]],
  [
    "印刷",
    "Printing",
    [
      ["オフセット印刷", "Off-set printing work"],
      ["グラビア印刷", "Gravure printing"],
    ],
  ],
  ["製本", "Book binding", [["製本", "Binding work"]]],
  [
    "プラスチック成形",
    "Plastic molding",
    [
      ["圧縮成形", "Compressing forming work"],
      ["射出成形", "Injection forming work"],
      ["インフレーション成形", "Inflation forming work"],
      ["ブロー成形", "Blow forming work"],
    ],
  ],
  ["強化プラスチック成形", "Reinforced plastic molding", [["手積み積層成形", "Hand-loaded layer forming work"]]],
  [
    "塗装",
    "Painting",
    [
      ["建築塗装", "Construction painting work"],
      ["金属塗装", "Metal painting work"],
      ["鋼橋塗装", "Metal bridge painting work"],
      ["噴霧塗装", "Spray painting work"],
    ],
  ],
  [
    "溶接",
    "Welding",
    [
      ["手溶接", "Manual welding"],
      ["半自動溶接", "Semi-automatic welding"],
    ],
  ],
  ["工業包装", "Industrial packaging", [["工業包装", "Industrial wrapping work"]]],
  [
    "紙器・段ボール箱製造",
    "Carton box and corrugated cardboard box making",
    [
      ["印刷箱打抜き", "Printing box punching work"],
      ["印刷箱製箱", "Printing box producing work"],
      ["貼箱製造", "Paste box producing work"],
      ["段ボール箱製造", "Cardboard producing work"],
    ],
  ],
  [
    "陶磁器工業製品製造",
    "Industrial manufacturing of pottery",
    [
      ["機械ろくろ成形", "Roller jigger forming work"],
      ["圧力鋳込み成形", "Pressure casting work"],
      ["パッド印刷", "Pad printing work"],
    ],
  ],
  ["自動車整備", "Automobile repair and maintenance", [["自動車整備", "Automobile repair and maintenance work"]]],
  ["ビルクリーニング", "Building cleaning management", [["ビルクリーニング", "Building cleaning management work"]]],
  ["介護", "Care worker", [["介護", "Care worker"]]],
  ["リネンサプライ", "Linen supply", [["リネンサプライ仕上げ", "Linen supply finishing work"]]],
  [
    "コンクリート製品製造",
    "Precast concrete manufacturing",
    [["コンクリート製品製造", "Precast concrete manufacturing work"]],
  ],
  ["宿泊", "Accommodation", [["接客・衛生管理", "Customer service and hygiene management work"]]],
  [
    "ＲＰＦ製造職種",
    "Refuse derived Paper & Plastics densified Fuel making",
    [["ＲＰＦ製造作業", "Refuse derived Paper & Plastics densified Fuel work"]],
  ],
  ["鉄道施設保守整備", "Railway facility maintenance", [["軌道保守整備", "Track maintenance"]]],
  [
    "ゴム製品製造",
    "Rubber Product Manufacturing",
    [
      ["成形加工", "Molding Processing Work"],
      ["押出し加工", "Extrusion Processing Work"],
      ["混練り圧延加工", "Mixing&Rolling Processing Work"],
      ["複合積層加工", "Composite Laminate Processing Work"],
    ],
  ],
  [
    "鉄道車両整備",
    "Rolling stock maintenance",
    [
      ["走行装置検修・解ぎ装", "Maintenance of bogie system"],
      ["空気装置検修・解ぎ装", "Maintenance of brake system"],
    ],
  ],
  ["木材加工", "Wood processing", [["機械製材", "Sawing work"]]],
  [
    "空港グランドハンドリング",
    "Airport ground handling",
    [
      ["航空機地上支援", "Aircraft ground support work"],
      ["航空貨物取扱", "Cargo handling work"],
      ["客室清掃", "Cabin cleaning work"],
    ],
  ],
  ["ボイラーメンテナンス", "Boiler Maintenance", [["ボイラーメンテナンス", "Boiler Maintenance"]]],
  [
    "クリーニング",
    "Laundry",
    [
      ["リネンサプライ仕上げ（クリーニング職種）", "Linen supply finishing work"],
      ["一般家庭用クリーニング", "Laundry work for general households"],
    ],
  ],
  [
    "その他",
    "Others",
    [
      [
        "食品加工（移行対象職種以外の作業）",
        "Food processing(other than occupations for tech-intern training (2) transfers)",
      ],
      [
        "食品製造（移行対象職種以外の作業）",
        "Food manufacturing(other than occupations for tech-intern training (2) transfers)",
      ],
      ["菓子製造", "Confectionery manufacture"],
      [
        "電子機器組立て（移行対象職種以外の作業）",
        "E-devices assembly(other than occupations for tech-intern training(2)transfers)",
      ],
      ["自動車組立て", "Automobil assembling work"],
      ["クリーニング", "Cleaning"],
      ["ホテル業務", "Hotel work"],
      ["物流", "Logistics"],
      ["その他", "Others"],
    ],
  ],
];

export const trainingContentMajors: Option[] = table.map(([ja, en]) => ({ value: ja, label: { ja, en } }));

/** Every 小分類, labelled with its 大分類 so the one list reads clearly without JavaScript. */
export const trainingContentMinors: Option[] = table.flatMap(([major, majorEn, minors]) =>
  minors.map(([ja, en]) => ({ value: ja, label: { ja: `${major}：${ja}`, en: `${majorEn}: ${en}` } })),
);

/** 大分類 → the 小分類 it has. */
export const minorsByMajor: Record<string, string[]> = Object.fromEntries(
  table.map(([major, , minors]) => [major, minors.map(([ja]) => ja)]),
);
