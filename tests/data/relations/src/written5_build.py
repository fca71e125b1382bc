#!/usr/bin/env python3
"""Builds written5.txt / written5.gold.json / written5.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build  # noqa: E402

DATA = [
# 1
("استقبل سمو ولي العهد الشيخ [[sabah|صباح خالد الحمد المبارك الصباح]] في [[bayan|قصر بيان]] صباح اليوم رئيس [[senate|مجلس الأعيان الأردني]] [[fayez|فيصل الفايز]] والوفد المرافق له بمناسبة زيارته الرسمية للبلاد، وجرى خلال اللقاء استعراض العلاقات الأخوية الوثيقة التي تربط [[kuwait|الكويت]] و[[jordan|الأردن]] وسبل تعزيزها في المجالات كافة.",
 {"sabah": "PERSON//Sabah Khalid Al-Hamad Al-Sabah", "bayan": "LOCATION/facility/Bayan Palace", "senate": "?ORGANIZATION/government/Senate of Jordan", "fayez": "PERSON//Faisal al-Fayez", "kuwait": "LOCATION/country/Kuwait", "jordan": "LOCATION/country/Jordan"},
 ["MEETS sabah > fayez", "AFFILIATED_WITH fayez > senate", "?AFFILIATED_WITH fayez > jordan", "?AFFILIATED_WITH sabah > kuwait", "?VISITS fayez > kuwait", "?VISITS fayez > bayan"],
 "KUNA reception (استقبل سمو ولي العهد الشيخ ...). Titles outside; palace = facility. Senate with generic head + nisba -> optional entity (as written4 14/16), AFFIL kept; Jordan only through the adjective inside it -> optional. ولي العهد without a country -> optional AFFIL. زيارته للبلاد: the country only through the nominal البلاد -> VISITS optional. 'Brotherly relations' are no relation type."),
# 2
("واستقبل صاحب السمو الشيخ [[hamdan|حمدان بن محمد بن راشد آل مكتوم]]، ولي عهد [[dubai|دبي]] نائب رئيس مجلس الوزراء وزير الدفاع، في [[zabeel|قصر زعبيل]]، وزير الدفاع الكويتي الشيخ [[abdullah|عبدالله علي عبدالله السالم الصباح]]، وبحث الجانبان سبل تعزيز التعاون الدفاعي بين دولة [[uae|الإمارات]] ودولة [[kuwait|الكويت]].",
 {"hamdan": "PERSON//Hamdan bin Mohammed bin Rashid Al Maktoum", "dubai": "LOCATION/city/Dubai", "zabeel": "LOCATION/facility/Zabeel Palace", "abdullah": "PERSON//Abdullah Ali Abdullah Al-Salem Al-Sabah", "uae": "LOCATION/country/United Arab Emirates", "kuwait": "LOCATION/country/Kuwait"},
 ["MEETS hamdan > abdullah", "AFFILIATED_WITH abdullah > kuwait", "COOPERATES_WITH uae > kuwait", "?AFFILIATED_WITH hamdan > dubai", "?AFFILIATED_WITH hamdan > uae", "?VISITS abdullah > zabeel"],
 "WAM reception with an apposition of roles after the name and the place before the object. الكويتي + Kuwait named -> AFFIL. Crown prince of Dubai: an emirate is a place, not an organization or country -> optional; وزير الدفاع without nisba -> UAE optional. بحث الجانبان تعزيز التعاون بين X وY -> COOP (as written4). دولة left out."),
# 3
("وعقد مجلس الوزراء جلسته الأسبوعية في [[salam|قصر السلام]] ب[[jeddah|جدة]] برئاسة خادم الحرمين الشريفين الملك [[salman|سلمان بن عبدالعزيز آل سعود]]، وقرر الموافقة على انضمام [[ksa|المملكة العربية السعودية]] إلى [[upov|الاتحاد الدولي لحماية الأصناف النباتية الجديدة]]، والموافقة على مذكرة تفاهم للتعاون في المجال الصحي بين [[mohsa|وزارة الصحة السعودية]] و[[mohmy|وزارة الصحة الماليزية]].",
 {"salam": "LOCATION/facility/Al-Salam Palace", "jeddah": "LOCATION/city/Jeddah", "salman": "PERSON//Salman bin Abdulaziz Al Saud", "ksa": "LOCATION/country/Saudi Arabia", "upov": "ORGANIZATION/intergovernmental/UPOV", "mohsa": "ORGANIZATION/government/Ministry of Health (Saudi Arabia)", "mohmy": "ORGANIZATION/government/Ministry of Health (Malaysia)"},
 ["?JOINS ksa > upov", "?SIGNS_AGREEMENT mohsa > mohmy", "?AFFILIATED_WITH salman > ksa"],
 "SPA cabinet session. The cabinet approves an accession (الموافقة على انضمام): a decision, the joining itself not stated -> JOINS optional. Approving an MoU says it exists but not that it was signed now -> SIGNS optional, cooperation inside a planned/approved text not scored. The King's title names no country -> AFFIL optional. A bare مجلس الوزراء is not annotated."),
# 4
("وبعث سمو الشيخ [[abdullah|عبدالله بن حمد آل ثاني]] نائب الأمير برقية تعزية إلى فخامة الرئيس [[mnangagwa|إيمرسون منانغاغوا]] رئيس جمهورية [[zimbabwe|زيمبابوي]]، في ضحايا انهيار منجم للذهب في إقليم [[mash|ماشونالاند الغربية]]، تمنى فيها للمصابين الشفاء العاجل.",
 {"abdullah": "PERSON//Abdullah bin Hamad Al Thani", "mnangagwa": "PERSON//Emmerson Mnangagwa", "zimbabwe": "LOCATION/country/Zimbabwe", "mash": "LOCATION/region/Mashonaland West"},
 ["AFFILIATED_WITH mnangagwa > zimbabwe"],
 "QNA condolence cable (بعث برقية تعزية): a one-way message is no MEETS (no talks, call or reception). رئيس جمهورية X -> AFFIL (جمهورية left out). نائب الأمير names no country. إقليم left out; الغربية is part of the province's name."),
# 5
("وتلقى حضرة صاحب الجلالة السلطان [[haitham|هيثم بن طارق]] برقيات تهنئة بمناسبة العيد الوطني الرابع والخمسين من عدد من قادة الدول الشقيقة والصديقة، من بينهم الملك [[hamad|حمد بن عيسى آل خليفة]] والرئيس [[kiir|سلفا كير ميارديت]] والرئيس [[tinubu|بولا أحمد تينوبو]]، عبروا فيها عن أطيب التمنيات.",
 {"haitham": "PERSON//Haitham bin Tariq", "hamad": "PERSON//Hamad bin Isa Al Khalifa", "kiir": "PERSON//Salva Kiir Mayardit", "tinubu": "PERSON//Bola Ahmed Tinubu"},
 [],
 "NO RELATION: congratulation cables received (no MEETS) and a list of heads of state whose titles name no country."),
# 6
("واستقبل صاحب السمو الملكي الأمير [[salman|سلمان بن حمد آل خليفة]] ولي العهد رئيس مجلس الوزراء، ب[[gudaibiya|قصر القضيبية]]، الرئيس التنفيذي لشركة [[bapco|بابكو إنرجيز]] [[thomas|مارك توماس]]، حيث اطلع سموه على سير العمل في مشروع تحديث مصفاة [[sitra|سترة]]، أكبر مشروع استثماري في تاريخ الشركة.",
 {"salman": "PERSON//Salman bin Hamad Al Khalifa", "gudaibiya": "LOCATION/facility/Gudaibiya Palace", "bapco": "ORGANIZATION/company/Bapco Energies", "thomas": "PERSON//Mark Thomas", "sitra": "LOCATION/city/Sitra"},
 ["MEETS salman > thomas", "AFFILIATED_WITH thomas > bapco", "?VISITS thomas > gudaibiya"],
 "BNA reception; الرئيس التنفيذي لشركة Y Z -> AFFIL (شركة left out). Bahrain is not named, so the crown prince's roles give nothing. Received at a palace -> VISITS optional. A refinery named after its town: the town is the mention."),
# 7
("ووقّعت [[hrsd|وزارة الموارد البشرية والتنمية الاجتماعية]] و[[kau|جامعة الملك عبدالعزيز]]، في [[jeddah|جدة]]، مذكرة تفاهم لتأهيل الخريجين وتمكينهم في سوق العمل، وقّعها عن الوزارة نائب الوزير للعمل [[abuthnain|عبدالله أبوثنين]]، وعن الجامعة رئيسها المكلف الدكتور [[dahlawi|هاني الدهلوي]].",
 {"hrsd": "ORGANIZATION/government/Ministry of Human Resources and Social Development", "kau": "ORGANIZATION/education/King Abdulaziz University", "jeddah": "LOCATION/city/Jeddah", "abuthnain": "PERSON//Abdullah Abuthnain", "dahlawi": "PERSON//Hani al-Dahlawi (fictional)"},
 ["SIGNS_AGREEMENT hrsd,abuthnain > kau,dahlawi", "?AFFILIATED_WITH abuthnain > hrsd", "?AFFILIATED_WITH dahlawi > kau"],
 "MoU signed by a ministry and a university (coordinated subject), the signatories accepted as alternatives. Their roles point to the bodies only through the nominals الوزارة / الجامعة -> AFFIL optional (coreference through a description). The acting president is invented. The MoU is not called cooperation -> no COOP."),
# 8
("ووقّع مدير [[ku|جامعة الكويت]] بالتكليف الدكتور [[dhafiri|فايز الظفيري]] والمدير العام ل[[kisr|معهد الكويت للأبحاث العلمية]] الدكتور [[sudairawi|مانع السديراوي]] اتفاقية تعاون بحثي مدتها خمس سنوات في مجالات الطاقة المتجددة وتحلية المياه والأمن الغذائي، وذلك في مقر المعهد بمنطقة [[shuwaikh|الشويخ]].",
 {"ku": "ORGANIZATION/education/Kuwait University", "dhafiri": "PERSON//Fayez al-Dhafiri", "kisr": "ORGANIZATION/education/Kuwait Institute for Scientific Research", "sudairawi": "PERSON//Mane al-Sudairawi", "shuwaikh": "LOCATION/district/Shuwaikh"},
 ["SIGNS_AGREEMENT ku,dhafiri > kisr,sudairawi", "AFFILIATED_WITH dhafiri > ku", "AFFILIATED_WITH sudairawi > kisr", "?COOPERATES_WITH ku > kisr", "?LOCATED_IN kisr > shuwaikh"],
 "Two heads sign for their bodies (either accepted). Acting director (بالتكليف) is still a role. A cooperation agreement signed -> SIGNS, COOP optional. The seat given through the nominal المعهد -> LOCATED optional. Kuwait nested in both names is no separate mention."),
# 9
("ووقّع وزير الطاقة والمعادن العُماني المهندس [[aufi|سالم بن ناصر العوفي]]، في [[tokyo|طوكيو]]، مع الرئيس التنفيذي لشركة [[jera|جيرا]] اليابانية [[okuda|هيساهيدي أوكودا]] اتفاقية تشتري بموجبها [[jera|جيرا]] 800 ألف طن سنوياً من الغاز الطبيعي المسال من [[olng|الشركة العُمانية للغاز الطبيعي المسال]] لمدة عشر سنوات.",
 {"aufi": "PERSON//Salim bin Nasser Al Aufi", "tokyo": "LOCATION/city/Tokyo", "jera": "ORGANIZATION/company/JERA", "okuda": "PERSON//Hisahide Okuda", "olng": "ORGANIZATION/company/Oman LNG"},
 ["SIGNS_AGREEMENT aufi > jera,okuda", "PURCHASE jera > olng", "AFFILIATED_WITH okuda > jera", "?SIGNS_AGREEMENT olng > jera", "?VISITS aufi > tokyo"],
 "وقّع ... مع with the place and the partner between verb and object. An agreement under which one side buys (تشتري بموجبها) -> PURCHASE JERA -> Oman LNG; the seller is not said to sign -> SIGNS with it optional. Oman is only a nisba -> no AFFIL for the minister. The company's official Arabic name carries its adjective (kept whole). Signing in Tokyo -> VISITS optional."),
# 10
("وأعلنت [[aramco|أرامكو السعودية]] إتمام صفقة شراء حصة 10% في شركة [[horse|هورس باورترين]] لتقنيات المحركات من مجموعتي [[renault|رينو]] الفرنسية و[[geely|جيلي]] الصينية، وقال النائب التنفيذي للرئيس للتكرير والكيميائيات والتسويق لـ«[[aramco|أرامكو]]» [[qahtani|محمد يحيى القحطاني]] إن الصفقة تعزز حضور الشركة في قطاع التنقل.",
 {"aramco": "ORGANIZATION/company/Saudi Aramco", "horse": "ORGANIZATION/company/Horse Powertrain", "renault": "ORGANIZATION/company/Renault Group", "geely": "ORGANIZATION/company/Geely", "qahtani": "PERSON//Mohammed Y. Al Qahtani"},
 ["PURCHASE aramco > renault", "PURCHASE aramco > geely", "AFFILIATED_WITH qahtani > aramco"],
 "صفقة شراء حصة في X من Y وZ -> PURCHASE buyer -> each seller; the company whose stake is bought is the thing bought. لـ«أرامكو» with tatweel and quotes: mention without them. Long role title then the name -> AFFIL. مجموعتي (dual descriptor) left out."),
# 11
("أعلن نادي [[qadsiah|القادسية]] السعودي تعاقده رسمياً مع المهاجم المكسيكي [[quinones|جوليان كينونيس]] قادماً من [[america|كلوب أمريكا]] مقابل 12 مليون دولار، بعقد يمتد ثلاثة مواسم، ليكون رابع صفقات النادي الصيفية تحت قيادة المدرب الإسباني [[michel|ميتشيل]].",
 {"qadsiah": "ORGANIZATION/sports/Al-Qadsiah FC", "quinones": "PERSON//Julián Quiñones", "america": "ORGANIZATION/sports/Club América", "michel": "PERSON//Míchel González"},
 ["SIGNS_AGREEMENT qadsiah > quinones", "PURCHASE qadsiah > america", "?JOINS quinones > qadsiah", "?AFFILIATED_WITH quinones > qadsiah", "?AFFILIATED_WITH quinones > america", "?AFFILIATED_WITH michel > qadsiah"],
 "Club contract (تعاقده مع) -> SIGNS; a fee to the former club -> PURCHASE; joining not stated with انضم/انتقل -> optional. The coach's club only through the nominal النادي -> optional. كلوب is part of Club América's Arabic name; أمريكا inside it is no country mention."),
# 12
("وأعلن مجلس إدارة نادي [[zamalek|الزمالك]] برئاسة [[labib|حسين لبيب]] إقالة المدرب البلجيكي [[ferreira|يانيك فيريرا]] من تدريب الفريق الأول لكرة القدم بعد سلسلة من النتائج السلبية، وتكليف مساعده [[raouf|أحمد عبد الرؤوف]] بقيادة الفريق مؤقتاً في مباراته المقبلة أمام [[masry|المصري البورسعيدي]].",
 {"zamalek": "ORGANIZATION/sports/Zamalek SC", "labib": "PERSON//Hussein Labib", "ferreira": "PERSON//Yanick Ferreira", "raouf": "PERSON//Ahmed Abdel Raouf", "masry": "ORGANIZATION/sports/Al Masry SC"},
 ["AFFILIATED_WITH labib > zamalek", "?AFFILIATED_WITH ferreira > zamalek", "?AFFILIATED_WITH raouf > zamalek"],
 "مجلس إدارة X برئاسة Y -> AFFIL. A sacked coach: the role has just ended -> optional; the interim coach's club only through الفريق -> optional. Sacking is no TENSION; a match (أمام) is nothing. البورسعيدي is part of the club's usual name."),
# 13
("وأعار نادي [[shabab|الشباب]] مدافعه الشاب [[harbi|نواف الحربي]] إلى [[khaleej|الخليج]] حتى نهاية الموسم الجاري، مع احتفاظه بحق استعادته في فترة الانتقالات الشتوية، ويأمل [[harbi|الحربي]] في الحصول على دقائق لعب أكثر تعيده إلى حسابات مدرب [[ksant|المنتخب السعودي]] [[renard|هيرفي رينارد]].",
 {"shabab": "ORGANIZATION/sports/Al-Shabab FC", "harbi": "PERSON//Nawaf al-Harbi (fictional)", "khaleej": "ORGANIZATION/sports/Al-Khaleej FC", "ksant": "?ORGANIZATION/sports/Saudi Arabia national football team", "renard": "PERSON//Hervé Renard"},
 ["AFFILIATED_WITH harbi > shabab", "AFFILIATED_WITH renard > ksant", "?JOINS harbi > khaleej", "?AFFILIATED_WITH harbi > khaleej"],
 "Loan stated from the lending club (أعار X لاعبه إلى Y): the move is not stated with انضم/انتقل -> JOINS optional. مدافعه (pronoun) -> AFFIL scored. Later surname-only mention. National team as team + adjective -> optional entity, coach's AFFIL kept (as written4 57). Player invented."),
# 14
("وجدّد نادي [[faisaly|الفيصلي]] الأردني عقد قائده [[khatib|عدي الخطيب]] لموسمين إضافيين، وقال رئيس [[faisaly|الفيصلي]] [[shalabi|زياد الشلبي]] إن تجديد عقد [[khatib|الخطيب]] يأتي تقديراً لعطائه مع الفريق منذ عشر سنوات، وقبل انطلاق منافسات [[league|دوري المحترفين الأردني]].",
 {"faisaly": "ORGANIZATION/sports/Al-Faisaly SC", "khatib": "PERSON//Odai al-Khatib (fictional)", "shalabi": "PERSON//Ziad al-Shalabi (fictional)", "league": "?ORGANIZATION/sports/Jordanian Pro League"},
 ["SIGNS_AGREEMENT faisaly > khatib", "AFFILIATED_WITH khatib > faisaly", "AFFILIATED_WITH shalabi > faisaly"],
 "Contract renewal (جدّد عقد) -> SIGNS club <-> player. قائده (pronoun) and رئيس X -> AFFIL. Surname-only repeat. A league as an organization is debatable -> optional entity. Persons invented."),
# 15
("وانتقل مهاجم [[iraqnt|منتخب العراق]] [[mohanad|مهند علي]] إلى [[zawraa|الزوراء]] قادماً من [[shorta|الشرطة]] في صفقة انتقال حر، ليعود إلى الفريق الذي بدأ معه مسيرته الكروية قبل أن يحترف في [[qatar|قطر]] و[[uae|الإمارات]].",
 {"iraqnt": "?ORGANIZATION/sports/Iraq national football team", "mohanad": "PERSON//Mohanad Ali", "zawraa": "ORGANIZATION/sports/Al-Zawraa SC", "shorta": "ORGANIZATION/sports/Al-Shorta SC", "qatar": "LOCATION/country/Qatar", "uae": "LOCATION/country/United Arab Emirates"},
 ["JOINS mohanad > zawraa", "AFFILIATED_WITH mohanad > iraqnt", "?AFFILIATED_WITH mohanad > zawraa", "?AFFILIATED_WITH mohanad > shorta"],
 "انتقل إلى a club is read as joining it (JOINS scored, the same as انضم إلى). A free transfer: no fee -> no PURCHASE. مهاجم منتخب X -> AFFIL (team entity optional as in written4 57). Having played in two countries gives nothing. Event partly made up."),
# 16
("ووصل رئيس الوزراء السوداني [[idris|كامل إدريس]] إلى [[cairo|القاهرة]] في أول زيارة خارجية له منذ توليه منصبه، يلتقي خلالها وزير الري والموارد المائية المصري [[sweilam|هاني سويلم]] لبحث تعزيز التعاون بين [[egypt|مصر]] و[[sudan|السودان]] في ملفات إعادة الإعمار والربط الكهربائي ومياه [[nile|النيل]].",
 {"idris": "PERSON//Kamil Idris", "cairo": "LOCATION/city/Cairo", "sweilam": "PERSON//Hani Sewilam", "egypt": "LOCATION/country/Egypt", "sudan": "LOCATION/country/Sudan", "nile": "LOCATION/water/Nile"},
 ["VISITS idris > cairo,egypt", "MEETS idris > sweilam", "AFFILIATED_WITH idris > sudan", "AFFILIATED_WITH sweilam > egypt", "COOPERATES_WITH egypt > sudan"],
 "وصل إلى + يلتقي خلالها (future meeting counts). Both nisbas with their countries named later -> AFFIL. بحث تعزيز التعاون بين X وY -> COOP. The Nile as a topic is a mention only."),
# 17
("وقضت [[court|محكمة جنايات القاهرة]] بمعاقبة رجل الأعمال [[sherbini|سامح الشربيني]]، رئيس مجلس إدارة شركة [[nilecorp|النيل للتطوير العقاري]]، بالسجن المشدد عشر سنوات، بعد أن اتهمته [[nyaba|النيابة العامة]] بالاستيلاء على قروض حصل عليها [[sherbini|الشربيني]] من [[nbe|البنك الأهلي المصري]] بضمانات وهمية.",
 {"court": "ORGANIZATION/government/Cairo Criminal Court", "sherbini": "PERSON//Sameh al-Sherbini (fictional)", "nilecorp": "ORGANIZATION/company/Nile Real Estate Development (fictional)", "nyaba": "ORGANIZATION/government/Public Prosecution (Egypt)", "nbe": "ORGANIZATION/company/National Bank of Egypt"},
 ["AFFILIATED_WITH sherbini > nilecorp", "TENSION_WITH nyaba > sherbini", "?TENSION_WITH court > sherbini", "?TENSION_WITH sherbini > nbe"],
 "Apposition X، رئيس مجلس إدارة شركة Y -> AFFIL. The prosecution's accusation (اتهمته) -> TENSION. A court's sentence is a legal act, not stated hostility -> optional; defrauding the bank is only implied as a dispute -> optional. Cairo nested in the court's name. Person and company invented."),
# 18
("[[sudan|السودان]] يرفع دعوى أمام [[icj|محكمة العدل الدولية]]، ومقرها [[hague|لاهاي]]، ضد [[uae|الإمارات]] متهماً إياها بالتواطؤ في جرائم إبادة جماعية عبر تسليح [[rsf|قوات الدعم السريع]]، فيما وصف وزير العدل السوداني [[osman|معاوية عثمان]] القضية بأنها «معركة قانونية من أجل الضحايا».",
 {"sudan": "LOCATION/country/Sudan", "icj": "ORGANIZATION/intergovernmental/International Court of Justice", "hague": "LOCATION/city/The Hague", "uae": "LOCATION/country/United Arab Emirates", "rsf": "ORGANIZATION/armed_group/Rapid Support Forces", "osman": "PERSON//Moawia Osman"},
 ["TENSION_WITH sudan > uae", "LOCATED_IN icj > hague", "AFFILIATED_WITH osman > sudan", "?TENSION_WITH sudan > rsf", "?COOPERATES_WITH uae > rsf"],
 "Subject-first headline present. رفع دعوى ضد + متهماً إياها -> TENSION. ومقرها -> LOCATED. السوداني + Sudan named -> AFFIL. Arming the RSF is the content of an accusation: support, not stated cooperation -> optional; Sudan vs the RSF only implied -> optional."),
# 19
("والتقى رئيس [[plc|مجلس القيادة الرئاسي اليمني]] [[alimi|رشاد العليمي]]، في [[riyadh|الرياض]]، السفير الأمريكي لدى [[yemen|اليمن]] [[fagin|ستيفن فاجن]]، واتهم [[alimi|العليمي]] جماعة [[houthi|أنصار الله]] الحوثية بتقويض جهود السلام واحتجاز موظفي [[un|الأمم المتحدة]]، داعياً إلى تصنيفها منظمة إرهابية.",
 {"plc": "?ORGANIZATION/government/Presidential Leadership Council (Yemen)", "alimi": "PERSON//Rashad al-Alimi", "riyadh": "LOCATION/city/Riyadh", "yemen": "LOCATION/country/Yemen", "fagin": "PERSON//Steven Fagin", "houthi": "ORGANIZATION/armed_group/Ansar Allah (Houthis)", "un": "ORGANIZATION/intergovernmental/United Nations"},
 ["MEETS alimi > fagin", "AFFILIATED_WITH alimi > plc", "TENSION_WITH alimi > houthi", "?AFFILIATED_WITH alimi > yemen", "?LOCATED_IN alimi > riyadh", "?TENSION_WITH houthi > un"],
 "التقى with the place between subject and object. Council with generic head + nisba -> optional entity, AFFIL kept; Yemen only via the adjective inside it -> optional. An ambassador TO Yemen is not affiliated with it; the US is only a nisba. اتهم -> TENSION (surname-only head). جماعة left out, الحوثية outside. Detaining UN staff is the content of the accusation -> optional."),
# 20
("ووقّع المشرف العام على [[sdrpy|البرنامج السعودي لتنمية وإعمار اليمن]] السفير [[aljaber|محمد آل جابر]] ووزير الكهرباء والطاقة اليمني [[benyamin|مانع بن يمين]]، في [[aden|عدن]]، اتفاقية لتزويد محطات التوليد بالمشتقات النفطية بقيمة 200 مليون دولار لدعم قطاع الكهرباء في [[yemen|اليمن]].",
 {"sdrpy": "ORGANIZATION/government/Saudi Development and Reconstruction Program for Yemen (SDRPY)", "aljaber": "PERSON//Mohammed Al Jaber", "benyamin": "PERSON//Mana'a bin Yamin", "aden": "LOCATION/city/Aden", "yemen": "LOCATION/country/Yemen"},
 ["SIGNS_AGREEMENT sdrpy,aljaber > benyamin,yemen", "AFFILIATED_WITH aljaber > sdrpy", "AFFILIATED_WITH benyamin > yemen", "?VISITS aljaber > aden"],
 "Coordinated signatories with roles. المشرف العام على X -> AFFIL. اليمني + Yemen named at the end -> AFFIL (Yemen inside the programme's name is no separate mention). السفير is a title; where he is ambassador is not said. Signing in Aden -> VISITS optional."),
# 21
("واستقبل رئيس الوزراء الأردني [[hassan|جعفر حسان]]، في دار رئاسة الوزراء ب[[amman|عمّان]]، المفوضة الأوروبية لشؤون المتوسط [[suica|دوبرافكا شويتسا]]، وبحثا آليات تنفيذ حزمة الدعم التي أقرها [[eu|الاتحاد الأوروبي]] ل[[jordan|لأردن]] بقيمة 3 مليارات يورو.",
 {"hassan": "PERSON//Jafar Hassan", "amman": "LOCATION/city/Amman", "suica": "PERSON//Dubravka Šuica", "eu": "ORGANIZATION/intergovernmental/European Union", "jordan": "LOCATION/country/Jordan"},
 ["MEETS hassan > suica", "AFFILIATED_WITH hassan > jordan", "AFFILIATED_WITH suica > eu", "?VISITS suica > amman,jordan", "?COOPERATES_WITH eu > jordan"],
 "استقبل + dual وبحثا. الأردني + Jordan named (للأردن -> لأردن by the article convention); المفوضة الأوروبية + EU named -> AFFIL. Received in Amman -> VISITS optional. A support package is aid, not stated cooperation -> optional."),
# 22
("وأعلن [[jfa|الاتحاد الأردني لكرة القدم]] تعاقده مع المدرب المغربي [[sellami|جمال السلامي]] لقيادة المنتخب الوطني حتى نهاية تصفيات كأس العالم 2026، خلفاً لمواطنه [[amouta|الحسين عموتة]] الذي انتقل إلى [[jazira|الجزيرة]] الإماراتي بعد قيادته [[jordan|الأردن]] إلى نهائي كأس [[asia|آسيا]].",
 {"jfa": "ORGANIZATION/sports/Jordan Football Association", "sellami": "PERSON//Jamal Sellami", "amouta": "PERSON//Hussein Ammouta", "jazira": "ORGANIZATION/sports/Al Jazira Club", "jordan": "LOCATION/country/Jordan", "asia": "?LOCATION/region/Asia"},
 ["SIGNS_AGREEMENT jfa > sellami", "JOINS amouta > jazira", "?AFFILIATED_WITH sellami > jfa", "?AFFILIATED_WITH amouta > jazira", "?AFFILIATED_WITH amouta > jordan"],
 "تعاقده مع المدرب -> SIGNS. Coaching 'the national team' (a nominal) -> AFFIL optional. A coach who moved to a club (انتقل إلى) -> JOINS as in line 15. Leading Jordan in the past -> optional. Asia inside a tournament name -> optional entity. The federation keeps its adjective (generic head)."),
# 23
("واستدعت [[mfakw|وزارة الخارجية الكويتية]] سفير [[iraq|العراق]] لدى [[kuwait|الكويت]] [[safi|المنهل الصافي]]، وسلمته مذكرة احتجاج على حكم [[fsc|المحكمة الاتحادية العليا]] العراقية بعدم دستورية اتفاقية تنظيم الملاحة البحرية في [[khor|خور عبدالله]]، مؤكدة رفضها «أي مساس بالاتفاقيات الدولية».",
 {"mfakw": "ORGANIZATION/government/Ministry of Foreign Affairs of Kuwait", "iraq": "LOCATION/country/Iraq", "kuwait": "LOCATION/country/Kuwait", "safi": "PERSON//Al-Manhal al-Safi", "fsc": "ORGANIZATION/government/Federal Supreme Court of Iraq", "khor": "LOCATION/water/Khor Abdullah"},
 ["TENSION_WITH mfakw,kuwait > safi,iraq", "TENSION_WITH mfakw,kuwait > fsc", "AFFILIATED_WITH safi > iraq", "?LOCATED_IN safi > kuwait"],
 "Summoning a named ambassador and a protest note -> TENSION (ministry or Kuwait vs the envoy or Iraq); the protest is against a court ruling -> TENSION with the court (criticism of a party's decision). سفير X لدى Y -> AFFIL with X only; being accredited to Kuwait (a country and its capital's name) -> LOCATED optional. The agreement's parties are not named."),
# 24
("ووقّع محافظ [[basra|البصرة]] [[eidani|أسعد عبد الأمير العيداني]] عقداً مع شركة [[powerchina|باور تشاينا]] الصينية لإنشاء محطة لتحلية مياه البحر بطاقة مليون متر مكعب يومياً في قضاء [[faw|الفاو]]، بكلفة تتجاوز 1.5 مليار دولار، في أكبر مشروع من نوعه في [[iraq|العراق]].",
 {"basra": "LOCATION/city/Basra", "eidani": "PERSON//Asaad al-Eidani", "powerchina": "ORGANIZATION/company/PowerChina", "faw": "LOCATION/district/Al-Faw", "iraq": "LOCATION/country/Iraq"},
 ["SIGNS_AGREEMENT eidani,basra > powerchina", "?AFFILIATED_WITH eidani > basra"],
 "A governor signs a contract for his governorate (person or Basra accepted). A governor of a province: AFFIL is to an organization or a country -> optional (as the region's president in written4 31). Place in place is no LOCATED."),
# 25
("ووقّعت [[moe|وزارة الطاقة السورية]] في [[damascus|دمشق]] مذكرة تفاهم بقيمة 7 مليارات دولار مع تحالف يضم شركة [[ucc|يو سي سي القابضة]] القطرية و[[kalyon|كاليون]] و[[cengiz|جنكيز]] التركيتين و[[power|باور إنترناشيونال]] الأمريكية، لإنشاء محطات توليد بقدرة 5000 ميغاواط، بحضور وزير الطاقة [[bashir|محمد البشير]].",
 {"moe": "ORGANIZATION/government/Ministry of Energy (Syria)", "damascus": "LOCATION/city/Damascus", "ucc": "ORGANIZATION/company/UCC Holding", "kalyon": "ORGANIZATION/company/Kalyon", "cengiz": "ORGANIZATION/company/Cengiz Holding", "power": "ORGANIZATION/company/Power International USA", "bashir": "PERSON//Mohammed al-Bashir"},
 ["SIGNS_AGREEMENT moe > ucc", "SIGNS_AGREEMENT moe > kalyon", "SIGNS_AGREEMENT moe > cengiz", "SIGNS_AGREEMENT moe > power", "AFFILIATED_WITH bashir > moe", "?COOPERATES_WITH ucc > kalyon", "?COOPERATES_WITH ucc > cengiz", "?COOPERATES_WITH ucc > power", "?SIGNS_AGREEMENT bashir > ucc"],
 "MoU with a consortium of four named companies -> SIGNS with each. وزير الطاقة with the ministry named on the line -> AFFIL with the ministry (as written4 32). Membership of one consortium implies cooperation, not stated -> optional. Presence at a signing (بحضور) -> optional. Nisbas (القطرية، التركيتين، الأمريكية) outside."),
# 26
("وخلال لقائه السفير السعودي لدى [[lebanon|لبنان]] [[bukhari|وليد بخاري]] في [[ainaltineh|عين التينة]]، أكد رئيس [[parl|مجلس النواب اللبناني]] [[berri|نبيه بري]] ضرورة انتخاب رئيس للجمهورية في أقرب وقت، مشدداً على أن «التوافق الداخلي هو المدخل الوحيد لإنقاذ البلاد».",
 {"lebanon": "LOCATION/country/Lebanon", "bukhari": "PERSON//Walid Bukhari", "ainaltineh": "LOCATION/district/Ain el-Tineh", "parl": "?ORGANIZATION/government/Parliament of Lebanon", "berri": "PERSON//Nabih Berri"},
 ["MEETS berri > bukhari", "AFFILIATED_WITH berri > parl", "?AFFILIATED_WITH berri > lebanon", "?VISITS bukhari > ainaltineh"],
 "Fronted nominal خلال لقائه X with the subject coming later (cataphoric pronoun inside the sentence -> MEETS scored). Ambassador TO Lebanon: not affiliated with it; Saudi Arabia only a nisba. Parliament with generic head + nisba -> optional entity, AFFIL kept; Lebanon through the adjective inside it -> optional."),
# 27
("[[lebanon|لبنان]] يتقدم بشكوى رسمية إلى [[unsc|مجلس الأمن الدولي]] ضد [[israel|إسرائيل]] بسبب خروقاتها المتكررة لاتفاق وقف إطلاق النار وإقامتها منشآت عسكرية داخل الأراضي اللبنانية، وفق ما أعلنته [[mfalb|وزارة الخارجية والمغتربين]] في بيان.",
 {"lebanon": "LOCATION/country/Lebanon", "unsc": "ORGANIZATION/intergovernmental/United Nations Security Council", "israel": "LOCATION/country/Israel", "mfalb": "ORGANIZATION/government/Ministry of Foreign Affairs and Emigrants (Lebanon)"},
 ["TENSION_WITH lebanon,mfalb > israel"],
 "Subject-first headline present. A complaint against a country (شكوى ضد) -> TENSION (the ministry that announced it accepted as head). Complaining to the Council is no relation with it. A bare ministry is an organization."),
# 28
("ووقّع رئيس الوزراء الفلسطيني [[mustafa|محمد مصطفى]] والمدير القطري ل[[wb|لبنك الدولي]] [[emblad|ستيفان إمبلاد]]، في [[ramallah|رام الله]]، اتفاقية منحة بقيمة 30 مليون دولار لدعم موازنة دولة [[palestine|فلسطين]] وإصلاح قطاع المياه في [[westbank|الضفة الغربية]].",
 {"mustafa": "PERSON//Mohammad Mustafa", "wb": "ORGANIZATION/intergovernmental/World Bank", "emblad": "PERSON//Stefan Emblad", "ramallah": "LOCATION/city/Ramallah", "palestine": "LOCATION/country/Palestine", "westbank": "LOCATION/region/West Bank"},
 ["SIGNS_AGREEMENT mustafa,palestine > emblad,wb", "AFFILIATED_WITH mustafa > palestine", "AFFILIATED_WITH emblad > wb", "?VISITS emblad > ramallah"],
 "Coordinated signatories (persons or what they sign for accepted). للبنك -> لبنك by the article convention. الفلسطيني + Palestine named (دولة left out) -> AFFIL. Signing in Ramallah -> the visitor's VISITS optional."),
# 29
("وأطلقت [[prcs|جمعية الهلال الأحمر الفلسطيني]]، بالتنسيق مع [[icrc|اللجنة الدولية للصليب الأحمر]]، حملة لإعادة لمّ شمل عائلات المعتقلين المفرج عنهم في [[gaza|قطاع غزة]]، وفق ما أعلنه رئيس الجمعية [[khatib|يونس الخطيب]].",
 {"prcs": "ORGANIZATION/ngo/Palestine Red Crescent Society", "icrc": "ORGANIZATION/ngo/International Committee of the Red Cross", "gaza": "?LOCATION/region/Gaza Strip", "khatib": "PERSON//Younis al-Khatib"},
 ["COOPERATES_WITH prcs > icrc", "?AFFILIATED_WITH khatib > prcs"],
 "بالتنسيق مع set off by commas -> COOP. رئيس الجمعية: the society only through a nominal -> AFFIL optional. جمعية kept (the remainder is used alone too, but the society's own name has it); قطاع غزة optional as in the conventions."),
# 30
("مجموعة [[stc|إس تي سي]] توقع اتفاقية ملزمة تبيع بموجبها 51% من شركة [[tawal|توال]] لأبراج الاتصالات إلى [[pif|صندوق الاستثمارات العامة]] مقابل 8.7 مليار ريال، وقال الرئيس التنفيذي للمجموعة [[wetaid|عليان الوتيد]] إن الصفقة تتيح لها التركيز على أعمالها الأساسية.",
 {"stc": "ORGANIZATION/company/stc Group", "tawal": "ORGANIZATION/company/TAWAL", "pif": "ORGANIZATION/government/Public Investment Fund", "wetaid": "PERSON//Olayan Alwetaid"},
 ["SIGNS_AGREEMENT stc > pif", "PURCHASE pif > stc", "?AFFILIATED_WITH wetaid > stc"],
 "Subject-first headline. A sale stated from the seller's side (تبيع ... إلى Y) -> PURCHASE Y -> seller; the towers company is the thing sold; a binding agreement signed -> SIGNS. الرئيس التنفيذي للمجموعة: nominal -> AFFIL optional. مجموعة and شركة left out."),
# 31
("وبدأت [[duqm|مصفاة الدقم]]، المشروع المشترك بين [[oq|أوكيو]] العُمانية و[[kpi|شركة البترول الكويتية العالمية]]، تصدير أولى شحناتها من الديزل ووقود الطائرات إلى أسواق [[europe|أوروبا]] و[[asia|آسيا]]، وفق ما أعلنه رئيسها التنفيذي [[amri|صالح بن علي العامري]].",
 {"duqm": "?ORGANIZATION/company/Duqm Refinery", "oq": "ORGANIZATION/company/OQ", "kpi": "?ORGANIZATION/company/Kuwait Petroleum International", "europe": "LOCATION/region/Europe", "asia": "LOCATION/region/Asia", "amri": "PERSON//Saleh bin Ali al-Amri (fictional)"},
 ["COOPERATES_WITH oq > kpi", "AFFILIATED_WITH amri > duqm", "?AFFILIATED_WITH amri > oq", "?AFFILIATED_WITH amri > kpi"],
 "Apposition المشروع المشترك بين X وY -> COOP. The refinery is both a plant and the company that runs it -> optional entity, its CEO's AFFIL kept (رئيسها: pronoun). شركة kept in KPI's name (the remainder is no name alone), optional as شركة نفط الجنوب. The CEO's name is invented."),
# 32
("واجتمع سعادة الدكتور [[khulaifi|محمد بن عبدالعزيز بن صالح الخليفي]] وزير الدولة ب[[mofa|وزارة الخارجية]]، في [[doha|الدوحة]] اليوم، مع [[lamamra|رمطان لعمامرة]] المبعوث الشخصي للأمين العام ل[[un|لأمم المتحدة]] إلى [[sudan|السودان]]، وجرى خلال الاجتماع استعراض جهود وقف إطلاق النار في [[sudan|السودان]].",
 {"khulaifi": "PERSON//Mohammed bin Abdulaziz Al-Khulaifi", "mofa": "ORGANIZATION/government/Ministry of Foreign Affairs (Qatar)", "doha": "LOCATION/city/Doha", "lamamra": "PERSON//Ramtane Lamamra", "un": "ORGANIZATION/intergovernmental/United Nations", "sudan": "LOCATION/country/Sudan"},
 ["MEETS khulaifi > lamamra", "AFFILIATED_WITH khulaifi > mofa", "AFFILIATED_WITH lamamra > un", "?VISITS lamamra > doha"],
 "QNA اجتمع ... مع. Role after the name (X وزير الدولة بوزارة الخارجية; X المبعوث الشخصي للأمين العام للأمم المتحدة) -> AFFIL; an envoy OF the UN is affiliated with it, an envoy TO Sudan is not with Sudan. Met in Doha -> VISITS optional."),
# 33
("وتحت رعاية صاحب السمو الشيخ الدكتور [[qasimi|سلطان بن محمد القاسمي]]، انطلقت في [[expo|مركز إكسبو الشارقة]] فعاليات الدورة الرابعة والأربعين من معرض الكتاب، بمشاركة أكثر من 2300 ناشر من 118 دولة، تتقدمها [[greece|اليونان]] بصفتها ضيف شرف الدورة.",
 {"qasimi": "PERSON//Sultan bin Muhammad Al-Qasimi", "expo": "LOCATION/facility/Expo Centre Sharjah", "greece": "LOCATION/country/Greece"},
 [],
 "NO RELATION: patronage (تحت رعاية) relates the patron to an event, not to a named party; a guest of honour country is no relation. The ruler is given no role. Sharjah nested in the venue's name."),
# 34
("ووقّع الرئيس التنفيذي ل[[sfd|لصندوق السعودي للتنمية]] [[marshad|سلطان بن عبدالرحمن المرشد]] ووزير المالية السوري [[barnieh|محمد يسر برنية]]، في [[riyadh|الرياض]]، اتفاقية لتمويل إعادة تأهيل محطات الكهرباء في [[syria|سوريا]] بقيمة 250 مليون دولار.",
 {"sfd": "ORGANIZATION/government/Saudi Fund for Development", "marshad": "PERSON//Sultan bin Abdulrahman Al-Marshad", "barnieh": "PERSON//Mohammed Yisr Barnieh", "riyadh": "LOCATION/city/Riyadh", "syria": "LOCATION/country/Syria"},
 ["SIGNS_AGREEMENT sfd,marshad > barnieh,syria", "AFFILIATED_WITH marshad > sfd", "AFFILIATED_WITH barnieh > syria", "?VISITS barnieh > riyadh"],
 "Coordinated signatories with roles. للصندوق -> لصندوق (article convention). السوري + Syria named -> AFFIL. Signing in Riyadh -> the guest's VISITS optional. وزير التخطيط-like titles are no cues."),
# 35
("وفرضت [[treasury|وزارة الخزانة الأمريكية]] عقوبات على [[algoney|القوني حمدان دقلو]]، مسؤول المشتريات في [[rsf|قوات الدعم السريع]]، وعلى شركة [[tradive|تراديف للتجارة العامة]]، ومقرها [[uae|الإمارات]]، متهمة إياهما بتزويد القوات بالأسلحة والمعدات العسكرية.",
 {"treasury": "ORGANIZATION/government/United States Department of the Treasury", "algoney": "PERSON//Algoney Hamdan Dagalo", "rsf": "ORGANIZATION/armed_group/Rapid Support Forces", "tradive": "ORGANIZATION/company/Tradive General Trading", "uae": "LOCATION/country/United Arab Emirates"},
 ["TENSION_WITH treasury > algoney", "TENSION_WITH treasury > tradive", "AFFILIATED_WITH algoney > rsf", "LOCATED_IN tradive > uae", "?COOPERATES_WITH tradive > rsf", "?TENSION_WITH treasury > rsf"],
 "Sanctions imposed + accusation -> TENSION with each target. Apposition مسؤول المشتريات في X -> AFFIL. ومقرها -> LOCATED. Supplying 'the forces' (nominal) is the accusation's content -> COOP optional; sanctions on the RSF itself not stated -> optional. The ministry keeps its adjective."),
# 36
("وشهدت منطقة [[rabieh|الرابية]] في [[amman|عمّان]] وقفة احتجاجية نظمتها فعاليات شعبية ونقابية قرب مقر السفارة الإسرائيلية، للمطالبة بإلغاء اتفاقية [[araba|وادي عربة]] ووقف كل أشكال التطبيع، وسط انتشار أمني كثيف.",
 {"rabieh": "LOCATION/district/Rabieh", "amman": "LOCATION/city/Amman", "araba": "?LOCATION/region/Wadi Araba"},
 [],
 "NO RELATION: unnamed protesters; Israel only as a nisba of the embassy; district in city is place in place. A place inside a treaty's name -> optional entity (as names inside event names)."),
# 37
("وادعى المحقق العدلي في قضية انفجار [[port|مرفأ بيروت]] القاضي [[bitar|طارق البيطار]] على المدير العام السابق ل[[gs|لأمن العام]] اللواء [[ibrahim|عباس إبراهيم]] بتهمة الإهمال والتقصير، وحدد [[bitar|البيطار]] موعداً لاستجوابه الشهر المقبل، في خطوة انتقدها عدد من النواب.",
 {"port": "LOCATION/facility/Port of Beirut", "bitar": "PERSON//Tarek Bitar", "gs": "ORGANIZATION/government/General Directorate of General Security (Lebanon)", "ibrahim": "PERSON//Abbas Ibrahim"},
 ["TENSION_WITH bitar > ibrahim", "?AFFILIATED_WITH ibrahim > gs"],
 "A judge's charge (ادعى على ... بتهمة) is an accusation -> TENSION. A past role (السابق) -> optional. للأمن -> لأمن (article convention). Unnamed MPs' criticism gives nothing. Titles القاضي / اللواء outside; Beirut nested in the port's name."),
# 38
("وتقدم نادي [[ismaily|الإسماعيلي]] بشكوى رسمية إلى [[fifa|الاتحاد الدولي لكرة القدم]] ([[fifa|فيفا]]) ضد لاعبه السابق [[mekky|عمرو مكي]]، متهماً إياه بفسخ عقده من طرف واحد والانتقال إلى [[ittihad|الاتحاد]] الليبي دون الحصول على شهادة الاستغناء الدولية.",
 {"ismaily": "ORGANIZATION/sports/Ismaily SC", "fifa": "ORGANIZATION/sports/FIFA", "mekky": "PERSON//Amr Mekky (fictional)", "ittihad": "ORGANIZATION/sports/Al-Ittihad (Tripoli)"},
 ["TENSION_WITH ismaily > mekky", "?AFFILIATED_WITH mekky > ismaily", "?JOINS mekky > ittihad"],
 "شكوى ضد + متهماً إياه -> TENSION. His former club (لاعبه السابق) -> optional. The move to the Libyan club is the content of the accusation -> JOINS optional. الاتحاد (the club) also sits inside FIFA's Arabic name, which is a separate mention. Player invented."),
# 39
("ونفّذ [[ksrelief|مركز الملك سلمان للإغاثة والأعمال الإنسانية]]، بالشراكة مع [[wfp|برنامج الأغذية العالمي]]، مشروعاً لتوزيع 12 ألف سلة غذائية على الأسر النازحة في محافظة [[marib|مأرب]]، وفق ما أعلنه مساعد المشرف العام على المركز [[baiz|أحمد بن علي البيز]].",
 {"ksrelief": "ORGANIZATION/government/KSrelief", "wfp": "ORGANIZATION/intergovernmental/World Food Programme", "marib": "LOCATION/region/Marib Governorate", "baiz": "PERSON//Ahmed bin Ali Al-Baiz"},
 ["COOPERATES_WITH ksrelief > wfp", "?AFFILIATED_WITH baiz > ksrelief"],
 "بالشراكة مع -> COOP. The official's body only through the nominal المركز -> AFFIL optional. محافظة left out. The king's name nested in the centre's name is no person mention."),
# 40
("واختتمت [[rao|القوات البرية السلطانية العُمانية]] و[[ia|الجيش الهندي]] تمريناً عسكرياً مشتركاً استمر أسبوعين في محافظة [[dhofar|ظفار]]، بحضور قائد القوات البرية اللواء الركن [[balushi|مطر بن سالم البلوشي]] وعدد من كبار الضباط من البلدين.",
 {"rao": "ORGANIZATION/military/Royal Army of Oman", "ia": "ORGANIZATION/military/Indian Army", "dhofar": "LOCATION/region/Dhofar Governorate", "balushi": "PERSON//Matar bin Salim al-Balushi"},
 ["COOPERATES_WITH rao > ia", "?AFFILIATED_WITH balushi > rao"],
 "A joint exercise of two named forces (coordinated subject) -> COOP. Army names keep their adjectives. قائد القوات البرية is a shortened nominal form of the army's name -> AFFIL optional. محافظة left out."),
# 41
("وانضم المهاجم الدولي الفلسطيني [[dabbagh|عدي الدباغ]] إلى [[aberdeen|أبردين]] الإسكتلندي قادماً من [[charleroi|شارلروا]] البلجيكي بعقد يمتد ثلاث سنوات، ليصبح أول لاعب فلسطيني يخوض منافسات [[spl|الدوري الإسكتلندي الممتاز]].",
 {"dabbagh": "PERSON//Oday Dabbagh", "aberdeen": "ORGANIZATION/sports/Aberdeen FC", "charleroi": "ORGANIZATION/sports/R. Charleroi S.C.", "spl": "?ORGANIZATION/sports/Scottish Premiership"},
 ["JOINS dabbagh > aberdeen", "?SIGNS_AGREEMENT aberdeen > dabbagh", "?AFFILIATED_WITH dabbagh > aberdeen", "?AFFILIATED_WITH dabbagh > charleroi"],
 "انضم إلى -> JOINS; a contract only mentioned (بعقد) -> SIGNS optional (as written4 58); no fee -> no PURCHASE. Aberdeen and Charleroi are the clubs (nisbas). Nationality without a role gives nothing. League optional."),
# 42
("وانضمت [[palestine|فلسطين]] رسمياً إلى [[uic|الاتحاد الدولي للسكك الحديدية]] بصفة عضو منتسب، وفق ما أعلنه وزير النقل والمواصلات الفلسطيني [[zorob|طارق زعرب]]، مؤكداً أن الخطوة تمهد لإحياء خط سكة حديد [[hejaz|الحجاز]].",
 {"palestine": "LOCATION/country/Palestine", "uic": "ORGANIZATION/intergovernmental/International Union of Railways (UIC)", "zorob": "PERSON//Tariq Zorob", "hejaz": "?LOCATION/region/Hejaz"},
 ["JOINS palestine > uic", "AFFILIATED_WITH zorob > palestine"],
 "انضمت إلى -> JOINS (associate membership is still joining). الفلسطيني + Palestine named -> AFFIL. Hejaz inside a railway's name -> optional entity."),
# 43
("وانضمت [[squ|جامعة السلطان قابوس]] إلى [[eua|رابطة الجامعات الأوروبية]]، التي تتخذ من [[brussels|بروكسل]] مقراً لها، بصفة عضو مشارك، لتكون أول جامعة خليجية تحصل على هذه العضوية، في خطوة قالت إنها تعزز فرص التبادل الأكاديمي مع الجامعات الأوروبية.",
 {"squ": "ORGANIZATION/education/Sultan Qaboos University", "eua": "ORGANIZATION/education/European University Association", "brussels": "LOCATION/city/Brussels"},
 ["JOINS squ > eua", "LOCATED_IN eua > brussels"],
 "انضمت إلى -> JOINS; relative clause تتخذ من X مقراً -> LOCATED. رابطة kept (the remainder is no name alone). Unnamed European universities give nothing. Event partly made up."),
# 44
("وأعلن [[hikma|تيار الحكمة الوطني]] بزعامة [[hakim|عمار الحكيم]] انضمامه إلى [[ied|ائتلاف الإعمار والتنمية]] لخوض الانتخابات التشريعية المقبلة في [[iraq|العراق]]، في خطوة قال [[hakim|الحكيم]] إنها تهدف إلى «توحيد قوى الاعتدال وتجاوز الانقسامات».",
 {"hikma": "ORGANIZATION/party/National Wisdom Movement", "hakim": "PERSON//Ammar al-Hakim", "ied": "ORGANIZATION/party/Reconstruction and Development Coalition", "iraq": "LOCATION/country/Iraq"},
 ["JOINS hikma > ied", "AFFILIATED_WITH hakim > hikma"],
 "Nominal انضمامه إلى after أعلن -> JOINS. بزعامة X -> AFFIL. تيار and ائتلاف kept (the remainders are not used as names alone). Elections in a country give nothing. Event made up."),
# 45
("ووقّع المهاجم الأردني [[naimat|يزن النعيمات]] على عقد انضمامه إلى [[arabi|العربي]] القطري لمدة موسمين قادماً من [[ahli|الأهلي]] القطري، في صفقة قُدّرت قيمتها بمليوني دولار، ليصبح ثالث لاعب أردني في صفوف النادي.",
 {"naimat": "PERSON//Yazan Al-Naimat", "arabi": "ORGANIZATION/sports/Al-Arabi SC (Qatar)", "ahli": "ORGANIZATION/sports/Al-Ahli SC (Qatar)"},
 ["JOINS naimat > arabi", "SIGNS_AGREEMENT naimat > arabi", "PURCHASE arabi > ahli", "?AFFILIATED_WITH naimat > arabi", "?AFFILIATED_WITH naimat > ahli"],
 "وقّع على عقد انضمامه إلى -> SIGNS and JOINS; a fee (صفقة قُدّرت قيمتها) -> PURCHASE club -> former club (written4 57). Nationality alone gives nothing."),
# 46
("وانضمت [[splmn|الحركة الشعبية لتحرير السودان-شمال]] بقيادة [[hilu|عبد العزيز الحلو]] إلى تحالف [[tasis|تأسيس]] الذي تقوده [[rsf|قوات الدعم السريع]]، في خطوة نددت بها [[saf|القوات المسلحة السودانية]] ووصفتها بأنها «تحالف مع الميليشيا».",
 {"splmn": "ORGANIZATION/movement/SPLM-North", "hilu": "PERSON//Abdelaziz al-Hilu", "tasis": "ORGANIZATION/movement/Sudan Founding Alliance (Tasis)", "rsf": "ORGANIZATION/armed_group/Rapid Support Forces", "saf": "ORGANIZATION/military/Sudanese Armed Forces"},
 ["JOINS splmn > tasis", "AFFILIATED_WITH hilu > splmn", "TENSION_WITH saf > splmn", "?COOPERATES_WITH splmn > rsf", "?TENSION_WITH saf > rsf"],
 "انضمت إلى -> JOINS (تحالف left out as a descriptor). بقيادة X -> AFFIL. Condemning the step (نددت بها) is criticism of a party's act -> TENSION. Allying with the RSF through the alliance is implied -> optional; the army vs the RSF only implied -> optional. حركة kept (the remainder is no name alone)."),
# 47
("وتعتزم [[ewec|شركة مياه وكهرباء الإمارات]] توقيع اتفاقية لشراء الطاقة مع [[masdar|مصدر]] خلال الربع الأول من العام المقبل، لتطوير مشروع يجمع بين الطاقة الشمسية وتخزين البطاريات في [[abudhabi|أبوظبي]]، بحسب ما أعلنه رئيسها التنفيذي [[alali|عثمان آل علي]].",
 {"ewec": "ORGANIZATION/company/Emirates Water and Electricity Company (EWEC)", "masdar": "ORGANIZATION/company/Masdar", "abudhabi": "LOCATION/city/Abu Dhabi", "alali": "PERSON//Othman Al Ali"},
 ["PLANS_AGREEMENT ewec > masdar", "AFFILIATED_WITH alali > ewec", "?PURCHASE ewec > masdar"],
 "تعتزم توقيع اتفاقية مع -> PLANS; a planned power purchase -> PURCHASE optional. رئيسها التنفيذي (pronoun) -> AFFIL. شركة kept: its Arabic name is not used without it. A project in a city gives no LOCATED."),
# 48
("ومن المقرر أن يوقّع [[jordan|الأردن]] و[[iraq|العراق]] خلال اجتماعات اللجنة العليا المشتركة الشهر المقبل اتفاقية إطارية لمد أنبوب النفط من [[basra|البصرة]] إلى [[aqaba|العقبة]]، وفق ما أعلنه وزير الطاقة والثروة المعدنية الأردني [[kharabsheh|صالح الخرابشة]].",
 {"jordan": "LOCATION/country/Jordan", "iraq": "LOCATION/country/Iraq", "basra": "LOCATION/city/Basra", "aqaba": "LOCATION/city/Aqaba", "kharabsheh": "PERSON//Saleh al-Kharabsheh"},
 ["PLANS_AGREEMENT jordan > iraq", "AFFILIATED_WITH kharabsheh > jordan"],
 "من المقرر أن يوقّع X وY -> PLANS. الأردني + Jordan named -> AFFIL. A pipeline from one city to another relates no parties."),
# 49
("ويعتزم [[kfa|الاتحاد الكويتي لكرة القدم]] توقيع اتفاقية تعاون فني مع [[laliga|رابطة الدوري الإسباني]] لتطوير المسابقات المحلية والتحكيم، وفق ما صرح به رئيس [[kfa|الاتحاد الكويتي]] الشيخ [[yousef|أحمد اليوسف]] عقب عودته من [[madrid|مدريد]].",
 {"kfa": "ORGANIZATION/sports/Kuwait Football Association", "laliga": "ORGANIZATION/sports/LaLiga", "yousef": "PERSON//Ahmad Al-Yousef", "madrid": "LOCATION/city/Madrid"},
 ["PLANS_AGREEMENT kfa > laliga", "AFFILIATED_WITH yousef > kfa", "?VISITS yousef > madrid"],
 "يعتزم توقيع اتفاقية تعاون -> PLANS only (a planned cooperation agreement is no COOP). A shortened second name of the federation. Returning from Madrid implies a visit there -> optional."),
# 50
("وتنوي [[gulfair|طيران الخليج]]، الناقل الوطني لمملكة [[bahrain|البحرين]]، إبرام اتفاق مع [[boeing|بوينغ]] لشراء 12 طائرة إضافية من طراز 787 دريملاينر، وفق ما أعلنه رئيس مجلس إدارتها [[taqi|خالد حسين تقي]]، في إطار خطة لتحديث الأسطول بحلول 2030.",
 {"gulfair": "ORGANIZATION/company/Gulf Air", "bahrain": "LOCATION/country/Bahrain", "boeing": "ORGANIZATION/company/Boeing", "taqi": "PERSON//Khalid Hussain Taqi"},
 ["PLANS_AGREEMENT gulfair > boeing", "AFFILIATED_WITH taqi > gulfair", "?PURCHASE gulfair > boeing", "?LOCATED_IN gulfair > bahrain"],
 "تنوي إبرام اتفاق مع -> PLANS; intended purchase -> optional. رئيس مجلس إدارتها (pronoun) -> AFFIL. 'National carrier of Bahrain' says where it belongs, not where it sits -> LOCATED optional. مملكة left out."),
# 51
("ووصل الأمين العام ل[[gcc|مجلس التعاون لدول الخليج العربية]] [[budaiwi|جاسم محمد البديوي]] إلى [[baghdad|بغداد]] في زيارة رسمية يلتقي خلالها رئيس الجمهورية العراقية [[rashid|عبد اللطيف جمال رشيد]]، لبحث مشروع الربط الكهربائي بين دول المجلس و[[iraq|العراق]].",
 {"gcc": "ORGANIZATION/intergovernmental/Gulf Cooperation Council", "budaiwi": "PERSON//Jasem Mohamed Albudaiwi", "baghdad": "LOCATION/city/Baghdad", "rashid": "PERSON//Abdul Latif Rashid", "iraq": "LOCATION/country/Iraq"},
 ["VISITS budaiwi > baghdad,iraq", "MEETS budaiwi > rashid", "AFFILIATED_WITH budaiwi > gcc", "AFFILIATED_WITH rashid > iraq"],
 "وصل إلى + يلتقي خلالها. الأمين العام لـ X -> AFFIL; رئيس الجمهورية العراقية + Iraq named -> AFFIL. التعاون inside the GCC's name is no cue; an interconnection project is no stated cooperation ('the Council's states' is a nominal)."),
# 52
("ويبدأ سمو الأمير [[hussein|الحسين بن عبدالله الثاني]] ولي العهد غداً زيارة عمل إلى [[japan|اليابان]] تستمر ثلاثة أيام، يزور خلالها [[osaka|أوساكا]] حيث يفتتح اليوم الوطني الأردني في معرض إكسبو، ويلتقي ولي العهد الياباني الأمير [[akishino|أكيشينو]] في [[tokyo|طوكيو]].",
 {"hussein": "PERSON//Crown Prince Hussein bin Abdullah", "japan": "LOCATION/country/Japan", "osaka": "LOCATION/city/Osaka", "akishino": "PERSON//Crown Prince Akishino", "tokyo": "LOCATION/city/Tokyo"},
 ["VISITS hussein > japan", "VISITS hussein > osaka", "MEETS hussein > akishino", "AFFILIATED_WITH akishino > japan", "?VISITS hussein > tokyo"],
 "Future visit (يبدأ غداً زيارة إلى) and يزور خلالها -> two VISITS; meeting planned -> MEETS. ولي العهد الياباني + Japan named -> AFFIL. Meeting in Tokyo -> VISITS optional. Jordan only as a nisba -> no AFFIL for Hussein; his father's name nested in his is no mention."),
# 53
("واختتم وزير الصناعة والثروة المعدنية السعودي [[khorayef|بندر الخريّف]] جولة آسيوية شملت [[skorea|كوريا الجنوبية]] و[[singapore|سنغافورة]] و[[vietnam|فيتنام]]، بحث خلالها مع مسؤولين حكوميين ورؤساء شركات فرص الاستثمار في قطاع التعدين ب[[ksa|السعودية]].",
 {"khorayef": "PERSON//Bandar Alkhorayef", "skorea": "LOCATION/country/South Korea", "singapore": "LOCATION/country/Singapore", "vietnam": "LOCATION/country/Vietnam", "ksa": "LOCATION/country/Saudi Arabia"},
 ["VISITS khorayef > skorea", "VISITS khorayef > singapore", "VISITS khorayef > vietnam", "AFFILIATED_WITH khorayef > ksa"],
 "جولة شملت three countries -> three VISITS. السعودي + بالسعودية (clitic) -> AFFIL. Talks with unnamed officials give no MEETS."),
# 54
("ويزور وزير الخارجية البحريني [[zayani|عبداللطيف بن راشد الزياني]] [[damascus|دمشق]] الأسبوع المقبل في أول زيارة لمسؤول بحريني رفيع منذ سنوات، ومن المنتظر أن يوقّع خلالها مع وزير الاقتصاد والصناعة السوري [[shaar|محمد نضال الشعار]] اتفاقية لتجنب الازدواج الضريبي بين [[bahrain|البحرين]] و[[syria|سوريا]].",
 {"zayani": "PERSON//Abdullatif bin Rashid Al Zayani", "damascus": "LOCATION/city/Damascus", "shaar": "PERSON//Mohammad Nidal al-Shaar", "bahrain": "LOCATION/country/Bahrain", "syria": "LOCATION/country/Syria"},
 ["VISITS zayani > damascus,syria", "PLANS_AGREEMENT zayani,bahrain > shaar,syria", "AFFILIATED_WITH zayani > bahrain", "AFFILIATED_WITH shaar > syria", "?MEETS zayani > shaar"],
 "Future (يزور) -> VISITS. من المنتظر أن يوقّع مع -> PLANS (persons or their countries accepted). Both nisbas with their countries named -> AFFIL. A meeting is implied by the signing but not stated -> optional."),
# 55
("ووصل رئيس مجلس الوزراء اللبناني [[salam|نواف سلام]] إلى [[muscat|مسقط]] في زيارة رسمية، استقبله خلالها السلطان [[haitham|هيثم بن طارق]] في [[alam|قصر العلم]]، وبحثا سبل تعزيز التعاون بين سلطنة [[oman|عُمان]] و[[lebanon|لبنان]] في مجالات الطاقة والاستثمار.",
 {"salam": "PERSON//Nawaf Salam", "muscat": "LOCATION/city/Muscat", "haitham": "PERSON//Haitham bin Tariq", "alam": "LOCATION/facility/Al Alam Palace", "oman": "LOCATION/country/Oman", "lebanon": "LOCATION/country/Lebanon"},
 ["VISITS salam > muscat,oman", "MEETS salam > haitham", "AFFILIATED_WITH salam > lebanon", "COOPERATES_WITH oman > lebanon", "?AFFILIATED_WITH haitham > oman", "?VISITS salam > alam"],
 "وصل إلى + استقبله خلالها + dual وبحثا. اللبناني + Lebanon named -> AFFIL; السلطان without a nisba -> optional. تعزيز التعاون بين X وY -> COOP. سلطنة left out; عُمان with its damma."),
# 56
("واتهم المتحدث باسم [[krg|حكومة إقليم كردستان]] [[hawramani|بيشوا هوراماني]] [[mof|وزارة المالية الاتحادية]] في [[baghdad|بغداد]] بـ«تسييس» ملف رواتب موظفي الإقليم، بعد أن أوقفت الوزارة تمويلها للشهر الثالث على التوالي.",
 {"krg": "ORGANIZATION/government/Kurdistan Regional Government", "hawramani": "PERSON//Peshawa Hawramani", "mof": "ORGANIZATION/government/Federal Ministry of Finance (Iraq)", "baghdad": "LOCATION/city/Baghdad"},
 ["AFFILIATED_WITH hawramani > krg", "TENSION_WITH hawramani,krg > mof", "LOCATED_IN mof > baghdad"],
 "المتحدث باسم X -> AFFIL; اتهم -> TENSION (spokesman or his government). An organization 'in' a city -> LOCATED. إقليم stays inside the KRG's name (the remainder is no name for the government)."),
# 57
("وأدانت [[mfasy|وزارة الخارجية والمغتربين السورية]] التوغل الإسرائيلي في ريف [[quneitra|القنيطرة]]، واعتبرته «انتهاكاً صارخاً» لاتفاقية فك الاشتباك لعام 1974، مطالبة [[unsc|مجلس الأمن]] بإلزام [[israel|إسرائيل]] بالانسحاب الفوري من الأراضي السورية.",
 {"mfasy": "ORGANIZATION/government/Ministry of Foreign Affairs and Expatriates (Syria)", "quneitra": "LOCATION/region/Quneitra", "unsc": "ORGANIZATION/intergovernmental/United Nations Security Council", "israel": "LOCATION/country/Israel"},
 ["TENSION_WITH mfasy > israel"],
 "أدانت + 'a flagrant violation', with Israel named later -> TENSION. Asking the Council to act gives no relation with it. ريف left out; the 1974 agreement's parties are not named."),
# 58
("ونفى رجل الأعمال المصري [[sawiris|نجيب ساويرس]] صحة ما تداولته مواقع إخبارية عن لقائه ب[[hisham|هشام طلعت مصطفى]] لبحث شراء حصة في مشروع [[hekma|رأس الحكمة]]، مؤكداً أنه «لم يلتق أحداً ولم يتفاوض على أي صفقة».",
 {"sawiris": "PERSON//Naguib Sawiris", "hisham": "PERSON//Hisham Talaat Moustafa", "hekma": "?LOCATION/region/Ras El Hekma"},
 [],
 "NO RELATION (denied): نفى ... لقائه and «لم يلتق» -> no MEETS; the stake talks are denied too -> no PURCHASE. No roles. A place inside a project's name -> optional entity."),
# 59
("وأعلنت [[zapres|الرئاسة الجنوب أفريقية]] تأجيل زيارة كانت مقررة للرئيس [[ramaphosa|سيريل رامافوزا]] إلى [[kuwait|الكويت]] الأسبوع المقبل، من دون أن تحدد موعداً جديداً لها، مكتفية بالإشارة إلى «ارتباطات طارئة».",
 {"zapres": "?ORGANIZATION/government/Presidency of South Africa", "ramaphosa": "PERSON//Cyril Ramaphosa", "kuwait": "LOCATION/country/Kuwait"},
 [],
 "NO RELATION: a postponed visit with no new date is no VISITS (as ألغى زيارته). الرئيس without a nisba; the presidency phrase (generic head + nisba) -> optional entity."),
# 60
("وأكد وزير النفط [[roumi|طارق الرومي]] أن [[kpc|مؤسسة البترول الكويتية]] لن توقّع أي عقد جديد مع [[shell|شل]] قبل انتهاء المراجعة الشاملة لعقود الخدمات الفنية، نافياً ما تردد عن مفاوضات متقدمة بين الجانبين.",
 {"roumi": "PERSON//Tariq Al-Roumi", "kpc": "ORGANIZATION/company/Kuwait Petroleum Corporation", "shell": "ORGANIZATION/company/Shell"},
 [],
 "NO RELATION (negated future): لن توقّع -> no SIGNS, and no PLANS; advanced talks denied. وزير النفط names no country or body on the line (the corporation is not his ministry) -> no AFFIL."),
# 61
("وتضم قائمة المرشحين لجائزة أفضل لاعب في [[asia|آسيا]] لعام 2025 كلاً من العراقي [[aymen|أيمن حسين]] والأردني [[tamari|موسى التعمري]] والسعودي [[dawsari|سالم الدوسري]] والقطري [[afif|أكرم عفيف]]، على أن يُعلن اسم الفائز في حفل يقام في [[riyadh|الرياض]].",
 {"asia": "LOCATION/region/Asia", "aymen": "PERSON//Aymen Hussein", "tamari": "PERSON//Musa Al-Taamari", "dawsari": "PERSON//Salem Al-Dawsari", "afif": "PERSON//Akram Afif", "riyadh": "LOCATION/city/Riyadh"},
 [],
 "NO RELATION: a list of players with nationality adjectives only (no role, no club); a ceremony in a city relates no one."),
# 62
("ويلتقي [[qadsiakw|القادسية]] و[[kuwaitsc|الكويت]] مساء الخميس على [[stadium|استاد جابر الأحمد الدولي]] في نهائي كأس سمو ولي العهد، في مواجهة تتجدد فيها المنافسة التقليدية بين «الأصفر» و«الأبيض».",
 {"qadsiakw": "ORGANIZATION/sports/Qadsia SC", "kuwaitsc": "ORGANIZATION/sports/Kuwait SC", "stadium": "?LOCATION/facility/Jaber Al-Ahmad International Stadium"},
 [],
 "NO RELATION (misleading cue): يلتقي here is a football final, not MEETS; a sporting rivalry is no TENSION. الكويت is the club here, not the country. Stadium name status unclear -> optional (as استاد القاهرة الدولي)."),
# 63
("[[elsewedy|السويدي إليكتريك]] و[[scatec|سكاتك]] النرويجية تؤسسان مشروعاً مشتركاً لإنشاء مجمع لطاقة الرياح بقدرة 1.1 غيغاواط في منطقة [[shuqeir|رأس شقير]] على ساحل [[suez|خليج السويس]]، وفق ما أعلنه الرئيس التنفيذي للمجموعة [[ahmed|أحمد السويدي]].",
 {"elsewedy": "ORGANIZATION/company/Elsewedy Electric", "scatec": "ORGANIZATION/company/Scatec", "shuqeir": "LOCATION/region/Ras Shukeir", "suez": "LOCATION/water/Gulf of Suez", "ahmed": "PERSON//Ahmed El Sewedy"},
 ["COOPERATES_WITH elsewedy > scatec", "?SIGNS_AGREEMENT elsewedy > scatec", "?AFFILIATED_WITH ahmed > elsewedy"],
 "Subject-first with a dual verb (تؤسسان مشروعاً مشتركاً) -> COOP; an agreement only implied -> optional. الرئيس التنفيذي للمجموعة: nominal -> AFFIL optional. The company name inside the person's name is his family name."),
# 64
("واشترت [[kia|الهيئة العامة للاستثمار]] الكويتية حصة 15% في شركة [[midland|ميدلاند كير]] البريطانية لإدارة المستشفيات، ومقرها [[london|لندن]]، من صندوق [[cinven|سينفن]] للاستثمار المباشر مقابل 420 مليون جنيه إسترليني.",
 {"kia": "ORGANIZATION/government/Kuwait Investment Authority", "midland": "ORGANIZATION/company/Midland Care (fictional)", "london": "LOCATION/city/London", "cinven": "ORGANIZATION/company/Cinven"},
 ["PURCHASE kia > cinven", "LOCATED_IN midland > london"],
 "اشترت حصة في X من Y -> PURCHASE buyer -> seller (the company is the thing bought). ومقرها -> LOCATED for the company it follows. The authority's name is complete without الكويتية (outside). Target company invented."),
# 65
("وأتمت [[qr|الخطوط الجوية القطرية]] صفقة شراء حصة 25% في [[virgin|فيرجن أستراليا]] من صندوق [[bain|باين كابيتال]] الأمريكي، بعد حصولها على موافقة [[ausgov|الحكومة الأسترالية]]، وقال رئيسها التنفيذي [[meer|بدر محمد المير]] إن الصفقة تفتح للناقلة أسواقاً جديدة في [[pacific|المحيط الهادئ]].",
 {"qr": "ORGANIZATION/company/Qatar Airways", "virgin": "ORGANIZATION/company/Virgin Australia", "bain": "ORGANIZATION/company/Bain Capital", "ausgov": "?ORGANIZATION/government/Government of Australia", "meer": "PERSON//Badr Mohammed Al-Meer", "pacific": "LOCATION/water/Pacific Ocean"},
 ["PURCHASE qr > bain", "AFFILIATED_WITH meer > qr", "?SIGNS_AGREEMENT qr > bain"],
 "صفقة شراء حصة في X من Y -> PURCHASE. رئيسها التنفيذي (pronoun) -> AFFIL. A completed deal implies an agreement, not stated -> optional. Government approval is no relation; descriptive government phrase -> optional entity. Markets in the Pacific relate the ocean to no party (a body of water is a mention only)."),
# 66
("وأعلن [[cbe|البنك المركزي المصري]] تسلم الدفعة الأخيرة من قيمة صفقة [[hekma|رأس الحكمة]] البالغة 35 مليار دولار، التي اشترت بموجبها شركة [[adq|أبوظبي التنموية القابضة]] حقوق تطوير المنطقة من [[egypt|مصر]]، ما رفع الاحتياطي الأجنبي إلى مستوى قياسي.",
 {"cbe": "ORGANIZATION/government/Central Bank of Egypt", "hekma": "?LOCATION/region/Ras El Hekma", "adq": "ORGANIZATION/company/ADQ", "egypt": "LOCATION/country/Egypt"},
 ["PURCHASE adq > egypt", "?SIGNS_AGREEMENT adq > egypt"],
 "اشترت بموجبها X ... من Y -> PURCHASE (development rights are the thing bought). A deal (صفقة) implies an agreement, not stated as signed -> optional. A place inside the deal's name -> optional entity. شركة left out; Abu Dhabi nested in ADQ's name."),
# 67
("وأعلنت شركة [[apc|البوتاس العربية]]، التي تتخذ من [[amman|عمّان]] مقراً لها، تحقيق أرباح صافية بلغت 340 مليون دينار، وقال رئيس مجلس إدارتها [[abuhdeib|شحادة أبو هديب]] إن الشركة ماضية في توسيع طاقتها الإنتاجية في [[safi|غور الصافي]].",
 {"apc": "ORGANIZATION/company/Arab Potash Company", "amman": "LOCATION/city/Amman", "abuhdeib": "PERSON//Shehadeh Abu Hdeib", "safi": "LOCATION/region/Ghor al-Safi"},
 ["LOCATED_IN apc > amman", "AFFILIATED_WITH abuhdeib > apc", "?LOCATED_IN apc > safi"],
 "تتخذ من X مقراً -> LOCATED; رئيس مجلس إدارتها -> AFFIL. Production sites of 'the company' (nominal) -> optional. Expanding capacity is no PLANS (no agreement)."),
# 68
("وتسلّم حضرة صاحب الجلالة الملك [[hamad|حمد بن عيسى آل خليفة]]، في [[sakhir|قصر الصخير]]، أوراق اعتماد [[paredes|خوان كارلوس باريديس]] سفيراً ل[[ecuador|لإكوادور]] لدى مملكة [[bahrain|البحرين]]، وهو المقيم في [[riyadh|الرياض]]، متمنياً له التوفيق في مهامه.",
 {"hamad": "PERSON//Hamad bin Isa Al Khalifa", "sakhir": "LOCATION/facility/Sakhir Palace", "paredes": "PERSON//Juan Carlos Paredes (fictional)", "ecuador": "LOCATION/country/Ecuador", "bahrain": "LOCATION/country/Bahrain", "riyadh": "LOCATION/city/Riyadh"},
 ["MEETS hamad > paredes", "AFFILIATED_WITH paredes > ecuador", "LOCATED_IN paredes > riyadh", "?AFFILIATED_WITH hamad > bahrain", "?VISITS paredes > sakhir"],
 "Receiving an ambassador's credentials is a reception -> MEETS. سفيراً لـ X لدى Y -> AFFIL with X only (للإكوادور -> لإكوادور, article convention); a non-resident ambassador's وهو المقيم في -> LOCATED. The king's country only through the ambassador's posting -> optional. Ambassador invented."),
# 69
("وتلقى وزير الخارجية الكويتي [[yahya|عبدالله علي اليحيا]] اتصالاً هاتفياً من نظيره الباكستاني [[dar|محمد إسحاق دار]]، جرى خلاله بحث العلاقات الثنائية بين [[kuwait|الكويت]] و[[pakistan|باكستان]] وآخر التطورات في المنطقة.",
 {"yahya": "PERSON//Abdullah Ali Al-Yahya", "dar": "PERSON//Mohammad Ishaq Dar", "kuwait": "LOCATION/country/Kuwait", "pakistan": "LOCATION/country/Pakistan"},
 ["MEETS yahya > dar", "AFFILIATED_WITH yahya > kuwait", "AFFILIATED_WITH dar > pakistan"],
 "A phone call received (تلقى اتصالاً هاتفياً من) -> MEETS. Both nisbas with their countries named -> AFFIL. Bilateral relations are no relation type."),
# 70
("وقال الرئيس التنفيذي لمجموعة [[gfh|جي إف إتش المالية]]، ومقرها [[manama|المنامة]]، [[rayes|هشام الريس]] إن المجموعة أتمت شراء محفظة من المستودعات اللوجستية في ولاية [[texas|تكساس]] الأمريكية من شركة [[blackstone|بلاكستون]] مقابل 180 مليون دولار.",
 {"gfh": "ORGANIZATION/company/GFH Financial Group", "manama": "LOCATION/city/Manama", "rayes": "PERSON//Hisham Alrayes", "texas": "LOCATION/region/Texas", "blackstone": "ORGANIZATION/company/Blackstone"},
 ["AFFILIATED_WITH rayes > gfh", "LOCATED_IN gfh > manama", "?PURCHASE gfh > blackstone"],
 "Reported speech. A role split by a relative apposition (الرئيس التنفيذي لـ X، ومقرها Y، Z) -> AFFIL and LOCATED. The buyer is the nominal المجموعة -> PURCHASE optional (coreference through a description). مجموعة left out (as in line 30). Event made up."),
# 71
("ورفعت [[nazaha|الهيئة العامة لمكافحة الفساد]] دعوى أمام [[crim|محكمة الجنايات]] ضد المدير العام السابق ل[[ports|مؤسسة الموانئ الكويتية]] [[otaibi|فهد العتيبي]]، متهمة إياه بالتربح من عقود تشغيل [[shuwaikhport|ميناء الشويخ]] وإهدار نحو 40 مليون دينار من المال العام.",
 {"nazaha": "ORGANIZATION/government/Kuwait Anti-Corruption Authority (Nazaha)", "crim": "ORGANIZATION/government/Criminal Court (Kuwait)", "ports": "ORGANIZATION/government/Kuwait Ports Authority", "otaibi": "PERSON//Fahad al-Otaibi (fictional)", "shuwaikhport": "LOCATION/facility/Shuwaikh Port"},
 ["TENSION_WITH nazaha > otaibi", "?AFFILIATED_WITH otaibi > ports"],
 "رفعت دعوى ضد + متهمة إياه -> TENSION. A past role (السابق) -> optional. Filing before a court is no relation with it. The ports authority keeps its adjective (part of its name). Person invented."),
# 72
("وندد المنسق المقيم ل[[un|لأمم المتحدة]] للشؤون الإنسانية في [[yemen|اليمن]] [[harneis|جوليان هارنيس]] باحتجاز جماعة [[houthi|أنصار الله]] 11 موظفاً أممياً في [[sanaa|صنعاء]]، مطالباً بالإفراج الفوري وغير المشروط عنهم.",
 {"un": "ORGANIZATION/intergovernmental/United Nations", "yemen": "LOCATION/country/Yemen", "harneis": "PERSON//Julien Harneis", "houthi": "ORGANIZATION/armed_group/Ansar Allah (Houthis)", "sanaa": "LOCATION/city/Sanaa"},
 ["AFFILIATED_WITH harneis > un", "TENSION_WITH harneis,un > houthi", "?LOCATED_IN harneis > yemen"],
 "Role split around the organization (المنسق المقيم للأمم المتحدة ... في اليمن) -> AFFIL with the UN; his posting in Yemen -> LOCATED optional. Condemning detentions by a named group (ندد بـ) -> TENSION. Detaining people in a city gives no LOCATED."),
# 73
("وانضم لاعب الوسط [[abuagla|أبو عاقلة عبد الله]] إلى [[hilal|الهلال]] السوداني قادماً من غريمه التقليدي [[merreikh|المريخ]]، في انتقال نادر بين الناديين اللذين يشاركان مؤقتاً في الدوري الرواندي بسبب الحرب في [[sudan|السودان]].",
 {"abuagla": "PERSON//Abu Agla Abdallah (fictional)", "hilal": "ORGANIZATION/sports/Al-Hilal Omdurman", "merreikh": "ORGANIZATION/sports/Al-Merrikh SC", "sudan": "LOCATION/country/Sudan"},
 ["JOINS abuagla > hilal", "?AFFILIATED_WITH abuagla > hilal", "?AFFILIATED_WITH abuagla > merreikh"],
 "انضم إلى -> JOINS; no fee -> no PURCHASE. A sporting rivalry (غريمه التقليدي) is no TENSION. Playing in a league of another country gives nothing (the league is named only by an adjective). A kunya-like first name is part of the name. Player invented."),
# 74
("واستدعت [[mfalb|وزارة الخارجية والمغتربين اللبنانية]] السفير الإيراني في [[beirut|بيروت]] [[amani|مجتبى أماني]]، وأبلغته احتجاج [[lebanon|لبنان]] على تصريحات مسؤولين إيرانيين اعتبرتها «تدخلاً سافراً» في الشؤون الداخلية اللبنانية.",
 {"mfalb": "ORGANIZATION/government/Ministry of Foreign Affairs and Emigrants (Lebanon)", "beirut": "LOCATION/city/Beirut", "amani": "PERSON//Mojtaba Amani", "lebanon": "LOCATION/country/Lebanon"},
 ["TENSION_WITH mfalb,lebanon > amani", "LOCATED_IN amani > beirut"],
 "Summoning a named ambassador with a protest -> TENSION (ministry or Lebanon). An ambassador in a capital -> LOCATED. Iran only as a nisba -> no AFFIL; unnamed officials give nothing. The ministry keeps its adjective."),
# 75
("وعقب توقيعه مذكرة تفاهم مع نائب رئيس [[tsinghua|جامعة تسينغهوا]] الصينية [[yang|يانغ بين]]، قال رئيس [[kfupm|جامعة الملك فهد للبترول والمعادن]] الدكتور [[saggaf|محمد السقاف]] إن المركز المشترك لأبحاث الهيدروجين الذي سيقام في [[dhahran|الظهران]] سيكون الأول من نوعه في المنطقة.",
 {"tsinghua": "ORGANIZATION/education/Tsinghua University", "yang": "PERSON//Yang Bin", "kfupm": "ORGANIZATION/education/King Fahd University of Petroleum and Minerals", "saggaf": "PERSON//Mohammed Al-Saggaf", "dhahran": "LOCATION/city/Dhahran"},
 ["SIGNS_AGREEMENT saggaf,kfupm > yang,tsinghua", "AFFILIATED_WITH yang > tsinghua", "AFFILIATED_WITH saggaf > kfupm", "?COOPERATES_WITH kfupm > tsinghua"],
 "Fronted nominal عقب توقيعه with a pronoun that points forward to the subject of the same sentence -> SIGNS scored (persons or universities). A joint research centre implies cooperation -> optional. A centre to be built in a city relates no named party."),
# 76
("ووقّعت [[koc|شركة نفط الكويت]] عقداً بقيمة 1.2 مليار دولار مع [[slb|شلمبرجير]] لحفر 60 بئراً في حقول [[north|شمال الكويت]] خلال خمس سنوات، في إطار خطة رفع الطاقة الإنتاجية إلى 4 ملايين برميل يومياً بحلول 2035.",
 {"koc": "?ORGANIZATION/company/Kuwait Oil Company", "slb": "ORGANIZATION/company/SLB (Schlumberger)", "north": "?LOCATION/region/North Kuwait"},
 ["SIGNS_AGREEMENT koc > slb"],
 "وقّعت عقداً مع -> SIGNS. شركة kept in KOC's name (as شركة نفط الجنوب), optional entity, the relation kept. شمال الكويت optional (as جنوب لبنان). A drilling contract is a service, not a purchase."),
# 77
("ووقّعت [[egyptair|مصر للطيران]] عقداً مع [[airbus|إيرباص]] لشراء ست طائرات إضافية من طراز A350-1000 تُسلّم اعتباراً من 2027، وقال رئيس [[egyptair|مصر للطيران]] [[adel|أحمد عادل]] إن الصفقة تأتي ضمن خطة لتحديث الأسطول ورفع عدد الوجهات الدولية.",
 {"egyptair": "ORGANIZATION/company/EgyptAir", "airbus": "ORGANIZATION/company/Airbus", "adel": "PERSON//Ahmed Adel"},
 ["SIGNS_AGREEMENT egyptair > airbus", "PURCHASE egyptair > airbus", "AFFILIATED_WITH adel > egyptair"],
 "A signed contract with the seller to buy -> SIGNS and PURCHASE. رئيس X -> AFFIL. مصر inside the airline's name is no country mention. Aircraft type not annotated."),
# 78
("وزارت السفيرة الأمريكية لدى [[iraq|العراق]] [[romanowski|ألينا رومانوسكي]] مدينة [[suli|السليمانية]]، حيث التقت رئيس [[puk|الاتحاد الوطني الكردستاني]] [[bafel|بافل جلال طالباني]]، وبحثا الأوضاع السياسية في إقليم [[kurdistan|كردستان]] وملف تشكيل حكومة الإقليم.",
 {"iraq": "LOCATION/country/Iraq", "romanowski": "PERSON//Alina Romanowski", "suli": "LOCATION/city/Sulaymaniyah", "puk": "ORGANIZATION/party/Patriotic Union of Kurdistan", "bafel": "PERSON//Bafel Jalal Talabani", "kurdistan": "LOCATION/region/Kurdistan Region"},
 ["VISITS romanowski > suli", "MEETS romanowski > bafel", "AFFILIATED_WITH bafel > puk", "?LOCATED_IN puk > suli"],
 "زارت + حيث التقت -> VISITS and MEETS. An ambassador TO Iraq is not affiliated with it; the US only a nisba. رئيس X -> AFFIL. The party's seat in the city is only implied -> optional. مدينة / إقليم left out; his father's name nested in his is no mention."),
# 79
("ووصل رئيس [[fsc|اتحاد الغرف السعودية]] [[huwaizi|حسن بن معجب الحويزي]] إلى [[damascus|دمشق]] على رأس وفد يضم 130 رجل أعمال، والتقى رئيس [[fscc|اتحاد غرف التجارة السورية]] [[alali|علاء العلي]]، ووقّع الجانبان مذكرة تفاهم لتأسيس مجلس أعمال مشترك.",
 {"fsc": "ORGANIZATION/other/Federation of Saudi Chambers", "huwaizi": "PERSON//Hassan bin Mujib Al-Huwaizi", "damascus": "LOCATION/city/Damascus", "fscc": "ORGANIZATION/other/Federation of Syrian Chambers of Commerce", "alali": "PERSON//Alaa al-Ali"},
 ["VISITS huwaizi > damascus", "MEETS huwaizi > alali", "AFFILIATED_WITH huwaizi > fsc", "AFFILIATED_WITH alali > fscc", "SIGNS_AGREEMENT huwaizi,fsc > alali,fscc", "?COOPERATES_WITH fsc > fscc"],
 "وصل إلى + التقى. 'The two sides' signed (الجانبان: the two parties just named in the same sentence) -> SIGNS scored (persons or federations). A joint business council implies cooperation -> optional. Federations keep their adjectives (generic heads)."),
# 80
("وتتعاون [[uob|جامعة بغداد]] مع [[exeter|جامعة إكستر]] البريطانية في برنامج للدكتوراه المشتركة في علوم المياه والتغير المناخي، وفق ما أعلنه رئيس [[uob|جامعة بغداد]] الدكتور [[anwar|بهاء إبراهيم أنور]]، مشيراً إلى أن الدفعة الأولى تضم 12 باحثاً من [[iraq|العراق]].",
 {"uob": "ORGANIZATION/education/University of Baghdad", "exeter": "ORGANIZATION/education/University of Exeter", "anwar": "PERSON//Bahaa Ibrahim Anwar", "iraq": "LOCATION/country/Iraq"},
 ["COOPERATES_WITH uob > exeter", "AFFILIATED_WITH anwar > uob"],
 "Verb تتعاون مع -> COOP. رئيس X -> AFFIL. Baghdad nested in the university's name; researchers from a country give nothing."),
]

if __name__ == "__main__":
    build("written5", DATA)
