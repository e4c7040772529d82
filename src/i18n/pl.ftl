# Parley — polski. Klucze: zob. en.ftl.

site-name = Parley
skip-to-content = Przejdź do treści

## Nawigacja i układ strony
nav-label = Menu główne
nav-sign-in = Zaloguj się
nav-sign-out = Wyloguj się
nav-signed-in-as = Zalogowano jako { $name }
nav-account = Konto
nav-invitations = Zaproszenia
nav-users = Osoby
footer-language = Język
footer-language-apply = Zmień
footer-tagline = Parley — studia przypadków udostępniane w zaufaniu. Nic tutaj nie jest publiczne.
action-save = Zapisz
action-cancel = Anuluj

## Strona startowa
home-title = Witamy
home-lead = Zamknięte forum, na którym absolwentki szkoleń z negocjacji humanitarnych dzielą się zanonimizowanymi studiami przypadków z prowadzonych przez siebie negocjacji — dostęp do osób w potrzebie, punkty kontrolne, władze lokalne, podmioty zbrojne, darczyńcy.
home-promise-invitation-title = Tylko na zaproszenie.
home-promise-invitation = Każda strona wymaga zalogowania na konto członkowskie.
home-promise-anonymised-title = Zanonimizowane, zanim ktokolwiek je przeczyta.
home-promise-anonymised = Przed publikacją moderatorka usuwa z każdego studium przypadku nazwiska, miejsca i daty; oryginał jest następnie usuwany.
home-promise-pseudonym-title = Pod pseudonimem,
home-promise-pseudonym = chyba że zdecydujesz się pokazać swoje imię i nazwisko.
home-welcome = Witaj, { $name }

## Komunikaty po wykonaniu działania
notice-signed-out = Wylogowano.
notice-signed-out-everywhere = Wylogowano na wszystkich urządzeniach.
notice-welcome = Witamy w Parley. Twoje konto jest gotowe.
notice-profile-saved = Profil został zapisany.
notice-email-sent = Wysłaliśmy link potwierdzający na nowy adres. Adres zmieni się po otwarciu tego linku.
notice-email-changed = Adres e-mail został zmieniony.
notice-password-changed = Hasło zostało zmienione. Na pozostałych urządzeniach nastąpiło wylogowanie.
notice-password-reset = Hasło zostało zmienione. Zaloguj się, używając nowego hasła.
notice-2fa-on = Logowanie dwuskładnikowe jest włączone.
notice-2fa-off = Logowanie dwuskładnikowe jest wyłączone.
notice-session-ended = Ta sesja została wylogowana.
notice-account-deleted = Twoje konto zostało usunięte.
notice-invitation-sent = Zaproszenie zostało wysłane.
notice-invitation-revoked = Zaproszenie zostało wycofane; jego link już nie działa.
notice-user-updated = Zapisano. Ta osoba została wylogowana i zobaczy zmianę przy następnym logowaniu.

## Pola formularzy
field-email = Adres e-mail
field-password = Hasło
field-current-password = Obecne hasło
field-new-password = Nowe hasło
field-new-email = Nowy adres e-mail
field-name = Imię i nazwisko
field-language = Język
field-role = Rola
field-cohort = Grupa szkoleniowa
field-code = Kod
password-rules = Co najmniej 12 znaków. Kilka niezwiązanych ze sobą słów łatwo zapamiętać, a trudno odgadnąć.

## Role
role-member = Członkini
role-moderator = Moderatorka
role-admin = Administratorka

## Logowanie
login-title = Logowanie
login-submit = Zaloguj się
login-forgot = Nie pamiętasz hasła?
login-invitation-only = Do Parley można dołączyć tylko na zaproszenie. Jeśli masz za sobą udział w szkoleniu, poproś jego organizatorów o zaproszenie.
login-failed = Adres e-mail lub hasło są nieprawidłowe.
login-code-title = Wpisz kod
login-code-hint = 6-cyfrowy kod z aplikacji uwierzytelniającej albo jeden z Twoich kodów odzyskiwania.
login-code-failed = Ten kod nie zadziałał. Poczekaj na następny i spróbuj ponownie.

## Pierwsze konto administracyjne
setup-title = Utwórz pierwsze konto administracyjne
setup-intro = Parley nie ma jeszcze konta administracyjnego. Konto utworzone tutaj może zapraszać wszystkie pozostałe osoby.
setup-submit = Utwórz konto administracyjne

## Zaproszenia
accept-title = Dołącz do Parley
accept-intro = Zaproszenie zostało wysłane na adres { $email }. Wybierz, pod jakim imieniem chcesz występować, i ustaw hasło.
accept-name-hint = Inne członkinie widzą Twoje imię i nazwisko tylko tam, gdzie zdecydujesz się je pokazać; w pozostałych miejscach występujesz pod pseudonimem.
accept-submit = Utwórz moje konto
invitations-title = Zaproszenia
invitations-send = Wyślij zaproszenie
invitations-list = Wysłane zaproszenia
invitations-state = Stan
invitations-revoke = Wycofaj
invitations-cohort-hint = Szkolenie, np. „Bukareszt 2023”. Opcjonalnie.
invitations-mail-language = Język wiadomości z zaproszeniem
invitations-not-mailed = Zaproszenie zostało utworzone, ale nie udało się wysłać wiadomości. Przekaż ten link samodzielnie, bezpiecznym kanałem:
invitations-queued = Zaproszenie zostało utworzone. Serwer poczty nie odpowiada, więc wiadomość zostanie wysłana, gdy tylko zacznie działać. Jeśli to pilne, przekaż ten link samodzielnie, bezpiecznym kanałem:
invitation-state-pending = Oczekuje
invitation-state-accepted = Przyjęte
invitation-state-revoked = Wycofane
invitation-state-expired = Wygasło

## Resetowanie hasła i potwierdzanie adresu e-mail
reset-title = Zresetuj hasło
reset-intro = Wpisz adres, którego używasz do logowania. Jeśli należy do konta, wyślemy link do ustawienia nowego hasła.
reset-submit = Wyślij link
reset-sent-title = Sprawdź pocztę
reset-sent-body = Jeśli dla tego adresu istnieje konto, wysłaliśmy na niego link. Link działa jeden raz i wygasa w ciągu godziny.
reset-new-title = Ustaw nowe hasło
reset-new-submit = Zapisz nowe hasło
email-confirm-title = Potwierdź nowy adres
email-confirm-intro = Zmienić adres Twojego konta w Parley na { $email }?
email-confirm-submit = Potwierdź
link-invalid-title = Ten link już nie działa

## Konto
account-title = Twoje konto
account-profile = Profil
account-role = Rola: { $role }
account-cohort = Grupa szkoleniowa: { $cohort }
account-name-hint = Widoczne dla innych tylko przy tych studiach przypadków, przy których zdecydujesz się pokazać swoje imię i nazwisko.
account-email = Adres e-mail
account-email-current = Twój adres to { $email }.
account-email-submit = Wyślij link potwierdzający
account-password = Hasło
account-password-submit = Zmień hasło
account-security = Bezpieczeństwo i Twoje dane
account-2fa-link = Logowanie dwuskładnikowe
account-2fa-on = włączone
account-2fa-off = wyłączone
account-sessions-link = Urządzenia zalogowane na Twoje konto
account-export-link = Pobierz swoje dane (JSON)
account-delete-link = Usuń swoje konto

## Logowanie dwuskładnikowe
twofa-title = Logowanie dwuskładnikowe
twofa-required = Moderatorki i administratorki muszą włączyć logowanie dwuskładnikowe, zanim zrobią cokolwiek innego.
twofa-setup-heading = Włącz
twofa-step-app = Zainstaluj w telefonie aplikację uwierzytelniającą (na przykład Aegis, FreeOTP lub Google Authenticator).
twofa-step-scan = Zeskanuj nią ten kod albo wpisz poniższy klucz.
twofa-qr-label = Kod QR zawierający Twój klucz do logowania dwuskładnikowego
twofa-secret-text = Klucz:
twofa-step-code = 6-cyfrowy kod wyświetlany przez aplikację
twofa-enable = Włącz
twofa-is-on = Logowanie dwuskładnikowe jest włączone: po podaniu hasła prosimy o kod z aplikacji.
twofa-codes-left =
    { $count ->
        [one] Masz { $count } niewykorzystany kod odzyskiwania.
        [few] Masz { $count } niewykorzystane kody odzyskiwania.
        [many] Masz { $count } niewykorzystanych kodów odzyskiwania.
       *[other] Masz { $count } niewykorzystanych kodów odzyskiwania.
    }
twofa-new-codes = Wygeneruj nowe kody odzyskiwania
twofa-disable-heading = Wyłącz
twofa-disable = Wyłącz logowanie dwuskładnikowe
codes-title = Twoje kody odzyskiwania
codes-intro = Każdy kod pozwala zalogować się jeden raz, jeśli zgubisz telefon. Przechowuj je w bezpiecznym miejscu, offline; są wyświetlane tylko teraz.
codes-done = Mam je zapisane

## Sesje
sessions-title = Urządzenia zalogowane na Twoje konto
sessions-intro = Wyloguj każde urządzenie, którego nie rozpoznajesz.
sessions-device = Urządzenie
sessions-started = Zalogowano
sessions-last-seen = Ostatnia aktywność
sessions-actions = Działania
sessions-this-one = to urządzenie
sessions-sign-out = Wyloguj
sessions-sign-out-everywhere = Wyloguj wszędzie

## Usuwanie konta
delete-title = Usuń swoje konto
delete-intro = Twoje konto, sesje i ustawienia zostaną natychmiast usunięte. Tej operacji nie można cofnąć.
delete-published-question = Twoje opublikowane studia przypadków
delete-published-keep = Zachowaj je, aby inne osoby mogły się z nich uczyć, z podpisem „była członkini”
delete-published-remove = Usuń je
delete-submit = Usuń moje konto

## Administracja
users-title = Osoby
users-status = Status
users-active = Aktywne
users-disabled = Wyłączone
users-disable = Wyłącz
users-enable = Włącz

## Strony błędów
error-400-title = To się nie udało
error-401-title = Zaloguj się
error-401-body = Ta strona jest przeznaczona dla członkiń. Zaloguj się, aby kontynuować.
error-403-title = Brak dostępu
error-reference = Zgłaszając to administratorce, podaj ten numer:
error-back-home = Wróć na stronę startową
error-status = Błąd { $status }
error-404-title = Nie znaleziono strony
error-404-body = Ta strona nie istnieje albo nie masz do niej dostępu.
error-413-title = Za duży rozmiar
error-413-body = Przesłana treść jest większa, niż przyjmuje Parley.
error-429-title = Prosimy poczekać
error-429-body = Zbyt wiele prób. Odczekaj kilka minut i spróbuj ponownie.
error-500-title = Coś poszło nie tak
error-500-body = Coś poszło nie tak po naszej stronie. Spróbuj ponownie.
error-503-title = Chwilowe przeciążenie
error-503-body = Parley jest chwilowo przeciążone. Spróbuj ponownie za moment.
error-400-body = Parley nie zrozumiał tego żądania. Wróć, sprawdź, co wpisałaś, i spróbuj ponownie.
error-403-body = Nie możesz tego zrobić.
error-409-title = To się w międzyczasie zmieniło
error-409-body = Ktoś (może Ty, w innej karcie) w międzyczasie to zmienił albo jest to już zrobione. Odśwież stronę, żeby zobaczyć, jak jest teraz.
error-422-body = Części tego, co wpisałaś, nie można przyjąć. Wróć i sprawdź.
error-2fa-required = Najpierw włącz logowanie dwuskładnikowe: moderatorki i administratorki muszą z niego korzystać.

## Komunikaty walidacji
error-email-invalid = to nie jest prawidłowy adres e-mail
error-email-same = to już jest Twój adres
error-name-required = to pole jest wymagane
error-name-long = może mieć najwyżej 80 znaków
error-cohort-long = może mieć najwyżej 60 znaków
error-password-short = musi mieć co najmniej 12 znaków
error-password-long = może mieć najwyżej 256 znaków
error-password-weak = jest zbyt popularne lub zbyt łatwe do odgadnięcia; spróbuj kilku niezwiązanych ze sobą słów
error-password-wrong = jest nieprawidłowe
error-link-invalid = Ten link już nie działa. Poproś o nowy, jeśli nadal go potrzebujesz.
error-invitation-invalid = Ten link z zaproszeniem już nie działa. Poproś osobę, która Cię zaprosiła, o nowy.
error-setup-invalid = Ten link konfiguracyjny już nie działa. Uruchom Parley ponownie, aby wyświetlić nowy.
error-totp-code = nie pasuje; sprawdź czas w telefonie i spróbuj następnego kodu
error-totp-enrolment = czas na konfigurację upłynął; rozpocznij ją od nowa

## Wiadomości e-mail
mail-footer = Parley — studia przypadków udostępniane w zaufaniu. Otrzymujesz tę wiadomość w związku ze swoim kontem lub zaproszeniem do Parley.
mail-hello = Dzień dobry,
mail-hello-name = Dzień dobry, { $name },
mail-invite-subject = Twoje zaproszenie do Parley
mail-invite-by = { $name } zaprasza Cię do Parley — zamkniętego forum, na którym absolwentki szkoleń z negocjacji humanitarnych dzielą się zanonimizowanymi studiami przypadków.
mail-invite-anonymous = Zaproszono Cię do Parley — zamkniętego forum, na którym absolwentki szkoleń z negocjacji humanitarnych dzielą się zanonimizowanymi studiami przypadków.
mail-invite-what = Każdą historię moderatorka anonimizuje, zanim ktokolwiek ją przeczyta, a Ty występujesz pod pseudonimem, chyba że zdecydujesz inaczej.
mail-invite-action = Przyjmij zaproszenie
mail-invite-expiry =
    { $count ->
        [one] Link działa jeden raz i wygasa za { $count } dzień.
       *[other] Link działa jeden raz i wygasa za { $count } dni.
    }
mail-invite-ignore = Jeśli nie spodziewałaś się tego zaproszenia, zignoruj tę wiadomość.
mail-reset-subject = Zresetuj hasło do Parley
mail-reset-body = Ktoś poprosił o zresetowanie hasła do Twojego konta w Parley. Jeśli to Ty, ustaw nowe hasło, korzystając z tego linku.
mail-reset-action = Ustaw nowe hasło
mail-reset-ignore = Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.
mail-link-expiry-minutes =
    { $count ->
        [one] Link działa jeden raz i wygasa za { $count } minutę.
        [few] Link działa jeden raz i wygasa za { $count } minuty.
       *[other] Link działa jeden raz i wygasa za { $count } minut.
    }
mail-email-change-subject = Potwierdź nowy adres w Parley
mail-email-change-body = Poprosiłaś o używanie tego adresu dla swojego konta w Parley. Potwierdź go, korzystając z tego linku.
mail-email-change-action = Potwierdź adres
mail-email-change-ignore = Jeśli to nie Ty o to prosiłaś, zignoruj tę wiadomość.
mail-email-change-notice-subject = Adres Twojego konta w Parley jest zmieniany
mail-email-change-notice-body = Ktoś zalogowany na Twoje konto w Parley poprosił o zmianę jego adresu e-mail. Zmiana nastąpi dopiero po otwarciu linku wysłanego na nowy adres.
mail-email-change-notice-help = Jeśli to nie Ty, zaloguj się i natychmiast zmień hasło, a także powiadom administratorkę.
mail-email-taken-subject = Ktoś chciał użyć tego adresu w Parley
mail-email-taken-body = Ktoś zalogowany w Parley poprosił o przeniesienie swojego konta na ten adres. Adres należy już do konta w Parley, więc nic nie zostało zmienione.
mail-email-taken-help = Twoje konto w Parley, jeśli je masz, pozostało nienaruszone: nie musisz nic robić. Jeśli to się powtórzy, powiadom administratorkę.

## Studia przypadków i dyskusje
nav-cases = Studia przypadków
nav-discussions = Dyskusje
nav-my-cases = Moje teksty
cases-title = Studia przypadków
discussions-title = Dyskusje
case-new-title = Napisz studium przypadku
discussion-new-title = Rozpocznij dyskusję
case-edit-title = Edycja
case-page-title = Studium przypadku
case-edit-published-note = Członkinie widzą opublikowaną wersję, dopóki moderatorka nie zatwierdzi Twoich zmian.
case-guidance = Jak pisać: sześć części
case-preview = Podgląd
case-save-draft = Zapisz wersję roboczą
case-submit = Wyślij do weryfikacji
case-submit-hint = Nikt poza Tobą i moderatorkami nie zobaczy tekstu, dopóki moderatorka go nie zanonimizuje i nie opublikuje.
case-original-note = tylko Ty i moderatorki możecie przeczytać ten oryginalny tekst
case-latest-revision = Wersja { $number }
case-moderator-reason = Moderatorki napisały:
case-edit = Edytuj
case-history = Wersje
case-by-you = Napisane przez Ciebie
case-anonymised = zanonimizowane przez moderatorki
case-locked = Ten wątek jest zablokowany: nie można dodawać nowych odpowiedzi.
back-to-thread = Wróć do wątku
history-submitted = Wysłano do weryfikacji
form-has-errors = Popraw pola oznaczone poniżej.
untitled = (bez tytułu)
list-empty = Na razie nic tu nie ma.
list-next = Starsze
filters-title = Filtry
filters-any = Dowolne
filters-apply = Pokaż
filters-clear = Wyczyść filtry
my-cases-title = Moje teksty
my-cases-empty = Nie masz jeszcze żadnych tekstów.
my-cases-status = Status
my-cases-updated = Ostatnia zmiana
reply-count =
    { $count ->
        [one] { $count } odpowiedź
        [few] { $count } odpowiedzi
        [many] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }
reply-label = Twoja odpowiedź
reply-hint = Odpowiedzi są sprawdzane przez moderatorkę, zanim zobaczą je inne osoby. Nie podawaj nazwisk, miejsc ani dat, które mogłyby pozwolić kogokolwiek zidentyfikować.
reply-submit = Odpowiedz
reply-you = Ty
reply-author = Autorka
reply-pending = czeka na moderatorkę
reply-edit = Zmień lub wycofaj
reply-edit-label = Twoja odpowiedź po zmianie
reply-edit-hint = Zmiana jest sprawdzana jak nowa odpowiedź: jeśli czeka na moderatorkę, Twoja odpowiedź nie jest widoczna, dopóki ona nie zdecyduje.
reply-edit-submit = Zapisz zmianę
reply-delete = Wycofaj tę odpowiedź
replies-more = Więcej odpowiedzi
notice-draft-saved = Wersja robocza została zapisana. Inne członkinie jej nie widzą; moderatorki widzą.
notice-submitted = Wysłano do weryfikacji. Moderatorka zanonimizuje tekst, zanim ktokolwiek inny będzie mógł go przeczytać.
notice-thread-deleted = Usunięto.
notice-reply-held = Twoja odpowiedź czeka na moderatorkę.
notice-reply-published = Twoja odpowiedź została opublikowana.
notice-reply-edited = Twoja odpowiedź została zmieniona.
notice-reply-edit-held = Twoja zmiana czeka na moderatorkę; do jej decyzji odpowiedź nie jest widoczna.
notice-reply-deleted = Twoja odpowiedź została wycofana.
notice-reply-invalid = Odpowiedź nie została wysłana: musi mieć od 1 do 20 000 znaków.

## Pola studium przypadku
field-title = Tytuł
field-country = Kraj
field-region = Region
field-region-hint = Obwód, województwo, okręg lub rejon — nigdy miasto ani wieś.
field-context = Kontekst
field-contexts = Konteksty
field-counterpart = Strona negocjacji
field-counterparts = Strony negocjacji
field-period = Kiedy
field-period-hint = Rok i, jeśli chcesz, miesiąc. Nigdy dzień.
field-year = Rok
field-month = Miesiąc
field-outcome = Wynik
field-lessons = Wnioski
field-lessons-hint = Dwa lub trzy zdania, które mogłyby się przydać innej negocjatorce.
field-story = Historia
field-body = Treść
field-markdown-hint = Markdown: ## nagłówek, **pogrubienie**, - lista, [link](https://…). Obrazy są wyświetlane jako linki i nigdy nie są wczytywane.
field-tags = Tagi
field-tags-hint = Oddzielone przecinkami, np. woda, paliwo, ewakuacja medyczna.
field-sensitive = Nazwiska, miejsca i organizacje w Twojej historii
field-sensitive-hint = Jedna pozycja w wierszu. Tę listę widzą tylko moderatorki: pomaga im usunąć każdą z tych pozycji przed publikacją.
field-text-language = Język tekstu
field-language-detect = Wykryj automatycznie
field-show-name = Pokaż moje imię i nazwisko przy tym studium przypadku
field-show-name-hint = Domyślnie występujesz pod pseudonimem, który zmienia się w każdym wątku.

## Szablon z podpowiedziami
template-situation = Sytuacja
template-situation-help = Gdzie i kiedy (najwyżej region, miesiąc i rok), czego potrzebowali ludzie, co stało na przeszkodzie.
template-counterparts = Strony negocjacji
template-counterparts-help = Z kim toczyły się negocjacje — według funkcji, nie nazwiska — i czego te osoby chciały.
template-objectives = Cele
template-objectives-help = Co miało zostać osiągnięte, Twoja granica ustępstw i Twoje alternatywy.
template-approach = Podejście
template-approach-help = Jak wyglądało przygotowanie, kogo zaangażowano, co zaproponowano i o co poproszono, co zmieniło się po drodze.
template-outcome = Wynik
template-outcome-help = Co zostało uzgodnione, a co nie, i co wydarzyło się później.

## Statusy
status-draft = Wersja robocza
status-pending = Czeka na weryfikację
status-changes_requested = Poproszono o zmiany
status-rejected = Nieopublikowane
status-published = Opublikowane
status-hidden = Ukryte przez moderatorki
status-removed = Usunięte
revision-draft = wersja robocza
revision-pending = czeka na weryfikację
revision-changes_requested = poproszono o zmiany
revision-rejected = nieprzyjęta
revision-approved = opublikowana
revision-superseded = zastąpiona

## Miesiące
month-1 = Styczeń
month-2 = Luty
month-3 = Marzec
month-4 = Kwiecień
month-5 = Maj
month-6 = Czerwiec
month-7 = Lipiec
month-8 = Sierpień
month-9 = Wrzesień
month-10 = Październik
month-11 = Listopad
month-12 = Grudzień

## Konteksty
context-humanitarian_access = Dostęp humanitarny
context-checkpoint_movement = Punkty kontrolne i przemieszczanie się
context-local_authorities = Władze lokalne
context-armed_actors = Podmioty zbrojne
context-national_government = Rząd centralny
context-donors = Darczyńcy
context-un_ingo_coordination = Koordynacja ONZ i międzynarodowych organizacji pozarządowych
context-community_leaders = Liderzy społeczności
context-internal_organisational = We własnej organizacji
context-protection_gbv = Ochrona i przemoc ze względu na płeć
context-detention = Pozbawienie wolności
context-evacuation = Ewakuacja
context-other = Inne

## Strony negocjacji
counterpart-armed_group = Grupa zbrojna
counterpart-military = Wojsko
counterpart-police_border_guard = Policja lub straż graniczna
counterpart-local_administration = Administracja lokalna
counterpart-ministry = Ministerstwo
counterpart-donor = Darczyńca
counterpart-un_agency = Agencja ONZ
counterpart-ingo = Międzynarodowa organizacja pozarządowa
counterpart-community_leader = Lider lub liderka społeczności
counterpart-other = Inne

## Wyniki
outcome-agreement = Porozumienie
outcome-partial = Częściowe porozumienie
outcome-no_agreement = Brak porozumienia
outcome-ongoing = W toku

## Walidacja studiów przypadków
error-required = to pole jest wymagane
error-title-long = może mieć najwyżej 200 znaków
error-lessons-long = może mieć najwyżej 2000 znaków
error-body-long = może mieć najwyżej 100 000 znaków
error-reply-long = może mieć najwyżej 20 000 znaków
error-country-unknown = to nie jest kod kraju ISO 3166-1 znany Parley
error-region-unknown = to nie jest region ISO 3166-2 wybranego kraju
error-context-unknown = zawiera kontekst nieznany Parley
error-counterpart-unknown = zawiera rodzaj strony negocjacji nieznany Parley
error-outcome-unknown = musi mieć wartość agreement, partial, no_agreement lub ongoing
error-year-range = musi mieścić się w przedziale od 1990 do bieżącego roku
error-month-range = musi mieścić się w przedziale od 1 do 12
error-tag-long = zawiera tag dłuższy niż 40 znaków
error-tags-many = może zawierać najwyżej 10 tagów
error-term-long = zawiera pozycję dłuższą niż 100 znaków
error-terms-many = może zawierać najwyżej 50 pozycji
error-language = musi być dwuliterowym kodem języka

## Decyzje moderatorek (e-mail)
mail-decision-published-subject = Twoje studium przypadku zostało opublikowane
mail-decision-published-body = „{ $title }” zostało opublikowane po anonimizacji przez moderatorki. Dziękujemy, że się nim podzieliłaś.
mail-decision-changes_requested-subject = Moderatorki proszą o zmiany
mail-decision-changes_requested-body = Moderatorki przeczytały „{ $title }” i proszą o zmiany, zanim tekst będzie mógł zostać opublikowany.
mail-decision-rejected-subject = Twój tekst nie został opublikowany
mail-decision-rejected-body = Moderatorki zdecydowały, że nie opublikują „{ $title }”.
mail-decision-case-number = studium przypadku nr { $id }
mail-decision-reason = Ich uzasadnienie:
mail-decision-action = Otwórz w Parley

## Moderacja
nav-moderation = Moderacja
mod-queue-title = Czeka na weryfikację
mod-queue-empty = Nic nie czeka na weryfikację.
mod-item = Pozycja
mod-waiting-since = Czeka od
mod-claimed-by = Weryfikuje
mod-claimed-by-name = weryfikuje: { $name }
mod-you = Ty
mod-reply = odpowiedź
mod-reply-in = Odpowiedź w wątku
mod-review-title = Weryfikacja
mod-awaiting-second = zatwierdzone raz; czeka na drugą moderatorkę
mod-claim = Zajmę się tym
mod-release = Oddaj
mod-declared = Lista nazwisk, miejsc i organizacji podana przez autorkę
mod-original = Oryginał (mogą go czytać tylko moderatorki i autorka)
mod-findings = Co wykrył detektor
mod-click-to-accept = Kliknij zaznaczone słowo (lub naciśnij na nim Enter), aby je zastąpić albo zostawić; tabela poniżej zmieni się razem z nim.
mod-no-findings = Detektor niczego nie wykrył. Mimo to przeczytaj cały tekst.
mod-accept = Zastąp
mod-kind = Rodzaj
mod-text = Tekst
mod-strategy = Czym zastąpić
mod-strategy-pseudonym = pseudonimem
mod-strategy-generalise = uogólnieniem
mod-strategy-remove = niczym (usuń)
mod-strategy-custom = własnymi słowami
mod-extra-terms = Wszystko, co pominął detektor
mod-extra-terms-hint = Jedna pozycja w wierszu, np. „person: Oksana” lub „location: Vilkhivka”. Zastępowana jest każda forma każdej z nich.
mod-preview = Podgląd zanonimizowanego tekstu
mod-publish-heading = Opublikuj tę wersję
mod-item-number = Studium przypadku nr { $id }
mod-publish-hint = Przeczytaj tekst jeszcze raz i popraw ręcznie wszystko, co trzeba. Publikacja usuwa oryginał.
mod-tags-hint = Członkinie widzą tylko wpisane tu tagi, oddzielone przecinkami. Tag z nazwiskiem lub nazwą miejsca identyfikuje tak samo jak sama historia.
mod-note = Notatka do dziennika moderacji (opcjonalnie)
mod-publish = Opublikuj
mod-send-back = Albo odeślij tekst
mod-reason = Uzasadnienie (autorka je przeczyta)
mod-request-changes = Poproś o zmiany
mod-reject = Odrzuć
mod-reply-title = Odpowiedź czekająca na weryfikację
mod-reply-publish-as = Opublikuj jako
mod-log-title = Dziennik moderacji
mod-when = Kiedy
mod-who = Kto
mod-action = Działanie
mod-flags-title = Zgłoszenia
mod-flags-empty = Brak otwartych zgłoszeń.
mod-flag-resolve = Rozwiązane
mod-flag-dismiss = Oddal
mod-hide = Ukryj
mod-unhide = Pokaż ponownie
mod-lock = Zablokuj
mod-unlock = Odblokuj
flag-title = Zgłoś to moderatorkom
flag-reason = Powód
flag-reason-identifies_someone = Może pozwolić kogoś zidentyfikować
flag-reason-harmful = Jest szkodliwe
flag-reason-off_topic = Jest nie na temat
flag-reason-other = Coś innego
flag-note = Notatka (opcjonalnie)
flag-hint = Nie powtarzaj tutaj wrażliwych szczegółów: moderatorki zobaczą to, co zgłaszasz.
flag-submit = Zgłoś
notice-flagged = Dziękujemy. Moderatorki się temu przyjrzą.
notice-flag-hidden = Dziękujemy. Treść pozostanie ukryta, dopóki nie przyjrzy się jej moderatorka.
notice-published = Opublikowano.
notice-approved-first = Zatwierdzono. Przed publikacją musi to zatwierdzić jeszcze druga moderatorka.
notice-changes-requested = Odesłano do autorki z Twoim uzasadnieniem.
notice-rejected = Odrzucono; autorka otrzymała Twoje uzasadnienie.
notice-reply-rejected = Odpowiedź została odrzucona.
notice-flag-closed = Zgłoszenie zostało zamknięte.
notice-thread-updated = Gotowe.
kind-person = Osoba
kind-location = Miejsce
kind-organisation = Organizacja
kind-date = Data
kind-phone = Telefon
kind-email = E-mail
kind-url = Link
kind-handle = Konto
kind-vehicle_plate = Tablica rejestracyjna
kind-id_number = Numer dokumentu
kind-iban = IBAN
kind-card = Karta
kind-ip = Adres IP
kind-coordinates = Współrzędne
kind-military_unit = Jednostka wojskowa
kind-address = Adres
kind-quasi = Rola lub wiek wskazujące na osobę

## Wyszukiwanie
nav-search = Szukaj
search-title = Wyszukiwanie
search-label = Szukaj w studiach przypadków i dyskusjach
search-submit = Szukaj
search-hint = Dowolny język lub alfabet: „Kharkiv” znajdzie też „Харків”. Frazę wpisz w "cudzysłowie", słowo do pominięcia poprzedź minusem (-słowo), a wyniki zawężaj filtrami, np. country:UA context:armed_actors year:2022..2024 lang:uk.
search-sort = Kolejność
search-sort-relevance = Najlepsze dopasowanie
search-sort-newest = Najpierw najnowsze
search-active-filters = Aktywne filtry
search-remove-filter = Usuń ten filtr
search-facets = Zawęź wyniki
search-count =
    { $count ->
        [one] { $count } wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyników
    }
search-relaxed = Żaden wynik nie zawiera wszystkich wpisanych słów; te zawierają niektóre z nich.
search-corrected = Nic nie znaleziono dla „{ $typed }”. Pokazujemy wyniki dla „{ $words }”.
search-none = Nic nie znaleziono. Spróbuj użyć mniejszej liczby słów lub usuń filtr.
search-pages = Strony wyników
search-previous = Poprzednia
search-next = Następna
search-filter-country = Kraj
search-filter-region = Region
search-filter-context = Kontekst
search-filter-counterpart = Strona negocjacji
search-filter-outcome = Wynik
search-filter-year = Rok
search-filter-lang = Język
search-filter-tag = Tag
search-filter-kind = Rodzaj
case-related = Powiązane studia przypadków

## Przeglądy (e-mail)
digest-subject-daily = Parley dziś: { $summary }
digest-subject-weekly = Parley w tym tygodniu: { $summary }
digest-cases = { $count ->
        [one] { $count } nowe studium przypadku
        [few] { $count } nowe studia przypadków
       *[other] { $count } nowych studiów przypadków
    }
digest-discussions = { $count ->
        [one] { $count } aktywna dyskusja
        [few] { $count } aktywne dyskusje
       *[other] { $count } aktywnych dyskusji
    }
digest-replies = { $count ->
        [one] { $count } odpowiedź na Twoje wpisy
        [few] { $count } odpowiedzi na Twoje wpisy
       *[other] { $count } odpowiedzi na Twoje wpisy
    }
digest-new-replies = { $count ->
        [one] { $count } nowa odpowiedź
        [few] { $count } nowe odpowiedzi
       *[other] { $count } nowych odpowiedzi
    }
digest-more = { $count ->
       *[other] …i jeszcze { $count } w Parley.
    }
digest-intro-daily = Co nowego w Parley od Twojego poprzedniego przeglądu — z tego, co obserwujesz.
digest-intro-weekly = Co nowego było w Parley w tym tygodniu — z tego, co obserwujesz.
digest-heading-cases = Nowe studia przypadków
digest-heading-discussions = Aktywne dyskusje
digest-heading-replies = Odpowiedzi na Twoje wpisy
digest-read = Przeczytaj
digest-no-country = Kilka krajów
digest-preferences = Zmień, co otrzymujesz
digest-archive = Poprzednie przeglądy
digest-unsubscribe = Wypisz się
digest-footer = Otrzymujesz ten przegląd, bo zapisałaś się na niego w Parley. Zawiera tylko studia przypadków zanonimizowane i opublikowane przez moderatorki.

## Przeglądy (strony)
digest-settings-title = Przegląd e-mailem
digest-settings-intro = Przegląd zawiera nowe studia przypadków i aktywne dyskusje z krajów i kontekstów, które obserwujesz. Jeśli nic nie zaznaczysz, otrzymasz wszystkie.
digest-frequency = Jak często
digest-frequency-off = Nigdy
digest-frequency-daily = Codziennie
digest-frequency-weekly = Co tydzień
digest-weekday = Dzień (przeglądy cotygodniowe)
digest-hour = Godzina
digest-time-zone = Strefa czasowa
digest-time-zone-hint = Przeglądy przychodzą o tej godzinie w Twojej strefie czasowej. Jeśli jej nie wybrałaś, proponowana jest strefa Twojej przeglądarki.
digest-countries = Kraje
digest-contexts = Konteksty
digest-tags = Tagi (oddzielone przecinkami)
digest-queries = Zapisane wyszukiwania (jedno w wierszu)
digest-own-replies = Powiadamiaj mnie o nowych odpowiedziach na moje wpisy
digest-save = Zapisz
notice-digest-saved = Ustawienia przeglądu zostały zapisane.
digest-follow-search = Obserwuj to wyszukiwanie w moim przeglądzie
notice-search-followed = To wyszukiwanie jest teraz w Twoim przeglądzie.
digests-title = Poprzednie przeglądy
digests-none = Nie wysłano Ci jeszcze żadnego przeglądu.
digests-items = { $count ->
        [one] { $count } pozycja
        [few] { $count } pozycje
        [many] { $count } pozycji
       *[other] { $count } pozycji
    }
digest-nothing-now = Nic z tego przeglądu nie jest już widoczne.
unsubscribe-title = Wypisz się z przeglądu
unsubscribe-confirm = Zrezygnować z otrzymywania przeglądu Parley na ten adres?
unsubscribe-button = Wypisz się
unsubscribe-done = Wypisano Cię z przeglądu. Nie będziesz już otrzymywać przeglądów. Możesz zapisać się ponownie na stronie swojego konta.
unsubscribe-invalid = Ten link do wypisania się już nie działa. Użyj linku z najnowszego przeglądu albo zmień ustawienia na stronie swojego konta.
admin-digests-title = Wysyłki przeglądów
admin-digests-state = Stan
admin-digests-count = Wysyłki
admin-digests-period = Okres
admin-digests-attempts = Próby
admin-digests-reason = Ostatni błąd
admin-digests-state-pending = Czeka na wysłanie
admin-digests-state-sending = W trakcie wysyłania
admin-digests-state-sent = Wysłano
admin-digests-state-failed = Zaniechano
admin-digests-failed = Nieudane wysyłki
admin-digests-none = Brak nieudanych wysyłek.

# Safety on the device (docs/phone-safety.md)
quick-exit = Szybkie wyjście
quick-exit-hint = Natychmiast opuść Parley: wylogowuje i otwiera neutralną stronę. Trzykrotne naciśnięcie Esc działa tak samo.
login-shared-device = To jest współdzielone urządzenie
login-shared-device-hint = Wyloguj mnie po { $minutes } min bez aktywności i nie zostawiaj niczego na tym urządzeniu.
draft-restored = Twój niewysłany tekst został przywrócony z tego urządzenia. Sprawdź go przed wysłaniem.
draft-kept-hint = Podczas pisania zaszyfrowana kopia zostaje na tym urządzeniu, dopóki nie wyślesz tekstu lub się nie wylogujesz, żeby nic nie zginęło, gdy zerwie się połączenie lub wygaśnie sesja.
device-title = To urządzenie
device-shared = To jest współdzielone urządzenie: wyloguj mnie po { $minutes } min bez aktywności
device-save = Zapisz
notice-device-saved = Zapisano dla tego urządzenia.
footer-safety = Bezpieczeństwo na telefonie
safety-title = Co Parley zostawia na Twoim telefonie
safety-p1 = Szybkie wyjście: przycisk na górze każdej strony lub trzykrotne naciśnięcie Esc od razu kończy sesję, prosi przeglądarkę o zapomnienie plików cookie, zapisanych danych i pamięci podręcznej Parley oraz otwiera neutralną stronę w miejsce bieżącej, więc przycisk „Wstecz” nie wraca do Parley.
safety-p2 = Tytuły stron w kartach i historii przeglądarki to tylko „Parley”: nigdy tytuł studium przypadku, imię ani to, czego szukałaś.
safety-p3 = Gdy piszesz studium przypadku lub odpowiedź, zaszyfrowana kopia jest przechowywana w tej przeglądarce, żeby nic nie zginęło, gdy zerwie się połączenie. Odczytać ją może tylko Twoja zalogowana sesja; po wylogowaniu lub szybkim wyjściu nie da się jej już odczytać, a po trzech dniach jest usuwana.
safety-p4 = Na telefonie, z którego korzystasz nie tylko Ty, zaznacz przy logowaniu „To jest współdzielone urządzenie”: Parley wyloguje Cię po kilku minutach bez aktywności. Możesz to zmienić dla bieżącego urządzenia na stronie konta.
safety-p5 = Czego szybkie wyjście nie potrafi: nie usunie tego, co już zobaczył system telefonu, aplikacja klawiatury, zrzut ekranu lub zainstalowana aplikacja szpiegująca, ani wpisów w historii sprzed otwarcia Parley. Na telefonie, który może zostać sprawdzony, używaj okna prywatnego i wyloguj się po zakończeniu.
preview-findings-title = Zanim wyślesz:
preview-findings-advice = te słowa mogą kogoś zidentyfikować. Usuń je lub zmień teraz — albo zostaw: moderatorki też je zobaczą i zastąpią, zanim ktokolwiek inny przeczyta Twój tekst.

# The start page of a signed-in member
home-queue-waiting =
    { $count ->
        [one] { $count } pozycja czeka
        [few] { $count } pozycje czekają
        [many] { $count } pozycji czeka
       *[other] { $count } pozycji czeka
    }
home-queue-claimed =
    { $count ->
        [one] { $count } wzięta przez Ciebie
        [few] { $count } wzięte przez Ciebie
        [many] { $count } wziętych przez Ciebie
       *[other] { $count } wziętych przez Ciebie
    }
home-new-since =
    { $count ->
        [one] { $count } nowość od Twojej ostatniej wizyty
        [few] { $count } nowości od Twojej ostatniej wizyty
        [many] { $count } nowości od Twojej ostatniej wizyty
       *[other] { $count } nowości od Twojej ostatniej wizyty
    }
home-queue-open = Otwórz kolejkę
home-newest = Najnowsze studia przypadków i dyskusje
home-nothing-yet = Nic jeszcze nie opublikowano.
home-new = nowe
home-replies-title = Odpowiedzi w Twoich wątkach
home-replies-none = Brak nowych odpowiedzi od Twojej ostatniej wizyty.

# Digest settings: checks and weekdays
error-digest-weekday = musi być od 1 (poniedziałek) do 7 (niedziela)
error-digest-hour = musi być od 0 do 23
error-digest-time-zone = musi być strefą czasową, np. Europe/Warsaw, albo nazwą miasta
error-digest-countries = muszą być kody krajów ISO 3166-1, np. PL
error-digest-contexts = zawiera nieznany kontekst
error-digest-tags = najwyżej 20 tagów
error-digest-queries-many = najwyżej 10 zapisanych wyszukiwań
error-digest-query-long = zapisane wyszukiwanie ma najwyżej 200 znaków
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela

# Two-factor sign-in on a phone
twofa-open-app = Na tym telefonie? Otwórz klucz w aplikacji uwierzytelniającej
codes-copy = Skopiuj kody
codes-download = Zapisz je w pliku
codes-copied = Skopiowano.
login-recovery-summary = Użyj kodu odzyskiwania
login-recovery-label = Kod odzyskiwania

# Replacements written into anonymised texts, in the text's language
placeholder-person = Osoba
placeholder-place = Miejsce
placeholder-organisation = Organizacja
placeholder-unit = Jednostka
placeholder-date = Data
placeholder-detail = Szczegół
generalised-village = wieś
generalised-town = miasteczko
generalised-city = miasto
generalised-place = miejsce
generalised-in-region = { $what } ({ $region })
generalised-person = Osoba
generalised-location = miejsce
generalised-organisation = organizacja
generalised-date = data
generalised-phone = numer telefonu usunięty
generalised-email = adres e-mail usunięty
generalised-url = link usunięty
generalised-handle = konto usunięte
generalised-vehicle_plate = pojazd
generalised-id_number = numer dokumentu usunięty
generalised-iban = konto bankowe usunięte
generalised-card = numer karty usunięty
generalised-ip = adres IP usunięty
generalised-coordinates = współrzędne usunięte
generalised-military_unit = jednostka wojskowa
generalised-address = adres
generalised-quasi = osoba pełniąca lokalną funkcję
quasi-health = pracownik ochrony zdrowia z okolicy
quasi-education = osoba z miejscowej szkoły
quasi-clergy = duchowny z okolicy
quasi-official = miejscowy urzędnik
quasi-role = osoba pełniąca lokalną funkcję
quasi-child = dziecko
quasi-age = wiek
quasi-teenager = nastolatek
generalised-aged = w wieku { $from }–{ $to } lat

# Reading across languages
case-translate = Przetłumacz na tym urządzeniu
case-translate-note = Twoja przeglądarka tłumaczy sama: tekst nie opuszcza Twojego urządzenia.

# Refusals (errors that say why): pages show them in the reader's language, the API in English.
refusal-removed = Ten wątek został usunięty.
refusal-rejected-edit = Odrzuconego zgłoszenia nie można edytować.
refusal-waiting = Zgłoszenie czeka na moderatora; teraz nie można go zmienić.
refusal-not-editable = Teraz nie można tego edytować.
refusal-nothing-to-submit = Nie ma nic nowego do wysłania.
refusal-not-pending = Decyzję można podjąć tylko w sprawie zgłoszenia czekającego na sprawdzenie.
refusal-hide = Ukryć można tylko opublikowany wątek.
refusal-unhide = Ponownie pokazać można tylko ukryty wątek.
refusal-lock = Zamknąć lub otworzyć można tylko opublikowany wątek.
refusal-already = Już tak jest.
refusal-replies-published-only = Odpowiadać można tylko w opublikowanych wątkach.
refusal-locked = Wątek jest zamknięty: nie można dodawać odpowiedzi.
refusal-nothing-waiting = W tym wątku nic nie czeka na sprawdzenie.
refusal-claimed = { $name } już się tym zajmuje.
refusal-not-yours = Nie zajmujesz się tym.
refusal-flagged-already = To zostało już przez Ciebie zgłoszone; moderator się tym zajmie.
refusal-flag-closed = To zgłoszenie jest już zamknięte.
refusal-four-eyes = Ta wersja została już przez Ciebie zatwierdzona: musi ją zatwierdzić inny moderator.
refusal-reply-not-waiting = Ta odpowiedź nie czeka na sprawdzenie.
refusal-reply-not-editable = Tej odpowiedzi nie można już zmienić.
refusal-form-unreadable = Nie udało się odczytać formularza.
refusal-json-type = Wyślij treść żądania jako application/json.
refusal-json-invalid = Treść żądania nie jest poprawnym JSON.
refusal-body-unreadable = Nie udało się odczytać treści żądania.
refusal-form-type = Wyślij formularz jako application/x-www-form-urlencoded.
refusal-query-unreadable = Adres zawiera parametry, których nie rozumiemy.
refusal-search-unreadable = Nie udało się odczytać wyszukiwania.
refusal-form-expired = Ten formularz wygasł lub nie pochodzi z Parley. Wróć, odśwież stronę i spróbuj ponownie.
refusal-method = Ten adres nie przyjmuje takiego żądania.
refusal-not-allowed = Nie możesz tego zrobić.
refusal-not-understood = Nie zrozumieliśmy tego żądania.
refusal-metrics = metryki są dostępne tylko z adresów w metrics.allow_from lub z tokenem metryk
refusal-admin-only = Tylko administrator może to zrobić.
refusal-moderator-only = Tylko moderator może to zrobić.
refusal-two-factor-on = Logowanie dwuetapowe jest już włączone.
refusal-staff-keep-two-factor = Moderatorzy i administratorzy muszą mieć włączone logowanie dwuetapowe.
refusal-two-factor-off = Logowanie dwuetapowe jest wyłączone.
refusal-account-exists = Konto z tym adresem e-mail już istnieje.
refusal-last-admin = Parley potrzebuje co najmniej jednego administratora: najpierw nadaj tę rolę komuś innemu.
refusal-last-active-admin = Parley potrzebuje co najmniej jednego aktywnego administratora.
refusal-only-admin-delete = Jesteś jedynym administratorem: zanim usuniesz konto, nadaj tę rolę komuś innemu.
refusal-address-taken = Ten adres należy teraz do innego konta.
refusal-invite-staff = Moderatorzy mogą zapraszać członkinie; moderatorów i administratorów zaprasza tylko administrator.
refusal-has-account = Ta osoba ma już konto.
refusal-admin-invitation-pending = Na ten adres czeka zaproszenie od administratora; zastąpić je może tylko administrator.
refusal-withdraw-staff = Tylko administrator może wycofać zaproszenie dla moderatora lub administratora.
refusal-invitation-used = To zaproszenie zostało już przyjęte lub wycofane.

# Cohorts (issue 23).
error-description-long = może mieć najwyżej 2000 znaków
error-no-such-account = nie należy do żadnego konta
error-cohort-unknown = nie jest nazwą grupy; grupy tworzy administrator
error-audience = musi to być „wszyscy” albo Twoja grupa
error-advice-by = musi być dniem od dziś do roku naprzód, dla dyskusji w grupie
refusal-cohort-exists = Grupa o tej nazwie już istnieje.
field-audience = Kto może to czytać
field-audience-hint = Wszyscy w Parley albo tylko Twoja grupa (osoby z Twojego szkolenia) i moderatorzy.
audience-all = Wszyscy w Parley
audience-cohort = Tylko moja grupa
field-advice-by = Rada potrzebna do (opcjonalnie)
field-advice-by-hint = Dla dyskusji w Twojej grupie: do tego dnia jest pokazywana jako pierwsza w przestrzeni grupy, a przegląd mówi, że prosisz o radę.
case-for-cohort = Tylko dla grupy { $name } i moderatorów
case-advice-by = Rada potrzebna do { $date }
cohorts-title = Grupy
cohorts-intro = Grupa to osoby z jednego szkolenia. Jej wątki widzą tylko członkinie grupy i moderatorzy.
cohorts-mine = Moje grupy
cohorts-none = Nie należysz jeszcze do żadnej grupy.
cohorts-create = Utwórz grupę
cohorts-name = Nazwa
cohorts-description = Opis
cohorts-members = Członkinie
cohorts-add = Dodaj członkinię (adres e-mail)
cohorts-add-button = Dodaj
cohorts-remove = Usuń
cohorts-space-empty = Dla tej grupy nic jeszcze nie opublikowano.
cohorts-start-discussion = Zapytaj grupę
cohorts-advice = Prośby o radę
cohorts-pseudonyms = W grupie kilku osób pseudonim ukrywa Twoje imię, nie Twój głos: inne mogą rozpoznać historię. Pisz to, co powiedziałabyś im na sali.

# Notifications (issue 23).
notice-cohorts-updated = Grupa została zaktualizowana.
nav-notifications = Powiadomienia
nav-unread = nieprzeczytane
notifications-title = Powiadomienia
notifications-empty = Na razie nic nowego dla Ciebie.
notifications-read-all = Oznacz wszystkie jako przeczytane
notifications-new = Nowe
notifications-by-mail = Także e-mailem
notifications-by-mail-hint = Wiadomość mówi tylko, co się stało, z linkiem: nigdy tytuł ani tekst historii.
notifications-save = Zapisz
notice-notifications-saved = Twoje wybory zostały zapisane.
notify-reply = Odpowiedź w Twoim wątku
notify-published = Twoje zgłoszenie zostało opublikowane
notify-changes_requested = Prośba o zmiany w Twoim zgłoszeniu
notify-rejected = Twoje zgłoszenie nie zostało opublikowane
notify-reply_decided = Moderator zdecydował o Twojej odpowiedzi
notify-cohort_thread = Nowe w Twojej grupie
mail-notify-subject = Wiadomości dla Ciebie w Parley
mail-notify-reply = Ktoś odpowiedział w jednym z Twoich wątków.
mail-notify-published = Jedno z Twoich zgłoszeń zostało opublikowane.
mail-notify-changes_requested = Moderatorki proszą o zmiany w jednym z Twoich zgłoszeń.
mail-notify-rejected = Jedno z Twoich zgłoszeń nie zostało opublikowane.
mail-notify-reply_decided = Moderator zdecydował o jednej z Twoich odpowiedzi.
mail-notify-cohort_thread = W jednej z Twoich grup jest coś nowego.
mail-notify-why = Poprosiłaś Parley o powiadomienia e-mailem. Możesz to zmienić na stronie powiadomień.
mail-notify-action = Zobacz powiadomienia
digest-cohort-item = Nowe w Twojej grupie: wątek nr { $id }
