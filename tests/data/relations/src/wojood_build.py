#!/usr/bin/env python3
"""Builds wojood.txt / wojood.gold.json / wojood.notes.tsv (run from tests/data/relations)
from the inline-annotated lines below, with written_build.py (its docstring gives the markup).

Each line is one sentence of the Wojood sample's test split (SinaLab/ArabicNER data/test.txt,
MIT licence; here /work/shared/data/wojood_sample/test.txt), rebuilt as its tokens joined by
single spaces with no other edit; the note of each line starts with the sentence's 0-based index
in that file ("wojood test sentence N:"). Entities and relations follow kashf's conventions
(SCHEMA.md and README.md, Annotation conventions), not Wojood's own tags."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from written_build import build  # noqa: E402

DATA = [
# 1 (wojood test 12)
("يقدم [[eu|الاتحاد الأوروبي]] 13 مليون يورو دعما لأنشطة الاستجابة للأزمة . $#$",
 {"eu": "ORGANIZATION/intergovernmental/European Union"},
 [],
 "wojood test sentence 12: NO RELATION (misleading cue): the EU funds a crisis response; الأزمة is the crisis, not a dispute, and there is no second party."),
# 2 (wojood test 19)
("محضر اجتماع [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] و[[tulkarm|طولكرم]] و[[jenin|جنين]] بتاريخ ( 27 / 9 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "tulkarm": "LOCATION/city/Tulkarm", "jenin": "LOCATION/city/Jenin"},
 ["LOCATED_IN committee > nablus", "LOCATED_IN committee > tulkarm", "LOCATED_IN committee > jenin"],
 "wojood test sentence 19: Archive caption. Minutes of one body's meeting (اجتماع) -> no MEETS. The committee 'in' Nablus, Tulkarm and Jenin -> LOCATED_IN, coordinated places paired one by one; و outside."),
# 3 (wojood test 24)
("كما أن 4 بالغين محتجزين كمشتبه بانتمائهم إلى [[isis|داعش]] ، وأُفرج عنهم دون اتهامات من منشآت أخرى ب[[kurdistan|كردستان]] [[iraq|العراق]] ، قالوا لـ [[hrw|هيومن رايتس ووتش]] إنهم لم يحضر معهم محامون أثناء جلسات استجوابهم أمام [[asayish|الأسايش]] . $#$",
 {"isis": "ORGANIZATION/armed_group/Islamic State (ISIS)", "kurdistan": "LOCATION/region/Kurdistan", "iraq": "LOCATION/country/Iraq", "hrw": "ORGANIZATION/ngo/Human Rights Watch", "asayish": "ORGANIZATION/military/Asayish"},
 [],
 "wojood test sentence 24: NO RELATION (misleading cue): suspected ISIS membership of unnamed detainees -> no JOINS/AFFIL; telling HRW something is no MEETS. كردستان العراق read as two names (ب outside). Asayish (Wojood NORP) is a security agency -> ORG."),
# 4 (wojood test 29)
("ويضم الوفد المغربي إلى الاجتماع كذلك مدير المشرق والخليج والمنظمات العربية والإسلامية بالوزارة السيد [[akhrif|فؤاد أخريف]] ، ونائب المندوب الدائم ل[[morocco|لمغرب]] لدى [[oic|منظمة التعاون الإسلامي]] السيد [[babah|عبد الله باباه]] . $#$",
 {"akhrif": "PERSON//Fouad Akhrif", "morocco": "LOCATION/country/Morocco", "oic": "ORGANIZATION/intergovernmental/Organisation of Islamic Cooperation", "babah": "PERSON//Abdellah Babah"},
 ["AFFILIATED_WITH babah > morocco", "AFFILIATED_WITH akhrif > morocco"],
 "wojood test sentence 29: للمغرب: first ل the preposition, mention لمغرب. Deputy permanent representative of Morocco to the OIC -> AFFIL with Morocco only (an envoy to an organization is not affiliated with it). Akhrif: director at 'the ministry' in the Moroccan delegation (nisba), Morocco named later -> AFFIL scored. الاجتماع has no named counterpart -> no MEETS; التعاون inside the OIC's name is no cue; منظمة kept (التعاون الإسلامي is no name alone). السيد outside."),
# 5 (wojood test 36)
("محضر اجتماع ل[[council|مجلس قروي عقربا]] : الجلسة الثامنة بتاريخ ( 28 / 1 / 1965 ) .",
 {"council": "ORGANIZATION/government/Aqraba Village Council"},
 [],
 "wojood test sentence 36: NO RELATION (misleading cue): minutes of one body's meeting. لمجلس: ل outside. The village inside the council's name is no separate mention."),
# 6 (wojood test 39)
("طلب توصية استيراد من [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] مقدم من [[makkawi|صديق مكاوي]] بتاريخ ( 30 / 4 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "makkawi": "PERSON//Sadiq Makkawi"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 39: Archive caption. Committee 'in' Nablus -> LOCATED_IN. A request submitted by Makkawi to the committee is no schema relation."),
# 7 (wojood test 53)
("بيان صادر عن [[union|نقابة العاملين في جامعة بيرزيت]] وذلك مناقشة لمطالب النقابة من مجلس الأمناء في [[birzeit|جامعة بيرزيت]] ( 19 / 9 / 1992 ) .",
 {"union": "?ORGANIZATION/other/Birzeit University Employees' Union", "birzeit": "ORGANIZATION/education/Birzeit University"},
 [],
 "wojood test sentence 53: NO RELATION: the union's demands discussed with the (unnamed) board of trustees; no dispute stated. The union's name keeps its head and the university (نقابة العاملين is no name alone) -> outermost name, debatable span -> optional; the second جامعة بيرزيت is scored."),
# 8 (wojood test 55)
("قالت سلطات قضائية لباحثي [[hrw|هيومن رايتس ووتش]] إنهم لا يراعون دائما استخدام أوامر توقيف صادرة عن محاكم ، رغم المطلب القانوني بوجود أمر توقيف . $#$",
 {"hrw": "ORGANIZATION/ngo/Human Rights Watch"},
 [],
 "wojood test sentence 55: NO RELATION: unnamed judicial authorities told HRW researchers something. The ل of لباحثي belongs to another word."),
# 9 (wojood test 58)
("بيان صادر عن [[bloc|الكتلة الإسلامية]] في [[birzeit|جامعة بيرزيت]] وذلك للحديث عن مسيرة الشيخ [[yassin|أحمد ياسين]] عام ( 1993 ) .",
 {"bloc": "ORGANIZATION/movement/Islamic Bloc (student list)", "birzeit": "ORGANIZATION/education/Birzeit University", "yassin": "PERSON//Ahmed Yassin"},
 [],
 "wojood test sentence 58: NO RELATION: a statement about Yassin's career. The bloc 'in' a university is no LOCATED_IN (the tail must be a place); الكتلة الإسلامية is a name alone, so the university is a separate mention. الشيخ outside."),
# 10 (wojood test 66)
("ومنذ إنشاء [[un|الأمم المتحدة]] ، كثيرا ما طلب منها القيام بمهمة منع تصعيد الخلافات ووقف الحروب ، أو المساعدة في استعادة السلام عندما ينشب الصراع المسلح ، وتعزيز السلام الدائم في المجتمعات التي انتهت من الحرب . $#$",
 {"un": "ORGANIZATION/intergovernmental/United Nations"},
 [],
 "wojood test sentence 66: NO RELATION (misleading cues الخلافات، الصراع with no parties)."),
# 11 (wojood test 69)
("اعضاء الوفود التي حضرت المؤتمر الإسلامي خلال حفل تكريم اقامه لهم الوطني الفلسطيني [[dajani|يوسف الدجاني]] في داره في مدينة [[jaffa|يافا]] في ديسمبر ( كانون الاول ) ( ١٩٣١ ) .",
 {"dajani": "PERSON//Yusuf al-Dajani", "jaffa": "LOCATION/city/Jaffa"},
 ["?LOCATED_IN dajani > jaffa"],
 "wojood test sentence 69: Reception for unnamed delegations -> no MEETS. الوطني الفلسطيني is a descriptor (outside); مدينة left out; the conference is an event (not annotated). At his house in Jaffa for one event -> LOCATED_IN optional."),
# 12 (wojood test 76)
("محضر اجتماع [[mun|بلدية بيرزيت]] رقم 70 بتاريخ ( 2 / 6 / 1965 ) .",
 {"mun": "ORGANIZATION/government/Birzeit Municipality"},
 [],
 "wojood test sentence 76: NO RELATION (misleading cue): minutes of one body's meeting. بلدية kept (the head names the body)."),
# 13 (wojood test 84)
("رسالة من متصرف لواء [[ramallah|رام الله]] إلى رئيس [[mun|بلدية بيرزيت]] بتاريخ ( 25 / 9 / 1966 ) .",
 {"ramallah": "LOCATION/district/Ramallah (district)", "mun": "ORGANIZATION/government/Birzeit Municipality"},
 [],
 "wojood test sentence 84: NO RELATION: two role phrases (متصرف لواء، رئيس بلدية) without a named person -> no AFFIL. لواء left out."),
# 14 (wojood test 86)
("رسالة رئيس [[smc|المجلس الإسلامي الأعلى]] إلى قاضي الشرع في [[haifa|حيفا]] .",
 {"smc": "ORGANIZATION/religious/Supreme Muslim Council", "haifa": "LOCATION/city/Haifa"},
 [],
 "wojood test sentence 86: NO RELATION: roles (رئيس، قاضي الشرع) without named persons."),
# 15 (wojood test 89)
("قررت [[cma|هيئة سوق رأس المال الفلسطينية]] إلغاء وشطب كافة التراخيص الممنوحة لشركة [[nawras|النورس للاستثمارات المالية]] $#$",
 {"cma": "ORGANIZATION/government/Palestine Capital Market Authority", "nawras": "ORGANIZATION/company/Al-Nawras Financial Investments"},
 ["?TENSION_WITH cma > nawras"],
 "wojood test sentence 89: The regulator revoked all the company's licences: an administrative sanction by a regulator, no stated dispute or hostility (unlike sanctions between parties) -> TENSION optional. Nisba inside after a generic head (an authority, like a ministry). لشركة: ل and شركة left out."),
# 16 (wojood test 92)
("برقية صادرة عن رئيس [[tmun|بلدية طولكرم]] موجهة الى الحاكم العسكري الإسرائيلي ل[[westbank|لضفة الغربية]] استنكارا للاعمال اللإنسانية التي قامت بها السلطات المحتلة ضد الطلبةالطالبات في مدينة [[tulkarm|طولكرم]] .",
 {"tmun": "ORGANIZATION/government/Tulkarm Municipality", "westbank": "LOCATION/region/West Bank", "tulkarm": "LOCATION/city/Tulkarm"},
 [],
 "wojood test sentence 92: NO RELATION: protest (استنكارا) at acts of unnamed 'occupying authorities'; the mayor is unnamed and the Israeli military governor is an unnamed role with a nisba -> nothing. للضفة -> لضفة; مدينة left out."),
# 17 (wojood test 94)
("على مدى الأشهر الستة الماضية ، وثقت \" [[hrw|هيومن رايتس ووتش]] \" عشرات الانتهاكات في مراكز وسجون غير رسمية وسرية ، تقع في مناطق تسيطر عليها [[yemgov|الحكومة اليمنية]] المعترف بها دوليا . $#$",
 {"hrw": "ORGANIZATION/ngo/Human Rights Watch", "yemgov": "?ORGANIZATION/government/Government of Yemen"},
 ["?TENSION_WITH hrw > yemgov"],
 "wojood test sentence 94: HRW documented abuses in centres in areas the government controls; blame is not stated -> TENSION optional. Descriptive government phrase -> optional entity."),
# 18 (wojood test 98)
("سمحت حملة القصف اللاحقة ل[[houthis|لحوثيين]] بالسيطرة على الحكم إذ أن قلة في الشمال كانت مستعدة لكي تخاطر وتطعن في حكم [[houthis|الحوثيين]] على الأرض في الوقت الذي يتعرضون فيه للقصف من الجو . $#$",
 {"houthis": "?ORGANIZATION/armed_group/Houthis (Ansar Allah)"},
 [],
 "wojood test sentence 98: NO RELATION (misleading cue): those who would challenge Houthi rule are unnamed (قلة في الشمال), the bombing campaign's author unnamed. للحوثيين -> لحوثيين. Houthis as an organization (Wojood NORP) debatable -> optional."),
# 19 (wojood test 100)
("رسالة المهندس [[daqqaq|إبراهيم الدقاق]] إلى رئيس [[mun|بلدية بيرزيت]] .",
 {"daqqaq": "PERSON//Ibrahim al-Daqqaq", "mun": "ORGANIZATION/government/Birzeit Municipality"},
 [],
 "wojood test sentence 100: NO RELATION: a letter to the (unnamed) mayor; المهندس outside and no affiliation."),
# 20 (wojood test 103)
("دعوة [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] لعدد من الشخصيات بتاريخ ( 3 / 2 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 103: Archive caption. Committee 'in' Nablus -> LOCATED_IN; invited persons unnamed."),
# 21 (wojood test 110)
("على السلطات النظر في أمر منح العفو لجميع المشتبه بهم المتورطين فقط بالعضوية في [[isis|داعش]] دون ارتكاب أي جرائم خطيرة أخرى ، وإلغاء وجوب إثبات المدعى عليه أنه انضم إلى [[isis_nom|التنظيم]] ضد إرادته . $#$",
 {"isis": "ORGANIZATION/armed_group/Islamic State (ISIS)", "isis_nom": "?ORGANIZATION/armed_group/Islamic State (nominal)"},
 [],
 "wojood test sentence 110: NO RELATION (misleading JOINS cues): membership (بالعضوية) and joining (انضم إلى التنظيم) by unnamed suspects. التنظيم is a nominal reference -> optional."),
# 22 (wojood test 113)
("وهنا تملك [[russia|روسيا]] نظرياً فرصة ، بإعطاء [[iran|إيران]] دفعة اقتصادية قوية إذا ما قبلت بتلطيف موقفها في [[yemen|اليمن]] ومحاولة إقناع سلطات [[houthis|الحوثيین]] بعملية سلام ترضي [[saudi|السعودية]] ، ولو أنها لم تعلن عن أي مبادرات في [[yemen|اليمن]] حتى اللحظة ، $#$",
 {"russia": "LOCATION/country/Russia", "iran": "LOCATION/country/Iran", "yemen": "LOCATION/country/Yemen", "houthis": "?ORGANIZATION/armed_group/Houthis (Ansar Allah)", "saudi": "LOCATION/country/Saudi Arabia"},
 ["?COOPERATES_WITH russia > iran"],
 "wojood test sentence 113: Russia 'could' give Iran an economic boost if Iran (إذا ما قبلت) softens its position: hypothetical -> optional COOP. A peace process pleasing Saudi Arabia -> nothing. Wojood tags Russia and Saudi Arabia ORG; countries here. الحوثيین written with a Farsi yeh; as an organization -> optional."),
# 23 (wojood test 117)
("قامت [[unicef|اليونيسف]] بدعم من [[ksrelief|مركز الملك سلمان للإغاثة والأعمال الإنسانية]] ، بتوزيع وتركيب 218 ثلاجة تعمل بالطاقة الشمسية في 8 محافظات يمنية في جنوب البلاد . $#$",
 {"unicef": "ORGANIZATION/intergovernmental/UNICEF", "ksrelief": "ORGANIZATION/government/King Salman Humanitarian Aid and Relief Centre"},
 ["COOPERATES_WITH unicef > ksrelief"],
 "wojood test sentence 117: بدعم من -> COOP (with the help of). Wojood tags the centre FAC; it is an agency -> ORG, outermost name (the king's name inside is no separate mention). Yemen only as a nisba (محافظات يمنية) -> nothing."),
# 24 (wojood test 118)
("برقية صادرة عن رئيس [[tmun|بلدية طولكرم]] موجهة الى رئيس واعضاء [[nmun|بلدية نابلس]] تاييدا لهم في موقفهم المشرف تجاه اعتداءات سلطات الإحتلال على طلاب وطالبات المدارس .",
 {"tmun": "ORGANIZATION/government/Tulkarm Municipality", "nmun": "ORGANIZATION/government/Nablus Municipality"},
 [],
 "wojood test sentence 118: NO RELATION: support (تاييدا) is no schema type; the mayor is unnamed; 'occupation authorities' unnamed."),
# 25 (wojood test 120)
("مقابلة مع السيد [[jabr|أبو محمود صالح جبر]] سكان [[balata|مخيم بلاطة]] : حول قرية [[kafrsaba|كفر سابا]] بتاريخ ( 2 / 6 / 1986 ) .",
 {"jabr": "PERSON//Abu Mahmoud Saleh Jabr", "balata": "?LOCATION/district/Balata Camp", "kafrsaba": "LOCATION/city/Kafr Saba"},
 ["LOCATED_IN jabr > balata"],
 "wojood test sentence 120: Interview caption. سكان مخيم بلاطة (a resident of the camp) -> LOCATED_IN. Kunya part of the name; السيد outside. The camp's span with مخيم is debatable -> optional entity; قرية left out; the interview about the village -> nothing."),
# 26 (wojood test 123)
("وقد حضر حفل الإدراج السيد [[osaily|خالد العسيلي]] رئيس مجلس إدارة الشركة ، والدكتور [[hamdallah|رامي الحمد الله]] رئيس مجلس إدارة [[pex|بورصة فلسطين]] ، والسيد [[awidah|أحمد عويضة]] الرئيس التنفيذي ل[[pex|بورصة فلسطين]] ، والسيد [[masri|ماهر المصري]] رئيس مجلس إدارة [[cma|هيئة سوق رأس المال]] ، والسيدة [[odeh|عبير عودة]] مدير عام [[cma_nom|الهيئة]] . $#$",
 {"osaily": "PERSON//Khaled al-Osaily", "hamdallah": "PERSON//Rami Hamdallah", "pex": "ORGANIZATION/company/Palestine Exchange", "awidah": "PERSON//Ahmad Awidah", "masri": "PERSON//Maher al-Masri", "cma": "ORGANIZATION/government/Palestine Capital Market Authority", "odeh": "PERSON//Abeer Odeh", "cma_nom": "?ORGANIZATION/government/Capital Market Authority (nominal)"},
 ["AFFILIATED_WITH hamdallah > pex", "AFFILIATED_WITH awidah > pex", "AFFILIATED_WITH masri > cma", "?AFFILIATED_WITH odeh > cma_nom,cma"],
 "wojood test sentence 123: Appositions with role phrases. Osaily chairs 'the company' (unnamed) -> nothing. Odeh is director of الهيئة, a nominal for the authority -> optional. Attending one ceremony is no MEETS. لبورصة: ل outside; فلسطين inside the exchange's name is no separate mention. السيد، الدكتور، السيدة outside."),
# 27 (wojood test 125)
("رسالة [[tuffaha|مصطفى تفاحة]] إلى [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] .",
 {"tuffaha": "PERSON//Mustafa Tuffaha", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 125: Archive caption. A letter to the committee is no schema relation; committee 'in' Nablus -> LOCATED_IN."),
# 28 (wojood test 135)
("مراسلات [[command|القيادة العربية]] / [[ala|جيش الإنقاذ]] : رسالة من رئيس [[nmun|بلدية نابلس]] الى قائد [[ala|جيش الإنقاذ]] : بتاريخ ( 13 / 5 / 1948 ) .",
 {"command": "ORGANIZATION/military/Arab Command", "ala": "ORGANIZATION/military/Arab Liberation Army", "nmun": "ORGANIZATION/government/Nablus Municipality"},
 [],
 "wojood test sentence 135: NO RELATION: a letter from the mayor (unnamed) to the army's commander (unnamed) -> no AFFIL; 'القيادة العربية / جيش الإنقاذ' is a file heading."),
# 29 (wojood test 140)
("كان مجرى الأمور الملحوظ مفيداً وذا دلالة : لقد كانت صفقة سعودية تحظى بدعم كل من [[us|الولايات المتحدة]] و[[un|الأمم المتحدة]] . $#$",
 {"us": "LOCATION/country/United States", "un": "ORGANIZATION/intergovernmental/United Nations"},
 [],
 "wojood test sentence 140: NO RELATION (misleading PURCHASE cue): صفقة is a political deal; Saudi Arabia only as a nisba; two backers of one deal do not cooperate with each other. Wojood tags the US ORG; a country here."),
# 30 (wojood test 141)
("صورة إقتحام [[iof|قوات الإحتلال الإسرائيلي]] مدينة [[tulkarm|طولكرم]] خلال انتفاضة [[aqsa|الأقصى]] .",
 {"iof": "?ORGANIZATION/military/Israeli occupation forces", "tulkarm": "LOCATION/city/Tulkarm", "aqsa": "?LOCATION/facility/Al-Aqsa Mosque"},
 [],
 "wojood test sentence 141: NO RELATION: a raid (إقتحام) is no VISITS. Descriptive force phrase -> optional; الأقصى inside the event name انتفاضة الأقصى -> optional; مدينة left out."),
# 31 (wojood test 149)
("( [[beirut|بيروت]] ) - قالت \" [[hrw|هيومن رايتس ووتش]] \" اليوم إن إنشاء فريق عمل جديد للمساعدة في إيجاد آلاف المحتجزين والمفقودين في شمال شرق [[syria|سوريا]] خطوة مهمة نحو المساءلة عما حدث لهم . $#$",
 {"beirut": "LOCATION/city/Beirut", "hrw": "ORGANIZATION/ngo/Human Rights Watch", "syria": "LOCATION/country/Syria"},
 ["?LOCATED_IN hrw > beirut"],
 "wojood test sentence 149: Dateline (بيروت) -> LOCATED_IN optional. Detainees in north-east Syria are unnamed -> nothing with Syria."),
# 32 (wojood test 158)
("فقد تقوضت القوة الناعمة الأمريكية بسبب تلك الصلة ، وهي نتيجة أدت إلى إخفاق العمليات في [[lebanon|لبنان]] و[[syria|سوريا]] و[[libya|ليبيا]] و[[iraq|العراق]] و[[yemen|اليمن]] $#$",
 {"lebanon": "LOCATION/country/Lebanon", "syria": "LOCATION/country/Syria", "libya": "LOCATION/country/Libya", "iraq": "LOCATION/country/Iraq", "yemen": "LOCATION/country/Yemen"},
 [],
 "wojood test sentence 158: NO RELATION: a list of countries where operations failed; the US only as a nisba. و outside."),
# 33 (wojood test 160)
("صورة ل[[nasser|جمال عبد الناصر]] و[[arafat|ياسر عرفات]] 1969 .",
 {"nasser": "PERSON//Gamal Abdel Nasser", "arafat": "PERSON//Yasser Arafat"},
 [],
 "wojood test sentence 160: NO RELATION: photo caption naming two people; no meeting is stated. لجمال: ل outside."),
# 34 (wojood test 170)
("رسالة رئيس [[nmun|بلدية نابلس]] إلى الحاكم العسكري الأردني العام ( 1948 ) .",
 {"nmun": "ORGANIZATION/government/Nablus Municipality"},
 [],
 "wojood test sentence 170: NO RELATION: a letter between two unnamed office holders; Jordan only as a nisba."),
# 35 (wojood test 181)
("رسالة وزير الداخلية الأردني للشؤون البلدية والقروية الى السيد [[amin|امين القدس]] رئيس [[bireh|بلدية مدينة البيرة]] ( 1966 ) .",
 {"amin": "?PERSON//Amin al-Quds (?)", "bireh": "ORGANIZATION/government/Al-Bireh Municipality"},
 ["?AFFILIATED_WITH amin > bireh"],
 "wojood test sentence 181: The Jordanian minister is unnamed (nisba only). السيد امين القدس is a name after السيد (then he is the mayor of al-Bireh) or the title 'Amin al-Quds' (mayor of Jerusalem; Wojood tags OCC): optional person span covering both readings, AFFIL optional. بلدية مدينة البيرة is the municipality's full name."),
# 36 (wojood test 182)
("ويؤوي هذا المخيم العائلات وكبار السن واللاجئين الذين لم يستطيعوا العبور إلى [[croatia|كرواتيا]] أو [[hungary|هنغاريا]] وهم عالقون في [[serbia|صربيا]] . $#$",
 {"croatia": "LOCATION/country/Croatia", "hungary": "LOCATION/country/Hungary", "serbia": "LOCATION/country/Serbia"},
 [],
 "wojood test sentence 182: NO RELATION: unnamed refugees stuck in Serbia, unable to cross to Croatia or Hungary."),
# 37 (wojood test 183)
("اتفاقية حول توسيع وتنظيم [[market|سوق بلدية مدينة البيرة]] ( 30 / 4 / 1961 ) .",
 {"market": "?LOCATION/facility/Al-Bireh municipal market"},
 [],
 "wojood test sentence 183: NO RELATION (misleading SIGNS cue): an agreement with no named parties. The market with the municipality inside is unclear as a name -> optional facility (so the municipality inside is not annotated separately)."),
# 38 (wojood test 188)
("إذاً هذه هي النقاط المشتركة التي تستطيع [[moscow|موسكو]] البناء عليها متى ما أفسحت [[usa|الولايات المتحدة الأمريكية]] لها المجال لكي تحاول التأثير في التوجهات السعودية والإماراتية وتوافقهما مع الرغبات الأمريكية ، $#$",
 {"moscow": "LOCATION/city/Moscow", "usa": "LOCATION/country/United States"},
 [],
 "wojood test sentence 188: NO RELATION: conditional (متى ما أفسحت) room for Moscow to influence Saudi and Emirati positions (nisbas only). Moscow stays a city (metonym); Wojood tags both ORG."),
# 39 (wojood test 190)
("خلال عمليات البحث والإنقاذ ، أطلق [[lcg|خفر السواحل الليبي]] الممول من [[europe|أوروبا]] النار على منظمة [[msf|أطباء بلا حدود]] ، وتكرّر اتهامها بالتواطؤ مع التجار بالبشر . $#$",
 {"lcg": "ORGANIZATION/military/Libyan Coast Guard", "europe": "LOCATION/region/Europe", "msf": "ORGANIZATION/ngo/Médecins Sans Frontières"},
 ["TENSION_WITH lcg > msf", "?COOPERATES_WITH lcg > europe"],
 "wojood test sentence 190: Fired on MSF and repeatedly accused it of complicity -> TENSION. 'Funded from Europe' -> optional COOP (Europe, a region, stands for its governments). Nisba inside after a generic head (coast guard, like an army); منظمة left out."),
# 40 (wojood test 193)
("يستحق الإيزيديون ، مثل جميع ضحايا انتهاكات [[isis|داعش]] ، العدالة . $#$",
 {"isis": "ORGANIZATION/armed_group/Islamic State (ISIS)"},
 [],
 "wojood test sentence 193: NO RELATION: the Yazidis are a group, not an entity of the schema's types."),
# 41 (wojood test 194)
("رسالة من [[sec|لجنة الأمن والإصلاح]] المتفرعة من [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] إلى [[murtada|يوسف مرتضى]] بتاريخ ( 1 / 4 / 1948 ) .",
 {"sec": "ORGANIZATION/other/Security and Reform Committee", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "murtada": "PERSON//Yusuf Murtada"},
 ["LOCATED_IN committee > nablus", "?LOCATED_IN sec > nablus"],
 "wojood test sentence 194: Archive caption. Committee 'in' Nablus -> LOCATED_IN; the sub-committee (المتفرعة من) is there through its parent -> optional. Organization-to-organization branching is no schema type; the letter to Murtada -> nothing."),
# 42 (wojood test 197)
("يقدم حوالي 5000 عنصر من [[usf|القوات الأمريكية]] في [[iraq|العراق]] الدعم الاستشاري والتدريب ل[[isf|قوات الأمن العراقية]] ، مع إعطاء الأولوية حتى 2019 لعمليات [[iqf|القوات العراقية]] ضد تنظيم [[is|الدولة الإسلامية]] $#$",
 {"usf": "ORGANIZATION/military/United States Armed Forces", "iraq": "LOCATION/country/Iraq", "isf": "ORGANIZATION/military/Iraqi Security Forces", "iqf": "ORGANIZATION/military/Iraqi forces", "is": "ORGANIZATION/armed_group/Islamic State (ISIS)"},
 ["LOCATED_IN usf > iraq", "COOPERATES_WITH usf > isf,iqf", "TENSION_WITH iqf,isf > is"],
 "wojood test sentence 197: US forces 'in' Iraq -> LOCATED_IN; advice and training for the ISF -> COOP; operations against IS -> TENSION (the Iraqi forces and the ISF accepted for each other). Nisba inside after a generic head (forces, like armies); لقوات: ل outside; تنظيم left out."),
# 43 (wojood test 198)
("مقابلة مع الحجة [[rammaha|جميلة خليل صالح رماحة]] من [[camp|مخيم عين بيت الماء]] .",
 {"rammaha": "PERSON//Jamila Khalil Saleh Rammaha", "camp": "?LOCATION/district/Ein Beit al-Ma Camp"},
 ["?LOCATED_IN rammaha > camp"],
 "wojood test sentence 198: Interview caption. الحجة outside. 'From' the camp (origin or residence) -> LOCATED_IN optional; the camp's span with مخيم debatable -> optional."),
# 44 (wojood test 199)
("خبر استشهاد احد طلبة [[college|كلية الحسين]] وهو الطالب [[hijazi|علاء الدين حجازي]] عام ( 1990 ) .",
 {"college": "ORGANIZATION/education/Al-Hussein College", "hijazi": "PERSON//Alaa al-Din Hijazi"},
 ["AFFILIATED_WITH hijazi > college"],
 "wojood test sentence 199: A student of the college (احد طلبة ... وهو الطالب) -> AFFIL. الطالب outside; the name inside the college's name is no separate mention."),
# 45 (wojood test 203)
("وجه عشرات الأعضاء في [[senate|مجلس الشيوخ الأمريكي]] رسالة قوية إلى [[saudi|السعودية]] : على عكس الرئيس [[trump|دونالد ترامب]] ، يرغب الأعضاء في التوقف عن بيع السلاح ل[[saudi|لسعودية]] ، لاستخدامها أسلحة أمريكية بشكل متكرر في هجمات قد تكون جرائم حرب . $#$",
 {"senate": "?ORGANIZATION/government/United States Senate", "saudi": "LOCATION/country/Saudi Arabia", "trump": "PERSON//Donald Trump"},
 ["TENSION_WITH senate > saudi", "?TENSION_WITH senate > trump"],
 "wojood test sentence 203: Senators' strong letter to Saudi Arabia, wanting arms sales stopped over possible war crimes -> TENSION (the members stand for the Senate). 'Unlike Trump' -> optional TENSION. Arms sales: the seller only as a nisba (أسلحة أمريكية) -> no PURCHASE; Trump's country only a nisba -> no AFFIL. Senate with or without its nisba debatable -> optional entity. للسعودية -> لسعودية."),
# 46 (wojood test 204)
("قسم المناهج / [[moe|وزارة التربية والتعليم الأردنية]] / الكتب المحالة على [[press|مطبعة المعارف]] في مدينة [[jerusalem|القدس]] عام ( 1964 ) .",
 {"moe": "ORGANIZATION/government/Jordanian Ministry of Education", "press": "ORGANIZATION/company/Al-Maaref Press", "jerusalem": "LOCATION/city/Jerusalem"},
 ["LOCATED_IN press > jerusalem"],
 "wojood test sentence 204: Archive caption. Press 'in' Jerusalem -> LOCATED_IN; books referred by the ministry to the press is no schema relation. Ministry with its nisba inside; مطبعة kept (المعارف is no name alone); مدينة left out."),
# 47 (wojood test 210)
("كما تدير [[org_nom|المنظمة]] مركزاً للإصابات البالغة في مديرية [[hawban|الحوبان]] ، وهو يعالج جرحى الحرب والمرضى الذين يحتاجون إلى الرعاية الطبية . $#$",
 {"org_nom": "?ORGANIZATION/ngo/the organization (nominal, MSF in the source)", "hawban": "LOCATION/district/Al-Hawban"},
 ["?LOCATED_IN org_nom > hawban"],
 "wojood test sentence 210: The organization is only a nominal (named in an earlier sentence of the source) -> optional entity and relation. مديرية left out."),
# 48 (wojood test 212)
("أرقام من مشاريعنا في محافظات [[amran|عمران]] و[[hajjah|حجة]] و[[sanaa|صنعاء]] و[[ibb|إب]] و[[taiz|تعز]] اليمنية ، بين 1 يناير / كانون الثاني و1 مايو / أيار 2019 : 10000 شخص مشتبه إصابته بالكوليرا أدخل إلى مرافقنا ، 59 % من هؤلاء الأشخاص قدموا من محافظة [[ibb|إب]] $#$",
 {"amran": "LOCATION/region/Amran Governorate", "hajjah": "LOCATION/region/Hajjah Governorate", "sanaa": "LOCATION/region/Sanaa Governorate", "ibb": "LOCATION/region/Ibb Governorate", "taiz": "LOCATION/region/Taiz Governorate"},
 [],
 "wojood test sentence 212: NO RELATION: 'our projects' (the organization unnamed) in a list of governorates; Yemen only as a nisba; محافظة left out; و outside."),
# 49 (wojood test 234)
("المصالحة الفلسطينية باتت على الابوب - [[masri|منيب المصري]]",
 {"masri": "PERSON//Munib al-Masri"},
 [],
 "wojood test sentence 234: NO RELATION: reconciliation with no named parties; the name is the speaker of a headline."),
# 50 (wojood test 243)
("وقد لعبت [[un|الأمم المتحدة]] دورا هاما من خلال تطوير القانون الدولي للفضاء وتعزيز التعاون الدولي في مجال علوم وتكنولوجيا الفضاء . $#$",
 {"un": "ORGANIZATION/intergovernmental/United Nations"},
 [],
 "wojood test sentence 243: NO RELATION (misleading COOP cue): التعاون الدولي with no named partner."),
# 51 (wojood test 245)
("شهادة تفتيش سيارة نقل ل [[masri|محمود المصري]] من [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] بتاريخ ( 27 / 4 / 1948 ) .",
 {"masri": "PERSON//Mahmoud al-Masri", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 245: Archive caption. The ل before the name is split off by a space in the source. Committee 'in' Nablus -> LOCATED_IN; a permit issued for Masri is no schema relation."),
# 52 (wojood test 250)
("رسالة [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] إلى قائد [[rescue|قوات الإنقاذ]] في الجبهة الشمالية والوسطى ( 5 / 5 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "rescue": "ORGANIZATION/military/Arab Liberation Army (Rescue Forces)"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 250: Archive caption. Committee 'in' Nablus -> LOCATED_IN; the forces' commander is unnamed -> no AFFIL; الجبهة الشمالية والوسطى is no name."),
# 53 (wojood test 254)
("برقية داخلية موجهة الى وزير الدفاع الإسرائيلي من قبل ممثلي الهيئات التمثيلية في مدينة [[nablus|نابلس]] وذلك استنكارا لاستمرار السلطات بإغلاق المعاهد التعليمية و[[birzeit|جامعة بيرزيت]] عام ( 1971 ) .",
 {"nablus": "LOCATION/city/Nablus", "birzeit": "ORGANIZATION/education/Birzeit University"},
 [],
 "wojood test sentence 254: NO RELATION: the Israeli defence minister is an unnamed role with a nisba, the representatives unnamed; protest at unnamed 'authorities'. مدينة left out; و outside."),
# 54 (wojood test 258)
("مراسلة [[bireh|بلدية مدينة البيرة]] بخصوص اتفاقية بين [[bireh|بلدية مدينة البيرة]] والمطربة [[nassour|جميلة نصور]] ( [[nassour|كروان]] ) بتاريخ ( 15 / 7 / 1966 ) .",
 {"bireh": "ORGANIZATION/government/Al-Bireh Municipality", "nassour": "PERSON//Jamila Nassour (Karawan)"},
 ["SIGNS_AGREEMENT bireh > nassour"],
 "wojood test sentence 258: اتفاقية بين X وY (an agreement that exists) -> SIGNS. والمطربة: title outside; the stage name in brackets is a second mention of the same person."),
# 55 (wojood test 264)
("رسالة [[committee|اللجنة القومية العربية]] في [[jaffa|يافا]] إلى اعضاء اللجان القومية ( 1 / 30 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "jaffa": "LOCATION/city/Jaffa"},
 ["LOCATED_IN committee > jaffa"],
 "wojood test sentence 264: Archive caption. Committee 'in' Jaffa -> LOCATED_IN; the addressees (members of the committees) unnamed."),
# 56 (wojood test 265)
("بيان شكر وتقدير لشعب مدينة [[nazareth|الناصرة]] وذلك لتاييده الإنتخابي ل[[front|جبهة الناصرة الديمقراطية]] عام ( 1978 ) .",
 {"nazareth": "LOCATION/city/Nazareth", "front": "ORGANIZATION/party/Democratic Front of Nazareth"},
 [],
 "wojood test sentence 265: NO RELATION: electoral support by the people of Nazareth is no schema type. لجبهة: ل outside; Nazareth inside the front's name is no separate mention; مدينة left out."),
# 57 (wojood test 272)
("[[athens|أثينا]] : أطلقت منظمة [[msf|أطباء بلا حدود]] في شهر أكتوبر / تشرين الأول 2014 مشروعاً لإعادة التأهيل الطبي للمهاجرين وطالبي اللجوء في [[athens|أثينا]] والذين عانوا من العنف الممنهج في بلدانهم الأم ، أو خلال رحلتهم أو في [[greece|اليونان]] . $#$",
 {"athens": "LOCATION/city/Athens", "msf": "ORGANIZATION/ngo/Médecins Sans Frontières", "greece": "LOCATION/country/Greece"},
 ["?LOCATED_IN msf > athens,greece"],
 "wojood test sentence 272: Dateline and a project launched in Athens -> LOCATED_IN optional. منظمة left out."),
# 58 (wojood test 285)
("قدرت [[unhcr|مفوّضية اللاجئين]] في أواخر ديسمبر / كانون الأول أن حوالي 4 آلاف شخص كانوا مُحتجزين في مراكز احتجاز رسمية ، التي لم يكن للمنظمات الإنسانية ووكالات [[un|الأمم المتحدة]] سوى وصول متقطع فقط إليها $#$",
 {"unhcr": "ORGANIZATION/intergovernmental/UNHCR", "un": "ORGANIZATION/intergovernmental/United Nations"},
 [],
 "wojood test sentence 285: NO RELATION: UNHCR's estimate of detainees; UN agencies' limited access is no relation."),
# 59 (wojood test 287)
("بيان صادر عن [[hizb|حزب التحرير]] في [[palestine|فلسطين]] بعنوان مجزرة [[ibrahimi|الحرم الإبراهيمي]] في مدينة [[hebron|الخليل]] تنسف فكرة السلام الموهوم عام ( 1994 ) .",
 {"hizb": "ORGANIZATION/party/Hizb ut-Tahrir", "palestine": "LOCATION/country/Palestine", "ibrahimi": "?LOCATION/facility/Ibrahimi Mosque", "hebron": "LOCATION/city/Hebron"},
 ["LOCATED_IN hizb > palestine"],
 "wojood test sentence 287: The party 'in' Palestine -> LOCATED_IN. حزب kept (التحرير is no name alone). The mosque inside the massacre's name -> optional; place in place -> nothing; مدينة left out."),
# 60 (wojood test 289)
("قائمقام [[tulkarm|طولكرم]] : الى [[qmun|بلدية قلقيلية]] : فيما يتعلق بالمادة الرابعة من قانون امراض الجيوانات ورخص اللحام : بتاريخ ( 16 / 3 / 1927 ) .",
 {"tulkarm": "LOCATION/city/Tulkarm", "qmun": "ORGANIZATION/government/Qalqilya Municipality"},
 [],
 "wojood test sentence 289: NO RELATION: a role (قائمقام) without a name writing to a municipality."),
# 61 (wojood test 297)
("تواصل [[unicef|اليونيسف]] ، ووكالات [[un|الأمم المتحدة]] في [[syria|سوريا]] ، الدعوة إلى حل آمن وطوعي وطويل الأمد ، لمساعدة العائلات في [[rukban|الركبان]] ، سواء من خلال تسهيل العودة الطوعية إلى منازلهم أو إلى أي مكان يختارونه ، مع الحفاظ على أمانهم وكرامتهم . $#$",
 {"unicef": "ORGANIZATION/intergovernmental/UNICEF", "un": "ORGANIZATION/intergovernmental/United Nations", "syria": "LOCATION/country/Syria", "rukban": "LOCATION/region/Rukban"},
 ["?LOCATED_IN un > syria", "?COOPERATES_WITH unicef > un"],
 "wojood test sentence 297: UN agencies in Syria (agencies, not the UN as such) -> LOCATED_IN optional; a joint call -> COOP optional. Families in Rukban -> nothing."),
# 62 (wojood test 301)
("يذكر ان [[cma|هيئة سوق رأس المال]] ، واصلت تنفيذ مهامها ودورها الرقابي والاشرافي على قطاعات سوق رأس المال في المحافظات الجنوبية خلال السنوات الماضية ، على الرغم من الصعوبات التي فرضتها تداعيات الانقسام . وتسعى [[cma_nom|الهيئة]] وضمن خططها وبرامجها المستندة الى خطتها الاستراتيجية ، الى تعزيز تواجدها الفعلي في [[gaza|قطاع غزة]] . $#$",
 {"cma": "ORGANIZATION/government/Palestine Capital Market Authority", "cma_nom": "?ORGANIZATION/government/Capital Market Authority (nominal)", "gaza": "?LOCATION/region/Gaza Strip"},
 ["?LOCATED_IN cma,cma_nom > gaza"],
 "wojood test sentence 301: The authority seeks to strengthen its presence in Gaza (an aim) -> LOCATED_IN optional; 'the southern governorates' is no name. قطاع غزة optional as in the conventions; الهيئة a nominal -> optional."),
# 63 (wojood test 302)
("شكوى من [[nawfal|إسماعيل نوفل]] مقدمة إلى [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] بتاريخ ( 28 / 4 / 1948 ) .",
 {"nawfal": "PERSON//Ismail Nawfal", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 302: Archive caption. A complaint submitted to the committee is no schema relation (no dispute between parties stated); committee 'in' Nablus -> LOCATED_IN."),
# 64 (wojood test 304)
("يقول [[turner|وير تيرنر]] ، رئيس بعثة منظمة [[msf|أطباء بلا حدود]] في [[yemen|اليمن]] ، \" يهدد الخطر مرضى الفشل الكلوي بسبب قلة المواد الطبية الضرورية المتوفرة في البلاد . $#$",
 {"turner": "PERSON//Weir Turner", "msf": "ORGANIZATION/ngo/Médecins Sans Frontières", "yemen": "LOCATION/country/Yemen"},
 ["AFFILIATED_WITH turner > msf", "LOCATED_IN msf > yemen", "?LOCATED_IN turner > yemen"],
 "wojood test sentence 304: Apposition: head of MSF's mission in Yemen -> AFFIL; the mission 'in' Yemen -> LOCATED_IN (MSF), the head himself there -> optional. يهدد الخطر is no threat between parties. منظمة left out."),
# 65 (wojood test 308)
("صدر قرار بتعين السيد [[khatib|وضاح الخطيب]] قائماً باعمال مدير عام [[cma|هيئة سوق رأس المال]] بالاضافة الى وظيفته الحالية مديرأ عاماً ل[[ins|لادارة العامة للتأمين]] $#$",
 {"khatib": "PERSON//Waddah al-Khatib", "cma": "ORGANIZATION/government/Palestine Capital Market Authority", "ins": "?ORGANIZATION/government/General Directorate of Insurance"},
 ["AFFILIATED_WITH khatib > cma", "?AFFILIATED_WITH khatib > ins"],
 "wojood test sentence 308: Appointed acting director-general -> AFFIL (an appointment is no JOINS). His current post at a department whose status as a name is unclear -> optional entity and relation; للادارة -> لادارة. السيد outside."),
# 66 (wojood test 309)
("بيان صادر عن [[students|لجنة الطلاب العرب]] في [[jerusalem|القدس]] وذلك تاكيدا على الاستمرار في حملة الإضراب عن الطعام وتاكيدا على وحدة الصوت العربي الفلسطيني الحر عام ( 1978 ) .",
 {"students": "ORGANIZATION/other/Arab Students Committee", "jerusalem": "LOCATION/city/Jerusalem"},
 ["LOCATED_IN students > jerusalem"],
 "wojood test sentence 309: Committee 'in' Jerusalem -> LOCATED_IN (Wojood spans the whole phrase; here the place is a separate mention as with the national committees). The hunger strike is an event."),
# 67 (wojood test 314)
("مقابلة مع [[sijariya|عبد سيجارية]] من [[dheisheh|مخيم الدهيشة]] في مدينة [[bethlehem|بيت لحم]] حول الموقف من [[unrwa|الانروا]] .",
 {"sijariya": "PERSON//Abd Sijariya", "dheisheh": "?LOCATION/district/Dheisheh Camp", "bethlehem": "LOCATION/city/Bethlehem", "unrwa": "ORGANIZATION/intergovernmental/UNRWA"},
 ["?LOCATED_IN sijariya > dheisheh,bethlehem"],
 "wojood test sentence 314: Interview caption. 'From' the camp -> LOCATED_IN optional; camp in Bethlehem is place in place; 'the stance towards UNRWA' states no tension. Camp span with مخيم debatable -> optional; مدينة left out."),
# 68 (wojood test 317)
("رسالة من [[sec|لجنة الأمن والإصلاح]] المتفرعة من [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] إلى [[asaad|أسعد الأسعد]] ( 8 / 3 / 1948 ) .",
 {"sec": "ORGANIZATION/other/Security and Reform Committee", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "asaad": "PERSON//Asaad al-Asaad"},
 ["LOCATED_IN committee > nablus", "?LOCATED_IN sec > nablus"],
 "wojood test sentence 317: Archive caption, as sentence 194: committee 'in' Nablus -> LOCATED_IN; the sub-committee -> optional; the letter to al-Asaad -> nothing."),
# 69 (wojood test 321)
("الإنذار المبكر هو عنصر أساسي في الوقاية ، وتراقب [[un|الأمم المتحدة]] التطورات في جميع أنحاء العالم بعناية وذلك للكشف عن التهديدات التي تواجه السلم والأمن الدوليين ، وبالتالي تمكين [[sc|مجلس الأمن]] والأمين العام من القيام بتنفيذ الإجراءات الوقائية . $#$",
 {"un": "ORGANIZATION/intergovernmental/United Nations", "sc": "ORGANIZATION/intergovernmental/UN Security Council"},
 [],
 "wojood test sentence 321: NO RELATION (misleading TENSION cue التهديدات with no parties); the Secretary-General unnamed."),
# 70 (wojood test 322)
("طلب هوية من [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] ل [[omair|صالح عمير]] بتاريخ ( 4 / 6 / 1948 ) .",
 {"committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus", "omair": "PERSON//Saleh Omair"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 322: Archive caption. Committee 'in' Nablus -> LOCATED_IN; an identity paper for Omair is no schema relation (ل split off by a space)."),
# 71 (wojood test 323)
("فمن أمثلة تلك التكاليف المرتبطة بالسُمعة الإدانة العالمية تقريبًا من أعضاء النخبة السياسية العراقية في أعقاب مقتل الجنرال الإيراني [[soleimani|قاسم سليماني]] في [[airport|مطار بغداد الدولي]] في يناير / كانون الثاني 2020 . $#$",
 {"soleimani": "PERSON//Qasem Soleimani", "airport": "?LOCATION/facility/Baghdad International Airport"},
 ["?LOCATED_IN soleimani > airport"],
 "wojood test sentence 323: Killed at the airport (one event) -> LOCATED_IN optional. Iran only as a nisba (الجنرال الإيراني) and Iraq only as a nisba -> no AFFIL; الجنرال outside. Baghdad inside the airport's name is no separate mention; facility optional."),
# 72 (wojood test 324)
("كان على [[us|الولايات المتحدة]] ، باعتبارها حليفا لدولة [[uae|الإمارات]] ، دعوتها فورا إلى التعاون مع [[yemcom|اللجنة اليمنية]] الجديدة ومنح حق الوصول إلى جميع مرافق الاحتجاز . $#$",
 {"us": "LOCATION/country/United States", "uae": "LOCATION/country/United Arab Emirates", "yemcom": "?ORGANIZATION/government/Yemeni committee (new)"},
 ["?COOPERATES_WITH us > uae", "?COOPERATES_WITH uae > yemcom"],
 "wojood test sentence 324: Being an ally (حليفا) is a standing partnership, no stated cooperation -> optional; cooperation the US should have asked of the UAE (not done) -> optional. دولة left out; 'the new Yemeni committee' is descriptive -> optional entity."),
# 73 (wojood test 326)
("رسالة الدكتور [[hamada|صبحي حمادة]] إلى [[committee|اللجنة القومية العربية]] في [[nablus|نابلس]] ( 1948 ) .",
 {"hamada": "PERSON//Subhi Hamada", "committee": "ORGANIZATION/other/Arab National Committee", "nablus": "LOCATION/city/Nablus"},
 ["LOCATED_IN committee > nablus"],
 "wojood test sentence 326: Archive caption. الدكتور outside; a letter to the committee is no schema relation; committee 'in' Nablus -> LOCATED_IN."),
# 74 (wojood test 327)
("طبيب يعمل مع [[msf|أطباء بلا حدود]] يعاين أحد المعتقلين في [[centre|مركز احتجاز ضهر الجبل]] $#$",
 {"msf": "ORGANIZATION/ngo/Médecins Sans Frontières", "centre": "?LOCATION/facility/Dhahr al-Jabal detention centre"},
 ["?LOCATED_IN msf > centre"],
 "wojood test sentence 327: Photo caption. An unnamed doctor working with MSF -> no AFFIL; MSF at the centre through its doctor -> optional. Facility optional; the place inside its name is no separate mention."),
# 75 (wojood test 332)
("محضر اجتماع [[mun|بلدية بيرزيت]] رقم 38 / 67 بتاريخ ( 8 / 5 / 1967 ) .",
 {"mun": "ORGANIZATION/government/Birzeit Municipality"},
 [],
 "wojood test sentence 332: NO RELATION (misleading cue): minutes of one body's meeting (as sentence 76)."),
# 76 (wojood test 333)
("يذكر أن [[iosco|المنظمة الدولية لاتحاد الهيئات المشرفة على أسواق المال]] ( [[iosco|ايوسكو]] ) هي أرفع جسم مهني دولي في مجال الرقابة والإشراف على أسواق المال ، حيث تعمل [[iosco_nom|المنظمة]] على وضع المعايير الدولية لعمليات الرقابة والإشراف والتي يجب على جميع الأعضاء الالتزام بها واستيفاء متطلباتها ، الأمر الذي لا يعتبر بالأمر اليسير ، حيث هناك العديد من الهيئات الرقابية في الدول الإقليمية لم تلبي متطلبات العضوية لغاية تاريخه . $#$",
 {"iosco": "ORGANIZATION/intergovernmental/IOSCO", "iosco_nom": "?ORGANIZATION/intergovernmental/IOSCO (nominal)"},
 [],
 "wojood test sentence 333: NO RELATION (misleading JOINS cue): membership requirements unmet by unnamed regulators. The bracketed acronym is a second mention; the later المنظمة is a nominal -> optional."),
# 77 (wojood test 340)
("رسالة [[qawuqji|فوزي القاوقجي]] قائد [[rescue|قوات الإنقاذ]] في الجبهة الشمالية والوسطى .",
 {"qawuqji": "PERSON//Fawzi al-Qawuqji", "rescue": "ORGANIZATION/military/Arab Liberation Army (Rescue Forces)"},
 ["AFFILIATED_WITH qawuqji > rescue"],
 "wojood test sentence 340: Apposition: commander of the Rescue Forces -> AFFIL. الجبهة الشمالية والوسطى is no name."),
# 78 (wojood test 353)
("أنهت القوات المسلحة التابعة ل[[iqgov|لحكومة العراقية]] و[[krg|حكومة إقليم كردستان]] – بدعم من مختلف الشركاء الدوليين ، ومنهم [[us|الولايات المتحدة]] و[[iran|إيران]] – تقريبا حملتها العسكرية ضدّ تنظيم \" [[is|الدولة الإسلامية]] \" ( المعروف أيضا بـ \" [[is|داعش]] \" ) في [[iraq|العراق]] . $#$",
 {"iqgov": "?ORGANIZATION/government/Government of Iraq", "krg": "?ORGANIZATION/government/Kurdistan Regional Government", "us": "LOCATION/country/United States", "iran": "LOCATION/country/Iran", "is": "ORGANIZATION/armed_group/Islamic State (ISIS)", "iraq": "LOCATION/country/Iraq"},
 ["TENSION_WITH iqgov,iraq > is", "TENSION_WITH krg > is", "COOPERATES_WITH us > iqgov,iraq", "COOPERATES_WITH us > krg", "COOPERATES_WITH iran > iqgov,iraq", "COOPERATES_WITH iran > krg"],
 "wojood test sentence 353: The two governments' forces (unnamed) fought IS -> TENSION for the governments; بدعم من partners including the US and Iran -> COOP, paired one by one. للحكومة -> لحكومة; a descriptive government phrase -> optional, Iraq accepted instead; KRG as one name or as كردستان debatable -> optional. تنظيم left out; داعش a second mention; و outside."),
# 79 (wojood test 354)
("[[tcfi|اللجنة الفنية للشمول المالي]] تعقد اجتماعها الأول $#$",
 {"tcfi": "ORGANIZATION/government/Technical Committee for Financial Inclusion"},
 [],
 "wojood test sentence 354: NO RELATION (misleading cue): a body holds its own first meeting."),
# 80 (wojood test 356)
("يعيدنا هذا إلى السؤال الأول : الآن بعد استرداد [[hospital|مستشفى الرقة الوطني]] من [[isis|داعش]] ، من سيكون",
 {"hospital": "?LOCATION/facility/Raqqa National Hospital", "isis": "ORGANIZATION/armed_group/Islamic State (ISIS)"},
 [],
 "wojood test sentence 356: NO RELATION: the hospital recaptured from ISIS by an unnamed party. Facility optional; Raqqa inside its name is no separate mention."),
]

if __name__ == "__main__":
    build("wojood", DATA)
