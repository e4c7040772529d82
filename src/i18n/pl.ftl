# Parley — polski. Klucze: zob. en.ftl.

site-name = Parley

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
mail-decision-published-subject = Twoje studium przypadku zostało opublikowane
mail-decision-published-body = „{ $title }” zostało opublikowane po anonimizacji przez moderatorki. Dziękujemy, że się nim podzieliłaś.
mail-decision-changes_requested-subject = Moderatorki proszą o zmiany
mail-decision-changes_requested-body = Moderatorki przeczytały „{ $title }” i proszą o zmiany, zanim tekst będzie mógł zostać opublikowany.
mail-decision-rejected-subject = Twój tekst nie został opublikowany
mail-decision-rejected-body = Moderatorki zdecydowały, że nie opublikują „{ $title }”.
mail-decision-reason = Ich uzasadnienie:
mail-decision-action = Otwórz w Parley

## Przeglądy
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
