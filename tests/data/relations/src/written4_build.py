#!/usr/bin/env python3
"""Builds written4.txt / written4.gold.json / written4.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build  # noqa: E402

DATA = [
# 1
("وقّعت المديرة العامة ل[[onhym|لمكتب الوطني للهيدروكاربورات والمعادن]] المغربي [[benkhadra|أمينة بنخضراء]]، ووزير الدولة النيجيري المكلف بالموارد البترولية (الغاز) [[ekpo|إكبيريكبي إيكبو]]، أمس في [[rabat|الرباط]]، اتفاقية حكومية دولية بين [[nigeria|نيجيريا]] و[[morocco|المغرب]] لإطلاق المرحلة الأولى من مشروع أنبوب الغاز الأطلسي.",
 {"onhym": "ORGANIZATION/government/Office National des Hydrocarbures et des Mines (ONHYM)", "benkhadra": "PERSON//Amina Benkhadra", "ekpo": "PERSON//Ekperikpe Ekpo", "rabat": "LOCATION/city/Rabat", "nigeria": "LOCATION/country/Nigeria", "morocco": "LOCATION/country/Morocco"},
 ["SIGNS_AGREEMENT nigeria,ekpo > morocco,benkhadra,onhym", "AFFILIATED_WITH benkhadra > onhym", "AFFILIATED_WITH ekpo > nigeria", "?VISITS ekpo > rabat"],
 "Two coordinated signatories before the object; the agreement is stated as between the two countries, the signatories accepted as alternatives. النيجيري + Nigeria named later -> AFFIL scored; ONHYM is a name without the adjective (المغربي outside). Signing in Rabat -> the visiting minister's VISITS optional."),
# 2
("وأبرمت [[sonatrach|سوناطراك]] الجزائرية و[[eni|إيني]] الإيطالية عقداً لتقاسم الإنتاج بقيمة 1.3 مليار دولار لتطوير حقل [[zemla|زملة الأربعاء]] في [[berkine|حوض بركين]]، خلال زيارة الرئيس التنفيذي ل[[eni|إيني]] [[descalzi|كلاوديو ديسكالزي]] إلى [[algeria|الجزائر]]، حيث وقّعه عن الجانب الجزائري الرئيس المدير العام ل[[sonatrach|سوناطراك]] [[hachichi|رشيد حشيشي]].",
 {"sonatrach": "ORGANIZATION/company/Sonatrach", "eni": "ORGANIZATION/company/Eni", "zemla": "?LOCATION/facility/Zemlet el Arbi field", "berkine": "?LOCATION/region/Berkine Basin", "descalzi": "PERSON//Claudio Descalzi", "algeria": "LOCATION/country/Algeria", "hachichi": "PERSON//Rachid Hachichi"},
 ["SIGNS_AGREEMENT sonatrach,hachichi > eni,descalzi", "AFFILIATED_WITH descalzi > eni", "AFFILIATED_WITH hachichi > sonatrach", "VISITS descalzi > algeria"],
 "أبرم ... عقداً between two companies (nisbas outside). Nominal خلال زيارة X إلى Y -> VISITS. الرئيس المدير العام لـ -> AFFIL. An oil field and a basin: names of unclear status -> optional entities."),
# 3
("وجّه الأمين العام ل[[ugtt|لاتحاد العام التونسي للشغل]] [[taboubi|نور الدين الطبوبي]] انتقادات حادة إلى حكومة رئيس الوزراء [[madouri|كمال المدوري]]، متهماً إياها بتجميد الحوار الاجتماعي والتراجع عن اتفاقات الزيادة في الأجور.",
 {"ugtt": "ORGANIZATION/other/Tunisian General Labour Union (UGTT)", "taboubi": "PERSON//Noureddine Taboubi", "madouri": "PERSON//Kamel Madouri"},
 ["AFFILIATED_WITH taboubi > ugtt", "TENSION_WITH taboubi,ugtt > madouri"],
 "Criticism and accusation of a government named by its head -> TENSION with the person. Nisba التونسي inside the union's name (part of it). Madouri's country is not named -> no AFFIL."),
# 4
("واستقبل رئيس [[pc|المجلس الرئاسي الليبي]] [[menfi|محمد المنفي]]، بمقر المجلس في [[tripoli|طرابلس]]، القائمة بأعمال رئيس [[unsmil|بعثة الأمم المتحدة للدعم في ليبيا]] [[khoury|ستيفاني خوري]]، وبحثا سبل كسر الجمود السياسي والتحضير للانتخابات.",
 {"pc": "?ORGANIZATION/government/Presidential Council of Libya", "menfi": "PERSON//Mohamed al-Menfi", "tripoli": "LOCATION/city/Tripoli", "unsmil": "ORGANIZATION/intergovernmental/United Nations Support Mission in Libya (UNSMIL)", "khoury": "PERSON//Stephanie Khoury"},
 ["MEETS menfi > khoury", "AFFILIATED_WITH menfi > pc", "AFFILIATED_WITH khoury > unsmil", "?LOCATED_IN pc > tripoli", "?VISITS khoury > tripoli"],
 "استقبل with a PP between subject and object; dual وبحثا. المجلس الرئاسي + nisba: span debatable (generic head, adjective taken inside) -> optional entity, AFFIL still scored. The council's seat given through the nominal المجلس -> LOCATED optional. Acting head (القائمة بأعمال) still a role. ليبيا nested in UNSMIL's name."),
# 5
("وأجرى الرئيس الموريتاني [[ghazouani|محمد ولد الشيخ الغزواني]] ونظيره السنغالي [[faye|باسيرو ديوماي فاي]]، على هامش قمة في [[nouakchott|نواكشوط]]، مباحثات تناولت التعاون بين [[mauritania|موريتانيا]] و[[senegal|السنغال]] في استغلال حقل [[gta|السلحفاة آحميم الكبير]] للغاز، الذي تديره شركة [[bp|بي بي]] البريطانية بالشراكة مع [[kosmos|كوزموس إنرجي]] الأمريكية.",
 {"ghazouani": "PERSON//Mohamed Ould Ghazouani", "faye": "PERSON//Bassirou Diomaye Faye", "nouakchott": "LOCATION/city/Nouakchott", "mauritania": "LOCATION/country/Mauritania", "senegal": "LOCATION/country/Senegal", "gta": "?LOCATION/facility/Greater Tortue Ahmeyim field", "bp": "ORGANIZATION/company/BP", "kosmos": "ORGANIZATION/company/Kosmos Energy"},
 ["MEETS ghazouani > faye", "AFFILIATED_WITH ghazouani > mauritania", "AFFILIATED_WITH faye > senegal", "COOPERATES_WITH mauritania > senegal", "COOPERATES_WITH bp > kosmos", "?VISITS faye > nouakchott"],
 "Coordinated subject (X ونظيره Y) with مباحثات. Both nisbas have their country named later -> AFFIL scored. التعاون بين X وY and بالشراكة مع -> COOP. Attending a summit in Nouakchott -> VISITS optional. Gas field optional."),
# 6
("ووقّع رئيس [[frmf|الجامعة الملكية المغربية لكرة القدم]] [[lekjaa|فوزي لقجع]] ورئيس [[rfef|الاتحاد الإسباني لكرة القدم]] [[louzan|رافائيل لوزان]]، في [[madrid|مدريد]]، اتفاقية شراكة تشمل تبادل الخبرات في مجالي التحكيم وتكوين المدربين استعداداً لتنظيم كأس العالم 2030.",
 {"frmf": "ORGANIZATION/sports/Royal Moroccan Football Federation", "lekjaa": "PERSON//Fouzi Lekjaa", "rfef": "ORGANIZATION/sports/Royal Spanish Football Federation", "louzan": "PERSON//Rafael Louzán", "madrid": "LOCATION/city/Madrid"},
 ["SIGNS_AGREEMENT frmf,lekjaa > rfef,louzan", "AFFILIATED_WITH lekjaa > frmf", "AFFILIATED_WITH louzan > rfef", "?COOPERATES_WITH frmf,lekjaa > rfef,louzan", "?VISITS lekjaa > madrid"],
 "Two presidents sign for their federations (persons or bodies accepted). A partnership agreement signed -> SIGNS, COOP optional. The federations' nisbas are inside the names (generic heads). World Cup = event, not annotated."),
# 7
("أعلن نادي [[fener|فنربخشة]] التركي تعاقده مع المهاجم الدولي المغربي [[nesyri|يوسف النصيري]] قادماً من [[sevilla|إشبيلية]] الإسباني مقابل 19.5 مليون يورو، بعقد يمتد حتى عام 2029.",
 {"fener": "ORGANIZATION/sports/Fenerbahçe SK", "nesyri": "PERSON//Youssef En-Nesyri", "sevilla": "ORGANIZATION/sports/Sevilla FC"},
 ["SIGNS_AGREEMENT fener > nesyri", "PURCHASE fener > sevilla", "?JOINS nesyri > fener", "?AFFILIATED_WITH nesyri > fener", "?AFFILIATED_WITH nesyri > sevilla"],
 "Club contract (تعاقده مع) -> SIGNS; bought for a fee from his former club -> PURCHASE club -> former club; joining not stated with انضم -> JOINS optional. نادي left out; إشبيلية is the club (الإسباني), not the city."),
# 8
("وأعلنت [[mali|مالي]] و[[bf|بوركينا فاسو]] و[[niger|النيجر]]، في بيان مشترك صدر في [[bamako|باماكو]]، انسحابها النهائي من [[ecowas|المجموعة الاقتصادية لدول غرب أفريقيا]]، متهمة [[ecowas|إيكواس]] بالخضوع لإملاءات قوى أجنبية وبفرض عقوبات «غير إنسانية» على شعوبها.",
 {"mali": "LOCATION/country/Mali", "bf": "LOCATION/country/Burkina Faso", "niger": "LOCATION/country/Niger", "bamako": "LOCATION/city/Bamako", "ecowas": "ORGANIZATION/intergovernmental/ECOWAS"},
 ["TENSION_WITH mali > ecowas", "TENSION_WITH bf > ecowas", "TENSION_WITH niger > ecowas"],
 "Three coordinated subjects accuse the bloc, named again by its acronym -> TENSION pairwise. Withdrawal is the opposite of JOINS -> nothing."),
# 9
("واستقبل رئيس [[cnsp|المجلس الوطني لحماية الوطن]] في [[niger|النيجر]] الجنرال [[tiani|عبد الرحمن تياني]]، في [[niamey|نيامي]]، نائب وزير الدفاع الروسي [[yevkurov|يونس بك يفكوروف]]، وبحث الجانبان تعزيز التعاون العسكري بين [[niger|النيجر]] و[[russia|روسيا]]، ولا سيما في مجالي التدريب والتسليح.",
 {"cnsp": "ORGANIZATION/government/National Council for the Safeguard of the Homeland (CNSP)", "niger": "LOCATION/country/Niger", "tiani": "PERSON//Abdourahamane Tiani", "niamey": "LOCATION/city/Niamey", "yevkurov": "PERSON//Yunus-Bek Yevkurov", "russia": "LOCATION/country/Russia"},
 ["MEETS tiani > yevkurov", "AFFILIATED_WITH tiani > cnsp", "LOCATED_IN cnsp > niger", "?AFFILIATED_WITH tiani > niger", "AFFILIATED_WITH yevkurov > russia", "COOPERATES_WITH niger > russia", "?VISITS yevkurov > niamey,niger"],
 "Long role phrase with an organization 'in' a country -> LOCATED scored (as دائرة الطيران المدني في دبي); الجنرال outside. الروسي + Russia named later -> AFFIL. بحث تعزيز التعاون بين X وY -> COOP. Received in Niamey -> VISITS optional."),
# 10
("واتهم وزير الأمن في [[bf|بوركينا فاسو]] [[sana|محمدو سانا]] جارتها [[ivory|ساحل العاج]] بإيواء «عناصر مزعزعة للاستقرار» على أراضيها، في حين نفت [[abidjan|أبيدجان]] هذه الاتهامات ووصفتها بأنها «لا أساس لها».",
 {"bf": "LOCATION/country/Burkina Faso", "sana": "PERSON//Mahamadou Sana", "ivory": "LOCATION/country/Côte d'Ivoire", "abidjan": "LOCATION/city/Abidjan"},
 ["AFFILIATED_WITH sana > bf", "TENSION_WITH sana,bf > ivory,abidjan"],
 "Accusation -> TENSION; the minister speaks for his country (either accepted), Abidjan as metonym accepted for Côte d'Ivoire. The denial is of the accusations, not of the dispute."),
# 11
("وأعلنت [[chad|تشاد]]، على لسان وزير خارجيتها [[koulamallah|عبد الرحمن كلام الله]]، إنهاء اتفاقية التعاون الدفاعي الموقعة مع [[france|فرنسا]]، مؤكدة أن [[ndjamena|انجمينا]] تريد «إعادة تحديد شراكاتها الاستراتيجية» بعد أكثر من ستة عقود على الاستقلال.",
 {"chad": "LOCATION/country/Chad", "koulamallah": "PERSON//Abderaman Koulamallah", "france": "LOCATION/country/France", "ndjamena": "LOCATION/city/N'Djamena"},
 ["AFFILIATED_WITH koulamallah > chad", "?SIGNS_AGREEMENT chad,ndjamena > france", "?TENSION_WITH chad,ndjamena > france"],
 "وزير خارجيتها: pronoun in the same sentence -> AFFIL scored. The agreement being ended was signed long ago (background) -> SIGNS optional; ending cooperation is no COOP; a rift is only implied -> TENSION optional."),
# 12
("ويبدأ رئيس الوزراء السنغالي [[sonko|عثمان سونكو]] غداً زيارة رسمية إلى [[ankara|أنقرة]] تستمر ثلاثة أيام، يلتقي خلالها الرئيس التركي [[erdogan|رجب طيب أردوغان]] لبحث تعزيز التعاون بين [[senegal|السنغال]] و[[turkey|تركيا]] في مجالات الدفاع والطاقة والبنية التحتية.",
 {"sonko": "PERSON//Ousmane Sonko", "ankara": "LOCATION/city/Ankara", "erdogan": "PERSON//Recep Tayyip Erdoğan", "senegal": "LOCATION/country/Senegal", "turkey": "LOCATION/country/Turkey"},
 ["VISITS sonko > ankara,turkey", "MEETS sonko > erdogan", "AFFILIATED_WITH sonko > senegal", "AFFILIATED_WITH erdogan > turkey", "COOPERATES_WITH senegal > turkey"],
 "Future visit and meeting (يبدأ غداً، يلتقي خلالها) count. Both nisbas have their country named later -> AFFIL scored. تعزيز التعاون بين X وY -> COOP (as in line 9)."),
# 13
("وأعلنت مجموعة [[dangote|دانغوتي]] النيجيرية، على لسان رئيسها [[aliko|أليكو دانغوتي]]، أن مصفاتها في [[lekki|ليكي]] قرب [[lagos|لاغوس]] اشترت ستة ملايين برميل من الخام من [[nnpc|شركة النفط الوطنية النيجيرية]] ([[nnpc|إن إن بي سي]])، في صفقة ستخفف اعتماد البلاد على الوقود المستورد.",
 {"dangote": "ORGANIZATION/company/Dangote Group", "aliko": "PERSON//Aliko Dangote", "lekki": "LOCATION/district/Lekki", "lagos": "LOCATION/city/Lagos", "nnpc": "ORGANIZATION/company/Nigerian National Petroleum Company (NNPC)"},
 ["AFFILIATED_WITH aliko > dangote", "PURCHASE dangote > nnpc", "?LOCATED_IN dangote > lekki"],
 "The group buys through its refinery (مصفاتها: pronoun) -> PURCHASE group -> NNPC. رئيسها -> AFFIL scored. The company's name needs شركة (remainder not a name) and keeps the adjective. Refinery location -> LOCATED optional. The same surname inside the person's name is the person."),
# 14
("وعلّق [[senate|مجلس الشيوخ النيجيري]] عضوية السيناتورة [[natasha|ناتاشا أكبوتي-أودواغان]] ستة أشهر، بعد أن اتهمت رئيس [[senate|مجلس الشيوخ]] [[akpabio|غودزويل أكبابيو]] بالتحرش بها ومحاولة إسكاتها خلال الجلسات.",
 {"senate": "?ORGANIZATION/government/Senate of Nigeria", "natasha": "PERSON//Natasha Akpoti-Uduaghan", "akpabio": "PERSON//Godswill Akpabio"},
 ["AFFILIATED_WITH natasha > senate", "AFFILIATED_WITH akpabio > senate", "TENSION_WITH natasha > akpabio", "?TENSION_WITH senate > natasha"],
 "A senator's suspension from the Senate and the Senate president -> AFFIL. Her accusation -> TENSION with Akpabio. The suspension itself as a hostile act -> optional. Parliament with a generic name: adjective inside, entity optional (span debatable)."),
# 15
("وأجرت الممثلة العليا ل[[eu|لاتحاد الأوروبي]] للشؤون الخارجية والسياسة الأمنية [[kallas|كايا كالاس]] اتصالاً هاتفياً بوزير الخارجية الإيراني [[araghchi|عباس عراقجي]]، دعت خلاله [[tehran|طهران]] إلى استئناف تعاونها الكامل مع [[iaea|الوكالة الدولية للطاقة الذرية]].",
 {"eu": "ORGANIZATION/intergovernmental/European Union", "kallas": "PERSON//Kaja Kallas", "araghchi": "PERSON//Abbas Araghchi", "tehran": "LOCATION/city/Tehran", "iaea": "ORGANIZATION/intergovernmental/International Atomic Energy Agency"},
 ["AFFILIATED_WITH kallas > eu", "MEETS kallas > araghchi", "?AFFILIATED_WITH araghchi > tehran"],
 "Phone call between named persons -> MEETS. Role split around the name's complement (الممثلة العليا للاتحاد ... للشؤون الخارجية). Iran only as a nisba, Tehran as metonym -> AFFIL optional. A call to resume suspended cooperation -> no COOP."),
# 16
("واستقبلت رئيسة [[ep|البرلمان الأوروبي]] [[metsola|روبرتا ميتسولا]]، في [[strasbourg|ستراسبورغ]]، رئيس [[hor|مجلس النواب المغربي]] [[talbi|راشيد الطالبي العلمي]]، الذي يقود وفداً برلمانياً في زيارة تهدف إلى تجاوز الفتور الذي شاب العلاقات بين المؤسستين.",
 {"ep": "ORGANIZATION/intergovernmental/European Parliament", "metsola": "PERSON//Roberta Metsola", "strasbourg": "LOCATION/city/Strasbourg", "hor": "?ORGANIZATION/government/House of Representatives of Morocco", "talbi": "PERSON//Rachid Talbi Alami"},
 ["MEETS metsola > talbi", "AFFILIATED_WITH metsola > ep", "AFFILIATED_WITH talbi > hor", "?VISITS talbi > strasbourg", "?LOCATED_IN metsola > strasbourg", "?TENSION_WITH ep > hor"],
 "استقبل with place before the object. Visit's destination only implied by the place of the reception -> VISITS optional. Coolness between 'the two institutions' (nominal) -> TENSION optional. Generic parliament name with its adjective -> optional entity."),
# 17
("وقالت نائبة رئيسة [[commission|المفوضية الأوروبية]] المكلفة بالمنافسة [[ribera|تيريزا ريبيرا]] إن [[brussels|بروكسل]] فرضت غرامة قدرها 500 مليون يورو على شركة [[apple|آبل]] الأمريكية لانتهاكها قانون الأسواق الرقمية، بعدما «منعت المطورين من توجيه المستخدمين إلى عروض أرخص».",
 {"commission": "ORGANIZATION/intergovernmental/European Commission", "ribera": "PERSON//Teresa Ribera", "brussels": "LOCATION/city/Brussels", "apple": "ORGANIZATION/company/Apple"},
 ["AFFILIATED_WITH ribera > commission", "TENSION_WITH brussels,commission > apple"],
 "Role split around the organization (نائبة رئيسة X المكلفة بـ Y). A fine imposed for a breach -> TENSION (sanction imposed, not threatened); Brussels as the Commission's metonym. شركة left out, الأمريكية outside."),
# 18
("وقضت [[cjeu|محكمة العدل الأوروبية]]، ومقرها [[luxembourg|لوكسمبورغ]]، بإلغاء اتفاقيتي الصيد البحري والزراعة المبرمتين بين [[eu|الاتحاد الأوروبي]] و[[morocco|المغرب]]، في حكم رحبت به [[polisario|جبهة البوليساريو]]، بينما أكدت [[rabat|الرباط]] أنها «غير معنية به».",
 {"cjeu": "ORGANIZATION/intergovernmental/Court of Justice of the European Union", "luxembourg": "LOCATION/city/Luxembourg", "eu": "ORGANIZATION/intergovernmental/European Union", "morocco": "LOCATION/country/Morocco", "polisario": "ORGANIZATION/movement/Polisario Front", "rabat": "LOCATION/city/Rabat"},
 ["LOCATED_IN cjeu > luxembourg", "?SIGNS_AGREEMENT eu > morocco,rabat"],
 "ومقرها -> LOCATED. The annulled agreements were concluded in the past and are only referred to (المبرمتين بين) -> SIGNS optional. Welcoming a ruling and saying one is not concerned state no relation between named parties."),
# 19
("ووقّعت [[turkey|تركيا]] و[[uk|بريطانيا]]، خلال زيارة رئيس الوزراء البريطاني [[starmer|كير ستارمر]] إلى [[ankara|أنقرة]] ولقائه الرئيس [[erdogan|رجب طيب أردوغان]]، اتفاقاً تشتري بموجبه [[tuaf|القوات الجوية التركية]] 20 مقاتلة من طراز يوروفايتر تايفون بقيمة 8 مليارات جنيه إسترليني.",
 {"turkey": "LOCATION/country/Turkey", "uk": "LOCATION/country/United Kingdom", "starmer": "PERSON//Keir Starmer", "ankara": "LOCATION/city/Ankara", "erdogan": "PERSON//Recep Tayyip Erdoğan", "tuaf": "ORGANIZATION/military/Turkish Air Force"},
 ["SIGNS_AGREEMENT turkey,ankara > uk", "PURCHASE tuaf,turkey,ankara > uk", "VISITS starmer > ankara,turkey", "MEETS starmer > erdogan", "AFFILIATED_WITH starmer > uk", "?AFFILIATED_WITH erdogan > turkey"],
 "Signed deal under which one side buys -> SIGNS and PURCHASE (buyer the air force or Turkey). Nominal خلال زيارة ... ولقائه -> VISITS and MEETS. البريطاني + Britain named -> AFFIL. الرئيس without a nisba -> Erdoğan's country only implied -> optional. Aircraft type not annotated."),
# 20
("وأتمت [[total|توتال إنرجيز]] الفرنسية بيع حصتها البالغة 10% في مشروع مشترك لحقول النفط البرية في [[nigeria|نيجيريا]] إلى شركة [[chappal|شابال إنرجيز]] المحلية مقابل 860 مليون دولار، في إطار انسحاب الشركات العالمية الكبرى من [[delta|دلتا النيجر]].",
 {"total": "ORGANIZATION/company/TotalEnergies", "nigeria": "LOCATION/country/Nigeria", "chappal": "ORGANIZATION/company/Chappal Energies", "delta": "LOCATION/region/Niger Delta"},
 ["PURCHASE chappal > total", "?SIGNS_AGREEMENT chappal > total", "?LOCATED_IN chappal > nigeria"],
 "Sale stated from the seller's side (باع X إلى Y) -> PURCHASE Y -> X; the stake is the thing bought. A completed sale implies a deal but none is stated -> SIGNS optional. The buyer is called المحلية (local), so its being in Nigeria is only implied -> LOCATED optional. النيجر inside دلتا النيجر is no separate mention."),
# 21
("ووصلت رئيسة الوزراء الإيطالية [[meloni|جورجيا ميلوني]] إلى [[tripoli|طرابلس]] في زيارة لم يُعلن عنها مسبقاً، التقت خلالها رئيس [[gnu|حكومة الوحدة الوطنية]] الليبية [[dbeibah|عبد الحميد الدبيبة]]، وبحثا ملف الهجرة غير النظامية عبر [[med|البحر المتوسط]].",
 {"meloni": "PERSON//Giorgia Meloni", "tripoli": "LOCATION/city/Tripoli", "gnu": "ORGANIZATION/government/Government of National Unity (Libya)", "dbeibah": "PERSON//Abdul Hamid Dbeibah", "med": "LOCATION/water/Mediterranean Sea"},
 ["VISITS meloni > tripoli", "MEETS meloni > dbeibah", "AFFILIATED_WITH dbeibah > gnu"],
 "وصل إلى + التقت خلالها. حكومة الوحدة الوطنية is a proper name, so الليبية stays outside. Italy only as a nisba -> no AFFIL for Meloni."),
# 22
("وأجرى وزير الخارجية الإسباني [[albares|خوسيه مانويل ألباريس]]، لدى وصوله إلى [[rabat|الرباط]]، مباحثات مع نظيره المغربي [[bourita|ناصر بوريطة]] تناولت التحضير للاجتماع رفيع المستوى بين [[spain|إسبانيا]] و[[morocco|المغرب]] والتعاون في مراقبة الهجرة.",
 {"albares": "PERSON//José Manuel Albares", "rabat": "LOCATION/city/Rabat", "bourita": "PERSON//Nasser Bourita", "spain": "LOCATION/country/Spain", "morocco": "LOCATION/country/Morocco"},
 ["VISITS albares > rabat,morocco", "MEETS albares > bourita", "AFFILIATED_WITH albares > spain", "AFFILIATED_WITH bourita > morocco", "?COOPERATES_WITH spain > morocco"],
 "Nominal لدى وصوله إلى -> VISITS. Counterpart named (نظيره المغربي X) with Morocco named -> AFFIL scored. The talks' topic 'cooperation in migration control' does not say who cooperates -> COOP optional."),
# 23
("[[beijing|بكين]] تحتج لدى [[hague|لاهاي]] على القيود الجديدة التي فرضتها [[nlgov|الحكومة الهولندية]] على صادرات شركة [[asml|إيه إس إم إل]]، ومقرها [[veldhoven|فيلدهوفن]]، من معدات تصنيع الرقائق المتقدمة إلى [[china|الصين]].",
 {"beijing": "LOCATION/city/Beijing", "hague": "LOCATION/city/The Hague", "nlgov": "?ORGANIZATION/government/Government of the Netherlands", "asml": "ORGANIZATION/company/ASML", "veldhoven": "LOCATION/city/Veldhoven", "china": "LOCATION/country/China"},
 ["TENSION_WITH beijing,china > hague,nlgov", "LOCATED_IN asml > veldhoven"],
 "Subject-first, headline-like present tense. Protest -> TENSION between capitals as metonyms (China or the Dutch government accepted). Descriptive government phrase -> optional entity. ومقرها -> LOCATED."),
# 24
("ووقّعت [[poland|بولندا]] عقداً بقيمة 6.5 مليار دولار مع شركة [[rotem|هيونداي روتم]] الكورية الجنوبية لشراء 180 دبابة من طراز K2، وقال وزير الدفاع البولندي [[kosiniak|فلاديسلاف كوسينياك-كاميش]] إن جزءاً منها سيُصنّع في مصانع بولندية.",
 {"poland": "LOCATION/country/Poland", "rotem": "ORGANIZATION/company/Hyundai Rotem", "kosiniak": "PERSON//Władysław Kosiniak-Kamysz"},
 ["SIGNS_AGREEMENT poland > rotem", "PURCHASE poland > rotem", "AFFILIATED_WITH kosiniak > poland"],
 "A signed purchase contract with the seller -> SIGNS and PURCHASE. البولندي + Poland named -> AFFIL. Hyphenated surname kept whole. Tank type not annotated."),
# 25
("وأعلنت [[thy|الخطوط الجوية التركية]] توقيع اتفاق مع [[boeing|بوينغ]] لشراء ما يصل إلى 225 طائرة، في أكبر طلبية في تاريخ الناقلة، وقال رئيس مجلس إدارتها [[bolat|أحمد بولات]] إن الصفقة ستمكّن الشركة من مضاعفة أسطولها بحلول 2033.",
 {"thy": "ORGANIZATION/company/Turkish Airlines", "boeing": "ORGANIZATION/company/Boeing", "bolat": "PERSON//Ahmet Bolat"},
 ["SIGNS_AGREEMENT thy > boeing", "PURCHASE thy > boeing", "AFFILIATED_WITH bolat > thy"],
 "Nominal توقيع اتفاق مع ... لشراء -> SIGNS and PURCHASE. رئيس مجلس إدارتها: pronoun -> AFFIL scored. The airline's name needs its adjective (inside)."),
# 26
("واتهم زعيم [[chp|حزب الشعب الجمهوري]] التركي المعارض [[ozel|أوزغور أوزيل]] الرئيس [[erdogan|رجب طيب أردوغان]] باستخدام القضاء لإقصاء منافسيه، وذلك بعد أن أمرت محكمة في [[istanbul|إسطنبول]] بحبس رئيس [[ibb|بلدية إسطنبول الكبرى]] [[imamoglu|أكرم إمام أوغلو]] على ذمة التحقيق.",
 {"chp": "ORGANIZATION/party/Republican People's Party (CHP)", "ozel": "PERSON//Özgür Özel", "erdogan": "PERSON//Recep Tayyip Erdoğan", "istanbul": "LOCATION/city/Istanbul", "ibb": "ORGANIZATION/government/Istanbul Metropolitan Municipality", "imamoglu": "PERSON//Ekrem İmamoğlu"},
 ["AFFILIATED_WITH ozel > chp", "TENSION_WITH ozel,chp > erdogan", "AFFILIATED_WITH imamoglu > ibb"],
 "Accusation -> TENSION. حزب kept (الشعب الجمهوري is not a name alone); التركي المعارض outside. A mayor -> AFFIL with the municipality (its name nests the city). An unnamed court gives nothing; Turkey is not named, so no AFFIL for Erdoğan."),
# 27
("وانتقدت [[mfatr|وزارة الخارجية التركية]] إعلان [[athens|أثينا]] إنشاء محميتين بحريتين في [[aegean|بحر إيجه]]، معتبرة أن الخطوة «أحادية» وتمس الحقوق المشروعة ل[[turkey|تركيا]]، فيما رد رئيس الوزراء اليوناني [[mitsotakis|كيرياكوس ميتسوتاكيس]] بأن [[greece|اليونان]] «لا تحتاج إذناً من أحد».",
 {"mfatr": "ORGANIZATION/government/Ministry of Foreign Affairs of Turkey", "athens": "LOCATION/city/Athens", "aegean": "LOCATION/water/Aegean Sea", "turkey": "LOCATION/country/Turkey", "mitsotakis": "PERSON//Kyriakos Mitsotakis", "greece": "LOCATION/country/Greece"},
 ["TENSION_WITH mfatr,turkey > athens,greece", "AFFILIATED_WITH mitsotakis > greece", "?TENSION_WITH mitsotakis > mfatr,turkey"],
 "Criticism of a government's decision -> TENSION (ministry or Turkey vs Athens or Greece). اليوناني + Greece named -> AFFIL. The retort is addressed to no one by name -> optional. Ministry keeps its adjective."),
# 28
("وأكد رئيس مجلس الوزراء العراقي [[sudani|محمد شياع السوداني]]، لدى استقباله في [[baghdad|بغداد]] الرئيس التنفيذي لشركة [[total|توتال إنرجيز]] الفرنسية [[pouyanne|باتريك بويانيه]]، حرص الحكومة على تسريع مشروع النمو الغازي المتكامل في [[basra|البصرة]]، الذي تنفذه [[total|توتال]] بالشراكة مع [[boc|شركة نفط البصرة]] و[[qe|قطر للطاقة]].",
 {"sudani": "PERSON//Mohammed Shia al-Sudani", "baghdad": "LOCATION/city/Baghdad", "total": "ORGANIZATION/company/TotalEnergies", "pouyanne": "PERSON//Patrick Pouyanné", "basra": "LOCATION/city/Basra", "boc": "?ORGANIZATION/company/Basra Oil Company", "qe": "ORGANIZATION/company/QatarEnergy"},
 ["MEETS sudani > pouyanne", "AFFILIATED_WITH pouyanne > total", "COOPERATES_WITH total > boc", "COOPERATES_WITH total > qe", "?VISITS pouyanne > baghdad"],
 "Nominal لدى استقباله -> MEETS. Short second name توتال. بالشراكة مع two partners -> COOP pairwise with Total. شركة نفط البصرة: شركة needed, debatable as in the seed's شركة نفط الجنوب -> optional entity (relation kept). قطر inside QatarEnergy's name is no mention. Iraq only a nisba."),
# 29
("ووصل وزير الخارجية العراقي [[fuad|فؤاد حسين]] إلى [[tehran|طهران]] في زيارة رسمية يلتقي خلالها نظيره الإيراني [[araghchi|عباس عراقجي]] والرئيس [[pezeshkian|مسعود بزشكيان]]، لبحث أمن الحدود وملف المياه بين [[iraq|العراق]] و[[iran|إيران]].",
 {"fuad": "PERSON//Fuad Hussein", "tehran": "LOCATION/city/Tehran", "araghchi": "PERSON//Abbas Araghchi", "pezeshkian": "PERSON//Masoud Pezeshkian", "iraq": "LOCATION/country/Iraq", "iran": "LOCATION/country/Iran"},
 ["VISITS fuad > tehran,iran", "MEETS fuad > araghchi", "MEETS fuad > pezeshkian", "AFFILIATED_WITH fuad > iraq", "AFFILIATED_WITH araghchi > iran", "?AFFILIATED_WITH pezeshkian > iran"],
 "Coordinated objects of يلتقي -> two MEETS. Both nisbas have their countries named at the end -> AFFIL scored. الرئيس without nisba -> Pezeshkian's country implied -> optional. Border and water topics are no TENSION or COOP."),
# 30
("واتهم رئيس [[majlis|مجلس الشورى الإسلامي]] في [[iran|إيران]] [[qalibaf|محمد باقر قاليباف]] [[iaea|الوكالة الدولية للطاقة الذرية]] ومديرها العام [[grossi|رافائيل غروسي]] بـ«التواطؤ» مع الهجمات على المنشآت النووية الإيرانية، وذلك بعد أيام من مصادقة المجلس على قانون يعلّق التعاون مع الوكالة.",
 {"majlis": "ORGANIZATION/government/Islamic Consultative Assembly (Majlis)", "iran": "LOCATION/country/Iran", "qalibaf": "PERSON//Mohammad Bagher Ghalibaf", "iaea": "ORGANIZATION/intergovernmental/International Atomic Energy Agency", "grossi": "PERSON//Rafael Grossi"},
 ["AFFILIATED_WITH qalibaf > majlis", "LOCATED_IN majlis > iran", "?AFFILIATED_WITH qalibaf > iran", "TENSION_WITH qalibaf > iaea", "TENSION_WITH qalibaf > grossi", "AFFILIATED_WITH grossi > iaea"],
 "Accusation against a coordinated object (body and its head) -> two TENSION. ومديرها العام: pronoun -> AFFIL scored. Parliament 'in' Iran -> LOCATED (as line 9). A law suspending cooperation -> no COOP."),
# 31
("وفي محطته الثانية بعد [[baghdad|بغداد]]، وصل الرئيس الإيراني [[pezeshkian|مسعود بزشكيان]] إلى [[erbil|أربيل]]، حيث التقى رئيس إقليم [[kurdistan|كردستان]] [[nechirvan|نيجيرفان بارزاني]] ورئيس حكومة الإقليم [[masrour|مسرور بارزاني]]، في أول زيارة يقوم بها رئيس إيراني إلى الإقليم.",
 {"baghdad": "LOCATION/city/Baghdad", "pezeshkian": "PERSON//Masoud Pezeshkian", "erbil": "LOCATION/city/Erbil", "kurdistan": "LOCATION/region/Kurdistan Region", "nechirvan": "PERSON//Nechirvan Barzani", "masrour": "PERSON//Masrour Barzani"},
 ["VISITS pezeshkian > erbil", "?VISITS pezeshkian > baghdad", "?VISITS pezeshkian > kurdistan", "MEETS pezeshkian > nechirvan", "MEETS pezeshkian > masrour", "?AFFILIATED_WITH nechirvan > kurdistan", "?AFFILIATED_WITH masrour > kurdistan"],
 "وصل إلى -> VISITS; the earlier stop is only implied (محطته الثانية بعد بغداد) and the visit 'to the region' is a nominal -> optional. Two coordinated objects of التقى. إقليم left out. The region's president: AFFIL is to an organization or a country, and the Kurdistan Region is a region (LOCATION/region) -> optional; Masrour's role names it only by the nominal الإقليم -> optional too. Iran only as a nisba."),
# 32
("ووقّعت [[moo|وزارة النفط العراقية]] وشركة [[bp|بي بي]] البريطانية في [[baghdad|بغداد]] عقداً لإعادة تأهيل وتطوير أربعة حقول نفطية في [[kirkuk|كركوك]]، بحضور وزير النفط [[hayan|حيان عبد الغني]] والرئيس التنفيذي ل[[bp|بي بي]] [[murray|موراي أوكينكلوس]].",
 {"moo": "ORGANIZATION/government/Ministry of Oil (Iraq)", "bp": "ORGANIZATION/company/BP", "baghdad": "LOCATION/city/Baghdad", "kirkuk": "LOCATION/city/Kirkuk", "hayan": "PERSON//Hayan Abdul-Ghani", "murray": "PERSON//Murray Auchincloss"},
 ["SIGNS_AGREEMENT moo > bp", "AFFILIATED_WITH hayan > moo", "AFFILIATED_WITH murray > bp", "?SIGNS_AGREEMENT hayan > murray"],
 "Coordinated subject of وقّعت -> SIGNS. وزير النفط with the ministry named on the line -> AFFIL with the ministry. Presence at the signing (بحضور) -> persons' SIGNS optional."),
# 33
("واستدعت [[mfaiq|وزارة الخارجية العراقية]] السفير التركي في [[baghdad|بغداد]] [[inan|أنيل بورا إينان]]، وسلّمته مذكرة احتجاج شديدة اللهجة على القصف الذي استهدف قرى في قضاء [[zakho|زاخو]] بمحافظة [[duhok|دهوك]].",
 {"mfaiq": "ORGANIZATION/government/Ministry of Foreign Affairs of Iraq", "baghdad": "LOCATION/city/Baghdad", "inan": "PERSON//Anıl Bora İnan", "zakho": "LOCATION/district/Zakho", "duhok": "LOCATION/region/Duhok Governorate"},
 ["TENSION_WITH mfaiq > inan", "LOCATED_IN inan > baghdad"],
 "Summoning an ambassador and a protest note -> TENSION with the named ambassador (Turkey not named). An ambassador in a capital -> LOCATED. قضاء / محافظة left out as descriptors. Turkey only as a nisba -> no AFFIL."),
# 34
("وعقد رئيس الوزراء الياباني [[ishiba|شيغيرو إيشيبا]] والرئيس الكوري الجنوبي [[lee|لي جاي ميونغ]] قمة في [[tokyo|طوكيو]] هي الأولى منذ تولي الأخير منصبه، واتفقا على تعزيز التنسيق بين [[japan|اليابان]] و[[skorea|كوريا الجنوبية]] و[[us|الولايات المتحدة]] في مواجهة التهديدات الكورية الشمالية.",
 {"ishiba": "PERSON//Shigeru Ishiba", "lee": "PERSON//Lee Jae-myung", "tokyo": "LOCATION/city/Tokyo", "japan": "LOCATION/country/Japan", "skorea": "LOCATION/country/South Korea", "us": "LOCATION/country/United States"},
 ["MEETS ishiba > lee", "AFFILIATED_WITH ishiba > japan", "AFFILIATED_WITH lee > skorea", "COOPERATES_WITH japan > skorea", "COOPERATES_WITH japan > us", "COOPERATES_WITH skorea > us", "?VISITS lee > tokyo,japan"],
 "Coordinated subject holds a summit -> MEETS. Both nisbas with their countries named -> AFFIL. تعزيز التنسيق بين three parties -> COOP pairwise. Summit in Tokyo: the guest's visit only implied -> optional. North Korea only as a nisba."),
# 35
("وأيدت [[court|المحكمة العليا]] في [[skorea|كوريا الجنوبية]] حكم تبرئة رئيس مجلس إدارة [[samsung|سامسونغ للإلكترونيات]] [[leejy|لي جاي يونغ]] من تهم التلاعب بالأسهم والاحتيال المحاسبي المرتبطة باندماج شركتين تابعتين للمجموعة عام 2015.",
 {"court": "ORGANIZATION/government/Supreme Court of Korea", "skorea": "LOCATION/country/South Korea", "samsung": "ORGANIZATION/company/Samsung Electronics", "leejy": "PERSON//Lee Jae-yong"},
 ["LOCATED_IN court > skorea", "AFFILIATED_WITH leejy > samsung"],
 "A court 'in' a country -> LOCATED. Chairman -> AFFIL. An acquittal upheld is no TENSION. The bare court name is an organization (as a bare ministry)."),
# 36
("[[stellantis|ستيلانتيس]] و[[catl|كاتل]] الصينية تؤسسان مشروعاً مشتركاً بقيمة 4.1 مليار يورو لبناء مصنع لبطاريات فوسفات الحديد والليثيوم في [[zaragoza|سرقسطة]] ب[[spain|إسبانيا]]، بحسب ما أعلنه رئيس مجلس إدارة [[catl|كاتل]] [[zeng|تسنغ يوتشون]].",
 {"stellantis": "ORGANIZATION/company/Stellantis", "catl": "ORGANIZATION/company/CATL", "zaragoza": "LOCATION/city/Zaragoza", "spain": "LOCATION/country/Spain", "zeng": "PERSON//Zeng Yuqun"},
 ["COOPERATES_WITH stellantis > catl", "?SIGNS_AGREEMENT stellantis > catl", "AFFILIATED_WITH zeng > catl"],
 "Subject-first with a dual verb. A joint venture -> COOP; an agreement is only implied -> SIGNS optional. Place in place is no LOCATED."),
# 37
("وانتقد المتحدث باسم [[mfacn|وزارة الخارجية الصينية]] [[lin|لين جيان]] تصريحات رئيسة الوزراء اليابانية [[takaichi|ساناي تاكايتشي]] بشأن [[taiwan|تايوان]]، وقال إن [[china|الصين]] «لن تسمح لأي قوة بالتدخل في شؤونها الداخلية»، داعياً [[japan|اليابان]] إلى سحبها فوراً.",
 {"mfacn": "ORGANIZATION/government/Ministry of Foreign Affairs of China", "lin": "PERSON//Lin Jian", "takaichi": "PERSON//Sanae Takaichi", "taiwan": "LOCATION/region/Taiwan", "china": "LOCATION/country/China", "japan": "LOCATION/country/Japan"},
 ["AFFILIATED_WITH lin > mfacn", "AFFILIATED_WITH takaichi > japan", "TENSION_WITH lin,mfacn,china > takaichi,japan"],
 "Criticism of a named person's statements -> TENSION (spokesman, ministry or China vs Takaichi or Japan). المتحدث باسم -> AFFIL. اليابانية + Japan named -> AFFIL. Taiwan is only the topic."),
# 38
("وأعلن وزير التجارة والصناعة الهندي [[goyal|بيوش غويال]]، عقب لقائه في [[brussels|بروكسل]] المفوض الأوروبي للتجارة [[sefcovic|ماروش شيفتشوفيتش]]، أن [[eu|الاتحاد الأوروبي]] و[[india|الهند]] يعتزمان توقيع اتفاقية التجارة الحرة بينهما مطلع العام المقبل.",
 {"goyal": "PERSON//Piyush Goyal", "brussels": "LOCATION/city/Brussels", "sefcovic": "PERSON//Maroš Šefčovič", "eu": "ORGANIZATION/intergovernmental/European Union", "india": "LOCATION/country/India"},
 ["MEETS goyal > sefcovic", "PLANS_AGREEMENT eu > india", "AFFILIATED_WITH goyal > india", "AFFILIATED_WITH sefcovic > eu", "?VISITS goyal > brussels"],
 "Nominal عقب لقائه with a place before the object. Dual يعتزمان توقيع -> PLANS. الهندي + India named; المفوض الأوروبي with the EU named -> AFFIL. Meeting in Brussels -> VISITS optional."),
# 39
("وخلال زيارته إلى [[japan|اليابان]]، التقى رئيس الوزراء الهندي [[modi|ناريندرا مودي]] نظيره الياباني [[ishiba|شيغيرو إيشيبا]]، ووقّعت [[india|الهند]] و[[japan|اليابان]] اتفاقية لتوسيع التعاون في مجال أشباه الموصلات، إلى جانب مذكرة تفاهم بين [[jaxa|وكالة استكشاف الفضاء اليابانية]] ([[jaxa|جاكسا]]) و[[isro|منظمة أبحاث الفضاء الهندية]].",
 {"japan": "LOCATION/country/Japan", "modi": "PERSON//Narendra Modi", "ishiba": "PERSON//Shigeru Ishiba", "india": "LOCATION/country/India", "jaxa": "ORGANIZATION/government/Japan Aerospace Exploration Agency (JAXA)", "isro": "ORGANIZATION/government/Indian Space Research Organisation (ISRO)"},
 ["VISITS modi > japan", "MEETS modi > ishiba", "AFFILIATED_WITH modi > india", "AFFILIATED_WITH ishiba > japan", "SIGNS_AGREEMENT india > japan", "?COOPERATES_WITH india > japan", "SIGNS_AGREEMENT jaxa > isro"],
 "Fronted nominal خلال زيارته إلى. A cooperation agreement signed -> SIGNS, COOP optional; the MoU coordinated with ووقّعت is signed too. Agencies' names need their adjectives (inside); وكالة kept (remainder not a name)."),
# 40
("واختتم وزير الخارجية الصيني [[wang|وانغ يي]] جولة أفريقية شملت [[namibia|ناميبيا]] و[[congo|جمهورية الكونغو]] و[[chad|تشاد]] و[[nigeria|نيجيريا]]، حيث أجرى في [[abuja|أبوجا]] محادثات مع نظيره النيجيري [[tuggar|يوسف توغار]] تناولت تمويل مشروعات السكك الحديدية.",
 {"wang": "PERSON//Wang Yi", "namibia": "LOCATION/country/Namibia", "congo": "LOCATION/country/Republic of the Congo", "chad": "LOCATION/country/Chad", "nigeria": "LOCATION/country/Nigeria", "abuja": "LOCATION/city/Abuja", "tuggar": "PERSON//Yusuf Tuggar"},
 ["VISITS wang > namibia", "VISITS wang > congo", "VISITS wang > chad", "VISITS wang > nigeria,abuja", "MEETS wang > tuggar", "AFFILIATED_WITH tuggar > nigeria"],
 "جولة شملت four countries -> four VISITS. محادثات مع نظيره X -> MEETS; النيجيري + Nigeria named -> AFFIL. China only as a nisba. جمهورية kept (distinguishes the country)."),
# 41
("وصعّدت السلطات في [[mali|مالي]] خلافها مع شركة [[barrick|باريك غولد]] الكندية، ومقرها [[toronto|تورنتو]]، بعد أن وضعت منجم [[loulo|لولو-غونكوتو]] للذهب تحت إدارة مؤقتة، فيما قال [[bristow|مارك بريستو]]، الرئيس التنفيذي ل[[barrick|باريك]]، إن الشركة «ما زالت منفتحة على الحوار» مع [[bamako|باماكو]].",
 {"mali": "LOCATION/country/Mali", "barrick": "ORGANIZATION/company/Barrick Gold", "toronto": "LOCATION/city/Toronto", "loulo": "?LOCATION/facility/Loulo-Gounkoto mine", "bristow": "PERSON//Mark Bristow", "bamako": "LOCATION/city/Bamako"},
 ["TENSION_WITH mali,bamako > barrick", "LOCATED_IN barrick > toronto", "AFFILIATED_WITH bristow > barrick"],
 "'Authorities in Mali' escalate a dispute (خلافها مع) -> TENSION with Mali (Bamako accepted). ومقرها -> LOCATED. Apposition after the name (X، الرئيس التنفيذي لـ Y) -> AFFIL. Openness to dialogue denies nothing. Mine optional."),
# 42
("وأعلن المجلس العسكري الحاكم في [[niger|النيجر]] تأميم شركة [[somair|سومير]] لاستخراج اليورانيوم، التي كانت تديرها مجموعة [[orano|أورانو]] الفرنسية، في خطوة وصفتها [[orano|أورانو]] بأنها «انتهاك صارخ» للاتفاقات، مؤكدة أنها لجأت إلى التحكيم الدولي ضد [[niamey|نيامي]].",
 {"niger": "LOCATION/country/Niger", "somair": "ORGANIZATION/company/Somaïr", "orano": "ORGANIZATION/company/Orano", "niamey": "LOCATION/city/Niamey"},
 ["TENSION_WITH orano > niger,niamey"],
 "Condemnation and arbitration against a state -> TENSION (Niamey as metonym, Niger accepted). The junta (المجلس العسكري الحاكم) is not a name. Nationalising a company the group used to run is the topic, not a relation between named parties (Somaïr is what is taken)."),
# 43
("وتبادلت [[india|الهند]] و[[pakistan|باكستان]] الاتهامات بخرق وقف إطلاق النار على طول [[loc|خط المراقبة]] في [[kashmir|كشمير]]، واستدعت [[mfapk|وزارة الخارجية الباكستانية]] القائم بالأعمال الهندي في [[islamabad|إسلام آباد]] للاحتجاج على ما وصفته بـ«عدوان غير مبرر».",
 {"india": "LOCATION/country/India", "pakistan": "LOCATION/country/Pakistan", "loc": "?LOCATION/region/Line of Control", "kashmir": "LOCATION/region/Kashmir", "mfapk": "ORGANIZATION/government/Ministry of Foreign Affairs of Pakistan", "islamabad": "LOCATION/city/Islamabad"},
 ["TENSION_WITH india > pakistan", "?TENSION_WITH mfapk > india"],
 "تبادل الاتهامات -> TENSION. Summoning an unnamed chargé d'affaires: India is named elsewhere but the envoy is not -> optional. Line of Control: name status unclear -> optional entity."),
# 44
("وأعلن رئيس الوزراء المجري [[orban|فيكتور أوربان]] انسحاب بلاده من [[icc|المحكمة الجنائية الدولية]]، التي تتخذ من [[hague|لاهاي]] مقراً لها، متهماً إياها بأنها «تحولت إلى أداة سياسية»، وذلك بالتزامن مع استقباله رئيس الوزراء الإسرائيلي [[netanyahu|بنيامين نتنياهو]] في [[budapest|بودابست]].",
 {"orban": "PERSON//Viktor Orbán", "icc": "ORGANIZATION/intergovernmental/International Criminal Court", "hague": "LOCATION/city/The Hague", "netanyahu": "PERSON//Benjamin Netanyahu", "budapest": "LOCATION/city/Budapest"},
 ["TENSION_WITH orban > icc", "LOCATED_IN icc > hague", "MEETS orban > netanyahu", "?VISITS netanyahu > budapest"],
 "Accusation (متهماً إياها) -> TENSION; withdrawal is no JOINS. تتخذ من X مقراً -> LOCATED. Nominal استقباله -> MEETS; received in Budapest -> VISITS optional. Hungary and Israel only as nisbas / بلاده -> no AFFIL."),
# 45
("وتعتزم [[ram|الخطوط الملكية المغربية]] توقيع اتفاق مع شركة [[embraer|إمبراير]] البرازيلية لاقتناء طائرات إقليمية من طراز E195-E2، وفق ما أكده رئيسها المدير العام [[addou|عبد الحميد عدو]]، في إطار خطة لرفع أسطول الناقلة إلى 200 طائرة بحلول 2037.",
 {"ram": "ORGANIZATION/company/Royal Air Maroc", "embraer": "ORGANIZATION/company/Embraer", "addou": "PERSON//Abdelhamid Addou"},
 ["PLANS_AGREEMENT ram > embraer", "?PURCHASE ram > embraer", "AFFILIATED_WITH addou > ram"],
 "تعتزم توقيع اتفاق مع -> PLANS; intention to buy -> PURCHASE optional. رئيسها المدير العام -> AFFIL (pronoun). Airline name keeps its adjective."),
# 46
("ودشّن وزير الاتصال والاتصالات والاقتصاد الرقمي السنغالي [[sall|عليون سال]]، في [[diamniadio|ديامنياديو]] قرب [[dakar|داكار]]، مركز بيانات وطنياً أنجزته [[senegal|السنغال]] بالتعاون مع شركة [[huawei|هواوي]] الصينية وبتمويل من [[exim|بنك التصدير والاستيراد الصيني]].",
 {"sall": "PERSON//Alioune Sall", "diamniadio": "LOCATION/city/Diamniadio", "dakar": "LOCATION/city/Dakar", "senegal": "LOCATION/country/Senegal", "huawei": "ORGANIZATION/company/Huawei", "exim": "ORGANIZATION/company/Export-Import Bank of China"},
 ["AFFILIATED_WITH sall > senegal", "COOPERATES_WITH senegal > huawei", "?COOPERATES_WITH senegal > exim"],
 "بالتعاون مع -> COOP. السنغالي + Senegal named -> AFFIL. Financing (بتمويل من) is close to 'with the help of' but not named as cooperation -> optional. The bank's name needs its adjective."),
# 47
("وأتمت مجموعة [[softbank|سوفت بنك]] اليابانية استحواذها على شركة [[ampere|أمبير كومبيوتينغ]] الأمريكية لتصميم الرقائق مقابل 6.5 مليار دولار، بعد شرائها حصتي [[oracle|أوراكل]] و[[carlyle|كارلايل]] فيها، وقال مؤسس [[softbank|سوفت بنك]] [[son|ماسايوشي سون]] إن الصفقة تعزز رهان المجموعة على الذكاء الاصطناعي.",
 {"softbank": "ORGANIZATION/company/SoftBank Group", "ampere": "ORGANIZATION/company/Ampere Computing", "oracle": "ORGANIZATION/company/Oracle", "carlyle": "ORGANIZATION/company/Carlyle Group", "son": "PERSON//Masayoshi Son"},
 ["PURCHASE softbank > oracle", "PURCHASE softbank > carlyle", "AFFILIATED_WITH son > softbank"],
 "Buying the stakes of two holders -> PURCHASE buyer -> each seller; the company acquired is the thing bought (no relation). Founder -> AFFIL. مجموعة left out."),
# 48
("ووقّعت [[samsung|سامسونغ للإلكترونيات]] عقداً بقيمة 16.5 مليار دولار مع [[tesla|تسلا]] لتصنيع رقائق الجيل المقبل من الذكاء الاصطناعي في مصنعها بمدينة [[taylor|تايلور]] في ولاية [[texas|تكساس]]، بحسب ما أكده الرئيس التنفيذي ل[[tesla|تسلا]] [[musk|إيلون ماسك]].",
 {"samsung": "ORGANIZATION/company/Samsung Electronics", "tesla": "ORGANIZATION/company/Tesla", "taylor": "LOCATION/city/Taylor, Texas", "texas": "LOCATION/region/Texas", "musk": "PERSON//Elon Musk"},
 ["SIGNS_AGREEMENT samsung > tesla", "AFFILIATED_WITH musk > tesla", "?LOCATED_IN samsung > taylor", "?PURCHASE tesla > samsung"],
 "Manufacturing contract signed -> SIGNS. A supply contract is close to a purchase but no buying is stated -> optional. A plant in a city -> LOCATED optional. مدينة / ولاية left out."),
# 49
("وبدأت شركة [[tsmc|تي إس إم سي]] التايوانية بناء مصنعها الثاني في محافظة [[kumamoto|كوماموتو]] جنوب غربي [[japan|اليابان]]، في إطار مشروع مشترك مع [[sony|سوني]] و[[denso|دينسو]] و[[toyota|تويوتا]] تدعمه [[jpgov|الحكومة اليابانية]] بإعانات تتجاوز 7 مليارات دولار.",
 {"tsmc": "ORGANIZATION/company/TSMC", "kumamoto": "LOCATION/region/Kumamoto Prefecture", "japan": "LOCATION/country/Japan", "sony": "ORGANIZATION/company/Sony", "denso": "ORGANIZATION/company/Denso", "toyota": "ORGANIZATION/company/Toyota", "jpgov": "?ORGANIZATION/government/Government of Japan"},
 ["COOPERATES_WITH tsmc > sony", "COOPERATES_WITH tsmc > denso", "COOPERATES_WITH tsmc > toyota", "?COOPERATES_WITH sony > denso", "?COOPERATES_WITH sony > toyota", "?COOPERATES_WITH denso > toyota", "?COOPERATES_WITH jpgov > tsmc", "?LOCATED_IN tsmc > kumamoto"],
 "مشروع مشترك مع three partners -> COOP with TSMC; the partners among themselves only implied -> optional; subsidies -> optional. محافظة left out. Descriptive government phrase -> optional entity."),
# 50
("وأطلقت [[guinea|غينيا]] أول شحنة من خام الحديد من منجم [[simandou|سيماندو]]، بحضور الرئيس الانتقالي الغيني [[doumbouya|مامادي دومبويا]]، بعد سنوات من التأخير في المشروع الذي تطوره [[rio|ريو تينتو]] الأنغلو-أسترالية بالشراكة مع مجموعة [[chinalco|تشاينالكو]] الصينية.",
 {"guinea": "LOCATION/country/Guinea", "simandou": "?LOCATION/facility/Simandou mine", "doumbouya": "PERSON//Mamadi Doumbouya", "rio": "ORGANIZATION/company/Rio Tinto", "chinalco": "ORGANIZATION/company/Chinalco"},
 ["AFFILIATED_WITH doumbouya > guinea", "COOPERATES_WITH rio > chinalco"],
 "بالشراكة مع -> COOP. الغيني + Guinea named -> AFFIL. Mine (a range's name used for the project) optional."),
# 51
("وأطلقت [[acdc|المراكز الأفريقية لمكافحة الأمراض والوقاية منها]]، بالتنسيق مع [[who|منظمة الصحة العالمية]]، خطة مشتركة لاحتواء تفشي جدري القردة في [[sierraleone|سيراليون]] و[[liberia|ليبيريا]] تشمل إرسال مليون جرعة من اللقاحات، وفق ما أعلنه مديرها العام [[kaseya|جان كاسيا]].",
 {"acdc": "ORGANIZATION/intergovernmental/Africa CDC", "who": "ORGANIZATION/intergovernmental/World Health Organization", "sierraleone": "LOCATION/country/Sierra Leone", "liberia": "LOCATION/country/Liberia", "kaseya": "PERSON//Jean Kaseya"},
 ["COOPERATES_WITH acdc > who", "AFFILIATED_WITH kaseya > acdc"],
 "بالتنسيق مع set off by commas between subject and object -> COOP. مديرها العام: pronoun -> AFFIL scored. A joint plan for named countries gives them no relation."),
# 52
("ووقّع [[gavi|غافي]]، التحالف العالمي للقاحات، و[[ipd|معهد باستور]] في [[dakar|داكار]] اتفاقية يمول بموجبها [[gavi|غافي]] شراء لقاحات الحمى الصفراء المصنعة في المعهد، دعماً لهدف [[au|الاتحاد الأفريقي]] تصنيع 60% من اللقاحات محلياً بحلول 2040.",
 {"gavi": "ORGANIZATION/ngo/Gavi, the Vaccine Alliance", "ipd": "ORGANIZATION/other/Institut Pasteur de Dakar", "dakar": "LOCATION/city/Dakar", "au": "ORGANIZATION/intergovernmental/African Union"},
 ["SIGNS_AGREEMENT gavi > ipd", "LOCATED_IN ipd > dakar", "?PURCHASE gavi > ipd", "?COOPERATES_WITH gavi > ipd"],
 "Apposition after the name (X، التحالف العالمي للقاحات). An institute 'in' a city -> separate mention and LOCATED. Funding purchases of the institute's vaccines: buyer not quite Gavi -> PURCHASE optional; an agreement implies cooperation -> optional. The AU's goal is no relation."),
# 53
("ووقّعت [[cu|جامعة القاهرة]] و[[hiro|جامعة هيروشيما]] اليابانية مذكرة تفاهم للتعاون في مجالي الطب والهندسة، خلال زيارة رئيس [[hiro|جامعة هيروشيما]] [[ochi|ميتسوو أوتشي]] إلى [[cairo|القاهرة]]، حيث استقبله نظيره [[sadek|محمد سامي عبد الصادق]].",
 {"cu": "ORGANIZATION/education/Cairo University", "hiro": "ORGANIZATION/education/Hiroshima University", "ochi": "PERSON//Mitsuo Ochi", "cairo": "LOCATION/city/Cairo", "sadek": "PERSON//Mohamed Sami Abdel-Sadek"},
 ["SIGNS_AGREEMENT cu > hiro", "?COOPERATES_WITH cu > hiro", "AFFILIATED_WITH ochi > hiro", "VISITS ochi > cairo", "MEETS ochi > sadek", "?AFFILIATED_WITH sadek > cu"],
 "MoU signed -> SIGNS, cooperation optional. Nominal خلال زيارة X إلى Y -> VISITS; استقبله -> MEETS. نظيره: Cairo University's president only by the counterpart relation -> AFFIL optional. The city nested in the university's name is no separate mention."),
# 54
("ويعتزم [[kaist|معهد كوريا المتقدم للعلوم والتكنولوجيا]] ([[kaist|كايست]]) توقيع اتفاقية شراكة مع [[zewail|مدينة زويل للعلوم والتكنولوجيا]] في [[egypt|مصر]] لإنشاء برنامج مشترك للدراسات العليا في الذكاء الاصطناعي.",
 {"kaist": "ORGANIZATION/education/KAIST", "zewail": "ORGANIZATION/education/Zewail City of Science and Technology", "egypt": "LOCATION/country/Egypt"},
 ["PLANS_AGREEMENT kaist > zewail", "LOCATED_IN zewail > egypt"],
 "يعتزم توقيع اتفاقية شراكة -> PLANS only (a planned partnership is no COOP). مدينة is part of the university's name here (the remainder is not a name). Korea nested in KAIST's name."),
# 55
("وانضمت [[uca|جامعة القاضي عياض]] ب[[marrakech|مراكش]] رسمياً إلى [[unimed|اتحاد الجامعات المتوسطية]] ([[unimed|يونيميد]])، الذي يتخذ من [[rome|روما]] مقراً له ويضم أكثر من 150 جامعة من ضفتي [[med|المتوسط]].",
 {"uca": "ORGANIZATION/education/Cadi Ayyad University", "marrakech": "LOCATION/city/Marrakesh", "unimed": "ORGANIZATION/education/Mediterranean Universities Union (UNIMED)", "rome": "LOCATION/city/Rome", "med": "LOCATION/water/Mediterranean Sea"},
 ["JOINS uca > unimed", "LOCATED_IN uca > marrakech", "LOCATED_IN unimed > rome"],
 "انضمت إلى -> JOINS. A university 'in' a city (بمراكش) -> LOCATED; يتخذ من X مقراً -> LOCATED. المتوسط alone is the sea; المتوسطية inside the union's name is an adjective."),
# 56
("وانضمت [[sas|الخطوط الجوية الإسكندنافية]] ([[sas|ساس]]) رسمياً إلى تحالف [[skyteam|سكاي تيم]]، بعد أشهر من استحواذ مجموعة [[afklm|إير فرانس-كيه إل إم]] على حصة فيها، وقال رئيسها التنفيذي [[vdw|أنكو فان دير فيرف]] إن الخطوة «تفتح أمام مسافرينا شبكة عالمية».",
 {"sas": "ORGANIZATION/company/Scandinavian Airlines (SAS)", "skyteam": "ORGANIZATION/other/SkyTeam", "afklm": "ORGANIZATION/company/Air France-KLM", "vdw": "PERSON//Anko van der Werff"},
 ["JOINS sas > skyteam", "AFFILIATED_WITH vdw > sas"],
 "Airline joins an alliance -> JOINS (تحالف left out as a descriptor). A stake acquired in SAS: the thing bought, no seller named -> no PURCHASE. رئيسها التنفيذي refers to the subject SAS -> AFFIL scored."),
# 57
("وانضم قائد [[knt|منتخب كوريا الجنوبية]] [[sonhm|سون هيونغ مين]] إلى [[lafc|لوس أنجلوس إف سي]] الأمريكي قادماً من [[spurs|توتنهام هوتسبير]] الإنجليزي، في صفقة بلغت قيمتها 26 مليون دولار، هي الأعلى في تاريخ [[mls|الدوري الأمريكي لكرة القدم]].",
 {"knt": "?ORGANIZATION/sports/South Korea national football team", "sonhm": "PERSON//Son Heung-min", "lafc": "ORGANIZATION/sports/Los Angeles FC", "spurs": "ORGANIZATION/sports/Tottenham Hotspur", "mls": "?ORGANIZATION/sports/Major League Soccer"},
 ["JOINS sonhm > lafc", "AFFILIATED_WITH sonhm > knt", "PURCHASE lafc > spurs", "?AFFILIATED_WITH sonhm > lafc", "?AFFILIATED_WITH sonhm > spurs"],
 "انضم إلى -> JOINS; a fee paid (صفقة بقيمة) -> PURCHASE club -> former club. The captain of a national team -> AFFIL; منتخب + country as one name is debatable (the country may be read alone) -> optional entity, relation kept. A league as an organization is debatable -> optional entity. The city nested in the club's name is no mention."),
# 58
("وانضم المهاجم النيجيري [[osimhen|فيكتور أوسيمين]] بشكل نهائي إلى [[gala|غلطة سراي]] التركي، بعد أن دفع [[gala|غلطة سراي]] 75 مليون يورو ل[[napoli|نابولي]] الإيطالي، ليصبح أغلى لاعب في تاريخ الدوري التركي.",
 {"osimhen": "PERSON//Victor Osimhen", "gala": "ORGANIZATION/sports/Galatasaray SK", "napoli": "ORGANIZATION/sports/SSC Napoli"},
 ["JOINS osimhen > gala", "PURCHASE gala > napoli", "?AFFILIATED_WITH osimhen > gala", "?AFFILIATED_WITH osimhen > napoli", "?SIGNS_AGREEMENT gala > osimhen"],
 "انضم إلى -> JOINS; the fee paid to the former club -> PURCHASE. نابولي is the club (الإيطالي). Nationality alone (النيجيري) gives nothing; the Turkish league is no name."),
# 59
("وانضم المهاجم السنغالي [[jackson|نيكولاس جاكسون]] إلى [[bayern|بايرن ميونيخ]] الألماني على سبيل الإعارة لموسم واحد قادماً من [[chelsea|تشيلسي]] الإنجليزي، مع خيار الشراء مقابل 65 مليون يورو.",
 {"jackson": "PERSON//Nicolas Jackson", "bayern": "ORGANIZATION/sports/FC Bayern Munich", "chelsea": "ORGANIZATION/sports/Chelsea FC"},
 ["JOINS jackson > bayern", "?AFFILIATED_WITH jackson > bayern", "?AFFILIATED_WITH jackson > chelsea", "?PURCHASE bayern > chelsea"],
 "Loan: انضم إلى -> JOINS; an option to buy is only a possible purchase -> optional. Munich nested in the club's name."),
# 60
("وأصبحت [[nigeria|نيجيريا]] رسمياً الدولة الشريكة التاسعة في مجموعة [[brics|بريكس]]، وقالت [[mfang|وزارة الخارجية النيجيرية]] إن انضمام [[abuja|أبوجا]] إلى المجموعة «يعكس التزامها بالتعددية».",
 {"nigeria": "LOCATION/country/Nigeria", "brics": "ORGANIZATION/intergovernmental/BRICS", "mfang": "ORGANIZATION/government/Ministry of Foreign Affairs of Nigeria", "abuja": "LOCATION/city/Abuja"},
 ["JOINS nigeria,abuja > brics"],
 "Becoming a partner country (أصبحت ... الدولة الشريكة في) and انضمام أبوجا -> JOINS (Nigeria or Abuja). مجموعة left out; المجموعة later is a nominal, not a mention."),
# 61
("وانضمت [[algeria|الجزائر]] رسمياً إلى [[ndb|بنك التنمية الجديد]]، الذي أسسته دول مجموعة [[brics|بريكس]] ويتخذ من [[shanghai|شنغهاي]] مقراً له، وفق ما أعلنته رئيسة البنك [[rousseff|ديلما روسيف]].",
 {"algeria": "LOCATION/country/Algeria", "ndb": "ORGANIZATION/intergovernmental/New Development Bank", "brics": "ORGANIZATION/intergovernmental/BRICS", "shanghai": "LOCATION/city/Shanghai", "rousseff": "PERSON//Dilma Rousseff"},
 ["JOINS algeria > ndb", "LOCATED_IN ndb > shanghai", "?AFFILIATED_WITH rousseff > ndb"],
 "انضمت إلى -> JOINS; relative clause يتخذ من X مقراً -> LOCATED. The bank's president named through the nominal البنك -> AFFIL optional. Founding by BRICS states is no relation between named parties."),
# 62
("وأصبحت [[belarus|بيلاروسيا]] العضو العاشر في [[sco|منظمة شنغهاي للتعاون]]، بعد أن أقرت قمة المنظمة انضمامها، في خطوة رحب بها الرئيس البيلاروسي [[lukashenko|ألكسندر لوكاشينكو]] ووصفها بأنها «انتصار للتعددية القطبية».",
 {"belarus": "LOCATION/country/Belarus", "sco": "ORGANIZATION/intergovernmental/Shanghai Cooperation Organisation", "lukashenko": "PERSON//Alexander Lukashenko"},
 ["JOINS belarus > sco", "AFFILIATED_WITH lukashenko > belarus"],
 "Becoming a member after the summit approved its accession -> JOINS. للتعاون inside the name is no cue. البيلاروسي + Belarus named -> AFFIL."),
# 63
("واستقبلت [[coventry|كيرستي كوفنتري]]، رئيسة [[ioc|اللجنة الأولمبية الدولية]] التي تتخذ من [[lausanne|لوزان]] مقراً لها، وفداً هندياً برئاسة رئيسة [[ioa|الاتحاد الأولمبي الهندي]] [[usha|بي تي أوشا]]، قدّم لها ملف ترشح [[ahmedabad|أحمد آباد]] لاستضافة دورة الألعاب الأولمبية 2036.",
 {"coventry": "PERSON//Kirsty Coventry", "ioc": "ORGANIZATION/sports/International Olympic Committee", "lausanne": "LOCATION/city/Lausanne", "ioa": "ORGANIZATION/sports/Indian Olympic Association", "usha": "PERSON//P. T. Usha", "ahmedabad": "LOCATION/city/Ahmedabad"},
 ["MEETS coventry > usha", "AFFILIATED_WITH coventry > ioc", "AFFILIATED_WITH usha > ioa", "LOCATED_IN ioc > lausanne", "?MEETS coventry > ioa"],
 "Apposition after the name, with a relative clause -> AFFIL and LOCATED. Received a delegation headed by a named person -> MEETS with her; the association as a party only through the delegation -> optional. Ahmedabad (looks like a person's name) is a city."),
# 64
("وحلّ رئيس [[caf|الاتحاد الأفريقي لكرة القدم]] ([[caf|كاف]]) [[motsepe|باتريس موتسيبي]] ب[[rabat|الرباط]] في زيارة عمل، التقى خلالها رئيس [[frmf|الجامعة الملكية المغربية لكرة القدم]] [[lekjaa|فوزي لقجع]]، لتفقد جاهزية الملاعب التي ستحتضن نهائيات كأس الأمم الأفريقية، وعلى رأسها [[stadium|ملعب الأمير مولاي عبد الله]].",
 {"caf": "ORGANIZATION/sports/Confederation of African Football (CAF)", "motsepe": "PERSON//Patrice Motsepe", "rabat": "LOCATION/city/Rabat", "frmf": "ORGANIZATION/sports/Royal Moroccan Football Federation", "lekjaa": "PERSON//Fouzi Lekjaa", "stadium": "LOCATION/facility/Prince Moulay Abdellah Stadium"},
 ["VISITS motsepe > rabat", "MEETS motsepe > lekjaa", "AFFILIATED_WITH motsepe > caf", "AFFILIATED_WITH lekjaa > frmf", "?VISITS motsepe > stadium"],
 "حلّ بـ (arrived in) + زيارة عمل -> VISITS; التقى خلالها -> MEETS. Role, acronym in parentheses, then the name. A stadium is a facility (LOCATION); the prince's name nested in it is no person mention. Inspecting stadiums -> visiting the stadium optional."),
# 65
("وأعلن النادي [[ahly|الأهلي]] المصري تعاقده مع المدرب الإسباني [[riveiro|خوسيه ريبيرو]] لقيادة الفريق الأول لمدة موسمين، خلفاً للسويسري [[koller|مارسيل كولر]]، وذلك بعد أن أنهى [[riveiro|ريبيرو]] ارتباطه ب[[pirates|أورلاندو بايرتس]] الجنوب أفريقي.",
 {"ahly": "ORGANIZATION/sports/Al Ahly SC", "riveiro": "PERSON//José Riveiro", "koller": "PERSON//Marcel Koller", "pirates": "ORGANIZATION/sports/Orlando Pirates"},
 ["SIGNS_AGREEMENT ahly > riveiro", "?AFFILIATED_WITH riveiro > ahly", "?AFFILIATED_WITH koller > ahly", "?AFFILIATED_WITH riveiro > pirates"],
 "Coach's contract (تعاقده مع) -> SIGNS. His coming role and his predecessor's (خلفاً لـ) are implied, the Pirates link ended -> AFFIL optional. النادي left out; a later surname-only mention is the same person."),
# 66
("وضمت القائمة المختصرة لجائزة أفضل لاعب أفريقي، التي يمنحها [[caf|الاتحاد الأفريقي لكرة القدم]]، كلاً من المغربي [[hakimi|أشرف حكيمي]] والمصري [[salah|محمد صلاح]] والنيجيري [[lookman|أديمولا لوكمان]] والغابوني [[auba|بيير إيمريك أوباميانغ]].",
 {"caf": "ORGANIZATION/sports/Confederation of African Football (CAF)", "hakimi": "PERSON//Achraf Hakimi", "salah": "PERSON//Mohamed Salah", "lookman": "PERSON//Ademola Lookman", "auba": "PERSON//Pierre-Emerick Aubameyang"},
 [],
 "NO RELATION: a list of names with nationality adjectives only (no role, no club); the body awards the prize, which relates it to no named party."),
# 67
("ويلتقي [[wydad|الوداد الرياضي]] وغريمه التقليدي [[raja|الرجاء الرياضي]] مساء الأحد على [[mv|ملعب محمد الخامس]] في [[casa|الدار البيضاء]]، في ديربي تترقبه الجماهير بعد غياب دام موسمين عن المدرجات.",
 {"wydad": "ORGANIZATION/sports/Wydad AC", "raja": "ORGANIZATION/sports/Raja CA", "mv": "LOCATION/facility/Stadium Mohammed V", "casa": "LOCATION/city/Casablanca"},
 [],
 "NO RELATION (misleading cue): يلتقي here is a football match, not MEETS; rivalry (غريمه التقليدي) is sporting, not TENSION; a stadium in a city is place in place. الرياضي is part of both clubs' names."),
# 68
("وألغى وزير الخارجية الفرنسي [[barrot|جان نويل بارو]] زيارة كانت مقررة إلى [[algeria|الجزائر]] الأسبوع المقبل، على خلفية الأزمة الدبلوماسية المتصاعدة بين البلدين منذ أشهر.",
 {"barrot": "PERSON//Jean-Noël Barrot", "algeria": "LOCATION/country/Algeria"},
 [],
 "NO RELATION: a cancelled visit (ألغى زيارته) is no VISITS; the crisis is between 'the two countries', and France is only a nisba -> no TENSION, no AFFIL."),
# 69
("ونفت [[moddz|وزارة الدفاع الوطني الجزائرية]] صحة التقارير التي تحدثت عن شراء [[algeria|الجزائر]] مقاتلات من طراز سوخوي سو-57 من [[russia|روسيا]]، مؤكدة أن «لا صفقة من هذا النوع أبرمت مع [[moscow|موسكو]]».",
 {"moddz": "ORGANIZATION/government/Ministry of National Defence of Algeria", "algeria": "LOCATION/country/Algeria", "russia": "LOCATION/country/Russia", "moscow": "LOCATION/city/Moscow"},
 [],
 "NO RELATION (denied): نفت ... شراء and «لا صفقة ... أبرمت» -> no PURCHASE, no SIGNS. The aircraft type is not annotated."),
# 70
("وأكد متحدث باسم [[jpgov|الحكومة اليابانية]] أن [[tokyo|طوكيو]] لا تعتزم توقيع أي اتفاق للتجارة الحرة مع [[taiwan|تايوان]] في الوقت الراهن، نافياً ما نشرته صحيفة [[nikkei|نيكي]] بهذا الشأن.",
 {"jpgov": "?ORGANIZATION/government/Government of Japan", "tokyo": "LOCATION/city/Tokyo", "taiwan": "LOCATION/region/Taiwan", "nikkei": "ORGANIZATION/media/Nikkei"},
 [],
 "NO RELATION (denied): لا تعتزم توقيع -> no PLANS; the newspaper's report is denied and its content not stated. An unnamed spokesman gives no AFFIL. Descriptive government phrase optional; صحيفة left out."),
# 71
("ونفت [[presng|الرئاسة النيجيرية]] ما تداولته وسائل إعلام أمريكية عن موافقة [[abuja|أبوجا]] على إقامة قاعدة عسكرية أمريكية في [[northng|شمال نيجيريا]]، مؤكدة أنها «لم ولن تقبل» بوجود قوات أجنبية على أراضيها.",
 {"presng": "?ORGANIZATION/government/Presidency of Nigeria", "abuja": "LOCATION/city/Abuja", "northng": "?LOCATION/region/Northern Nigeria"},
 [],
 "NO RELATION (denied): a denied consent to a base; the United States is only a nisba. الرئاسة + nisba and شمال نيجيريا (as جنوب لبنان) are optional entities."),
# 72
("ولم يلتق رئيس الوزراء الصيني [[liqiang|لي تشيانغ]] رئيسة الوزراء اليابانية [[takaichi|ساناي تاكايتشي]] على هامش قمة [[g20|مجموعة العشرين]]، في ظل التوتر المتصاعد بين البلدين بشأن [[taiwan|تايوان]].",
 {"liqiang": "PERSON//Li Qiang", "takaichi": "PERSON//Sanae Takaichi", "g20": "?ORGANIZATION/intergovernmental/G20", "taiwan": "LOCATION/region/Taiwan"},
 [],
 "NO RELATION (negated): لم يلتق -> no MEETS; the tension is between 'the two countries', neither named -> nothing; nisbas only. G20 inside an event name -> optional."),
# 73
("ونفت [[pressn|الرئاسة السنغالية]] وجود أي خلاف بين الرئيس [[faye|باسيرو ديوماي فاي]] ورئيس الوزراء [[sonko|عثمان سونكو]]، مؤكدة أن ما يُتداول عن تباين في المواقف بينهما «مجرد شائعات».",
 {"pressn": "?ORGANIZATION/government/Presidency of Senegal", "faye": "PERSON//Bassirou Diomaye Faye", "sonko": "PERSON//Ousmane Sonko"},
 [],
 "NO RELATION (denied): نفت وجود أي خلاف -> no TENSION. Roles without a named country or body give no AFFIL (Senegal only as a nisba of the presidency)."),
# 74
("وأودت فيضانات غير مسبوقة بحياة أكثر من 200 شخص في ولايات [[nigerstate|نيجر]] و[[kogi|كوجي]] و[[benue|بينوي]] في [[nigeria|نيجيريا]]، وفق ما أعلنته [[nema|الوكالة الوطنية لإدارة الطوارئ]] ([[nema|نيما]]).",
 {"nigerstate": "LOCATION/region/Niger State", "kogi": "LOCATION/region/Kogi State", "benue": "LOCATION/region/Benue State", "nigeria": "LOCATION/country/Nigeria", "nema": "ORGANIZATION/government/National Emergency Management Agency (NEMA)"},
 [],
 "NO RELATION: places and the reporting agency only; states in a country is place in place. نيجر here is a Nigerian state, not the country. وكالة kept (remainder not a name)."),
# 75
("وتصدّر [[epp|حزب الشعب الأوروبي]] نتائج انتخابات [[ep|البرلمان الأوروبي]]، يليه [[sd|التحالف التقدمي للاشتراكيين والديمقراطيين]]، فيما حقق [[rn|التجمع الوطني]] أكبر المكاسب في [[france|فرنسا]].",
 {"epp": "ORGANIZATION/party/European People's Party", "ep": "?ORGANIZATION/intergovernmental/European Parliament", "sd": "ORGANIZATION/party/Progressive Alliance of Socialists and Democrats", "rn": "ORGANIZATION/party/National Rally (France)", "france": "LOCATION/country/France"},
 [],
 "NO RELATION: election results listing parties; winning seats in a country is no LOCATED. The Parliament inside an election's name -> optional. حزب kept (الشعب الأوروبي is not a name alone)."),
# 76
("وأكدت [[airbus|إيرباص]] أنها لم توقع حتى الآن أي عقد مع [[airalgerie|الخطوط الجوية الجزائرية]]، وأن الحديث عن صفقة لبيع طائرات من طراز A330neo للناقلة «سابق لأوانه».",
 {"airbus": "ORGANIZATION/company/Airbus", "airalgerie": "ORGANIZATION/company/Air Algérie"},
 [],
 "NO RELATION (negated): لم توقع أي عقد -> no SIGNS; a sale called premature -> no PURCHASE (and the buyer only as الناقلة)."),
# 77
("ومن المنتظر أن يوقّع [[morocco|المغرب]] و[[mauritania|موريتانيا]]، خلال الدورة المقبلة للجنة العليا المشتركة في [[nouakchott|نواكشوط]]، اتفاقية للربط الكهربائي بين البلدين، وفق ما أفادت به وزيرة الانتقال الطاقي والتنمية المستدامة المغربية [[benali|ليلى بنعلي]].",
 {"morocco": "LOCATION/country/Morocco", "mauritania": "LOCATION/country/Mauritania", "nouakchott": "LOCATION/city/Nouakchott", "benali": "PERSON//Leila Benali"},
 ["PLANS_AGREEMENT morocco > mauritania", "AFFILIATED_WITH benali > morocco"],
 "من المنتظر أن يوقّع -> PLANS. المغربية + Morocco named -> AFFIL. A planned session in Nouakchott is no VISITS for a named person."),
# 78
("وأعلن وزير النقل العراقي [[saadawi|رزاق محيبس السعداوي]] أن [[baghdad|بغداد]] و[[ankara|أنقرة]] تعتزمان توقيع اتفاقية إطارية لتنفيذ مشروع طريق التنمية، الذي يربط [[faw|ميناء الفاو الكبير]] بالحدود التركية، بمشاركة [[qatar|قطر]] و[[uae|الإمارات]].",
 {"saadawi": "PERSON//Razzaq Muhaibis al-Saadawi", "baghdad": "LOCATION/city/Baghdad", "ankara": "LOCATION/city/Ankara", "faw": "LOCATION/facility/Grand Faw Port", "qatar": "LOCATION/country/Qatar", "uae": "LOCATION/country/United Arab Emirates"},
 ["PLANS_AGREEMENT baghdad > ankara", "?AFFILIATED_WITH saadawi > baghdad", "?COOPERATES_WITH baghdad > qatar", "?COOPERATES_WITH baghdad > uae", "?COOPERATES_WITH ankara > qatar", "?COOPERATES_WITH ankara > uae"],
 "Dual تعتزمان توقيع with capitals as metonyms -> PLANS. Iraq only as a nisba, Baghdad as its metonym -> AFFIL optional. Participation in the project (بمشاركة) is not in the agreement -> COOP optional. The port is a facility."),
# 79
("[[koreanair|كوريان إير]] سوف توقع اتفاقية رمز مشترك مع [[thy|الخطوط الجوية التركية]] تشمل الرحلات بين [[seoul|سيول]] و[[istanbul|إسطنبول]]، بحسب ما أعلنه رئيسها التنفيذي [[woo|وو كي هونغ]]، على أن تدخل حيز التنفيذ مطلع الصيف المقبل.",
 {"koreanair": "ORGANIZATION/company/Korean Air", "thy": "ORGANIZATION/company/Turkish Airlines", "seoul": "LOCATION/city/Seoul", "istanbul": "LOCATION/city/Istanbul", "woo": "PERSON//Woo Kee-hong"},
 ["PLANS_AGREEMENT koreanair > thy", "AFFILIATED_WITH woo > koreanair"],
 "Subject-first with سوف توقع -> PLANS. رئيسها التنفيذي -> AFFIL (pronoun). A codeshare is cooperation only once signed -> no COOP. Routes between cities give nothing."),
# 80
("وأعلنت [[mali|مالي]] قطع علاقاتها الدبلوماسية مع [[ukraine|أوكرانيا]] «بأثر فوري»، متهمة [[kyiv|كييف]] بدعم الجماعات المسلحة في شمال البلاد، بعد تصريحات للمتحدث باسم [[hur|الاستخبارات العسكرية الأوكرانية]] [[yusov|أندريه يوسوف]].",
 {"mali": "LOCATION/country/Mali", "ukraine": "LOCATION/country/Ukraine", "kyiv": "LOCATION/city/Kyiv", "hur": "ORGANIZATION/military/Main Intelligence Directorate of Ukraine (HUR)", "yusov": "PERSON//Andriy Yusov"},
 ["TENSION_WITH mali > ukraine,kyiv", "AFFILIATED_WITH yusov > hur", "?AFFILIATED_WITH yusov > ukraine"],
 "Breaking off relations and an accusation -> TENSION (Kyiv as metonym accepted). المتحدث باسم -> AFFIL with the intelligence service (adjective inside, as an army); with Ukraine only through that adjective -> optional."),
]

if __name__ == "__main__":
    build("written4", DATA)
