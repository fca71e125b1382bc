#!/usr/bin/env python3
"""Builds written7.txt / written7.gold.json / written7.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup).
Register: world politics, economy, sport and science as the international Arabic-language
outlets write them (Al Jazeera, BBC Arabic, Sky News Arabia, RT Arabic, France 24, Anadolu
Arabic, Asharq): US Congress, governors and elections; the EU institutions; UK, French, German,
Italian and Spanish politics; the Russia-Ukraine war and talks; China, Taiwan, Japan, the
Koreas, India and Pakistan; Israel, Palestine and Lebanon; sanctions, central banks, markets,
technology companies, airlines and carmakers; transfers, coaches, federations, tennis and
Formula 1; WHO, universities, space agencies and research."""
import json, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build, summary  # noqa: E402

DATA = [
# 1
("ووصل وزير الخارجية الأميركي [[rubio|ماركو روبيو]] إلى [[tokyo|طوكيو]] في مستهل جولة آسيوية تشمل أيضاً [[seoul|سول]] و[[manila|مانيلا]]، ومن المقرر أن يلتقي خلالها رئيسة الوزراء اليابانية [[takaichi|ساناي تاكايتشي]] لبحث الرسوم الجمركية التي فرضتها [[us|الولايات المتحدة]] على واردات السيارات من [[japan|اليابان]].",
 {"rubio": "PERSON//Marco Rubio", "tokyo": "LOCATION/city/Tokyo", "seoul": "LOCATION/city/Seoul", "manila": "LOCATION/city/Manila", "takaichi": "PERSON//Sanae Takaichi", "us": "LOCATION/country/United States", "japan": "LOCATION/country/Japan"},
 ["VISITS rubio > tokyo", "VISITS rubio > seoul", "VISITS rubio > manila", "MEETS rubio > takaichi", "AFFILIATED_WITH rubio > us", "AFFILIATED_WITH takaichi > japan", "?TENSION_WITH us > japan"],
 "وصل إلى + جولة تشمل أيضاً X وY -> three VISITS (the later stops are planned, as written6 23). من المقرر أن يلتقي خلالها -> planned MEETS. Both nisbas with their countries named -> AFFIL. Tariffs imposed on a country's imports are trade friction, not stated as a dispute -> TENSION optional."),
# 2
("[[schumer|تشاك شومر]]، زعيم الأقلية الديمقراطية في [[senate|مجلس الشيوخ الأميركي]]، اتهم إدارة الرئيس [[trump|دونالد ترامب]] بتعمد إطالة الإغلاق الحكومي «لمعاقبة الموظفين الفيدراليين»، بينما رد زعيم الأغلبية الجمهورية [[thune|جون ثون]] بأن الديمقراطيين يتحملون وحدهم مسؤولية تعطيل الموازنة.",
 {"schumer": "PERSON//Chuck Schumer", "senate": "?ORGANIZATION/government/United States Senate", "trump": "PERSON//Donald Trump", "thune": "PERSON//John Thune"},
 ["AFFILIATED_WITH schumer > senate", "TENSION_WITH schumer > trump", "?AFFILIATED_WITH thune > senate", "?TENSION_WITH thune > schumer"],
 "Subject-first with an apposition (X، زعيم ... في Y، اتهم). A chamber with a generic head + nisba -> optional entity (nisba inside), AFFIL kept (as written6 50). اتهم إدارة الرئيس X: accusing the administration a named person heads -> TENSION with him (as written6 13). The majority leader's chamber is only implied -> optional. The retort blames 'the Democrats' (a party not named) -> TENSION with Schumer optional. Party adjectives are no mentions."),
# 3
("ووقّع حاكم ولاية [[california|كاليفورنيا]] [[newsom|غافين نيوسوم]]، خلال زيارة تشمل [[munich|ميونيخ]] و[[berlin|برلين]]، مذكرة تفاهم مع رئيس وزراء ولاية [[bavaria|بافاريا]] [[soeder|ماركوس زودر]] للتعاون في مجالي الطاقة النظيفة والمركبات الكهربائية.",
 {"california": "LOCATION/region/California", "newsom": "PERSON//Gavin Newsom", "munich": "LOCATION/city/Munich", "berlin": "LOCATION/city/Berlin", "bavaria": "LOCATION/region/Bavaria", "soeder": "PERSON//Markus Söder"},
 ["SIGNS_AGREEMENT newsom > soeder", "VISITS newsom > munich", "VISITS newsom > berlin", "?AFFILIATED_WITH newsom > california", "?AFFILIATED_WITH soeder > bavaria", "?COOPERATES_WITH newsom > soeder", "?SIGNS_AGREEMENT california > bavaria"],
 "وقّع مذكرة تفاهم مع -> SIGNS between the two heads. زيارة تشمل X و(و)Y -> two VISITS (وبرلين with its proclitic). A governor's or a state premier's role points to a place -> AFFIL optional (as written6 25). An MoU 'for cooperation' -> COOP optional (README). The states sign only through their heads -> optional. ولاية left out. Event made up."),
# 4
("وهدد الرئيس الأميركي [[trump|دونالد ترامب]] بقطع التمويل الفيدرالي عن [[nyc|نيويورك]] بعد فوز [[mamdani|زهران ممداني]] بمنصب عمدة المدينة، وهو ما وصفته حاكمة الولاية [[hochul|كاثي هوكول]] بأنه «ابتزاز سياسي» لن تقبل به.",
 {"trump": "PERSON//Donald Trump", "nyc": "LOCATION/city/New York City", "mamdani": "PERSON//Zohran Mamdani", "hochul": "PERSON//Kathy Hochul"},
 ["TENSION_WITH trump > nyc", "TENSION_WITH hochul > trump", "?AFFILIATED_WITH mamdani > nyc"],
 "هدد بقطع التمويل عن X -> TENSION (a threat, not a conditional one; the city is a party). Calling his threat blackmail -> TENSION (criticism of a party's act). A mayor of a city: a place -> AFFIL optional (عمدة المدينة, the city named just before). حاكمة الولاية: the state only as a nominal -> nothing. الأميركي with no United States on the line -> no entity, no AFFIL."),
# 5
("وقال رئيس [[house|مجلس النواب الأميركي]] [[johnson|مايك جونسون]] إنه لن يطرح مشروع المساعدات العسكرية ل[[ukraine|أوكرانيا]] على التصويت قبل التوصل إلى تفاهم مع [[whitehouse|البيت الأبيض]] بشأن سقف الإنفاق، نافياً أن يكون قد التقى السفيرة الأوكرانية [[stefanishyna|أولغا ستيفانيشينا]] الأسبوع الماضي.",
 {"house": "?ORGANIZATION/government/United States House of Representatives", "johnson": "PERSON//Mike Johnson", "ukraine": "LOCATION/country/Ukraine", "whitehouse": "LOCATION/facility/White House", "stefanishyna": "PERSON//Olha Stefanishyna"},
 ["AFFILIATED_WITH johnson > house", "AFFILIATED_WITH stefanishyna > ukraine"],
 "رئيس X Y -> AFFIL (the house an optional entity with its nisba inside, as line 2). The denied meeting (نافياً أن يكون قد التقى) -> no MEETS. الأوكرانية + Ukraine named -> AFFIL. An understanding to be reached as a condition is no PLANS. The White House is typed as a facility (LOCATION), as palaces are."),
# 6
("وجدد [[trump|ترامب]] هجومه على رئيس [[fed|مجلس الاحتياطي الفيدرالي]] [[powell|جيروم باول]]، متهماً إياه بإبقاء أسعار الفائدة مرتفعة «لأسباب سياسية»، في حين أكد [[waller|كريستوفر والر]]، أحد أعضاء [[fed|مجلس الاحتياطي الفيدرالي]]، أن البنك المركزي «مستقل تماماً عن [[whitehouse|البيت الأبيض]]».",
 {"trump": "PERSON//Donald Trump", "fed": "ORGANIZATION/government/Federal Reserve", "powell": "PERSON//Jerome Powell", "waller": "PERSON//Christopher Waller", "whitehouse": "LOCATION/facility/White House"},
 ["TENSION_WITH trump > powell", "AFFILIATED_WITH powell > fed", "AFFILIATED_WITH waller > fed"],
 "Surname-only mention of Trump. هجوم + متهماً -> TENSION. رئيس X Y -> AFFIL; an apposition after the name (Y، أحد أعضاء X) -> AFFIL. البنك المركزي is a nominal (not annotated). Independence from the White House is no relation."),
# 7
("وأجرى وزير الخزانة الأميركي [[bessent|سكوت بيسنت]] ونائب رئيس الوزراء الصيني [[he|خه ليفنغ]] في [[madrid|مدريد]] جولة جديدة من المحادثات التجارية بين [[us|الولايات المتحدة]] و[[china|الصين]]، اتفق خلالها الجانبان على إطار لتسوية الخلاف حول ملكية تطبيق «[[tiktok|تيك توك]]»، بحسب ما أعلنته [[mofcom|وزارة التجارة الصينية]].",
 {"bessent": "PERSON//Scott Bessent", "he": "PERSON//He Lifeng", "madrid": "LOCATION/city/Madrid", "us": "LOCATION/country/United States", "china": "LOCATION/country/China", "tiktok": "?ORGANIZATION/company/TikTok", "mofcom": "ORGANIZATION/government/Ministry of Commerce (China)"},
 ["MEETS bessent > he", "MEETS us > china", "AFFILIATED_WITH bessent > us", "AFFILIATED_WITH he > china", "?SIGNS_AGREEMENT bessent,us > he,china", "?TENSION_WITH us > china", "?VISITS bessent > madrid", "?VISITS he > madrid"],
 "Coordinated subject of أجرى محادثات -> MEETS; talks between two named countries -> MEETS too (README: parties that are no persons hold talks). Both nisbas with their countries named -> AFFIL. A framework agreed (اتفق الجانبان على إطار) is no signed agreement -> SIGNS optional. The dispute over the app is implied between the sides -> optional. Talks held in a city -> VISITS optional. تطبيق تيك توك names the app (a product) -> optional entity."),
# 8
("وقال المندوب الأميركي الدائم لدى [[un|الأمم المتحدة]] [[waltz|مايك والتز]] إن [[us|الولايات المتحدة]] ستستخدم حق النقض ضد أي مشروع قرار في [[unsc|مجلس الأمن]] لا يربط وقف إطلاق النار بالإفراج عن الرهائن، فيما انتقد المندوب الروسي [[nebenzia|فاسيلي نيبينزيا]] ما سماه «الازدواجية الأميركية».",
 {"un": "ORGANIZATION/intergovernmental/United Nations", "waltz": "PERSON//Mike Waltz", "us": "LOCATION/country/United States", "unsc": "ORGANIZATION/intergovernmental/United Nations Security Council", "nebenzia": "PERSON//Vassily Nebenzia"},
 ["AFFILIATED_WITH waltz > us", "?TENSION_WITH nebenzia > us"],
 "An envoy to an organization is not affiliated with it (README) -> AFFIL with the US only (الأميركي + US named). A veto threat against unnamed drafts is nothing. Nebenzia criticises 'American double standards': the US only through an adjective -> TENSION optional. الروسي with no Russia on the line -> nothing."),
# 9
("وأعلنت [[nvidia|إنفيديا]] حصولها على تراخيص من [[commerce|وزارة التجارة الأميركية]] لبيع رقائق «إتش 20» إلى [[alibaba|علي بابا]] و[[tencent|تينسنت]]، بعد لقاء جمع رئيسها التنفيذي [[huang|جنسن هوانغ]] بالرئيس [[trump|دونالد ترامب]] في [[whitehouse|البيت الأبيض]].",
 {"nvidia": "ORGANIZATION/company/Nvidia", "commerce": "ORGANIZATION/government/United States Department of Commerce", "alibaba": "ORGANIZATION/company/Alibaba", "tencent": "ORGANIZATION/company/Tencent", "huang": "PERSON//Jensen Huang", "trump": "PERSON//Donald Trump", "whitehouse": "LOCATION/facility/White House"},
 ["MEETS huang > trump", "AFFILIATED_WITH huang > nvidia", "?PURCHASE alibaba > nvidia", "?PURCHASE tencent > nvidia", "?VISITS huang > whitehouse"],
 "لقاء جمع X بـY -> MEETS. رئيسها التنفيذي (pronoun for the subject) -> AFFIL. Licences to sell to named buyers: a permitted sale, not a done one -> PURCHASE optional. Meeting at the White House -> VISITS optional. The chip name is a product (not annotated)."),
# 10
("وتُظهر استطلاعات الرأي تقارباً شديداً بين المرشح الجمهوري [[ramaswamy|فيفيك راماسوامي]] ومنافسته الديمقراطية [[acton|إيمي أكتون]] في السباق على منصب حاكم ولاية [[ohio|أوهايو]]، المقرر في نوفمبر 2026، فيما لم يحسم نحو 15 في المئة من الناخبين خيارهم بعد.",
 {"ramaswamy": "PERSON//Vivek Ramaswamy", "acton": "PERSON//Amy Acton", "ohio": "LOCATION/region/Ohio"},
 [],
 "NO RELATION (a poll): candidates with party adjectives only (no party named); an electoral rival is no TENSION (as written6 60); a candidacy for governor gives no AFFIL with the state."),
# 11
("وشارك الرئيس الأوكراني [[zelensky|فولوديمير زيلينسكي]] في قمة قادة [[eu|الاتحاد الأوروبي]] ب[[brussels|بروكسل]]، حيث التقى رئيس [[euco|المجلس الأوروبي]] [[costa|أنطونيو كوستا]] ورئيسة [[ec|المفوضية الأوروبية]] [[vdl|أورسولا فون دير لاين]]، وبحث معهما خطة استخدام الأصول الروسية المجمدة لتمويل [[ukraine|أوكرانيا]].",
 {"zelensky": "PERSON//Volodymyr Zelensky", "eu": "ORGANIZATION/intergovernmental/European Union", "brussels": "LOCATION/city/Brussels", "euco": "ORGANIZATION/intergovernmental/European Council", "costa": "PERSON//António Costa", "ec": "ORGANIZATION/intergovernmental/European Commission", "vdl": "PERSON//Ursula von der Leyen", "ukraine": "LOCATION/country/Ukraine"},
 ["MEETS zelensky > costa", "MEETS zelensky > vdl", "AFFILIATED_WITH zelensky > ukraine", "AFFILIATED_WITH costa > euco", "AFFILIATED_WITH vdl > ec", "?VISITS zelensky > brussels"],
 "حيث التقى X وY -> two MEETS (coordinated objects paired one by one). Two role phrases -> AFFIL; الأوكراني + Ukraine named -> AFFIL. Taking part in a summit in a city -> VISITS optional. The EU as the genitive of قادة is a plain mention (not a name inside an event name). Russian assets name no party."),
# 12
("وانتقدت رئيسة [[ep|البرلمان الأوروبي]] [[metsola|روبرتا ميتسولا]] قرار حكومة رئيس الوزراء المجري [[orban|فيكتور أوربان]] حظر مسيرة الفخر في [[budapest|بودابست]]، فيما صوّت النواب الأوروبيون على تجميد جزء من أموال التماسك المخصصة ل[[hungary|لمجر]].",
 {"ep": "ORGANIZATION/intergovernmental/European Parliament", "metsola": "PERSON//Roberta Metsola", "orban": "PERSON//Viktor Orbán", "budapest": "LOCATION/city/Budapest", "hungary": "LOCATION/country/Hungary"},
 ["AFFILIATED_WITH metsola > ep", "TENSION_WITH metsola,ep > orban", "AFFILIATED_WITH orban > hungary", "?TENSION_WITH ep > hungary"],
 "انتقدت قرار حكومة X -> TENSION with the head of government (as written6 13). المجري + Hungary named (للمجر -> لمجر by the article convention) -> AFFIL. A freeze voted by 'the European MPs' (a nominal for the parliament) -> TENSION optional. A march in a city relates no party."),
# 13
("وفي أول زيارة خارجية له منذ توليه المنصب، توجه المستشار الألماني [[merz|فريدريش ميرتس]] إلى [[paris|باريس]] حيث استقبله الرئيس [[macron|إيمانويل ماكرون]] في [[elysee|قصر الإليزيه]]، واتفق الزعيمان على تعزيز التعاون الدفاعي بين [[germany|ألمانيا]] و[[france|فرنسا]].",
 {"merz": "PERSON//Friedrich Merz", "paris": "LOCATION/city/Paris", "macron": "PERSON//Emmanuel Macron", "elysee": "LOCATION/facility/Élysée Palace", "germany": "LOCATION/country/Germany", "france": "LOCATION/country/France"},
 ["VISITS merz > paris", "MEETS macron > merz", "AFFILIATED_WITH merz > germany", "COOPERATES_WITH germany > france", "?AFFILIATED_WITH macron > france", "?VISITS merz > elysee"],
 "توجه إلى -> VISITS; استقبله (pronoun object) -> MEETS. الألماني + Germany named -> AFFIL; الرئيس without nisba -> optional. تعزيز التعاون بين X وY -> COOP (written4's call). Received at a palace -> VISITS optional. قصر kept in the palace's name (as قصر بعبدا)."),
# 14
("ووقّعت رئيسة الوزراء الإيطالية [[meloni|جورجيا ميلوني]] ونظيرها الألباني [[rama|إيدي راما]]، في [[tirana|تيرانا]]، بروتوكولاً جديداً يمدد عمل مركزي استقبال المهاجرين اللذين تديرهما [[italy|إيطاليا]] على أراضي [[albania|ألبانيا]] خمس سنوات إضافية.",
 {"meloni": "PERSON//Giorgia Meloni", "rama": "PERSON//Edi Rama", "tirana": "LOCATION/city/Tirana", "italy": "LOCATION/country/Italy", "albania": "LOCATION/country/Albania"},
 ["SIGNS_AGREEMENT meloni,italy > rama,albania", "AFFILIATED_WITH meloni > italy", "AFFILIATED_WITH rama > albania", "?VISITS meloni > tirana"],
 "Coordinated subject of وقّع with the place between subject and object -> SIGNS (the leaders or their countries). نظيرها الألباني: counterpart + nisba with Albania named -> AFFIL. Signing in the host's capital -> the guest's VISITS optional. Unnamed centres give no LOCATED. Event partly made up."),
# 15
("وأبقى [[boe|بنك إنجلترا]] سعر الفائدة عند 4 في المئة، وقال محافظه [[bailey|أندرو بيلي]] إن وزيرة المالية [[reeves|راشيل ريفز]] لم تطلب منه، خلال اجتماعهما الأسبوعي في [[downing|داونينغ ستريت]]، أي تعديل في مسار السياسة النقدية قبل إعلان الموازنة.",
 {"boe": "ORGANIZATION/government/Bank of England", "bailey": "PERSON//Andrew Bailey", "reeves": "PERSON//Rachel Reeves", "downing": "LOCATION/facility/Downing Street"},
 ["AFFILIATED_WITH bailey > boe", "MEETS bailey > reeves", "?VISITS bailey > downing"],
 "محافظه (pronoun for the bank) -> AFFIL. Misleading negation: لم تطلب negates a request, the meeting itself (خلال اجتماعهما, dual pronoun for the two named persons) is stated -> MEETS. The finance minister's title names no country and none is on the line -> nothing. Meeting at a named seat of government -> VISITS optional."),
# 16
("ونجت حكومة رئيس الوزراء الفرنسي [[lecornu|سيباستيان لوكورنو]] من مذكرة حجب ثقة تقدم بها حزب [[lfi|فرنسا الأبية]]، بعدما امتنع نواب [[ps|الحزب الاشتراكي]] عن التصويت، فيما اتهم رئيس حزب [[rn|التجمع الوطني]] [[bardella|جوردان بارديلا]] [[lecornu|لوكورنو]] بـ«دفع [[france|فرنسا]] نحو الفوضى».",
 {"lecornu": "PERSON//Sébastien Lecornu", "lfi": "ORGANIZATION/party/La France Insoumise", "ps": "ORGANIZATION/party/Socialist Party (France)", "rn": "ORGANIZATION/party/National Rally", "bardella": "PERSON//Jordan Bardella", "france": "LOCATION/country/France"},
 ["TENSION_WITH lfi > lecornu", "TENSION_WITH bardella,rn > lecornu", "AFFILIATED_WITH bardella > rn", "AFFILIATED_WITH lecornu > france"],
 "A no-confidence motion against the government of a named PM -> TENSION (a confrontation). اتهم -> TENSION (Bardella or his party). حزب left out before names used alone (فرنسا الأبية، التجمع الوطني); الحزب الاشتراكي kept (article + adjective). France nested in LFI's name is covered by it; the later فرنسا makes الفرنسي count -> AFFIL. Abstaining is no relation. Surname repeat."),
# 17
("واستدعت [[israelmfa|وزارة الخارجية الإسرائيلية]] القائم بالأعمال الإسباني احتجاجاً على تصريحات رئيس الوزراء [[sanchez|بيدرو سانشيز]]، الذي اتهم [[israel|إسرائيل]] بارتكاب «إبادة» في [[gaza|غزة]]، فيما أكد وزير الخارجية الإسباني [[albares|خوسيه مانويل ألباريس]] أن [[spain|إسبانيا]] «لن تتراجع عن اعترافها بدولة [[palestine|فلسطين]]».",
 {"israelmfa": "ORGANIZATION/government/Ministry of Foreign Affairs (Israel)", "sanchez": "PERSON//Pedro Sánchez", "israel": "LOCATION/country/Israel", "gaza": "LOCATION/region/Gaza", "albares": "PERSON//José Manuel Albares", "spain": "LOCATION/country/Spain", "palestine": "LOCATION/country/Palestine"},
 ["TENSION_WITH sanchez > israel", "TENSION_WITH israelmfa > sanchez", "AFFILIATED_WITH albares > spain", "?AFFILIATED_WITH sanchez > spain"],
 "A relative clause الذي اتهم X -> TENSION. Summoning a diplomat in protest at a named person's statements -> TENSION (criticism of a party's statements). الإسباني + Spain named -> AFFIL; رئيس الوزراء has no nisba of its own (the Spanish one belongs to the unnamed chargé) -> optional. دولة left out. Recognising a state is no relation type."),
# 18
("وقال الأمين العام ل[[nato|حلف شمال الأطلسي]] [[rutte|مارك روته]]، خلال زيارته إلى [[stockholm|ستوكهولم]]، إن انضمام [[sweden|السويد]] إلى [[nato|الناتو]] قبل عامين عزز أمن منطقة [[baltic|البلطيق]]، داعياً الدول الأعضاء إلى رفع إنفاقها الدفاعي إلى 5 في المئة من الناتج المحلي.",
 {"nato": "ORGANIZATION/intergovernmental/NATO", "rutte": "PERSON//Mark Rutte", "stockholm": "LOCATION/city/Stockholm", "sweden": "LOCATION/country/Sweden", "baltic": "LOCATION/region/Baltic region"},
 ["AFFILIATED_WITH rutte > nato", "VISITS rutte > stockholm", "JOINS sweden > nato"],
 "الأمين العام لـ X Y -> AFFIL (لحلف: the preposition outside). خلال زيارته إلى (nominal) -> VISITS. A past accession stated as fact (انضمام X إلى Y قبل عامين) -> JOINS. حلف kept in the long name (the rest is a region); الناتو is a second mention. منطقة left out. Unnamed member states give nothing."),
# 19
("والتقت الممثلة العليا للشؤون الخارجية والسياسة الأمنية في [[eu|الاتحاد الأوروبي]] [[kallas|كايا كالاس]] وزير الخارجية الصيني [[wangyi|وانغ يي]] في [[brussels|بروكسل]]، في محادثات وصفتها بـ«الصريحة والصعبة»، وطالبت [[china|الصين]] بالتوقف عن تزويد [[russia|روسيا]] بمكونات تدخل في صناعة المسيّرات.",
 {"eu": "ORGANIZATION/intergovernmental/European Union", "kallas": "PERSON//Kaja Kallas", "wangyi": "PERSON//Wang Yi", "brussels": "LOCATION/city/Brussels", "china": "LOCATION/country/China", "russia": "LOCATION/country/Russia"},
 ["MEETS kallas > wangyi", "AFFILIATED_WITH kallas > eu", "AFFILIATED_WITH wangyi > china", "?VISITS wangyi > brussels", "?TENSION_WITH kallas > china"],
 "التقت X Y -> MEETS. A long EU title ending in في X -> AFFIL; الصيني + China named -> AFFIL. Talks in the host's city -> the guest's VISITS optional. A demand to stop supplying (not an accusation) -> TENSION optional; supplying is no stated purchase between China and Russia."),
# 20
("وعقد وفدا [[russia|روسيا]] برئاسة مساعد الرئيس [[medinsky|فلاديمير ميدينسكي]] و[[ukraine|أوكرانيا]] برئاسة وزير الدفاع [[umerov|رستم عمروف]] جولة مفاوضات مباشرة في [[dolma|قصر دولمة بهتشة]] ب[[istanbul|إسطنبول]] بوساطة وزير الخارجية التركي [[fidan|هاكان فيدان]]، واتفق الجانبان على تبادل ألف أسير من كل جانب، لكن [[medinsky|ميدينسكي]] لم يلتق [[zelensky|زيلينسكي]] الذي كان ينتظر [[putin|بوتين]] في [[ankara|أنقرة]].",
 {"russia": "LOCATION/country/Russia", "medinsky": "PERSON//Vladimir Medinsky", "ukraine": "LOCATION/country/Ukraine", "umerov": "PERSON//Rustem Umerov", "dolma": "LOCATION/facility/Dolmabahçe Palace", "istanbul": "LOCATION/city/Istanbul", "fidan": "PERSON//Hakan Fidan", "zelensky": "PERSON//Volodymyr Zelensky", "putin": "PERSON//Vladimir Putin", "ankara": "LOCATION/city/Ankara"},
 ["MEETS russia,medinsky > ukraine,umerov", "AFFILIATED_WITH medinsky > russia", "AFFILIATED_WITH umerov > ukraine", "?MEETS fidan > medinsky", "?MEETS fidan > umerov", "?SIGNS_AGREEMENT russia > ukraine", "?VISITS medinsky > istanbul", "?VISITS umerov > istanbul", "?VISITS zelensky > ankara"],
 "Two delegations (وفدا X برئاسة Y وZ برئاسة W) hold talks -> MEETS (the countries or the heads); heading a country's delegation -> AFFIL (as written6 28's بعثة X برئاسة Y). The mediator is present, not a party -> optional MEETS. اتفق الجانبان على تبادل الأسرى: an agreed exchange, no signed text -> optional. لم يلتق -> no MEETS with Zelensky; waiting for Putin is nothing. Talks or waiting in a city -> VISITS optional. التركي with no Turkey on the line -> nothing."),
# 21
("واستقبل الرئيس الروسي [[putin|فلاديمير بوتين]] في [[kremlin|الكرملين]] المبعوث الخاص للرئيس الأميركي [[witkoff|ستيف ويتكوف]]، بحضور رئيس [[rdif|صندوق الاستثمار المباشر الروسي]] [[dmitriev|كيريل دميترييف]]، في لقاء استمر خمس ساعات وصفه مساعد الرئيس للشؤون الخارجية [[ushakov|يوري أوشاكوف]] بأنه «بنّاء» من دون أن يفضي إلى اتفاق بشأن [[ukraine|أوكرانيا]].",
 {"putin": "PERSON//Vladimir Putin", "kremlin": "LOCATION/facility/Kremlin", "witkoff": "PERSON//Steve Witkoff", "rdif": "ORGANIZATION/government/Russian Direct Investment Fund", "dmitriev": "PERSON//Kirill Dmitriev", "ushakov": "PERSON//Yuri Ushakov", "ukraine": "LOCATION/country/Ukraine"},
 ["MEETS putin > witkoff", "AFFILIATED_WITH dmitriev > rdif", "?MEETS dmitriev > witkoff", "?VISITS witkoff > kremlin"],
 "استقبل X في Y Z -> MEETS. رئيس X Y -> AFFIL (the fund's name needs its nisba, kept inside). Presence (بحضور) at a reception -> MEETS optional. Received at the Kremlin -> VISITS optional. No agreement reached (من دون أن يفضي إلى اتفاق) -> nothing. Russia and the US appear only as nisbas -> no AFFIL for Putin or Witkoff; an aide's title names no organization."),
# 22
("ووُقّعت في [[washington|واشنطن]] اتفاقية المعادن بين [[us|الولايات المتحدة]] و[[ukraine|أوكرانيا]]، التي تنشئ صندوقاً مشتركاً للاستثمار في إعادة الإعمار، ووقّعها عن الجانب الأميركي وزير الخزانة [[bessent|سكوت بيسنت]] وعن الجانب الأوكراني النائبة الأولى لرئيس الوزراء [[svyrydenko|يوليا سفيريدينكو]].",
 {"washington": "LOCATION/city/Washington, D.C.", "us": "LOCATION/country/United States", "ukraine": "LOCATION/country/Ukraine", "bessent": "PERSON//Scott Bessent", "svyrydenko": "PERSON//Yulia Svyrydenko"},
 ["SIGNS_AGREEMENT us,bessent > ukraine,svyrydenko", "?AFFILIATED_WITH bessent > us", "?AFFILIATED_WITH svyrydenko > ukraine", "?COOPERATES_WITH us > ukraine", "?VISITS svyrydenko > washington"],
 "Passive: وُقّعت اتفاقية بين X وY -> SIGNS (the countries or their signatories). Signing عن الجانب الأميركي / الأوكراني: the country only through 'the side' -> AFFIL optional (as written6 4). A joint fund set up by the agreement is cooperation only by implication -> optional. Signing in Washington -> the guest's VISITS optional."),
# 23
("واتهمت المتحدثة باسم [[mid|وزارة الخارجية الروسية]] [[zakharova|ماريا زاخاروفا]]، في إفادة صحفية ب[[moscow|موسكو]]، [[london|لندن]] و[[paris|باريس]] بـ«إطالة أمد الحرب» عبر تزويد [[kyiv|كييف]] بصواريخ بعيدة المدى، محذرة من أن الرد الروسي على أي ضربات في العمق «سيكون مؤلماً».",
 {"mid": "ORGANIZATION/government/Ministry of Foreign Affairs (Russia)", "zakharova": "PERSON//Maria Zakharova", "moscow": "LOCATION/city/Moscow", "london": "LOCATION/city/London", "paris": "LOCATION/city/Paris", "kyiv": "LOCATION/city/Kyiv"},
 ["AFFILIATED_WITH zakharova > mid", "TENSION_WITH zakharova,mid > london", "TENSION_WITH zakharova,mid > paris", "?LOCATED_IN zakharova > moscow"],
 "المتحدثة باسم X Y -> AFFIL. اتهمت with the object after an inserted phrase, two metonymic capitals -> two TENSION. A briefing in a city (بموسكو with its proclitic) -> LOCATED optional. Supplying Kyiv is no purchase; a conditional warning against unnamed strikes is nothing."),
# 24
("واستدعت [[mfacn|وزارة الخارجية الصينية]] السفير الياباني لدى [[beijing|بكين]] احتجاجاً على تصريحات رئيسة الوزراء [[takaichi|ساناي تاكايتشي]] بشأن [[taiwan|تايوان]]، وقال المتحدث باسم الوزارة [[linjian|لين جيان]] إن [[japan|اليابان]] «تتدخل بشكل سافر في الشؤون الداخلية الصينية».",
 {"mfacn": "ORGANIZATION/government/Ministry of Foreign Affairs (China)", "beijing": "LOCATION/city/Beijing", "takaichi": "PERSON//Sanae Takaichi", "taiwan": "LOCATION/region/Taiwan", "linjian": "PERSON//Lin Jian", "japan": "LOCATION/country/Japan"},
 ["TENSION_WITH mfacn > takaichi", "TENSION_WITH linjian,mfacn > japan", "?AFFILIATED_WITH linjian > mfacn", "?AFFILIATED_WITH takaichi > japan"],
 "Summoning an envoy in protest at a named person's statements -> TENSION. Accusing a country of interfering (تتدخل في الشؤون) -> TENSION (the spokesman or his ministry). المتحدث باسم الوزارة: the ministry only as a nominal -> AFFIL optional (as written6 32). رئيسة الوزراء without nisba, Japan named -> optional. The unnamed ambassador accredited to Beijing gives nothing."),
# 25
("وهددت [[kimyojong|كيم يو جونغ]]، شقيقة الزعيم الكوري الشمالي [[kimjongun|كيم جونغ أون]] والمسؤولة البارزة في [[wpk|حزب العمال الكوري]]، بـ«رد حاسم» على المناورات العسكرية المشتركة التي تجريها [[rok|كوريا الجنوبية]] و[[us|الولايات المتحدة]] قرب الحدود.",
 {"kimyojong": "PERSON//Kim Yo Jong", "kimjongun": "PERSON//Kim Jong Un", "wpk": "ORGANIZATION/party/Workers' Party of Korea", "rok": "LOCATION/country/South Korea", "us": "LOCATION/country/United States"},
 ["AFFILIATED_WITH kimyojong > wpk", "TENSION_WITH kimyojong > rok", "TENSION_WITH kimyojong > us", "COOPERATES_WITH rok > us"],
 "An apposition after the name (X، ... والمسؤولة البارزة في Y) -> AFFIL. Threatening a 'decisive response' to the exercises of two named countries -> two TENSION (not conditional). Joint exercises of a coordinated subject -> COOP (README). Kinship is no relation type; الكوري الشمالي with no North Korea on the line -> nothing. حزب kept (العمال الكوري is no name alone)."),
# 26
("واتهم وزير الخارجية الباكستاني [[dar|إسحاق دار]] [[india|الهند]] بانتهاك وقف إطلاق النار في [[kashmir|كشمير]]، وذلك بعد ساعات من اتصال هاتفي أجراه رئيس وزراء [[pakistan|باكستان]] [[sharif|شهباز شريف]] مع وزير الخارجية الأميركي [[rubio|ماركو روبيو]] بحثا خلاله سبل تثبيت التهدئة.",
 {"dar": "PERSON//Ishaq Dar", "india": "LOCATION/country/India", "kashmir": "LOCATION/region/Kashmir", "pakistan": "LOCATION/country/Pakistan", "sharif": "PERSON//Shehbaz Sharif", "rubio": "PERSON//Marco Rubio"},
 ["TENSION_WITH dar,pakistan > india", "AFFILIATED_WITH dar > pakistan", "AFFILIATED_WITH sharif > pakistan", "MEETS sharif > rubio"],
 "اتهم X بانتهاك -> TENSION. الباكستاني + Pakistan named (later in the line) -> AFFIL; رئيس وزراء X Y -> AFFIL. A phone call (اتصال هاتفي أجراه X مع Y + dual بحثا) -> MEETS. الأميركي with no US on the line -> nothing for Rubio."),
# 27
("وأرجأ [[lai|لاي تشينغ تي]] جولة كانت مقررة إلى [[paraguay|باراغواي]] و[[guatemala|غواتيمالا]] و[[belize|بليز]] تتضمن توقفاً في [[nyc|نيويورك]]، من دون أن يحدد مكتبه موعداً جديداً لها، وفق ما نقلته صحيفة «[[ft|فايننشال تايمز]]» عن مصادر مطلعة.",
 {"lai": "PERSON//Lai Ching-te", "paraguay": "LOCATION/country/Paraguay", "guatemala": "LOCATION/country/Guatemala", "belize": "LOCATION/country/Belize", "nyc": "LOCATION/city/New York City", "ft": "ORGANIZATION/media/Financial Times"},
 [],
 "NO RELATION: a postponed tour with no new date is no VISITS (as written6 74); a news outlet's report is no relation. صحيفة left out; the name is inside «»."),
# 28
("ووصل الرئيس الروسي [[putin|فلاديمير بوتين]] إلى [[tianjin|تيانجين]] للمشاركة في قمة [[sco|منظمة شنغهاي للتعاون]]، على أن يعقد محادثات مع نظيره الصيني [[xi|شي جين بينغ]] توقّع خلالها [[russia|روسيا]] و[[china|الصين]] مذكرة ملزمة لمد خط أنابيب الغاز «[[psib2|قوة سيبيريا 2]]».",
 {"putin": "PERSON//Vladimir Putin", "tianjin": "LOCATION/city/Tianjin", "sco": "ORGANIZATION/intergovernmental/Shanghai Cooperation Organisation", "xi": "PERSON//Xi Jinping", "russia": "LOCATION/country/Russia", "china": "LOCATION/country/China", "psib2": "?LOCATION/facility/Power of Siberia 2 pipeline"},
 ["VISITS putin > tianjin", "MEETS putin > xi", "PLANS_AGREEMENT russia > china", "AFFILIATED_WITH putin > russia", "AFFILIATED_WITH xi > china"],
 "وصل إلى -> VISITS. على أن يعقد محادثات مع (scheduled) -> MEETS. A signing scheduled during the talks (توقّع خلالها X وY) -> PLANS. Both nisbas with their countries named -> AFFIL. التعاون inside the SCO's name is no cue; the SCO as the genitive of قمة is a plain mention. A pipeline project's name -> optional entity."),
# 29
("وعقد الرئيس الكوري الجنوبي [[lee|لي جاي ميونغ]] في [[tokyo|طوكيو]] قمة مع رئيس الوزراء الياباني [[ishiba|شيغيرو إيشيبا]]، تعهد فيها الجانبان بتعزيز التعاون بين [[seoul|سول]] و[[tokyo|طوكيو]] في مواجهة التهديدات النووية ل[[dprk|كوريا الشمالية]].",
 {"lee": "PERSON//Lee Jae-myung", "tokyo": "LOCATION/city/Tokyo", "ishiba": "PERSON//Shigeru Ishiba", "seoul": "LOCATION/city/Seoul", "dprk": "LOCATION/country/North Korea"},
 ["MEETS lee > ishiba", "COOPERATES_WITH seoul > tokyo", "?VISITS lee > tokyo", "?TENSION_WITH dprk > seoul", "?TENSION_WITH dprk > tokyo"],
 "عقد قمة مع -> MEETS. تعزيز التعاون بين X وY with metonymic capitals -> COOP (Tokyo is both the venue and a party: one entity). A summit held in a city -> VISITS optional. 'Nuclear threats of' a country against no stated target -> TENSION optional. Both nisbas lack a named country (South Korea, Japan) -> no AFFIL."),
# 30
("والتقى رئيس الوزراء الإسرائيلي [[netanyahu|بنيامين نتنياهو]] الرئيس الأميركي [[trump|دونالد ترامب]] في [[whitehouse|البيت الأبيض]]، في زيارة هي الرابعة له إلى [[washington|واشنطن]] منذ بداية العام، وبحث معه خطة إنهاء الحرب في [[gaza|غزة]] وملف الأسرى المحتجزين لدى حركة [[hamas|حماس]].",
 {"netanyahu": "PERSON//Benjamin Netanyahu", "trump": "PERSON//Donald Trump", "whitehouse": "LOCATION/facility/White House", "washington": "LOCATION/city/Washington, D.C.", "gaza": "LOCATION/region/Gaza", "hamas": "ORGANIZATION/movement/Hamas"},
 ["MEETS netanyahu > trump", "VISITS netanyahu > washington", "?VISITS netanyahu > whitehouse"],
 "التقى X Y -> MEETS; في زيارة ... إلى X -> VISITS. The meeting place -> VISITS optional. Hostages held by Hamas are no stated relation of a named party with it (Israel is only a nisba). حركة left out."),
# 31
("وانتقد الأمين العام ل[[hezbollah|حزب الله]] [[qassem|نعيم قاسم]] قرار حكومة رئيس الوزراء [[salam|نواف سلام]] تكليف [[laf|الجيش اللبناني]] إعداد خطة لحصر السلاح بيد الدولة، فيما أكد الموفد الأميركي [[barrack|توم باراك]]، عقب لقائه الرئيس [[aoun|جوزاف عون]] في [[baabda|قصر بعبدا]]، أن [[washington|واشنطن]] تدعم القرار.",
 {"hezbollah": "ORGANIZATION/armed_group/Hezbollah", "qassem": "PERSON//Naim Qassem", "salam": "PERSON//Nawaf Salam", "laf": "ORGANIZATION/military/Lebanese Armed Forces", "barrack": "PERSON//Tom Barrack", "aoun": "PERSON//Joseph Aoun", "baabda": "LOCATION/facility/Baabda Palace", "washington": "LOCATION/city/Washington, D.C."},
 ["AFFILIATED_WITH qassem > hezbollah", "TENSION_WITH qassem,hezbollah > salam", "MEETS barrack > aoun", "?VISITS barrack > baabda"],
 "الأمين العام لـ X Y -> AFFIL (حزب الله kept whole). انتقد قرار حكومة X -> TENSION with its head. عقب لقائه (nominal, inserted after the subject) -> MEETS. Met at the palace -> VISITS optional. Supporting a decision is no COOP; tasking the army is no relation; الأميركي with only Washington (a city) on the line -> no AFFIL."),
# 32
("وعيّن الرئيس الفلسطيني [[abbas|محمود عباس]] [[sheikh|حسين الشيخ]] نائباً لرئيس [[plo|منظمة التحرير الفلسطينية]]، في خطوة رحبت بها [[saudi|السعودية]] و[[egypt|مصر]]، فيما انتقدتها حركة [[hamas|حماس]] ووصفتها بأنها «تكريس للتفرد بالقرار الوطني».",
 {"abbas": "PERSON//Mahmoud Abbas", "sheikh": "PERSON//Hussein al-Sheikh", "plo": "ORGANIZATION/movement/Palestine Liberation Organization", "saudi": "LOCATION/country/Saudi Arabia", "egypt": "LOCATION/country/Egypt", "hamas": "ORGANIZATION/movement/Hamas"},
 ["AFFILIATED_WITH sheikh > plo", "TENSION_WITH hamas > abbas"],
 "Appointed as deputy head of X (the role after the name, عيّن Y نائباً لرئيس X) -> AFFIL. Criticising a named person's step (انتقدتها = the step) -> TENSION (as written6 30). Welcoming a step is no relation. الفلسطيني: Palestine is named only inside the PLO's name -> no AFFIL for Abbas. حركة left out."),
# 33
("ووصل المدير العام ل[[iaea|لوكالة الدولية للطاقة الذرية]]، التي تتخذ من [[vienna|فيينا]] مقراً لها، [[grossi|رافائيل غروسي]] إلى [[tehran|طهران]] في زيارة يلتقي خلالها وزير الخارجية الإيراني [[araghchi|عباس عراقجي]] لبحث استئناف عمليات التفتيش في منشأة [[fordow|فوردو]].",
 {"iaea": "ORGANIZATION/intergovernmental/International Atomic Energy Agency", "vienna": "LOCATION/city/Vienna", "grossi": "PERSON//Rafael Grossi", "tehran": "LOCATION/city/Tehran", "araghchi": "PERSON//Abbas Araghchi", "fordow": "LOCATION/facility/Fordow"},
 ["VISITS grossi > tehran", "AFFILIATED_WITH grossi > iaea", "MEETS grossi > araghchi", "LOCATED_IN iaea > vienna"],
 "للوكالة -> لوكالة (article convention). A role split by a relative clause (المدير العام لـ X، التي تتخذ من Y مقراً لها، Z) -> AFFIL and LOCATED (as written6 40). وصل إلى + يلتقي خلالها -> VISITS and planned MEETS. الإيراني with no Iran on the line -> nothing. منشأة left out."),
# 34
("ووقّع الرئيس الأميركي [[trump|دونالد ترامب]] والرئيس المصري [[sisi|عبد الفتاح السيسي]] وأمير [[qatar|قطر]] الشيخ [[tamim|تميم بن حمد آل ثاني]] والرئيس التركي [[erdogan|رجب طيب أردوغان]]، في [[sharm|شرم الشيخ]]، وثيقة يتعهدون فيها بضمان اتفاق وقف إطلاق النار في [[gaza|غزة]].",
 {"trump": "PERSON//Donald Trump", "sisi": "PERSON//Abdel Fattah el-Sisi", "qatar": "LOCATION/country/Qatar", "tamim": "PERSON//Tamim bin Hamad Al Thani", "erdogan": "PERSON//Recep Tayyip Erdoğan", "sharm": "LOCATION/city/Sharm El Sheikh", "gaza": "LOCATION/region/Gaza"},
 ["SIGNS_AGREEMENT trump > sisi", "SIGNS_AGREEMENT trump > tamim", "SIGNS_AGREEMENT trump > erdogan", "SIGNS_AGREEMENT sisi > tamim", "SIGNS_AGREEMENT sisi > erdogan", "SIGNS_AGREEMENT tamim > erdogan", "AFFILIATED_WITH tamim > qatar", "?VISITS trump > sharm", "?VISITS tamim > sharm", "?VISITS erdogan > sharm"],
 "Four coordinated signatories -> SIGNS pairwise (README). أمير X الشيخ Y -> AFFIL (the title الشيخ outside); the other three have nisbas only -> nothing. Signing in the host's city -> the guests' VISITS optional. The ceasefire agreement guaranteed names no parties."),
# 35
("وهدد وزير الدفاع الإسرائيلي [[katz|يسرائيل كاتس]] بتوسيع الغارات على [[dahieh|الضاحية الجنوبية]] إذا لم يلتزم [[hezbollah|حزب الله]] بنزع سلاحه، في حين قالت قوة [[unifil|اليونيفيل]] المنتشرة في [[lebanon|لبنان]] إن [[idf|الجيش الإسرائيلي]] أطلق النار قرب إحدى دورياتها.",
 {"katz": "PERSON//Israel Katz", "dahieh": "LOCATION/district/Dahieh", "hezbollah": "ORGANIZATION/armed_group/Hezbollah", "unifil": "ORGANIZATION/intergovernmental/UNIFIL", "lebanon": "LOCATION/country/Lebanon", "idf": "ORGANIZATION/military/Israel Defense Forces"},
 ["TENSION_WITH idf > unifil", "LOCATED_IN unifil > lebanon", "?TENSION_WITH katz > hezbollah"],
 "A conditional threat (هدد ... إذا لم يلتزم X) -> TENSION optional (README). Firing near a UN force's patrol, as the force states it -> TENSION (a confrontation). A force deployed in a country (المنتشرة في X) -> LOCATED. The army keeps its nisba; قوة left out. Katz's nisba has no Israel on the line -> nothing."),
# 36
("واتهم المدير العام ل[[who|منظمة الصحة العالمية]] [[tedros|تيدروس أدهانوم غيبريسوس]] [[israel|إسرائيل]] بمنع دخول شحنة أدوية إلى [[gaza|غزة]] عبر [[kerem|معبر كرم أبو سالم]]، داعياً إلى السماح ل[[unrwa|لأونروا]] باستئناف عملها في القطاع.",
 {"who": "ORGANIZATION/intergovernmental/World Health Organization", "tedros": "PERSON//Tedros Adhanom Ghebreyesus", "israel": "LOCATION/country/Israel", "gaza": "LOCATION/region/Gaza", "kerem": "LOCATION/facility/Kerem Shalom crossing", "unrwa": "ORGANIZATION/intergovernmental/UNRWA"},
 ["AFFILIATED_WITH tedros > who", "TENSION_WITH tedros,who > israel"],
 "المدير العام لـ X Y -> AFFIL (منظمة kept: الصحة العالمية is no name alone). اتهم X بمنع -> TENSION. للأونروا -> لأونروا (article convention). A crossing keeps its head (as مرفأ طرطوس). A call to let an agency work 'in the Strip' (a nominal) gives nothing."),
# 37
("وأبقى [[ecb|البنك المركزي الأوروبي]] أسعار الفائدة دون تغيير للاجتماع الرابع على التوالي، وقالت رئيسته [[lagarde|كريستين لاغارد]] في مؤتمر صحفي ب[[frankfurt|فرانكفورت]] إن البنك «في وضع جيد» لمواجهة تداعيات الرسوم الجمركية التي فرضتها [[us|الولايات المتحدة]] على صادرات [[eu|الاتحاد الأوروبي]].",
 {"ecb": "ORGANIZATION/intergovernmental/European Central Bank", "lagarde": "PERSON//Christine Lagarde", "frankfurt": "LOCATION/city/Frankfurt", "us": "LOCATION/country/United States", "eu": "ORGANIZATION/intergovernmental/European Union"},
 ["AFFILIATED_WITH lagarde > ecb", "?LOCATED_IN lagarde > frankfurt", "?TENSION_WITH us > eu"],
 "رئيسته (pronoun for the bank) -> AFFIL. A press conference in a city -> LOCATED optional (README). Tariffs imposed on a named party's exports -> TENSION optional (as line 1). The bank's name keeps its nisba."),
# 38
("وتوقع محللو [[goldman|غولدمان ساكس]] أن يرفع [[boj|بنك اليابان]] سعر الفائدة إلى 0.75 في المئة في اجتماعه المقبل، مع تراجع الين إلى أدنى مستوياته أمام الدولار منذ عام 1990 وارتفاع عوائد السندات الحكومية اليابانية.",
 {"goldman": "ORGANIZATION/company/Goldman Sachs", "boj": "ORGANIZATION/government/Bank of Japan"},
 [],
 "NO RELATION: a bank's analysts forecast a central bank's move. Currencies and bonds are no entities; Japan is named only inside the bank's name."),
# 39
("وقضت محكمة استئناف فيدرالية في [[washington|واشنطن]] بعدم جواز إقالة عضو [[fedboard|مجلس محافظي الاحتياطي الفيدرالي]] [[cook|ليزا كوك]] قبل البت في الدعوى التي رفعتها، بعدما سعى الرئيس [[trump|دونالد ترامب]] إلى عزلها متهماً إياها بالاحتيال في قروض عقارية.",
 {"washington": "LOCATION/city/Washington, D.C.", "fedboard": "ORGANIZATION/government/Federal Reserve Board of Governors", "cook": "PERSON//Lisa Cook", "trump": "PERSON//Donald Trump"},
 ["AFFILIATED_WITH cook > fedboard", "TENSION_WITH trump > cook"],
 "عضو X Y -> AFFIL, with the board named outermost (مجلس محافظي الاحتياطي الفيدرالي). Seeking to dismiss her while accusing her (متهماً إياها) -> TENSION. An unnamed court in a city gives nothing; her lawsuit names no defendant."),
# 40
("ووافق المساهمون على حزمة مكافآت قد تصل قيمتها إلى تريليون دولار للرئيس التنفيذي لـ«[[tesla|تسلا]]»، التي تتخذ من [[austin|أوستن]] في ولاية [[texas|تكساس]] مقراً لها، [[musk|إيلون ماسك]]، رغم اعتراض [[nbim|صندوق الثروة السيادي النرويجي]] وعدد من المستثمرين المؤسسيين.",
 {"tesla": "ORGANIZATION/company/Tesla", "austin": "LOCATION/city/Austin", "texas": "LOCATION/region/Texas", "musk": "PERSON//Elon Musk", "nbim": "?ORGANIZATION/government/Norwegian sovereign wealth fund (NBIM)"},
 ["AFFILIATED_WITH musk > tesla", "LOCATED_IN tesla > austin", "?TENSION_WITH nbim > musk"],
 "لـ«تسلا» with its proclitic outside the quotes. A role split by a relative clause (الرئيس التنفيذي لـ X، التي تتخذ من Y مقراً لها، Z) -> AFFIL and LOCATED. Austin in Texas is place in place. The fund is named by a description (generic head + nisba) -> optional entity; opposing a pay package for a named person -> TENSION optional."),
# 41
("وفرضت [[ec|المفوضية الأوروبية]] غرامة قدرها 500 مليون يورو على [[apple|آبل]] لانتهاكها قانون الأسواق الرقمية، وقالت النائبة التنفيذية لرئيسة [[ec|المفوضية الأوروبية]] [[ribera|تيريزا ريبيرا]] إن الشركة «حرمت المطورين من توجيه المستخدمين إلى عروض أرخص»، فيما أعلنت [[apple|آبل]] عزمها الطعن في القرار أمام [[cjeu|محكمة العدل الأوروبية]].",
 {"ec": "ORGANIZATION/intergovernmental/European Commission", "apple": "ORGANIZATION/company/Apple", "ribera": "PERSON//Teresa Ribera", "cjeu": "ORGANIZATION/intergovernmental/Court of Justice of the European Union"},
 ["TENSION_WITH ec > apple", "AFFILIATED_WITH ribera > ec", "?TENSION_WITH ribera > apple"],
 "A fine imposed on a named company (a sanction already imposed) and its appeal -> TENSION. النائبة التنفيذية لرئيسة X Y -> AFFIL with X. Her criticism names the company only as الشركة -> optional. Appealing before a court is no relation with the court."),
# 42
("واشترت [[nvidia|إنفيديا]] أسهماً بقيمة خمسة مليارات دولار من [[intel|إنتل]] في إطار شراكة لتطوير رقائق مشتركة لمراكز البيانات والحواسيب الشخصية، وقال الرئيس التنفيذي ل[[intel|إنتل]] [[tan|ليب-بو تان]] إن الصفقة تأتي بعد أسابيع من حصول [[usgov|الحكومة الأميركية]] على حصة تقارب 10 في المئة في الشركة.",
 {"nvidia": "ORGANIZATION/company/Nvidia", "intel": "ORGANIZATION/company/Intel", "tan": "PERSON//Lip-Bu Tan", "usgov": "?ORGANIZATION/government/United States government"},
 ["PURCHASE nvidia > intel", "COOPERATES_WITH nvidia > intel", "AFFILIATED_WITH tan > intel"],
 "اشترت ... من X -> PURCHASE (Intel sells newly issued shares: the seller is named with من). في إطار شراكة -> COOP. الرئيس التنفيذي لـ X Y -> AFFIL. The government's stake 'in the company' names no seller -> no PURCHASE; الحكومة الأميركية is a descriptive phrase -> optional entity."),
# 43
("وأتمت [[lufthansa|لوفتهانزا]] شراء حصة إضافية نسبتها 49 في المئة في [[ita|إيتا إيرويز]] من [[mef|وزارة الاقتصاد والمالية الإيطالية]]، ليرتفع إجمالي حصتها إلى 90 في المئة، وقال رئيسها التنفيذي [[spohr|كارستن شبور]] إن [[ita|إيتا]] ستنضم إلى تحالف [[star|ستار ألاينس]] مطلع العام المقبل.",
 {"lufthansa": "ORGANIZATION/company/Lufthansa", "ita": "ORGANIZATION/company/ITA Airways", "mef": "ORGANIZATION/government/Ministry of Economy and Finance (Italy)", "spohr": "PERSON//Carsten Spohr", "star": "ORGANIZATION/other/Star Alliance"},
 ["PURCHASE lufthansa > mef", "AFFILIATED_WITH spohr > lufthansa", "?JOINS ita > star"],
 "شراء حصة في X من Y -> PURCHASE buyer -> seller (the airline whose stake is bought is no argument). رئيسها التنفيذي -> AFFIL. A future accession announced by another company's CEO (ستنضم) -> JOINS optional (README: a joining not yet done is optional or nothing). تحالف left out. The ministry keeps its nisba; إيتا is a short second mention."),
# 44
("ووقّعت [[thy|الخطوط الجوية التركية]] اتفاقاً لشراء ما يصل إلى 225 طائرة من [[boeing|بوينغ]]، خلال زيارة الرئيس [[erdogan|رجب طيب أردوغان]] إلى [[washington|واشنطن]]، وقال رئيس مجلس إدارة الناقلة [[bolat|أحمد بولات]] إن الصفقة تشمل محركات من [[cfm|سي إف إم إنترناشونال]].",
 {"thy": "ORGANIZATION/company/Turkish Airlines", "boeing": "ORGANIZATION/company/Boeing", "erdogan": "PERSON//Recep Tayyip Erdoğan", "washington": "LOCATION/city/Washington, D.C.", "bolat": "PERSON//Ahmet Bolat", "cfm": "ORGANIZATION/company/CFM International"},
 ["SIGNS_AGREEMENT thy > boeing", "PURCHASE thy > boeing", "VISITS erdogan > washington", "?AFFILIATED_WITH bolat > thy", "?PURCHASE thy > cfm"],
 "وقّعت اتفاقاً لشراء ... من X -> SIGNS and PURCHASE (README: a purchase deal concluded with the seller). زيارة X إلى Y (nominal) -> VISITS. رئيس مجلس إدارة الناقلة: the airline only as a nominal -> optional. Engines 'from' a maker inside the deal -> PURCHASE optional. The airline's name keeps its nisba."),
# 45
("وأعلنت [[stellantis|ستيلانتس]] أن رئيسها التنفيذي الجديد [[filosa|أنطونيو فيلوزا]] سيزور [[detroit|ديترويت]] الأسبوع المقبل للقاء رئيس [[uaw|نقابة عمال السيارات المتحدين]] [[fain|شون فين]]، الذي اتهم [[stellantis|ستيلانتس]] بالتراجع عن تعهدها بإعادة فتح مصنع [[belvidere|بلفيدير]] في ولاية [[illinois|إلينوي]].",
 {"stellantis": "ORGANIZATION/company/Stellantis", "filosa": "PERSON//Antonio Filosa", "detroit": "LOCATION/city/Detroit", "uaw": "ORGANIZATION/other/United Auto Workers", "fain": "PERSON//Shawn Fain", "belvidere": "LOCATION/city/Belvidere", "illinois": "LOCATION/region/Illinois"},
 ["AFFILIATED_WITH filosa > stellantis", "VISITS filosa > detroit", "MEETS filosa > fain", "AFFILIATED_WITH fain > uaw", "TENSION_WITH fain > stellantis"],
 "رئيسها التنفيذي -> AFFIL. A future visit (سيزور) and its purpose (للقاء) -> VISITS and MEETS. رئيس X Y -> AFFIL (نقابة kept: the rest is no name alone). A relative clause الذي اتهم X -> TENSION. A plant named after its town: the town is the mention (as written6 40). ولاية left out."),
# 46
("ونفت [[nissan|نيسان]] أن تكون قد استأنفت محادثات الاندماج مع [[honda|هوندا]]، مؤكدة في بيان صدر في [[yokohama|يوكوهاما]] أنها لا تعتزم بيع أي حصة لمجموعة [[foxconn|فوكسكون]] التايوانية في الوقت الراهن.",
 {"nissan": "ORGANIZATION/company/Nissan", "honda": "ORGANIZATION/company/Honda", "yokohama": "LOCATION/city/Yokohama", "foxconn": "ORGANIZATION/company/Foxconn"},
 [],
 "NO RELATION (denials): denied talks (نفت أن تكون قد استأنفت محادثات) -> no MEETS; لا تعتزم بيع -> no PURCHASE, no PLANS. A statement issued in a city is no LOCATED. مجموعة left out, the nisba outside."),
# 47
("ووقّعت [[microsoft|مايكروسوفت]] و[[openai|أوبن إيه آي]] اتفاقاً نهائياً يعيد هيكلة الشراكة بينهما بعد تحول الأخيرة إلى شركة ربحية، تحصل بموجبه [[microsoft|مايكروسوفت]] على حصة تقارب 27 في المئة، وقال الرئيس التنفيذي ل[[openai|أوبن إيه آي]] [[altman|سام ألتمان]] إن الاتفاق «يفتح فصلاً جديداً» في التعاون بين الشركتين.",
 {"microsoft": "ORGANIZATION/company/Microsoft", "openai": "ORGANIZATION/company/OpenAI", "altman": "PERSON//Sam Altman"},
 ["SIGNS_AGREEMENT microsoft > openai", "COOPERATES_WITH microsoft > openai", "AFFILIATED_WITH altman > openai"],
 "وقّعت X وY اتفاقاً -> SIGNS. الشراكة بينهما (dual pronoun for the two named companies) -> COOP. الرئيس التنفيذي لـ X Y -> AFFIL. A stake obtained in the other party names no seller -> no PURCHASE (the company whose shares are taken is no argument)."),
# 48
("وخسرت [[google|غوغل]] جولة جديدة في دعوى مكافحة الاحتكار التي رفعتها ضدها [[doj|وزارة العدل الأميركية]] عام 2020، إذ ألزمها قاضٍ فيدرالي في [[washington|واشنطن]] بمشاركة بيانات البحث مع منافسيها، فيما قال الرئيس التنفيذي لمجموعة [[alphabet|ألفابت]] [[pichai|سوندار بيتشاي]] إن الشركة ستطعن في الحكم.",
 {"google": "ORGANIZATION/company/Google", "doj": "ORGANIZATION/government/United States Department of Justice", "washington": "LOCATION/city/Washington, D.C.", "alphabet": "ORGANIZATION/company/Alphabet", "pichai": "PERSON//Sundar Pichai"},
 ["TENSION_WITH doj > google", "AFFILIATED_WITH pichai > alphabet"],
 "A lawsuit a ministry filed against a company (رفعتها ضدها, pronoun for the subject) -> TENSION (as a prosecution's charge in written5). الرئيس التنفيذي لمجموعة X Y -> AFFIL with Alphabet only (the line does not make him Google's head). مجموعة left out. An unnamed judge in a city gives nothing."),
# 49
("وفرضت [[treasury|وزارة الخزانة الأميركية]] عقوبات على شركتي النفط الروسيتين [[rosneft|روسنفت]] و[[lukoil|لوك أويل]]، ما دفع [[lukoil|لوك أويل]] إلى طرح أصولها الخارجية للبيع، غير أن الوزارة رفضت عرضاً تقدمت به مجموعة [[gunvor|غونفور]] السويسرية لشرائها.",
 {"treasury": "ORGANIZATION/government/United States Department of the Treasury", "rosneft": "ORGANIZATION/company/Rosneft", "lukoil": "ORGANIZATION/company/Lukoil", "gunvor": "ORGANIZATION/company/Gunvor"},
 ["TENSION_WITH treasury > rosneft", "TENSION_WITH treasury > lukoil", "?PURCHASE gunvor > lukoil"],
 "Sanctions imposed on two named companies -> two TENSION (only sanctions still to be imposed are optional). An offer to buy that was rejected -> PURCHASE optional (an intention, not a sale). شركتي / مجموعة left out, nisbas outside."),
# 50
("وقال وزير التجارة والصناعة الهندي [[goyal|بيوش غويال]] إن [[india|الهند]] تعتزم توقيع المرحلة الأولى من اتفاق تجاري مع [[us|الولايات المتحدة]] قبل نهاية العام، رغم مضاعفة [[washington|واشنطن]] الرسوم الجمركية على السلع الهندية إلى 50 في المئة عقاباً ل[[newdelhi|نيودلهي]] على شرائها النفط الروسي.",
 {"goyal": "PERSON//Piyush Goyal", "india": "LOCATION/country/India", "us": "LOCATION/country/United States", "washington": "LOCATION/city/Washington, D.C.", "newdelhi": "LOCATION/city/New Delhi"},
 ["PLANS_AGREEMENT india > us", "AFFILIATED_WITH goyal > india", "TENSION_WITH washington,us > newdelhi,india"],
 "Reported speech: تعتزم توقيع اتفاق مع -> PLANS. الهندي + India named -> AFFIL. Tariffs doubled 'as a punishment' of a named party -> TENSION (a punitive measure imposed; the capitals or the countries). Buying oil from a country named only by a nisba is no PURCHASE."),
# 51
("ووقّع محافظ [[pboc|بنك الشعب الصيني]] [[pan|بان قونغ شنغ]] ورئيس [[bcb|البنك المركزي البرازيلي]] [[galipolo|غابرييل غاليبولو]] اتفاقية لمبادلة العملات بقيمة 190 مليار يوان، على هامش قمة مجموعة [[brics|بريكس]] في [[rio|ريو دي جانيرو]].",
 {"pboc": "ORGANIZATION/government/People's Bank of China", "pan": "PERSON//Pan Gongsheng", "bcb": "ORGANIZATION/government/Central Bank of Brazil", "galipolo": "PERSON//Gabriel Galípolo", "brics": "ORGANIZATION/intergovernmental/BRICS", "rio": "LOCATION/city/Rio de Janeiro"},
 ["SIGNS_AGREEMENT pan,pboc > galipolo,bcb", "AFFILIATED_WITH pan > pboc", "AFFILIATED_WITH galipolo > bcb", "?COOPERATES_WITH pboc > bcb", "?VISITS pan > rio"],
 "Two role phrases as a coordinated subject of وقّع -> SIGNS (the governors or their banks) and two AFFIL. A swap line is a cooperation agreement -> COOP optional (README). Signing on the sidelines of a summit in a city -> the guest's VISITS optional. مجموعة left out; BRICS as the genitive of قمة is a plain mention (as line 28)."),
# 52
("وأغلقت الأسهم اليابانية على ارتفاع بنسبة 2 في المئة مدفوعة بمكاسب [[softbank|سوفت بنك]] و[[tel|طوكيو إلكترون]]، فيما تراجع سهم [[tsmc|تي إس إم سي]] في [[twse|بورصة تايوان]] بعد تقارير عن تباطؤ الطلب على رقائق الذكاء الاصطناعي.",
 {"softbank": "ORGANIZATION/company/SoftBank Group", "tel": "ORGANIZATION/company/Tokyo Electron", "tsmc": "ORGANIZATION/company/TSMC", "twse": "ORGANIZATION/company/Taiwan Stock Exchange"},
 [],
 "NO RELATION: a market report; a share traded on an exchange is no LOCATED (the exchange is no place). بورصة kept in the exchange's name (as بورصة الدار البيضاء), Taiwan nested; Tokyo nested in the company's name is no separate mention."),
# 53
("واستضاف رئيس الوزراء البريطاني [[starmer|كير ستارمر]] رئيسة [[ec|المفوضية الأوروبية]] [[vdl|أورسولا فون دير لاين]] في [[lancaster|لانكستر هاوس]] ب[[london|لندن]]، في أول قمة بين [[uk|المملكة المتحدة]] و[[eu|الاتحاد الأوروبي]] منذ خروج [[uk|بريطانيا]] من التكتل، ووقّع الجانبان شراكة أمنية ودفاعية واتفاقاً لتمديد حقوق الصيد.",
 {"starmer": "PERSON//Keir Starmer", "ec": "ORGANIZATION/intergovernmental/European Commission", "vdl": "PERSON//Ursula von der Leyen", "lancaster": "LOCATION/facility/Lancaster House", "london": "LOCATION/city/London", "uk": "LOCATION/country/United Kingdom", "eu": "ORGANIZATION/intergovernmental/European Union"},
 ["MEETS starmer > vdl", "AFFILIATED_WITH starmer > uk", "AFFILIATED_WITH vdl > ec", "MEETS uk > eu", "SIGNS_AGREEMENT uk > eu", "?COOPERATES_WITH uk > eu", "?VISITS vdl > london", "?VISITS vdl > lancaster"],
 "استضاف X Y (a host receiving a guest) -> MEETS; a summit between two named parties -> MEETS. البريطاني + the UK named (twice: المملكة المتحدة، بريطانيا) -> AFFIL. 'The two sides' right after the two named parties sign -> SIGNS (written5 79); a signed partnership -> COOP optional (README: a cooperation agreement). Hosted in a city / a venue -> VISITS optional. التكتل is a nominal; leaving a bloc is no relation type."),
# 54
("وأعلن [[liverpool|ليفربول]] الإنجليزي تعاقده مع صانع الألعاب الألماني [[wirtz|فلوريان فيرتز]] قادماً من [[leverkusen|باير ليفركوزن]] مقابل 116 مليون جنيه إسترليني، في أغلى صفقة في تاريخ [[pl|الدوري الإنجليزي الممتاز]]، وقال مدرب الفريق [[slot|آرني سلوت]] إن اللاعب «سيمنحنا إبداعاً إضافياً».",
 {"liverpool": "ORGANIZATION/sports/Liverpool FC", "wirtz": "PERSON//Florian Wirtz", "leverkusen": "ORGANIZATION/sports/Bayer 04 Leverkusen", "pl": "?ORGANIZATION/sports/Premier League", "slot": "PERSON//Arne Slot"},
 ["PURCHASE liverpool > leverkusen", "SIGNS_AGREEMENT liverpool > wirtz", "?JOINS wirtz > liverpool", "?AFFILIATED_WITH wirtz > leverkusen", "?AFFILIATED_WITH slot > liverpool"],
 "تعاقده مع X (a player's contract) -> SIGNS; a fee to the former club (قادماً من Y مقابل) -> PURCHASE club -> former club, JOINS optional (README). Where he comes from is a past club -> optional. مدرب الفريق: the club only as a nominal -> optional. A league's name -> optional entity (as written6 78)."),
# 55
("وأعلن المدير العام لنادي [[juve|يوفنتوس]] [[comolli|داميان كومولي]] إقالة المدرب الكرواتي [[tudor|إيغور تودور]] بعد ثماني مباريات متتالية دون فوز، والتعاقد مع [[spalletti|لوتشانو سباليتي]]، المدرب السابق ل[[italynt|منتخب إيطاليا]]، حتى نهاية الموسم.",
 {"juve": "ORGANIZATION/sports/Juventus FC", "comolli": "PERSON//Damien Comolli", "tudor": "PERSON//Igor Tudor", "spalletti": "PERSON//Luciano Spalletti", "italynt": "?ORGANIZATION/sports/Italy national football team"},
 ["AFFILIATED_WITH comolli > juve", "SIGNS_AGREEMENT juve,comolli > spalletti", "?AFFILIATED_WITH tudor > juve", "?AFFILIATED_WITH spalletti > italynt"],
 "المدير العام لنادي X Y -> AFFIL (نادي left out). A contract announced by the club's director (التعاقد مع) -> SIGNS (the club or its director). A sacked coach's role is past -> optional; السابق -> optional. A national team -> optional entity (as written6 11). Losing matches is no relation."),
# 56
("ووقّع المدرب الإسباني [[alonso|تشابي ألونسو]] عقداً لثلاثة مواسم مع [[realmadrid|ريال مدريد]] بحضور رئيس النادي [[perez|فلورنتينو بيريز]]، خلفاً للإيطالي [[ancelotti|كارلو أنشيلوتي]] الذي انتقل لتدريب [[brazilnt|منتخب البرازيل]]، ليعود [[alonso|ألونسو]] إلى النادي الذي دافع عن ألوانه لاعباً بين عامي 2009 و2014.",
 {"alonso": "PERSON//Xabi Alonso", "realmadrid": "ORGANIZATION/sports/Real Madrid CF", "perez": "PERSON//Florentino Pérez", "ancelotti": "PERSON//Carlo Ancelotti", "brazilnt": "?ORGANIZATION/sports/Brazil national football team"},
 ["SIGNS_AGREEMENT alonso > realmadrid", "AFFILIATED_WITH ancelotti > brazilnt", "?AFFILIATED_WITH perez > realmadrid", "?JOINS ancelotti > brazilnt", "?JOINS alonso > realmadrid", "?AFFILIATED_WITH alonso > realmadrid"],
 "وقّع عقداً مع X -> SIGNS. رئيس النادي: the club only as a nominal -> AFFIL optional. انتقل لتدريب منتخب X: the coaching role is stated -> AFFIL with the national team (optional entity, relation kept, as written6 11); moving there as a joining -> optional. يعود إلى النادي (a nominal) and a past playing career -> optional. Madrid nested in the club's name is no mention. Surname repeat."),
# 57
("وأتم [[galatasaray|غلطة سراي]] التركي شراء عقد المهاجم النيجيري [[osimhen|فيكتور أوسيمين]] من [[napoli|نابولي]] مقابل 75 مليون يورو، في أغلى صفقة في تاريخ الكرة التركية، بعد موسم قضاه اللاعب معاراً في صفوف النادي الإسطنبولي.",
 {"galatasaray": "ORGANIZATION/sports/Galatasaray SK", "osimhen": "PERSON//Victor Osimhen", "napoli": "ORGANIZATION/sports/SSC Napoli"},
 ["PURCHASE galatasaray > napoli", "?JOINS osimhen > galatasaray", "?AFFILIATED_WITH osimhen > galatasaray", "?AFFILIATED_WITH osimhen > napoli"],
 "شراء عقد اللاعب من X -> PURCHASE club -> selling club (the player is the thing bought); JOINS optional (README). A loan spell 'in the ranks of the Istanbul club' (a nominal) and the former club -> AFFIL optional. نابولي here is the club, not the city."),
# 58
("واتهم رئيس [[uefa|الاتحاد الأوروبي لكرة القدم]] [[ceferin|ألكسندر تشيفيرين]] شركة [[a22|إيه 22]] المروّجة لمشروع [[superleague|دوري السوبر الأوروبي]] بمحاولة «تقسيم كرة القدم الأوروبية»، بعد أن أيدت محكمة في [[madrid|مدريد]] حق الشركة في تنظيم البطولة.",
 {"uefa": "ORGANIZATION/sports/UEFA", "ceferin": "PERSON//Aleksander Čeferin", "a22": "ORGANIZATION/company/A22 Sports Management", "superleague": "?ORGANIZATION/sports/European Super League", "madrid": "LOCATION/city/Madrid"},
 ["AFFILIATED_WITH ceferin > uefa", "TENSION_WITH ceferin,uefa > a22"],
 "رئيس X Y -> AFFIL. اتهم X بمحاولة -> TENSION (Čeferin or UEFA). شركة left out. A competition project's name -> optional entity. An unnamed court in a city gives nothing; the court's ruling names the company only as الشركة."),
# 59
("وقال رئيس [[caf|الاتحاد الأفريقي لكرة القدم]] «[[caf|كاف]]» [[motsepe|باتريس موتسيبي]]، خلال زيارته إلى [[rabat|الرباط]]، إن [[morocco|المغرب]] أنهى استعداداته لاستضافة كأس الأمم الأفريقية، مشيداً بالتعاون مع [[frmf|الجامعة الملكية المغربية لكرة القدم]] ورئيسها [[lekjaa|فوزي لقجع]].",
 {"caf": "ORGANIZATION/sports/Confederation of African Football", "motsepe": "PERSON//Patrice Motsepe", "rabat": "LOCATION/city/Rabat", "morocco": "LOCATION/country/Morocco", "frmf": "ORGANIZATION/sports/Royal Moroccan Football Federation", "lekjaa": "PERSON//Fouzi Lekjaa"},
 ["AFFILIATED_WITH motsepe > caf", "VISITS motsepe > rabat", "COOPERATES_WITH caf,motsepe > frmf", "AFFILIATED_WITH lekjaa > frmf"],
 "رئيس X «acronym» Y -> AFFIL (the acronym a second mention). خلال زيارته إلى -> VISITS. Praising 'the cooperation with X' (the speaker's body implied) -> COOP (CAF or Motsepe). ورئيسها Y (pronoun for the federation) -> AFFIL. Hosting a tournament is no relation; the tournament's name is not annotated."),
# 60
("وتوصل لاعب التنس الإيطالي [[sinner|يانيك سينر]] إلى اتفاق مع [[wada|الوكالة العالمية لمكافحة المنشطات]] يقضي بإيقافه ثلاثة أشهر، بعد أن طعنت الوكالة أمام [[cas|محكمة التحكيم الرياضي]] في قرار تبرئته الصادر عن [[itia|الوكالة الدولية لنزاهة التنس]].",
 {"sinner": "PERSON//Jannik Sinner", "wada": "ORGANIZATION/ngo/World Anti-Doping Agency", "cas": "ORGANIZATION/other/Court of Arbitration for Sport", "itia": "ORGANIZATION/sports/International Tennis Integrity Agency"},
 ["SIGNS_AGREEMENT sinner > wada", "?TENSION_WITH wada > sinner", "?TENSION_WITH wada > itia"],
 "توصل إلى اتفاق مع -> SIGNS (a concluded agreement, as written6 14). The appeal is made by 'the agency' (a nominal for WADA) against his acquittal and against another body's decision -> TENSION optional. الإيطالي with no Italy on the line -> nothing."),
# 61
("وأُقيل البريطاني [[horner|كريستيان هورنر]] من منصب مدير فريق [[redbull|ريد بول]] بعد عشرين عاماً على رأسه، وعُيّن بدلاً منه الفرنسي [[mekies|لوران ميكيس]] القادم من فريق [[rb|ريسينغ بولز]] الشقيق، في وقت يتصدر فيه سائق [[mclaren|ماكلارين]] الأسترالي [[piastri|أوسكار بياستري]] ترتيب بطولة العالم ل[[f1|فورمولا 1]].",
 {"horner": "PERSON//Christian Horner", "redbull": "ORGANIZATION/sports/Red Bull Racing", "mekies": "PERSON//Laurent Mekies", "rb": "ORGANIZATION/sports/Racing Bulls", "mclaren": "ORGANIZATION/sports/McLaren", "piastri": "PERSON//Oscar Piastri", "f1": "?ORGANIZATION/sports/Formula One"},
 ["AFFILIATED_WITH mekies > redbull", "AFFILIATED_WITH piastri > mclaren", "?AFFILIATED_WITH horner > redbull", "?AFFILIATED_WITH mekies > rb"],
 "Passives: أُقيل X من منصب مدير فريق Y (a role ended) -> AFFIL optional; عُيّن بدلاً منه Z (appointed to that role) -> AFFIL. القادم من (a past team) -> optional. سائق X Y -> AFFIL (as لاعب club). فريق left out. The championship's name -> optional entity."),
# 62
("وخاض البريطاني [[hamilton|لويس هاميلتون]] أولى تجاربه بعد انضمامه إلى [[ferrari|فيراري]] قادماً من [[mercedes|مرسيدس]]، على [[fiorano|حلبة فيورانو]] في [[maranello|مارانيلو]]، بحضور مدير الفريق الفرنسي [[vasseur|فريدريك فاسور]] وآلاف المشجعين.",
 {"hamilton": "PERSON//Lewis Hamilton", "ferrari": "ORGANIZATION/sports/Scuderia Ferrari", "mercedes": "ORGANIZATION/sports/Mercedes-AMG Petronas F1 Team", "fiorano": "LOCATION/facility/Fiorano Circuit", "maranello": "LOCATION/city/Maranello", "vasseur": "PERSON//Frédéric Vasseur"},
 ["JOINS hamilton > ferrari", "?AFFILIATED_WITH hamilton > mercedes", "?AFFILIATED_WITH vasseur > ferrari"],
 "بعد انضمامه إلى X (a joining stated as done) -> JOINS. قادماً من: a past team -> optional. مدير الفريق: the team only as a nominal -> optional. A circuit keeps its head (as a crossing or a port); driving at a circuit is no VISITS."),
# 63
("ويلتقي الإسباني [[alcaraz|كارلوس ألكاراس]] الإيطالي [[sinner|يانيك سينر]] في نهائي بطولة [[usopen|أمريكا]] المفتوحة على [[ashe|ملعب آرثر آش]] في [[nyc|نيويورك]]، في ثالث نهائي يجمعهما في البطولات الكبرى هذا العام.",
 {"alcaraz": "PERSON//Carlos Alcaraz", "sinner": "PERSON//Jannik Sinner", "usopen": "?LOCATION/country/United States (in the US Open's name)", "ashe": "?LOCATION/facility/Arthur Ashe Stadium", "nyc": "LOCATION/city/New York City"},
 [],
 "NO RELATION (misleading cue): يلتقي and يجمعهما tell of a match -> no MEETS (README). A country inside a tournament's name and a stadium -> optional entities (conventions); the person's name nested in the stadium's is no mention."),
# 64
("ووقّع القائم بأعمال مدير [[nasa|وكالة الفضاء الأميركية]] «[[nasa|ناسا]]» [[duffy|شون دافي]] والمدير العام ل[[esa|وكالة الفضاء الأوروبية]] [[aschbacher|يوزف أشباخر]] اتفاقية لتوسيع مشاركة الأوروبيين في برنامج «أرتيميس» لاستكشاف القمر، على أن توقّع [[esa|وكالة الفضاء الأوروبية]] اتفاقية مماثلة مع [[jaxa|وكالة استكشاف الفضاء اليابانية]] الشهر المقبل.",
 {"nasa": "ORGANIZATION/government/NASA", "duffy": "PERSON//Sean Duffy", "esa": "ORGANIZATION/intergovernmental/European Space Agency", "aschbacher": "PERSON//Josef Aschbacher", "jaxa": "ORGANIZATION/government/JAXA"},
 ["SIGNS_AGREEMENT duffy,nasa > aschbacher,esa", "AFFILIATED_WITH duffy > nasa", "AFFILIATED_WITH aschbacher > esa", "PLANS_AGREEMENT esa > jaxa", "?COOPERATES_WITH nasa > esa"],
 "Two role phrases as a coordinated subject of وقّع -> SIGNS (the heads or their agencies) and two AFFIL (القائم بأعمال مدير X = acting head). على أن توقّع X اتفاقية مع Y (scheduled) -> PLANS. An agreement widening participation is cooperation only by implication -> optional. وكالة kept in the descriptive agency names (the rest is no name alone); «ناسا» a second mention. The programme's name is not annotated."),
# 65
("ووصل رائد الفضاء الهندي [[shukla|شوبهانشو شوكلا]] إلى [[iss|محطة الفضاء الدولية]] على متن مركبة تابعة ل[[spacex|سبيس إكس]]، ضمن مهمة تنظمها [[axiom|أكسيوم سبيس]] بالتعاون مع [[isro|منظمة أبحاث الفضاء الهندية]] و[[nasa|ناسا]]، ليصبح أول هندي يزور المحطة منذ أكثر من أربعين عاماً.",
 {"shukla": "PERSON//Shubhanshu Shukla", "iss": "LOCATION/facility/International Space Station", "spacex": "ORGANIZATION/company/SpaceX", "axiom": "ORGANIZATION/company/Axiom Space", "isro": "ORGANIZATION/government/Indian Space Research Organisation", "nasa": "ORGANIZATION/government/NASA"},
 ["VISITS shukla > iss", "COOPERATES_WITH axiom > isro", "COOPERATES_WITH axiom > nasa"],
 "وصل إلى a named facility (يزور المحطة repeats it) -> VISITS. بالتعاون مع X وY -> two COOP. A spacecraft belonging to a company relates no person to it. الهندي with no India on the line -> nothing; منظمة kept in ISRO's descriptive name."),
# 66
("وأعلن وزير الصحة الأميركي [[rfk|روبرت كينيدي جونيور]] أن [[us|الولايات المتحدة]] لن تعود إلى [[who|منظمة الصحة العالمية]] من دون «إصلاحات جذرية»، متهماً مديرها العام [[tedros|تيدروس أدهانوم غيبريسوس]] بـ«الخضوع لنفوذ [[china|الصين]]» خلال جائحة كورونا.",
 {"rfk": "PERSON//Robert F. Kennedy Jr.", "us": "LOCATION/country/United States", "who": "ORGANIZATION/intergovernmental/World Health Organization", "tedros": "PERSON//Tedros Adhanom Ghebreyesus", "china": "LOCATION/country/China"},
 ["AFFILIATED_WITH rfk > us", "TENSION_WITH rfk > tedros", "AFFILIATED_WITH tedros > who"],
 "الأميركي + US named -> AFFIL. متهماً X -> TENSION. مديرها العام (pronoun for the WHO) -> AFFIL. لن تعود إلى (a negated, conditional return) -> no JOINS. 'China's influence' relates no party by a stated relation."),
# 67
("ورفعت [[harvard|جامعة هارفارد]] دعوى قضائية ضد إدارة الرئيس [[trump|دونالد ترامب]] بعد تجميد منح فيدرالية بقيمة 2.2 مليار دولار، وقال رئيس [[harvard|هارفارد]] [[garber|آلان غاربر]] إن الجامعة «لن تتنازل عن استقلاليتها»، فيما اتهمت وزيرة التعليم [[mcmahon|ليندا مكماهون]] إدارة الجامعة بـ«التقاعس عن مكافحة معاداة السامية».",
 {"harvard": "ORGANIZATION/education/Harvard University", "trump": "PERSON//Donald Trump", "garber": "PERSON//Alan Garber", "mcmahon": "PERSON//Linda McMahon"},
 ["TENSION_WITH harvard > trump", "AFFILIATED_WITH garber > harvard", "?TENSION_WITH mcmahon > harvard"],
 "A lawsuit against the administration a named person heads -> TENSION with him (as line 2). رئيس X Y with the short name هارفارد (a second mention) -> AFFIL. An accusation against 'the university's administration' (a nominal) -> optional. جامعة kept in the first mention (as جامعة بنسلفانيا). The minister's title names no country."),
# 68
("وأعلنت [[oxford|جامعة أكسفورد]] بدء المرحلة الثالثة من التجارب السريرية للقاح جديد ضد الملاريا طوّره [[jenner|معهد جينر]] التابع لها بالتعاون مع [[serum|معهد الأمصال الهندي]]، الذي يتخذ من مدينة [[pune|بونه]] مقراً له ويرأسه [[poonawalla|أدار بوناوالا]].",
 {"oxford": "ORGANIZATION/education/University of Oxford", "jenner": "ORGANIZATION/education/Jenner Institute", "serum": "ORGANIZATION/company/Serum Institute of India", "pune": "LOCATION/city/Pune", "poonawalla": "PERSON//Adar Poonawalla"},
 ["COOPERATES_WITH jenner,oxford > serum", "LOCATED_IN serum > pune", "AFFILIATED_WITH poonawalla > serum"],
 "بالتعاون مع -> COOP (the institute or its university). A relative clause يتخذ من X مقراً -> LOCATED; ويرأسه Y (pronoun in the same clause) -> AFFIL. التابع لها (an institute of a university) is no relation type. The person's name nested in the institute's is no mention; مدينة left out; the nisba is part of the institute's name."),
# 69
("وانضمت [[ireland|أيرلندا]] رسمياً إلى [[cern|المنظمة الأوروبية للأبحاث النووية]] «[[cern|سيرن]]»، ومقرها [[geneva|جنيف]]، بصفة عضو منتسب، وقال المدير العام لـ«[[cern|سيرن]]» [[thomson|مارك طومسون]] إن الخطوة ستتيح للباحثين الأيرلنديين المشاركة في تطوير [[lhc|مصادم الهادرونات الكبير]].",
 {"ireland": "LOCATION/country/Ireland", "cern": "ORGANIZATION/intergovernmental/CERN", "geneva": "LOCATION/city/Geneva", "thomson": "PERSON//Mark Thomson", "lhc": "LOCATION/facility/Large Hadron Collider"},
 ["JOINS ireland > cern", "LOCATED_IN cern > geneva", "AFFILIATED_WITH thomson > cern"],
 "انضمت إلى -> JOINS (as an associate member: still an accession). ومقرها X -> LOCATED. المدير العام لـ«X» Y -> AFFIL (the proclitic outside the quotes). The collider is a named facility. Researchers with a nisba give nothing. Event partly made up."),
# 70
("وضمت القائمة النهائية للمرشحين لجائزة الكرة الذهبية الفرنسي [[dembele|عثمان ديمبيلي]] والإسباني [[yamal|لامين يامال]] والمصري [[salah|محمد صلاح]] والبرازيلي [[raphinha|رافينيا]] والمغربي [[hakimi|أشرف حكيمي]]، على أن يُعلن اسم الفائز في حفل يقام في [[chatelet|مسرح شاتليه]] ب[[paris|باريس]].",
 {"dembele": "PERSON//Ousmane Dembélé", "yamal": "PERSON//Lamine Yamal", "salah": "PERSON//Mohamed Salah", "raphinha": "PERSON//Raphinha", "hakimi": "PERSON//Achraf Hakimi", "chatelet": "LOCATION/facility/Théâtre du Châtelet", "paris": "LOCATION/city/Paris"},
 [],
 "NO RELATION: a shortlist of players with nationality adjectives only (no country named, no club); a ceremony to be held at a venue relates no named party. The award's name is not annotated."),
# 71
("وأعلنت [[mea|وزارة الشؤون الخارجية الهندية]] إلغاء زيارة كانت مقررة ل[[modi|ناريندرا مودي]] إلى [[dhaka|دكا]] مطلع الشهر المقبل، من دون أن توضح أسباب القرار أو تحدد موعداً بديلاً.",
 {"mea": "ORGANIZATION/government/Ministry of External Affairs (India)", "modi": "PERSON//Narendra Modi", "dhaka": "LOCATION/city/Dhaka"},
 [],
 "NO RELATION: a cancelled visit (إلغاء زيارة كانت مقررة) -> no VISITS (README: ألغى زيارته). Modi has no role phrase on the line; the ministry only announces."),
# 72
("ويعتزم [[eu|الاتحاد الأوروبي]] توقيع اتفاقية التجارة الحرة مع تكتل [[mercosur|ميركوسور]] خلال قمة تعقد في [[foz|فوز دو إيغواسو]] البرازيلية الشهر المقبل، وفق ما أعلنه المفوض الأوروبي للتجارة [[sefcovic|ماروش شيفتشوفيتش]]، رغم معارضة [[france|فرنسا]] و[[poland|بولندا]] اللتين أكدتا أنهما لن توقّعا على الاتفاق بصيغته الحالية.",
 {"eu": "ORGANIZATION/intergovernmental/European Union", "mercosur": "ORGANIZATION/intergovernmental/Mercosur", "foz": "LOCATION/city/Foz do Iguaçu", "sefcovic": "PERSON//Maroš Šefčovič", "france": "LOCATION/country/France", "poland": "LOCATION/country/Poland"},
 ["PLANS_AGREEMENT eu > mercosur", "AFFILIATED_WITH sefcovic > eu", "?TENSION_WITH france > eu", "?TENSION_WITH poland > eu"],
 "يعتزم توقيع اتفاقية مع -> PLANS. المفوض الأوروبي للتجارة: a commissioner's adjective with the EU named on the line -> AFFIL with the EU (as a nisba with its country named). Opposing the bloc's deal -> TENSION optional; لن توقّعا (negated) -> nothing. تكتل left out; a summit to be held in a city relates no named party."),
# 73
("ووقّعت [[poland|بولندا]] عقداً بقيمة 6.5 مليار دولار لشراء 180 دبابة من طراز «كيه 2» من [[hyundai|هيونداي روتم]] الكورية الجنوبية، وقال وزير الدفاع البولندي [[kosiniak|فلاديسلاف كوسينياك-كاميش]] إن جزءاً من الدبابات سيُصنّع في مصانع [[pgz|مجموعة الصناعات الدفاعية البولندية]].",
 {"poland": "LOCATION/country/Poland", "hyundai": "ORGANIZATION/company/Hyundai Rotem", "kosiniak": "PERSON//Władysław Kosiniak-Kamysz", "pgz": "?ORGANIZATION/company/Polish Armaments Group (PGZ)"},
 ["SIGNS_AGREEMENT poland > hyundai", "PURCHASE poland > hyundai", "AFFILIATED_WITH kosiniak > poland", "?COOPERATES_WITH hyundai > pgz"],
 "وقّعت عقداً لشراء ... من X -> SIGNS and PURCHASE. البولندي + Poland named -> AFFIL. Production in another group's plants implies, not states, cooperation -> optional. The Polish group is named by a description -> optional entity. The tank model is a product (not annotated)."),
# 74
("وتعتزم [[indonesia|إندونيسيا]] و[[eu|الاتحاد الأوروبي]] توقيع اتفاقية الشراكة الاقتصادية الشاملة في [[bali|بالي]] مطلع العام المقبل، بعد أشهر من انضمام [[jakarta|جاكرتا]] إلى مجموعة [[brics|بريكس]]، وهو ما قال الرئيس [[prabowo|برابوو سوبيانتو]] إنه «لا يتعارض مع الانفتاح على [[europe|أوروبا]]».",
 {"indonesia": "LOCATION/country/Indonesia", "eu": "ORGANIZATION/intergovernmental/European Union", "bali": "LOCATION/region/Bali", "jakarta": "LOCATION/city/Jakarta", "brics": "ORGANIZATION/intergovernmental/BRICS", "prabowo": "PERSON//Prabowo Subianto", "europe": "LOCATION/region/Europe"},
 ["PLANS_AGREEMENT indonesia > eu", "JOINS jakarta,indonesia > brics", "?AFFILIATED_WITH prabowo > indonesia"],
 "A coordinated subject of تعتزم توقيع -> PLANS (a planned partnership agreement is only PLANS, README). A past accession (انضمام X إلى Y) with a metonymic capital -> JOINS (the capital or the country). الرئيس without nisba, Indonesia named -> optional. مجموعة left out; openness to a continent is no relation."),
# 75
("وقال الرئيس التنفيذي لشركة [[mistral|ميسترال إيه آي]] الفرنسية [[mensch|آرثر منش]] إن [[mistral|ميسترال]] تنوي توقيع اتفاق شراكة استراتيجية مع [[asml|إيه إس إم إل]] الهولندية تستثمر بموجبه الأخيرة 1.3 مليار يورو في الشركة الناشئة لتصبح أكبر مساهميها.",
 {"mistral": "ORGANIZATION/company/Mistral AI", "mensch": "PERSON//Arthur Mensch", "asml": "ORGANIZATION/company/ASML"},
 ["AFFILIATED_WITH mensch > mistral", "PLANS_AGREEMENT mistral > asml"],
 "الرئيس التنفيذي لشركة X Y -> AFFIL (شركة left out, nisba outside; ميسترال a short second mention). تنوي توقيع اتفاق مع -> PLANS. A planned partnership is only PLANS (no COOP); an investment in the company itself names no seller -> no PURCHASE."),
# 76
("وانضم المهاجم السويدي [[isak|ألكسندر إيزاك]] إلى [[liverpool|ليفربول]] قادماً من [[newcastle|نيوكاسل يونايتد]] في صفقة قياسية بلغت 125 مليون جنيه إسترليني، بعد أسابيع من خلافه مع إدارة [[newcastle|نيوكاسل]] التي رفضت عرضين سابقين من النادي الأحمر.",
 {"isak": "PERSON//Alexander Isak", "liverpool": "ORGANIZATION/sports/Liverpool FC", "newcastle": "ORGANIZATION/sports/Newcastle United"},
 ["JOINS isak > liverpool", "PURCHASE liverpool > newcastle", "TENSION_WITH isak > newcastle", "?AFFILIATED_WITH isak > newcastle"],
 "انضم إلى -> JOINS; a record fee to the former club -> PURCHASE club -> former club. خلافه مع إدارة X (pronoun for the player) -> TENSION with the club. Where he comes from is a past club -> optional. Bids rejected from 'the Red club' (a nominal) -> nothing. نيوكاسل a short second mention."),
# 77
("وقال سفير [[ukraine|أوكرانيا]] في [[berlin|برلين]] [[makeiev|أوليكسي ماكييف]] إن [[germany|ألمانيا]] ستسلّم [[kyiv|كييف]] منظومتي «باتريوت» إضافيتين قبل نهاية العام، مشيداً بالتنسيق الوثيق بين وزيري الدفاع في البلدين [[pistorius|بوريس بيستوريوس]] و[[shmyhal|دينيس شميهال]].",
 {"ukraine": "LOCATION/country/Ukraine", "berlin": "LOCATION/city/Berlin", "makeiev": "PERSON//Oleksii Makeiev", "germany": "LOCATION/country/Germany", "kyiv": "LOCATION/city/Kyiv", "pistorius": "PERSON//Boris Pistorius", "shmyhal": "PERSON//Denys Shmyhal"},
 ["AFFILIATED_WITH makeiev > ukraine", "LOCATED_IN makeiev > berlin", "COOPERATES_WITH pistorius > shmyhal", "?AFFILIATED_WITH pistorius > germany", "?AFFILIATED_WITH shmyhal > ukraine", "?COOPERATES_WITH germany > kyiv"],
 "سفير X في Y Z -> AFFIL with X and LOCATED in the capital (README). التنسيق الوثيق بين X وY (two named ministers) -> COOP. 'The two countries' is a nominal -> the ministers' AFFIL optional. A delivery of air-defence systems (no buying stated) is cooperation only by implication -> optional; no PURCHASE."),
# 78
("وانضم المدافع الفرنسي [[theo|ثيو هرنانديز]] إلى [[hilal|الهلال]] السعودي قادماً من [[milan|ميلان]] الإيطالي مقابل 25 مليون يورو، وقال مدرب [[hilal|الهلال]] [[inzaghi|سيموني إنزاغي]] إن اللاعب «سيمنح خط الدفاع خبرة كبيرة».",
 {"theo": "PERSON//Theo Hernández", "hilal": "ORGANIZATION/sports/Al Hilal SFC", "milan": "ORGANIZATION/sports/AC Milan", "inzaghi": "PERSON//Simone Inzaghi"},
 ["JOINS theo > hilal", "PURCHASE hilal > milan", "AFFILIATED_WITH inzaghi > hilal", "?AFFILIATED_WITH theo > milan"],
 "انضم إلى -> JOINS; a fee to the former club -> PURCHASE. مدرب X Y -> AFFIL (README: لاعب/مدرب club). Nisbas after club names are outside; ميلان here is the club. قادماً من -> optional past AFFIL."),
# 79
("وعلى هامش قمة [[g7|مجموعة السبع]] التي تستضيفها [[canada|كندا]] في [[kananaskis|كاناناسكيس]]، التقى رئيس الوزراء الكندي [[carney|مارك كارني]] نظيره الهندي [[modi|ناريندرا مودي]]، واتفقا على إعادة السفيرين إلى [[ottawa|أوتاوا]] و[[newdelhi|نيودلهي]] بعد عامين من التوتر الدبلوماسي الذي أعقب مقتل الناشط السيخي [[nijjar|هارديب سينغ نيجار]].",
 {"g7": "ORGANIZATION/intergovernmental/G7", "canada": "LOCATION/country/Canada", "kananaskis": "LOCATION/region/Kananaskis", "carney": "PERSON//Mark Carney", "modi": "PERSON//Narendra Modi", "ottawa": "LOCATION/city/Ottawa", "newdelhi": "LOCATION/city/New Delhi", "nijjar": "PERSON//Hardeep Singh Nijjar"},
 ["MEETS carney > modi", "AFFILIATED_WITH carney > canada", "?VISITS modi > kananaskis", "?TENSION_WITH ottawa,canada > newdelhi", "?SIGNS_AGREEMENT carney > modi"],
 "A fronted circumstantial phrase, then التقى X نظيره Y -> MEETS. الكندي + Canada named -> AFFIL; الهندي with only New Delhi (a city) on the line -> nothing. Attending a summit in a place -> VISITS optional. 'Two years of diplomatic tension' names its parties only by the capitals just listed -> optional. An agreement to return ambassadors (اتفقا على) is no signed text -> optional. مجموعة kept (السبع is no name alone)."),
# 80
("واستحوذت شركة [[helios|هيليوس روبوتيكس]] الألمانية الناشئة، ومقرها [[munich|ميونيخ]]، على حصة الأغلبية في منافستها الفرنسية [[aurel|أوريل أوتوماسيون]] من صندوق [[ardent|أردان كابيتال]] في صفقة بلغت 400 مليون يورو، وقال مؤسسها ورئيسها التنفيذي [[krause|يوناس كراوزه]] إن الصفقة «ستضاعف حضور الشركة في أسواق [[france|فرنسا]] و[[italy|إيطاليا]]».",
 {"helios": "ORGANIZATION/company/Helios Robotics (fictional)", "munich": "LOCATION/city/Munich", "aurel": "ORGANIZATION/company/Aurel Automation (fictional)", "ardent": "ORGANIZATION/company/Ardent Capital (fictional)", "krause": "PERSON//Jonas Krause (fictional)", "france": "LOCATION/country/France", "italy": "LOCATION/country/Italy"},
 ["LOCATED_IN helios > munich", "PURCHASE helios > ardent", "AFFILIATED_WITH krause > helios"],
 "A relative apposition (X، ومقرها Y) -> LOCATED. استحوذت على حصة في Z من Y -> PURCHASE buyer -> seller (the company whose stake is bought is no argument). مؤسسها ورئيسها التنفيذي (pronouns for the subject) -> AFFIL. شركة / صندوق left out before names used alone. Markets in countries give nothing. All four names invented."),
]


if __name__ == "__main__":
    build("written7", DATA)
    summary("written7.gold.json", len(DATA))
