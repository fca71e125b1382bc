#!/usr/bin/env python3
"""Builds written2.txt / written2.gold.json / written2.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build  # noqa: E402

DATA = [
# 1
("وقال وزير الخارجية السعودي الأمير [[faisal|فيصل بن فرحان]]، في مؤتمر صحفي عقده ب[[riyadh|الرياض]] الأربعاء، إن [[saudi|المملكة العربية السعودية]] تدعم كل الجهود الرامية إلى وقف إطلاق النار في [[gaza|غزة]] وإدخال المساعدات الإنسانية دون قيود.",
 {"faisal": "PERSON//Faisal bin Farhan", "riyadh": "LOCATION/city/Riyadh", "saudi": "LOCATION/country/Saudi Arabia", "gaza": "LOCATION/region/Gaza Strip"},
 ["AFFILIATED_WITH faisal > saudi", "?LOCATED_IN faisal > riyadh"],
 "Nisba السعودي + country named later in the line -> AFFILIATED_WITH required. Press conference held in Riyadh -> LOCATED_IN optional."),
# 2
("واستقبل ولي العهد السعودي الأمير [[mbs|محمد بن سلمان]]، في [[yamamah|قصر اليمامة]] ب[[riyadh|الرياض]] مساء الثلاثاء، الرئيس الفرنسي [[macron|إيمانويل ماكرون]]، وجرى خلال الاستقبال استعراض العلاقات الثنائية ومستجدات الأوضاع في [[lebanon|لبنان]].",
 {"mbs": "PERSON//Mohammed bin Salman", "yamamah": "?LOCATION/facility/Al-Yamamah Palace", "riyadh": "LOCATION/city/Riyadh", "macron": "PERSON//Emmanuel Macron", "lebanon": "LOCATION/country/Lebanon"},
 ["MEETS mbs > macron", "?VISITS macron > riyadh,yamamah"],
 "Object of استقبل placed after a long PP. Neither Saudi Arabia nor France is named, so the nisbas carry no relation. Palace = facility, entity optional (LOC/ORG/FAC ambiguity). Guest's VISITS is implied -> optional."),
# 3
("وتصاعد التوتر بين [[algeria|الجزائر]] و[[morocco|المغرب]] بعد أن أعلنت [[algeria|الجزائر]] إغلاق مجالها الجوي أمام جميع الطائرات المدنية والعسكرية المغربية، في خطوة وصفتها [[rabat|الرباط]] بأنها \"غير مبررة\".",
 {"algeria": "LOCATION/country/Algeria", "morocco": "LOCATION/country/Morocco", "rabat": "LOCATION/city/Rabat"},
 ["TENSION_WITH algeria > morocco,rabat"],
 "Rabat used as metonym for Morocco; accepted as alternative tail."),
# 4
("أعلن رئيس نادي [[hilal|الهلال]] [[binnafel|فهد بن نافل]]، مساء الاثنين، تجديد عقد المدرب البرتغالي [[jesus|جورجي جيسوس]] لموسم إضافي، مؤكداً أن الإدارة راضية عن نتائج الفريق محلياً وقارياً.",
 {"hilal": "ORGANIZATION/sports_club/Al Hilal SFC", "binnafel": "PERSON//Fahad bin Nafel", "jesus": "PERSON//Jorge Jesus"},
 ["AFFILIATED_WITH binnafel > hilal", "?AFFILIATED_WITH jesus > hilal"],
 "Span: class noun نادي left outside the club mention. Jesus being Hilal's coach is implied (club renews 'the coach's' contract) -> optional."),
# 5
("وصل رئيس الوزراء الهندي [[modi|ناريندرا مودي]] إلى [[riyadh|الرياض]] مساء الاثنين في زيارة رسمية تستمر يومين، يلتقي خلالها كبار المسؤولين في [[saudi|المملكة]] لبحث توسيع الشراكة الاستراتيجية بين البلدين.",
 {"modi": "PERSON//Narendra Modi", "riyadh": "LOCATION/city/Riyadh", "saudi": "?LOCATION/country/Saudi Arabia"},
 ["VISITS modi > riyadh,saudi"],
 "المملكة (= Saudi Arabia in Saudi press) annotated as an optional entity. India not named, so no affiliation for Modi."),
# 6
("وانضم المهاجم البرازيلي [[neymar|نيمار]] إلى [[hilal|الهلال]] قادماً من [[psg|باريس سان جيرمان]] الفرنسي، في صفقة بلغت قيمتها 90 مليون يورو، ووقع اللاعب عقداً يمتد لموسمين.",
 {"neymar": "PERSON//Neymar", "hilal": "ORGANIZATION/sports_club/Al Hilal SFC", "psg": "ORGANIZATION/sports_club/Paris Saint-Germain"},
 ["JOINS neymar > hilal", "?AFFILIATED_WITH neymar > hilal", "?AFFILIATED_WITH neymar > psg", "?PURCHASE hilal > psg", "?SIGNS_AGREEMENT neymar > hilal"],
 "Transfer: JOINS required; new/former club affiliation, transfer-as-purchase and player contract-as-agreement are all implied -> optional. Nested باريس not annotated."),
# 7
("وسجل [[ronaldo|كريستيانو رونالدو]]، قائد فريق [[nassr|النصر]]، هدفين في مرمى [[ettifaq|الاتفاق]] مساء الجمعة، ليرفع رصيده إلى 25 هدفاً في صدارة ترتيب الهدافين.",
 {"ronaldo": "PERSON//Cristiano Ronaldo", "nassr": "ORGANIZATION/sports_club/Al Nassr FC", "ettifaq": "ORGANIZATION/sports_club/Al Ettifaq FC"},
 ["AFFILIATED_WITH ronaldo > nassr"],
 "الاتفاق is a club here (homograph of 'the agreement'): no agreement relation."),
# 8
("أعلنت مجموعة [[mbc|إم بي سي]]، التي نقلت مقرها الرئيسي إلى [[riyadh|الرياض]] قبل نحو عامين، إطلاق منصة بث رقمية جديدة موجهة إلى المشاهدين في [[gulf|الخليج]] و[[nafrica|شمال أفريقيا]].",
 {"mbc": "ORGANIZATION/media/MBC Group", "riyadh": "LOCATION/city/Riyadh", "gulf": "LOCATION/region/Gulf", "nafrica": "LOCATION/region/North Africa"},
 ["LOCATED_IN mbc > riyadh"],
 "Span: مجموعة treated as a class noun (outside). HQ moved to Riyadh -> LOCATED_IN. Target audience regions carry no relation."),
# 9
("ووقعت [[saudi|المملكة العربية السعودية]] و[[china|الصين]]، خلال زيارة الرئيس الصيني [[xi|شي جين بينغ]] إلى [[riyadh|الرياض]]، اتفاقية شراكة استراتيجية شاملة، إلى جانب عشرات الاتفاقيات ومذكرات التفاهم في مجالات الطاقة والبنية التحتية.",
 {"saudi": "LOCATION/country/Saudi Arabia", "china": "LOCATION/country/China", "xi": "PERSON//Xi Jinping", "riyadh": "LOCATION/city/Riyadh"},
 ["SIGNS_AGREEMENT saudi > china", "VISITS xi > riyadh,saudi", "AFFILIATED_WITH xi > china"],
 "Coordinated subject before a long parenthetical; visit expressed as a noun phrase (زيارة ... إلى)."),
# 10
("وقال المتحدث باسم [[state|وزارة الخارجية الأميركية]] [[miller|ماثيو ميلر]] للصحفيين إن [[washington|واشنطن]] تتابع عن كثب التطورات الميدانية في [[sudan|السودان]]، وتدعو طرفي النزاع إلى العودة إلى طاولة المفاوضات في [[jeddah|جدة]].",
 {"state": "ORGANIZATION/government/US Department of State", "miller": "PERSON//Matthew Miller", "washington": "LOCATION/city/Washington", "sudan": "LOCATION/country/Sudan", "jeddah": "LOCATION/city/Jeddah"},
 ["AFFILIATED_WITH miller > state", "?AFFILIATED_WITH miller > washington"],
 "Ministry + nisba (generic head) is one ORG mention, as in the seed (القوات المسلحة الإيرانية). Washington as metonym for the US -> optional affiliation."),
# 11
("والتقى وزير الخارجية الأميركي [[blinken|أنتوني بلينكن]] نظيره الصيني [[wangyi|وانغ يي]] على هامش اجتماعات [[asean|رابطة دول جنوب شرق آسيا]] ([[asean|آسيان]]) في العاصمة اللاوسية [[vientiane|فيينتيان]]، في ثالث لقاء بينهما خلال أشهر.",
 {"blinken": "PERSON//Antony Blinken", "wangyi": "PERSON//Wang Yi", "asean": "ORGANIZATION/intergovernmental/ASEAN", "vientiane": "LOCATION/city/Vientiane"},
 ["MEETS blinken > wangyi", "?VISITS blinken > vientiane", "?VISITS wangyi > vientiane", "?LOCATED_IN blinken > vientiane", "?LOCATED_IN wangyi > vientiane"],
 "Nested جنوب شرق آسيا not annotated (outermost name only). Presence in Vientiane implied -> optional VISITS/LOCATED_IN."),
# 12
("ونفى [[kremlin|الكرملين]]، الأحد، صحة تقارير إعلامية غربية تحدثت عن لقاء مرتقب بين الرئيس [[putin|فلاديمير بوتين]] و[[zelensky|فولوديمير زيلينسكي]] في [[istanbul|إسطنبول]] الشهر المقبل، ووصفها بأنها \"مجرد تكهنات\".",
 {"kremlin": "ORGANIZATION/government/Kremlin (Russian Presidency)", "putin": "PERSON//Vladimir Putin", "zelensky": "PERSON//Volodymyr Zelensky", "istanbul": "LOCATION/city/Istanbul"},
 [],
 "NO RELATION: a denied, hypothetical meeting (cue لقاء ... بين). Kremlin-Putin link is world knowledge, not stated."),
# 13
("وأكد الرئيس التنفيذي لشركة [[aramco|أرامكو السعودية]] [[nasser|أمين الناصر]]، خلال مشاركته في مؤتمر للطاقة بمدينة [[houston|هيوستن]] الأميركية، أن الطلب العالمي على النفط سيواصل النمو حتى عام 2030 على الأقل.",
 {"aramco": "ORGANIZATION/company/Saudi Aramco", "nasser": "PERSON//Amin Nasser", "houston": "LOCATION/city/Houston"},
 ["AFFILIATED_WITH nasser > aramco", "?LOCATED_IN nasser > houston", "?VISITS nasser > houston"],
 "أرامكو السعودية kept whole (official company name), لشركة stripped. بمدينة stripped (class noun)."),
# 14
("واستدعت [[fmfa|الخارجية الفرنسية]] سفير [[algeria|الجزائر]] لدى [[paris|باريس]]، في أحدث فصول الأزمة الدبلوماسية المتصاعدة بين البلدين منذ الصيف الماضي.",
 {"fmfa": "ORGANIZATION/government/French Ministry for Europe and Foreign Affairs", "algeria": "LOCATION/country/Algeria", "paris": "LOCATION/city/Paris"},
 ["TENSION_WITH fmfa,paris > algeria"],
 "France is never named: the ministry or Paris (metonym) are accepted as the French party. Summoning + 'crisis between the two countries' -> TENSION."),
# 15
("وتعتزم [[egypt|مصر]] توقيع اتفاقية لتصدير الغاز مع [[cyprus|قبرص]] خلال الأشهر المقبلة، بحسب ما أعلنه وزير البترول والثروة المعدنية المصري [[badawi|كريم بدوي]] في تصريحات صحفية ب[[cairo|القاهرة]].",
 {"egypt": "LOCATION/country/Egypt", "cyprus": "LOCATION/country/Cyprus", "badawi": "PERSON//Karim Badawi", "cairo": "LOCATION/city/Cairo"},
 ["PLANS_AGREEMENT egypt > cyprus", "AFFILIATED_WITH badawi > egypt", "?LOCATED_IN badawi > cairo"],
 ""),
# 16
("وأدى [[abdelatty|بدر عبد العاطي]] اليمين الدستورية وزيراً لخارجية [[egypt|مصر]] أمام الرئيس [[sisi|عبد الفتاح السيسي]] في [[cairo|القاهرة]]، خلفاً ل[[shoukry|سامح شكري]] الذي شغل المنصب نحو عشر سنوات.",
 {"abdelatty": "PERSON//Badr Abdelatty", "egypt": "LOCATION/country/Egypt", "sisi": "PERSON//Abdel Fattah el-Sisi", "cairo": "LOCATION/city/Cairo", "shoukry": "PERSON//Sameh Shoukry"},
 ["AFFILIATED_WITH abdelatty > egypt", "?AFFILIATED_WITH sisi > egypt", "?AFFILIATED_WITH shoukry > egypt", "?MEETS abdelatty > sisi"],
 "Role as predicate (وزيراً لخارجية مصر). Sisi's country implied (الرئيس without nisba), Shoukry = former holder -> optional. Swearing-in before the president -> MEETS optional."),
# 17
("وتناول اللقاء الذي جمع وزير الطاقة السعودي الأمير [[abdulaziz|عبدالعزيز بن سلمان]] ووزير الصناعة الكوري الجنوبي [[ahn|آن دوك-غن]] في [[seoul|سيول]] سبل تعزيز التعاون بين [[saudi|السعودية]] و[[korea|كوريا الجنوبية]] في مجالات الهيدروجين النظيف والطاقة النووية السلمية.",
 {"abdulaziz": "PERSON//Abdulaziz bin Salman", "ahn": "PERSON//Ahn Duk-geun", "seoul": "LOCATION/city/Seoul", "saudi": "LOCATION/country/Saudi Arabia", "korea": "LOCATION/country/South Korea"},
 ["COOPERATES_WITH saudi > korea", "MEETS abdulaziz > ahn", "AFFILIATED_WITH abdulaziz > saudi", "AFFILIATED_WITH ahn > korea", "?VISITS abdulaziz > seoul"],
 "Meeting expressed nominally (اللقاء الذي جمع X وY). 'Enhancing cooperation between' counted as COOPERATES_WITH (as in the seed)."),
# 18
("واشترت [[egypt|مصر]] 30 مقاتلة إضافية من طراز رافال من [[france|فرنسا]]، في صفقة تبلغ قيمتها نحو 4 مليارات يورو، وفق ما أعلنته [[fmod|وزارة الجيوش الفرنسية]] في بيان.",
 {"egypt": "LOCATION/country/Egypt", "france": "LOCATION/country/France", "fmod": "ORGANIZATION/government/French Ministry of the Armed Forces"},
 ["PURCHASE egypt > france"],
 "رافال (product) not annotated. The ministry is only the source of the report."),
# 19
("وأكد الأمين العام ل[[arableague|جامعة الدول العربية]] [[aboulgheit|أحمد أبو الغيط]]، في كلمته أمام القمة العربية الطارئة، أن القضية الفلسطينية ستبقى على رأس أولويات العمل العربي المشترك.",
 {"arableague": "ORGANIZATION/intergovernmental/Arab League", "aboulgheit": "PERSON//Ahmed Aboul Gheit"},
 ["AFFILIATED_WITH aboulgheit > arableague"],
 ""),
# 20
("وبحث رئيس دولة [[uae|الإمارات]] الشيخ [[mbz|محمد بن زايد آل نهيان]]، في اتصال هاتفي مع الرئيس الأميركي [[trump|دونالد ترامب]]، العلاقات الاستراتيجية بين البلدين وسبل تعزيزها، إضافة إلى التطورات الإقليمية.",
 {"uae": "LOCATION/country/United Arab Emirates", "mbz": "PERSON//Mohamed bin Zayed Al Nahyan", "trump": "PERSON//Donald Trump"},
 ["MEETS mbz > trump", "AFFILIATED_WITH mbz > uae"],
 "Phone call annotated as MEETS (schema cue بحث مع); a stricter reading of MEETS (physical meeting) would disagree. Span: دولة stripped from الإمارات."),
# 21
("وزار وزير الدفاع الأميركي [[austin|لويد أوستن]] [[udeid|قاعدة العديد الجوية]] في [[qatar|قطر]]، حيث التقى عدداً من العسكريين الأميركيين المنتشرين في المنطقة، قبل أن يتوجه إلى [[bahrain|البحرين]].",
 {"austin": "PERSON//Lloyd Austin", "udeid": "?LOCATION/facility/Al Udeid Air Base", "qatar": "LOCATION/country/Qatar", "bahrain": "LOCATION/country/Bahrain"},
 ["VISITS austin > udeid,qatar", "VISITS austin > bahrain"],
 "Base = facility, entity optional; either the base or Qatar accepted as tail. يتوجه إلى in a past narrative counted as a visit."),
# 22
("ويقيم نجم [[ahly|الأهلي]] المصري السابق [[aboutrika|محمد أبو تريكة]] في العاصمة القطرية [[doha|الدوحة]] منذ سنوات، حيث يعمل محللاً في قنوات [[bein|بي إن سبورتس]].",
 {"ahly": "ORGANIZATION/sports_club/Al Ahly SC", "aboutrika": "PERSON//Mohamed Aboutrika", "doha": "LOCATION/city/Doha", "bein": "ORGANIZATION/media/beIN Sports"},
 ["LOCATED_IN aboutrika > doha", "AFFILIATED_WITH aboutrika > bein", "?AFFILIATED_WITH aboutrika > ahly"],
 "Former club (السابق) -> optional affiliation. Nisba المصري outside the club mention."),
# 23
("وقال المتحدث باسم [[kremlin|الكرملين]] [[peskov|ديمتري بيسكوف]] للصحفيين إن [[moscow|موسكو]] منفتحة على أي مبادرة جادة لإنهاء الحرب في [[ukraine|أوكرانيا]]، لكنها لن تقبل بشروط مسبقة.",
 {"kremlin": "ORGANIZATION/government/Kremlin (Russian Presidency)", "peskov": "PERSON//Dmitry Peskov", "moscow": "LOCATION/city/Moscow", "ukraine": "LOCATION/country/Ukraine"},
 ["AFFILIATED_WITH peskov > kremlin", "?AFFILIATED_WITH peskov > moscow"],
 "Kremlin as ORG (acting body). Moscow metonym -> optional."),
# 24
("وانتقد رئيس الوزراء الإسرائيلي [[netanyahu|بنيامين نتنياهو]] بشدة قرار [[spain|إسبانيا]] الاعتراف ب[[palestine|الدولة الفلسطينية]]، في ظل خلاف دبلوماسي متصاعد بين [[telaviv|تل أبيب]] و[[madrid|مدريد]] دفع الأخيرة إلى استدعاء سفيرها.",
 {"netanyahu": "PERSON//Benjamin Netanyahu", "spain": "LOCATION/country/Spain", "palestine": "?LOCATION/country/State of Palestine", "telaviv": "LOCATION/city/Tel Aviv", "madrid": "LOCATION/city/Madrid"},
 ["TENSION_WITH netanyahu,telaviv > spain,madrid"],
 "الدولة الفلسطينية is a descriptive name -> optional entity. One tension fact; Netanyahu/Tel Aviv and Spain/Madrid accepted as alternative parties."),
# 25
("وانضمت [[uae|الإمارات]] و[[egypt|مصر]] و[[ethiopia|إثيوبيا]] و[[iran|إيران]] رسمياً إلى مجموعة [[brics|بريكس]] مطلع عام 2024، في أكبر توسع للتكتل منذ تأسيسه.",
 {"uae": "LOCATION/country/United Arab Emirates", "egypt": "LOCATION/country/Egypt", "ethiopia": "LOCATION/country/Ethiopia", "iran": "LOCATION/country/Iran", "brics": "ORGANIZATION/intergovernmental/BRICS"},
 ["JOINS uae > brics", "JOINS egypt > brics", "JOINS ethiopia > brics", "JOINS iran > brics"],
 "Four-way coordination of the subject. مجموعة treated as class noun (outside)."),
# 26
("وأعلن نادي [[barca|برشلونة]] الإسباني إصابة لاعبه الشاب [[yamal|لامين يامال]] بالتواء في الكاحل، سيبعده عن الملاعب ثلاثة أسابيع على الأقل.",
 {"barca": "ORGANIZATION/sports_club/FC Barcelona", "yamal": "PERSON//Lamine Yamal"},
 ["AFFILIATED_WITH yamal > barca"],
 "برشلونة is the club, not the city (ORG). Affiliation via possessive لاعبه."),
# 27
("واجتمع رئيس الوزراء العراقي [[sudani|محمد شياع السوداني]] في [[baghdad|بغداد]]، اليوم الأحد، مع وفد من شركة [[total|توتال إنرجيز]] الفرنسية برئاسة رئيسها التنفيذي [[pouyanne|باتريك بويانيه]]، وبحث معه مراحل تنفيذ مشروع النمو الغازي المتكامل في [[basra|البصرة]].",
 {"sudani": "PERSON//Mohammed Shia al-Sudani", "baghdad": "LOCATION/city/Baghdad", "total": "ORGANIZATION/company/TotalEnergies", "pouyanne": "PERSON//Patrick Pouyanne", "basra": "LOCATION/city/Basra"},
 ["MEETS sudani > pouyanne,total", "AFFILIATED_WITH pouyanne > total", "?VISITS pouyanne > baghdad", "?VISITS total > baghdad", "?LOCATED_IN sudani > baghdad"],
 "Meeting with a company delegation headed by its CEO: the CEO or the company accepted as the other party. Iraq not named -> no affiliation for Sudani."),
# 28
("وأبرمت شركة [[adnoc|أدنوك]] الإماراتية اتفاقاً طويل الأجل مع شركة [[sinopec|سينوبك]] الصينية لتوريد الغاز الطبيعي المسال لمدة 15 عاماً، في صفقة تعزز حضور [[abudhabi|أبوظبي]] في الأسواق الآسيوية.",
 {"adnoc": "ORGANIZATION/company/ADNOC", "sinopec": "ORGANIZATION/company/Sinopec", "abudhabi": "LOCATION/city/Abu Dhabi"},
 ["SIGNS_AGREEMENT adnoc > sinopec", "?PURCHASE sinopec > adnoc"],
 "A supply contract: the buyer relation (Sinopec buys LNG from ADNOC) is implied -> optional."),
# 29
("وشارك وزير الطاقة السعودي الأمير [[abdulaziz|عبدالعزيز بن سلمان]] في الاجتماع الوزاري لتحالف [[opec|أوبك+]] الذي عقد عبر الاتصال المرئي، بحضور نائب رئيس الوزراء الروسي [[novak|ألكسندر نوفاك]]، في وقت تسعى فيه [[saudi|السعودية]] و[[russia|روسيا]] إلى ضبط الإمدادات في السوق.",
 {"abdulaziz": "PERSON//Abdulaziz bin Salman", "opec": "ORGANIZATION/intergovernmental/OPEC+", "novak": "PERSON//Alexander Novak", "saudi": "LOCATION/country/Saudi Arabia", "russia": "LOCATION/country/Russia"},
 ["AFFILIATED_WITH abdulaziz > saudi", "AFFILIATED_WITH novak > russia", "?AFFILIATED_WITH abdulaziz > opec", "?AFFILIATED_WITH novak > opec", "?COOPERATES_WITH saudi > russia", "?MEETS abdulaziz > novak"],
 "Span: mention is أوبك+ with the plus sign; تحالف stripped. Attending a virtual meeting -> MEETS optional; joint supply management -> COOPERATES optional."),
# 30
("وفي ختام زيارته ل[[washington|واشنطن]]، أكد رئيس الوزراء وزير الخارجية القطري الشيخ [[mbar|محمد بن عبدالرحمن آل ثاني]] أن [[doha|الدوحة]] ستواصل جهود الوساطة بالتنسيق مع [[egypt|مصر]] و[[us|الولايات المتحدة]].",
 {"washington": "LOCATION/city/Washington", "mbar": "PERSON//Mohammed bin Abdulrahman Al Thani", "doha": "LOCATION/city/Doha", "egypt": "LOCATION/country/Egypt", "us": "LOCATION/country/United States"},
 ["VISITS mbar > washington", "?AFFILIATED_WITH mbar > doha", "?COOPERATES_WITH doha > egypt", "?COOPERATES_WITH doha > us"],
 "Visit in a fronted nominal (في ختام زيارته لواشنطن) with the visitor after it. بالتنسيق مع read as possible cooperation -> optional."),
# 31
("ويلتقي [[hilal|الهلال]] مع [[nassr|النصر]] مساء الجمعة في قمة الجولة الثانية عشرة من الدوري السعودي للمحترفين، في مباراة يسعى خلالها الفريقان إلى تقليص الفارق مع المتصدر [[ittihad|الاتحاد]].",
 {"hilal": "ORGANIZATION/sports_club/Al Hilal SFC", "nassr": "ORGANIZATION/sports_club/Al Nassr FC", "ittihad": "ORGANIZATION/sports_club/Al Ittihad Club"},
 [],
 "NO RELATION: يلتقي ... مع is a football fixture, not MEETS (misleading cue); الفارق مع is not a relation. League name is generic, not annotated."),
# 32
("وأشاد مدرب [[liverpool|ليفربول]] الهولندي [[slot|أرني سلوت]] بأداء المهاجم المصري [[salah|محمد صلاح]]، بعد تسجيله هدف الفوز في شباك [[mancity|مانشستر سيتي]] على ملعب [[anfield|أنفيلد]].",
 {"liverpool": "ORGANIZATION/sports_club/Liverpool FC", "slot": "PERSON//Arne Slot", "salah": "PERSON//Mohamed Salah", "mancity": "ORGANIZATION/sports_club/Manchester City", "anfield": "?LOCATION/facility/Anfield"},
 ["AFFILIATED_WITH slot > liverpool", "?AFFILIATED_WITH salah > liverpool"],
 "Nisba الهولندي between org and person. Salah's club implied -> optional. Stadium = facility, optional."),
# 33
("وقال القيادي في حركة [[hamas|حماس]] [[hamdan|أسامة حمدان]]، المقيم في [[beirut|بيروت]]، إن الحركة لم تتلق حتى الآن أي مقترح جديد من الوسطاء بشأن وقف إطلاق النار.",
 {"hamas": "ORGANIZATION/political_party/Hamas", "hamdan": "PERSON//Osama Hamdan", "beirut": "LOCATION/city/Beirut"},
 ["AFFILIATED_WITH hamdan > hamas", "LOCATED_IN hamdan > beirut"],
 "حركة stripped (class noun). الحركة later is an anaphoric common noun, not annotated."),
# 34
("وتفجر خلاف جديد بين إدارة نادي [[ittihad|الاتحاد]] ونجمه الفرنسي [[benzema|كريم بنزيمة]]، بعد غياب اللاعب عن التدريبات الجماعية دون إذن مسبق، وفق ما أفادت به صحيفة \"[[okaz|عكاظ]]\".",
 {"ittihad": "ORGANIZATION/sports_club/Al Ittihad Club", "benzema": "PERSON//Karim Benzema", "okaz": "ORGANIZATION/media/Okaz"},
 ["TENSION_WITH ittihad > benzema", "AFFILIATED_WITH benzema > ittihad"],
 "Person-org tension. Club affiliation via نجمه."),
# 35
("من جهتها، أوضحت وزيرة المالية الكويتية [[fassam|نورة الفصام]] أن [[kuwait|الكويت]] ماضية في خطط تنويع مصادر الدخل وتقليل الاعتماد على النفط، مشيرة إلى أن الحكومة لن تفرض ضرائب على الدخل في المرحلة الحالية.",
 {"fassam": "PERSON//Noura Al-Fassam", "kuwait": "LOCATION/country/Kuwait"},
 ["AFFILIATED_WITH fassam > kuwait"],
 "Feminine role + nisba; الحكومة generic, not annotated."),
# 36
("وعقد وزير الخارجية المصري [[abdelatty|بدر عبد العاطي]] ونظيره التركي [[fidan|هاكان فيدان]] جلسة محادثات موسعة في [[ankara|أنقرة]]، تناولت الأوضاع في [[libya|ليبيا]] و[[sudan|السودان]] و[[gaza|غزة]].",
 {"abdelatty": "PERSON//Badr Abdelatty", "fidan": "PERSON//Hakan Fidan", "ankara": "LOCATION/city/Ankara", "libya": "LOCATION/country/Libya", "sudan": "LOCATION/country/Sudan", "gaza": "LOCATION/region/Gaza Strip"},
 ["MEETS abdelatty > fidan", "?VISITS abdelatty > ankara", "?LOCATED_IN abdelatty > ankara"],
 "Coordinated subject (X ونظيره Y) + محادثات. Egypt/Turkey not named -> no affiliations."),
# 37
("ويعمل [[mbrsc|مركز محمد بن راشد للفضاء]] بالتعاون مع وكالة [[nasa|ناسا]] الأميركية على تطوير وحدة معادلة الضغط لمحطة الفضاء القمرية، ضمن برنامج يهدف إلى إرسال أول رائد فضاء إماراتي إلى مدار القمر.",
 {"mbrsc": "ORGANIZATION/government/Mohammed bin Rashid Space Centre", "nasa": "ORGANIZATION/government/NASA"},
 ["COOPERATES_WITH mbrsc > nasa"],
 "Nested person name inside the org name not annotated."),
# 38
("وقال رئيس الوزراء البريطاني [[starmer|كير ستارمر]]، زعيم [[labour|حزب العمال]]، أمام [[commons|مجلس العموم]] إن [[london|لندن]] لن تتراجع عن دعمها ل[[kyiv|كييف]] مهما طال أمد الحرب.",
 {"starmer": "PERSON//Keir Starmer", "labour": "ORGANIZATION/political_party/Labour Party", "commons": "ORGANIZATION/legislature/House of Commons", "london": "LOCATION/city/London", "kyiv": "LOCATION/city/Kyiv"},
 ["AFFILIATED_WITH starmer > labour", "?AFFILIATED_WITH starmer > london", "?AFFILIATED_WITH starmer > commons"],
 "حزب العمال kept whole (العمال alone is not a name). Apposition after the name. London as UK metonym -> optional; support for Kyiv is not one of the ten relations."),
# 39
("وانضمت [[finland|فنلندا]] إلى [[nato|حلف شمال الأطلسي]] ([[nato|الناتو]]) في أبريل 2023، لتصبح العضو الحادي والثلاثين في الحلف، في خطوة أثارت غضب [[moscow|موسكو]] التي توعدت بـ\"إجراءات مضادة\".",
 {"finland": "LOCATION/country/Finland", "nato": "ORGANIZATION/intergovernmental/NATO", "moscow": "LOCATION/city/Moscow"},
 ["JOINS finland > nato", "?TENSION_WITH moscow > finland,nato"],
 "Moscow's anger/threat implies tension -> optional."),
# 40
("واستهل المستشار الألماني [[scholz|أولاف شولتس]] جولته الخليجية بزيارة قصيرة ل[[saudi|لسعودية]] التقى خلالها ولي العهد الأمير [[mbs|محمد بن سلمان]] في [[jeddah|جدة]]، قبل أن يتوجه إلى [[uae|الإمارات]] ثم [[qatar|قطر]].",
 {"scholz": "PERSON//Olaf Scholz", "saudi": "LOCATION/country/Saudi Arabia", "mbs": "PERSON//Mohammed bin Salman", "jeddah": "LOCATION/city/Jeddah", "uae": "LOCATION/country/United Arab Emirates", "qatar": "LOCATION/country/Qatar"},
 ["VISITS scholz > saudi,jeddah", "VISITS scholz > uae", "VISITS scholz > qatar", "MEETS scholz > mbs"],
 "SPAN DOUBT: للسعودية -> mention لسعودية (first ل = preposition, second = the article's, per SCHEMA.md's للقوات rule), so the mention text is not السعودية."),
# 41
("وقال نائب رئيس الوزراء وزير الخارجية الأردني [[safadi|أيمن الصفدي]]، عقب اجتماع [[alcouncil|مجلس جامعة الدول العربية]] على المستوى الوزاري في [[cairo|القاهرة]]، إن [[jordan|الأردن]] يرفض أي محاولات لتهجير الفلسطينيين من أرضهم.",
 {"safadi": "PERSON//Ayman Safadi", "alcouncil": "ORGANIZATION/intergovernmental/Arab League Council", "cairo": "LOCATION/city/Cairo", "jordan": "LOCATION/country/Jordan"},
 ["AFFILIATED_WITH safadi > jordan", "?AFFILIATED_WITH safadi > alcouncil", "?VISITS safadi > cairo"],
 "Stacked titles. Outermost name مجلس جامعة الدول العربية (not جامعة الدول العربية)."),
# 42
("وقال وزير الخارجية العماني [[busaidi|بدر البوسعيدي]] إن [[muscat|مسقط]] و[[tehran|طهران]] تنويان توقيع اتفاقية للتعاون في مجال الطاقة خلال زيارة مرتقبة للرئيس الإيراني [[pezeshkian|مسعود بزشكيان]] إلى [[oman|سلطنة عمان]].",
 {"busaidi": "PERSON//Badr Albusaidi", "muscat": "LOCATION/city/Muscat", "tehran": "LOCATION/city/Tehran", "pezeshkian": "PERSON//Masoud Pezeshkian", "oman": "LOCATION/country/Oman"},
 ["PLANS_AGREEMENT muscat > tehran", "AFFILIATED_WITH busaidi > oman,muscat", "?AFFILIATED_WITH pezeshkian > tehran", "?VISITS pezeshkian > oman"],
 "سلطنة عمان kept whole (عمان alone is ambiguous with Amman). Planned future visit -> optional VISITS. An 'agreement for cooperation' that is only planned is not COOPERATES_WITH."),
# 43
("وقال المتحدث باسم [[cmfa|الخارجية الصينية]] [[linjian|لين جيان]] إن [[beijing|بكين]] ترفض بشدة صفقة الأسلحة الأميركية الأخيرة إلى [[taiwan|تايوان]]، محذراً [[washington|واشنطن]] من \"اللعب بالنار\".",
 {"cmfa": "ORGANIZATION/government/Chinese Ministry of Foreign Affairs", "linjian": "PERSON//Lin Jian", "beijing": "LOCATION/city/Beijing", "taiwan": "LOCATION/country/Taiwan", "washington": "LOCATION/city/Washington"},
 ["TENSION_WITH beijing,cmfa,linjian > washington", "AFFILIATED_WITH linjian > cmfa", "?TENSION_WITH beijing > taiwan", "?PURCHASE taiwan > washington"],
 "Tension expressed by rejection + warning. Arms sale to Taiwan only implies a purchase -> optional. Taiwan typed LOCATION/country (as news treats it)."),
# 44
("واختير الدولي المغربي [[hakimi|أشرف حكيمي]]، ظهير [[psg|باريس سان جيرمان]]، أفضل لاعب في مباراة فريقه أمام [[bayern|بايرن ميونيخ]] مساء الأربعاء، بعدما صنع هدفاً وأسهم في الحفاظ على نظافة شباكه.",
 {"hakimi": "PERSON//Achraf Hakimi", "psg": "ORGANIZATION/sports_club/Paris Saint-Germain", "bayern": "ORGANIZATION/sports_club/Bayern Munich"},
 ["AFFILIATED_WITH hakimi > psg"],
 "Apposition after the name. Opponent club (أمام) carries no relation."),
# 45
("وخلال لقائه مع رئيس [[afc|الاتحاد الآسيوي لكرة القدم]] الشيخ [[salmanbi|سلمان بن إبراهيم آل خليفة]] في [[kl|كوالالمبور]]، استعرض رئيس [[saff|الاتحاد السعودي لكرة القدم]] [[misehal|ياسر المسحل]] استعدادات [[saudi|المملكة]] لاستضافة البطولة القارية عام 2027.",
 {"afc": "ORGANIZATION/sports_federation/Asian Football Confederation", "salmanbi": "PERSON//Salman bin Ibrahim Al Khalifa", "kl": "LOCATION/city/Kuala Lumpur", "saff": "ORGANIZATION/sports_federation/Saudi Arabian Football Federation", "misehal": "PERSON//Yasser Al-Misehal", "saudi": "?LOCATION/country/Saudi Arabia"},
 ["MEETS misehal > salmanbi", "AFFILIATED_WITH salmanbi > afc", "AFFILIATED_WITH misehal > saff", "?VISITS misehal > kl", "?AFFILIATED_WITH misehal > saudi"],
 "Fronted nominal meeting (خلال لقائه مع) whose subject comes only at the end of the clause. المملكة optional entity."),
# 46
("ووقع وزير الاستثمار السعودي [[falih|خالد الفالح]] ووزير الخارجية الإيطالي [[tajani|أنطونيو تاياني]]، في [[rome|روما]]، مذكرة تفاهم لتعزيز الاستثمارات المتبادلة بين البلدين، على هامش منتدى الأعمال السعودي الإيطالي.",
 {"falih": "PERSON//Khalid Al-Falih", "tajani": "PERSON//Antonio Tajani", "rome": "LOCATION/city/Rome"},
 ["SIGNS_AGREEMENT falih > tajani", "?MEETS falih > tajani", "?VISITS falih > rome"],
 "MoU counted as an agreement. Countries only as nisbas -> no country parties, no affiliations. Forum name built from nisbas, not annotated."),
# 47
("ويقع مقر [[oic|منظمة التعاون الإسلامي]] في مدينة [[jeddah|جدة]] غربي [[saudi|السعودية]]، وتضم المنظمة 57 دولة عضواً، ما يجعلها ثاني أكبر منظمة حكومية دولية بعد [[un|الأمم المتحدة]].",
 {"oic": "ORGANIZATION/intergovernmental/Organisation of Islamic Cooperation", "jeddah": "LOCATION/city/Jeddah", "saudi": "LOCATION/country/Saudi Arabia", "un": "ORGANIZATION/intergovernmental/United Nations"},
 ["LOCATED_IN oic > jeddah,saudi"],
 "Org name contains التعاون but states no COOPERATES_WITH; المنظمة anaphor not annotated."),
# 48
("وقال رئيس [[fifa|الاتحاد الدولي لكرة القدم]] ([[fifa|فيفا]]) [[infantino|جياني إنفانتينو]] إن [[saudi|السعودية]] تملك كل المقومات لتنظيم نسخة استثنائية من المونديال عام 2034.",
 {"fifa": "ORGANIZATION/sports_federation/FIFA", "infantino": "PERSON//Gianni Infantino", "saudi": "LOCATION/country/Saudi Arabia"},
 ["AFFILIATED_WITH infantino > fifa"],
 "Acronym in parentheses between org and person. المونديال (event) not annotated."),
# 49
("واشترى [[ahli|الأهلي]] عقد الحارس السنغالي [[mendy|إدوارد ميندي]] من [[chelsea|تشيلسي]] الإنجليزي مقابل 18 مليون يورو، ليكون ثالث صفقات النادي خلال فترة الانتقالات الصيفية.",
 {"ahli": "ORGANIZATION/sports_club/Al Ahli Saudi FC", "mendy": "PERSON//Edouard Mendy", "chelsea": "ORGANIZATION/sports_club/Chelsea FC"},
 ["PURCHASE ahli > chelsea", "?JOINS mendy > ahli", "?AFFILIATED_WITH mendy > ahli", "?AFFILIATED_WITH mendy > chelsea"],
 "Player transfer as purchase (buyer club -> selling club). Joining and club affiliations implied -> optional."),
# 50
("وتراجعت أسعار خام برنت في تعاملات الثلاثاء متأثرة بارتفاع المخزونات الأميركية، فيما ارتفع سهم [[aramco|أرامكو السعودية]] في [[tadawul|السوق المالية السعودية]] ([[tadawul|تداول]]) بنسبة 1.2 في المئة.",
 {"aramco": "ORGANIZATION/company/Saudi Aramco", "tadawul": "ORGANIZATION/company/Saudi Exchange (Tadawul)"},
 [],
 "NO RELATION: unrelated co-occurrence (market report). A share listed on an exchange is not LOCATED_IN (exchange is not a place). برنت not annotated."),
# 51
("وأكد محافظ [[cbe|البنك المركزي المصري]] [[hassan|حسن عبد الله]] أن صافي احتياطيات النقد الأجنبي ل[[egypt|مصر]] تجاوز 46 مليار دولار بنهاية الشهر الماضي، للمرة الأولى في تاريخها.",
 {"cbe": "ORGANIZATION/government/Central Bank of Egypt", "hassan": "PERSON//Hassan Abdalla", "egypt": "LOCATION/country/Egypt"},
 ["AFFILIATED_WITH hassan > cbe", "?AFFILIATED_WITH hassan > egypt"],
 "Nisba inside the bank's name (generic head) kept in the mention."),
# 52
("ووصلت بعثة فريق [[hilal|الهلال]] إلى العاصمة الإماراتية [[abudhabi|أبوظبي]] فجر اليوم، استعداداً لمواجهة [[ain|العين]] الإماراتي الثلاثاء المقبل في ذهاب الدور نصف النهائي من البطولة القارية.",
 {"hilal": "ORGANIZATION/sports_club/Al Hilal SFC", "abudhabi": "LOCATION/city/Abu Dhabi", "ain": "ORGANIZATION/sports_club/Al Ain FC"},
 ["VISITS hilal > abudhabi"],
 "Visitor is the club (بعثة فريق الهلال). العين is the club here, not the city (ORG)."),
# 53
("[[egypt|مصر]] و[[ethiopia|إثيوبيا]] تتبادلان الاتهامات مجدداً بشأن [[gerd|سد النهضة]]، في ظل جمود المفاوضات بين [[cairo|القاهرة]] و[[addis|أديس أبابا]] منذ أكثر من عام.",
 {"egypt": "LOCATION/country/Egypt", "ethiopia": "LOCATION/country/Ethiopia", "gerd": "?LOCATION/facility/Grand Ethiopian Renaissance Dam", "cairo": "LOCATION/city/Cairo", "addis": "LOCATION/city/Addis Ababa"},
 ["TENSION_WITH egypt,cairo > ethiopia,addis"],
 "SVO with dual verb. Dam = facility, optional entity. Negotiations (stalled) are not COOPERATES_WITH."),
# 54
("وبحث العاهل الأردني الملك [[abdullah|عبدالله الثاني]]، لدى استقباله رئيس [[pa|السلطة الفلسطينية]] [[abbas|محمود عباس]] في [[husseiniya|قصر الحسينية]] ب[[amman|عمان]] الأربعاء، آخر المستجدات في [[westbank|الضفة الغربية]].",
 {"abdullah": "PERSON//Abdullah II of Jordan", "pa": "ORGANIZATION/government/Palestinian Authority", "abbas": "PERSON//Mahmoud Abbas", "husseiniya": "?LOCATION/facility/Al-Husseiniya Palace", "amman": "LOCATION/city/Amman", "westbank": "LOCATION/region/West Bank"},
 ["MEETS abdullah > abbas", "AFFILIATED_WITH abbas > pa", "?VISITS abbas > amman,husseiniya"],
 "Nominal لدى استقباله inside the clause. Here عمان = Amman (after بقصر الحسينية)."),
# 55
("النجم الجزائري [[mahrez|رياض محرز]]، جناح [[ahli|الأهلي]]، أكد في تصريحات عقب المباراة أن فريقه عازم على المنافسة على لقب الدوري حتى الجولة الأخيرة.",
 {"mahrez": "PERSON//Riyad Mahrez", "ahli": "ORGANIZATION/sports_club/Al Ahli Saudi FC"},
 ["AFFILIATED_WITH mahrez > ahli"],
 "SVO, apposition (جناح الأهلي)."),
# 56
("وانضم المدرب الإيطالي [[pioli|ستيفانو بيولي]] إلى [[nassr|النصر]] بعقد يمتد لموسمين، خلفاً للبرتغالي [[castro|لويس كاسترو]] الذي أقيل من منصبه عقب الخسارة في نهائي كأس السوبر.",
 {"pioli": "PERSON//Stefano Pioli", "nassr": "ORGANIZATION/sports_club/Al Nassr FC", "castro": "PERSON//Luis Castro"},
 ["JOINS pioli > nassr", "?AFFILIATED_WITH pioli > nassr", "?AFFILIATED_WITH castro > nassr"],
 "Predecessor (dismissed) -> optional affiliation. كأس السوبر (competition) not annotated."),
# 57
("وأكد قائد [[centcom|القيادة المركزية الأميركية]] الجنرال [[kurilla|مايكل كوريلا]] أن التعاون العسكري بين [[us|الولايات المتحدة]] و[[bahrain|البحرين]] يشكل ركيزة أساسية لأمن الملاحة في [[redsea|البحر الأحمر]] و[[gulf|الخليج العربي]].",
 {"centcom": "ORGANIZATION/military/US Central Command", "kurilla": "PERSON//Michael Kurilla", "us": "LOCATION/country/United States", "bahrain": "LOCATION/country/Bahrain", "redsea": "LOCATION/region/Red Sea", "gulf": "LOCATION/region/Arabian Gulf"},
 ["COOPERATES_WITH us > bahrain", "AFFILIATED_WITH kurilla > centcom", "?AFFILIATED_WITH kurilla > us"],
 "Title الجنرال outside the person span."),
# 58
("وقالت رئيسة [[ec|المفوضية الأوروبية]] [[vdl|أورسولا فون دير لاين]]، خلال زيارتها إلى [[beirut|بيروت]]، إن [[eu|الاتحاد الأوروبي]] سيقدم حزمة مساعدات بقيمة مليار يورو إلى [[lebanon|لبنان]] حتى عام 2027.",
 {"ec": "ORGANIZATION/intergovernmental/European Commission", "vdl": "PERSON//Ursula von der Leyen", "beirut": "LOCATION/city/Beirut", "eu": "ORGANIZATION/intergovernmental/European Union", "lebanon": "LOCATION/country/Lebanon"},
 ["AFFILIATED_WITH vdl > ec", "VISITS vdl > beirut,lebanon", "?AFFILIATED_WITH vdl > eu"],
 "Aid pledge is not one of the ten relations."),
# 59
("وزار الأمين العام ل[[un|لأمم المتحدة]] [[guterres|أنطونيو غوتيريش]] [[rafah|معبر رفح]] من الجانب المصري، ودعا من هناك إلى إدخال المساعدات الإنسانية إلى [[gaza|غزة]] دون عوائق.",
 {"un": "ORGANIZATION/intergovernmental/United Nations", "guterres": "PERSON//Antonio Guterres", "rafah": "?LOCATION/facility/Rafah Border Crossing", "gaza": "LOCATION/region/Gaza Strip"},
 ["VISITS guterres > rafah", "AFFILIATED_WITH guterres > un"],
 "SPAN DOUBT: للأمم المتحدة -> mention لأمم المتحدة (SCHEMA.md للقوات rule). Crossing = facility (optional entity) but it is the only visited place, so VISITS points at it; معبر kept in the span because رفح alone names the city."),
# 60
("ووقع [[saff|الاتحاد السعودي لكرة القدم]] وشركة [[aramco|أرامكو السعودية]] اتفاقية رعاية تمتد أربع سنوات، تصبح بموجبها الشركة الراعي الرسمي للمنتخبات الوطنية.",
 {"saff": "ORGANIZATION/sports_federation/Saudi Arabian Football Federation", "aramco": "ORGANIZATION/company/Saudi Aramco"},
 ["SIGNS_AGREEMENT saff > aramco"],
 ""),
# 61
("ويتواجد المدرب الإيطالي [[mancini|روبرتو مانشيني]] حالياً في [[rome|روما]]، بانتظار حسم مستقبله مع [[saff|الاتحاد السعودي لكرة القدم]] بعد الخروج من الدور ثمن النهائي.",
 {"mancini": "PERSON//Roberto Mancini", "rome": "LOCATION/city/Rome", "saff": "ORGANIZATION/sports_federation/Saudi Arabian Football Federation"},
 ["LOCATED_IN mancini > rome", "?AFFILIATED_WITH mancini > saff"],
 "Affiliation only implied (his future with the federation) -> optional."),
# 62
("[[pif|صندوق الاستثمارات العامة]]، الذي يرأس مجلس إدارته ولي العهد الأمير [[mbs|محمد بن سلمان]]، أعلن تأسيس شركة جديدة متخصصة في الرياضات الإلكترونية، برأسمال يبلغ 1.5 مليار ريال.",
 {"pif": "ORGANIZATION/government/Public Investment Fund", "mbs": "PERSON//Mohammed bin Salman"},
 ["AFFILIATED_WITH mbs > pif"],
 "SVO; role in a relative clause (الذي يرأس مجلس إدارته) with the org before the person."),
# 63
("وهدد قائد [[irgc|الحرس الثوري]] الإيراني اللواء [[salami|حسين سلامي]] [[israel|إسرائيل]] برد \"ساحق\"، في وقت تتصاعد فيه المواجهة بين [[tehran|طهران]] و[[telaviv|تل أبيب]] على أكثر من جبهة.",
 {"irgc": "ORGANIZATION/military/Islamic Revolutionary Guard Corps", "salami": "PERSON//Hossein Salami", "israel": "LOCATION/country/Israel", "tehran": "LOCATION/city/Tehran", "telaviv": "LOCATION/city/Tel Aviv"},
 ["TENSION_WITH salami,irgc,tehran > israel,telaviv", "AFFILIATED_WITH salami > irgc"],
 "SPAN DOUBT: الحرس الثوري taken without the trailing nisba الإيراني (name stands alone); a reading like the seed's القوات المسلحة الإيرانية would include it. One tension fact with alternative parties."),
# 64
("وكان الرئيس السوري [[sharaa|أحمد الشرع]] قد التقى، الجمعة، المبعوث الأميركي الخاص إلى [[syria|سوريا]] [[barrack|توم باراك]] في [[shaab|قصر الشعب]] ب[[damascus|دمشق]]، بحضور وزير الخارجية [[shaibani|أسعد الشيباني]].",
 {"sharaa": "PERSON//Ahmed al-Sharaa", "syria": "LOCATION/country/Syria", "barrack": "PERSON//Tom Barrack", "shaab": "?LOCATION/facility/People's Palace", "damascus": "LOCATION/city/Damascus", "shaibani": "PERSON//Asaad al-Shaibani"},
 ["MEETS sharaa > barrack", "AFFILIATED_WITH sharaa > syria", "?MEETS shaibani > barrack", "?MEETS sharaa > shaibani", "?AFFILIATED_WITH shaibani > syria", "?VISITS barrack > damascus,syria"],
 "Trap: envoy TO Syria is not affiliated with Syria. Pluperfect كان ... قد التقى."),
# 65
("ومن المنتظر أن يوقع [[pif|صندوق الاستثمارات العامة]] اتفاقية شراكة مع شركة [[google|غوغل]] الأميركية لإنشاء مركز إقليمي للذكاء الاصطناعي في [[saudi|المملكة]]، وفق ما نقلته وكالة \"[[bloomberg|بلومبرغ]]\".",
 {"pif": "ORGANIZATION/government/Public Investment Fund", "google": "ORGANIZATION/company/Google", "saudi": "?LOCATION/country/Saudi Arabia", "bloomberg": "ORGANIZATION/media/Bloomberg"},
 ["PLANS_AGREEMENT pif > google"],
 "Expected future signing (من المنتظر أن يوقع) -> PLANS, not SIGNS."),
# 66
("وقال عضو [[senate|مجلس الشيوخ الأميركي]] الجمهوري [[graham|ليندسي غراهام]] إن أي اتفاق دفاعي مع [[riyadh|الرياض]] يجب أن يحظى بموافقة [[congress|الكونغرس]]، مشيراً إلى أن المحادثات لا تزال في مراحلها الأولى.",
 {"senate": "ORGANIZATION/legislature/US Senate", "graham": "PERSON//Lindsey Graham", "riyadh": "LOCATION/city/Riyadh", "congress": "ORGANIZATION/legislature/US Congress"},
 ["AFFILIATED_WITH graham > senate", "?AFFILIATED_WITH graham > congress"],
 "Hypothetical agreement (أي اتفاق ... مع الرياض) with an unnamed US side: no PLANS/SIGNS. الجمهوري (party adjective) not a mention."),
# 67
("ويصل وزير الخارجية الإيراني [[araghchi|عباس عراقجي]] إلى [[doha|الدوحة]] غداً الخميس، في زيارة يلتقي خلالها أمير [[qatar|قطر]] الشيخ [[tamim|تميم بن حمد آل ثاني]].",
 {"araghchi": "PERSON//Abbas Araghchi", "doha": "LOCATION/city/Doha", "qatar": "LOCATION/country/Qatar", "tamim": "PERSON//Tamim bin Hamad Al Thani"},
 ["?VISITS araghchi > doha,qatar", "?MEETS araghchi > tamim", "AFFILIATED_WITH tamim > qatar"],
 "Future visit and meeting (يصل غداً، يلتقي خلالها): marked optional, since the schema has no 'planned visit' type and annotators split on announced visits."),
# 68
("وأصبحت [[comoros|جزر القمر]] العضو رقم 165 في [[wto|منظمة التجارة العالمية]]، بعد استكمال إجراءات انضمامها التي استمرت أكثر من 15 عاماً.",
 {"comoros": "LOCATION/country/Comoros", "wto": "ORGANIZATION/intergovernmental/World Trade Organization"},
 ["JOINS comoros > wto"],
 "Joining stated as 'became member' plus a nominal انضمامها."),
# 69
("ونقلت قناة \"[[arabiya|العربية]]\" عن المتحدث باسم [[saf|الجيش السوداني]] العميد [[nabil|نبيل عبد الله]] قوله إن [[saf|القوات المسلحة]] استعادت السيطرة الكاملة على مدينة [[wadmadani|ود مدني]] وسط البلاد.",
 {"arabiya": "ORGANIZATION/media/Al Arabiya", "saf": "ORGANIZATION/military/Sudanese Armed Forces", "nabil": "PERSON//Nabil Abdallah", "wadmadani": "LOCATION/city/Wad Madani"},
 ["AFFILIATED_WITH nabil > saf"],
 "SPAN DOUBT: القوات المسلحة (no nisba) taken as a second mention of the Sudanese army, like the seed's bare وزارة الخارجية."),
# 70
("وعقد [[gcc|مجلس التعاون لدول الخليج العربية]] و[[eu|الاتحاد الأوروبي]] اجتماعاً وزارياً مشتركاً في [[brussels|بروكسل]]، ناقش أمن الطاقة وحرية الملاحة والأوضاع في [[yemen|اليمن]].",
 {"gcc": "ORGANIZATION/intergovernmental/Gulf Cooperation Council", "eu": "ORGANIZATION/intergovernmental/European Union", "brussels": "LOCATION/city/Brussels", "yemen": "LOCATION/country/Yemen"},
 ["MEETS gcc > eu", "?VISITS gcc > brussels"],
 "Org-org meeting. GCC name contains التعاون but the sentence states no cooperation relation."),
# 71
("وكانت [[turkey|تركيا]] قد تسلمت منظومة الدفاع الجوي \"إس-400\" التي اشترتها من [[russia|روسيا]] عام 2017، وهو ما فجر أزمة مع [[washington|واشنطن]] أدت إلى إخراج [[ankara|أنقرة]] من برنامج المقاتلات \"إف-35\".",
 {"turkey": "LOCATION/country/Turkey", "russia": "LOCATION/country/Russia", "washington": "LOCATION/city/Washington", "ankara": "LOCATION/city/Ankara"},
 ["PURCHASE turkey,ankara > russia", "TENSION_WITH turkey,ankara > washington"],
 "Purchase in a relative clause (التي اشترتها من). Weapon system names not annotated."),
# 72
("وتمتلك شركة [[danagas|دانة غاز]] الإماراتية، ومقرها [[sharjah|الشارقة]]، حصة في حقول للغاز الطبيعي في [[kurdistan|إقليم كردستان]] شمالي [[iraq|العراق]].",
 {"danagas": "ORGANIZATION/company/Dana Gas", "sharjah": "LOCATION/city/Sharjah", "kurdistan": "LOCATION/region/Kurdistan Region", "iraq": "LOCATION/country/Iraq"},
 ["LOCATED_IN danagas > sharjah", "?LOCATED_IN danagas > kurdistan,iraq"],
 "HQ in a parenthetical (ومقرها). Owning fields somewhere -> optional LOCATED_IN. إقليم kept (official name of the region)."),
# 73
("وقالت سفيرة [[saudi|المملكة العربية السعودية]] لدى [[us|الولايات المتحدة]] الأميرة [[reema|ريما بنت بندر]]، في كلمة أمام منتدى اقتصادي في [[washington|واشنطن]]، إن العلاقات بين البلدين تمر بمرحلة متقدمة.",
 {"saudi": "LOCATION/country/Saudi Arabia", "us": "LOCATION/country/United States", "reema": "PERSON//Reema bint Bandar", "washington": "LOCATION/city/Washington"},
 ["AFFILIATED_WITH reema > saudi", "?LOCATED_IN reema > washington"],
 "Trap: ambassador TO the US is not affiliated with the US."),
# 74
("وتصاعدت حدة الخلاف بين رئيس نادي [[barca|برشلونة]] [[laporta|خوان لابورتا]] و[[laliga|رابطة الدوري الإسباني]] بسبب قيود سقف الرواتب التي تمنع النادي من تسجيل صفقاته الجديدة.",
 {"barca": "ORGANIZATION/sports_club/FC Barcelona", "laporta": "PERSON//Joan Laporta", "laliga": "ORGANIZATION/sports_federation/LaLiga"},
 ["TENSION_WITH laporta,barca > laliga", "AFFILIATED_WITH laporta > barca"],
 "Role phrase sits inside the first conjunct of بين X وY."),
# 75
("ولا تعتزم [[norway|النرويج]] الانضمام إلى [[eu|الاتحاد الأوروبي]] في المدى المنظور، وفق ما أظهره استطلاع للرأي نشرته صحيفة \"[[aftenposten|أفتنبوستن]]\" أمس.",
 {"norway": "LOCATION/country/Norway", "eu": "ORGANIZATION/intergovernmental/European Union", "aftenposten": "ORGANIZATION/media/Aftenposten"},
 [],
 "NO RELATION: negated intention to join (لا تعتزم الانضمام)."),
# 76
("ووقعت [[drc|جمهورية الكونغو الديمقراطية]] و[[rwanda|رواندا]] في [[washington|واشنطن]]، الجمعة، اتفاق سلام برعاية أميركية، بحضور وزير الخارجية [[rubio|ماركو روبيو]]، لإنهاء عقود من النزاع في شرق [[drc|الكونغو]].",
 {"drc": "LOCATION/country/Democratic Republic of the Congo", "rwanda": "LOCATION/country/Rwanda", "washington": "LOCATION/city/Washington", "rubio": "PERSON//Marco Rubio"},
 ["SIGNS_AGREEMENT drc > rwanda", "?AFFILIATED_WITH rubio > washington", "?VISITS drc > washington", "?VISITS rwanda > washington"],
 "Full state name kept (جمهورية part of it); later الكونغو = same entity. US sponsorship is not a party to the agreement."),
# 77
("وقال المتحدث باسم [[moh|وزارة الصحة]] في [[gaza|غزة]] [[qudra|أشرف القدرة]] إن المستشفيات في شمال القطاع خرجت عن الخدمة بالكامل بسبب نفاد الوقود.",
 {"moh": "ORGANIZATION/government/Gaza Ministry of Health", "gaza": "LOCATION/region/Gaza Strip", "qudra": "PERSON//Ashraf al-Qudra"},
 ["AFFILIATED_WITH qudra > moh", "?LOCATED_IN moh > gaza", "?LOCATED_IN qudra > gaza"],
 "A place PP (في غزة) sits between org and person; it localises the ministry -> optional LOCATED_IN."),
# 78
("والتقى الرئيس الروسي [[putin|فلاديمير بوتين]] بنظيره الصيني [[xi|شي جين بينغ]] في [[kremlin|الكرملين]] ب[[moscow|موسكو]]، في مستهل زيارة دولة يقوم بها الأخير إلى [[russia|روسيا]] وتستمر ثلاثة أيام.",
 {"putin": "PERSON//Vladimir Putin", "xi": "PERSON//Xi Jinping", "kremlin": "?LOCATION/facility/Moscow Kremlin", "moscow": "LOCATION/city/Moscow", "russia": "LOCATION/country/Russia"},
 ["MEETS putin > xi", "VISITS xi > russia,moscow,kremlin", "AFFILIATED_WITH putin > russia"],
 "الكرملين here is a place (في الكرملين بموسكو) -> optional facility entity, unlike lines 12/23 where it acts as an ORG. Visitor referred to by الأخير."),
# 79
("وتتعاون [[kaust|جامعة الملك عبدالله للعلوم والتقنية]] ([[kaust|كاوست]]) مع شركة [[nvidia|إنفيديا]] الأميركية في تطوير حاسوب فائق جديد يعد من بين الأسرع في [[mideast|الشرق الأوسط]].",
 {"kaust": "ORGANIZATION/university/King Abdullah University of Science and Technology", "nvidia": "ORGANIZATION/company/Nvidia", "mideast": "LOCATION/region/Middle East"},
 ["COOPERATES_WITH kaust > nvidia"],
 ""),
# 80
("ولدى وصوله إلى [[kaia|مطار الملك عبدالعزيز الدولي]] في [[jeddah|جدة]]، كان في استقبال الرئيس الأوكراني [[zelensky|فولوديمير زيلينسكي]] نائب أمير [[makkah|منطقة مكة المكرمة]] الأمير [[saud|سعود بن مشعل]].",
 {"kaia": "?LOCATION/facility/King Abdulaziz International Airport", "jeddah": "LOCATION/city/Jeddah", "zelensky": "PERSON//Volodymyr Zelensky", "makkah": "LOCATION/region/Makkah Region", "saud": "PERSON//Saud bin Mishaal"},
 ["VISITS zelensky > jeddah,kaia", "?MEETS zelensky > saud", "?AFFILIATED_WITH saud > makkah"],
 "Fronted لدى وصوله whose subject (Zelensky) appears later as the object of استقبال. Airport reception -> MEETS optional. Deputy governor of a region: region is not org/country -> optional. منطقة kept (official region name, distinct from the city)."),
]

if __name__ == "__main__":
    build("written2", DATA)
