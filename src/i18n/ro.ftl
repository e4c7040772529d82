# Parley — română. Cheile: vezi en.ftl.

site-name = Parley

## E-mailuri
mail-footer = Parley — studii de caz împărtășite în încredere. Primiți acest e-mail datorită contului sau invitației dumneavoastră în Parley.
mail-hello = Bună ziua,
mail-hello-name = Bună ziua, { $name },
mail-invite-subject = Invitația dumneavoastră în Parley
mail-invite-by = { $name } vă invită în Parley, forumul închis în care absolventele cursurilor de negociere umanitară împărtășesc studii de caz anonimizate.
mail-invite-anonymous = Sunteți invitată în Parley, forumul închis în care absolventele cursurilor de negociere umanitară împărtășesc studii de caz anonimizate.
mail-invite-what = Fiecare poveste este anonimizată de o moderatoare înainte ca altcineva să o citească, iar dumneavoastră apăreți sub un pseudonim, dacă nu alegeți altfel.
mail-invite-action = Acceptați invitația
mail-invite-expiry =
    { $count ->
        [one] Linkul funcționează o singură dată și expiră în { $count } zi.
        [few] Linkul funcționează o singură dată și expiră în { $count } zile.
       *[other] Linkul funcționează o singură dată și expiră în { $count } de zile.
    }
mail-invite-ignore = Dacă nu vă așteptați la această invitație, ignorați acest e-mail.
mail-reset-subject = Resetați parola Parley
mail-reset-body = Cineva a cerut resetarea parolei contului dumneavoastră Parley. Dacă ați fost dumneavoastră, alegeți o parolă nouă folosind acest link.
mail-reset-action = Alegeți o parolă nouă
mail-reset-ignore = Dacă nu ați fost dumneavoastră, ignorați acest e-mail: parola rămâne neschimbată.
mail-link-expiry-minutes =
    { $count ->
        [one] Linkul funcționează o singură dată și expiră în { $count } minut.
        [few] Linkul funcționează o singură dată și expiră în { $count } minute.
       *[other] Linkul funcționează o singură dată și expiră în { $count } de minute.
    }
mail-email-change-subject = Confirmați noua adresă pentru Parley
mail-email-change-body = Ați cerut ca această adresă să fie folosită pentru contul dumneavoastră Parley. Confirmați-o folosind acest link.
mail-email-change-action = Confirmați adresa
mail-email-change-ignore = Dacă nu ați cerut acest lucru, ignorați acest e-mail.
mail-email-change-notice-subject = Adresa contului dumneavoastră Parley este în curs de schimbare
mail-email-change-notice-body = Cineva conectat la contul dumneavoastră Parley a cerut schimbarea adresei de e-mail. Schimbarea are loc doar după deschiderea linkului trimis la noua adresă.
mail-email-change-notice-help = Dacă nu ați fost dumneavoastră, conectați-vă și schimbați imediat parola, apoi anunțați o administratoare.
mail-decision-published-subject = Studiul dumneavoastră de caz a fost publicat
mail-decision-published-body = „{ $title }” a fost publicat, anonimizat de moderatoare. Vă mulțumim că l-ați împărtășit.
mail-decision-changes_requested-subject = Moderatoarele cer modificări
mail-decision-changes_requested-body = Moderatoarele au citit „{ $title }” și vă cer să îl modificați înainte de a putea fi publicat.
mail-decision-rejected-subject = Textul dumneavoastră nu a fost publicat
mail-decision-rejected-body = Moderatoarele au decis să nu publice „{ $title }”.
mail-decision-reason = Motivul lor:
mail-decision-action = Deschideți în Parley

## Rezumate
digest-subject-daily = Parley azi: { $summary }
digest-subject-weekly = Parley săptămâna aceasta: { $summary }
digest-cases = { $count ->
        [one] { $count } studiu de caz nou
        [few] { $count } studii de caz noi
       *[other] { $count } de studii de caz noi
    }
digest-discussions = { $count ->
        [one] { $count } discuție activă
        [few] { $count } discuții active
       *[other] { $count } de discuții active
    }
digest-replies = { $count ->
        [one] { $count } răspuns la postările tale
        [few] { $count } răspunsuri la postările tale
       *[other] { $count } de răspunsuri la postările tale
    }
digest-new-replies = { $count ->
        [one] { $count } răspuns nou
        [few] { $count } răspunsuri noi
       *[other] { $count } de răspunsuri noi
    }
digest-more = { $count ->
       *[other] …și încă { $count } pe Parley.
    }
digest-intro-daily = Ce este nou pe Parley de la ultimul tău rezumat, din ce urmărești.
digest-intro-weekly = Ce a fost nou pe Parley săptămâna aceasta, din ce urmărești.
digest-heading-cases = Studii de caz noi
digest-heading-discussions = Discuții active
digest-heading-replies = Răspunsuri la postările tale
digest-read = Citește studiul de caz
digest-no-country = Mai multe țări
digest-preferences = Schimbă ce primești
digest-archive = Rezumate anterioare
digest-unsubscribe = Dezabonare
digest-footer = Primești acest rezumat pentru că te-ai abonat la el pe Parley. Conține doar studii de caz anonimizate și publicate de moderatoare.
