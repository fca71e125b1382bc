#!/usr/bin/env python3
"""Builds written6.txt / written6.gold.json / written6.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup).
Register: Egyptian, Levantine and Maghreb domestic and economic press (MENA, Petra, SANA, NNA,
MAP, APS, TAP, Al-Ahram, Hespress) and energy / economy / culture desks."""
import json, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build, summary  # noqa: E402

DATA = [
# 1
("تفقد رئيس مجلس الوزراء المصري [[madbouly|مصطفى مدبولي]]، يرافقه وزير السياحة والآثار [[fathy|شريف فتحي]]، أعمال التجهيز النهائية في [[gem|المتحف المصري الكبير]] بمحافظة [[giza|الجيزة]]، وأكد [[madbouly|مدبولي]] أن افتتاح المتحف سيضع [[egypt|مصر]] في صدارة الوجهات الثقافية في العالم.",
 {"madbouly": "PERSON//Mostafa Madbouly", "fathy": "PERSON//Sherif Fathy", "gem": "LOCATION/facility/Grand Egyptian Museum", "giza": "LOCATION/region/Giza Governorate", "egypt": "LOCATION/country/Egypt"},
 ["AFFILIATED_WITH madbouly > egypt", "VISITS madbouly > gem", "?VISITS fathy > gem", "?VISITS madbouly > giza", "?AFFILIATED_WITH fathy > egypt"],
 "MENA inspection tour: تفقد ... في a named facility is read as VISITS (a museum being toured is a facility). The companion (يرافقه) -> VISITS optional. المصري + Egypt named later -> AFFIL; the tourism minister's role has no nisba -> optional. Surname-only repeat. The museum's province is visited only by implication -> optional. محافظة left out."),
# 2
("واستقبل وزير البترول والثروة المعدنية [[badawi|كريم بدوي]]، بمقر الوزارة في [[cairo|القاهرة]]، الرئيس التنفيذي لمجموعة [[eni|إيني]] الإيطالية [[descalzi|كلاوديو ديسكالزي]]، وبحث الجانبان خطة الشركة لضخ استثمارات جديدة بقيمة 8 مليارات دولار في [[egypt|مصر]] خلال السنوات الخمس المقبلة، بما في ذلك توسعة حقل [[zohr|ظهر]].",
 {"badawi": "PERSON//Karim Badawi", "cairo": "LOCATION/city/Cairo", "eni": "ORGANIZATION/company/Eni", "descalzi": "PERSON//Claudio Descalzi", "egypt": "LOCATION/country/Egypt", "zohr": "?LOCATION/facility/Zohr gas field"},
 ["MEETS badawi > descalzi", "AFFILIATED_WITH descalzi > eni", "?AFFILIATED_WITH badawi > egypt", "?VISITS descalzi > cairo"],
 "Reception with the place between verb and object. الرئيس التنفيذي لمجموعة X الإيطالية Y -> AFFIL (مجموعة left out, nisba outside). The minister's role names no country (Egypt only as the place of investment) -> optional. Received in Cairo -> VISITS optional. A gas field's name after حقل (a common word too) -> optional entity."),
# 3
("وعقب لقائه رئيسة بعثة [[imf|صندوق النقد الدولي]] إلى [[egypt|مصر]] [[hollar|إيفانا فلادكوفا هولار]]، قال محافظ [[cbe|البنك المركزي المصري]] [[abdalla|حسن عبد الله]] إن المراجعة الخامسة لبرنامج الإصلاح الاقتصادي تسير وفق الجدول الزمني المتفق عليه، وإن البنك ملتزم بمرونة سعر الصرف.",
 {"imf": "ORGANIZATION/intergovernmental/International Monetary Fund", "egypt": "LOCATION/country/Egypt", "hollar": "PERSON//Ivanna Vladkova Hollar", "cbe": "ORGANIZATION/government/Central Bank of Egypt", "abdalla": "PERSON//Hassan Abdalla"},
 ["MEETS abdalla > hollar,imf", "AFFILIATED_WITH hollar > imf", "AFFILIATED_WITH abdalla > cbe"],
 "Fronted nominal عقب لقائه with the subject later in the same sentence -> MEETS scored. Head of the IMF mission TO Egypt: affiliated with the IMF, not with Egypt. محافظ X -> AFFIL; the bank's name keeps its nisba."),
# 4
("ووقّعت [[egx|البورصة المصرية]] و[[casa|بورصة الدار البيضاء]] مذكرة تفاهم لتبادل الخبرات وتشجيع الإدراج المزدوج للشركات، وقّعها عن الجانب المصري رئيس البورصة [[azzam|إسلام عزام]]، وعن الجانب المغربي المدير العام ل[[casa|بورصة الدار البيضاء]] [[senhaji|طارق الصنهاجي]].",
 {"egx": "ORGANIZATION/company/Egyptian Exchange", "casa": "ORGANIZATION/company/Casablanca Stock Exchange", "azzam": "PERSON//Islam Azzam", "senhaji": "PERSON//Tarik Senhaji"},
 ["SIGNS_AGREEMENT egx,azzam > casa,senhaji", "AFFILIATED_WITH senhaji > casa", "?AFFILIATED_WITH azzam > egx", "?COOPERATES_WITH egx > casa"],
 "Coordinated subject signs an MoU; signatories accepted as alternatives. رئيس البورصة: the exchange only through a nominal -> AFFIL optional; المدير العام لـ X Y -> AFFIL. An MoU to exchange expertise is a cooperation text -> COOP optional. بورصة kept in the Casablanca name (the remainder is a city); the city nested in it is no mention."),
# 5
("والتقى رئيس [[sca|هيئة قناة السويس]] الفريق [[rabie|أسامة ربيع]]، بمبنى الإرشاد في [[ismailia|الإسماعيلية]]، الرئيس التنفيذي لمجموعة [[maersk|ميرسك]] الدنماركية [[clerc|فنسنت كليرك]]، لبحث عودة سفن الخط الملاحي إلى العبور من [[canal|قناة السويس]] مع تحسن الأوضاع الأمنية في [[redsea|البحر الأحمر]].",
 {"sca": "ORGANIZATION/government/Suez Canal Authority", "rabie": "PERSON//Osama Rabie", "ismailia": "LOCATION/city/Ismailia", "maersk": "ORGANIZATION/company/Maersk", "clerc": "PERSON//Vincent Clerc", "canal": "LOCATION/water/Suez Canal", "redsea": "LOCATION/water/Red Sea"},
 ["MEETS rabie > clerc", "AFFILIATED_WITH rabie > sca", "AFFILIATED_WITH clerc > maersk", "?VISITS clerc > ismailia"],
 "التقى with the place between subject and object. Two role phrases -> AFFIL (the title الفريق outside). Met in Ismailia -> VISITS optional. The canal as a waterway is a separate mention from the one nested in the authority's name."),
# 6
("ووقّعت [[sczone|الهيئة العامة للمنطقة الاقتصادية لقناة السويس]] عقداً مع شركة [[hf|شاندونغ هوافنغ للإطارات]] الصينية لإقامة مجمع لصناعة إطارات السيارات في [[sokhna|العين السخنة]] باستثمارات تبلغ 650 مليون دولار، وقال رئيس [[sczone|اقتصادية قناة السويس]] [[walid|وليد جمال الدين]] إن المشروع سيوفر أكثر من ثلاثة آلاف فرصة عمل.",
 {"sczone": "ORGANIZATION/government/Suez Canal Economic Zone (SCZONE)", "hf": "ORGANIZATION/company/Shandong Huafeng Tyres (fictional)", "sokhna": "LOCATION/region/Ain Sokhna", "walid": "PERSON//Walid Gamal El-Din"},
 ["SIGNS_AGREEMENT sczone > hf", "AFFILIATED_WITH walid > sczone"],
 "وقّعت عقداً مع -> SIGNS. The zone's press short name (اقتصادية قناة السويس) is a second mention of it -> AFFIL scored. A plant to be built in a place gives no LOCATED. Chinese company invented."),
# 7
("وأعلنت [[ems|النقابة العامة لأطباء مصر]] رفضها مشروع قانون المسؤولية الطبية بصيغته الحالية، واتهم نقيب الأطباء [[abdelhay|أسامة عبد الحي]] [[moh|وزارة الصحة والسكان]] بتجاهل ملاحظات النقابة، ملوّحاً بالدعوة إلى جمعية عمومية غير عادية.",
 {"ems": "ORGANIZATION/other/Egyptian Medical Syndicate", "abdelhay": "PERSON//Osama Abdel Hay", "moh": "ORGANIZATION/government/Ministry of Health and Population (Egypt)"},
 ["TENSION_WITH abdelhay,ems > moh", "?AFFILIATED_WITH abdelhay > ems"],
 "اتهم -> TENSION (the syndicate head or the syndicate). نقيب الأطباء names the syndicate only through the profession (a title, like رئيس الجمعية) -> AFFIL optional. Rejecting a bill is the syndicate's stance, the accusation carries the relation. Egypt nested in the syndicate's name."),
# 8
("ووافقت [[plan|لجنة الخطة والموازنة]] ب[[hor|مجلس النواب]] برئاسة [[feki|فخري الفقي]] على اتفاقية قرض بقيمة مليار يورو بين [[egypt|مصر]] و[[eib|بنك الاستثمار الأوروبي]] لتمويل مشروعات الطاقة النظيفة، تمهيداً لعرضها على الجلسة العامة للمجلس.",
 {"plan": "ORGANIZATION/government/Plan and Budget Committee (House of Representatives, Egypt)", "hor": "?ORGANIZATION/government/House of Representatives (Egypt)", "feki": "PERSON//Fakhri El-Feki", "egypt": "LOCATION/country/Egypt", "eib": "ORGANIZATION/intergovernmental/European Investment Bank"},
 ["AFFILIATED_WITH feki > plan", "?AFFILIATED_WITH feki > hor", "?SIGNS_AGREEMENT egypt > eib"],
 "A parliamentary committee برئاسة X -> AFFIL. The committee and the house are read as two names (as مجلس الأمن التابع للأمم المتحدة); a bare مجلس النواب is generic -> optional entity. Approving a loan agreement says it exists, not that it was signed now -> SIGNS optional (as written5 3)."),
# 9
("وافتتح رئيس مجلس الوزراء [[madbouly|مصطفى مدبولي]] الدورة السادسة والخمسين من [[fair|معرض القاهرة الدولي للكتاب]] في [[expo|مركز مصر للمعارض الدولية]] ب[[tagamoa|التجمع الخامس]]، بحضور وزير الثقافة [[hano|أحمد فؤاد هنو]] ورئيس [[gebo|الهيئة المصرية العامة للكتاب]] [[bahi|أحمد بهي الدين]]، فيما تحل سلطنة [[oman|عُمان]] ضيف شرف على هذه الدورة.",
 {"madbouly": "PERSON//Mostafa Madbouly", "fair": "?ORGANIZATION/other/Cairo International Book Fair", "expo": "LOCATION/facility/Egypt International Exhibition Center", "tagamoa": "LOCATION/district/Fifth Settlement", "hano": "PERSON//Ahmed Fouad Hano", "gebo": "ORGANIZATION/government/General Egyptian Book Organization", "bahi": "PERSON//Ahmed Bahi El-Din", "oman": "LOCATION/country/Oman"},
 ["AFFILIATED_WITH bahi > gebo", "?VISITS madbouly > expo"],
 "Opening a fair: the PM and the culture minister get no country (none named, no nisba). رئيس X Y -> AFFIL. A book fair is an event; its name is an optional ORGANIZATION (Cairo nested in it is no separate mention). Being at a venue for one event -> optional. A guest-of-honour country is no relation; سلطنة left out."),
# 10
("وأعلنت إدارة [[ciff|مهرجان القاهرة السينمائي الدولي]] أسماء لجنة تحكيم المسابقة الدولية لدورته السادسة والأربعين، وتضم المخرج [[nasrallah|يسري نصر الله]] والممثلة التونسية [[sabri|هند صبري]] والمخرج الموريتاني [[sissako|عبد الرحمن سيساكو]]، على أن تُعلن الجوائز في حفل الختام بدار [[opera|الأوبرا المصرية]].",
 {"ciff": "?ORGANIZATION/other/Cairo International Film Festival", "nasrallah": "PERSON//Yousry Nasrallah", "sabri": "PERSON//Hend Sabry", "sissako": "PERSON//Abderrahmane Sissako", "opera": "?LOCATION/facility/Cairo Opera House"},
 [],
 "NO RELATION: a list of jury members with nationality adjectives only; an unnamed jury. Festival name optional (event). The opera house's type (institution or building) is unclear -> optional entity; دار kept out as a descriptor."),
# 11
("وجدّد [[efa|الاتحاد المصري لكرة القدم]] برئاسة [[aborida|هاني أبو ريدة]] ثقته في المدير الفني ل[[egnt|منتخب مصر]] [[hossam|حسام حسن]]، بعد تأهل الفراعنة إلى نهائيات كأس العالم 2026 عقب الفوز على [[djibouti|جيبوتي]] بثلاثية نظيفة.",
 {"efa": "ORGANIZATION/sports/Egyptian Football Association", "aborida": "PERSON//Hany Abo Rida", "egnt": "?ORGANIZATION/sports/Egypt national football team", "hossam": "PERSON//Hossam Hassan", "djibouti": "?LOCATION/country/Djibouti (national team)"},
 ["AFFILIATED_WITH aborida > efa", "AFFILIATED_WITH hossam > egnt"],
 "برئاسة X -> AFFIL. المدير الفني لمنتخب X Y -> AFFIL (national team entity optional, relation kept, as written4 57 / written5 15). Renewing confidence is no contract. A country as the opposing team in a match: optional entity, no relation (a match)."),
# 12
("وأعلن نادي [[zamalek|الزمالك]] انضمام المدافع المغربي [[benchakroun|ياسين بنشقرون]] إلى صفوفه قادماً من [[raja|الرجاء]] مقابل مليون ونصف المليون دولار، بعقد يمتد ثلاثة مواسم، ليصبح ثاني لاعب مغربي في صفوف الفريق الأبيض هذا الموسم.",
 {"zamalek": "ORGANIZATION/sports/Zamalek SC", "benchakroun": "PERSON//Yassine Benchakroun (fictional)", "raja": "ORGANIZATION/sports/Raja CA"},
 ["JOINS benchakroun > zamalek", "PURCHASE zamalek > raja", "?SIGNS_AGREEMENT zamalek > benchakroun", "?AFFILIATED_WITH benchakroun > zamalek", "?AFFILIATED_WITH benchakroun > raja"],
 "انضمام X إلى صفوفه (pronoun for the club in the same sentence) -> JOINS scored. A fee to the former club -> PURCHASE club -> former club. A contract only mentioned (بعقد) -> SIGNS optional. نادي left out. Player invented."),
# 13
("وأعاد المؤتمر الوطني التاسع، المنعقد ب[[bouznika|بوزنيقة]]، انتخاب [[benkirane|عبد الإله بنكيران]] أميناً عاماً لحزب [[pjd|العدالة والتنمية]] لولاية جديدة، وانتقد [[benkirane|بنكيران]] في كلمته الختامية حكومة [[akhannouch|عزيز أخنوش]] بسبب موجة الغلاء وتراجع القدرة الشرائية.",
 {"bouznika": "LOCATION/city/Bouznika", "benkirane": "PERSON//Abdelilah Benkirane", "pjd": "ORGANIZATION/party/Justice and Development Party (Morocco)", "akhannouch": "PERSON//Aziz Akhannouch"},
 ["AFFILIATED_WITH benkirane > pjd", "TENSION_WITH benkirane > akhannouch"],
 "Party congress: elected أميناً عاماً لحزب X -> AFFIL (role after the name). انتقد حكومة X: criticism of the government a named person heads -> TENSION with him. حزب left out (العدالة والتنمية is used alone). Surname repeat. A congress held in a town gives no LOCATED."),
# 14
("وقال والي [[bam|بنك المغرب]] [[jouahri|عبد اللطيف الجواهري]]، في ندوة صحفية عقب الاجتماع الفصلي لمجلس البنك ب[[rabat|الرباط]]، إن [[morocco|المغرب]] و[[imf|صندوق النقد الدولي]] توصلا إلى اتفاق على مستوى الخبراء بشأن تجديد خط الائتمان المرن لمدة سنتين بقيمة 4.5 مليار دولار.",
 {"bam": "ORGANIZATION/government/Bank Al-Maghrib", "jouahri": "PERSON//Abdellatif Jouahri", "rabat": "LOCATION/city/Rabat", "morocco": "LOCATION/country/Morocco", "imf": "ORGANIZATION/intergovernmental/International Monetary Fund"},
 ["AFFILIATED_WITH jouahri > bam", "SIGNS_AGREEMENT morocco > imf", "?LOCATED_IN jouahri > rabat"],
 "والي (the title of Bank Al-Maghrib's governor) + name -> AFFIL. توصلا إلى اتفاق (a concluded staff-level agreement, dual verb) -> SIGNS as a concluded agreement. A press conference in a city -> LOCATED optional. Morocco nested in the bank's name is covered by its span; the separate المغرب is the country."),
# 15
("ووقّع الرئيس المدير العام لمجموعة [[ocp|المكتب الشريف للفوسفاط]] [[terrab|مصطفى التراب]] عقداً لبيع 1.2 مليون طن من الأسمدة الفوسفاتية إلى [[ipl|الشركة الهندية للبوتاس]] خلال موسم 2025-2026، مؤكداً أن [[india|الهند]] تظل السوق الأولى لصادرات المجموعة.",
 {"ocp": "ORGANIZATION/company/OCP Group", "terrab": "PERSON//Mostafa Terrab", "ipl": "ORGANIZATION/company/Indian Potash Limited", "india": "LOCATION/country/India"},
 ["SIGNS_AGREEMENT ocp,terrab > ipl", "PURCHASE ipl > ocp,terrab", "AFFILIATED_WITH terrab > ocp"],
 "A sale told from the seller's side (عقداً لبيع ... إلى Y) -> PURCHASE Y -> seller and SIGNS with the buyer. The Moroccan title الرئيس المدير العام -> AFFIL. مجموعة left out. A market country gives nothing. Event made up."),
# 16
("وتعتزم [[ram|الخطوط الملكية المغربية]] توقيع اتفاق نهائي مع [[boeing|بوينغ]] لاقتناء 50 طائرة من طراز 737 ماكس قبل نهاية العام، في إطار خطة لتوسيع أسطولها استعداداً لاستضافة [[morocco|المغرب]] كأس العالم 2030، بحسب ما صرح به رئيسها المدير العام [[addou|حميد عدو]]، الذي نفى أن تكون الشركة قد وقّعت أي اتفاق مع [[airbus|إيرباص]].",
 {"ram": "ORGANIZATION/company/Royal Air Maroc", "boeing": "ORGANIZATION/company/Boeing", "morocco": "LOCATION/country/Morocco", "addou": "PERSON//Hamid Addou", "airbus": "ORGANIZATION/company/Airbus"},
 ["PLANS_AGREEMENT ram > boeing", "AFFILIATED_WITH addou > ram", "?PURCHASE ram > boeing"],
 "تعتزم توقيع اتفاق مع -> PLANS; an intended purchase -> optional. رئيسها المدير العام (pronoun) -> AFFIL. The denied agreement with Airbus (نفى أن تكون ... وقّعت) -> nothing."),
# 17
("ووقّع الرئيس المدير العام لمجمع [[sonatrach|سوناطراك]] [[hachichi|رشيد حشيشي]] والرئيس التنفيذي لمجموعة [[eni|إيني]] الإيطالية [[descalzi|كلاوديو ديسكالزي]]، ب[[algiers|الجزائر]] العاصمة، اتفاقاً تشتري بموجبه [[eni|إيني]] من [[sonatrach|سوناطراك]] ستة مليارات متر مكعب إضافية من الغاز سنوياً عبر أنبوب «[[transmed|ترانسميد]]».",
 {"sonatrach": "ORGANIZATION/company/Sonatrach", "hachichi": "PERSON//Rachid Hachichi", "eni": "ORGANIZATION/company/Eni", "descalzi": "PERSON//Claudio Descalzi", "algiers": "LOCATION/city/Algiers", "transmed": "?LOCATION/facility/Transmed pipeline"},
 ["SIGNS_AGREEMENT hachichi,sonatrach > descalzi,eni", "PURCHASE eni > sonatrach", "AFFILIATED_WITH hachichi > sonatrach", "AFFILIATED_WITH descalzi > eni", "?VISITS descalzi > algiers"],
 "APS style: two role phrases as a coordinated subject, the place between subject and object. تشتري بموجبه X من Y -> PURCHASE. مجمع / مجموعة left out. الجزائر العاصمة: the city is الجزائر, العاصمة an apposition left outside. Signing in Algiers -> the guest's VISITS optional. A pipeline name -> optional entity."),
# 18
("وأعلنت [[mofdz|وزارة المالية الجزائرية]] انضمام [[algeria|الجزائر]] رسمياً إلى [[ndb|بنك التنمية الجديد]] التابع لمجموعة [[brics|بريكس]]، بعد محادثات أجراها وزير المالية [[bouzred|عبد الكريم بوزرد]] في [[shanghai|شنغهاي]] مع رئيسة البنك [[rousseff|ديلما روسيف]] تناولت تمويل مشاريع البنية التحتية.",
 {"mofdz": "ORGANIZATION/government/Ministry of Finance (Algeria)", "algeria": "LOCATION/country/Algeria", "ndb": "ORGANIZATION/intergovernmental/New Development Bank", "brics": "ORGANIZATION/intergovernmental/BRICS", "bouzred": "PERSON//Abdelkrim Bouzred", "shanghai": "LOCATION/city/Shanghai", "rousseff": "PERSON//Dilma Rousseff"},
 ["JOINS algeria > ndb", "MEETS bouzred > rousseff", "AFFILIATED_WITH bouzred > mofdz", "?AFFILIATED_WITH bouzred > algeria", "?AFFILIATED_WITH rousseff > ndb", "?VISITS bouzred > shanghai"],
 "Nominal انضمام X إلى Y after أعلنت -> JOINS. محادثات أجراها X مع Y -> MEETS. وزير المالية with the ministry named on the line -> AFFIL with the ministry (as written4 32); the country only through it -> optional. رئيسة البنك: nominal -> optional. Talks held in a city -> VISITS optional. 'Belonging to BRICS' (التابع لـ) is no relation type between organizations."),
# 19
("ورغم انضمام [[egypt|مصر]] و[[ethiopia|إثيوبيا]] معاً إلى [[brics|بريكس]] مطلع 2024، لا يزال الخلاف قائماً بين [[cairo|القاهرة]] و[[addis|أديس أبابا]] بشأن [[gerd|سد النهضة]]، إذ اتهم وزير الخارجية المصري [[abdelatty|بدر عبد العاطي]] الجانب الإثيوبي بـ«التعنت» ورفض أي اتفاق قانوني ملزم.",
 {"egypt": "LOCATION/country/Egypt", "ethiopia": "LOCATION/country/Ethiopia", "brics": "ORGANIZATION/intergovernmental/BRICS", "cairo": "LOCATION/city/Cairo", "addis": "LOCATION/city/Addis Ababa", "gerd": "LOCATION/facility/Grand Ethiopian Renaissance Dam", "abdelatty": "PERSON//Badr Abdelatty"},
 ["JOINS egypt > brics", "JOINS ethiopia > brics", "TENSION_WITH cairo,egypt > addis,ethiopia", "AFFILIATED_WITH abdelatty > egypt", "?TENSION_WITH abdelatty > ethiopia"],
 "Coordinated subject of انضمام -> two JOINS. الخلاف بين X وY with metonymic capitals -> TENSION (the countries accepted). المصري + Egypt named -> AFFIL. اتهم الجانب الإثيوبي: Ethiopia through a nominal -> the minister's own TENSION optional. سد النهضة kept whole (the dam's usual name)."),
# 20
("ووصل وزير الخارجية الروسي [[lavrov|سيرغي لافروف]] إلى [[cairo|القاهرة]] في زيارة يلتقي خلالها الرئيس [[sisi|عبد الفتاح السيسي]] ونظيره المصري [[abdelatty|بدر عبد العاطي]]، ويبحث معهما سير العمل في [[dabaa|محطة الضبعة النووية]] التي تنفذها مؤسسة [[rosatom|روساتوم]] في إطار اتفاق وقّعته [[egypt|مصر]] و[[russia|روسيا]] عام 2015.",
 {"lavrov": "PERSON//Sergey Lavrov", "cairo": "LOCATION/city/Cairo", "sisi": "PERSON//Abdel Fattah el-Sisi", "abdelatty": "PERSON//Badr Abdelatty", "dabaa": "LOCATION/facility/El Dabaa Nuclear Power Plant", "rosatom": "ORGANIZATION/company/Rosatom", "egypt": "LOCATION/country/Egypt", "russia": "LOCATION/country/Russia"},
 ["VISITS lavrov > cairo", "MEETS lavrov > sisi", "MEETS lavrov > abdelatty", "AFFILIATED_WITH lavrov > russia", "AFFILIATED_WITH abdelatty > egypt", "SIGNS_AGREEMENT egypt > russia", "?AFFILIATED_WITH sisi > egypt"],
 "وصل إلى + يلتقي خلالها (planned meetings count), two objects paired one by one. نظيره المصري Y: 'counterpart' is a role (foreign minister) + nisba with Egypt named -> AFFIL. A past signing stated as done (اتفاق وقّعته X وY عام 2015) -> SIGNS. الرئيس without nisba -> optional. The plant is named whole (outermost name); مؤسسة left out. Building a plant is no relation between Rosatom and Egypt."),
# 21
("واستقبل رئيس الجمهورية السيد [[tebboune|عبد المجيد تبون]]، اليوم الأحد، بمقر رئاسة الجمهورية، عضو [[politburo|المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني]] وزير الخارجية [[wangyi|وانغ يي]]، الذي يقوم بزيارة عمل إلى [[algeria|الجزائر]] تدوم يومين، وتناول اللقاء سبل تعميق الشراكة الاستراتيجية الشاملة بين [[algeria|الجزائر]] و[[china|الصين]].",
 {"tebboune": "PERSON//Abdelmadjid Tebboune", "politburo": "ORGANIZATION/party/Politburo of the Central Committee of the Communist Party of China", "wangyi": "PERSON//Wang Yi", "algeria": "LOCATION/country/Algeria", "china": "LOCATION/country/China"},
 ["MEETS tebboune > wangyi", "VISITS wangyi > algeria", "AFFILIATED_WITH wangyi > politburo", "COOPERATES_WITH algeria > china", "?AFFILIATED_WITH wangyi > china", "?AFFILIATED_WITH tebboune > algeria"],
 "APS reception (استقبل رئيس الجمهورية السيد ...). A relative clause الذي يقوم بزيارة عمل إلى X -> VISITS. عضو X -> AFFIL with the outermost name; وزير الخارجية without nisba -> China optional; رئيس الجمهورية without nisba -> optional. تعميق الشراكة بين X وY (deepening presupposes a partnership, as written4's تعزيز التعاون) -> COOP."),
# 22
("وبحث وزير الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج [[bourita|ناصر بوريطة]]، في اتصال هاتفي مع نظيره الهندي [[jaishankar|سوبرامانيام جايشانكار]]، سبل تطوير الشراكة بين [[morocco|المغرب]] و[[india|الهند]] في مجالي الأسمدة والصناعات الدفاعية، بعد أيام من افتتاح [[tata|تاتا للأنظمة المتقدمة]] مصنعاً للمدرعات في [[berrechid|برشيد]].",
 {"bourita": "PERSON//Nasser Bourita", "jaishankar": "PERSON//Subrahmanyam Jaishankar", "morocco": "LOCATION/country/Morocco", "india": "LOCATION/country/India", "tata": "ORGANIZATION/company/Tata Advanced Systems", "berrechid": "LOCATION/city/Berrechid"},
 ["MEETS bourita > jaishankar", "AFFILIATED_WITH jaishankar > india", "COOPERATES_WITH morocco > india", "?AFFILIATED_WITH bourita > morocco", "?LOCATED_IN tata > berrechid"],
 "A phone call (في اتصال هاتفي مع) -> MEETS. نظيره الهندي + India named -> AFFIL; Bourita's long title has no nisba (المغاربة is a people, not the country) -> optional; التعاون inside the title is no cue. تطوير الشراكة بين X وY -> COOP (as تعزيز التعاون). A factory opened in a town: the company's plant, not its seat -> LOCATED optional."),
# 23
("ويبدأ رئيس [[auc|مفوضية الاتحاد الأفريقي]] [[youssouf|محمود علي يوسف]] الأحد جولة إقليمية تشمل [[cairo|القاهرة]] و[[portsudan|بورتسودان]] و[[ndjamena|نجامينا]]، يلتقي خلالها قادة الدول الثلاث لبحث سبل وقف الحرب في [[sudan|السودان]] وفتح ممرات آمنة لإيصال المساعدات الإنسانية.",
 {"auc": "ORGANIZATION/intergovernmental/African Union Commission", "youssouf": "PERSON//Mahmoud Ali Youssouf", "cairo": "LOCATION/city/Cairo", "portsudan": "LOCATION/city/Port Sudan", "ndjamena": "LOCATION/city/N'Djamena", "sudan": "LOCATION/country/Sudan"},
 ["VISITS youssouf > cairo", "VISITS youssouf > portsudan", "VISITS youssouf > ndjamena", "AFFILIATED_WITH youssouf > auc"],
 "Future tour (يبدأ جولة تشمل X وY وZ) -> three VISITS. رئيس X with the Commission as the outermost name -> AFFIL. Meeting unnamed leaders gives no MEETS; a war in a country relates no one."),
# 24
("وأجرى وزير الإسكان والمرافق والمجتمعات العمرانية [[sherbiny|شريف الشربيني]] جولة تفقدية في مدينة [[alamein|العلمين الجديدة]]، تابع خلالها سير العمل في مشروع الأبراج الشاطئية الذي تنفذه [[cscec|الشركة الصينية العامة لهندسة البناء]] بالتعاون مع شركة [[arabco|المقاولون العرب]]، ووجّه بالانتهاء من الأعمال قبل بدء موسم الصيف.",
 {"sherbiny": "PERSON//Sherif El-Sherbiny", "alamein": "LOCATION/city/New Alamein", "cscec": "ORGANIZATION/company/China State Construction Engineering Corporation", "arabco": "ORGANIZATION/company/Arab Contractors"},
 ["VISITS sherbiny > alamein", "COOPERATES_WITH cscec > arabco"],
 "A minister touring a city (جولة تفقدية في X) -> VISITS. بالتعاون مع -> COOP. مدينة and شركة left out; the Chinese company's Arabic name starts with الشركة and is no name without it (kept). No nisba, no country named -> no AFFIL for the minister."),
# 25
("واستقبل محافظ [[alex|الإسكندرية]] الفريق [[saeed|أحمد خالد حسن سعيد]]، بمقر المحافظة، القنصل العام ل[[greece|ليونان]] في [[alex|الإسكندرية]] [[consul|ديميتريوس كاراكوستاس]]، وبحثا الترتيبات الخاصة بالاحتفالية التي تستضيفها الجالية اليونانية في [[grm|المتحف اليوناني الروماني]] الشهر المقبل.",
 {"alex": "LOCATION/city/Alexandria", "saeed": "PERSON//Ahmed Khaled Hassan Saeed", "greece": "LOCATION/country/Greece", "consul": "PERSON//Dimitrios Karakostas (fictional)", "grm": "LOCATION/facility/Graeco-Roman Museum"},
 ["MEETS saeed > consul", "AFFILIATED_WITH consul > greece", "LOCATED_IN consul > alex", "?AFFILIATED_WITH saeed > alex"],
 "A governor's reception + dual وبحثا. القنصل العام لـ X في Y: affiliated with X (لليونان -> ليونان by the article convention) and posted in Y -> LOCATED (as an ambassador in a capital). A governor's role points to a place -> AFFIL optional (as written5 24). An event to be held at a museum relates no named party. Consul invented."),
# 26
("وأعلنت البعثة الأثرية المشتركة بين [[sca|المجلس الأعلى للآثار]] و[[penn|جامعة بنسلفانيا]] الأمريكية الكشف عن مقبرة ملكية تعود إلى عصر الانتقال الثاني في منطقة [[abydos|أبيدوس]] بمحافظة [[sohag|سوهاج]]، وقال الأمين العام للمجلس [[ismail|محمد إسماعيل خالد]] إن الكشف يلقي ضوءاً جديداً على أسرة ملكية منسية.",
 {"sca": "ORGANIZATION/government/Supreme Council of Antiquities", "penn": "ORGANIZATION/education/University of Pennsylvania", "abydos": "LOCATION/region/Abydos", "sohag": "LOCATION/region/Sohag Governorate", "ismail": "PERSON//Mohamed Ismail Khaled"},
 ["COOPERATES_WITH sca > penn", "?AFFILIATED_WITH ismail > sca"],
 "A joint mission (البعثة المشتركة بين X وY) -> COOP. الأمين العام للمجلس: the council only through a nominal -> AFFIL optional. Excavating at a site gives no LOCATED. منطقة / محافظة left out."),
# 27
("وأعلن المدير التنفيذي ل[[jerash|مهرجان جرش للثقافة والفنون]] [[samawi|أيمن سماوي]] أن الدورة التاسعة والثلاثين ستنطلق في الثالث والعشرين من تموز بمشاركة فنانين من [[lebanon|لبنان]] و[[iraq|العراق]] و[[tunisia|تونس]] و[[palestine|فلسطين]]، وأن التذاكر ستطرح إلكترونياً مطلع الشهر المقبل.",
 {"jerash": "?ORGANIZATION/other/Jerash Festival for Culture and Arts", "samawi": "PERSON//Ayman Samawi", "lebanon": "LOCATION/country/Lebanon", "iraq": "LOCATION/country/Iraq", "tunisia": "LOCATION/country/Tunisia", "palestine": "LOCATION/country/Palestine"},
 ["AFFILIATED_WITH samawi > jerash"],
 "Petra style. المدير التنفيذي لـ X Y -> AFFIL with the festival (its type as an organization is debatable -> optional entity, relation kept, as the national teams). Artists from countries give nothing. Jerash nested in the festival name."),
# 28
("وأكد محافظ [[cbj|البنك المركزي الأردني]] [[sharkas|عادل الشركس]]، خلال لقائه في [[amman|عمّان]] بعثة [[imf|صندوق النقد الدولي]] برئاسة [[rooden|رون فان رودن]]، أن الاحتياطيات الأجنبية بلغت مستوى قياسياً يغطي نحو ثمانية أشهر من مستوردات المملكة.",
 {"cbj": "ORGANIZATION/government/Central Bank of Jordan", "sharkas": "PERSON//Adel Sharkas", "amman": "LOCATION/city/Amman", "imf": "ORGANIZATION/intergovernmental/International Monetary Fund", "rooden": "PERSON//Ron van Rooden"},
 ["MEETS sharkas > rooden,imf", "AFFILIATED_WITH sharkas > cbj", "AFFILIATED_WITH rooden > imf", "?VISITS rooden > amman"],
 "خلال لقائه inserted between the subject and the reported clause -> MEETS (the mission's head or the IMF accepted). بعثة X برئاسة Y: heading the IMF's mission -> AFFIL with the IMF. The mission met in Amman -> VISITS optional. المملكة is a nominal."),
# 29
("وأعلن [[audi|بنك عودة]] اللبناني توقيع اتفاقية نهائية يبيع بموجبها كامل حصته في [[odea|أوديا بنك]] التركي إلى [[adq|أبوظبي التنموية القابضة]]، وقال رئيس مجلس إدارة [[audi|بنك عودة]] [[hanna|سمير حنا]] إن الصفقة، التي تنتظر موافقة الجهات الرقابية في [[turkey|تركيا]]، ستعزز سيولة المجموعة.",
 {"audi": "ORGANIZATION/company/Bank Audi", "odea": "ORGANIZATION/company/Odea Bank", "adq": "ORGANIZATION/company/ADQ", "hanna": "PERSON//Samir Hanna", "turkey": "LOCATION/country/Turkey"},
 ["SIGNS_AGREEMENT audi > adq", "PURCHASE adq > audi", "AFFILIATED_WITH hanna > audi"],
 "A signed final agreement under which the seller (dropped subject: the bank) sells to Y -> SIGNS and PURCHASE Y -> seller; the bank whose stake is sold is the thing bought. بنك kept in both bank names (the names are used with it). Nisbas outside. Regulators in a country give nothing."),
# 30
("وانتقدت [[abl|جمعية المصارف في لبنان]] مشروع قانون معالجة الفجوة المالية الذي أعدته [[mof|وزارة المالية]]، معتبرة أنه «يحمّل المصارف والمودعين وحدهم كلفة الانهيار»، فيما أكد حاكم [[bdl|مصرف لبنان]] [[souaid|كريم سعيد]] أن أي خطة لا تضمن إعادة الودائع «لن تحظى بثقة اللبنانيين».",
 {"abl": "ORGANIZATION/other/Association of Banks in Lebanon", "mof": "ORGANIZATION/government/Ministry of Finance (Lebanon)", "bdl": "ORGANIZATION/government/Banque du Liban", "souaid": "PERSON//Karim Souaid"},
 ["TENSION_WITH abl > mof", "AFFILIATED_WITH souaid > bdl"],
 "NNA style. Criticism of a bill a named ministry drafted (انتقدت ... الذي أعدته X) -> TENSION (criticism of a party's act). في لبنان is part of the association's official name (kept whole). حاكم X Y -> AFFIL. The governor's remark names no party."),
# 31
("وكشف رئيس مجلس إدارة [[mea|طيران الشرق الأوسط]] [[hout|محمد الحوت]] أن [[mea|الميدل إيست]] تعتزم توقيع اتفاقية رمز مشترك مع [[saudia|الخطوط الجوية العربية السعودية]] قبل نهاية العام، مع عودة الرحلات المباشرة بين [[beirut|بيروت]] و[[riyadh|الرياض]].",
 {"mea": "ORGANIZATION/company/Middle East Airlines", "hout": "PERSON//Mohamad El-Hout", "saudia": "ORGANIZATION/company/Saudia", "beirut": "LOCATION/city/Beirut", "riyadh": "LOCATION/city/Riyadh"},
 ["PLANS_AGREEMENT mea > saudia", "AFFILIATED_WITH hout > mea", "?COOPERATES_WITH mea > saudia"],
 "Reported speech: تعتزم توقيع اتفاقية مع -> PLANS. The airline's Lebanese short name (الميدل إيست) is a second mention. A codeshare is a cooperation, but planned -> optional. Flights between two cities relate no party. Event made up."),
# 32
("ووقّعت [[ports|الهيئة العامة للمنافذ البرية والبحرية]] في [[syria|سورية]] و[[dpw|موانئ دبي العالمية]] اتفاقية بقيمة 800 مليون دولار لتطوير وتشغيل [[tartus|مرفأ طرطوس]] لمدة ثلاثين عاماً، بحضور الرئيس [[sharaa|أحمد الشرع]]، ووقّعها عن الجانب السوري رئيس الهيئة [[badawi|قتيبة بدوي]].",
 {"ports": "ORGANIZATION/government/General Authority for Land and Sea Ports (Syria)", "syria": "LOCATION/country/Syria", "dpw": "ORGANIZATION/company/DP World", "tartus": "LOCATION/facility/Port of Tartus", "sharaa": "PERSON//Ahmed al-Sharaa", "badawi": "PERSON//Qutaiba Badawi"},
 ["SIGNS_AGREEMENT ports,badawi > dpw", "LOCATED_IN ports > syria", "?AFFILIATED_WITH badawi > ports", "?AFFILIATED_WITH sharaa > syria", "?SIGNS_AGREEMENT syria > dpw"],
 "SANA style (سورية). وقّعت X وY اتفاقية -> SIGNS (the signatory accepted). An authority 'in' a country (X في سورية) -> LOCATED. رئيس الهيئة: nominal -> AFFIL optional; الرئيس without nisba -> optional; presence (بحضور) is no signing. The country signs only through its authority -> optional. The port is a facility (Tartus nested)."),
# 33
("وانطلقت في مدينة المعارض ب[[damascus|دمشق]] فعاليات الدورة الثانية والستين من [[dif|معرض دمشق الدولي]]، بمشاركة أكثر من 800 شركة من عشرين دولة، أبرزها [[ksa|السعودية]] و[[turkey|تركيا]] و[[jordan|الأردن]] و[[qatar|قطر]]، وسط إقبال جماهيري واسع.",
 {"damascus": "LOCATION/city/Damascus", "dif": "?ORGANIZATION/other/Damascus International Fair", "ksa": "LOCATION/country/Saudi Arabia", "turkey": "LOCATION/country/Turkey", "jordan": "LOCATION/country/Jordan", "qatar": "LOCATION/country/Qatar"},
 [],
 "NO RELATION: a fair opens; exhibiting countries and unnamed companies relate to no named party. The fair's name optional (event); مدينة المعارض is a generic place phrase (not annotated)."),
# 34
("وبحث حاكم [[cbs|مصرف سورية المركزي]] [[husrieh|عبد القادر الحصرية]] مع وفد من شركة [[visa|فيزا]] العالمية خطة لربط المصارف العاملة في [[syria|سورية]] بشبكة المدفوعات الدولية بعد رفع العقوبات، ووقّع الجانبان مذكرة تفاهم لإطلاق أول بطاقات دفع إلكتروني محلية.",
 {"cbs": "ORGANIZATION/government/Central Bank of Syria", "husrieh": "PERSON//Abdulkader Husrieh", "visa": "ORGANIZATION/company/Visa", "syria": "LOCATION/country/Syria"},
 ["MEETS husrieh,cbs > visa", "SIGNS_AGREEMENT husrieh,cbs > visa", "AFFILIATED_WITH husrieh > cbs"],
 "بحث مع وفد من شركة X: talks with a company's delegation are read as MEETS with the company (a named organization as a party). 'The two sides' right after the two named parties -> SIGNS scored (written5 79). حاكم X Y -> AFFIL. Syria nested in the bank's name; سورية as SANA spells it."),
# 35
("وانتقد الأمين العام ل[[ugtt|لاتحاد العام التونسي للشغل]] [[taboubi|نور الدين الطبوبي]]، في كلمة أمام تجمع عمالي ب[[tunis|تونس]] العاصمة، تصريحات الرئيس [[saied|قيس سعيد]] بشأن العمل النقابي، معتبراً أنها «تحريض على النقابيين»، وأعلن إضراباً عاماً في القطاع العام يومي 21 و22 من الشهر المقبل.",
 {"ugtt": "ORGANIZATION/other/Tunisian General Labour Union (UGTT)", "taboubi": "PERSON//Noureddine Taboubi", "tunis": "LOCATION/city/Tunis", "saied": "PERSON//Kais Saied"},
 ["AFFILIATED_WITH taboubi > ugtt", "TENSION_WITH taboubi,ugtt > saied", "?LOCATED_IN taboubi > tunis"],
 "TAP style. للاتحاد -> لاتحاد (article convention). Criticism of a named person's statements -> TENSION. A strike against an unnamed sector is nothing. A speech in a city -> LOCATED optional. تونس العاصمة: العاصمة left outside (as الجزائر العاصمة, line 17). الرئيس without nisba, no country named."),
# 36
("وأكد محافظ [[bct|البنك المركزي التونسي]] [[nouri|فتحي زهير النوري]]، لدى استقباله سفير [[china|الصين]] ب[[tunisia|تونس]] [[wan|وان لي]]، استعداد البنك لتوسيع استخدام العملتين المحليتين في المبادلات التجارية بين البلدين.",
 {"bct": "ORGANIZATION/government/Central Bank of Tunisia", "nouri": "PERSON//Fethi Zouhair Nouri", "china": "LOCATION/country/China", "tunisia": "LOCATION/country/Tunisia", "wan": "PERSON//Wan Li"},
 ["MEETS nouri > wan", "AFFILIATED_WITH nouri > bct", "AFFILIATED_WITH wan > china", "LOCATED_IN wan > tunisia"],
 "لدى استقباله (nominal reception inserted after the subject) -> MEETS. سفير X بـ Y: affiliated with X, posted in Y -> LOCATED (تونس is both the country and its capital; typed as the country). 'The two countries' is a nominal: no COOP."),
# 37
("واتهم وزير الداخلية الفرنسي [[retailleau|برونو روتايو]] [[algeria|الجزائر]] بـ«رفض استعادة رعاياها الصادرة بحقهم قرارات ترحيل»، فيما ردت [[mfadz|وزارة الخارجية الجزائرية]] بأن تصريحاته «تندرج في إطار حسابات سياسية داخلية في [[france|فرنسا]]».",
 {"retailleau": "PERSON//Bruno Retailleau", "algeria": "LOCATION/country/Algeria", "mfadz": "ORGANIZATION/government/Ministry of Foreign Affairs (Algeria)", "france": "LOCATION/country/France"},
 ["TENSION_WITH retailleau,france > algeria", "TENSION_WITH mfadz,algeria > retailleau", "AFFILIATED_WITH retailleau > france"],
 "اتهم X Y -> TENSION. The ministry's retort dismissing his statements -> a second TENSION (criticism of a party's statements). الفرنسي + France named -> AFFIL. The ministry keeps its nisba."),
# 38
("وقال الأمين العام لمنظمة [[opec|أوبك]] [[ghais|هيثم الغيص]]، خلال مشاركته في معرض ومؤتمر «إيجبس 2025» ب[[cairo|القاهرة]]، إن [[opec|أوبك]]، التي تتخذ من [[vienna|فيينا]] مقراً لها، لا تستهدف أسعاراً بعينها، وإن الطلب العالمي على النفط سيواصل النمو حتى عام 2050.",
 {"opec": "ORGANIZATION/intergovernmental/OPEC", "ghais": "PERSON//Haitham al-Ghais", "cairo": "LOCATION/city/Cairo", "vienna": "LOCATION/city/Vienna"},
 ["AFFILIATED_WITH ghais > opec", "LOCATED_IN opec > vienna", "?VISITS ghais > cairo", "?LOCATED_IN ghais > cairo"],
 "الأمين العام لمنظمة X Y -> AFFIL (منظمة left out). A relative clause تتخذ من X مقراً -> LOCATED. Taking part in a conference in a city -> VISITS / LOCATED optional. The event name (EGYPES) is not annotated."),
# 39
("ورحّب نائب رئيس الوزراء الروسي [[novak|ألكسندر نوفاك]] بانضمام [[brazil|البرازيل]] إلى تحالف [[opecplus|أوبك+]]، مؤكداً أن [[russia|روسيا]] و[[ksa|السعودية]] ستواصلان التنسيق الوثيق داخل التحالف لضمان استقرار أسواق النفط.",
 {"novak": "PERSON//Alexander Novak", "brazil": "LOCATION/country/Brazil", "opecplus": "ORGANIZATION/intergovernmental/OPEC+", "russia": "LOCATION/country/Russia", "ksa": "LOCATION/country/Saudi Arabia"},
 ["JOINS brazil > opecplus", "AFFILIATED_WITH novak > russia", "COOPERATES_WITH russia > ksa"],
 "Welcoming an accession (رحّب بانضمام X إلى Y) states it -> JOINS. الروسي + Russia named -> AFFIL. ستواصلان التنسيق (dual; continuing presupposes coordination) -> COOP. تحالف left out; the plus sign is part of the name."),
# 40
("ووقّع رئيس [[afrexim|البنك الأفريقي للتصدير والاستيراد]]، ومقره [[cairo|القاهرة]]، [[oramah|بنديكت أوراما]] ورئيس مجموعة [[dangote|دانغوتي]] [[aliko|أليكو دانغوتي]]، في [[lagos|لاغوس]]، اتفاقية تمويل بقيمة ملياري دولار لتوسيع مصفاة [[lekki|ليكي]]، وقال [[oramah|أوراما]] إن المصفاة «ستحرر [[nigeria|نيجيريا]] من استيراد الوقود».",
 {"afrexim": "ORGANIZATION/intergovernmental/Afreximbank", "cairo": "LOCATION/city/Cairo", "oramah": "PERSON//Benedict Oramah", "dangote": "ORGANIZATION/company/Dangote Group", "aliko": "PERSON//Aliko Dangote", "lagos": "LOCATION/city/Lagos", "lekki": "LOCATION/district/Lekki", "nigeria": "LOCATION/country/Nigeria"},
 ["SIGNS_AGREEMENT oramah,afrexim > aliko,dangote", "AFFILIATED_WITH oramah > afrexim", "AFFILIATED_WITH aliko > dangote", "LOCATED_IN afrexim > cairo", "?VISITS oramah > lagos"],
 "A role split by a relative apposition (رئيس X، ومقره Y، Z) -> AFFIL and LOCATED (as written5 70). Coordinated signatories (persons or their bodies). مجموعة left out; the group's name is also the owner's surname (his mention is the full name). Signing in Lagos -> VISITS optional. A refinery named after its district: the district is the mention. Surname repeat."),
# 41
("واختتمت [[eaf|القوات الجوية المصرية]] و[[plaaf|القوات الجوية الصينية]] التدريب الجوي المشترك «نسور الحضارة 2025» الذي استمر أكثر من أسبوعين، في إطار تعزيز التعاون العسكري بين [[egypt|مصر]] و[[china|الصين]]، وفق ما أعلنه المتحدث العسكري ل[[efaf|لقوات المسلحة المصرية]] العقيد [[gharib|غريب عبد الحافظ]].",
 {"eaf": "ORGANIZATION/military/Egyptian Air Force", "plaaf": "ORGANIZATION/military/People's Liberation Army Air Force", "egypt": "LOCATION/country/Egypt", "china": "LOCATION/country/China", "efaf": "ORGANIZATION/military/Egyptian Armed Forces", "gharib": "PERSON//Gharib Abdel Hafez"},
 ["COOPERATES_WITH eaf > plaaf", "COOPERATES_WITH egypt > china", "AFFILIATED_WITH gharib > efaf"],
 "A joint exercise of two named forces (coordinated subject) -> COOP; في إطار تعزيز التعاون بين X وY -> COOP between the countries. Forces keep their adjectives. المتحدث العسكري للقوات المسلحة -> AFFIL (للقوات -> لقوات by the article convention); the rank outside. The exercise's name is not annotated."),
# 42
("وانتقد رئيس [[energy|لجنة الطاقة والثروة المعدنية]] النيابية النائب [[abbadi|سليمان العبادي]] أداء [[nepco|شركة الكهرباء الوطنية]]، بعد ارتفاع خسائرها المتراكمة إلى ستة مليارات دينار، مطالباً بإحالة ملف عقود شراء الطاقة إلى [[audit|ديوان المحاسبة]].",
 {"energy": "ORGANIZATION/government/Energy and Mineral Resources Committee (House of Representatives, Jordan)", "abbadi": "PERSON//Suleiman al-Abbadi (fictional)", "nepco": "?ORGANIZATION/company/National Electric Power Company (NEPCO)", "audit": "ORGANIZATION/government/Audit Bureau (Jordan)"},
 ["AFFILIATED_WITH abbadi > energy", "TENSION_WITH abbadi,energy > nepco"],
 "A committee head criticises a company's performance -> TENSION (the MP or his committee). رئيس X النيابية النائب Y -> AFFIL (the adjective النيابية outside). شركة kept in NEPCO's name (the remainder is no name alone) -> optional entity, relation kept. عقود شراء الطاقة is no PURCHASE (no named parties); referring a file to the audit bureau is no relation. MP invented."),
# 43
("وانضمت [[um6p|جامعة محمد السادس متعددة التخصصات التقنية]] ب[[benguerir|ابن جرير]] إلى [[aau|رابطة الجامعات الأفريقية]]، التي تتخذ من [[accra|أكرا]] مقراً لها، بصفة عضو كامل العضوية، وفق ما أعلنه رئيس الجامعة [[habti|هشام الهبطي]].",
 {"um6p": "ORGANIZATION/education/Mohammed VI Polytechnic University", "benguerir": "LOCATION/city/Benguerir", "aau": "ORGANIZATION/education/Association of African Universities", "accra": "LOCATION/city/Accra", "habti": "PERSON//Hicham El Habti"},
 ["JOINS um6p > aau", "LOCATED_IN um6p > benguerir", "LOCATED_IN aau > accra", "?AFFILIATED_WITH habti > um6p"],
 "انضمت إلى -> JOINS. An organization 'in' a town (X بابن جرير) -> LOCATED; تتخذ من X مقراً -> LOCATED. رئيس الجامعة: nominal -> AFFIL optional. رابطة kept. The king's name nested in the university's name is no person mention. Event partly made up."),
# 44
("وأعلن رئيس [[council|المجلس الجماعي لسطات]] [[wazzani|عبد الرحيم الوزاني]] استقالته من حزب [[usfp|الاتحاد الاشتراكي للقوات الشعبية]] والتحاقه بحزب [[pam|الأصالة والمعاصرة]]، استعداداً للانتخابات التشريعية المقررة في 2026، وسط انتقادات حادة من قيادة حزبه السابق.",
 {"council": "ORGANIZATION/government/Settat Municipal Council", "wazzani": "PERSON//Abderrahim El Ouazzani (fictional)", "usfp": "ORGANIZATION/party/Socialist Union of Popular Forces", "pam": "ORGANIZATION/party/Authenticity and Modernity Party"},
 ["JOINS wazzani > pam", "AFFILIATED_WITH wazzani > council", "?AFFILIATED_WITH wazzani > usfp", "?TENSION_WITH usfp > wazzani"],
 "Hespress style. التحاقه بـ (joined) is read as JOINS like انضمامه إلى. A municipal council is an organization named outermost with its town nested (as مجلس محافظة صلاح الدين) -> AFFIL scored. Resigning from a party: a past membership -> optional. Criticism by 'the leadership of his former party' (nominal) -> optional. حزب left out. Person invented."),
# 45
("واستقبلت عمدة [[casa|الدار البيضاء]] [[rmili|نبيلة الرميلي]]، بمقر الجماعة، سفير [[china|الصين]] لدى [[morocco|المغرب]] [[li|لي تشانغلين]]، وبحث الجانبان سبل تعزيز التعاون بين [[casa|الدار البيضاء]] ومدينة [[shanghai|شنغهاي]] في مجالات النقل الحضري والمدن الذكية.",
 {"casa": "LOCATION/city/Casablanca", "rmili": "PERSON//Nabila Rmili", "china": "LOCATION/country/China", "morocco": "LOCATION/country/Morocco", "li": "PERSON//Li Changlin", "shanghai": "LOCATION/city/Shanghai"},
 ["MEETS rmili > li", "AFFILIATED_WITH li > china", "COOPERATES_WITH casa > shanghai", "?AFFILIATED_WITH rmili > casa", "?LOCATED_IN li > morocco"],
 "A mayor's reception. سفير X لدى Y: affiliated with X only; accredited to Y -> LOCATED optional (as written5 23). A mayor (عمدة) of a city: a place -> AFFIL optional. تعزيز التعاون بين two cities (cities are parties) -> COOP. مدينة left out."),
# 46
("ووقّع رئيس الحكومة [[akhannouch|عزيز أخنوش]] والأمين العام ل[[umt|لاتحاد المغربي للشغل]] [[moukharik|الميلودي موخاريق]] ورئيس [[cgem|الاتحاد العام لمقاولات المغرب]] [[alj|شكيب لعلج]]، ب[[rabat|الرباط]]، اتفاقاً ثلاثياً يقضي بزيادة الحد الأدنى للأجور في القطاعين العام والخاص بنسبة 10% على دفعتين.",
 {"akhannouch": "PERSON//Aziz Akhannouch", "umt": "ORGANIZATION/other/Moroccan Labour Union (UMT)", "moukharik": "PERSON//Miloudi Moukharik", "cgem": "ORGANIZATION/other/General Confederation of Moroccan Enterprises (CGEM)", "alj": "PERSON//Chakib Alj", "rabat": "LOCATION/city/Rabat"},
 ["SIGNS_AGREEMENT akhannouch > moukharik,umt", "SIGNS_AGREEMENT akhannouch > alj,cgem", "SIGNS_AGREEMENT moukharik,umt > alj,cgem", "AFFILIATED_WITH moukharik > umt", "AFFILIATED_WITH alj > cgem"],
 "Social dialogue: three coordinated signatories -> SIGNS pairwise (the README's rule for three parties). Two role phrases -> AFFIL; رئيس الحكومة names no country and the government is not annotated. للاتحاد -> لاتحاد (article convention). Morocco nested in the employers' name."),
# 47
("وجدّد [[faf|الاتحاد الجزائري لكرة القدم]] عقد مدرب المنتخب الوطني [[petkovic|فلاديمير بيتكوفيتش]] إلى غاية نهاية كأس العالم 2026، عقب تأهل [[algeria|الجزائر]] إلى النهائيات، وقال رئيس [[faf|الفاف]] [[sadi|وليد صادي]] إن «الاستقرار الفني كان مفتاح هذا الإنجاز».",
 {"faf": "ORGANIZATION/sports/Algerian Football Federation", "petkovic": "PERSON//Vladimir Petković", "algeria": "LOCATION/country/Algeria", "sadi": "PERSON//Walid Sadi"},
 ["SIGNS_AGREEMENT faf > petkovic", "AFFILIATED_WITH sadi > faf", "?AFFILIATED_WITH petkovic > faf"],
 "Contract renewal (جدّد عقد) -> SIGNS federation <-> coach. رئيس الفاف (the Algerian press acronym, a second mention) -> AFFIL. مدرب المنتخب الوطني: the team only as a nominal -> optional. Qualifying is no relation."),
# 48
("ووقّع الرئيس المدير العام ل[[tt|اتصالات تونس]] [[zouari|منير الزواري]] ونائب رئيس شركة [[nokia|نوكيا]] لمنطقة الشرق الأوسط وأفريقيا [[laurent|جان مارك لوران]]، ب[[tunis|تونس]] العاصمة، عقداً لتحديث شبكة الألياف البصرية في ولايات الجنوب بقيمة 40 مليون دينار.",
 {"tt": "ORGANIZATION/company/Tunisie Telecom", "zouari": "PERSON//Mounir Zouari (fictional)", "nokia": "ORGANIZATION/company/Nokia", "laurent": "PERSON//Jean-Marc Laurent (fictional)", "tunis": "LOCATION/city/Tunis"},
 ["SIGNS_AGREEMENT zouari,tt > laurent,nokia", "AFFILIATED_WITH zouari > tt", "AFFILIATED_WITH laurent > nokia", "?VISITS laurent > tunis"],
 "Two role phrases, coordinated signatories. A role with a region after the company (نائب رئيس X لمنطقة ...) -> AFFIL with X. A supply contract is a service, not a purchase from a named seller. Signing in Tunis -> the guest's VISITS optional. Both executives invented."),
# 49
("ووقّع رئيس مجلس إدارة [[noc|المؤسسة الوطنية للنفط]] الليبية [[suleiman|مسعود سليمان]] مع شركة [[bp|بي بي]] البريطانية، في [[tripoli|طرابلس]]، مذكرة تفاهم لإجراء دراسات فنية لإعادة تطوير حقلي [[sarir|السرير]] و[[messla|مسلة]] النفطيين.",
 {"noc": "ORGANIZATION/company/National Oil Corporation (Libya)", "suleiman": "PERSON//Masoud Suleiman", "bp": "ORGANIZATION/company/BP", "tripoli": "LOCATION/city/Tripoli", "sarir": "?LOCATION/facility/Sarir oil field", "messla": "?LOCATION/facility/Messla oil field"},
 ["SIGNS_AGREEMENT suleiman,noc > bp", "AFFILIATED_WITH suleiman > noc"],
 "وقّع X مع Y مذكرة تفاهم -> SIGNS (the chairman or his corporation). رئيس مجلس إدارة X Y -> AFFIL; الليبية is outside (the corporation's name is complete without it). Oil field names after حقلي -> optional entities. Signing in a city relates no person to it here (the Libyan chairman signs at home; the company is no visitor)."),
# 50
("واتهم رئيس [[hor|مجلس النواب الليبي]] [[saleh|عقيلة صالح]] [[gnu|حكومة الوحدة الوطنية]] برئاسة [[dbeibah|عبد الحميد الدبيبة]] بإهدار عائدات النفط، داعياً [[cbl|مصرف ليبيا المركزي]] إلى وقف تمويل ما وصفه بـ«الإنفاق الموازي».",
 {"hor": "?ORGANIZATION/government/House of Representatives (Libya)", "saleh": "PERSON//Aguila Saleh", "gnu": "ORGANIZATION/government/Government of National Unity (Libya)", "dbeibah": "PERSON//Abdul Hamid Dbeibah", "cbl": "ORGANIZATION/government/Central Bank of Libya"},
 ["TENSION_WITH saleh,hor > gnu,dbeibah", "AFFILIATED_WITH saleh > hor", "AFFILIATED_WITH dbeibah > gnu"],
 "اتهم -> TENSION (the government or its head). A house with a generic head + nisba -> optional entity, AFFIL kept (as written5 26). برئاسة X -> AFFIL. Calling on the central bank to act is no relation. Libya nested in the bank's name."),
# 51
("واستقبل الرئيس الروسي [[putin|فلاديمير بوتين]] في [[kremlin|الكرملين]] رئيس المرحلة الانتقالية في [[mali|مالي]] الجنرال [[goita|أسيمي غويتا]]، في أول زيارة رسمية له إلى [[moscow|موسكو]]، ووقّعت [[russia|روسيا]] و[[mali|مالي]] خلالها اتفاقاً لبناء محطة نووية صغيرة لتوليد الكهرباء.",
 {"putin": "PERSON//Vladimir Putin", "kremlin": "LOCATION/facility/Moscow Kremlin", "mali": "LOCATION/country/Mali", "goita": "PERSON//Assimi Goïta", "moscow": "LOCATION/city/Moscow", "russia": "LOCATION/country/Russia"},
 ["MEETS putin > goita", "VISITS goita > moscow", "AFFILIATED_WITH putin > russia", "AFFILIATED_WITH goita > mali", "SIGNS_AGREEMENT russia > mali", "?VISITS goita > kremlin"],
 "Reception + زيارة ... إلى X -> MEETS and VISITS. رئيس المرحلة الانتقالية في X -> AFFIL with the country; الروسي + Russia named -> AFFIL. ووقّعت X وY خلالها اتفاقاً -> SIGNS. Received at a palace -> VISITS optional. The rank outside."),
# 52
("ووصل رئيس الوزراء الهندي [[modi|ناريندرا مودي]] إلى [[accra|أكرا]] في أول زيارة لرئيس وزراء هندي إلى [[ghana|غانا]] منذ ثلاثة عقود، وأجرى محادثات مع الرئيس الغاني [[mahama|جون دراماني ماهاما]]، وقّع الجانبان في ختامها أربع مذكرات تفاهم في مجالات الصحة والثقافة والمعادن الحيوية.",
 {"modi": "PERSON//Narendra Modi", "accra": "LOCATION/city/Accra", "ghana": "LOCATION/country/Ghana", "mahama": "PERSON//John Dramani Mahama"},
 ["VISITS modi > accra,ghana", "MEETS modi > mahama", "AFFILIATED_WITH mahama > ghana", "SIGNS_AGREEMENT modi > mahama,ghana"],
 "وصل إلى + أجرى محادثات مع -> VISITS and MEETS. الغاني + Ghana named -> AFFIL; India is only a nisba (no entity) -> nothing for Modi. 'The two sides' signing at the end of the talks they held -> SIGNS scored (written5 79)."),
# 53
("وكشفت بعثة أثرية تابعة ل[[ifao|لمعهد الفرنسي للآثار الشرقية]] ب[[cairo|القاهرة]]، بالتعاون مع [[sca|المجلس الأعلى للآثار]]، عن ورشة رومانية لصناعة الفخار في واحة [[kharga|الخارجة]] بمحافظة [[newvalley|الوادي الجديد]]، وفق ما أعلنته [[motaa|وزارة السياحة والآثار]].",
 {"ifao": "ORGANIZATION/education/French Institute of Oriental Archaeology (IFAO)", "cairo": "LOCATION/city/Cairo", "sca": "ORGANIZATION/government/Supreme Council of Antiquities", "kharga": "LOCATION/region/Kharga Oasis", "newvalley": "LOCATION/region/New Valley Governorate", "motaa": "ORGANIZATION/government/Ministry of Tourism and Antiquities (Egypt)"},
 ["COOPERATES_WITH ifao > sca", "LOCATED_IN ifao > cairo", "?COOPERATES_WITH ifao > motaa"],
 "A mission of X working بالتعاون مع Y (set off by commas) -> COOP between the bodies (the mission is unnamed). للمعهد -> لمعهد (article convention); an institute 'in' a city (X بالقاهرة) -> LOCATED. واحة / محافظة left out. The ministry only announced -> nothing (optional COOP at most)."),
# 54
("ويزور المدير العام لمنظمة [[unesco|اليونسكو]] [[enany|خالد العناني]] [[jordan|الأردن]] الأسبوع المقبل في أول جولة إقليمية له منذ توليه منصبه، يتفقد خلالها موقع [[petra|البترا]] الأثري ويلتقي وزير السياحة والآثار [[adwan|رائد العدوان]]، وفق ما أعلنته [[pdtra|سلطة إقليم البترا التنموي السياحي]].",
 {"unesco": "ORGANIZATION/intergovernmental/UNESCO", "enany": "PERSON//Khaled El-Enany", "jordan": "LOCATION/country/Jordan", "petra": "LOCATION/region/Petra", "adwan": "PERSON//Raed al-Adwan (fictional)", "pdtra": "ORGANIZATION/government/Petra Development and Tourism Region Authority"},
 ["VISITS enany > jordan", "VISITS enany > petra", "MEETS enany > adwan", "AFFILIATED_WITH enany > unesco", "?AFFILIATED_WITH adwan > jordan"],
 "Future visit (يزور) and يتفقد خلالها موقع X (touring a site, as line 1) -> two VISITS; يلتقي خلالها -> MEETS. المدير العام لمنظمة X -> AFFIL (منظمة left out). The minister's role has no nisba -> optional. Petra nested in the authority's name besides its own mention. Minister invented."),
# 55
("ووقّع رئيس [[cu|جامعة القاهرة]] [[sami|محمد سامي عبد الصادق]] والمدير التنفيذي ل[[hosp|مستشفى سرطان الأطفال 57357]] [[naga|شريف أبو النجا]] بروتوكولاً لتدريب الأطباء المقيمين في تخصص أورام الأطفال وإجراء أبحاث سريرية مشتركة، على أن تتولى [[kasr|كلية طب قصر العيني]] الإشراف العلمي على البرنامج.",
 {"cu": "ORGANIZATION/education/Cairo University", "sami": "PERSON//Mohamed Sami Abdel-Sadek", "hosp": "?ORGANIZATION/other/Children's Cancer Hospital Egypt 57357", "naga": "PERSON//Sherif Abouel Naga", "kasr": "ORGANIZATION/education/Kasr Alainy Faculty of Medicine"},
 ["SIGNS_AGREEMENT sami,cu > naga,hosp", "AFFILIATED_WITH sami > cu", "AFFILIATED_WITH naga > hosp", "?COOPERATES_WITH cu > hosp", "?COOPERATES_WITH kasr > hosp"],
 "Two role phrases as a coordinated subject of وقّع -> SIGNS (persons or bodies). A hospital as a signing party: institution or facility is debatable -> optional entity, relations kept. Joint research implies cooperation, not stated as such -> optional. The faculty's future supervision is no relation with a named party besides the programme."),
# 56
("وقالت الفنانة اللبنانية [[roumi|ماجدة الرومي]]، في ختام حفلها ضمن [[baalbek|مهرجانات بعلبك الدولية]]، إن «[[lebanon|لبنان]] سيبقى منارة للثقافة والفن مهما اشتدت الأزمات»، وسط حضور جماهيري تجاوز خمسة آلاف شخص.",
 {"roumi": "PERSON//Majida El Roumi", "baalbek": "?ORGANIZATION/other/Baalbeck International Festival", "lebanon": "LOCATION/country/Lebanon"},
 [],
 "NO RELATION (a quote): performing at a festival is no affiliation; nationality without a role gives nothing; a country inside a quote relates no one. The festival name optional (event), Baalbek nested in it."),
# 57
("واشترت [[te|المصرية للاتصالات]] حزمة ترددات إضافية بعرض 40 ميغاهرتز من [[ntra|الجهاز القومي لتنظيم الاتصالات]] مقابل 350 مليون دولار، وقال العضو المنتدب والرئيس التنفيذي لـ«[[te|المصرية للاتصالات]]» [[nasr|محمد نصر]] إن الصفقة ستمكّن الشركة من تحسين جودة خدمات الجيل الخامس.",
 {"te": "ORGANIZATION/company/Telecom Egypt", "ntra": "ORGANIZATION/government/National Telecom Regulatory Authority (Egypt)", "nasr": "PERSON//Mohamed Nasr"},
 ["PURCHASE te > ntra", "AFFILIATED_WITH nasr > te"],
 "اشترت ... من Y -> PURCHASE (a regulator selling spectrum is the seller; the frequencies are the thing bought). A double role before the quoted name (لـ«...») -> AFFIL. Event partly made up."),
# 58
("ووقّعت [[mwi|وزارة المياه والري]] وتحالف تقوده شركة [[meridiam|ميريديام]] الفرنسية اتفاقية المشروع النهائية لتنفيذ مشروع الناقل الوطني للمياه من [[aqaba|العقبة]] إلى [[amman|عمّان]] بكلفة تقارب 4.5 مليار دولار، وقال وزير المياه والري [[abusaud|رائد أبو السعود]] إن المشروع سيوفر 300 مليون متر مكعب سنوياً من مياه الشرب.",
 {"mwi": "ORGANIZATION/government/Ministry of Water and Irrigation (Jordan)", "meridiam": "ORGANIZATION/company/Meridiam", "aqaba": "LOCATION/city/Aqaba", "amman": "LOCATION/city/Amman", "abusaud": "PERSON//Raed Abu Al-Saud"},
 ["SIGNS_AGREEMENT mwi > meridiam", "AFFILIATED_WITH abusaud > mwi"],
 "A ministry signs with a consortium a named company leads -> SIGNS with that company (as written5 25). وزير X with the ministry named on the line -> AFFIL with the ministry. A conveyor from one city to another relates no party. The consortium's other members are unnamed."),
# 59
("وتعاقدت [[egpc|الهيئة المصرية العامة للبترول]] على شراء 60 شحنة من الغاز الطبيعي المسال من شركات بينها [[shell|شل]] و[[total|توتال إنرجيز]] و[[trafigura|ترافيغورا]] لتغطية ذروة الطلب على الكهرباء خلال الصيف، وفق ما أفادت به مصادر في [[mop|وزارة البترول والثروة المعدنية]].",
 {"egpc": "ORGANIZATION/government/Egyptian General Petroleum Corporation", "shell": "ORGANIZATION/company/Shell", "total": "ORGANIZATION/company/TotalEnergies", "trafigura": "ORGANIZATION/company/Trafigura", "mop": "ORGANIZATION/government/Ministry of Petroleum and Mineral Resources (Egypt)"},
 ["PURCHASE egpc > shell", "PURCHASE egpc > total", "PURCHASE egpc > trafigura", "SIGNS_AGREEMENT egpc > shell", "SIGNS_AGREEMENT egpc > total", "SIGNS_AGREEMENT egpc > trafigura"],
 "تعاقدت على شراء ... من X وY وZ: a purchase contracted with each named seller -> PURCHASE and SIGNS with each (the README's purchase deal concluded with the seller). Unnamed sources in the ministry give nothing."),
# 60
("وفاز المهندس [[rawashdeh|عمر الرواشدة]] برئاسة [[jea|نقابة المهندسين الأردنيين]] في الانتخابات التي جرت في مجمع النقابات المهنية ب[[amman|عمّان]]، متقدماً على منافسه [[tarawneh|خالد الطراونة]] بفارق 900 صوت، فيما بلغت نسبة الاقتراع 38%.",
 {"rawashdeh": "PERSON//Omar al-Rawashdeh (fictional)", "jea": "ORGANIZATION/other/Jordan Engineers Association", "amman": "LOCATION/city/Amman", "tarawneh": "PERSON//Khaled al-Tarawneh (fictional)"},
 ["AFFILIATED_WITH rawashdeh > jea", "?AFFILIATED_WITH tarawneh > jea"],
 "Winning the presidency of a syndicate (فاز برئاسة X) -> AFFIL. The losing candidate is presumably a member, not stated -> optional. An electoral rival is no TENSION. The syndicate's name needs its nisba (kept). Persons invented."),
# 61
("وانتخب أعضاء المجلس البلدي الجديد ل[[beirut|بيروت]] [[zeidan|إبراهيم زيدان]] رئيساً ل[[muni|بلدية بيروت]] بالإجماع، بعد فوز لائحة «[[beirut2|بيروت]] بتجمعنا» بالمقاعد الأربعة والعشرين في الانتخابات التي أشرفت عليها [[moim|وزارة الداخلية والبلديات]].",
 {"beirut": "LOCATION/city/Beirut", "zeidan": "PERSON//Ibrahim Zeidan", "muni": "ORGANIZATION/government/Municipality of Beirut", "beirut2": "?LOCATION/city/Beirut (in a list name)", "moim": "ORGANIZATION/government/Ministry of Interior and Municipalities (Lebanon)"},
 ["AFFILIATED_WITH zeidan > muni"],
 "Municipal elections: elected رئيساً لبلدية X -> AFFIL with the municipality (an organization, its city nested, as مجلس محافظة). The city inside an electoral list's name -> optional entity (as names inside event names). A ministry supervising elections relates to no named party."),
# 62
("ووقّعت [[tmsa|الوكالة الخاصة طنجة المتوسط]] و[[apmt|إيه بي إم تيرمينالز]]، الذراع المينائية لمجموعة [[maersk|ميرسك]] الدنماركية، اتفاقاً لتمديد امتياز تشغيل محطة الحاويات الأولى ب[[port|ميناء طنجة المتوسط]] لمدة عشرين عاماً، وقّعه عن الوكالة رئيس مجلس إدارتها [[brini|فؤاد البريني]].",
 {"tmsa": "ORGANIZATION/government/Tanger Med Special Agency (TMSA)", "apmt": "ORGANIZATION/company/APM Terminals", "maersk": "ORGANIZATION/company/Maersk", "port": "LOCATION/facility/Port of Tanger Med", "brini": "PERSON//Fouad Brini"},
 ["SIGNS_AGREEMENT tmsa,brini > apmt", "?AFFILIATED_WITH brini > tmsa"],
 "MAP style. وقّعت X وY اتفاقاً -> SIGNS. An apposition saying one company is another's arm is no relation type (organization to organization). عن الوكالة رئيس مجلس إدارتها: the agency only through the nominal الوكالة -> AFFIL optional (as written5 7). Tanger Med nested in both names."),
# 63
("ووقّع وزير الاقتصاد والتخطيط التونسي [[abdelhafidh|سمير عبد الحفيظ]] ومديرة مكتب [[afdb|البنك الأفريقي للتنمية]] في [[tunisia|تونس]] [[blomberg|مالين بلومبرغ]] اتفاقية قرض بقيمة 80 مليون يورو لتمويل مشروع تعصير شبكة الطرق في ولايات الشمال الغربي.",
 {"abdelhafidh": "PERSON//Samir Abdelhafidh", "afdb": "ORGANIZATION/intergovernmental/African Development Bank", "tunisia": "LOCATION/country/Tunisia", "blomberg": "PERSON//Malinne Blomberg"},
 ["SIGNS_AGREEMENT abdelhafidh,tunisia > blomberg,afdb", "AFFILIATED_WITH abdelhafidh > tunisia", "AFFILIATED_WITH blomberg > afdb", "?LOCATED_IN blomberg > tunisia", "?LOCATED_IN afdb > tunisia"],
 "Coordinated signatories with roles. التونسي + Tunisia named -> AFFIL. مديرة مكتب X في Y: affiliated with X; the office (not the person or the bank) is what sits in Y -> LOCATED optional. تونس read as the country here."),
# 64
("وقال المدير الفني ل[[fifm|لمهرجان الدولي للفيلم بمراكش]] [[bonhomme|ريمي بونوم]] إن الدورة الثانية والعشرين ستكرّم المخرج المكسيكي [[deltoro|غييرمو ديل تورو]] والممثلة الأمريكية [[foster|جودي فوستر]] والفنان المصري [[fahmy|حسين فهمي]]، إلى جانب عرض 82 فيلماً من 31 دولة.",
 {"fifm": "?ORGANIZATION/other/Marrakech International Film Festival", "bonhomme": "PERSON//Rémi Bonhomme", "deltoro": "PERSON//Guillermo del Toro", "foster": "PERSON//Jodie Foster", "fahmy": "PERSON//Hussein Fahmy"},
 ["AFFILIATED_WITH bonhomme > fifm"],
 "المدير الفني لـ X Y -> AFFIL with the festival (optional entity, relation kept, as line 27). للمهرجان -> لمهرجان (article convention); Marrakech nested. Honourees with nationality adjectives only give nothing."),
# 65
("ونفت [[moc|وزارة الثقافة والفنون الجزائرية]] ما تداولته مواقع التواصل الاجتماعي عن منع دور نشر فرنسية من المشاركة في [[sila|الصالون الدولي للكتاب بالجزائر]]، مؤكدة أن أبواب الصالون «مفتوحة أمام كل الناشرين الذين يحترمون القانون».",
 {"moc": "ORGANIZATION/government/Ministry of Culture and Arts (Algeria)", "sila": "?ORGANIZATION/other/Algiers International Book Fair (SILA)"},
 [],
 "NO RELATION (denial): a denied ban on unnamed publishers; the fair's name optional (event), Algeria nested in it. The ministry keeps its nisba."),
# 66
("وأعلنت شركة [[jpmc|مناجم الفوسفات الأردنية]]، التي تتخذ من [[amman|عمّان]] مقراً لها، توقيع اتفاقية تبيع بموجبها لشركة [[iffco|إفكو]] الهندية مليون طن من الفوسفات الخام سنوياً لمدة خمس سنوات، وقال رئيس مجلس إدارتها [[thneibat|محمد الذنيبات]] إن الاتفاقية ترسخ مكانة [[jordan|الأردن]] مورداً رئيسياً للسوق الهندية.",
 {"jpmc": "ORGANIZATION/company/Jordan Phosphate Mines Company", "amman": "LOCATION/city/Amman", "iffco": "ORGANIZATION/company/IFFCO", "thneibat": "PERSON//Mohammad Al-Thneibat", "jordan": "LOCATION/country/Jordan"},
 ["LOCATED_IN jpmc > amman", "SIGNS_AGREEMENT jpmc > iffco", "PURCHASE iffco > jpmc", "AFFILIATED_WITH thneibat > jpmc"],
 "تتخذ من X مقراً -> LOCATED. A signed agreement under which the company sells to Y -> SIGNS and PURCHASE Y -> seller (as written5 30). رئيس مجلس إدارتها (pronoun for the subject) -> AFFIL. شركة left out (as written5 67's البوتاس العربية); the nisba is part of the name."),
# 67
("واستقبل رئيس [[hor|مجلس النواب]] المستشار [[gebaly|حنفي جبالي]] رئيس [[duma|مجلس الدوما]] الروسي [[volodin|فياتشيسلاف فولودين]] والوفد المرافق له، وبحث الجانبان سبل تعزيز التعاون البرلماني بين [[egypt|مصر]] و[[russia|روسيا]] في ضوء انضمام [[egypt|مصر]] إلى [[brics|بريكس]].",
 {"hor": "?ORGANIZATION/government/House of Representatives (Egypt)", "gebaly": "PERSON//Hanafy Gebaly", "duma": "ORGANIZATION/government/State Duma", "volodin": "PERSON//Vyacheslav Volodin", "egypt": "LOCATION/country/Egypt", "russia": "LOCATION/country/Russia", "brics": "ORGANIZATION/intergovernmental/BRICS"},
 ["MEETS gebaly > volodin", "AFFILIATED_WITH gebaly > hor", "AFFILIATED_WITH volodin > duma", "COOPERATES_WITH egypt > russia", "JOINS egypt > brics", "?AFFILIATED_WITH volodin > russia", "?AFFILIATED_WITH gebaly > egypt"],
 "Reception + وبحث الجانبان تعزيز التعاون بين X وY -> MEETS and COOP. A bare مجلس النواب -> optional entity, AFFIL kept (as line 8). مجلس الدوما with the nisba outside (a proper name). Egypt's accession stated as a fact (في ضوء انضمام X إلى Y) -> JOINS. Russia only through the Duma's nisba -> Volodin's AFFIL with it optional."),
# 68
("وأجرى وزير الخارجية السوري [[shaibani|أسعد الشيباني]] في [[moscow|موسكو]] محادثات مع نظيره الروسي [[lavrov|سيرغي لافروف]]، هي الأولى منذ سقوط النظام السابق، تناولت مستقبل القاعدتين الروسيتين في [[hmeimim|حميميم]] و[[tartus|طرطوس]]، فيما لم يلتق [[shaibani|الشيباني]] الرئيس [[putin|فلاديمير بوتين]] خلافاً لما توقعته وسائل إعلام روسية، وأكد [[lavrov|لافروف]] احترام [[russia|روسيا]] لوحدة أراضي [[syria|سوريا]].",
 {"shaibani": "PERSON//Asaad al-Shaibani", "moscow": "LOCATION/city/Moscow", "lavrov": "PERSON//Sergey Lavrov", "hmeimim": "LOCATION/facility/Hmeimim Air Base", "tartus": "LOCATION/city/Tartus", "putin": "PERSON//Vladimir Putin", "russia": "LOCATION/country/Russia", "syria": "LOCATION/country/Syria"},
 ["MEETS shaibani > lavrov", "AFFILIATED_WITH shaibani > syria", "AFFILIATED_WITH lavrov > russia", "?VISITS shaibani > moscow"],
 "أجرى في X محادثات مع Y -> MEETS; holding talks in a city -> VISITS optional (README). Both nisbas with their countries named -> AFFIL. لم يلتق -> no MEETS with Putin (negated). Unnamed bases in two places give no LOCATED. Surname repeats."),
# 69
("وتفقد وزير الطاقة [[bashir|محمد البشير]]، خلال جولة في محافظة [[homs|حمص]]، أعمال إعادة تأهيل [[refinery|مصفاة حمص]]، والتقى محافظ [[homs|حمص]] [[aama|عبد الرحمن الأعمى]]، وبحثا خطة لرفع الطاقة التكريرية بما يلبي حاجة [[syria|سورية]] من المشتقات النفطية.",
 {"bashir": "PERSON//Mohammed al-Bashir", "homs": "LOCATION/region/Homs Governorate", "refinery": "?LOCATION/facility/Homs Refinery", "aama": "PERSON//Abdulrahman al-Aama", "syria": "LOCATION/country/Syria"},
 ["VISITS bashir > homs", "MEETS bashir > aama", "?VISITS bashir > refinery", "?AFFILIATED_WITH aama > homs", "?AFFILIATED_WITH bashir > syria"],
 "SANA: a minister's tour in a province (جولة في محافظة X) -> VISITS; التقى + dual وبحثا -> MEETS. The refinery as plant or company is debatable -> optional entity and optional VISITS (inspecting works at it). A governor's role -> optional; وزير الطاقة without nisba -> optional. Homs nested in the refinery's name."),
# 70
("وضمت القائمة القصيرة ل[[ipaf|لجائزة العالمية للرواية العربية]] في دورتها لعام 2025 أعمال المصري [[nada|محمد سمير ندا]] والسوري [[khalaf|تيسير خلف]] واللبنانية [[sayegh|حنين الصايغ]] والإماراتية [[najjar|نادية النجار]]، على أن يُعلن اسم الفائز في حفل يقام في [[abudhabi|أبوظبي]].",
 {"ipaf": "?ORGANIZATION/other/International Prize for Arabic Fiction", "nada": "PERSON//Mohamed Samir Nada", "khalaf": "PERSON//Taysir Khalaf", "sayegh": "PERSON//Haneen al-Sayegh", "najjar": "PERSON//Nadia Al Najjar", "abudhabi": "LOCATION/city/Abu Dhabi"},
 [],
 "NO RELATION: a shortlist of writers with nationality adjectives only; a ceremony in a city. A prize is an award; as an institution its type is debatable -> optional entity (للجائزة -> لجائزة)."),
# 71
("ويحل [[esperance|الترجي]] التونسي ضيفاً على [[ahly|الأهلي]] المصري مساء السبت على [[stadium|استاد القاهرة الدولي]] في ذهاب ربع نهائي دوري أبطال [[africa|أفريقيا]]، في لقاء يسعى فيه فريق «[[babsouika|باب سويقة]]» إلى الثأر من خسارته نهائي نسخة 2024 أمام «المارد الأحمر».",
 {"esperance": "ORGANIZATION/sports/Espérance de Tunis", "ahly": "ORGANIZATION/sports/Al Ahly SC", "stadium": "?LOCATION/facility/Cairo International Stadium", "africa": "?LOCATION/region/Africa", "babsouika": "?LOCATION/district/Bab Souika (club nickname)"},
 [],
 "NO RELATION (misleading cues): يحل ضيفاً على, لقاء, a lost final -> a match, no MEETS, VISITS or TENSION. Stadium and the continent inside a competition's name -> optional (conventions); a district used as the club's nickname -> optional."),
# 72
("وقال الروائي الجزائري [[waciny|واسيني الأعرج]] إن «الرواية العربية تعيش أزهى عصورها رغم تراجع القراءة»، داعياً دور النشر في [[algeria|الجزائر]] و[[tunisia|تونس]] و[[morocco|المغرب]] إلى توحيد جهودها لتوزيع الكتاب المغاربي.",
 {"waciny": "PERSON//Waciny Laredj", "algeria": "LOCATION/country/Algeria", "tunisia": "LOCATION/country/Tunisia", "morocco": "LOCATION/country/Morocco"},
 [],
 "NO RELATION (a quote and an appeal): a call on unnamed publishers to unite efforts is no stated cooperation; nationality without a role gives nothing."),
# 73
("وتوقعت وكالة [[fitch|فيتش]] للتصنيف الائتماني أن يواصل [[cbe|البنك المركزي المصري]] خفض أسعار الفائدة خلال العام المقبل مع تراجع معدلات التضخم، مرجحة أن تتجاوز استثمارات الأجانب في أدوات الدين المحلية 40 مليار دولار بنهاية يونيو.",
 {"fitch": "ORGANIZATION/company/Fitch Ratings", "cbe": "ORGANIZATION/government/Central Bank of Egypt"},
 [],
 "NO RELATION: a rating agency's forecast about a central bank. وكالة left out; للتصنيف الائتماني is a descriptive complement left outside."),
# 74
("وأعلنت [[presidency|رئاسة الجمهورية الجزائرية]] تأجيل زيارة الدولة التي كان من المقرر أن يقوم بها الرئيس [[tebboune|عبد المجيد تبون]] إلى [[france|فرنسا]] في الخريف، دون أن تحدد موعداً جديداً لها.",
 {"presidency": "?ORGANIZATION/government/Presidency of Algeria", "tebboune": "PERSON//Abdelmadjid Tebboune", "france": "LOCATION/country/France"},
 [],
 "NO RELATION: a postponed visit with no new date is no VISITS (as written5 59). الرئيس without nisba; the presidency phrase (generic head + nisba) -> optional entity."),
# 75
("ونفت [[tmg|مجموعة طلعت مصطفى القابضة]]، في إفصاح إلى [[egx|البورصة المصرية]]، ما نشرته تقارير صحفية عن دخولها في مفاوضات لشراء حصة في [[sodic|سوديك]] من [[aldar|الدار العقارية]] الإماراتية، مؤكدة أنها «لم تتلق أي عروض ولم تجر أي مفاوضات».",
 {"tmg": "ORGANIZATION/company/Talaat Moustafa Group Holding", "egx": "ORGANIZATION/company/Egyptian Exchange", "sodic": "ORGANIZATION/company/SODIC", "aldar": "ORGANIZATION/company/Aldar Properties"},
 [],
 "NO RELATION (denied): talks to buy a stake are denied -> no PURCHASE, no PLANS. A disclosure to the exchange is no relation. مجموعة kept (the remainder is a person's name)."),
# 76
("وتستعد [[sonatrach|سوناطراك]] لتوقيع اتفاق مع [[exxon|إكسون موبيل]] الأمريكية لتطوير حقول الغاز في حوض [[ahnet|أهنات]] جنوب [[algeria|الجزائر]]، وفق ما كشفه وزير المحروقات الجزائري [[arkab|محمد عرقاب]]، نافياً أن تكون الشركة الوطنية قد أجرت أي مفاوضات مع [[chevron|شيفرون]] بشأن الحوض نفسه.",
 {"sonatrach": "ORGANIZATION/company/Sonatrach", "exxon": "ORGANIZATION/company/ExxonMobil", "ahnet": "LOCATION/region/Ahnet Basin", "algeria": "LOCATION/country/Algeria", "arkab": "PERSON//Mohamed Arkab", "chevron": "ORGANIZATION/company/Chevron"},
 ["PLANS_AGREEMENT sonatrach > exxon", "AFFILIATED_WITH arkab > algeria"],
 "تستعد لتوقيع اتفاق مع -> PLANS (يستعد is a README cue). الجزائري + Algeria named -> AFFIL. Denied talks with Chevron (نافياً أن تكون ... أجرت) -> nothing. حوض left out; a basin in the south of a country is place in place."),
# 77
("وأعلن رئيس [[frmf|الجامعة الملكية المغربية لكرة القدم]] [[lekjaa|فوزي لقجع]] أن [[morocco|المغرب]] و[[spain|إسبانيا]] و[[portugal|البرتغال]] ستوقّع الشهر المقبل في [[lisbon|لشبونة]] اتفاقية تأسيس الشركة المشتركة المكلفة بتنظيم كأس العالم 2030.",
 {"frmf": "ORGANIZATION/sports/Royal Moroccan Football Federation", "lekjaa": "PERSON//Fouzi Lekjaa", "morocco": "LOCATION/country/Morocco", "spain": "LOCATION/country/Spain", "portugal": "LOCATION/country/Portugal", "lisbon": "LOCATION/city/Lisbon"},
 ["PLANS_AGREEMENT morocco > spain", "PLANS_AGREEMENT morocco > portugal", "PLANS_AGREEMENT spain > portugal", "AFFILIATED_WITH lekjaa > frmf", "?COOPERATES_WITH morocco > spain", "?COOPERATES_WITH morocco > portugal", "?COOPERATES_WITH spain > portugal"],
 "A future signing by three coordinated countries (ستوقّع) -> PLANS pairwise. رئيس X Y -> AFFIL (Moroccan press calls the federation الجامعة; kept whole). A joint company is cooperation only once founded -> optional. A signing to be held in a city gives no VISITS to a named party."),
# 78
("وانضم لاعب الوسط الدولي التونسي [[chtioui|أيمن الشتيوي]] إلى [[css|النادي الصفاقسي]] قادماً من [[ca|النادي الإفريقي]] في صفقة انتقال حر، وقال رئيس [[css|النادي الصفاقسي]] [[alaoui|محمد العلوي]] إن اللاعب سيكون إضافة مهمة في المنافسة على لقب [[ligue|الرابطة المحترفة الأولى]].",
 {"chtioui": "PERSON//Ayman Chtioui (fictional)", "css": "ORGANIZATION/sports/CS Sfaxien", "ca": "ORGANIZATION/sports/Club Africain", "alaoui": "PERSON//Mohamed Alaoui (fictional)", "ligue": "?ORGANIZATION/sports/Tunisian Ligue Professionnelle 1"},
 ["JOINS chtioui > css", "AFFILIATED_WITH alaoui > css", "?AFFILIATED_WITH chtioui > css", "?AFFILIATED_WITH chtioui > ca"],
 "انضم إلى -> JOINS; a free transfer -> no PURCHASE. رئيس X Y -> AFFIL. The Tunisian club names keep النادي (an article + nisba name, not a descriptor before a name). League optional. Player and president invented."),
# 79
("واتهم رئيس الجمهورية اللبنانية [[aoun|جوزاف عون]]، خلال استقباله في [[baabda|قصر بعبدا]] رئيس بعثة [[unifil|اليونيفيل]] وقائدها العام الجنرال [[abagnara|ديوداتو أبانيارا]]، [[israel|إسرائيل]] بعرقلة انتشار الجيش في الجنوب عبر احتفاظها بخمس نقاط حدودية، مؤكداً التزام [[lebanon|لبنان]] بالقرار 1701.",
 {"aoun": "PERSON//Joseph Aoun", "baabda": "LOCATION/facility/Baabda Palace", "unifil": "ORGANIZATION/intergovernmental/UNIFIL", "abagnara": "PERSON//Diodato Abagnara", "israel": "LOCATION/country/Israel", "lebanon": "LOCATION/country/Lebanon"},
 ["MEETS aoun > abagnara", "TENSION_WITH aoun,lebanon > israel", "AFFILIATED_WITH abagnara > unifil", "AFFILIATED_WITH aoun > lebanon", "?VISITS abagnara > baabda"],
 "A reception nested between the verb اتهم and its object -> MEETS and TENSION in one sentence. رئيس الجمهورية اللبنانية + Lebanon named -> AFFIL (the republic phrase is read as role + nisba, as written5 51). رئيس بعثة X وقائدها العام -> AFFIL. Received at the palace -> VISITS optional. The army and the south are unnamed (bare الجيش not annotated)."),
# 80
("وتعتزم [[egypt|مصر]] توقيع اتفاق مع [[amf|صندوق النقد العربي]]، الذي يتخذ من [[abudhabi|أبوظبي]] مقراً له، للحصول على تسهيل ائتماني بقيمة 600 مليون دولار لدعم إصلاحات قطاع الطاقة، وفق ما أعلنته وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي [[mashat|رانيا المشاط]].",
 {"egypt": "LOCATION/country/Egypt", "amf": "ORGANIZATION/intergovernmental/Arab Monetary Fund", "abudhabi": "LOCATION/city/Abu Dhabi", "mashat": "PERSON//Rania Al-Mashat"},
 ["PLANS_AGREEMENT egypt > amf", "LOCATED_IN amf > abudhabi", "?AFFILIATED_WITH mashat > egypt"],
 "تعتزم توقيع اتفاق مع -> PLANS. A relative clause يتخذ من X مقراً -> LOCATED. The minister's title has no nisba -> optional; التعاون inside the title is no cue. A credit facility is a loan, not a purchase."),
]


if __name__ == "__main__":
    build("written6", DATA)
    summary("written6.gold.json", len(DATA))
