#!/usr/bin/env python3
"""Builds written3.txt / written3.gold.json / written3.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build  # noqa: E402

DATA = [
# 1
("استقبل الرئيس الكازاخي [[tokayev|قاسم جومارت توكاييف]]، في [[akorda|قصر أكوردا]] ب[[astana|أستانا]] أمس الثلاثاء، وزير الخارجية الأوزبكي [[saidov|بختيار سعيدوف]]، الذي يزور [[kz|كازاخستان]] في مستهل جولة إقليمية تشمل أيضاً [[kg|قرغيزستان]].",
 {"tokayev": "PERSON//Kassym-Jomart Tokayev", "akorda": "?LOCATION/facility/Akorda Presidential Palace", "astana": "LOCATION/city/Astana", "saidov": "PERSON//Bakhtiyor Saidov", "kz": "LOCATION/country/Kazakhstan", "kg": "LOCATION/country/Kyrgyzstan"},
 ["MEETS tokayev > saidov", "AFFILIATED_WITH tokayev > kz", "VISITS saidov > kz,astana,akorda", "VISITS saidov > kg"],
 "Object of استقبل after a long PP and a date. Nisba الكازاخي + Kazakhstan named later -> AFFIL scored; Uzbekistan not named -> no AFFIL for Saidov. Relative clause الذي يزور gives the visit; the announced leg of the tour (جولة تشمل) counts as VISITS. Palace = facility, optional."),
# 2
("وانضم الظهير الفرنسي [[theo|ثيو هيرنانديز]] رسمياً إلى صفوف [[hilal|الهلال]] السعودي قادماً من [[milan|ميلان]] الإيطالي، بعقد يمتد ثلاثة مواسم، ليكون ثاني صفقات المدرب الإيطالي [[inzaghi|سيموني إنزاغي]] هذا الصيف.",
 {"theo": "PERSON//Theo Hernandez", "hilal": "ORGANIZATION/sports/Al Hilal SFC", "milan": "ORGANIZATION/sports/AC Milan", "inzaghi": "PERSON//Simone Inzaghi"},
 ["JOINS theo > hilal", "?AFFILIATED_WITH theo > hilal", "?AFFILIATED_WITH theo > milan", "?PURCHASE hilal > milan", "?SIGNS_AGREEMENT theo > hilal", "?AFFILIATED_WITH inzaghi > hilal"],
 "انضم إلى صفوف club -> JOINS. ميلان is the club (ORG), not the city. Contract (بعقد), transfer-as-purchase and the coach's club (صفقات المدرب) are only implied -> optional."),
# 3
("وتصاعد التوتر بين [[somalia|الصومال]] و[[ethiopia|إثيوبيا]] عقب توقيع [[addis|أديس أبابا]] مذكرة تفاهم مع إقليم [[somaliland|أرض الصومال]] الانفصالي تمنحها منفذاً بحرياً على [[redsea|البحر الأحمر]]، في خطوة وصفتها [[mogadishu|مقديشو]] بأنها «اعتداء سافر على سيادتها».",
 {"somalia": "LOCATION/country/Somalia", "ethiopia": "LOCATION/country/Ethiopia", "addis": "LOCATION/city/Addis Ababa", "somaliland": "LOCATION/region/Somaliland", "redsea": "LOCATION/water/Red Sea", "mogadishu": "LOCATION/city/Mogadishu"},
 ["TENSION_WITH somalia,mogadishu > ethiopia,addis", "SIGNS_AGREEMENT ethiopia,addis > somaliland"],
 "Nominal عقب توقيع X مذكرة تفاهم مع Y -> SIGNS (done). Capitals as metonyms accepted as alternatives. إقليم left out, الانفصالي outside; الصومال inside أرض الصومال is no separate mention."),
# 4
("والتقى المفوض العام لوكالة [[unrwa|الأونروا]] [[lazzarini|فيليب لازاريني]] في [[amman|عمّان]] أمس بوزير الخارجية وشؤون المغتربين الأردني [[safadi|أيمن الصفدي]]، وبحث الجانبان الأزمة المالية التي تواجهها الوكالة وسبل ضمان استمرار خدماتها للاجئين الفلسطينيين في [[lebanon|لبنان]] و[[syria|سوريا]].",
 {"unrwa": "ORGANIZATION/intergovernmental/UNRWA", "lazzarini": "PERSON//Philippe Lazzarini", "amman": "LOCATION/city/Amman", "safadi": "PERSON//Ayman Safadi", "lebanon": "LOCATION/country/Lebanon", "syria": "LOCATION/country/Syria"},
 ["MEETS lazzarini > safadi", "AFFILIATED_WITH lazzarini > unrwa", "?VISITS lazzarini > amman", "?LOCATED_IN lazzarini > amman"],
 "التقى ... بـ with a place and a day before the object. وكالة left out. Jordan only as a nisba -> no AFFIL for Safadi. Meeting in Amman -> VISITS/LOCATED optional."),
# 5
("ووقّعت شركة [[acwa|أكوا باور]] السعودية مع حكومة [[uz|أوزبكستان]]، في [[tashkent|طشقند]] الخميس، اتفاقية لتطوير محطة لطاقة الرياح بقدرة 1.5 غيغاواط في إقليم [[karakalpak|قراقلباقستان]]، بحضور وزير الطاقة الأوزبكي [[mirzamakhmudov|جورابيك ميرزامحمودوف]].",
 {"acwa": "ORGANIZATION/company/ACWA Power", "uz": "LOCATION/country/Uzbekistan", "tashkent": "LOCATION/city/Tashkent", "karakalpak": "LOCATION/region/Karakalpakstan", "mirzamakhmudov": "PERSON//Jurabek Mirzamakhmudov"},
 ["SIGNS_AGREEMENT acwa > uz", "AFFILIATED_WITH mirzamakhmudov > uz", "?LOCATED_IN mirzamakhmudov > tashkent", "?VISITS acwa > tashkent"],
 "وقّع مع with the object (اتفاقية) after a place and a day. حكومة أوزبكستان: the country name is the mention (descriptor left out). Saudi Arabia only as a nisba -> nothing."),
# 6
("ونفت [[sonatrach|سوناطراك]] الجزائرية، في بيان أمس، ما تداولته وسائل إعلام إسبانية عن توقيعها عقداً جديداً لتوريد الغاز إلى [[naturgy|ناتورجي]]، مؤكدة أن المفاوضات مع الشركة الإسبانية لم تُستأنف بعد.",
 {"sonatrach": "ORGANIZATION/company/Sonatrach", "naturgy": "ORGANIZATION/company/Naturgy"},
 [],
 "NO RELATION (misleading cue): denied signing (نفت ... توقيعها عقداً) and negotiations not resumed -> no SIGNS, no PURCHASE, no PLANS."),
# 7
("وتعتزم [[indonesia|إندونيسيا]] توقيع اتفاقية للتجارة الحرة مع [[gcc|مجلس التعاون لدول الخليج العربية]] قبل نهاية العام الجاري، وفق ما صرح به وزير الخارجية [[sugiono|سوجيونو]] عقب لقائه في [[riyadh|الرياض]] الأمين العام ل[[gcc|مجلس التعاون]] [[budaiwi|جاسم البديوي]].",
 {"indonesia": "LOCATION/country/Indonesia", "gcc": "ORGANIZATION/intergovernmental/Gulf Cooperation Council", "sugiono": "PERSON//Sugiono", "riyadh": "LOCATION/city/Riyadh", "budaiwi": "PERSON//Jasem Albudaiwi"},
 ["PLANS_AGREEMENT indonesia > gcc", "?AFFILIATED_WITH sugiono > indonesia", "MEETS sugiono > budaiwi", "AFFILIATED_WITH budaiwi > gcc", "?VISITS sugiono > riyadh"],
 "تعتزم توقيع -> PLANS. التعاون inside the council's name is no COOP cue; the short name مجلس التعاون is a second mention. One-word person name; role without nisba -> AFFIL with Indonesia optional. Meeting as a nominal (عقب لقائه) with the object after a place PP."),
# 8
("وأبرمت [[philippines|الفلبين]] صفقة لشراء 12 مقاتلة خفيفة إضافية من طراز «إف إيه-50» من [[korea|كوريا الجنوبية]] بقيمة 700 مليون دولار، وفق ما أعلنه وزير الدفاع [[teodoro|جيلبرتو تيودورو]] في [[manila|مانيلا]].",
 {"philippines": "LOCATION/country/Philippines", "korea": "LOCATION/country/South Korea", "teodoro": "PERSON//Gilberto Teodoro", "manila": "LOCATION/city/Manila"},
 ["PURCHASE philippines > korea", "SIGNS_AGREEMENT philippines > korea", "?AFFILIATED_WITH teodoro > philippines", "?LOCATED_IN teodoro > manila"],
 "A purchase deal concluded with the seller (أبرمت صفقة لشراء ... من) -> PURCHASE and SIGNS (README). Role without nisba -> AFFIL optional. Aircraft model not annotated."),
# 9
("ووصل الرئيس البرازيلي [[lula|لويز إيناسيو لولا دا سيلفا]] إلى [[hanoi|هانوي]] في زيارة دولة هي الأولى لرئيس برازيلي إلى [[vietnam|فيتنام]] منذ عقدين، ومن المقرر أن يلتقي خلالها الأمين العام ل[[cpv|لحزب الشيوعي الفيتنامي]] [[tolam|تو لام]].",
 {"lula": "PERSON//Luiz Inacio Lula da Silva", "hanoi": "LOCATION/city/Hanoi", "vietnam": "LOCATION/country/Vietnam", "cpv": "ORGANIZATION/party/Communist Party of Vietnam", "tolam": "PERSON//To Lam"},
 ["VISITS lula > hanoi,vietnam", "MEETS lula > tolam", "AFFILIATED_WITH tolam > cpv"],
 "Scheduled meeting (من المقرر أن يلتقي) counts as MEETS. للحزب: the first ل is the preposition, the mention starts at the article's ل. Party name keeps its nisba (generic head). Brazil only as a nisba -> no AFFIL for Lula."),
# 10
("وتصدرت أسماء [[haaland|إيرلينغ هالاند]] و[[mbappe|كيليان مبابي]] و[[raphinha|رافينيا]] قائمة المرشحين لجائزة الكرة الذهبية التي تمنحها مجلة «[[ff|فرانس فوتبول]]» سنوياً في حفل يقام ب[[paris|باريس]].",
 {"haaland": "PERSON//Erling Haaland", "mbappe": "PERSON//Kylian Mbappe", "raphinha": "PERSON//Raphinha", "ff": "ORGANIZATION/media/France Football", "paris": "LOCATION/city/Paris"},
 [],
 "NO RELATION (names merely listed): no club, no role. A magazine's ceremony in Paris is one event, not a stated LOCATED_IN."),
]
DATA += [
# 11
("وقال والي [[bam|بنك المغرب]] [[jouahri|عبد اللطيف الجواهري]]، في ندوة صحفية عقب الاجتماع الفصلي لمجلس البنك ب[[rabat|الرباط]]، إن معدل التضخم في [[morocco|المغرب]] سيستقر في حدود 2 في المئة خلال العام المقبل.",
 {"bam": "ORGANIZATION/government/Bank Al-Maghrib", "jouahri": "PERSON//Abdellatif Jouahri", "rabat": "LOCATION/city/Rabat", "morocco": "LOCATION/country/Morocco"},
 ["AFFILIATED_WITH jouahri > bam", "?LOCATED_IN jouahri > rabat", "?LOCATED_IN bam > rabat"],
 "Moroccan title والي (governor of the central bank) = role -> AFFIL with the bank. المغرب inside بنك المغرب is no separate mention. Press conference / board meeting in Rabat -> optional."),
# 12
("واتهم رئيس الوزراء الباكستاني [[sharif|شهباز شريف]] [[india|الهند]] بالوقوف وراء الهجمات الأخيرة في إقليم [[balochistan|بلوشستان]]، في حين رفضت [[newdelhi|نيودلهي]] الاتهامات ووصفتها بأنها «لا أساس لها»، ما ينذر بجولة جديدة من التوتر بين [[pakistan|باكستان]] و[[india|الهند]].",
 {"sharif": "PERSON//Shehbaz Sharif", "india": "LOCATION/country/India", "balochistan": "LOCATION/region/Balochistan", "newdelhi": "LOCATION/city/New Delhi", "pakistan": "LOCATION/country/Pakistan"},
 ["TENSION_WITH sharif,pakistan > india,newdelhi", "AFFILIATED_WITH sharif > pakistan"],
 "One tension fact stated twice (اتهم; التوتر بين): Sharif or Pakistan, India or New Delhi accepted. Object of اتهم right after the subject's name."),
# 13
("وقالت مجموعة [[g42|جي 42]]، التي تتخذ من [[abudhabi|أبوظبي]] مقراً لها، إنها ستبني بالشراكة مع [[openai|أوبن إيه آي]] الأميركية مجمعاً لمراكز البيانات بقدرة خمسة غيغاواط، في أكبر مشروع من نوعه خارج [[us|الولايات المتحدة]].",
 {"g42": "ORGANIZATION/company/G42", "abudhabi": "LOCATION/city/Abu Dhabi", "openai": "ORGANIZATION/company/OpenAI", "us": "LOCATION/country/United States"},
 ["LOCATED_IN g42 > abudhabi", "COOPERATES_WITH g42 > openai"],
 "Relative clause (التي تتخذ من ... مقراً) -> LOCATED_IN. A stated partnership for a project (ستبني بالشراكة مع), not an agreement to sign -> COOP scored (hard call: future tense). مجموعة left out."),
# 14
("وانضمت [[timor|تيمور الشرقية]] رسمياً إلى [[asean|رابطة دول جنوب شرق آسيا]] ([[asean|آسيان]]) لتصبح العضو الحادي عشر في التكتل، خلال القمة التي استضافتها [[malaysia|ماليزيا]] في عاصمتها [[kl|كوالالمبور]] برئاسة رئيس وزرائها [[anwar|أنور إبراهيم]].",
 {"timor": "LOCATION/country/Timor-Leste", "asean": "ORGANIZATION/intergovernmental/ASEAN", "malaysia": "LOCATION/country/Malaysia", "kl": "LOCATION/city/Kuala Lumpur", "anwar": "PERSON//Anwar Ibrahim"},
 ["JOINS timor > asean", "AFFILIATED_WITH anwar > malaysia"],
 "Role with a pronoun (رئيس وزرائها -> Malaysia) keeps AFFIL scored. Nested جنوب شرق آسيا not annotated (outermost name)."),
# 15
("ويستقبل [[wydad|الوداد]] غريمه التقليدي [[raja|الرجاء]] مساء السبت على أرضية [[stadium|ملعب محمد الخامس]] ب[[casablanca|الدار البيضاء]]، في ديربي يحظى بمتابعة جماهيرية واسعة داخل [[morocco|المغرب]] وخارجه.",
 {"wydad": "ORGANIZATION/sports/Wydad AC", "raja": "ORGANIZATION/sports/Raja CA", "stadium": "?LOCATION/facility/Stade Mohammed V", "casablanca": "LOCATION/city/Casablanca", "morocco": "LOCATION/country/Morocco"},
 [],
 "NO RELATION (misleading cue): يستقبل = hosting a football match, not MEETS. Stadium = facility, optional; the nested person name is not annotated."),
# 16
("ونفذت [[rsnf|القوات البحرية الملكية السعودية]] و[[pn|البحرية الباكستانية]] تمريناً بحرياً مشتركاً في [[arabiansea|بحر العرب]] استمر أسبوعاً، في إطار التعاون الدفاعي المتنامي بين [[riyadh|الرياض]] و[[islamabad|إسلام آباد]].",
 {"rsnf": "ORGANIZATION/military/Royal Saudi Naval Forces", "pn": "ORGANIZATION/military/Pakistan Navy", "arabiansea": "LOCATION/water/Arabian Sea", "riyadh": "LOCATION/city/Riyadh", "islamabad": "LOCATION/city/Islamabad"},
 ["COOPERATES_WITH rsnf > pn", "COOPERATES_WITH riyadh > islamabad"],
 "Joint exercise -> COOP between the navies; التعاون بين الرياض وإسلام آباد -> a second COOP between the capitals (metonyms; the countries are not named). Navy names keep their nisba (generic head)."),
# 17
("وتلقى وزير الخارجية السوري [[shaibani|أسعد الشيباني]] اتصالاً هاتفياً من نظيره اللبناني [[rajji|يوسف رجي]]، جرى خلاله بحث ملف ترسيم الحدود البرية بين [[syria|سوريا]] و[[lebanon|لبنان]] وعودة النازحين.",
 {"shaibani": "PERSON//Asaad al-Shaibani", "rajji": "PERSON//Youssef Rajji", "syria": "LOCATION/country/Syria", "lebanon": "LOCATION/country/Lebanon"},
 ["MEETS shaibani > rajji", "AFFILIATED_WITH shaibani > syria", "AFFILIATED_WITH rajji > lebanon"],
 "Phone call = MEETS. نظيره + nisba with the country named later -> AFFIL scored. ترسيم الحدود بين is no relation."),
# 18
("وتضم قائمة المرشحين المحتملين لخلافة [[guterres|أنطونيو غوتيريش]] في منصب الأمين العام ل[[un|لأمم المتحدة]] كلاً من الأرجنتيني [[grossi|رافائيل غروسي]] والتشيلية [[bachelet|ميشيل باشليه]] والكوستاريكية [[grynspan|ريبيكا غرينسبان]]، بحسب ما أوردته صحيفة «[[guardian|الغارديان]]» البريطانية.",
 {"guterres": "PERSON//Antonio Guterres", "un": "ORGANIZATION/intergovernmental/United Nations", "grossi": "PERSON//Rafael Grossi", "bachelet": "PERSON//Michelle Bachelet", "grynspan": "PERSON//Rebeca Grynspan", "guardian": "ORGANIZATION/media/The Guardian"},
 ["AFFILIATED_WITH guterres > un"],
 "Misleading list: candidates named with nationality adjectives only (no role) -> no AFFIL with the UN. Guterres holds the post he is to be succeeded in -> AFFIL."),
# 19
("ومن المقرر أن تزور رئيسة الوزراء اليابانية [[takaichi|ساناي تاكايتشي]] [[jakarta|جاكرتا]] و[[manila|مانيلا]] الشهر المقبل، في أول جولة لها في [[sea|جنوب شرق آسيا]] منذ توليها رئاسة [[ldp|الحزب الليبرالي الديمقراطي]] الحاكم.",
 {"takaichi": "PERSON//Sanae Takaichi", "jakarta": "LOCATION/city/Jakarta", "manila": "LOCATION/city/Manila", "sea": "LOCATION/region/Southeast Asia", "ldp": "ORGANIZATION/party/Liberal Democratic Party (Japan)"},
 ["VISITS takaichi > jakarta", "VISITS takaichi > manila", "AFFILIATED_WITH takaichi > ldp", "?VISITS takaichi > sea"],
 "Scheduled visit (من المقرر أن تزور) with two coordinated objects. Party leadership (توليها رئاسة) -> AFFIL. Japan only as a nisba -> nothing. The region of the tour -> optional."),
# 20
("وغادر وزير الخارجية الإيراني [[araghchi|عباس عراقجي]] [[oslo|أوسلو]] مساء الأحد من دون أن يلتقي المبعوث الأميركي الخاص [[witkoff|ستيف ويتكوف]]، خلافاً لما توقعته وسائل إعلام غربية.",
 {"araghchi": "PERSON//Abbas Araghchi", "oslo": "LOCATION/city/Oslo", "witkoff": "PERSON//Steve Witkoff"},
 ["?VISITS araghchi > oslo"],
 "NO SCORED RELATION: negated meeting (من دون أن يلتقي). غادر is no visit; his stay in Oslo is only implied -> VISITS optional. Iran and the US only as nisbas."),
# 21
("ووقّع الرئيس التنفيذي ل[[qia|جهاز قطر للاستثمار]] [[sowaidi|محمد سيف السويدي]] ورئيس [[bndes|بنك التنمية الوطني البرازيلي]] [[mercadante|ألويزيو ميركادانتي]]، في [[brasilia|برازيليا]] الثلاثاء، مذكرة تفاهم لتمويل مشروعات الطاقة المتجددة والبنية التحتية في [[brazil|البرازيل]].",
 {"qia": "ORGANIZATION/government/Qatar Investment Authority", "sowaidi": "PERSON//Mohammed Saif Al-Sowaidi", "bndes": "ORGANIZATION/government/BNDES", "mercadante": "PERSON//Aloizio Mercadante", "brasilia": "LOCATION/city/Brasilia", "brazil": "LOCATION/country/Brazil"},
 ["SIGNS_AGREEMENT qia,sowaidi > bndes,mercadante", "AFFILIATED_WITH sowaidi > qia", "AFFILIATED_WITH mercadante > bndes", "?VISITS sowaidi > brasilia,brazil", "?COOPERATES_WITH qia > bndes"],
 "Coordinated subject of two role+name phrases; signatories or their institutions accepted. Object (مذكرة تفاهم) after a place and a day. قطر nested in the QIA name. MoU for financing -> COOP optional."),
# 22
("وندد زعيم [[chp|حزب الشعب الجمهوري]] التركي المعارض [[ozel|أوزغور أوزيل]] باستمرار احتجاز رئيس بلدية [[istanbul|إسطنبول]] [[imamoglu|أكرم إمام أوغلو]]، متهماً حكومة الرئيس [[erdogan|رجب طيب أردوغان]] باستخدام القضاء أداةً لتصفية الخصوم السياسيين.",
 {"chp": "ORGANIZATION/party/Republican People's Party (CHP)", "ozel": "PERSON//Ozgur Ozel", "istanbul": "LOCATION/city/Istanbul", "imamoglu": "PERSON//Ekrem Imamoglu", "erdogan": "PERSON//Recep Tayyip Erdogan"},
 ["AFFILIATED_WITH ozel > chp", "TENSION_WITH ozel,chp > erdogan", "?AFFILIATED_WITH imamoglu > istanbul"],
 "حزب kept: الشعب الجمهوري is not a name on its own (cf. حزب الأمة). Two nisbas between org and person. Accusing 'President Erdogan's government' -> TENSION with Erdogan. Mayor -> city: a city is not an org/country -> optional."),
# 23
("وأعلن الأمين التنفيذي ل[[igad|لهيئة الحكومية للتنمية]] ([[igad|إيغاد]]) [[workneh|ورقنه جبيهو]]، في مؤتمر صحفي بمقرها في [[djibouti|جيبوتي]]، أنه سيتوجه الأسبوع المقبل إلى [[juba|جوبا]] لبحث تنفيذ اتفاق السلام في [[ssudan|جنوب السودان]].",
 {"igad": "ORGANIZATION/intergovernmental/IGAD", "workneh": "PERSON//Workneh Gebeyehu", "djibouti": "LOCATION/city/Djibouti", "juba": "LOCATION/city/Juba", "ssudan": "LOCATION/country/South Sudan"},
 ["AFFILIATED_WITH workneh > igad", "LOCATED_IN igad > djibouti", "VISITS workneh > juba,ssudan", "?LOCATED_IN workneh > djibouti"],
 "للهيئة: mention starts at the article's ل. بمقرها في (pronoun = IGAD) -> LOCATED_IN scored. Future trip (سيتوجه إلى) counts as VISITS. جيبوتي read as the capital (city/country homograph). جنوب السودان = the country (not the optional region of older texts)."),
# 24
("وتفاقمت الأزمة بين [[venezuela|فنزويلا]] و[[guyana|غويانا]] بشأن إقليم [[essequibo|إيسيكيبو]] الغني بالنفط، بعدما أعلن الرئيس [[maduro|نيكولاس مادورو]] تنظيم انتخابات لاختيار حاكم للإقليم، وهو ما رفضته [[georgetown|جورجتاون]] واعتبرته «تهديداً مباشراً» لوحدة أراضيها.",
 {"venezuela": "LOCATION/country/Venezuela", "guyana": "LOCATION/country/Guyana", "essequibo": "LOCATION/region/Essequibo", "maduro": "PERSON//Nicolas Maduro", "georgetown": "LOCATION/city/Georgetown"},
 ["TENSION_WITH venezuela,maduro > guyana,georgetown", "?AFFILIATED_WITH maduro > venezuela"],
 "الأزمة بين X وY -> TENSION; Maduro and Georgetown (metonym) accepted as alternatives. الرئيس without a nisba -> AFFIL optional."),
# 25
("وأعلنت شركة [[embraer|إمبراير]] البرازيلية، ومقرها في [[sjc|ساو جوزيه دوس كامبوس]]، بيع ثلاث طائرات نقل عسكرية من طراز «سي-390» إلى [[korea|كوريا الجنوبية]]، في أول صفقة من نوعها للشركة في [[asia|آسيا]].",
 {"embraer": "ORGANIZATION/company/Embraer", "sjc": "LOCATION/city/Sao Jose dos Campos", "korea": "LOCATION/country/South Korea", "asia": "LOCATION/region/Asia"},
 ["PURCHASE korea > embraer", "LOCATED_IN embraer > sjc", "?SIGNS_AGREEMENT korea > embraer"],
 "Sale stated from the seller's side (بيع ... إلى) -> PURCHASE buyer -> seller. ومقرها في -> LOCATED_IN. A sale (صفقة) without a stated signing -> SIGNS optional."),
# 26
("ونفت شركة [[pertamina|برتامينا]] الإندونيسية أن تكون قد اشترت شحنات من النفط الخام من [[rosneft|روسنفت]] عبر وسطاء في [[singapore|سنغافورة]]، مؤكدة التزامها بالعقوبات المفروضة على [[moscow|موسكو]].",
 {"pertamina": "ORGANIZATION/company/Pertamina", "rosneft": "ORGANIZATION/company/Rosneft", "singapore": "LOCATION/country/Singapore", "moscow": "LOCATION/city/Moscow"},
 [],
 "NO RELATION (misleading cue): denied purchase (نفت أن تكون قد اشترت ... من). Sanctions on Moscow by unnamed parties -> nothing."),
# 27
("وأتم [[ahli|الأهلي]] السعودي تعاقده مع المهاجم الإنجليزي [[toney|إيفان توني]] قادماً من [[brentford|برينتفورد]] مقابل 40 مليون جنيه إسترليني، لينضم اللاعب إلى زميله الجزائري [[mahrez|رياض محرز]] في خط هجوم الفريق.",
 {"ahli": "ORGANIZATION/sports/Al-Ahli Saudi FC", "toney": "PERSON//Ivan Toney", "brentford": "ORGANIZATION/sports/Brentford FC", "mahrez": "PERSON//Riyad Mahrez"},
 ["SIGNS_AGREEMENT ahli > toney", "PURCHASE ahli > brentford", "?JOINS toney > ahli", "?AFFILIATED_WITH toney > ahli", "?AFFILIATED_WITH toney > brentford", "?AFFILIATED_WITH mahrez > ahli"],
 "Club's contract with the player -> SIGNS; player bought from a club for a fee -> PURCHASE club -> former club (README). لينضم إلى زميله = joining a person, not JOINS (misleading cue); the move itself makes JOINS optional. Mahrez's club only via الفريق -> optional."),
# 28
("وأجرت [[egypt|مصر]] جولة محادثات جديدة مع بعثة [[imf|صندوق النقد الدولي]] في [[cairo|القاهرة]] بشأن المراجعة الخامسة لبرنامج القرض البالغة قيمته ثمانية مليارات دولار، بحسب ما أفاد به محافظ [[cbe|البنك المركزي المصري]] [[abdalla|حسن عبد الله]].",
 {"egypt": "LOCATION/country/Egypt", "imf": "ORGANIZATION/intergovernmental/International Monetary Fund", "cairo": "LOCATION/city/Cairo", "cbe": "ORGANIZATION/government/Central Bank of Egypt", "abdalla": "PERSON//Hassan Abdalla"},
 ["MEETS egypt > imf", "AFFILIATED_WITH abdalla > cbe", "?VISITS imf > cairo", "?LOCATED_IN imf > cairo"],
 "محادثات مع between a country and an organization -> MEETS (talks). Central bank name keeps its nisba. The mission in Cairo -> optional VISITS/LOCATED."),
# 29
("وسجل المهاجم الأرجنتيني [[alvarez|خوليان ألفاريز]] هدفين لفريقه [[atletico|أتلتيكو مدريد]] في شباك [[sociedad|ريال سوسييداد]]، ليقود فريق المدرب [[simeone|دييغو سيميوني]] إلى المركز الثالث في ترتيب الدوري الإسباني.",
 {"alvarez": "PERSON//Julian Alvarez", "atletico": "ORGANIZATION/sports/Atletico Madrid", "sociedad": "ORGANIZATION/sports/Real Sociedad", "simeone": "PERSON//Diego Simeone"},
 ["AFFILIATED_WITH alvarez > atletico", "?AFFILIATED_WITH simeone > atletico"],
 "لفريقه + club -> AFFIL. Simeone's club only via فريق المدرب (the same team, nominal) -> optional. Scoring against a club is no TENSION. The league is not a name here."),
# 30
("وجاء انضمام [[sweden|السويد]] إلى [[nato|حلف شمال الأطلسي]] ([[nato|الناتو]]) في مارس 2024، بعد نحو عام من انضمام [[finland|فنلندا]]، ليطوي البلدان عقوداً من الحياد العسكري، وفق ما ذكّر به الأمين العام للحلف [[rutte|مارك روته]] في كلمة ألقاها ب[[helsinki|هلسنكي]].",
 {"sweden": "LOCATION/country/Sweden", "nato": "ORGANIZATION/intergovernmental/NATO", "finland": "LOCATION/country/Finland", "rutte": "PERSON//Mark Rutte", "helsinki": "LOCATION/city/Helsinki"},
 ["JOINS sweden > nato", "JOINS finland > nato", "?AFFILIATED_WITH rutte > nato", "?VISITS rutte > helsinki", "?LOCATED_IN rutte > helsinki"],
 "Nominal joins (انضمام X إلى Y); Finland's joining with the target elided inside the same sentence -> scored. Rutte's org only through للحلف (nominal) -> optional. Speech in Helsinki -> optional."),
]
DATA += [
# 31
("ونفى [[miraflores|قصر ميرافلوريس]] أن يكون الرئيس [[maduro|نيكولاس مادورو]] قد اجتمع سراً في [[caracas|كاراكاس]] بالمبعوث الأميركي [[grenell|ريتشارد غرينيل]]، واصفاً التقارير التي نشرتها صحيفة «[[wsj|وول ستريت جورنال]]» بأنها «مختلقة».",
 {"miraflores": "?ORGANIZATION/government/Miraflores Palace (Venezuelan presidency)", "maduro": "PERSON//Nicolas Maduro", "caracas": "LOCATION/city/Caracas", "grenell": "PERSON//Richard Grenell", "wsj": "ORGANIZATION/media/The Wall Street Journal"},
 [],
 "NO RELATION (misleading cue): denied meeting (نفى أن يكون قد اجتمع بـ), and with it the envoy's stay in Caracas. قصر ميرافلوريس acts as the presidency -> optional ORG (palace/presidency ambiguity). Venezuela and the US not named."),
# 32
("وانضمت وزيرة الأمن الأرجنتينية السابقة [[bullrich|باتريسيا بولريتش]] رسمياً إلى حزب [[lla|الحرية تتقدم]] الذي يتزعمه الرئيس [[milei|خافيير ميلي]]، تمهيداً لترشحها على رأس قائمته في العاصمة [[ba|بوينس آيرس]].",
 {"bullrich": "PERSON//Patricia Bullrich", "lla": "ORGANIZATION/party/La Libertad Avanza", "milei": "PERSON//Javier Milei", "ba": "LOCATION/city/Buenos Aires"},
 ["JOINS bullrich > lla", "AFFILIATED_WITH milei > lla", "?AFFILIATED_WITH bullrich > lla"],
 "Person joins a party -> JOINS. حزب left out (الحرية تتقدم is the party's name on its own). Relative clause الذي يتزعمه -> AFFIL. Past role with a nisba and no named country -> nothing."),
# 33
("وانضمت [[belarus|بيلاروس]] رسمياً إلى [[sco|منظمة شنغهاي للتعاون]] بصفتها العضو العاشر، خلال قمة التكتل التي احتضنتها العاصمة الكازاخية [[astana|أستانا]] بحضور الرئيس [[lukashenko|ألكسندر لوكاشينكو]].",
 {"belarus": "LOCATION/country/Belarus", "sco": "ORGANIZATION/intergovernmental/Shanghai Cooperation Organisation", "astana": "LOCATION/city/Astana", "lukashenko": "PERSON//Alexander Lukashenko"},
 ["JOINS belarus > sco", "?AFFILIATED_WITH lukashenko > belarus", "?VISITS lukashenko > astana"],
 "للتعاون inside the org name is no COOP cue; شنغهاي nested, not annotated. Kazakhstan only as a nisba. الرئيس without a nisba -> AFFIL optional. Attending a summit in Astana -> VISITS optional."),
# 34
("وأصبح [[somalia|الصومال]] العضو الثامن في [[eac|مجموعة شرق أفريقيا]] بعد إيداع وثائق انضمامه لدى الأمانة العامة للمجموعة في مدينة [[arusha|أروشا]] التنزانية، وفق ما أعلنه الرئيس [[hsm|حسن شيخ محمود]].",
 {"somalia": "LOCATION/country/Somalia", "eac": "ORGANIZATION/intergovernmental/East African Community", "arusha": "LOCATION/city/Arusha", "hsm": "PERSON//Hassan Sheikh Mohamud"},
 ["JOINS somalia > eac", "?LOCATED_IN eac > arusha", "?AFFILIATED_WITH hsm > somalia"],
 "مجموعة kept: شرق أفريقيا alone is a region, not the organization. Joining via أصبح العضو + انضمامه. Secretariat in Arusha via the nominal للمجموعة -> optional. الرئيس without a nisba -> AFFIL optional."),
# 35
("وبعد أيام من انضمامه إلى [[fener|فنربخشة]] التركي على سبيل الإعارة من [[nassr|النصر]] السعودي، سجل المهاجم الكولومبي [[duran|جون دوران]] هدفه الأول بقميص فريقه الجديد في مرمى [[galatasaray|غلطة سراي]].",
 {"fener": "ORGANIZATION/sports/Fenerbahce", "nassr": "ORGANIZATION/sports/Al Nassr FC", "duran": "PERSON//Jhon Duran", "galatasaray": "ORGANIZATION/sports/Galatasaray"},
 ["JOINS duran > fener", "?AFFILIATED_WITH duran > fener", "?AFFILIATED_WITH duran > nassr"],
 "Fronted nominal (بعد انضمامه إلى) whose subject comes later in the sentence. Loan: the lending club stays an optional affiliation; فريقه الجديد -> optional."),
# 36
("وأبرم [[isdb|البنك الإسلامي للتنمية]] اتفاقيتي تمويل مع [[mauritania|موريتانيا]] بقيمة 120 مليون دولار لدعم مشروعات المياه والطاقة، وقّعهما عن البنك رئيسه [[jasser|محمد الجاسر]] وعن الجانب الموريتاني وزير الاقتصاد والمالية [[bouh|سيد أحمد ولد بوه]] في [[jeddah|جدة]].",
 {"isdb": "ORGANIZATION/intergovernmental/Islamic Development Bank", "mauritania": "LOCATION/country/Mauritania", "jasser": "PERSON//Muhammad Al Jasser", "bouh": "PERSON//Sid'Ahmed Ould Bouh", "jeddah": "LOCATION/city/Jeddah"},
 ["SIGNS_AGREEMENT isdb,jasser > mauritania,bouh", "AFFILIATED_WITH jasser > isdb", "AFFILIATED_WITH bouh > mauritania", "?VISITS bouh > jeddah", "?LOCATED_IN isdb > jeddah"],
 "أبرم اتفاقيتي ... مع -> SIGNS; signatories accepted as alternatives. رئيسه (pronoun) -> AFFIL scored. 'عن الجانب الموريتاني وزير ...' with Mauritania named earlier -> AFFIL scored. The Mauritanian minister's name is illustrative."),
# 37
("وأغلقت [[cse|بورصة الدار البيضاء]] على ارتفاع بنسبة 1.2 في المئة، بدعم من مكاسب أسهم [[iam|اتصالات المغرب]] و[[attijari|التجاري وفا بنك]]، وفق ما أوردته [[map|وكالة المغرب العربي للأنباء]].",
 {"cse": "ORGANIZATION/company/Casablanca Stock Exchange", "iam": "ORGANIZATION/company/Maroc Telecom", "attijari": "ORGANIZATION/company/Attijariwafa Bank", "map": "ORGANIZATION/media/Maghreb Arabe Presse"},
 [],
 "NO RELATION: بدعم من (share gains) is no COOP; names merely listed. Outermost names only (الدار البيضاء and المغرب nested). وكالة kept: المغرب العربي للأنباء is not used as a name alone."),
# 38
("وبحثت الممثلة الخاصة للأمين العام ل[[un|لأمم المتحدة]] في [[libya|ليبيا]] [[tetteh|هانا تيتيه]] مع رئيس [[gnu|حكومة الوحدة الوطنية]] [[dbeibah|عبد الحميد الدبيبة]]، في [[tripoli|طرابلس]]، خريطة الطريق الأممية لإجراء الانتخابات العامة.",
 {"un": "ORGANIZATION/intergovernmental/United Nations", "libya": "LOCATION/country/Libya", "tetteh": "PERSON//Hanna Tetteh", "gnu": "?ORGANIZATION/government/Government of National Unity (Libya)", "dbeibah": "PERSON//Abdul Hamid Dbeibah", "tripoli": "LOCATION/city/Tripoli"},
 ["MEETS tetteh > dbeibah", "AFFILIATED_WITH tetteh > un", "?AFFILIATED_WITH dbeibah > gnu", "?LOCATED_IN tetteh > tripoli"],
 "A UN representative *in* Libya is affiliated with the UN, not Libya. A place PP (في ليبيا) between the org and the person. حكومة الوحدة الوطنية = descriptive government name -> optional entity and AFFIL. بحث مع with the object after the role phrase."),
# 39
("واختتم الرئيس الإندونيسي [[prabowo|برابوو سوبيانتو]] زيارة رسمية إلى [[egypt|مصر]] استغرقت يومين، التقى خلالها رئيس الوزراء [[madbouly|مصطفى مدبولي]] وشيخ [[azhar|الأزهر]] [[tayeb|أحمد الطيب]]، قبل أن يتوجه إلى [[ankara|أنقرة]].",
 {"prabowo": "PERSON//Prabowo Subianto", "egypt": "LOCATION/country/Egypt", "madbouly": "PERSON//Mostafa Madbouly", "azhar": "ORGANIZATION/religious/Al-Azhar", "tayeb": "PERSON//Ahmed el-Tayeb", "ankara": "LOCATION/city/Ankara"},
 ["VISITS prabowo > egypt", "MEETS prabowo > madbouly", "MEETS prabowo > tayeb", "AFFILIATED_WITH tayeb > azhar", "VISITS prabowo > ankara", "?AFFILIATED_WITH madbouly > egypt"],
 "Coordinated objects of التقى paired one by one. شيخ الأزهر = role. يتوجه إلى after قبل أن in a past narrative -> VISITS. Madbouly's country only implied (title without nisba) -> optional. Indonesia only as a nisba."),
# 40
("وأكد وزير الخارجية الجزائري [[attaf|أحمد عطاف]] أن بلاده «لن تقبل أي مساس بسيادتها»، في أحدث فصول الأزمة بين [[algeria|الجزائر]] و[[mali|مالي]]، بعدما اتهمت [[bamako|باماكو]] [[army|الجيش الجزائري]] بإسقاط طائرة مسيرة تابعة لها قرب بلدة [[tinz|تين زاوتين]] الحدودية.",
 {"attaf": "PERSON//Ahmed Attaf", "algeria": "LOCATION/country/Algeria", "mali": "LOCATION/country/Mali", "bamako": "LOCATION/city/Bamako", "army": "ORGANIZATION/military/Algerian Army", "tinz": "LOCATION/city/Tinzaouaten"},
 ["AFFILIATED_WITH attaf > algeria", "TENSION_WITH algeria,army > mali,bamako"],
 "Army + nisba = ORG mention (README). One tension fact (الأزمة بين; اتهمت): Algeria or its army, Mali or Bamako accepted. بلدة left out."),
# 41
("وألغى وزير الخارجية الأرميني [[mirzoyan|أرارات ميرزويان]] زيارة كانت مقررة إلى [[baku|باكو]] الأسبوع المقبل، كان من المتوقع أن يلتقي خلالها نظيره الأذربيجاني [[bayramov|جيهون بيراموف]]، من دون أن يوضح أسباب الإلغاء.",
 {"mirzoyan": "PERSON//Ararat Mirzoyan", "baku": "LOCATION/city/Baku", "bayramov": "PERSON//Jeyhun Bayramov"},
 [],
 "NO RELATION (misleading cue): cancelled visit (ألغى زيارة) and the meeting it was to hold. Countries only as nisbas."),
# 42
("وعقد الرئيس الأوزبكي [[mirziyoyev|شوكت ميرضيائيف]] ونظيره القرغيزي [[japarov|صدر جباروف]] قمة ثنائية في [[bishkek|بيشكك]]، تناولت ترسيم الحدود المشتركة ومشروع سكة الحديد الذي سيربط البلدين ب[[china|الصين]].",
 {"mirziyoyev": "PERSON//Shavkat Mirziyoyev", "japarov": "PERSON//Sadyr Japarov", "bishkek": "LOCATION/city/Bishkek", "china": "LOCATION/country/China"},
 ["MEETS mirziyoyev > japarov", "?VISITS mirziyoyev > bishkek"],
 "Coordinated subject (X ونظيره Y) + قمة. Uzbekistan and Kyrgyzstan only as nisbas -> no AFFIL. A railway to China is no relation. Summit in Bishkek -> the guest's visit optional."),
# 43
("ووصل وزير الدولة للتجارة الخارجية [[zeyoudi|ثاني بن أحمد الزيودي]] إلى [[bogota|بوغوتا]] في مستهل جولة في [[latam|أمريكا اللاتينية]] تشمل [[santiago|سانتياغو]] و[[lima|ليما]]، لبحث استكمال مفاوضات اتفاقيات الشراكة الاقتصادية الشاملة بين [[uae|الإمارات]] وكل من [[colombia|كولومبيا]] و[[chile|تشيلي]] و[[peru|بيرو]].",
 {"zeyoudi": "PERSON//Thani bin Ahmed Al Zeyoudi", "bogota": "LOCATION/city/Bogota", "latam": "LOCATION/region/Latin America", "santiago": "LOCATION/city/Santiago", "lima": "LOCATION/city/Lima", "uae": "LOCATION/country/United Arab Emirates", "colombia": "LOCATION/country/Colombia", "chile": "LOCATION/country/Chile", "peru": "LOCATION/country/Peru"},
 ["VISITS zeyoudi > bogota,colombia", "VISITS zeyoudi > santiago,chile", "VISITS zeyoudi > lima,peru", "?VISITS zeyoudi > latam", "?AFFILIATED_WITH zeyoudi > uae", "?PLANS_AGREEMENT uae > colombia", "?PLANS_AGREEMENT uae > chile", "?PLANS_AGREEMENT uae > peru"],
 "Arrival + announced tour legs -> three VISITS (capital or its country). Role without nisba, UAE named later -> AFFIL optional. Completing negotiations of agreements -> PLANS optional (ongoing, not a decision to sign)."),
# 44
("ومن المقرر أن توقع [[kenya|كينيا]] و[[ethiopia|إثيوبيا]] اتفاقاً لتقاسم مياه [[omo|نهر أومو]]، خلال زيارة يعتزم الرئيس [[ruto|وليام روتو]] القيام بها إلى [[addis|أديس أبابا]] مطلع الشهر المقبل.",
 {"kenya": "LOCATION/country/Kenya", "ethiopia": "LOCATION/country/Ethiopia", "omo": "?LOCATION/water/Omo River", "ruto": "PERSON//William Ruto", "addis": "LOCATION/city/Addis Ababa"},
 ["PLANS_AGREEMENT kenya > ethiopia", "VISITS ruto > addis,ethiopia", "?AFFILIATED_WITH ruto > kenya"],
 "من المقرر أن توقع -> PLANS (not SIGNS). Intended visit (يعتزم القيام بها إلى) counts as VISITS. الرئيس without a nisba -> AFFIL optional. River name: span (with or without نهر) debatable -> optional."),
# 45
("وأعلنت شركة [[petronas|بتروناس]] الماليزية عزمها إبرام اتفاقية شراكة مع [[sonatrach|سوناطراك]] الجزائرية لتطوير حقول للغاز في حوض [[berkine|بركين]]، وفق ما صرّح به رئيسها التنفيذي تنكو [[taufik|محمد توفيق]] على هامش منتدى للطاقة في [[kl|كوالالمبور]].",
 {"petronas": "ORGANIZATION/company/Petronas", "sonatrach": "ORGANIZATION/company/Sonatrach", "berkine": "?LOCATION/region/Berkine Basin", "taufik": "PERSON//Tengku Muhammad Taufik", "kl": "LOCATION/city/Kuala Lumpur"},
 ["PLANS_AGREEMENT petronas > sonatrach", "AFFILIATED_WITH taufik > petronas", "?LOCATED_IN taufik > kl"],
 "عزمها إبرام اتفاقية شراكة -> PLANS only (a planned partnership agreement gives no COOP). رئيسها (pronoun) -> AFFIL scored. تنكو (Tengku) is a Malay royal title, left outside the name. Basin name optional."),
# 46
("وتعقد [[oicexec|اللجنة التنفيذية لمنظمة التعاون الإسلامي]] الأسبوع المقبل اجتماعاً استثنائياً في [[jeddah|جدة]] لبحث تداعيات التصعيد في [[westbank|الضفة الغربية]]، بناء على طلب من دولة [[palestine|فلسطين]].",
 {"oicexec": "ORGANIZATION/intergovernmental/OIC Executive Committee", "jeddah": "LOCATION/city/Jeddah", "westbank": "LOCATION/region/West Bank", "palestine": "LOCATION/country/State of Palestine"},
 ["?LOCATED_IN oicexec > jeddah"],
 "NO SCORED RELATION: التعاون inside the name; لبحث without a named counterpart is no MEETS; a meeting held in Jeddah is one event -> LOCATED_IN optional. Outermost name kept (اللجنة التنفيذية لمنظمة ...). دولة left out."),
# 47
("وأعلن الرئيس الكولومبي [[petro|غوستافو بيترو]] بدء مفاوضات مع [[china|الصين]] لتوقيع اتفاقية للتجارة الحرة، بعد أشهر من انضمام [[colombia|كولومبيا]] إلى مبادرة [[bri|الحزام والطريق]] خلال زيارته ل[[beijing|بكين]].",
 {"petro": "PERSON//Gustavo Petro", "china": "LOCATION/country/China", "colombia": "LOCATION/country/Colombia", "bri": "?ORGANIZATION/other/Belt and Road Initiative", "beijing": "LOCATION/city/Beijing"},
 ["PLANS_AGREEMENT colombia,petro > china", "AFFILIATED_WITH petro > colombia", "VISITS petro > beijing,china", "?JOINS colombia > bri"],
 "Starting negotiations to sign an agreement -> PLANS (README); Petro or Colombia accepted. Nominal visit with a clitic (لبكين). Joining an initiative (not an organization) -> JOINS optional, entity optional."),
# 48
("وتخطط [[etihad|الاتحاد للطيران]] لتوقيع اتفاقية بالرمز المشترك مع [[garuda|غارودا إندونيسيا]] قبل نهاية الربع الأول من العام، بحسب ما أعلنه رئيسها التنفيذي [[neves|أنتونوالدو نيفيس]]، في خطوة تعزز رحلات الناقلة بين [[abudhabi|أبوظبي]] و[[bali|بالي]].",
 {"etihad": "ORGANIZATION/company/Etihad Airways", "garuda": "ORGANIZATION/company/Garuda Indonesia", "neves": "PERSON//Antonoaldo Neves", "abudhabi": "LOCATION/city/Abu Dhabi", "bali": "LOCATION/region/Bali"},
 ["PLANS_AGREEMENT etihad > garuda", "AFFILIATED_WITH neves > etihad"],
 "تخطط لتوقيع -> PLANS. الاتحاد للطيران = Etihad Airways' Arabic name (homograph of الاتحاد); غارودا إندونيسيا one company name (country nested). Flights between two places are no relation."),
# 49
("وقالت [[dpworld|موانئ دبي العالمية]]، التي وقعت مع [[syria|سوريا]] اتفاقية بقيمة 800 مليون دولار لتطوير وتشغيل [[tartus|ميناء طرطوس]]، إن أعمال التوسعة ستبدأ مطلع العام المقبل، بحسب رئيس مجلس إدارتها [[sulayem|سلطان أحمد بن سليم]].",
 {"dpworld": "ORGANIZATION/company/DP World", "syria": "LOCATION/country/Syria", "tartus": "?LOCATION/facility/Port of Tartus", "sulayem": "PERSON//Sultan Ahmed bin Sulayem"},
 ["SIGNS_AGREEMENT dpworld > syria", "AFFILIATED_WITH sulayem > dpworld"],
 "Relative clause التي وقعت مع -> SIGNS. Port = facility, optional. دبي nested in the company name. رئيس مجلس إدارتها (pronoun) -> AFFIL scored."),
# 50
("وفي أعقاب توقيع [[armenia|أرمينيا]] و[[azerbaijan|أذربيجان]] إعلاناً مشتركاً للسلام في [[washington|واشنطن]]، قال رئيس الوزراء الأرميني [[pashinyan|نيكول باشينيان]] إنه والرئيس [[aliyev|إلهام علييف]] طويا صفحة عقود من العداء بين البلدين.",
 {"armenia": "LOCATION/country/Armenia", "azerbaijan": "LOCATION/country/Azerbaijan", "washington": "LOCATION/city/Washington", "pashinyan": "PERSON//Nikol Pashinyan", "aliyev": "PERSON//Ilham Aliyev"},
 ["SIGNS_AGREEMENT armenia > azerbaijan", "AFFILIATED_WITH pashinyan > armenia", "?AFFILIATED_WITH aliyev > azerbaijan", "?SIGNS_AGREEMENT pashinyan > aliyev"],
 "Nominal في أعقاب توقيع -> SIGNS. 'طويا صفحة عقود من العداء' = hostility ended -> no TENSION (misleading cue). Aliyev: title without nisba -> AFFIL optional."),
# 51
("وبحث وزير الخارجية العماني [[albusaidi|بدر البوسعيدي]] مع المبعوث الأممي إلى [[yemen|اليمن]] [[grundberg|هانس غروندبرغ]]، في [[muscat|مسقط]]، جهود إحياء العملية السياسية، والدور الذي تضطلع به سلطنة [[oman|عُمان]] في الوساطة بين الأطراف اليمنية.",
 {"albusaidi": "PERSON//Badr Albusaidi", "yemen": "LOCATION/country/Yemen", "grundberg": "PERSON//Hans Grundberg", "muscat": "LOCATION/city/Muscat", "oman": "LOCATION/country/Oman"},
 ["MEETS albusaidi > grundberg", "AFFILIATED_WITH albusaidi > oman", "?VISITS grundberg > muscat,oman", "?LOCATED_IN grundberg > muscat"],
 "An envoy *to* Yemen is not affiliated with Yemen; the UN only as the adjective الأممي -> no AFFIL for Grundberg. سلطنة left out like دولة/إمارة. Mediation between unnamed parties -> nothing."),
# 52
("وأكد أمير [[kuwait|الكويت]] الشيخ [[meshal|مشعل الأحمد الجابر الصباح]]، لدى استقباله في [[bayan|قصر بيان]] المديرة التنفيذية ل[[wfp|برنامج الأغذية العالمي]] [[mccain|سيندي ماكين]]، حرص بلاده على دعم جهود الإغاثة في [[sudan|السودان]] و[[gaza|قطاع غزة]].",
 {"kuwait": "LOCATION/country/Kuwait", "meshal": "PERSON//Mishal Al-Ahmad Al-Jaber Al-Sabah", "bayan": "?LOCATION/facility/Bayan Palace", "wfp": "ORGANIZATION/intergovernmental/World Food Programme", "mccain": "PERSON//Cindy McCain", "sudan": "LOCATION/country/Sudan", "gaza": "?LOCATION/region/Gaza Strip"},
 ["MEETS meshal > mccain", "AFFILIATED_WITH meshal > kuwait", "AFFILIATED_WITH mccain > wfp", "?VISITS mccain > kuwait,bayan"],
 "Nominal reception (لدى استقباله) with the object after a place PP. Titles أمير/الشيخ outside. قطاع غزة optional span (README). The guest's visit is implied -> optional."),
# 53
("وأكدت [[riyadh|الرياض]] و[[tehran|طهران]]، في بيان مشترك صدر عقب اجتماع اللجنة الثلاثية ب[[beijing|بكين]]، أنهما تجاوزتا خلافات الماضي، وأن العلاقات بين البلدين تدخل مرحلة جديدة.",
 {"riyadh": "LOCATION/city/Riyadh", "tehran": "LOCATION/city/Tehran", "beijing": "LOCATION/city/Beijing"},
 ["?MEETS riyadh > tehran", "?COOPERATES_WITH riyadh > tehran"],
 "NO SCORED RELATION (misleading cue): تجاوزتا خلافات الماضي = disputes overcome -> no TENSION (README: تجاوزا أي خلاف). A joint statement after a committee meeting -> MEETS/COOP optional. Beijing hosts, is no party."),
# 54
("واتهم رئيس [[tsc|مجلس السيادة الانتقالي]] في [[sudan|السودان]] [[burhan|عبد الفتاح البرهان]] [[rsf|قوات الدعم السريع]] بقيادة [[hemedti|محمد حمدان دقلو]] بارتكاب انتهاكات واسعة بحق المدنيين في مدينة [[fasher|الفاشر]].",
 {"tsc": "ORGANIZATION/government/Transitional Sovereignty Council", "sudan": "LOCATION/country/Sudan", "burhan": "PERSON//Abdel Fattah al-Burhan", "rsf": "ORGANIZATION/armed_group/Rapid Support Forces", "hemedti": "PERSON//Mohamed Hamdan Dagalo", "fasher": "LOCATION/city/El Fasher"},
 ["TENSION_WITH burhan,tsc > rsf,hemedti", "AFFILIATED_WITH burhan > tsc", "AFFILIATED_WITH hemedti > rsf", "?AFFILIATED_WITH burhan > sudan", "?LOCATED_IN tsc > sudan"],
 "Object of اتهم right after the subject's name; بقيادة X -> AFFIL (leader). Place PP between org and person. مدينة left out."),
# 55
("واندلعت اشتباكات حدودية جديدة بين [[thailand|تايلاند]] و[[cambodia|كمبوديا]] قرب [[temple|معبد تا موين ثوم]]، فيما تبادلت [[bangkok|بانكوك]] و[[phnompenh|بنوم بنه]] الاتهامات بخرق وقف إطلاق النار الذي تم التوصل إليه بوساطة من [[malaysia|ماليزيا]].",
 {"thailand": "LOCATION/country/Thailand", "cambodia": "LOCATION/country/Cambodia", "temple": "?LOCATION/facility/Ta Moan Thom temple", "bangkok": "LOCATION/city/Bangkok", "phnompenh": "LOCATION/city/Phnom Penh", "malaysia": "LOCATION/country/Malaysia"},
 ["TENSION_WITH thailand,bangkok > cambodia,phnompenh"],
 "Clashes + mutual accusations = one TENSION fact, capitals as alternatives. A ceasefire reached through Malaysian mediation gives no relation with Malaysia. Temple = facility, optional."),
]
DATA += [
# 56
("وانتقدت مسؤولة السياسة الخارجية في [[eu|الاتحاد الأوروبي]] [[kallas|كايا كالاس]] ما وصفته بالدعم الصيني المتواصل للمجهود الحربي الروسي، محذرة [[beijing|بكين]] من أن ذلك سيلقي بظلاله على علاقاتها مع [[brussels|بروكسل]].",
 {"eu": "ORGANIZATION/intergovernmental/European Union", "kallas": "PERSON//Kaja Kallas", "beijing": "LOCATION/city/Beijing", "brussels": "LOCATION/city/Brussels"},
 ["AFFILIATED_WITH kallas > eu", "TENSION_WITH kallas,eu,brussels > beijing"],
 "Role 'في org' -> AFFIL. Criticism + warning addressed to Beijing -> TENSION (Kallas, the EU or Brussels accepted). China and Russia only as nisbas -> no China-Russia relation."),
# 57
("وقطعت [[mexico|المكسيك]] علاقاتها الدبلوماسية مع [[ecuador|الإكوادور]] بعد اقتحام قوات الأمن الإكوادورية مقر سفارتها في [[quito|كيتو]]، فيما وصف الرئيس المكسيكي آنذاك [[amlo|أندريس مانويل لوبيز أوبرادور]] الخطوة بأنها «انتهاك صارخ للقانون الدولي».",
 {"mexico": "LOCATION/country/Mexico", "ecuador": "LOCATION/country/Ecuador", "quito": "LOCATION/city/Quito", "amlo": "PERSON//Andres Manuel Lopez Obrador"},
 ["TENSION_WITH mexico,amlo > ecuador", "?AFFILIATED_WITH amlo > mexico"],
 "Breaking ties -> TENSION. Past role (آنذاك) -> AFFIL optional. قوات الأمن الإكوادورية is descriptive, not annotated; the unnamed embassy gives no LOCATED_IN."),
# 58
("وقال المتحدث الرسمي باسم [[qmfa|وزارة الخارجية القطرية]] [[ansari|ماجد الأنصاري]] إن [[doha|الدوحة]] تحمّل [[israel|إسرائيل]] المسؤولية الكاملة عن الهجوم الذي استهدف مقرات سكنية في العاصمة القطرية، مؤكداً أنه «لن يمر دون رد».",
 {"qmfa": "ORGANIZATION/government/Qatar Ministry of Foreign Affairs", "ansari": "PERSON//Majed Al-Ansari", "doha": "LOCATION/city/Doha", "israel": "LOCATION/country/Israel"},
 ["AFFILIATED_WITH ansari > qmfa", "TENSION_WITH doha,qmfa > israel", "?AFFILIATED_WITH ansari > doha"],
 "Ministry + nisba = one ORG mention. Reported speech: blaming Israel for an attack -> TENSION (Doha as metonym, or the ministry)."),
# 59
("وقال السفير الإماراتي المقيم في [[nouakchott|نواكشوط]] [[mheiri|حمد غانم المهيري]] إن [[uae|الإمارات]] ستمول إنشاء محطة لتحلية المياه في مدينة [[nouadhibou|نواذيبو]] شمالي [[mauritania|موريتانيا]].",
 {"nouakchott": "LOCATION/city/Nouakchott", "mheiri": "PERSON//Hamad Ghanem Al Mheiri", "uae": "LOCATION/country/United Arab Emirates", "nouadhibou": "LOCATION/city/Nouadhibou", "mauritania": "LOCATION/country/Mauritania"},
 ["LOCATED_IN mheiri > nouakchott", "AFFILIATED_WITH mheiri > uae"],
 "Ambassador resident in a capital (المقيم في) -> LOCATED_IN; nisba + UAE named -> AFFIL. The ambassador is illustrative (name not checked). Funding a plant is no PURCHASE/COOP with a named party."),
# 60
("وقضت محكمة تونسية غيابياً بسجن الرئيس الأسبق [[marzouki|منصف المرزوقي]] ثماني سنوات، وهو المقيم في [[paris|باريس]] منذ سنوات وأحد أشد منتقدي الرئيس [[saied|قيس سعيد]].",
 {"marzouki": "PERSON//Moncef Marzouki", "paris": "LOCATION/city/Paris", "saied": "PERSON//Kais Saied"},
 ["LOCATED_IN marzouki > paris", "TENSION_WITH marzouki > saied"],
 "المقيم في -> LOCATED_IN. 'أحد أشد منتقدي' -> TENSION. Tunisia only as a nisba (محكمة تونسية) -> no AFFIL; the court is unnamed."),
# 61
("وبعث الرئيس [[milei|خافيير ميلي]] برسالة إلى قادة دول مجموعة [[brics|بريكس]] يبلغهم فيها أن [[argentina|الأرجنتين]] لن تنضم إلى التكتل، متراجعاً عن قرار الحكومة السابقة قبول الدعوة.",
 {"milei": "PERSON//Javier Milei", "brics": "ORGANIZATION/intergovernmental/BRICS", "argentina": "LOCATION/country/Argentina"},
 ["?AFFILIATED_WITH milei > argentina"],
 "NO SCORED RELATION (misleading cue): negated joining (لن تنضم). A letter is no MEETS. الرئيس without a nisba, Argentina named -> AFFIL optional."),
# 62
("ووافق مجلس إدارة [[afdb|البنك الأفريقي للتنمية]]، الذي يتخذ من [[abidjan|أبيدجان]] مقراً له، على قرض بقيمة 200 مليون دولار ل[[djibouti|جيبوتي]] لتحديث شبكة الكهرباء، وفق ما أعلنه رئيس البنك [[ouldtah|سيدي ولد التاه]].",
 {"afdb": "ORGANIZATION/intergovernmental/African Development Bank", "abidjan": "LOCATION/city/Abidjan", "djibouti": "LOCATION/country/Djibouti", "ouldtah": "PERSON//Sidi Ould Tah"},
 ["LOCATED_IN afdb > abidjan", "?AFFILIATED_WITH ouldtah > afdb"],
 "Relative clause HQ -> LOCATED_IN. رئيس البنك (nominal) -> AFFIL optional (nisba الموريتاني dropped in review: it read as 'the Mauritanian bank'). A loan is no PURCHASE/SIGNS."),
# 63
("ويقيم الرئيس السابق لتحالف [[rn|رينو-نيسان]] [[ghosn|كارلوس غصن]] في [[beirut|بيروت]] منذ فراره من [[japan|اليابان]] أواخر عام 2019، فيما لا تزال مذكرة توقيف دولية صادرة بحقه سارية.",
 {"rn": "ORGANIZATION/company/Renault-Nissan Alliance", "ghosn": "PERSON//Carlos Ghosn", "beirut": "LOCATION/city/Beirut", "japan": "LOCATION/country/Japan"},
 ["LOCATED_IN ghosn > beirut", "?AFFILIATED_WITH ghosn > rn", "?TENSION_WITH ghosn > japan"],
 "يقيم ... في with the place after a long role phrase -> LOCATED_IN. Past role (السابق) -> optional. Flight from a country / a warrant by unnamed issuers -> TENSION at most optional. تحالف left out."),
# 64
("وأكد السفير الصيني في [[rabat|الرباط]] [[li|لي تشانغلين]] أن [[china|الصين]] تعتبر [[morocco|المغرب]] شريكاً استراتيجياً في [[africa|أفريقيا]]، مشيراً إلى أن شركة [[byd|بي واي دي]] تعتزم إقامة مصنع للبطاريات قرب [[tangier|طنجة]].",
 {"rabat": "LOCATION/city/Rabat", "li": "PERSON//Li Changlin", "china": "LOCATION/country/China", "morocco": "LOCATION/country/Morocco", "africa": "LOCATION/region/Africa", "byd": "ORGANIZATION/company/BYD", "tangier": "LOCATION/city/Tangier"},
 ["LOCATED_IN li > rabat", "AFFILIATED_WITH li > china", "COOPERATES_WITH china > morocco", "?LOCATED_IN byd > tangier"],
 "Ambassador 'in' a capital -> LOCATED_IN; nisba + China named -> AFFIL. A stated strategic partnership -> COOP (hard call: 'considers X a partner'). A plant still to be built -> LOCATED_IN optional; intending to build is no PLANS."),
# 65
("وأطلقت [[who|منظمة الصحة العالمية]]، بالتعاون مع [[unicef|اليونيسف]]، حملة تطعيم ضد شلل الأطفال تستهدف 600 ألف طفل في [[gaza|قطاع غزة]]، وفق ما أعلنه المدير العام للمنظمة [[tedros|تيدروس أدهانوم غيبريسوس]].",
 {"who": "ORGANIZATION/intergovernmental/World Health Organization", "unicef": "ORGANIZATION/intergovernmental/UNICEF", "gaza": "?LOCATION/region/Gaza Strip", "tedros": "PERSON//Tedros Adhanom Ghebreyesus"},
 ["COOPERATES_WITH who > unicef", "?AFFILIATED_WITH tedros > who"],
 "بالتعاون مع -> COOP. منظمة kept (الصحة العالمية is not a name alone). للمنظمة is a nominal -> AFFIL optional. قطاع غزة optional span."),
# 66
("واتفق وزيرا الداخلية المغربي [[laftit|عبد الوافي لفتيت]] والإسباني [[marlaska|فرناندو غراندي مارلاسكا]] على تعزيز التنسيق الأمني بين [[rabat|الرباط]] و[[madrid|مدريد]] في مكافحة الهجرة غير النظامية والإرهاب.",
 {"laftit": "PERSON//Abdelouafi Laftit", "marlaska": "PERSON//Fernando Grande-Marlaska", "rabat": "LOCATION/city/Rabat", "madrid": "LOCATION/city/Madrid"},
 ["COOPERATES_WITH laftit,rabat > marlaska,madrid", "?AFFILIATED_WITH laftit > rabat", "?AFFILIATED_WITH marlaska > madrid", "?MEETS laftit > marlaska"],
 "Dual role noun (وزيرا) with two nisbas split around the first name. Agreeing to enhance coordination between -> COOP (ministers or capitals). Countries not named -> AFFIL to the capitals optional. The meeting is implied -> optional."),
# 67
("واشترت [[qr|الخطوط الجوية القطرية]] 160 طائرة عريضة البدن من [[boeing|بوينغ]] الأميركية، في أكبر طلبية في تاريخ الشركة الأميركية، وأُعلن عن الصفقة خلال زيارة الرئيس [[trump|دونالد ترامب]] إلى [[doha|الدوحة]].",
 {"qr": "ORGANIZATION/company/Qatar Airways", "boeing": "ORGANIZATION/company/Boeing", "trump": "PERSON//Donald Trump", "doha": "LOCATION/city/Doha"},
 ["PURCHASE qr > boeing", "VISITS trump > doha", "?SIGNS_AGREEMENT qr > boeing"],
 "اشترى ... من -> PURCHASE. Nominal visit (زيارة X إلى). Passive أُعلن عن الصفقة: a deal announced, no signing stated -> SIGNS optional."),
# 68
("والتقى الرئيس اللبناني [[aoun|جوزاف عون]] والرئيس السوري [[sharaa|أحمد الشرع]]، على هامش القمة العربية الطارئة في [[cairo|القاهرة]]، وبحثا ضبط الحدود المشتركة ومكافحة التهريب بين البلدين.",
 {"aoun": "PERSON//Joseph Aoun", "sharaa": "PERSON//Ahmed al-Sharaa", "cairo": "LOCATION/city/Cairo"},
 ["MEETS aoun > sharaa", "?VISITS aoun > cairo", "?VISITS sharaa > cairo"],
 "Coordinated subject of التقى (no object) + dual بحثا -> MEETS. Lebanon and Syria only as nisbas. Summit in Cairo -> VISITS optional."),
# 69
("واستُقبل رئيس الوزراء الماليزي [[anwar|أنور إبراهيم]] بمراسم عسكرية في [[berlin|برلين]]، حيث عقد جلسة محادثات مع المستشار الألماني [[merz|فريدريش ميرتس]] تناولت مفاوضات اتفاقية التجارة الحرة بين [[malaysia|ماليزيا]] و[[eu|الاتحاد الأوروبي]].",
 {"anwar": "PERSON//Anwar Ibrahim", "berlin": "LOCATION/city/Berlin", "merz": "PERSON//Friedrich Merz", "malaysia": "LOCATION/country/Malaysia", "eu": "ORGANIZATION/intergovernmental/European Union"},
 ["MEETS anwar > merz", "AFFILIATED_WITH anwar > malaysia", "?VISITS anwar > berlin", "?PLANS_AGREEMENT malaysia > eu"],
 "Passive (استُقبل) without an agent; the meeting is carried by محادثات مع. Ceremonial reception + talks in Berlin -> VISITS optional (README). Ongoing FTA negotiations -> PLANS optional. Germany only as a nisba."),
# 70
("ووُقّعت في [[astana|أستانا]]، الأربعاء، اتفاقية طويلة الأجل بين [[kazatomprom|كازاتومبروم]] و[[cnnc|المؤسسة النووية الوطنية الصينية]] لتوريد نحو 10 آلاف طن من اليورانيوم حتى عام 2035.",
 {"astana": "LOCATION/city/Astana", "kazatomprom": "ORGANIZATION/company/Kazatomprom", "cnnc": "ORGANIZATION/company/China National Nuclear Corporation"},
 ["SIGNS_AGREEMENT kazatomprom > cnnc", "?PURCHASE cnnc > kazatomprom", "?VISITS cnnc > astana"],
 "Passive signing (وُقّعت) with the parties in بين X وY. A supply agreement implies the buyer -> PURCHASE optional. CNNC name keeps its nisba (generic head). Signing in Astana -> the foreign party's visit optional (as line 5)."),
]
DATA += [
# 71
("وقال وزير المالية [[purbaya|بوربايا يودي ساديوا]] إن [[indonesia|إندونيسيا]] تأمل في استكمال إجراءات انضمامها إلى [[oecd|منظمة التعاون الاقتصادي والتنمية]] خلال ثلاث سنوات، لتصبح أول دولة من [[asean|آسيان]] تنال عضوية المنظمة.",
 {"purbaya": "PERSON//Purbaya Yudhi Sadewa", "indonesia": "LOCATION/country/Indonesia", "oecd": "ORGANIZATION/intergovernmental/OECD", "asean": "ORGANIZATION/intergovernmental/ASEAN"},
 ["?JOINS indonesia > oecd", "?AFFILIATED_WITH purbaya > indonesia", "?JOINS indonesia > asean"],
 "NO SCORED RELATION: a hope to complete accession (تأمل في استكمال ... انضمامها) -> JOINS optional; membership of ASEAN without a joining event -> optional. التعاون inside the org name. Role without nisba -> AFFIL optional."),
# 72
("وتتعاون شركة [[maaden|معادن]] السعودية مع [[ivanhoe|آيفانهو إلكتريك]] الأميركية في التنقيب عن النحاس والذهب في منطقة [[shield|الدرع العربي]]، عبر مشروع مشترك تملك فيه الشركتان حصصاً متساوية.",
 {"maaden": "ORGANIZATION/company/Ma'aden", "ivanhoe": "ORGANIZATION/company/Ivanhoe Electric", "shield": "?LOCATION/region/Arabian Shield"},
 ["COOPERATES_WITH maaden > ivanhoe"],
 "تتعاون ... مع -> COOP; a joint venture adds nothing else. Geological region name -> optional entity. Nisbas after company names outside."),
# 73
("وأكد الرئيس الجزائري [[tebboune|عبد المجيد تبون]]، خلال زيارته ل[[moscow|موسكو]]، أن [[algeria|الجزائر]] تسعى إلى تعزيز شراكتها الاستراتيجية مع [[russia|روسيا]] وإلى الانضمام إلى مجموعة [[brics|بريكس]].",
 {"tebboune": "PERSON//Abdelmadjid Tebboune", "moscow": "LOCATION/city/Moscow", "algeria": "LOCATION/country/Algeria", "russia": "LOCATION/country/Russia", "brics": "ORGANIZATION/intergovernmental/BRICS"},
 ["VISITS tebboune > moscow,russia", "AFFILIATED_WITH tebboune > algeria", "COOPERATES_WITH algeria > russia", "?JOINS algeria > brics"],
 "Nominal visit with a clitic (لموسكو) inside a parenthetical. 'Enhancing its strategic partnership with' -> COOP (an existing partnership stated). A wish to join (تسعى إلى الانضمام) -> JOINS optional."),
# 74
("وقال [[fuad|فؤاد حسين]]، نائب رئيس الوزراء وزير خارجية [[iraq|العراق]]، إن [[baghdad|بغداد]] لن تسمح باستخدام أراضيها منطلقاً لأي هجوم على دول الجوار، وذلك في ختام محادثات أجراها في [[tehran|طهران]] مع نظيره الإيراني [[araghchi|عباس عراقجي]].",
 {"fuad": "PERSON//Fuad Hussein", "iraq": "LOCATION/country/Iraq", "baghdad": "LOCATION/city/Baghdad", "tehran": "LOCATION/city/Tehran", "araghchi": "PERSON//Abbas Araghchi"},
 ["AFFILIATED_WITH fuad > iraq,baghdad", "MEETS fuad > araghchi", "?VISITS fuad > tehran", "?LOCATED_IN fuad > tehran"],
 "Apposition (X، وزير خارجية Y). Talks held in Tehran -> VISITS/LOCATED optional (README). Iran only as a nisba. A refusal about unnamed neighbours is no TENSION."),
# 75
("وتقدم رئيس [[somaliland|أرض الصومال]] [[irro|عبد الرحمن محمد عبد الله عرو]] بطلب رسمي ل[[au|لاتحاد الأفريقي]] للاعتراف بالإقليم دولة مستقلة، في خطوة رفضتها [[mogadishu|مقديشو]] بشدة واعتبرتها مساساً بوحدة [[somalia|الصومال]].",
 {"somaliland": "LOCATION/region/Somaliland", "irro": "PERSON//Abdirahman Mohamed Abdullahi Irro", "au": "ORGANIZATION/intergovernmental/African Union", "mogadishu": "LOCATION/city/Mogadishu", "somalia": "LOCATION/country/Somalia"},
 ["TENSION_WITH mogadishu,somalia > somaliland,irro", "?AFFILIATED_WITH irro > somaliland"],
 "للاتحاد: the mention starts at the article's ل. A request to the AU is no JOINS and no MEETS. Mogadishu's firm rejection of the step -> TENSION. Leader of an unrecognised region -> AFFIL optional (a region is no org/country)."),
# 76
("وانطلقت في [[doha|الدوحة]] جولة جديدة من المحادثات المباشرة بين حكومة [[drc|الكونغو الديمقراطية]] وحركة [[m23|إم 23]] المتمردة، في إطار وساطة تقودها [[qatar|قطر]] لإنهاء القتال في شرق [[drc|الكونغو]].",
 {"doha": "LOCATION/city/Doha", "drc": "LOCATION/country/Democratic Republic of the Congo", "m23": "ORGANIZATION/armed_group/M23", "qatar": "LOCATION/country/Qatar"},
 ["MEETS drc > m23", "?VISITS drc > doha", "?VISITS m23 > doha", "?TENSION_WITH drc > m23"],
 "محادثات بين X وY, no persons -> MEETS between a government and an armed group (talks). حكومة and حركة left out. The fighting is only implied (لإنهاء القتال) -> TENSION optional. Mediator is no party."),
# 77
("وأكد رئيس المجلس العسكري الحاكم في [[niger|النيجر]] الجنرال [[tiani|عبد الرحمن تياني]] أن بلاده لم توقع أي اتفاق عسكري مع [[russia|روسيا]] يسمح بإقامة قواعد على أراضيها، نافياً تقارير عن وصول مدربين روس إلى [[niamey|نيامي]].",
 {"niger": "LOCATION/country/Niger", "tiani": "PERSON//Abdourahamane Tiani", "russia": "LOCATION/country/Russia", "niamey": "LOCATION/city/Niamey"},
 ["AFFILIATED_WITH tiani > niger"],
 "Negated signing (لم توقع أي اتفاق) -> no SIGNS; the denied arrival of unnamed trainers -> nothing. Head of the ruling junta 'in Niger' -> AFFIL with Niger (the council is unnamed). الجنرال outside the name."),
# 78
("وقال [[khaldoon|خلدون المبارك]]، رئيس نادي [[mancity|مانشستر سيتي]] والعضو المنتدب لشركة [[mubadala|مبادلة]]، إن النادي لا يعتزم بيع أي من نجومه إلى أندية [[spl|دوري روشن السعودي]] خلال فترة الانتقالات الشتوية.",
 {"khaldoon": "PERSON//Khaldoon Al Mubarak", "mancity": "ORGANIZATION/sports/Manchester City FC", "mubadala": "ORGANIZATION/company/Mubadala", "spl": "?ORGANIZATION/sports/Saudi Pro League"},
 ["AFFILIATED_WITH khaldoon > mancity", "AFFILIATED_WITH khaldoon > mubadala"],
 "Apposition with two coordinated roles. Negated intention to sell -> no PURCHASE. League as an organization is debatable -> optional entity."),
# 79
("وأُبرم اتفاق لتبادل الأسرى بين [[russia|روسيا]] و[[ukraine|أوكرانيا]] بوساطة من [[uae|الإمارات]]، أُفرج بموجبه عن 150 أسيراً من كل جانب، وفق ما أعلنته [[wam|وكالة أنباء الإمارات]] ([[wam|وام]]).",
 {"russia": "LOCATION/country/Russia", "ukraine": "LOCATION/country/Ukraine", "uae": "LOCATION/country/United Arab Emirates", "wam": "ORGANIZATION/media/Emirates News Agency (WAM)"},
 ["SIGNS_AGREEMENT russia > ukraine"],
 "Passive أُبرم اتفاق بين X وY -> SIGNS. The mediator is no party (no SIGNS/COOP with the UAE). وكالة kept: أنباء الإمارات is not a name alone; الإمارات nested."),
# 80
("وزار، في مستهل جولة خليجية تستمر أسبوعاً، رئيس الوزراء الفيتنامي [[chinh|فام مينه تشينه]] [[doha|الدوحة]]، حيث أجرى محادثات مع أمير [[qatar|قطر]] الشيخ [[tamim|تميم بن حمد آل ثاني]] تناولت زيادة إمدادات الغاز المسال إلى بلاده.",
 {"chinh": "PERSON//Pham Minh Chinh", "doha": "LOCATION/city/Doha", "qatar": "LOCATION/country/Qatar", "tamim": "PERSON//Tamim bin Hamad Al Thani"},
 ["VISITS chinh > doha,qatar", "MEETS chinh > tamim", "AFFILIATED_WITH tamim > qatar"],
 "Verb separated from its subject by an adverbial; the object after the role phrase. Vietnam only as a nisba. Gas supplies 'to his country' -> no PURCHASE with a named party."),
]

if __name__ == "__main__":
    build("written3", DATA)
