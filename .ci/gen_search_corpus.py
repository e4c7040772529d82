"""Writes tests/data/search_corpus.json: fictional, already anonymised case studies in five
languages and the search relevance checks run against them (tests/api/search.rs)."""
import json
D=[]
def d(key, lang, title, lessons, body, country, region, contexts, counterparts, outcome, year, tags, kind="case_study"):
    D.append(dict(key=key, lang=lang, kind=kind, title=title, lessons=lessons, body=body, country=country, region=region,
                  contexts=contexts, counterparts=counterparts, outcome=outcome, year=year, tags=tags))
# English
d("en-fuel","en","Fuel for the water pumping station",
  "Bring the engineer's numbers, not only the appeal.",
  "## Situation\n\nThe pumping station supplied water to a whole district but ran out of diesel. The local administration controlled the fuel reserve.\n\n## Approach\n\nWe brought the station engineer to the meeting with daily consumption figures. The deputy head agreed to release fuel for ten days against a written distribution plan.",
  "UA","UA-23",["humanitarian_access"],["local_administration"],"agreement",2023,["water","fuel"])
d("en-insulin","en","Crossing the checkpoint with insulin",
  "Cold-chain medicine needs a pre-agreed time slot.",
  "## Situation\n\nOur vehicle carried insulin for diabetic patients and was stopped at a military checkpoint for six hours while the cooling boxes warmed.\n\n## Approach\n\nWe asked the officer for a fixed daily crossing window and a contact person. After two weeks the window held.",
  "UA","UA-14",["checkpoint_movement"],["military"],"partial",2022,["medicine","cold chain"])
d("en-donor","en","Renegotiating donor reporting deadlines",
  "Explain the field reality in the donor's own reporting language.",
  "## Situation\n\nThe donor required monthly narrative reports while our team was evacuating. We risked losing the grant.\n\n## Outcome\n\nThe programme officer accepted quarterly reports with a short monthly email update.",
  "MD","MD-CU",["donors"],["donor"],"agreement",2021,["reporting","grants"])
d("en-carehome","en","Evacuation of an elderly care home",
  "Split the negotiation: transport with the military, beds with the administration.",
  "## Situation\n\nForty bedridden residents of a care home needed evacuation under shelling.\n\n## Approach\n\nWe negotiated a ceasefire window with the military and reception beds with the regional administration in parallel. Everyone was moved in one night.",
  "UA","UA-63",["evacuation"],["military","local_administration"],"agreement",2022,["elderly","evacuation"])
d("en-detention","en","Visiting a detained volunteer driver",
  "Ask for access as a family liaison, not as an organisation.",
  "## Situation\n\nA volunteer driver was detained at the border for carrying generators without papers.\n\n## Approach\n\nThe border guard commander allowed one visit per week once we presented the family's request and the customs declaration.",
  "UA","UA-61",["detention"],["police_border_guard"],"partial",2023,["detention","volunteers"])
d("en-elders","en","Community elders and the shelter list",
  "The elders decide who is trusted; involve them before publishing any list.",
  "## Situation\n\nRefugee families disagreed about the order of places in the winter shelter.\n\n## Approach\n\nWe asked the community elders to review the list with us. Complaints stopped after the first week.",
  "RO","RO-SV",["community_leaders"],["community_leader"],"agreement",2022,["shelter","refugees"])
d("en-commander","en","How do you prepare for a first meeting with a commander?",
  "",
  "I will meet a battalion commander about a humanitarian corridor next week. What did you prepare, and who did you bring?",
  "UA",None,["armed_actors"],[],None,None,[],kind="discussion")
# Ukrainian
d("uk-hromada","uk","Переговори з громадою про пункт незламності",
  "Громада довіряє тим, хто приходить з генератором, а не з обіцянками.",
  "## Ситуація\n\nСтароста не хотів відкривати пункт незламності у школі. Громада боялася обстрілів.\n\n## Підхід\n\nМи провели збори з громадою і показали план евакуації. Генератор встановили через тиждень.",
  "UA","UA-18",["community_leaders"],["community_leader"],"agreement",2023,["генератор","школа"])
d("uk-convoy","uk","Доступ гуманітарного конвою через блокпост",
  "Домовляйтеся про час проїзду заздалегідь і письмово.",
  "## Ситуація\n\nГуманітарний конвой з продуктами чекав на блокпосту дві доби.\n\n## Підхід\n\nМи зустрілися з командиром і узгодили графік проїзду конвоїв двічі на тиждень.",
  "UA","UA-65",["checkpoint_movement","humanitarian_access"],["military"],"partial",2022,["конвой","продукти"])
d("uk-kharkiv-water","uk","Домовленість з міською адміністрацією Харкова про воду",
  "Приносьте технічні дані: чиновники рішення ухвалюють за цифрами.",
  "## Ситуація\n\nУ Харкові після обстрілу зупинилося водопостачання на лівому березі.\n\n## Результат\n\nМіська адміністрація дозволила нашим інженерам працювати на насосній станції вночі.",
  "UA","UA-63",["local_authorities"],["local_administration"],"agreement",2022,["вода"])
d("uk-orphanage","uk","Евакуація дітей з інтернату",
  "Діти йдуть першими: домовляйтеся про транспорт до того, як закриється дорога.",
  "## Ситуація\n\nСімдесят дітей з інтернату треба було вивезти до вечора.\n\n## Підхід\n\nЗа годину ми отримали згоду військових на коридор і два автобуси від обласної адміністрації.",
  "UA","UA-14",["evacuation"],["military","local_administration"],"agreement",2022,["діти","евакуація"])
d("uk-budget","uk","Донор погодився змінити бюджет проєкту",
  "Покажіть донору, що зміна бюджету рятує мету проєкту.",
  "## Ситуація\n\nЦіни на пальне зросли втричі, і бюджет проєкту вже не покривав доставку.\n\n## Результат\n\nДонор погодився перенести кошти з тренінгів на транспорт.",
  "UA","UA-32",["donors"],["donor"],"agreement",2024,["бюджет"])
d("uk-police","uk","Захист від насильства: розмова з поліцією",
  "Просіть не винятку, а процедури: поліція любить процедури.",
  "## Ситуація\n\nЖінки у шелтері боялися звертатися до поліції через домашнє насильство.\n\n## Підхід\n\nМи домовилися з дільничною про прийом заяв у шелтері раз на тиждень.",
  "UA","UA-46",["protection_gbv"],["police_border_guard"],"agreement",2023,["насильство","шелтер"])
d("uk-hospital","uk","Ліки для лікарні у прифронтовому місті",
  "Склад ліків — це теж предмет переговорів: домовтеся про охорону.",
  "## Ситуація\n\nЛікарня залишилася без інсуліну та антибіотиків.\n\n## Результат\n\nВійськові дозволили доставку ліків уночі під супроводом.",
  "UA","UA-59",["humanitarian_access"],["military"],"partial",2023,["ліки","лікарня"])
# Russian
d("ru-column","ru","Переговоры с военными о проезде колонны",
  "Военные уважают точный график и одного ответственного человека.",
  "## Ситуация\n\nНаша колонна с гуманитарной помощью не могла проехать через мост.\n\n## Подход\n\nМы договорились с военными о проезде колонны по утрам с сопровождением.",
  "UA","UA-09",["checkpoint_movement"],["military"],"partial",2022,["колонна"])
d("ru-elderly","ru","Доступ к пожилым людям в сёлах за рекой",
  "Местная администрация помогает, когда видит список адресов.",
  "## Ситуация\n\nПожилые люди в сёлах за рекой месяц не получали лекарств.\n\n## Подход\n\nГлава районной администрации выделил лодку и разрешил доставку дважды в неделю.",
  "MD","MD-BA",["humanitarian_access"],["local_administration"],"agreement",2023,["пожилые"])
d("ru-ministry","ru","Переговоры с министерством о регистрации беженцев",
  "Министерство двигается быстрее, если предложить готовый бланк.",
  "## Ситуация\n\nБеженцы не могли получить временную регистрацию и доступ к врачу.\n\n## Результат\n\nМинистерство приняло наш проект упрощённой формы регистрации.",
  "MD","MD-CU",["national_government"],["ministry"],"agreement",2022,["беженцы","регистрация"])
d("ru-customs","ru","Гуманитарный склад и переговоры с таможней",
  "Таможня готова ускориться, если документы подготовлены заранее.",
  "## Ситуация\n\nГрузы гуманитарной помощи неделями стояли на таможне в Одессе.\n\n## Подход\n\nМы договорились с таможней о приоритетном коридоре для медикаментов.",
  "UA","UA-51",["humanitarian_access"],["police_border_guard"],"partial",2023,["таможня","склад"])
d("ru-bedridden","ru","Эвакуация лежачих больных из Харькова",
  "Заранее договоритесь о месте в больнице, иначе машины будут ждать.",
  "## Ситуация\n\nВ Харькове двадцать лежачих больных нужно было вывезти за два дня.\n\n## Подход\n\nМы договорились с областной больницей о местах и с военными о маршруте.",
  "UA","UA-63",["evacuation"],["military"],"agreement",2022,["больные"])
d("ru-donor","ru","Донор и отчётность во время эвакуации",
  "Честно объясните донору, почему отчёт задерживается.",
  "## Ситуация\n\nКоманда эвакуировалась, и отчёт для донора задерживался на месяц.\n\n## Результат\n\nДонор продлил срок отчётности без штрафа.",
  "UA","UA-32",["donors"],["donor"],"agreement",2021,["отчётность"])
# Polish
d("pl-voivode","pl","Negocjacje z wojewodą o miejscach w akademiku",
  "Wojewoda zgadza się szybciej, gdy przyniesiesz listę rodzin.",
  "## Sytuacja\n\nUchodźczynie z dziećmi nie miały gdzie spać.\n\n## Podejście\n\nW negocjacjach z wojewodą zaproponowaliśmy wykorzystanie akademików na wakacje. Wojewoda zgodził się na trzy miesiące.",
  "PL","PL-06",["local_authorities"],["local_administration"],"agreement",2022,["zakwaterowanie"])
d("pl-lodz","pl","Łódź: koordynacja z UNHCR w sprawie zakwaterowania",
  "Koordynacja działa, gdy każda organizacja ma jasną rolę.",
  "## Sytuacja\n\nW Łodzi kilka organizacji szukało tych samych mieszkań dla uchodźców.\n\n## Wynik\n\nZ UNHCR ustaliliśmy wspólną listę mieszkań i podział zadań.",
  "PL","PL-10",["un_ingo_coordination"],["un_agency"],"agreement",2022,["mieszkania"])
d("pl-border","pl","Granica i transport dla uchodźców w Przemyślu",
  "Straż graniczna pomaga, gdy zna numery autobusów.",
  "## Sytuacja\n\nNa przejściu granicznym w Przemyślu czekały setki osób bez transportu.\n\n## Podejście\n\nUzgodniliśmy ze Strażą Graniczną miejsce postoju dla autobusów.",
  "PL","PL-18",["checkpoint_movement"],["police_border_guard"],"agreement",2022,["transport","granica"])
d("pl-violence","pl","Przemoc domowa: rozmowa z policją",
  "Poproś o dzielnicowego, który zna język ukraiński.",
  "## Sytuacja\n\nKobiety w ośrodku bały się zgłaszać przemoc domową.\n\n## Wynik\n\nPolicja wyznaczyła dzielnicową, która przyjmuje zgłoszenia w ośrodku.",
  "PL","PL-14",["protection_gbv"],["police_border_guard"],"agreement",2023,["przemoc"])
d("pl-grant","pl","Darczyńca i zmiana budżetu projektu",
  "Pokaż darczyńcy, jak zmiana budżetu chroni cel projektu.",
  "## Sytuacja\n\nKoszty transportu wzrosły, a budżet nie przewidywał rezerwy.\n\n## Wynik\n\nDarczyńca zgodził się przesunąć środki z konferencji na transport.",
  "PL",None,["donors"],["donor"],"agreement",2024,["budżet"])
d("pl-school","pl","Szkoła dla dzieci z Ukrainy w Krakowie",
  "Dyrektorzy szkół potrzebują wsparcia tłumaczy, nie tylko listy dzieci.",
  "## Sytuacja\n\nW Krakowie brakowało miejsc w szkołach dla dzieci z Ukrainy.\n\n## Wynik\n\nMiasto otworzyło klasy przygotowawcze z tłumaczami.",
  "PL","PL-12",["local_authorities"],["local_administration"],"partial",2023,["szkoła","dzieci"])
# Romanian
d("ro-townhall","ro","Negocierea cu primăria pentru un centru de refugiați",
  "Primăria acceptă când vede că centrul nu costă bugetul local.",
  "## Situația\n\nAveam nevoie de o sală de sport pentru un centru de refugiați.\n\n## Abordarea\n\nÎn negocierea cu primăria am arătat că donatorii plătesc toate costurile. Primarul a semnat acordul.",
  "RO","RO-SV",["local_authorities"],["local_administration"],"agreement",2022,["refugiați"])
d("ro-siret","ro","Vama Siret: coridor umanitar pentru ajutoare",
  "Poliția de frontieră are nevoie de liste de marfă clare.",
  "## Situația\n\nCamioanele cu ajutoare umanitare așteptau două zile la vama Siret.\n\n## Rezultatul\n\nPoliția de frontieră a deschis un coridor separat pentru ajutoare.",
  "RO","RO-SV",["checkpoint_movement"],["police_border_guard"],"agreement",2022,["vamă","ajutoare"])
d("ro-ministry","ro","Negocieri cu ministerul pentru dreptul la muncă",
  "Ministerul ascultă argumente economice mai mult decât apeluri.",
  "## Situația\n\nRefugiatele nu puteau lucra legal fără un permis.\n\n## Rezultatul\n\nDupă negocieri, ministerul a simplificat procedura de angajare.",
  "RO","RO-B",["national_government"],["ministry"],"partial",2023,["muncă"])
d("ro-chisinau","ro","Parteneriat cu autoritățile locale din Chișinău pentru adăpost",
  "Autoritățile locale vor să vadă un plan de iarnă.",
  "## Situația\n\nAdăpostul din Chișinău nu avea încălzire pentru iarnă.\n\n## Rezultatul\n\nAutoritățile locale au plătit lemnele, iar noi am organizat voluntarii.",
  "MD","MD-CU",["local_authorities"],["local_administration"],"agreement",2022,["adăpost","iarnă"])
d("ro-funder","ro","Finanțatorul a acceptat prelungirea proiectului",
  "Cereți prelungirea înainte de termen, nu după.",
  "## Situația\n\nProiectul nu putea fi terminat la timp din cauza războiului.\n\n## Rezultatul\n\nFinanțatorul a acceptat o prelungire de șase luni fără bani în plus.",
  "RO",None,["donors"],["donor"],"agreement",2024,["finanțare"])
d("ro-violence","ro","Violență domestică: discuția cu poliția din Cluj",
  "Cereți o procedură scrisă, nu o favoare.",
  "## Situația\n\nFemeile din adăpost nu aveau încredere în poliție.\n\n## Rezultatul\n\nPoliția din Cluj a numit o ofițeră de legătură pentru adăpost.",
  "RO","RO-CJ",["protection_gbv"],["police_border_guard"],"agreement",2023,["violență"])

Q=[]
def q(query, top, within=3, absent=()):
    Q.append(dict(q=query, top=top, within=within, absent=list(absent)))
# English, stemming and operators
q("pumping station fuel", ["en-fuel"], 1)
q("insulin checkpoint", ["en-insulin"], 1)
q("donor reporting", ["en-donor"], 2)
q("evacuating care homes", ["en-carehome"], 1)
q("detained driver", ["en-detention"], 1)
q("elders shelter", ["en-elders"], 1)
q("commander kind:discussion", ["en-commander"], 1)
q('"daily crossing window"', ["en-insulin"], 1)
q("evacuation -elderly", ["en-donor"], 2, absent=["en-carehome"])
q("evacuation country:UA year:2022", ["en-carehome"], 4, absent=["ru-donor"])
# cross-script and place names
q("Kharkiv", ["uk-kharkiv-water","ru-bedridden"], 2)
q("Харків", ["uk-kharkiv-water","ru-bedridden"], 2)
q("Charków", ["uk-kharkiv-water","ru-bedridden"], 2)
q("Lodz", ["pl-lodz"], 1)
q("Chisinau", ["ro-chisinau"], 1)
q("Кишинёв", ["ro-chisinau"], 1)
q("Odesa таможня", ["ru-customs"], 1)
# Ukrainian inflection
q("громада", ["uk-hromada"], 1)
q("конвою блокпост", ["uk-convoy"], 1)
q("евакуація дітей", ["uk-orphanage"], 1)
q("бюджету донора", ["uk-budget"], 1)
q("поліцією насильства", ["uk-police"], 1)
# Russian inflection
q("колонны военные", ["ru-column"], 1)
q("пожилых людей", ["ru-elderly"], 1)
q("министерства регистрация беженцев", ["ru-ministry"], 1)
q("таможни", ["ru-customs"], 1)
# Polish inflection and no diacritics
q("wojewoda akademik", ["pl-voivode"], 1)
q("negocjacjach z wojewodą", ["pl-voivode"], 1)
q("przemoc domowa policja", ["pl-violence"], 1)
q("darczynca budzet", ["pl-grant"], 1)
q("szkole dzieci Krakow", ["pl-school"], 1)
q("granica Przemysl", ["pl-border"], 1)
# Romanian inflection and no diacritics
q("negociere primarie", ["ro-townhall"], 1)
q("negocierea", ["ro-townhall"], 2)
q("vama Siret ajutoare", ["ro-siret"], 1)
q("ministerul munca", ["ro-ministry"], 1)
q("adapost iarna", ["ro-chisinau"], 1)
q("finantatorul prelungire", ["ro-funder"], 1)
q("violenta politia", ["ro-violence"], 1)
# filters with text, across languages
q("context:protection_gbv", ["uk-police","pl-violence","ro-violence"], 3)
q("budżet country:PL", ["pl-grant"], 1)
q("lang:ro country:MD", ["ro-chisinau"], 1)
q("outcome:partial year:2023 ліки", ["uk-hospital"], 1)
json.dump(dict(documents=D, queries=Q), open(__import__("os").path.join(__import__("os").path.dirname(__file__), "..", "tests", "data", "search_corpus.json"),"w"), ensure_ascii=False, indent=1)
print(len(D), len(Q))
