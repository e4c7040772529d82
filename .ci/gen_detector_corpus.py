"""Builds tests/data/detector_corpus.jsonl: fictional case-study text in English, Ukrainian,
Russian, Polish and Romanian with every piece of PII labelled by kind and code-point span.

    python3 .ci/gen_detector_corpus.py > tests/data/detector_corpus.jsonl

Each line: {"lang", "text", "spans": [{"kind", "start", "end", "text"}], "ordinary": [[s, e]]}
where "ordinary" marks capitalised words that must NOT be flagged (countries, UN agencies,
weekdays, months, sentence starts).

To keep the evaluation honest, about half of the given names below are NOT in the detector's
list (src/moderation/detector/data/first_names.txt), many surnames have no telltale ending,
and the invented villages are in no gazetteer: they can only be found from context.
"""
import json
import random

random.seed(20261128)

# (nominative, instrumental/with-form, dative/locative-form) — listed and held-out names.
NAMES = {
    "uk": {
        "first": [("Оксана", "Оксаною", "Оксані"), ("Петро", "Петром", "Петрові"), ("Ксенія", "Ксенією", "Ксенії"),
                  ("Злата", "Златою", "Златі"), ("Вероніка", "Веронікою", "Вероніці"), ("Тимофій", "Тимофієм", "Тимофію"),
                  ("Олена", "Оленою", "Олені"), ("Богдан", "Богданом", "Богданові"), ("Стефанія", "Стефанією", "Стефанії")],
        "last": ["Коваленко", "Бондаренко", "Ткачук", "Савчук", "Шевчук", "Кравченко", "Гнатюк", "Лисенко", "Мельник", "Олійник", "Марченко", "Руденко"],
    },
    "ru": {
        "first": [("Елена", "Еленой", "Елене"), ("Зинаида", "Зинаидой", "Зинаиде"), ("Эльвира", "Эльвирой", "Эльвире"),
                  ("Дмитрий", "Дмитрием", "Дмитрию"), ("Аркадий", "Аркадием", "Аркадию"), ("Наталья", "Натальей", "Наталье"),
                  ("Вероника", "Вероникой", "Веронике"), ("Глеб", "Глебом", "Глебу")],
        "last": ["Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Лебедева", "Козлова", "Морозов", "Волков", "Павленко"],
    },
    "pl": {
        "first": [("Agnieszka", "Agnieszką", "Agnieszce"), ("Kinga", "Kingą", "Kindze"), ("Bożena", "Bożeną", "Bożenie"),
                  ("Marta", "Martą", "Marcie"), ("Piotr", "Piotrem", "Piotrowi"), ("Edyta", "Edytą", "Edycie"),
                  ("Zuzanna", "Zuzanną", "Zuzannie"), ("Tomasz", "Tomaszem", "Tomaszowi")],
        "last": ["Kowalska", "Wiśniewska", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Dąbrowska", "Kozłowska", "Nowakowski", "Jankowski"],
    },
    "ro": {
        "first": [("Maria", "Maria", "Mariei"), ("Raluca", "Raluca", "Ralucăi"), ("Anca", "Anca", "Ancăi"), ("Ileana", "Ileana", "Ileanei"),
                  ("Bianca", "Bianca", "Biancăi"), ("Elena", "Elena", "Elenei"), ("Mihai", "Mihai", "lui Mihai"), ("Tudor", "Tudor", "lui Tudor")],
        "last": ["Popescu", "Ionescu", "Munteanu", "Dumitrescu", "Constantinescu", "Georgescu", "Stănescu", "Moldoveanu", "Rusu", "Ciobanu"],
    },
    "en": {
        "first": [("Emma", "Emma", "Emma"), ("Sarah", "Sarah", "Sarah"), ("Fiona", "Fiona", "Fiona"), ("Megan", "Megan", "Megan"),
                  ("Harriet", "Harriet", "Harriet"), ("Bethany", "Bethany", "Bethany"), ("David", "David", "David"), ("Owen", "Owen", "Owen")],
        "last": ["Smith", "Taylor", "Brown", "Walsh", "Hughes", "Doyle", "Kovalenko", "Petrenko", "Sydorenko", "Ionescu"],
    },
}

# Real small places from the gazetteer, and invented villages found only by their cue.
REAL_PLACES = {
    "uk": ["Харків", "Ізюм", "Куп'янськ", "Балаклія", "Бахмут", "Херсон", "Миколаїв", "Суми", "Охтирка", "Ніжин"],
    "ru": ["Харьков", "Одесса", "Херсон", "Тирасполь", "Бельцы", "Кагул", "Сороки", "Измаил"],
    "pl": ["Przemyśl", "Chełm", "Zamość", "Rzeszów", "Lublin", "Hrubieszów", "Medyka", "Jarosław"],
    "ro": ["Suceava", "Siret", "Galați", "Tulcea", "Iași", "Botoșani", "Rădăuți", "Isaccea"],
    "en": ["Kharkiv", "Izium", "Kupiansk", "Kherson", "Mykolaiv", "Chisinau", "Balti", "Przemysl", "Suceava"],
}
FICTIONAL_VILLAGES = {
    "uk": ["Зорянівка", "Вишневе Поле", "Дубрівка-Мала", "Ластівчине", "Тиховоди"],
    "ru": ["Заречное-Малое", "Светлоречье", "Ясногорка", "Тихоречье"],
    "pl": ["Wierzbołęka", "Jaskółkowo", "Zielonodół", "Krzywopole"],
    "ro": ["Valea Mierlei", "Poienița de Sus", "Dealu Vulturului", "Cireșeni"],
    "en": ["Zorianivka", "Vyshneve Pole", "Lastivchyne", "Tykhovody", "Yasnohorka"],
}
ORG_NAMES = ["Nadiya", "Svitanok", "Dobrodiya", "Nadzieja", "Speranța", "Zoria", "Mriya", "Rassvet", "Lumina", "Horizon"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
}
ORDINARY = {
    "en": ["Ukraine", "Moldova", "Poland", "Romania", "UNHCR", "UNICEF", "OCHA", "Monday", "Friday", "March", "the Red Cross"],
    "uk": ["Україна", "Молдова", "Польща", "Румунія", "ООН", "UNHCR", "UNICEF", "Червоний Хрест", "понеділок"],
    "ru": ["Украина", "Молдова", "Польша", "Румыния", "ООН", "UNHCR", "UNICEF", "Красный Крест"],
    "pl": ["Ukraina", "Mołdawia", "Polska", "Rumunia", "ONZ", "UNHCR", "UNICEF", "Czerwony Krzyż"],
    "ro": ["Ucraina", "Moldova", "Polonia", "România", "ONU", "UNHCR", "UNICEF", "Crucea Roșie"],
}


def luhn_number(prefix="4", length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(random.randint(0, 9))
    for check in range(10):
        candidate = digits + [check]
        total = 0
        for i, d in enumerate(reversed(candidate)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10 == 0:
            s = "".join(map(str, candidate))
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(country="UA", length=29):
    body = "".join(str(random.randint(0, 9)) for _ in range(length - 4))
    def value(s):
        return int("".join(str(int(c, 36)) for c in s))
    check = 98 - value(body + country + "00") % 97
    raw = f"{country}{check:02d}{body}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def pesel():
    d = [random.randint(0, 9) for _ in range(10)]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return "".join(map(str, d)) + str((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10)


def cnp():
    d = [random.choice([1, 2, 5, 6])] + [random.randint(0, 9) for _ in range(11)]
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(a * b for a, b in zip(d, w)) % 11
    return "".join(map(str, d)) + str(1 if c == 10 else c)


def rnokpp():
    d = [random.randint(0, 9) for _ in range(9)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return "".join(map(str, d)) + str(sum(a * b for a, b in zip(d, w)) % 11 % 10)


def idnp():
    d = [random.choice([0, 2])] + [random.randint(0, 9) for _ in range(11)]
    return "".join(map(str, d)) + str(sum(a * [7, 3, 1][i % 3] for i, a in enumerate(d)) % 10)


def phone(lang):
    forms = [
        lambda: f"+380 {random.choice(['50', '67', '93', '97'])} {random.randint(100, 999)} {random.randint(10, 99)} {random.randint(10, 99)}",
        lambda: f"+373 {random.randint(60, 79)} {random.randint(100, 999)} {random.randint(100, 999)}",
        lambda: f"+48 {random.randint(500, 799)} {random.randint(100, 999)} {random.randint(100, 999)}",
        lambda: f"+40 7{random.randint(10, 99)} {random.randint(100, 999)} {random.randint(100, 999)}",
        lambda: f"0{random.randint(50, 99)} {random.randint(100, 999)} {random.randint(10, 99)} {random.randint(10, 99)}",
        lambda: f"+380{random.randint(500000000, 999999999)}",
    ]
    return random.choice(forms)()


def plate():
    ua = "ABCEHIKMOPTX"
    return random.choice([
        lambda: f"{random.choice(ua)}{random.choice(ua)} {random.randint(1000, 9999)} {random.choice(ua)}{random.choice(ua)}",
        lambda: f"{random.choice(['WA', 'KR', 'LU', 'RZ'])} {random.randint(10000, 99999)}",
        lambda: f"{random.choice(['B', 'SV', 'IS', 'GL'])} {random.randint(10, 99)} {''.join(random.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
    ])()


def day_date(lang):
    day, month, year = random.randint(1, 28), random.randint(1, 12), random.randint(2014, 2025)
    if random.random() < 0.35:
        return random.choice([f"{day:02d}.{month:02d}.{year}", f"{year}-{month:02d}-{day:02d}", f"{day}/{month:02d}/{year}"])
    m = MONTHS[lang][month - 1]
    if lang == "en":
        return random.choice([f"{day} {m} {year}", f"{m} {day}, {year}", f"{day} {m}"])
    if lang in ("uk", "ru"):
        return random.choice([f"{day} {m} {year} року" if lang == "uk" else f"{day} {m} {year} года", f"{day} {m}"])
    return random.choice([f"{day} {m} {year}", f"{day} {m}"])


def unit(lang):
    n = random.randint(10, 160)
    return {
        "uk": random.choice([f"військова частина А{random.randint(1000, 9999)}", f"в/ч А{random.randint(1000, 9999)}", f"{n}-та окрема бригада", f"{n} бригада"]),
        "ru": random.choice([f"в/ч {random.randint(10000, 99999)}", f"{n}-я бригада", f"{n} бригада"]),
        "pl": random.choice([f"JW {random.randint(1000, 9999)}", f"{n} Brygada", f"jednostka wojskowa {random.randint(1000, 9999)}"]),
        "ro": random.choice([f"Brigada {n}", f"unitatea militară {random.randint(1000, 9999)}", f"Batalionul {n}"]),
        "en": random.choice([f"the {n}th brigade", f"{n}th Brigade", f"military unit A{random.randint(1000, 9999)}", f"Battalion {n}"]),
    }[lang]


def coordinates():
    return random.choice([
        f"{random.uniform(45, 52):.5f}, {random.uniform(22, 38):.5f}",
        f"{random.randint(45, 52)}°{random.randint(0, 59)}′N {random.randint(22, 38)}°{random.randint(0, 59)}′E",
    ])


def org(lang):
    name = random.choice(ORG_NAMES)
    return {
        "en": random.choice([f"the {name} Foundation", f"{name} Association", f"the {name} Charity Network"]),
        "uk": random.choice([f"ГО «{name}»", f"БФ «{name}»", f"фонд «{name}»", f"благодійний фонд «{name}»"]),
        "ru": random.choice([f"фонд «{name}»", f"организация «{name}»"]),
        "pl": random.choice([f"Fundacja {name}", f"Stowarzyszenie {name}", f"fundacja „{name}”"]),
        "ro": random.choice([f"Asociația {name}", f"Fundația {name}", f"ONG-ul „{name}”"]),
    }[lang]


class Doc:
    def __init__(self, lang):
        self.lang, self.text, self.spans, self.ordinary = lang, "", [], []

    def add(self, piece, kind=None):
        start = len(self.text)
        self.text += piece
        if kind == "ordinary":
            self.ordinary.append([start, len(self.text)])
        elif kind:
            self.spans.append({"kind": kind, "start": start, "end": len(self.text), "text": piece})

    def sentence(self, parts):
        """parts: list of (text, kind) or text; the first word is a sentence start."""
        for p in parts:
            if isinstance(p, tuple):
                self.add(*p)
            else:
                self.add(p)
        self.add(" ")


def inflect_surname(lang, last, form):
    """The instrumental ("with") form of a surname where the language declines it."""
    if form != 1:
        return last
    rules = {
        "ru": [("ова", "овой"), ("ева", "евой"), ("ов", "овым"), ("ев", "евым")],
        "pl": [("ska", "ską"), ("cka", "cką"), ("ski", "skim"), ("cki", "ckim")],
    }.get(lang, [])
    for ending, replacement in rules:
        if last.endswith(ending):
            return last[: -len(ending)] + replacement
    return last


def person_parts(lang, form):
    first = random.choice(NAMES[lang]["first"])
    last = inflect_surname(lang, random.choice(NAMES[lang]["last"]), form)
    style = random.random()
    if style < 0.45:
        return (f"{first[form]} {last}", "person")
    if style < 0.7:
        return (first[form], "person")
    return (last, "person")


def templates(lang):
    P = lambda form=0: person_parts(lang, form)
    V = lambda: (random.choice(FICTIONAL_VILLAGES[lang]), "location")
    R = lambda: (random.choice(REAL_PLACES[lang]), "location")
    O = lambda: (org(lang), "organisation")
    D = lambda: (day_date(lang), "date")
    pattern = {
        "phone": lambda: (phone(lang), "phone"),
        "email": lambda: (random.choice(["olena.k", "m.popescu", "a.kowalska", "info", "helpdesk"]) + "@" + random.choice(["example.org", "nadiya.org.ua", "mail.md", "fundacja.pl"]), "email"),
        "url": lambda: (random.choice(["https://nadiya.org.ua/report", "http://www.svitanok.md/contact", "https://example.org/p?id=77", "www.zoria-help.pl"]), "url"),
        # A profile's link ("t.me/…", "instagram.com/…") is a link, as every field split's
        # writer labels it; an account is the name after "@".
        "handle": lambda: (lambda h: (h, "url" if "/" in h else "handle"))(random.choice(["@olena_help", "@m.popescu", "t.me/svitanok_volunteers", "instagram.com/zoria.team"])),
        "plate": lambda: (plate(), "vehicle_plate"),
        "id": lambda: ({"pl": pesel, "ro": cnp, "uk": rnokpp, "ru": idnp, "en": random.choice([pesel, cnp, rnokpp])}[lang](), "id_number"),
        "iban": lambda: (iban(random.choice(["UA", "MD", "PL", "RO"]), random.choice([29, 24, 28, 24])), "iban"),
        "card": lambda: (luhn_number(random.choice(["4", "5", "4149"])), "card"),
        "ip": lambda: (f"{random.randint(10, 223)}.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}", "ip"),
        "coords": lambda: (coordinates(), "coordinates"),
        "unit": lambda: (unit(lang), "military_unit"),
    }
    T = {
        "en": [
            lambda: ["We met ", P(), " at the school."],
            lambda: ["Our driver, ", P(), ", waited at the checkpoint."],
            lambda: [P(), " arranged the meeting with the commander."],
            lambda: ["The head of the council, Mr ", (random.choice(NAMES["en"]["last"]), "person"), ", refused at first."],
            lambda: ["We reached the village of ", V(), " after dark."],
            lambda: ["The convoy left ", R(), " at dawn."],
            lambda: ["Fuel came from ", O(), "."],
            lambda: ["On ", D(), " the road was closed."],
            lambda: ["It happened on ", D(), ", a week before the talks."],
            lambda: ["Call ", pattern["phone"](), " if the line drops."],
            lambda: ["Reports went to ", pattern["email"](), " every week."],
            lambda: ["The list is at ", pattern["url"](), "."],
            lambda: ["The volunteers used ", pattern["handle"](), " to coordinate."],
            lambda: ["The van had plates ", pattern["plate"](), "."],
            lambda: ["Her tax number ", pattern["id"](), " was on the form."],
            lambda: ["The transfer went to ", pattern["iban"](), "."],
            lambda: ["She paid with card ", pattern["card"](), "."],
            lambda: ["The server at ", pattern["ip"](), " was blocked."],
            lambda: ["The meeting point was ", pattern["coords"](), "."],
            lambda: ["Soldiers of ", pattern["unit"](), " guarded the bridge."],
        ],
        "uk": [
            lambda: ["Ми зустрілися з ", P(1), " біля школи."],
            lambda: ["Наш водій ", P(), " чекав на блокпосту."],
            lambda: [P(), " домовилася про зустріч з командиром."],
            lambda: ["Голова громади пан ", (random.choice(NAMES["uk"]["last"]), "person"), " спочатку відмовив."],
            lambda: ["Ми дісталися до села ", V(), " вже в темряві."],
            lambda: ["Ми приїхали в село ", V(), "."],
            lambda: ["Колона виїхала з міста ", R(), " на світанку."],
            lambda: ["Пальне надав ", O(), "."],
            lambda: ["Дорогу перекрили ", D(), "."],
            lambda: ["Телефонуйте ", pattern["phone"](), ", якщо зв'язок зникне."],
            lambda: ["Звіти йшли на ", pattern["email"](), " щотижня."],
            lambda: ["Список є на ", pattern["url"](), "."],
            lambda: ["Волонтери координувалися через ", pattern["handle"](), "."],
            lambda: ["Бус мав номер ", pattern["plate"](), "."],
            lambda: ["Її РНОКПП ", pattern["id"](), " був у заяві."],
            lambda: ["Кошти пішли на рахунок ", pattern["iban"](), "."],
            lambda: ["Вона платила карткою ", pattern["card"](), "."],
            lambda: ["Сервер ", pattern["ip"](), " заблокували."],
            lambda: ["Місце зустрічі: ", pattern["coords"](), "."],
            lambda: ["Міст охороняла ", pattern["unit"](), "."],
        ],
        "ru": [
            lambda: ["Мы встретились с ", P(1), " у школы."],
            lambda: ["Наш водитель ", P(), " ждал на блокпосту."],
            lambda: [P(), " договорилась о встрече с командиром."],
            lambda: ["Глава администрации господин ", (random.choice(NAMES["ru"]["last"]), "person"), " сначала отказал."],
            lambda: ["Мы добрались до села ", V(), " уже затемно."],
            lambda: ["Колонна выехала из города ", R(), " на рассвете."],
            lambda: ["Топливо предоставил ", O(), "."],
            lambda: ["Дорогу перекрыли ", D(), "."],
            lambda: ["Звоните ", pattern["phone"](), ", если связь пропадёт."],
            lambda: ["Отчёты уходили на ", pattern["email"](), "."],
            lambda: ["Список лежит на ", pattern["url"](), "."],
            lambda: ["Волонтёры общались через ", pattern["handle"](), "."],
            lambda: ["У машины был номер ", pattern["plate"](), "."],
            lambda: ["Её IDNP ", pattern["id"](), " был в заявлении."],
            lambda: ["Деньги ушли на счёт ", pattern["iban"](), "."],
            lambda: ["Она платила картой ", pattern["card"](), "."],
            lambda: ["Сервер ", pattern["ip"](), " заблокировали."],
            lambda: ["Точка встречи: ", pattern["coords"](), "."],
            lambda: ["Мост охраняла ", pattern["unit"](), "."],
        ],
        "pl": [
            lambda: ["Spotkałyśmy się z ", P(1), " przy szkole."],
            lambda: ["Nasz kierowca ", P(), " czekał na punkcie kontrolnym."],
            lambda: [P(), " umówiła spotkanie z komendantem."],
            lambda: ["Wójt gminy, pan ", (random.choice(NAMES["pl"]["last"]), "person"), ", najpierw odmówił."],
            lambda: ["Dotarłyśmy do wsi ", V(), " po zmroku."],
            lambda: ["Konwój wyjechał z miasta ", R(), " o świcie."],
            lambda: ["Paliwo przekazała ", O(), "."],
            lambda: ["Drogę zamknięto ", D(), "."],
            lambda: ["Dzwońcie pod ", pattern["phone"](), ", gdy zerwie się połączenie."],
            lambda: ["Raporty szły na ", pattern["email"](), "."],
            lambda: ["Lista jest na ", pattern["url"](), "."],
            lambda: ["Wolontariuszki koordynowały się przez ", pattern["handle"](), "."],
            lambda: ["Bus miał numer ", pattern["plate"](), "."],
            lambda: ["Jej PESEL ", pattern["id"](), " był we wniosku."],
            lambda: ["Przelew poszedł na ", pattern["iban"](), "."],
            lambda: ["Zapłaciła kartą ", pattern["card"](), "."],
            lambda: ["Serwer ", pattern["ip"](), " zablokowano."],
            lambda: ["Miejsce spotkania: ", pattern["coords"](), "."],
            lambda: ["Mostu pilnowała ", pattern["unit"](), "."],
        ],
        "ro": [
            lambda: ["Ne-am întâlnit cu ", P(), " la școală."],
            lambda: ["Șoferul nostru, ", P(), ", a așteptat la punctul de control."],
            lambda: [P(), " a aranjat întâlnirea cu comandantul."],
            lambda: ["Primarul, domnul ", (random.choice(NAMES["ro"]["last"]), "person"), ", a refuzat la început."],
            lambda: ["Am ajuns în satul ", V(), " după lăsarea serii."],
            lambda: ["Convoiul a plecat din orașul ", R(), " în zori."],
            lambda: ["Combustibilul a venit de la ", O(), "."],
            lambda: ["Drumul a fost închis pe ", D(), "."],
            lambda: ["Sunați la ", pattern["phone"](), " dacă se întrerupe legătura."],
            lambda: ["Rapoartele mergeau la ", pattern["email"](), "."],
            lambda: ["Lista este pe ", pattern["url"](), "."],
            lambda: ["Voluntarii se coordonau prin ", pattern["handle"](), "."],
            lambda: ["Duba avea numărul ", pattern["plate"](), "."],
            lambda: ["CNP-ul ei ", pattern["id"](), " era în cerere."],
            lambda: ["Banii au mers în contul ", pattern["iban"](), "."],
            lambda: ["A plătit cu cardul ", pattern["card"](), "."],
            lambda: ["Serverul ", pattern["ip"](), " a fost blocat."],
            lambda: ["Punctul de întâlnire: ", pattern["coords"](), "."],
            lambda: ["Podul era păzit de ", pattern["unit"](), "."],
        ],
    }
    # Held-out phrasings: written after the detector's rules were tuned on the templates above
    # and never used to tune them, so they measure how the rules generalise.
    H = {
        "en": [
            lambda: ["According to ", P(), ", the commander changed his mind."],
            lambda: ["Together with ", P(), " we drafted the letter."],
            lambda: [P(), " helped us cross the bridge."],
            lambda: ["Near ", R(), " the fuel ran out."],
            lambda: ["We stayed two nights in ", V(), "."],
            lambda: ["The letter was signed by ", O(), " and the mayor."],
            lambda: ["The meeting was set for ", D(), "."],
        ],
        "uk": [
            lambda: ["За словами ", P(), ", командир передумав."],
            lambda: ["Разом із ", P(1), " ми написали лист."],
            lambda: [P(), " допомогла нам перетнути міст."],
            lambda: ["Біля ", R(), " скінчилося пальне."],
            lambda: ["Дві ночі ми провели в селі ", V(), "."],
            lambda: ["Лист підписав ", O(), " разом з мером."],
            lambda: ["Зустріч призначили на ", D(), "."],
        ],
        "ru": [
            lambda: ["По словам ", P(), ", командир передумал."],
            lambda: ["Вместе с ", P(1), " мы написали письмо."],
            lambda: [P(), " помогла нам перейти мост."],
            lambda: ["Возле города ", R(), " кончилось топливо."],
            lambda: ["Две ночи мы провели в селе ", V(), "."],
            lambda: ["Письмо подписал ", O(), " вместе с мэром."],
            lambda: ["Встречу назначили на ", D(), "."],
        ],
        "pl": [
            lambda: ["Według ", P(), " komendant zmienił zdanie."],
            lambda: ["Razem z ", P(1), " napisałyśmy list."],
            lambda: [P(), " pomogła nam przejść przez most."],
            lambda: ["Pod miastem ", R(), " skończyło się paliwo."],
            lambda: ["Dwie noce spędziłyśmy we wsi ", V(), "."],
            lambda: ["List podpisała ", O(), " razem z burmistrzem."],
            lambda: ["Spotkanie wyznaczono na ", D(), "."],
        ],
        "ro": [
            lambda: ["Potrivit lui ", P(), ", comandantul s-a răzgândit."],
            lambda: ["Împreună cu ", P(), " am scris scrisoarea."],
            lambda: [P(), " ne-a ajutat să trecem podul."],
            lambda: ["Lângă orașul ", R(), " s-a terminat combustibilul."],
            lambda: ["Am stat două nopți în satul ", V(), "."],
            lambda: ["Scrisoarea a fost semnată de ", O(), " și de primar."],
            lambda: ["Întâlnirea a fost stabilită pe ", D(), "."],
        ],
    }
    return T[lang] + H[lang]


def test_templates(lang):
    """The test split: phrasings written before any tuning on the ones above, and only ever
    measured, never tuned on."""
    P = lambda form=0: person_parts(lang, form)
    V = lambda: (random.choice(FICTIONAL_VILLAGES[lang]), "location")
    R = lambda: (random.choice(REAL_PLACES[lang]), "location")
    O = lambda: (org(lang), "organisation")
    D = lambda: (day_date(lang), "date")
    return {
        "en": [
            lambda: ["The deputy mayor (", P(), ") promised water."],
            lambda: ["I called ", P(), " the same evening."],
            lambda: ["Everything changed when ", P(), " joined the talks."],
            lambda: ["The shelter in ", R(), " was full."],
            lambda: ["Families from ", V(), " arrived on foot."],
            lambda: ["A lawyer from ", O(), " came with us."],
            lambda: ["By ", D(), " the agreement was signed."],
        ],
        "uk": [
            lambda: ["Заступник мера (", P(), ") пообіцяв воду."],
            lambda: ["Того ж вечора я подзвонила ", (random.choice(NAMES["uk"]["first"])[2], "person"), "."],
            lambda: ["Усе змінилося, коли до переговорів долучилася ", P(), "."],
            lambda: ["Укриття в місті ", R(), " було переповнене."],
            lambda: ["Родини з села ", V(), " прийшли пішки."],
            lambda: ["З нами поїхала юристка з організації ", O(), "."],
            lambda: ["До ", D(), " угоду підписали."],
        ],
        "ru": [
            lambda: ["Заместитель мэра (", P(), ") пообещал воду."],
            lambda: ["В тот же вечер я позвонила ", (random.choice(NAMES["ru"]["first"])[2], "person"), "."],
            lambda: ["Всё изменилось, когда к переговорам присоединилась ", P(), "."],
            lambda: ["Убежище в городе ", R(), " было переполнено."],
            lambda: ["Семьи из села ", V(), " пришли пешком."],
            lambda: ["С нами поехала юрист из ", O(), "."],
            lambda: ["К ", D(), " соглашение подписали."],
        ],
        "pl": [
            lambda: ["Zastępca burmistrza (", P(), ") obiecał wodę."],
            lambda: ["Tego samego wieczoru zadzwoniłam do ", P(), "."],
            lambda: ["Wszystko się zmieniło, gdy do rozmów dołączyła ", P(), "."],
            lambda: ["Schronisko w mieście ", R(), " było pełne."],
            lambda: ["Rodziny ze wsi ", V(), " przyszły pieszo."],
            lambda: ["Pojechała z nami prawniczka z ", O(), "."],
            lambda: ["Do ", D(), " porozumienie zostało podpisane."],
        ],
        "ro": [
            lambda: ["Viceprimarul (", P(), ") a promis apă."],
            lambda: ["În aceeași seară am sunat-o pe ", P(), "."],
            lambda: ["Totul s-a schimbat când ", P(), " s-a alăturat discuțiilor."],
            lambda: ["Adăpostul din orașul ", R(), " era plin."],
            lambda: ["Familiile din satul ", V(), " au venit pe jos."],
            lambda: ["Un avocat de la ", O(), " a venit cu noi."],
            lambda: ["Până pe ", D(), " acordul a fost semnat."],
        ],
    }[lang]


FILLERS = {
    "en": [lambda o: ["Staff of ", (o, "ordinary"), " joined on ", ("Monday", "ordinary"), "."], lambda o: ["In ", (o, "ordinary"), " the rules were different."]],
    "uk": [lambda o: ["Представники ", (o, "ordinary"), " приїхали пізніше."], lambda o: ["У країні ", (o, "ordinary"), " правила інші."]],
    "ru": [lambda o: ["Представители ", (o, "ordinary"), " приехали позже."]],
    "pl": [lambda o: ["Przedstawiciele ", (o, "ordinary"), " przyjechali później."]],
    "ro": [lambda o: ["Reprezentanții ", (o, "ordinary"), " au venit mai târziu."]],
}
STARTERS = {
    "en": ["Then", "After", "When", "Later"], "uk": ["Потім", "Після", "Коли", "Пізніше"],
    "ru": ["Потом", "После", "Когда", "Позже"], "pl": ["Potem", "Po", "Kiedy", "Później"],
    "ro": ["Apoi", "După", "Când", "Mai"],
}
TAILS = {
    "en": " that, we talked for an hour.", "uk": " цього ми говорили годину.", "ru": " этого мы говорили час.",
    "pl": " tym rozmawiałyśmy godzinę.", "ro": " aceea am vorbit o oră.",
}

for split, count, make in [("dev", 60, templates), ("test", 20, test_templates)]:
  for lang in ["en", "uk", "ru", "pl", "ro"]:
    for _ in range(count):
        doc = Doc(lang)
        temps = make(lang)
        for _ in range(random.randint(4, 8)):
            doc.sentence(random.choice(temps)())
        if random.random() < 0.8:
            doc.sentence(random.choice(FILLERS[lang])(random.choice(ORDINARY[lang])))
        starter = random.choice(STARTERS[lang])
        doc.sentence([(starter, "ordinary"), TAILS[lang]])
        text = doc.text.strip()
        # Offsets are code points: Python string indices already are.
        print(json.dumps({"split": split, "lang": lang, "text": text, "spans": doc.spans, "ordinary": doc.ordinary}, ensure_ascii=False))


LANGS = ["en", "uk", "ru", "pl", "ro"]


def emit(split, make_templates, fillers=True):
    """Twenty documents per language from `make_templates(lang)`, printed as corpus lines."""
    for lang in LANGS:
        for _ in range(20):
            doc = Doc(lang)
            temps = make_templates(lang)
            for _ in range(random.randint(4, 8)):
                doc.sentence(random.choice(temps)())
            if fillers and random.random() < 0.8:
                doc.sentence(random.choice(FILLERS[lang])(random.choice(ORDINARY[lang])))
            starter = random.choice(STARTERS[lang])
            doc.sentence([(starter, "ordinary"), TAILS[lang]])
            print(json.dumps({"split": split, "lang": lang, "text": doc.text.strip(), "spans": doc.spans, "ordinary": doc.ordinary}, ensure_ascii=False))


def makers(lang, names, villages):
    """A block's own person (P, in one of three styles), given name in a form (F) and village (V),
    with the shared real places (R), organisations (O) and dates (D)."""
    def P(form=0):
        first = random.choice(names[lang]["first"])
        last = inflect_surname(lang, random.choice(names[lang]["last"]), form)
        style = random.random()
        if style < 0.45:
            return (f"{first[form]} {last}", "person")
        return (first[form], "person") if style < 0.7 else (last, "person")
    F = lambda form: (random.choice(names[lang]["first"])[form], "person")
    V = lambda: (random.choice(villages[lang]), "location")
    R = lambda: (random.choice(REAL_PLACES[lang]), "location")
    O = lambda: (org(lang), "organisation")
    D = lambda: (day_date(lang), "date")
    return P, F, V, R, O, D


def more_dev_templates(lang):
    """More dev phrasings (added 2026-11-28, appended so every line above is unchanged): names in
    the dative, subjects after their verb, names in brackets, "pe"/"do"/"к" before a name. Tuned
    on like the rest of the dev split."""
    P = lambda form=0: person_parts(lang, form)
    F = lambda form: (random.choice(NAMES[lang]["first"])[form], "person")
    return {
        "en": [
            lambda: ["She handed the list to ", P(), " before the talks."],
            lambda: [P(), ", a nurse from the district hospital, kept the records."],
            lambda: ["The colonel would only speak to ", P(), "."],
            lambda: ["It was ", P(), " who found the second route."],
            lambda: ["We thanked our interpreter (", P(), ") twice."],
            lambda: ["Later ", P(), " wrote to us again."],
        ],
        "uk": [
            lambda: ["Ми передали список ", F(2), " перед переговорами."],
            lambda: ["Нас зустріла ", P(), " біля воріт."],
            lambda: ["Командир говорив лише з ", P(1), "."],
            lambda: ["Перекладачка (", P(), ") працювала без вихідних."],
            lambda: ["Це ", P(), " знайшла другий маршрут."],
            lambda: ["Після розмови з ", P(1), " ми повернулися."],
        ],
        "ru": [
            lambda: ["Мы передали список ", F(2), " перед переговорами."],
            lambda: ["Нас встретила ", P(), " у ворот."],
            lambda: ["Командир говорил только с ", P(1), "."],
            lambda: ["Переводчица (", P(), ") работала без выходных."],
            lambda: ["Это ", P(), " нашла второй маршрут."],
            lambda: ["После разговора с ", P(1), " мы вернулись."],
        ],
        "pl": [
            lambda: ["Przekazałyśmy listę ", F(2), " przed rozmowami."],
            lambda: ["Przy bramie czekała na nas ", P(), "."],
            lambda: ["Komendant rozmawiał tylko z ", P(1), "."],
            lambda: ["Tłumaczka (", P(), ") pracowała bez przerwy."],
            lambda: ["To ", P(), " znalazła drugą trasę."],
            lambda: ["Po rozmowie z ", P(1), " wróciłyśmy."],
        ],
        "ro": [
            lambda: ["Am dat lista ", F(2), " înainte de discuții."],
            lambda: ["La poartă ne-a așteptat ", P(), "."],
            lambda: ["Comandantul vorbea doar cu ", P(), "."],
            lambda: ["Traducătoarea (", P(), ") a lucrat fără pauză."],
            lambda: ["Îl cunoșteam pe ", P(), " de mult."],
            lambda: ["După discuția cu ", P(), " ne-am întors."],
        ],
    }[lang]


emit("dev", lambda lang: more_dev_templates(lang) + templates(lang), fillers=False)


# Written 2026-11-28 as the "unseen" split and measured once (person 0.90 to 1.00, location
# 0.52 in Russian), then moved to the dev split and tuned on: given names and surnames used
# nowhere above (about half of the given names are in no list of the detector), new invented
# villages, new phrasings.
UNSEEN_NAMES = {
    "uk": {"first": [("Устим", "Устимом", "Устимові"), ("Лідія", "Лідією", "Лідії"), ("Раїса", "Раїсою", "Раїсі"),
                     ("Зоя", "Зоєю", "Зої"), ("Тарас", "Тарасом", "Тарасові"), ("Галина", "Галиною", "Галині")],
           "last": ["Гончар", "Бойко", "Ярема", "Кушнір", "Левченко", "Мороз"]},
    "ru": {"first": [("Кира", "Кирой", "Кире"), ("Алиса", "Алисой", "Алисе"), ("Инна", "Инной", "Инне"),
                     ("Римма", "Риммой", "Римме"), ("Юлия", "Юлией", "Юлии"), ("Фаина", "Фаиной", "Фаине")],
           "last": ["Белова", "Орлова", "Зайцев", "Тихонова", "Гусев", "Шестак"]},
    "pl": {"first": [("Wanda", "Wandą", "Wandzie"), ("Jolanta", "Jolantą", "Jolancie"), ("Halina", "Haliną", "Halinie"),
                     ("Dorota", "Dorotą", "Dorocie"), ("Krystyna", "Krystyną", "Krystynie"), ("Paula", "Paulą", "Pauli")],
           "last": ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Grabowska", "Pawlak"]},
    "ro": {"first": [("Lucian", "Lucian", "lui Lucian"), ("Cosmin", "Cosmin", "lui Cosmin"), ("Dorina", "Dorina", "Dorinei"),
                     ("Paula", "Paula", "Paulei"), ("Ioana", "Ioana", "Ioanei"), ("Sorin", "Sorin", "lui Sorin")],
           "last": ["Marin", "Tănase", "Barbu", "Sârbu", "Oprea", "Lungu"]},
    "en": {"first": [("Gwen", "Gwen", "Gwen"), ("Imogen", "Imogen", "Imogen"), ("Rosalind", "Rosalind", "Rosalind"),
                     ("Niamh", "Niamh", "Niamh"), ("Gareth", "Gareth", "Gareth"), ("Rhys", "Rhys", "Rhys")],
           "last": ["Fletcher", "Marsh", "Okafor", "Bondar", "Tkachenko", "Lungu"]},
}
UNSEEN_VILLAGES = {
    "uk": ["Очеретянка", "Сонячний Яр"], "ru": ["Камышинка", "Вербное"], "pl": ["Trzcinowo", "Słoneczna Dolina"],
    "ro": ["Valea Salciei", "Trestieni"], "en": ["Ocheretianka", "Soniachnyi Yar"],
}


def unseen_templates(lang):
    P, F, V, R, O, D = makers(lang, UNSEEN_NAMES, UNSEEN_VILLAGES)
    return {
        "en": [
            lambda: [P(), " was waiting for us at the gate."],
            lambda: ["Nobody expected ", P(), " to agree."],
            lambda: ["We owe the deal to ", P(), "."],
            lambda: ["The district nurse, ", P(), ", knew every family."],
            lambda: ["The road to the village of ", V(), " was mined."],
            lambda: ["We slept in a school in ", R(), "."],
            lambda: ["Volunteers from ", O(), " cooked for everyone."],
            lambda: ["The talks resumed on ", D(), "."],
        ],
        "uk": [
            lambda: [P(), " чекала на нас біля воріт."],
            lambda: ["Ніхто не думав, що ", P(), " погодиться."],
            lambda: ["Ми вдячні ", F(2), " за цю угоду."],
            lambda: ["Медсестра ", P(), " знала кожну родину."],
            lambda: ["Дорогу до села ", V(), " замінували."],
            lambda: ["Ми ночували в школі в місті ", R(), "."],
            lambda: ["Волонтери з ", O(), " готували для всіх."],
            lambda: ["Переговори відновили ", D(), "."],
        ],
        "ru": [
            lambda: [P(), " ждала нас у ворот."],
            lambda: ["Никто не думал, что ", P(), " согласится."],
            lambda: ["Мы благодарны ", F(2), " за это соглашение."],
            lambda: ["Медсестра ", P(), " знала каждую семью."],
            lambda: ["Дорогу к селу ", V(), " заминировали."],
            lambda: ["Мы ночевали в школе в городе ", R(), "."],
            lambda: ["Волонтёры из ", O(), " готовили для всех."],
            lambda: ["Переговоры возобновили ", D(), "."],
        ],
        "pl": [
            lambda: [P(), " czekała na nas przy bramie."],
            lambda: ["Nikt nie sądził, że ", P(), " się zgodzi."],
            lambda: ["To porozumienie zawdzięczamy ", F(2), "."],
            lambda: ["Pielęgniarka ", P(), " znała każdą rodzinę."],
            lambda: ["Drogę do wsi ", V(), " zaminowano."],
            lambda: ["Spałyśmy w szkole w mieście ", R(), "."],
            lambda: ["Wolontariusze z ", O(), " gotowali dla wszystkich."],
            lambda: ["Rozmowy wznowiono ", D(), "."],
        ],
        "ro": [
            lambda: [P(), " ne aștepta la poartă."],
            lambda: ["Nimeni nu credea că ", P(), " va accepta."],
            lambda: ["Îi datorăm acordul ", F(2), "."],
            lambda: ["Asistenta ", P(), " cunoștea fiecare familie."],
            lambda: ["Drumul spre satul ", V(), " era minat."],
            lambda: ["Am dormit într-o școală din orașul ", R(), "."],
            lambda: ["Voluntarii de la ", O(), " au gătit pentru toți."],
            lambda: ["Discuțiile s-au reluat pe ", D(), "."],
        ],
    }[lang]


emit("dev", unseen_templates)


# Written 2026-11-28 as the second "unseen" split and measured once (person 0.83 in English,
# 0.95 to 0.99 elsewhere), then moved to the dev split: again names, villages and phrasings
# used nowhere above; most given names are in no list of the detector.
THIRD_NAMES = {
    "uk": {"first": [("Мілана", "Міланою", "Мілані"), ("Орест", "Орестом", "Орестові"), ("Ярина", "Яриною", "Ярині"),
                     ("Остап", "Остапом", "Остапові"), ("Дарина", "Дариною", "Дарині"), ("Влада", "Владою", "Владі")],
           "last": ["Гавриш", "Білик", "Скиба", "Федорів", "Костюк", "Павлюк"]},
    "ru": {"first": [("Ангелина", "Ангелиной", "Ангелине"), ("Снежана", "Снежаной", "Снежане"), ("Всеволод", "Всеволодом", "Всеволоду"),
                     ("Ульяна", "Ульяной", "Ульяне"), ("Вера", "Верой", "Вере"), ("Лилия", "Лилией", "Лилии")],
           "last": ["Медведева", "Крылов", "Жукова", "Соловьёва", "Рябых", "Черных"]},
    "pl": {"first": [("Bogumiła", "Bogumiłą", "Bogumile"), ("Wiesława", "Wiesławą", "Wiesławie"), ("Kazimiera", "Kazimierą", "Kazimierze"),
                     ("Ludmiła", "Ludmiłą", "Ludmile"), ("Stanisława", "Stanisławą", "Stanisławie"), ("Renata", "Renatą", "Renacie")],
           "last": ["Sikora", "Baran", "Pietrzak", "Michalska", "Górecka", "Kaczmarek"]},
    "ro": {"first": [("Smaranda", "Smaranda", "Smarandei"), ("Petruța", "Petruța", "Petruței"), ("Viorel", "Viorel", "lui Viorel"),
                     ("Mirela", "Mirela", "Mirelei"), ("Luminița", "Luminița", "Luminiței"), ("Costel", "Costel", "lui Costel")],
           "last": ["Ungureanu", "Diaconu", "Mocanu", "Pavel", "Neagu", "Ene"]},
    "en": {"first": [("Bronwen", "Bronwen", "Bronwen"), ("Maeve", "Maeve", "Maeve"), ("Tamsin", "Tamsin", "Tamsin"),
                     ("Callum", "Callum", "Callum"), ("Orla", "Orla", "Orla"), ("Fenella", "Fenella", "Fenella")],
           "last": ["Whitfield", "Osei", "Hartley", "Melnyk", "Pryce", "Cartwright"]},
}
THIRD_VILLAGES = {
    "uk": ["Грабове Поле", "Калинове"], "ru": ["Светлый Бор", "Камышеватое"], "pl": ["Olszynka Mała", "Wrzosowo"],
    "ro": ["Valea Teiului", "Frasinești"], "en": ["Kalynove", "Hrabove Pole"],
}


def third_templates(lang):
    P, F, V, R, O, D = makers(lang, THIRD_NAMES, THIRD_VILLAGES)
    return {
        "en": [
            lambda: ["In the end ", P(), " signed the paper."],
            lambda: [P(), " and ", P(), " spent the night at the checkpoint."],
            lambda: ["The mayor's adviser, ", P(), ", called back."],
            lambda: ["A message from ", P(), " reached us at midnight."],
            lambda: ["We drove through the village of ", V(), " without stopping."],
            lambda: ["Water trucks reached ", R(), " on the third day."],
            lambda: ["The generator was a gift from ", O(), "."],
            lambda: ["Since ", D(), " the crossing has been open."],
        ],
        "uk": [
            lambda: ["Зрештою папір підписала ", P(), "."],
            lambda: [P(), " і ", P(), " ночували на блокпосту."],
            lambda: ["Радник мера, ", P(), ", передзвонив."],
            lambda: ["Ми подякували ", F(2), " за допомогу."],
            lambda: ["Ми проїхали через село ", V(), " не зупиняючись."],
            lambda: ["Водовози дісталися міста ", R(), " на третій день."],
            lambda: ["Генератор подарував ", O(), "."],
            lambda: ["З ", D(), " пункт пропуску працює."],
        ],
        "ru": [
            lambda: ["В итоге бумагу подписала ", P(), "."],
            lambda: [P(), " и ", P(), " ночевали на блокпосту."],
            lambda: ["Советник мэра, ", P(), ", перезвонил."],
            lambda: ["Мы сказали спасибо ", F(2), " за помощь."],
            lambda: ["Мы проехали через село ", V(), " не останавливаясь."],
            lambda: ["Водовозы добрались до города ", R(), " на третий день."],
            lambda: ["Генератор подарил ", O(), "."],
            lambda: ["С ", D(), " пункт пропуска открыт."],
        ],
        "pl": [
            lambda: ["W końcu dokument podpisała ", P(), "."],
            lambda: [P(), " i ", P(), " nocowały na punkcie kontrolnym."],
            lambda: ["Doradca burmistrza, ", P(), ", oddzwonił."],
            lambda: ["Podziękowałyśmy ", F(2), " za pomoc."],
            lambda: ["Przejechałyśmy przez wieś ", V(), " bez zatrzymywania."],
            lambda: ["Beczkowozy dotarły do miasta ", R(), " trzeciego dnia."],
            lambda: ["Generator podarowała ", O(), "."],
            lambda: ["Od ", D(), " przejście jest otwarte."],
        ],
        "ro": [
            lambda: ["În final, actul a fost semnat de ", P(), "."],
            lambda: [P(), " și ", P(), " au dormit la punctul de control."],
            lambda: ["Consilierul primarului, ", P(), ", ne-a sunat înapoi."],
            lambda: ["I-am mulțumit ", F(2), " pentru ajutor."],
            lambda: ["Am trecut prin satul ", V(), " fără să oprim."],
            lambda: ["Cisternele au ajuns în orașul ", R(), " a treia zi."],
            lambda: ["Generatorul a fost un dar de la ", O(), "."],
            lambda: ["Din ", D(), " punctul de trecere este deschis."],
        ],
    }[lang]


emit("dev", third_templates)


# Written 2026-11-28 as the third "unseen" split and measured once (person 0.77 in Romanian,
# 0.82 in Ukrainian, 0.88 in Polish, 0.95 in Russian, 1.00 in English), then moved to the dev
# split on 2026-11-29 and tuned on: names, villages and phrasings used nowhere above.
FOURTH_NAMES = {
    "uk": {"first": [("Богуслава", "Богуславою", "Богуславі"), ("Ростислав", "Ростиславом", "Ростиславові"), ("Любомира", "Любомирою", "Любомирі"),
                     ("Добромир", "Добромиром", "Добромирові"), ("Олеся", "Олесею", "Олесі"), ("Мирослав", "Мирославом", "Мирославові")],
           "last": ["Грицай", "Щербак", "Будяк", "Лозинська", "Дорош", "Оліфіренко"]},
    "ru": {"first": [("Агата", "Агатой", "Агате"), ("Эмилия", "Эмилией", "Эмилии"), ("Ростислав", "Ростиславом", "Ростиславу"),
                     ("Милана", "Миланой", "Милане"), ("Таисия", "Таисией", "Таисии"), ("Ярослава", "Ярославой", "Ярославе")],
           "last": ["Ершова", "Суханов", "Кудрявцева", "Дьяченко", "Гладких", "Лаптева"]},
    "pl": {"first": [("Bronisława", "Bronisławą", "Bronisławie"), ("Genowefa", "Genowefą", "Genowefie"), ("Czesława", "Czesławą", "Czesławie"),
                     ("Leokadia", "Leokadią", "Leokadii"), ("Apolonia", "Apolonią", "Apolonii"), ("Zdzisława", "Zdzisławą", "Zdzisławie")],
           "last": ["Wróblewska", "Kubiak", "Jaworska", "Szulc", "Ostrowska", "Cieślak"]},
    "ro": {"first": [("Ruxandra", "Ruxandra", "Ruxandrei"), ("Sânziana", "Sânziana", "Sânzianei"), ("Iulian", "Iulian", "lui Iulian"),
                     ("Ilinca", "Ilinca", "Ilincăi"), ("Despina", "Despina", "Despinei"), ("Radu", "Radu", "lui Radu")],
           "last": ["Pătrașcu", "Dobre", "Nistor", "Vlad", "Cozma", "Surdu"]},
    "en": {"first": [("Saoirse", "Saoirse", "Saoirse"), ("Bethan", "Bethan", "Bethan"), ("Lowri", "Lowri", "Lowri"),
                     ("Ffion", "Ffion", "Ffion"), ("Tegan", "Tegan", "Tegan"), ("Ewan", "Ewan", "Ewan")],
           "last": ["Ashworth", "Mensah", "Kowalczyk", "Thornbury", "Adeyemi", "Holroyd"]},
}
FOURTH_VILLAGES = {
    "uk": ["Журавлине", "Тернова Балка"], "ru": ["Сосновый Лог", "Журавкино"], "pl": ["Żurawiniec", "Cicha Łąka"],
    "ro": ["Valea Cocorilor", "Stejăreni"], "en": ["Zhuravlyne", "Ternova Balka"],
}


def fourth_templates(lang):
    P, F, V, R, O, D = makers(lang, FOURTH_NAMES, FOURTH_VILLAGES)
    return {
        "en": [
            lambda: ["Yesterday ", P(), " crossed the river with us."],
            lambda: ["The convoy leader was ", P(), "."],
            lambda: [P(), " drove the second truck."],
            lambda: ["Everyone trusted ", P(), " after that."],
            lambda: ["The bridge near the village of ", V(), " collapsed."],
            lambda: ["Our warehouse in ", R(), " survived."],
            lambda: ["Blankets came through ", O(), "."],
            lambda: ["The permit expired on ", D(), "."],
        ],
        "uk": [
            lambda: ["Учора ", P(), " переправилася з нами через річку."],
            lambda: ["Колону очолювала ", P(), "."],
            lambda: [P(), " вела другу вантажівку."],
            lambda: ["Після цього всі довіряли ", F(2), "."],
            lambda: ["Міст біля села ", V(), " обвалився."],
            lambda: ["Наш склад у місті ", R(), " вцілів."],
            lambda: ["Ковдри надійшли через ", O(), "."],
            lambda: ["Дозвіл закінчився ", D(), "."],
        ],
        "ru": [
            lambda: ["Вчера ", P(), " переправилась с нами через реку."],
            lambda: ["Колонну возглавляла ", P(), "."],
            lambda: [P(), " вела второй грузовик."],
            lambda: ["После этого все доверяли ", F(2), "."],
            lambda: ["Мост у села ", V(), " обрушился."],
            lambda: ["Наш склад в городе ", R(), " уцелел."],
            lambda: ["Одеяла пришли через ", O(), "."],
            lambda: ["Разрешение истекло ", D(), "."],
        ],
        "pl": [
            lambda: ["Wczoraj ", P(), " przeprawiła się z nami przez rzekę."],
            lambda: ["Kolumną kierowała ", P(), "."],
            lambda: [P(), " prowadziła drugą ciężarówkę."],
            lambda: ["Po tym wszyscy ufali ", F(2), "."],
            lambda: ["Most koło wsi ", V(), " się zawalił."],
            lambda: ["Nasz magazyn w mieście ", R(), " przetrwał."],
            lambda: ["Koce przyszły przez ", O(), "."],
            lambda: ["Zezwolenie wygasło ", D(), "."],
        ],
        "ro": [
            lambda: ["Ieri ", P(), " a trecut râul cu noi."],
            lambda: ["Convoiul era condus de ", P(), "."],
            lambda: [P(), " conducea al doilea camion."],
            lambda: ["După asta toți aveau încredere în ", P(), "."],
            lambda: ["Podul de lângă satul ", V(), " s-a prăbușit."],
            lambda: ["Depozitul nostru din orașul ", R(), " a rezistat."],
            lambda: ["Păturile au venit prin ", O(), "."],
            lambda: ["Permisul a expirat pe ", D(), "."],
        ],
    }[lang]


emit("dev", fourth_templates)


# The "unseen" split (written 2026-11-29 before the rules were tuned on the block above, measured
# once after that, never tuned on): names, villages and phrasings used nowhere above; 4 of the
# 30 given names (Jadwiga, Zbigniew, Florentina, Octavian) are in the detector's list.
FIFTH_NAMES = {
    "uk": {"first": [("Яромира", "Яромирою", "Яромирі"), ("Святослав", "Святославом", "Святославові"), ("Веселина", "Веселиною", "Веселині"),
                     ("Харитон", "Харитоном", "Харитонові"), ("Мальвіна", "Мальвіною", "Мальвіні"), ("Северин", "Северином", "Северинові")],
           "last": ["Сушко", "Дячук", "Литвин", "Ковтун", "Приходько", "Рибак"]},
    "ru": {"first": [("Серафима", "Серафимой", "Серафиме"), ("Леонид", "Леонидом", "Леониду"), ("Антонина", "Антониной", "Антонине"),
                     ("Евдокия", "Евдокией", "Евдокии"), ("Ефим", "Ефимом", "Ефиму"), ("Василиса", "Василисой", "Василисе")],
           "last": ["Громова", "Щукин", "Белых", "Полякова", "Карпенко", "Зуев"]},
    "pl": {"first": [("Jadwiga", "Jadwigą", "Jadwidze"), ("Zbigniew", "Zbigniewem", "Zbigniewowi"), ("Eugenia", "Eugenią", "Eugenii"),
                     ("Felicja", "Felicją", "Felicji"), ("Hieronim", "Hieronimem", "Hieronimowi"), ("Bogna", "Bogną", "Bognie")],
           "last": ["Wawrzyniak", "Sobczak", "Kurek", "Malinowska", "Gajda", "Błaszczyk"]},
    "ro": {"first": [("Florentina", "Florentina", "Florentinei"), ("Octavian", "Octavian", "lui Octavian"), ("Lăcrămioara", "Lăcrămioara", "Lăcrămioarei"),
                     ("Aurelian", "Aurelian", "lui Aurelian"), ("Zamfira", "Zamfira", "Zamfirei"), ("Horia", "Horia", "lui Horia")],
           "last": ["Bălan", "Dragomir", "Țurcanu", "Ciocan", "Gheorghiu", "Apostol"]},
    "en": {"first": [("Philippa", "Philippa", "Philippa"), ("Declan", "Declan", "Declan"), ("Morwenna", "Morwenna", "Morwenna"),
                     ("Eilidh", "Eilidh", "Eilidh"), ("Torin", "Torin", "Torin"), ("Sian", "Sian", "Sian")],
           "last": ["Pemberton", "Achterberg", "Oyelaran", "Featherstone", "Lisowski", "Crabtree"]},
}
FIFTH_VILLAGES = {
    "uk": ["Вербова Криниця", "Лелеківка"], "ru": ["Лебяжье", "Кленовый Яр"], "pl": ["Bocianowo", "Jarzębina Górna"],
    "ro": ["Valea Barzei", "Arinești"], "en": ["Lelekivka", "Verbova Krynytsia"],
}


def fifth_templates(lang):
    P, F, V, R, O, D = makers(lang, FIFTH_NAMES, FIFTH_VILLAGES)
    return {
        "en": [
            lambda: ["At dawn ", P(), " phoned the commander."],
            lambda: ["It was ", P(), " who found the second route."],
            lambda: ["The keys stayed with ", P(), "."],
            lambda: [P(), " refused to leave without the children."],
            lambda: ["Shells hit the school in ", V(), " twice."],
            lambda: ["The families were moved to ", R(), "."],
            lambda: ["Fuel was paid for by ", O(), "."],
            lambda: ["On ", D(), " the first bus left."],
        ],
        "uk": [
            lambda: ["На світанку ", P(), " зателефонувала командирові."],
            lambda: ["Другий маршрут знайшла саме ", P(), "."],
            lambda: ["Ключі ми залишили ", F(2), "."],
            lambda: [P(), " відмовилася їхати без дітей."],
            lambda: ["Снаряди двічі влучили в школу в селі ", V(), "."],
            lambda: ["Родини перевезли до міста ", R(), "."],
            lambda: ["Пальне оплатила ", O(), "."],
            lambda: [D(), " вирушив перший автобус."],
        ],
        "ru": [
            lambda: ["На рассвете ", P(), " позвонила командиру."],
            lambda: ["Второй маршрут нашла именно ", P(), "."],
            lambda: ["Ключи мы оставили ", F(2), "."],
            lambda: [P(), " отказалась уезжать без детей."],
            lambda: ["Снаряды дважды попали в школу в селе ", V(), "."],
            lambda: ["Семьи перевезли в город ", R(), "."],
            lambda: ["Топливо оплатил ", O(), "."],
            lambda: [D(), " ушёл первый автобус."],
        ],
        "pl": [
            lambda: ["O świcie ", P(), " zadzwoniła do dowódcy."],
            lambda: ["Drugą trasę znalazła właśnie ", P(), "."],
            lambda: ["Klucze zostawiłyśmy ", F(2), "."],
            lambda: [P(), " odmówiła wyjazdu bez dzieci."],
            lambda: ["Pociski dwa razy trafiły w szkołę we wsi ", V(), "."],
            lambda: ["Rodziny przewieziono do miasta ", R(), "."],
            lambda: ["Paliwo opłaciła ", O(), "."],
            lambda: [D(), " odjechał pierwszy autobus."],
        ],
        "ro": [
            lambda: ["În zori ", P(), " l-a sunat pe comandant."],
            lambda: ["Al doilea traseu l-a găsit chiar ", P(), "."],
            lambda: ["Cheile i le-am lăsat ", F(2), "."],
            lambda: [P(), " a refuzat să plece fără copii."],
            lambda: ["Obuzele au lovit de două ori școala din satul ", V(), "."],
            lambda: ["Familiile au fost mutate în orașul ", R(), "."],
            lambda: ["Combustibilul a fost plătit de ", O(), "."],
            lambda: [D(), " a plecat primul autobuz."],
        ],
    }[lang]


emit("unseen", fifth_templates)
