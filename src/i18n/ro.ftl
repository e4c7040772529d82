# Parley — română. Cheile: vezi en.ftl.

site-name = Parley
skip-to-content = Salt la conținut

## Navigare și structura paginii
nav-label = Principal
nav-sign-in = Conectare
nav-sign-out = Deconectare
nav-signed-in-as = Conectată ca { $name }
nav-account = Cont
nav-invitations = Invitații
nav-users = Persoane
footer-language = Limbă
footer-language-apply = Schimbați
footer-tagline = Parley — studii de caz împărtășite în încredere. Nimic de aici nu este public.
action-save = Salvați
action-cancel = Anulați

## Pagina de start
home-title = Bun venit
home-lead = Un forum închis în care absolventele cursurilor de negociere umanitară împărtășesc studii de caz anonimizate despre negocieri pe care le-au condus — accesul la persoanele aflate în nevoie, puncte de control, autorități locale, actori armați, donatori.
home-promise-invitation-title = Doar pe bază de invitație.
home-promise-invitation = Fiecare pagină necesită conectarea ca membră.
home-promise-anonymised-title = Anonimizat înainte de a fi citit de cineva.
home-promise-anonymised = O moderatoare elimină numele, locurile și datele din fiecare studiu de caz înainte de publicare; apoi originalul este șters.
home-promise-pseudonym-title = Sub un pseudonim
home-promise-pseudonym = dacă nu alegeți să vă afișați numele.
home-welcome = Bun venit, { $name }

## Mesaje după o acțiune
notice-signed-out = V-ați deconectat.
notice-signed-out-everywhere = V-ați deconectat de pe toate dispozitivele.
notice-welcome = Bun venit în Parley. Contul dumneavoastră este gata.
notice-profile-saved = Profilul dumneavoastră a fost salvat.
notice-email-sent = Am trimis un link de confirmare la noua dumneavoastră adresă. Adresa se schimbă atunci când îl deschideți.
notice-email-changed = Adresa dumneavoastră de e-mail a fost schimbată.
notice-password-changed = Parola dumneavoastră a fost schimbată. Ați fost deconectată de pe celelalte dispozitive.
notice-password-reset = Parola dumneavoastră a fost schimbată. Conectați-vă cu parola nouă.
notice-2fa-on = Autentificarea în doi pași este activată.
notice-2fa-off = Autentificarea în doi pași este dezactivată.
notice-session-ended = Sesiunea respectivă a fost deconectată.
notice-account-deleted = Contul dumneavoastră a fost șters.
notice-invitation-sent = Invitația este pe drum.
notice-invitation-revoked = Invitația a fost retrasă; linkul ei nu mai funcționează.
notice-user-updated = Salvat. Persoana a fost deconectată și va vedea schimbarea la următoarea conectare.

## Câmpuri de formular
field-email = Adresă de e-mail
field-password = Parolă
field-current-password = Parola actuală
field-new-password = Parola nouă
field-new-email = Adresa de e-mail nouă
field-name = Nume
field-language = Limbă
field-role = Rol
field-cohort = Promoție
field-code = Cod
password-rules = Cel puțin 12 caractere. Câteva cuvinte fără legătură între ele sunt ușor de reținut și greu de ghicit.

## Roluri
role-member = Membră
role-moderator = Moderatoare
role-admin = Administratoare

## Conectare
login-title = Conectare
login-submit = Conectați-vă
login-forgot = Ați uitat parola?
login-invitation-only = Parley este deschis doar pe bază de invitație. Dacă ați participat la un curs, cereți o invitație organizatorilor acestuia.
login-failed = Adresa de e-mail sau parola nu este corectă.
login-code-title = Introduceți codul
login-code-hint = Codul de 6 cifre din aplicația de autentificare sau unul dintre codurile dumneavoastră de recuperare.
login-code-failed = Codul nu a funcționat. Așteptați următorul cod și încercați din nou.

## Primul cont de administrare
setup-title = Creați primul cont de administrare
setup-intro = Parley nu are încă o administratoare. Contul pe care îl creați aici poate invita toate celelalte persoane.
setup-submit = Creați contul de administrare

## Invitații
accept-title = Alăturați-vă Parley
accept-intro = Ați fost invitată cu adresa { $email }. Alegeți cum veți apărea și o parolă.
accept-name-hint = Celelalte membre vă văd numele doar acolo unde alegeți să îl afișați; în rest apăreți sub un pseudonim.
accept-submit = Creați contul meu
invitations-title = Invitații
invitations-send = Trimiteți invitația
invitations-list = Invitații trimise
invitations-state = Stare
invitations-revoke = Retrageți
invitations-cohort-hint = Cursul, de ex. „București 2023”. Opțional.
invitations-mail-language = Limba e-mailului de invitație
invitations-not-mailed = Invitația a fost creată, dar e-mailul nu a putut fi trimis. Transmiteți chiar dumneavoastră acest link, pe un canal sigur:
invitations-queued = Invitația a fost creată. Serverul de e-mail nu răspunde, așa că mesajul va fi trimis imediat ce își revine. Dacă este urgent, transmiteți chiar dumneavoastră acest link, pe un canal sigur:
invitation-state-pending = În așteptare
invitation-state-accepted = Acceptată
invitation-state-revoked = Retrasă
invitation-state-expired = Expirată

## Resetarea parolei și confirmarea adresei de e-mail
reset-title = Resetați parola
reset-intro = Introduceți adresa cu care vă conectați. Dacă aparține unui cont, vă vom trimite un link pentru a alege o parolă nouă.
reset-submit = Trimiteți linkul
reset-sent-title = Verificați-vă e-mailul
reset-sent-body = Dacă există un cont pentru această adresă, i-am trimis un link. Linkul funcționează o singură dată și expiră în cel mult o oră.
reset-new-title = Alegeți o parolă nouă
reset-new-submit = Salvați parola nouă
email-confirm-title = Confirmați noua adresă
email-confirm-intro = Schimbați adresa contului dumneavoastră Parley în { $email }?
email-confirm-submit = Confirmați
link-invalid-title = Acest link nu mai funcționează

## Cont
account-title = Contul dumneavoastră
account-profile = Profil
account-role = Rol: { $role }
account-cohort = Promoție: { $cohort }
account-name-hint = Este afișat celorlalte persoane doar în studiile de caz în care alegeți să vă afișați numele.
account-email = Adresă de e-mail
account-email-current = Adresa dumneavoastră este { $email }.
account-email-submit = Trimiteți linkul de confirmare
account-password = Parolă
account-password-submit = Schimbați parola
account-security = Securitatea și datele dumneavoastră
account-2fa-link = Autentificare în doi pași
account-2fa-on = activată
account-2fa-off = dezactivată
account-sessions-link = Unde sunteți conectată
account-export-link = Descărcați datele dumneavoastră (JSON)
account-delete-link = Ștergeți contul

## Autentificare în doi pași
twofa-title = Autentificare în doi pași
twofa-required = Moderatoarele și administratoarele trebuie să activeze autentificarea în doi pași înainte de orice altceva.
twofa-setup-heading = Activați-o
twofa-step-app = Instalați pe telefon o aplicație de autentificare (de exemplu Aegis, FreeOTP sau Google Authenticator).
twofa-step-scan = Scanați acest cod cu ea sau introduceți cheia de mai jos.
twofa-qr-label = Cod QR care conține cheia dumneavoastră pentru autentificarea în doi pași
twofa-secret-text = Cheie:
twofa-step-code = Codul de 6 cifre afișat de aplicație
twofa-enable = Activați
twofa-is-on = Autentificarea în doi pași este activată: după parolă vă cerem un cod din aplicație.
twofa-codes-left =
    { $count ->
        [one] Aveți { $count } cod de recuperare nefolosit.
        [few] Aveți { $count } coduri de recuperare nefolosite.
       *[other] Aveți { $count } de coduri de recuperare nefolosite.
    }
twofa-new-codes = Generați coduri de recuperare noi
twofa-disable-heading = Dezactivați-o
twofa-disable = Dezactivați autentificarea în doi pași
codes-title = Codurile dumneavoastră de recuperare
codes-intro = Fiecare cod vă permite să vă conectați o dată, dacă vă pierdeți telefonul. Păstrați-le într-un loc sigur, offline; sunt afișate doar acum.
codes-done = Le-am salvat

## Sesiuni
sessions-title = Unde sunteți conectată
sessions-intro = Deconectați orice dispozitiv pe care nu îl recunoașteți.
sessions-device = Dispozitiv
sessions-started = Conectare
sessions-last-seen = Ultima activitate
sessions-actions = Acțiuni
sessions-this-one = acest dispozitiv
sessions-sign-out = Deconectați
sessions-sign-out-everywhere = Deconectați-vă de pe toate dispozitivele

## Ștergerea contului
delete-title = Ștergeți contul
delete-intro = Contul, sesiunile și setările dumneavoastră sunt șterse imediat. Acțiunea nu poate fi anulată.
delete-published-question = Studiile dumneavoastră de caz publicate
delete-published-keep = Păstrați-le, ca alte persoane să învețe din ele, semnate „fostă membră”
delete-published-remove = Eliminați-le
delete-submit = Ștergeți contul meu

## Administrare
users-title = Persoane
users-status = Stare
users-active = Activ
users-disabled = Dezactivat
users-disable = Dezactivați
users-enable = Activați

## Pagini de eroare
error-400-title = Nu a funcționat
error-401-title = Vă rugăm să vă conectați
error-401-body = Această pagină este pentru membre. Conectați-vă pentru a continua.
error-403-title = Acces nepermis
error-reference = Dacă anunțați o administratoare, menționați această referință:
error-back-home = Înapoi la pagina de start
error-status = Eroare { $status }
error-404-title = Pagina nu a fost găsită
error-404-body = Această pagină nu există sau nu o puteți vedea.
error-413-title = Prea mare
error-413-body = Ceea ce ați trimis depășește dimensiunea acceptată de Parley.
error-429-title = Vă rugăm să așteptați
error-429-body = Prea multe încercări. Așteptați câteva minute și încercați din nou.
error-500-title = Ceva nu a mers bine
error-500-body = Ceva nu a mers bine la noi. Vă rugăm să încercați din nou.
error-503-title = Ocupat
error-503-body = Parley este ocupat pentru moment. Vă rugăm să încercați din nou în scurt timp.
error-400-body = Parley nu a putut înțelege această cerere. Reveniți, verificați ce ați introdus și încercați din nou.
error-403-body = Nu aveți voie să faceți acest lucru.
error-409-title = Între timp s-a schimbat
error-409-body = Cineva (poate chiar dumneavoastră, în altă filă) a schimbat între timp acest lucru sau este deja făcut. Reîncărcați pagina ca să vedeți cum stau lucrurile.
error-422-body = O parte din ce ați introdus nu poate fi acceptată. Reveniți și verificați.
error-2fa-required = Activați mai întâi autentificarea în doi pași: moderatoarele și administratoarele au nevoie de ea.

## Mesaje de validare
error-email-invalid = nu este o adresă de e-mail validă
error-email-same = este deja adresa dumneavoastră
error-name-required = este un câmp obligatoriu
error-name-long = trebuie să aibă cel mult 80 de caractere
error-cohort-long = trebuie să aibă cel mult 60 de caractere
error-password-short = trebuie să aibă cel puțin 12 caractere
error-password-long = trebuie să aibă cel mult 256 de caractere
error-password-weak = este prea comună sau prea ușor de ghicit; încercați câteva cuvinte fără legătură între ele
error-password-wrong = nu este corectă
error-link-invalid = Acest link nu mai funcționează. Cereți unul nou, dacă încă aveți nevoie de el.
error-invitation-invalid = Acest link de invitație nu mai funcționează. Cereți unul nou persoanei care v-a invitat.
error-setup-invalid = Acest link de configurare nu mai funcționează. Reporniți Parley pentru a afișa unul nou.
error-totp-code = nu se potrivește; verificați ora de pe telefon și încercați codul următor
error-totp-enrolment = a expirat; reluați configurarea

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
mail-email-taken-subject = Cineva a vrut să folosească această adresă în Parley
mail-email-taken-body = Cineva conectat la Parley a cerut mutarea contului său pe această adresă. Adresa aparține deja unui cont Parley, așa că nu s-a schimbat nimic.
mail-email-taken-help = Contul dumneavoastră Parley, dacă aveți unul, nu a fost atins: nu trebuie să faceți nimic. Dacă se repetă, anunțați o administratoare.

## Studii de caz și discuții
nav-cases = Studii de caz
nav-discussions = Discuții
nav-my-cases = Contribuțiile mele
cases-title = Studii de caz
discussions-title = Discuții
case-new-title = Scrieți un studiu de caz
discussion-new-title = Începeți o discuție
case-edit-title = Editare
case-page-title = Studiu de caz
case-edit-published-note = Membrele văd în continuare versiunea publicată până când o moderatoare vă aprobă modificările.
case-guidance = Cum să îl scrieți: cele șase secțiuni
case-preview = Previzualizare
case-save-draft = Salvați ciorna
case-submit = Trimiteți spre verificare
case-submit-hint = Nimeni în afară de dumneavoastră și de moderatoare nu îl vede până când o moderatoare nu l-a anonimizat și publicat.
case-original-note = doar dumneavoastră și moderatoarele puteți citi acest text original
case-latest-revision = Versiunea { $number }
case-moderator-reason = Moderatoarele au scris:
case-edit = Editați
case-history = Versiuni
case-by-you = Scris de dumneavoastră
case-anonymised = anonimizat de moderatoare
case-locked = Acest fir de discuție este blocat: nu se mai pot adăuga răspunsuri.
back-to-thread = Înapoi la firul de discuție
history-submitted = Trimis spre verificare
form-has-errors = Vă rugăm să corectați câmpurile marcate mai jos.
untitled = (fără titlu)
list-empty = Deocamdată nu există nimic aici.
list-next = Mai vechi
filters-title = Filtrare
filters-any = Oricare
filters-apply = Afișați
filters-clear = Ștergeți filtrele
my-cases-title = Contribuțiile mele
my-cases-empty = Nu ați scris încă nimic.
my-cases-status = Stare
my-cases-updated = Ultima modificare
reply-count =
    { $count ->
        [one] { $count } răspuns
        [few] { $count } răspunsuri
       *[other] { $count } de răspunsuri
    }
reply-label = Răspunsul dumneavoastră
reply-hint = Răspunsurile sunt verificate de o moderatoare înainte ca alte persoane să le vadă. Nu numiți persoane, locuri sau date care ar putea identifica pe cineva.
reply-submit = Răspundeți
reply-you = Dumneavoastră
reply-author = Autoarea
reply-pending = așteaptă o moderatoare
reply-edit = Modificați sau retrageți
reply-edit-label = Răspunsul dumneavoastră, modificat
reply-edit-hint = O modificare este verificată ca un răspuns nou: dacă așteaptă o moderatoare, răspunsul nu este afișat până când ea decide.
reply-edit-submit = Salvați modificarea
reply-delete = Retrageți acest răspuns
replies-more = Mai multe răspunsuri
notice-draft-saved = Ciorna a fost salvată. Celelalte membre nu o pot vedea; moderatoarele o pot vedea.
notice-submitted = Trimis spre verificare. O moderatoare îl va anonimiza înainte ca altcineva să îl poată citi.
notice-thread-deleted = Șters.
notice-reply-held = Răspunsul dumneavoastră așteaptă o moderatoare.
notice-reply-published = Răspunsul dumneavoastră a fost publicat.
notice-reply-edited = Răspunsul dumneavoastră a fost modificat.
notice-reply-edit-held = Modificarea dumneavoastră așteaptă o moderatoare; până la decizia ei, răspunsul nu este afișat.
notice-reply-deleted = Răspunsul dumneavoastră a fost retras.
notice-reply-invalid = Răspunsul nu a fost trimis: trebuie să aibă între 1 și 20.000 de caractere.

## Câmpurile studiului de caz
field-title = Titlu
field-country = Țară
field-region = Regiune
field-region-hint = Oblastul, voievodatul, județul sau raionul — niciodată un oraș sau un sat.
field-context = Context
field-contexts = Contexte
field-counterpart = Interlocutor
field-counterparts = Interlocutori
field-period = Când
field-period-hint = Anul și, dacă doriți, luna. Niciodată ziua.
field-year = An
field-month = Lună
field-outcome = Rezultat
field-lessons = Lecții
field-lessons-hint = Două sau trei fraze de care s-ar putea folosi o altă negociatoare.
field-story = Povestea
field-body = Text
field-markdown-hint = Markdown: ## titlu, **aldin**, - listă, [link](https://…). Imaginile sunt afișate ca linkuri, niciodată încărcate.
field-tags = Etichete
field-tags-hint = Separate prin virgulă, de ex. apă, combustibil, evacuare medicală.
field-sensitive = Nume, locuri și organizații din povestea dumneavoastră
field-sensitive-hint = Câte unul pe rând. Doar moderatoarele văd această listă: le ajută să le elimine pe toate înainte de publicare.
field-text-language = Limba textului
field-language-detect = Detectare automată
field-show-name = Afișați numele meu în acest studiu de caz
field-show-name-hint = Implicit apăreți sub un pseudonim care se schimbă de la un fir de discuție la altul.

## Șablonul ghidat
template-situation = Situație
template-situation-help = Unde și când (cel mult regiunea, luna și anul), de ce aveau nevoie oamenii, ce stătea în cale.
template-counterparts = Interlocutori
template-counterparts-help = Cu cine ați negociat — după rol, nu după nume — și ce doreau aceștia.
template-objectives = Obiective
template-objectives-help = Ce v-ați propus să obțineți, limita dumneavoastră minimă și alternativele pe care le aveați.
template-approach = Abordare
template-approach-help = Cum v-ați pregătit, pe cine ați implicat, ce ați oferit și ce ați cerut, ce s-a schimbat pe parcurs.
template-outcome = Rezultat
template-outcome-help = Ce s-a convenit sau nu și ce s-a întâmplat după aceea.

## Stări
status-draft = Ciornă
status-pending = În așteptarea verificării
status-changes_requested = Modificări cerute
status-rejected = Nepublicat
status-published = Publicat
status-hidden = Ascuns de moderatoare
status-removed = Eliminat
revision-draft = ciornă
revision-pending = în așteptarea verificării
revision-changes_requested = modificări cerute
revision-rejected = neacceptată
revision-approved = publicată
revision-superseded = înlocuită

## Luni
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Contexte
context-humanitarian_access = Acces umanitar
context-checkpoint_movement = Puncte de control și deplasare
context-local_authorities = Autorități locale
context-armed_actors = Actori armați
context-national_government = Guvern național
context-donors = Donatori
context-un_ingo_coordination = Coordonare cu ONU și ONG-urile internaționale
context-community_leaders = Lideri comunitari
context-internal_organisational = În cadrul propriei organizații
context-protection_gbv = Protecție și violență bazată pe gen
context-detention = Detenție
context-evacuation = Evacuare
context-other = Altele

## Interlocutori
counterpart-armed_group = Grup armat
counterpart-military = Armată
counterpart-police_border_guard = Poliție sau poliție de frontieră
counterpart-local_administration = Administrație locală
counterpart-ministry = Minister
counterpart-donor = Donator
counterpart-un_agency = Agenție ONU
counterpart-ingo = ONG internațional
counterpart-community_leader = Lider comunitar
counterpart-other = Altul

## Rezultate
outcome-agreement = Acord
outcome-partial = Acord parțial
outcome-no_agreement = Fără acord
outcome-ongoing = În desfășurare

## Validarea studiilor de caz
error-required = este un câmp obligatoriu
error-title-long = trebuie să aibă cel mult 200 de caractere
error-lessons-long = trebuie să aibă cel mult 2.000 de caractere
error-body-long = trebuie să aibă cel mult 100.000 de caractere
error-reply-long = poate avea cel mult 20.000 de caractere
error-country-unknown = nu este un cod de țară ISO 3166-1 cunoscut de Parley
error-region-unknown = nu este o regiune ISO 3166-2 a țării alese
error-context-unknown = conține un context pe care Parley nu îl cunoaște
error-counterpart-unknown = conține un tip de interlocutor pe care Parley nu îl cunoaște
error-outcome-unknown = trebuie să fie agreement, partial, no_agreement sau ongoing
error-year-range = trebuie să fie între 1990 și anul curent
error-month-range = trebuie să fie între 1 și 12
error-tag-long = conține o etichetă mai lungă de 40 de caractere
error-tags-many = poate avea cel mult 10 etichete
error-term-long = conține o intrare mai lungă de 100 de caractere
error-terms-many = poate avea cel mult 50 de intrări
error-language = trebuie să fie un cod de limbă din două litere

## Decizii de moderare, prin e-mail
mail-decision-published-subject = Studiul dumneavoastră de caz a fost publicat
mail-decision-published-body = „{ $title }” a fost publicat, anonimizat de moderatoare. Vă mulțumim că l-ați împărtășit.
mail-decision-changes_requested-subject = Moderatoarele cer modificări
mail-decision-changes_requested-body = Moderatoarele au citit „{ $title }” și vă cer să îl modificați înainte de a putea fi publicat.
mail-decision-rejected-subject = Textul dumneavoastră nu a fost publicat
mail-decision-rejected-body = Moderatoarele au decis să nu publice „{ $title }”.
mail-decision-case-number = studiul de caz nr. { $id }
mail-decision-reason = Motivul lor:
mail-decision-action = Deschideți în Parley

## Moderare
nav-moderation = Moderare
mod-queue-title = În așteptarea verificării
mod-queue-empty = Nimic nu așteaptă verificarea.
mod-item = Element
mod-waiting-since = În așteptare din
mod-claimed-by = În verificare la
mod-claimed-by-name = în verificare la { $name }
mod-you = dumneavoastră
mod-reply = răspuns
mod-reply-in = Un răspuns în
mod-review-title = Verificare
mod-awaiting-second = aprobat o dată; se așteaptă o a doua moderatoare
mod-claim = Preiau eu verificarea
mod-release = Renunțați la verificare
mod-declared = Lista autoarei cu nume, locuri și organizații
mod-original = Originalul (doar moderatoarele și autoarea îl pot citi)
mod-findings = Ce a găsit detectorul
mod-click-to-accept = Faceți clic pe un cuvânt evidențiat (sau apăsați Enter pe el) pentru a-l înlocui sau a-l păstra; tabelul de mai jos se schimbă odată cu el.
mod-no-findings = Detectorul nu a găsit nimic. Citiți totuși întregul text.
mod-accept = Înlocuiți
mod-kind = Tip
mod-text = Text
mod-strategy = Înlocuiți cu
mod-strategy-pseudonym = un pseudonim
mod-strategy-generalise = o generalizare
mod-strategy-remove = nimic (eliminare)
mod-strategy-custom = propriile mele cuvinte
mod-extra-terms = Ce i-a scăpat detectorului
mod-extra-terms-hint = Câte unul pe rând, de ex. „person: Oksana” sau „location: Vilkhivka”. Fiecare formă a fiecăruia este înlocuită.
mod-preview = Previzualizați textul anonimizat
mod-publish-heading = Publicați această versiune
mod-item-number = Studiul de caz nr. { $id }
mod-publish-hint = Citiți-l încă o dată și corectați manual orice este nevoie. Publicarea șterge originalul.
mod-tags-hint = Membrele văd doar etichetele scrise aici, separate prin virgulă. O etichetă care numește o persoană sau un loc identifică la fel de sigur ca povestea.
mod-note = Notă pentru jurnalul de moderare (opțional)
mod-publish = Publicați
mod-send-back = Sau trimiteți-l înapoi
mod-reason = Motiv (autoarea îl citește)
mod-request-changes = Cereți modificări
mod-reject = Respingeți
mod-reply-title = Un răspuns care așteaptă verificarea
mod-reply-publish-as = Publicați-l în această formă
mod-log-title = Jurnal de moderare
mod-when = Când
mod-who = Cine
mod-action = Acțiune
mod-flags-title = Semnalări
mod-flags-empty = Nicio semnalare deschisă.
mod-flag-resolve = Rezolvată
mod-flag-dismiss = Ignorați
mod-hide = Ascundeți
mod-unhide = Afișați din nou
mod-lock = Blocați
mod-unlock = Deblocați
flag-title = Semnalați moderatoarelor
flag-reason = De ce
flag-reason-identifies_someone = Ar putea identifica pe cineva
flag-reason-harmful = Este dăunător
flag-reason-off_topic = Nu are legătură cu subiectul
flag-reason-other = Altceva
flag-note = Notă (opțional)
flag-hint = Nu repetați aici detaliul sensibil: moderatoarele vor vedea ce semnalați.
flag-submit = Semnalați
notice-flagged = Vă mulțumim. Moderatoarele vor examina semnalarea.
notice-flag-hidden = Vă mulțumim. Conținutul este ascuns până când îl examinează o moderatoare.
notice-published = Publicat.
notice-approved-first = Aprobat. O a doua moderatoare trebuie să îl aprobe înainte de publicare.
notice-changes-requested = Trimis înapoi autoarei, împreună cu motivul dumneavoastră.
notice-rejected = Respins; autoarea a primit motivul dumneavoastră.
notice-reply-rejected = Răspunsul a fost respins.
notice-flag-closed = Semnalarea a fost închisă.
notice-thread-updated = Gata.
kind-person = Persoană
kind-location = Loc
kind-organisation = Organizație
kind-date = Dată
kind-phone = Telefon
kind-email = E-mail
kind-url = Link
kind-handle = Cont
kind-vehicle_plate = Număr de înmatriculare
kind-id_number = Număr de identificare
kind-iban = IBAN
kind-card = Card
kind-ip = Adresă IP
kind-coordinates = Coordonate
kind-military_unit = Unitate militară
kind-address = Adresă
kind-quasi = Rol sau vârstă care identifică o persoană

## Căutare
nav-search = Căutare
search-title = Căutare
search-label = Căutați în studiile de caz și discuții
search-submit = Căutați
search-hint = Orice limbă sau alfabet: "Kharkiv" găsește și "Харків". Folosiți "ghilimele" pentru o expresie, -cuvânt pentru a exclude un cuvânt și filtre precum country:UA context:armed_actors year:2022..2024 lang:uk.
search-sort = Ordine
search-sort-relevance = Cea mai bună potrivire
search-sort-newest = Cele mai noi întâi
search-active-filters = Filtre active
search-remove-filter = Eliminați acest filtru
search-facets = Restrângeți rezultatele
search-count =
    { $count ->
        [one] { $count } rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
search-relaxed = Niciun rezultat nu conține toate cuvintele introduse; acestea conțin o parte dintre ele.
search-corrected = Nu s-a găsit nimic pentru „{ $typed }”. Se afișează rezultatele pentru „{ $words }”.
search-none = Nu s-a găsit nimic. Încercați mai puține cuvinte sau eliminați un filtru.
search-pages = Pagini de rezultate
search-previous = Anterioară
search-next = Următoare
search-filter-country = Țară
search-filter-region = Regiune
search-filter-context = Context
search-filter-counterpart = Interlocutor
search-filter-outcome = Rezultat
search-filter-year = An
search-filter-lang = Limbă
search-filter-tag = Etichetă
search-filter-kind = Tip
case-related = Studii de caz similare

## Rezumate (e-mail)
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
        [one] { $count } răspuns la postările dumneavoastră
        [few] { $count } răspunsuri la postările dumneavoastră
       *[other] { $count } de răspunsuri la postările dumneavoastră
    }
digest-new-replies = { $count ->
        [one] { $count } răspuns nou
        [few] { $count } răspunsuri noi
       *[other] { $count } de răspunsuri noi
    }
digest-more = { $count ->
       *[other] …și încă { $count } pe Parley.
    }
digest-intro-daily = Ce este nou pe Parley de la ultimul dumneavoastră rezumat, din ce urmăriți.
digest-intro-weekly = Ce a fost nou pe Parley săptămâna aceasta, din ce urmăriți.
digest-heading-cases = Studii de caz noi
digest-heading-discussions = Discuții active
digest-heading-replies = Răspunsuri la postările dumneavoastră
digest-read = Citiți studiul de caz
digest-no-country = Mai multe țări
digest-preferences = Schimbați ce primiți
digest-archive = Rezumate anterioare
digest-unsubscribe = Dezabonare
digest-footer = Primiți acest rezumat pentru că v-ați abonat la el pe Parley. Conține doar studii de caz anonimizate și publicate de moderatoare.

## Rezumate (pagini)
digest-settings-title = Rezumat prin e-mail
digest-settings-intro = Un rezumat vă aduce studiile de caz noi și discuțiile active din țările și contextele pe care le urmăriți. Lăsați totul nebifat pentru a le primi pe toate.
digest-frequency = Cât de des
digest-frequency-off = Niciodată
digest-frequency-daily = Zilnic
digest-frequency-weekly = Săptămânal
digest-weekday = Ziua (rezumate săptămânale)
digest-hour = Ora
digest-time-zone = Fus orar
digest-time-zone-hint = Rezumatele sosesc la această oră în fusul dumneavoastră orar. Dacă nu ați ales unul, vă este propus cel al browserului.
digest-countries = Țări
digest-contexts = Contexte
digest-tags = Etichete (separate prin virgulă)
digest-queries = Căutări salvate (câte una pe rând)
digest-own-replies = Anunțați-mă despre răspunsurile noi la postările mele
digest-save = Salvați
notice-digest-saved = Setările rezumatului au fost salvate.
digest-follow-search = Urmăriți această căutare în rezumatul meu
notice-search-followed = Această căutare este acum în rezumatul dumneavoastră.
digests-title = Rezumate anterioare
digests-none = Nu vi s-a trimis încă niciun rezumat.
digests-items = { $count ->
        [one] { $count } element
        [few] { $count } elemente
       *[other] { $count } de elemente
    }
digest-nothing-now = Nimic din acest rezumat nu mai este vizibil.
unsubscribe-title = Dezabonare de la rezumat
unsubscribe-confirm = Opriți primirea rezumatului Parley la această adresă?
unsubscribe-button = Dezabonare
unsubscribe-done = V-ați dezabonat. Nu veți mai primi rezumate. Vă puteți abona din nou din pagina contului dumneavoastră.
unsubscribe-invalid = Acest link de dezabonare nu mai funcționează. Folosiți linkul din cel mai recent rezumat sau modificați setările din pagina contului dumneavoastră.
admin-digests-title = Livrări de rezumate
admin-digests-state = Stare
admin-digests-count = Livrări
admin-digests-period = Perioadă
admin-digests-attempts = Încercări
admin-digests-reason = Ultima eroare
admin-digests-state-pending = În așteptare
admin-digests-state-sending = Se trimite
admin-digests-state-sent = Trimis
admin-digests-state-failed = Abandonat
admin-digests-failed = Livrări eșuate
admin-digests-none = Nicio livrare eșuată.

# Safety on the device (docs/phone-safety.md)
quick-exit = Ieșire rapidă
quick-exit-hint = Părăsiți imediat Parley: vă deconectează și deschide o pagină neutră. Apăsarea tastei Esc de trei ori face același lucru.
login-shared-device = Acesta este un dispozitiv folosit în comun
login-shared-device-hint = Deconectează-mă după { $minutes } minute fără activitate și nu păstra nimic pe acest dispozitiv.
draft-restored = Textul dumneavoastră netrimis a fost recuperat de pe acest dispozitiv. Verificați-l înainte de a-l trimite.
draft-kept-hint = Cât timp scrieți, o copie criptată rămâne pe acest dispozitiv până când trimiteți textul sau vă deconectați, ca să nu se piardă nimic dacă se întrerupe conexiunea sau sesiunea.
device-title = Acest dispozitiv
device-shared = Acesta este un dispozitiv folosit în comun: deconectează-mă după { $minutes } minute fără activitate
device-save = Salvează
notice-device-saved = Salvat pentru acest dispozitiv.
footer-safety = Siguranța pe telefon
safety-title = Ce păstrează Parley pe telefonul dumneavoastră
safety-p1 = Ieșirea rapidă: butonul din partea de sus a fiecărei pagini sau tasta Esc apăsată de trei ori vă deconectează imediat, cere browserului să uite cookie-urile, datele stocate și memoria cache ale Parley și deschide o pagină neutră în locul paginii curente, astfel încât butonul „Înapoi” nu revine la Parley.
safety-p2 = Titlurile paginilor din filele și istoricul browserului spun doar „Parley”: niciodată titlul unui studiu de caz, un nume sau ce ați căutat.
safety-p3 = Cât timp scrieți un studiu de caz sau un răspuns, o copie criptată este păstrată în acest browser, ca să nu se piardă nimic dacă se întrerupe conexiunea. Doar sesiunea dumneavoastră conectată o poate citi; după deconectare sau ieșirea rapidă nu mai poate fi citită, iar după trei zile este ștearsă.
safety-p4 = Pe un telefon pe care nu îl folosiți doar dumneavoastră, bifați la conectare „Acesta este un dispozitiv folosit în comun”: Parley vă deconectează după câteva minute fără activitate. Puteți schimba acest lucru pentru dispozitivul curent din pagina contului.
safety-p5 = Ce nu poate face ieșirea rapidă: nu poate șterge ce au văzut deja sistemul telefonului, aplicația de tastatură, o captură de ecran sau o aplicație de spionaj instalată, nici intrările din istoric de dinainte de a deschide Parley. Pe un telefon care poate fi verificat, folosiți o fereastră privată și deconectați-vă când terminați.
preview-findings-title = Înainte de a trimite:
preview-findings-advice = aceste cuvinte ar putea identifica pe cineva. Scoateți-le sau schimbați-le acum — sau lăsați-le: le vor vedea și moderatoarele și le vor înlocui înainte ca altcineva să vă citească textul.

# The start page of a signed-in member
home-queue-waiting =
    { $count ->
        [one] { $count } element așteaptă
        [few] { $count } elemente așteaptă
       *[other] { $count } de elemente așteaptă
    }
home-queue-claimed =
    { $count ->
        [one] { $count } preluat de dumneavoastră
        [few] { $count } preluate de dumneavoastră
       *[other] { $count } preluate de dumneavoastră
    }
home-new-since =
    { $count ->
        [one] { $count } noutate de la ultima vizită
        [few] { $count } noutăți de la ultima vizită
       *[other] { $count } de noutăți de la ultima vizită
    }
home-queue-open = Deschideți coada
home-newest = Cele mai noi studii de caz și discuții
home-nothing-yet = Încă nu s-a publicat nimic.
home-new = nou
home-replies-title = Răspunsuri în discuțiile dumneavoastră
home-replies-none = Niciun răspuns nou de la ultima vizită.

# Digest settings: checks and weekdays
error-digest-weekday = trebuie să fie de la 1 (luni) la 7 (duminică)
error-digest-hour = trebuie să fie de la 0 la 23
error-digest-time-zone = trebuie să fie un fus orar, de exemplu Europe/Bucharest, sau numele unui oraș
error-digest-countries = trebuie să fie coduri de țară ISO 3166-1, de exemplu RO
error-digest-contexts = conține un context necunoscut
error-digest-tags = cel mult 20 de etichete
error-digest-queries-many = cel mult 10 căutări salvate
error-digest-query-long = o căutare salvată are cel mult 200 de caractere
weekday-1 = luni
weekday-2 = marți
weekday-3 = miercuri
weekday-4 = joi
weekday-5 = vineri
weekday-6 = sâmbătă
weekday-7 = duminică

# Two-factor sign-in on a phone
twofa-open-app = Pe acest telefon? Deschideți cheia în aplicația de autentificare
codes-copy = Copiați codurile
codes-download = Salvați-le într-un fișier
codes-copied = Copiat.
login-recovery-summary = Folosiți un cod de recuperare
login-recovery-label = Cod de recuperare

# Replacements written into anonymised texts, in the text's language
placeholder-person = Persoana
placeholder-place = Locul
placeholder-organisation = Organizația
placeholder-unit = Unitatea
placeholder-date = Data
placeholder-detail = Detaliul
generalised-village = un sat
generalised-town = un oraș mic
generalised-city = un oraș
generalised-place = un loc
generalised-in-region = { $what } din { $region }
generalised-person = Persoană
generalised-location = un loc
generalised-organisation = o organizație
generalised-date = o dată
generalised-phone = număr de telefon eliminat
generalised-email = adresă de e-mail eliminată
generalised-url = link eliminat
generalised-handle = cont eliminat
generalised-vehicle_plate = vehicul
generalised-id_number = număr de document eliminat
generalised-iban = cont bancar eliminat
generalised-card = număr de card eliminat
generalised-ip = adresă IP eliminată
generalised-coordinates = coordonate eliminate
generalised-military_unit = o unitate militară
generalised-address = o adresă
generalised-quasi = cineva cu o funcție locală
quasi-health = un cadru medical din zonă
quasi-education = cineva de la școala locală
quasi-clergy = un membru al clerului local
quasi-official = un funcționar local
quasi-role = cineva cu o funcție locală
quasi-child = un copil
quasi-age = o vârstă
quasi-teenager = un adolescent
generalised-aged = în vârstă de { $from }–{ $to } ani

# Reading across languages
case-translate = Traduceți pe acest dispozitiv
case-translate-note = Browserul traduce singur: textul nu părăsește dispozitivul dumneavoastră.

# Refusals (errors that say why): pages show them in the reader's language, the API in English.
refusal-removed = Acest subiect a fost șters.
refusal-rejected-edit = O propunere respinsă nu mai poate fi modificată.
refusal-waiting = Propunerea așteaptă un moderator; acum nu poate fi modificată.
refusal-not-editable = Acum nu poate fi modificat.
refusal-nothing-to-submit = Nu este nimic nou de trimis.
refusal-not-pending = Se poate decide doar asupra unei propuneri care așteaptă verificarea.
refusal-hide = Doar un subiect publicat poate fi ascuns.
refusal-unhide = Doar un subiect ascuns poate fi afișat din nou.
refusal-lock = Doar un subiect publicat poate fi închis sau redeschis.
refusal-already = Este deja așa.
refusal-replies-published-only = Se poate răspunde doar la subiectele publicate.
refusal-locked = Subiectul este închis: nu se mai pot adăuga răspunsuri.
refusal-nothing-waiting = Nimic din acest subiect nu așteaptă verificarea.
refusal-claimed = { $name } lucrează deja la asta.
refusal-not-yours = Nu lucrați la asta.
refusal-flagged-already = Ați raportat deja acest lucru; un moderator se va uita.
refusal-flag-closed = Această semnalare este deja închisă.
refusal-four-eyes = Ați aprobat deja această versiune: trebuie aprobată de alt moderator.
refusal-reply-not-waiting = Acest răspuns nu așteaptă verificarea.
refusal-reply-not-editable = Acest răspuns nu mai poate fi modificat.
refusal-form-unreadable = Formularul nu a putut fi citit.
refusal-json-type = Trimiteți corpul cererii ca application/json.
refusal-json-invalid = Corpul cererii nu este JSON valid.
refusal-body-unreadable = Corpul cererii nu a putut fi citit.
refusal-form-type = Trimiteți formularul ca application/x-www-form-urlencoded.
refusal-query-unreadable = Adresa are parametri pe care nu îi înțelegem.
refusal-search-unreadable = Căutarea nu a putut fi citită.
refusal-form-expired = Acest formular a expirat sau nu provine de la Parley. Întoarceți-vă, reîncărcați pagina și încercați din nou.
refusal-method = Această adresă nu acceptă acest tip de cerere.
refusal-not-allowed = Nu aveți voie să faceți asta.
refusal-not-understood = Nu am înțeles această cerere.
refusal-metrics = metricile sunt servite doar adreselor din metrics.allow_from sau cu tokenul de metrici
refusal-admin-only = Doar un administrator poate face asta.
refusal-moderator-only = Doar un moderator poate face asta.
refusal-two-factor-on = Autentificarea în doi pași este deja activată.
refusal-staff-keep-two-factor = Moderatorii și administratorii trebuie să păstreze activă autentificarea în doi pași.
refusal-two-factor-off = Autentificarea în doi pași este dezactivată.
refusal-account-exists = Există deja un cont cu această adresă de e-mail.
refusal-last-admin = Parley are nevoie de cel puțin un administrator: numiți mai întâi pe altcineva administrator.
refusal-last-active-admin = Parley are nevoie de cel puțin un administrator activ.
refusal-only-admin-delete = Sunteți singurul administrator: numiți pe altcineva administrator înainte de a vă șterge contul.
refusal-address-taken = Această adresă aparține acum altui cont.
refusal-invite-staff = Moderatorii pot invita membre; doar un administrator poate invita moderatori și administratori.
refusal-has-account = Această persoană are deja un cont.
refusal-admin-invitation-pending = La această adresă așteaptă invitația unui administrator; doar un administrator o poate înlocui.
refusal-withdraw-staff = Doar un administrator poate retrage o invitație pentru un moderator sau un administrator.
refusal-invitation-used = Această invitație a fost deja acceptată sau retrasă.

# Cohorts (issue 23).
error-description-long = trebuie să aibă cel mult 2.000 de caractere
error-no-such-account = nu aparține niciunui cont
error-cohort-unknown = nu este numele unei grupe; grupele le creează un administrator
error-audience = trebuie să fie „toți” sau o grupă din care faceți parte
error-advice-by = trebuie să fie o zi de azi până peste un an, pentru o discuție în grupă
refusal-cohort-exists = Există deja o grupă cu acest nume.
field-audience = Cine poate citi
field-audience-hint = Toată lumea din Parley sau doar grupa dvs. (participantele la instruirea dvs.) și moderatorii.
audience-all = Toată lumea din Parley
audience-cohort = Doar grupa mea
field-advice-by = Sfat necesar până la (opțional)
field-advice-by-hint = Pentru o discuție în grupa dvs.: până în această zi apare prima în spațiul grupei, iar rezumatul spune că cereți un sfat.
case-for-cohort = Doar pentru grupa { $name } și moderatori
case-advice-by = Sfat necesar până la { $date }
cohorts-title = Grupe
cohorts-intro = O grupă reunește participantele la o instruire. Subiectele ei sunt văzute doar de membrele grupei și de moderatori.
cohorts-mine = Grupele mele
cohorts-none = Nu faceți încă parte din nicio grupă.
cohorts-create = Creați o grupă
cohorts-name = Nume
cohorts-description = Descriere
cohorts-members = Membre
cohorts-add = Adăugați o membră (adresă de e-mail)
cohorts-add-button = Adăugați
cohorts-remove = Eliminați
cohorts-space-empty = Nu s-a publicat încă nimic pentru această grupă.
cohorts-start-discussion = Întrebați grupa
cohorts-advice = Cereri de sfat
cohorts-pseudonyms = Într-o grupă de câteva persoane, pseudonimul vă ascunde numele, nu și vocea: celelalte pot recunoaște povestea. Scrieți ce le-ați spune în sală.

# Notifications (issue 23).
notice-cohorts-updated = Grupa a fost actualizată.
nav-notifications = Notificări
nav-unread = necitite
notifications-title = Notificări
notifications-empty = Deocamdată nimic nou pentru dvs.
notifications-read-all = Marcați toate ca citite
notifications-new = Nou
notifications-by-mail = Și prin e-mail
notifications-by-mail-hint = Mesajul spune doar ce s-a întâmplat, cu un link: niciodată un titlu sau textul unei povești.
notifications-save = Salvați
notice-notifications-saved = Alegerile dvs. au fost salvate.
notify-reply = Un răspuns la subiectul dvs.
notify-published = Propunerea dvs. a fost publicată
notify-changes_requested = Se cer modificări la propunerea dvs.
notify-rejected = Propunerea dvs. nu a fost publicată
notify-reply_decided = Un moderator a decis asupra răspunsului dvs.
notify-cohort_thread = Nou în grupa dvs.
mail-notify-subject = Noutăți pentru dvs. pe Parley
mail-notify-reply = Cineva a răspuns la unul dintre subiectele dvs.
mail-notify-published = Una dintre propunerile dvs. a fost publicată.
mail-notify-changes_requested = Moderatoarele cer modificări la una dintre propunerile dvs.
mail-notify-rejected = Una dintre propunerile dvs. nu a fost publicată.
mail-notify-reply_decided = Un moderator a decis asupra unuia dintre răspunsurile dvs.
mail-notify-cohort_thread = Este ceva nou într-una dintre grupele dvs.
mail-notify-why = Ați cerut Parley să vă anunțe prin e-mail. Puteți schimba asta pe pagina de notificări.
mail-notify-action = Vedeți notificările
digest-cohort-item = Nou în grupa dvs.: subiectul nr. { $id }
