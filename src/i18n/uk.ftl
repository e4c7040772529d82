# Parley — українська. Ключі: див. en.ftl.

site-name = Parley
skip-to-content = Перейти до вмісту

## Навігація й макет сторінки
nav-label = Основна навігація
nav-sign-in = Увійти
nav-sign-out = Вийти
nav-signed-in-as = Ви увійшли як { $name }
nav-account = Обліковий запис
nav-invitations = Запрошення
nav-users = Люди
footer-language = Мова
footer-language-apply = Змінити
footer-tagline = Parley — кейси, якими діляться конфіденційно. Тут немає нічого публічного.
action-save = Зберегти
action-cancel = Скасувати

## Головна сторінка
home-title = Вітаємо
home-lead = Закритий форум, де випускниці тренінгів із гуманітарних переговорів діляться анонімізованими кейсами переговорів, які вони вели, — доступ до людей, що потребують допомоги, блокпости, місцева влада, збройні суб'єкти, донори.
home-promise-invitation-title = Лише за запрошенням.
home-promise-invitation = Для кожної сторінки потрібен вхід учасниці.
home-promise-anonymised-title = Анонімізовано до того, як хтось це прочитає.
home-promise-anonymised = Перед публікацією модераторка прибирає з кожного кейсу імена, назви місць і дати; після цього оригінал видаляється.
home-promise-pseudonym-title = Під псевдонімом,
home-promise-pseudonym = якщо ви самі не вирішите показувати своє ім'я.
home-welcome = Вітаємо, { $name }

## Сповіщення після дії
notice-signed-out = Ви вийшли з облікового запису.
notice-signed-out-everywhere = Ви вийшли з облікового запису на всіх пристроях.
notice-welcome = Вітаємо в Parley. Ваш обліковий запис готовий.
notice-profile-saved = Ваш профіль збережено.
notice-email-sent = Ми надіслали посилання для підтвердження на вашу нову адресу. Адреса зміниться, коли ви його відкриєте.
notice-email-changed = Вашу адресу електронної пошти змінено.
notice-password-changed = Ваш пароль змінено. На інших пристроях вас виведено з облікового запису.
notice-password-reset = Ваш пароль змінено. Увійдіть із новим паролем.
notice-2fa-on = Двофакторний вхід увімкнено.
notice-2fa-off = Двофакторний вхід вимкнено.
notice-session-ended = Цей сеанс завершено.
notice-account-deleted = Ваш обліковий запис видалено.
notice-invitation-sent = Запрошення надіслано.
notice-invitation-revoked = Запрошення відкликано; його посилання більше не працює.
notice-user-updated = Збережено. Цю людину виведено з облікового запису; зміну вона побачить під час наступного входу.

## Поля форм
field-email = Адреса електронної пошти
field-password = Пароль
field-current-password = Поточний пароль
field-new-password = Новий пароль
field-new-email = Нова адреса електронної пошти
field-name = Ім'я
field-language = Мова
field-role = Роль
field-cohort = Потік
field-code = Код
password-rules = Щонайменше 12 символів. Кілька не пов'язаних між собою слів легко запам'ятати й важко вгадати.

## Ролі
role-member = Учасниця
role-moderator = Модераторка
role-admin = Адміністраторка

## Вхід
login-title = Вхід
login-submit = Увійти
login-forgot = Забули пароль?
login-invitation-only = Parley відкритий лише за запрошеннями. Якщо ви брали участь у тренінгу, попросіть запрошення в його організаторів.
login-failed = Неправильна адреса електронної пошти або пароль.
login-code-title = Введіть код
login-code-hint = 6-значний код із вашого застосунку-автентифікатора або один із ваших кодів відновлення.
login-code-failed = Цей код не спрацював. Дочекайтеся наступного й спробуйте ще раз.

## Перша адміністраторка
setup-title = Створіть обліковий запис першої адміністраторки
setup-intro = У Parley ще немає адміністраторки. Обліковий запис, який ви тут створите, зможе запросити всіх інших.
setup-submit = Створити обліковий запис адміністраторки

## Запрошення
accept-title = Приєднатися до Parley
accept-intro = Вас запрошено на адресу { $email }. Оберіть, як вас бачитимуть інші, і придумайте пароль.
accept-name-hint = Інші учасниці бачать ваше ім'я лише там, де ви вирішите його показати; в інших випадках ви з'являєтеся під псевдонімом.
accept-submit = Створити мій обліковий запис
invitations-title = Запрошення
invitations-send = Надіслати запрошення
invitations-list = Надіслані запрошення
invitations-state = Стан
invitations-revoke = Відкликати
invitations-cohort-hint = Тренінг, наприклад «Бухарест 2023». Необов'язково.
invitations-mail-language = Мова листа із запрошенням
invitations-not-mailed = Запрошення створено, але лист не вдалося надіслати. Передайте це посилання самостійно, безпечним каналом:
invitations-queued = Запрошення створено. Поштовий сервер не відповідає, тож лист буде надіслано, щойно він запрацює. Якщо це терміново, передайте це посилання самостійно, безпечним каналом:
invitation-state-pending = Очікує
invitation-state-accepted = Прийнято
invitation-state-revoked = Відкликано
invitation-state-expired = Термін дії минув

## Скидання пароля й підтвердження адреси електронної пошти
reset-title = Скидання пароля
reset-intro = Введіть адресу, з якою ви входите. Якщо вона належить обліковому запису, ми надішлемо посилання, за яким можна обрати новий пароль.
reset-submit = Надіслати посилання
reset-sent-title = Перевірте пошту
reset-sent-body = Якщо для цієї адреси існує обліковий запис, ми надіслали на неї посилання. Посилання працює один раз і діє не довше години.
reset-new-title = Оберіть новий пароль
reset-new-submit = Зберегти новий пароль
email-confirm-title = Підтвердьте нову адресу
email-confirm-intro = Змінити адресу вашого облікового запису Parley на { $email }?
email-confirm-submit = Підтвердити
link-invalid-title = Це посилання більше не працює

## Обліковий запис
account-title = Ваш обліковий запис
account-profile = Профіль
account-role = Роль: { $role }
account-cohort = Потік: { $cohort }
account-name-hint = Інші побачать ваше ім'я лише в тих кейсах, де ви вирішите його показати.
account-email = Адреса електронної пошти
account-email-current = Ваша адреса: { $email }.
account-email-submit = Надіслати посилання для підтвердження
account-password = Пароль
account-password-submit = Змінити пароль
account-security = Безпека та ваші дані
account-2fa-link = Двофакторний вхід
account-2fa-on = увімкнено
account-2fa-off = вимкнено
account-sessions-link = Де ви увійшли
account-export-link = Завантажити ваші дані (JSON)
account-delete-link = Видалити обліковий запис

## Двофакторний вхід
twofa-title = Двофакторний вхід
twofa-required = Модераторки й адміністраторки мають увімкнути двофакторний вхід, перш ніж робити будь-що інше.
twofa-setup-heading = Увімкнення
twofa-step-app = Установіть на телефон застосунок-автентифікатор (наприклад, Aegis, FreeOTP або Google Authenticator).
twofa-step-scan = Відскануйте ним цей код або введіть ключ, наведений нижче.
twofa-qr-label = QR-код із вашим ключем двофакторного входу
twofa-secret-text = Ключ:
twofa-step-code = 6-значний код, який показує застосунок
twofa-enable = Увімкнути
twofa-is-on = Двофакторний вхід увімкнено: після пароля ми просимо ввести код із вашого застосунку.
twofa-codes-left =
    { $count ->
        [one] У вас залишився { $count } невикористаний код відновлення.
        [few] У вас залишилося { $count } невикористані коди відновлення.
        [many] У вас залишилося { $count } невикористаних кодів відновлення.
       *[other] У вас залишилося { $count } невикористаних кодів відновлення.
    }
twofa-new-codes = Створити нові коди відновлення
twofa-disable-heading = Вимкнення
twofa-disable = Вимкнути двофакторний вхід
codes-title = Ваші коди відновлення
codes-intro = Кожен код дає змогу один раз увійти, якщо ви втратите телефон. Зберігайте їх у безпечному місці, не в мережі; їх показано лише зараз.
codes-done = Коди збережено

## Сеанси
sessions-title = Де ви увійшли
sessions-intro = Завершіть сеанс на будь-якому пристрої, якого ви не впізнаєте.
sessions-device = Пристрій
sessions-started = Час входу
sessions-last-seen = Остання активність
sessions-actions = Дії
sessions-this-one = цей пристрій
sessions-sign-out = Вийти
sessions-sign-out-everywhere = Вийти на всіх пристроях

## Видалення облікового запису
delete-title = Видалення облікового запису
delete-intro = Ваш обліковий запис, ваші сеанси й налаштування буде видалено одразу. Цю дію не можна скасувати.
delete-published-question = Ваші опубліковані кейси
delete-published-keep = Залишити їх, щоб інші могли на них учитися, з підписом «колишня учасниця»
delete-published-remove = Видалити їх
delete-submit = Видалити мій обліковий запис

## Адміністрування
users-title = Люди
users-status = Статус
users-active = Активний
users-disabled = Вимкнений
users-disable = Вимкнути
users-enable = Увімкнути

## Сторінки помилок
error-400-title = Не вдалося
error-401-title = Будь ласка, увійдіть
error-401-body = Ця сторінка для учасниць. Увійдіть, щоб продовжити.
error-403-title = Немає дозволу
error-reference = Якщо повідомлятимете адміністраторку, назвіть цей код:
error-back-home = Повернутися на головну сторінку
error-status = Помилка { $status }
error-404-title = Сторінку не знайдено
error-404-body = Цієї сторінки не існує, або ви не можете її бачити.
error-413-title = Завеликий обсяг
error-413-body = Надіслане вами більше, ніж може прийняти Parley.
error-429-title = Будь ласка, зачекайте
error-429-body = Забагато спроб. Зачекайте кілька хвилин і спробуйте ще раз.
error-500-title = Щось пішло не так
error-500-body = На нашому боці щось пішло не так. Будь ласка, спробуйте ще раз.
error-503-title = Зайнято
error-503-body = Parley на мить перевантажений. Будь ласка, спробуйте трохи згодом.
error-400-body = Parley не зміг зрозуміти цей запит. Поверніться, перевірте введене й спробуйте ще раз.
error-403-body = Вам не можна цього робити.
error-409-title = Тим часом це змінилося
error-409-body = Хтось (можливо, ви в іншій вкладці) тим часом це змінив, або це вже зроблено. Оновіть сторінку, щоб побачити, як є зараз.
error-422-body = Частину введеного не можна прийняти. Поверніться й перевірте.
error-2fa-required = Спершу ввімкніть двофакторний вхід: він потрібен модераторкам і адміністраторкам.

## Повідомлення перевірки форм
error-email-invalid = не є дійсною адресою електронної пошти
error-email-same = це вже ваша адреса
error-name-required = обов'язкове поле
error-name-long = має містити не більше 80 символів
error-cohort-long = має містити не більше 60 символів
error-password-short = має містити щонайменше 12 символів
error-password-long = має містити не більше 256 символів
error-password-weak = надто поширений або його легко вгадати; спробуйте кілька не пов'язаних між собою слів
error-password-wrong = неправильний
error-link-invalid = Це посилання більше не працює. Попросіть нове, якщо воно вам ще потрібне.
error-invitation-invalid = Це посилання-запрошення більше не працює. Попросіть нове в людини, яка вас запросила.
error-setup-invalid = Це посилання для налаштування більше не працює. Перезапустіть Parley, щоб отримати нове.
error-totp-code = не збігається; перевірте час на телефоні й спробуйте наступний код
error-totp-enrolment = термін дії минув; почніть налаштування знову

## Листи
mail-footer = Parley — кейси, якими діляться конфіденційно. Ви отримали цей лист через ваш обліковий запис або запрошення до Parley.
mail-hello = Вітаємо,
mail-hello-name = Вітаємо, { $name }!
mail-invite-subject = Ваше запрошення до Parley
mail-invite-by = { $name } запрошує вас до Parley — закритого форуму, де випускниці тренінгів із гуманітарних переговорів діляться анонімізованими кейсами.
mail-invite-anonymous = Вас запрошено до Parley — закритого форуму, де випускниці тренінгів із гуманітарних переговорів діляться анонімізованими кейсами.
mail-invite-what = Кожну історію модераторка анонімізує, перш ніж її хтось прочитає, а ви з'являєтеся під псевдонімом, якщо не оберете інакше.
mail-invite-action = Прийняти запрошення
mail-invite-expiry =
    { $count ->
        [one] Посилання працює один раз і діє { $count } день.
        [few] Посилання працює один раз і діє { $count } дні.
       *[other] Посилання працює один раз і діє { $count } днів.
    }
mail-invite-ignore = Якщо ви не чекали на це запрошення, просто проігноруйте лист.
mail-reset-subject = Скидання пароля до Parley
mail-reset-body = Хтось попросив скинути пароль вашого облікового запису в Parley. Якщо це були ви, оберіть новий пароль за цим посиланням.
mail-reset-action = Обрати новий пароль
mail-reset-ignore = Якщо це були не ви, проігноруйте лист: ваш пароль не зміниться.
mail-link-expiry-minutes =
    { $count ->
        [one] Посилання працює один раз і діє { $count } хвилину.
        [few] Посилання працює один раз і діє { $count } хвилини.
       *[other] Посилання працює один раз і діє { $count } хвилин.
    }
mail-email-change-subject = Підтвердьте нову адресу для Parley
mail-email-change-body = Ви попросили використовувати цю адресу для свого облікового запису в Parley. Підтвердьте її за цим посиланням.
mail-email-change-action = Підтвердити адресу
mail-email-change-ignore = Якщо ви цього не просили, проігноруйте лист.
mail-email-change-notice-subject = Адресу вашого облікового запису Parley змінюють
mail-email-change-notice-body = Хтось, хто увійшов у ваш обліковий запис Parley, попросив змінити його електронну адресу. Зміна відбудеться лише після переходу за посиланням, надісланим на нову адресу.
mail-email-change-notice-help = Якщо це були не ви, увійдіть і негайно змініть пароль, а також повідомте адміністраторку.
mail-email-taken-subject = Хтось хотів використати цю адресу в Parley
mail-email-taken-body = Хтось, хто увійшов у Parley, попросив перенести свій обліковий запис на цю адресу. Вона вже належить обліковому запису Parley, тож нічого не змінено.
mail-email-taken-help = Ваш обліковий запис Parley, якщо він у вас є, не зачеплено: нічого робити не треба. Якщо це повторюватиметься, повідомте адміністраторку.

## Кейси й обговорення
nav-cases = Кейси
nav-discussions = Обговорення
nav-my-cases = Мої тексти
cases-title = Кейси
discussions-title = Обговорення
case-new-title = Написати кейс
discussion-new-title = Почати обговорення
case-edit-title = Редагування
case-page-title = Кейс
case-edit-published-note = Учасниці й далі бачитимуть опубліковану версію, доки модераторка не схвалить ваші зміни.
case-guidance = Як писати: шість розділів
case-preview = Попередній перегляд
case-save-draft = Зберегти чернетку
case-submit = Надіслати на перевірку
case-submit-hint = Ніхто, крім вас і модераторок, не побачить текст, доки модераторка не анонімізує й не опублікує його.
case-original-note = цей оригінальний текст можете читати лише ви та модераторки
case-latest-revision = Редакція { $number }
case-moderator-reason = Модераторки написали:
case-edit = Редагувати
case-history = Редакції
case-by-you = Ваш текст
case-anonymised = анонімізовано модераторками
case-locked = Цю тему закрито: нові відповіді не приймаються.
back-to-thread = Назад до теми
history-submitted = Надіслано на перевірку
form-has-errors = Будь ласка, виправте поля, позначені нижче.
untitled = (без назви)
list-empty = Тут поки нічого немає.
list-next = Старіші
filters-title = Фільтр
filters-any = Усі
filters-apply = Показати
filters-clear = Скинути фільтри
my-cases-title = Мої тексти
my-cases-empty = Ви ще нічого не написали.
my-cases-status = Статус
my-cases-updated = Остання зміна
reply-count =
    { $count ->
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповідей
    }
reply-label = Ваша відповідь
reply-hint = Відповіді перевіряє модераторка, перш ніж їх побачать інші. Не називайте людей, місць чи дат, за якими можна когось упізнати.
reply-submit = Відповісти
reply-you = Ви
reply-author = Авторка
reply-pending = чекає на модераторку
reply-edit = Змінити або відкликати
reply-edit-label = Ваша відповідь, змінена
reply-edit-hint = Зміну перевіряють, як нову відповідь: якщо вона чекає на модераторку, вашу відповідь не показують, доки та не вирішить.
reply-edit-submit = Зберегти зміну
reply-delete = Відкликати цю відповідь
replies-more = Більше відповідей
notice-draft-saved = Вашу чернетку збережено. Інші учасниці її не бачать; модераторки бачать.
notice-submitted = Надіслано на перевірку. Модераторка анонімізує текст, перш ніж його зможе прочитати хтось інший.
notice-thread-deleted = Видалено.
notice-reply-held = Ваша відповідь чекає на модераторку.
notice-reply-published = Вашу відповідь опубліковано.
notice-reply-edited = Вашу відповідь змінено.
notice-reply-edit-held = Ваша зміна чекає на модераторку; доки вона не вирішить, вашу відповідь не показують.
notice-reply-deleted = Вашу відповідь відкликано.
notice-reply-invalid = Відповідь не надіслано: вона має містити від 1 до 20 000 символів.

## Поля кейсу
field-title = Назва
field-country = Країна
field-region = Регіон
field-region-hint = Область, воєводство, повіт або район — ніколи не місто чи село.
field-context = Контекст
field-contexts = Контексти
field-counterpart = Сторона переговорів
field-counterparts = Сторони переговорів
field-period = Коли
field-period-hint = Рік і, за бажанням, місяць. Ніколи не день.
field-year = Рік
field-month = Місяць
field-outcome = Результат
field-lessons = Уроки
field-lessons-hint = Два-три речення, якими могла б скористатися інша переговорниця.
field-story = Історія
field-body = Текст
field-markdown-hint = Markdown: ## заголовок, **жирний**, - список, [посилання](https://…). Зображення показуються як посилання й ніколи не завантажуються.
field-tags = Теги
field-tags-hint = Через кому, наприклад: вода, пальне, медична евакуація.
field-sensitive = Імена, місця й організації у вашій історії
field-sensitive-hint = По одному в рядку. Цей список бачать лише модераторки: він допомагає їм прибрати кожне з них перед публікацією.
field-text-language = Мова тексту
field-language-detect = Визначити автоматично
field-show-name = Показувати моє ім'я в цьому кейсі
field-show-name-hint = За замовчуванням ви з'являєтеся під псевдонімом, який змінюється від теми до теми.

## Шаблон із підказками
template-situation = Ситуація
template-situation-help = Де й коли (щонайбільше регіон, місяць і рік), чого потребували люди, що заважало.
template-counterparts = Сторони переговорів
template-counterparts-help = З ким ви вели переговори — за роллю, не за іменем — і чого вони хотіли.
template-objectives = Цілі
template-objectives-help = Чого ви прагнули досягти, ваш мінімально прийнятний результат і ваші альтернативи.
template-approach = Підхід
template-approach-help = Як ви готувалися, кого залучили, що пропонували й чого просили, що змінилося по ходу.
template-outcome = Результат
template-outcome-help = Про що домовилися, а про що ні, і що сталося потім.

## Статуси
status-draft = Чернетка
status-pending = Чекає на перевірку
status-changes_requested = Запитано зміни
status-rejected = Не опубліковано
status-published = Опубліковано
status-hidden = Приховано модераторками
status-removed = Видалено
revision-draft = чернетка
revision-pending = чекає на перевірку
revision-changes_requested = запитано зміни
revision-rejected = не прийнято
revision-approved = опубліковано
revision-superseded = замінено

## Місяці
month-1 = Січень
month-2 = Лютий
month-3 = Березень
month-4 = Квітень
month-5 = Травень
month-6 = Червень
month-7 = Липень
month-8 = Серпень
month-9 = Вересень
month-10 = Жовтень
month-11 = Листопад
month-12 = Грудень

## Контексти
context-humanitarian_access = Гуманітарний доступ
context-checkpoint_movement = Блокпости й пересування
context-local_authorities = Місцева влада
context-armed_actors = Збройні суб'єкти
context-national_government = Національний уряд
context-donors = Донори
context-un_ingo_coordination = Координація з ООН і міжнародними НУО
context-community_leaders = Лідери громад
context-internal_organisational = Усередині власної організації
context-protection_gbv = Захист і ГЗН
context-detention = Затримання
context-evacuation = Евакуація
context-other = Інше

## Сторони переговорів
counterpart-armed_group = Збройне угруповання
counterpart-military = Військові
counterpart-police_border_guard = Поліція або прикордонна служба
counterpart-local_administration = Місцева адміністрація
counterpart-ministry = Міністерство
counterpart-donor = Донор
counterpart-un_agency = Агенція ООН
counterpart-ingo = Міжнародна НУО
counterpart-community_leader = Лідер громади
counterpart-other = Інше

## Результати
outcome-agreement = Домовленість
outcome-partial = Часткова домовленість
outcome-no_agreement = Без домовленості
outcome-ongoing = Триває

## Перевірка кейсів
error-required = обов'язкове поле
error-title-long = має містити не більше 200 символів
error-lessons-long = має містити не більше 2000 символів
error-body-long = має містити не більше 100 000 символів
error-reply-long = має бути не довшим за 20 000 символів
error-country-unknown = не є відомим Parley кодом країни ISO 3166-1
error-region-unknown = не є регіоном обраної країни за ISO 3166-2
error-context-unknown = містить контекст, невідомий Parley
error-counterpart-unknown = містить тип сторони переговорів, невідомий Parley
error-outcome-unknown = має бути agreement, partial, no_agreement або ongoing
error-year-range = має бути між 1990 і поточним роком
error-month-range = має бути від 1 до 12
error-tag-long = містить тег, довший за 40 символів
error-tags-many = може містити не більше 10 тегів
error-term-long = містить запис, довший за 100 символів
error-terms-many = може містити не більше 50 записів
error-language = має бути двобуквеним кодом мови

## Рішення модерації, листом
mail-decision-published-subject = Ваш кейс опубліковано
mail-decision-published-body = «{ $title }» опубліковано після анонімізації модераторками. Дякуємо, що поділилися.
mail-decision-changes_requested-subject = Модераторки просять внести зміни
mail-decision-changes_requested-body = Модераторки прочитали «{ $title }» і просять змінити текст, перш ніж його можна буде опублікувати.
mail-decision-rejected-subject = Ваш текст не опубліковано
mail-decision-rejected-body = Модераторки вирішили не публікувати «{ $title }».
mail-decision-case-number = кейс № { $id }
mail-decision-reason = Їхня причина:
mail-decision-action = Відкрити в Parley

## Модерація
nav-moderation = Модерація
mod-queue-title = Чекає на перевірку
mod-queue-empty = Нічого не чекає на перевірку.
mod-item = Матеріал
mod-waiting-since = Чекає з
mod-claimed-by = Хто перевіряє
mod-claimed-by-name = перевіряє { $name }
mod-you = ви
mod-reply = відповідь
mod-reply-in = Відповідь у темі
mod-review-title = Перевірка
mod-awaiting-second = схвалено один раз; чекає на другу модераторку
mod-claim = Беру на перевірку
mod-release = Повернути в чергу
mod-declared = Власний список імен, місць і організацій від авторки
mod-original = Оригінал (його можуть читати лише модераторки та авторка)
mod-findings = Що знайшов детектор
mod-click-to-accept = Натисніть на виділене слово (або Enter на ньому), щоб замінити його чи залишити; таблиця нижче зміниться разом із ним.
mod-no-findings = Детектор нічого не знайшов. Однаково прочитайте весь текст.
mod-accept = Замінити
mod-kind = Тип
mod-text = Текст
mod-strategy = Замінити на
mod-strategy-pseudonym = псевдонім
mod-strategy-generalise = узагальнення
mod-strategy-remove = нічого (видалити)
mod-strategy-custom = власні слова
mod-extra-terms = Усе, що пропустив детектор
mod-extra-terms-hint = По одному в рядку, наприклад «person: Оксана» або «location: Вільхівка». Буде замінено всі форми кожного з них.
mod-preview = Переглянути анонімізований текст
mod-publish-heading = Опублікувати цю версію
mod-item-number = Кейс № { $id }
mod-publish-hint = Прочитайте ще раз і виправте вручну все, що потрібно. Публікація видаляє оригінал.
mod-tags-hint = Учасниці бачитимуть лише теги, написані тут, через кому. Тег з ім'ям людини чи назвою місця видає так само, як сама історія.
mod-note = Примітка для журналу модерації (необов'язково)
mod-publish = Опублікувати
mod-send-back = Або поверніть авторці
mod-reason = Причина (її прочитає авторка)
mod-request-changes = Запросити зміни
mod-reject = Відхилити
mod-reply-title = Відповідь, що чекає на перевірку
mod-reply-publish-as = Опублікувати як
mod-log-title = Журнал модерації
mod-when = Коли
mod-who = Хто
mod-action = Дія
mod-flags-title = Скарги
mod-flags-empty = Відкритих скарг немає.
mod-flag-resolve = Вирішено
mod-flag-dismiss = Відхилити
mod-hide = Приховати
mod-unhide = Показати знову
mod-lock = Закрити
mod-unlock = Відкрити
flag-title = Повідомити модераторкам
flag-reason = Чому
flag-reason-identifies_someone = За цим можна когось упізнати
flag-reason-harmful = Це шкідливо
flag-reason-off_topic = Це не за темою
flag-reason-other = Інше
flag-note = Примітка (необов'язково)
flag-hint = Не повторюйте тут чутливих подробиць: модераторки побачать те, про що ви повідомляєте.
flag-submit = Повідомити
notice-flagged = Дякуємо. Модераторки це переглянуть.
notice-flag-hidden = Дякуємо. Це приховано, доки модераторка це не перегляне.
notice-published = Опубліковано.
notice-approved-first = Схвалено. Перед публікацією це має схвалити друга модераторка.
notice-changes-requested = Повернуто авторці з указаною вами причиною.
notice-rejected = Відхилено; авторка отримала вказану вами причину.
notice-reply-rejected = Відповідь відхилено.
notice-flag-closed = Скаргу закрито.
notice-thread-updated = Готово.
kind-person = Особа
kind-location = Місце
kind-organisation = Організація
kind-date = Дата
kind-phone = Телефон
kind-email = Ел. пошта
kind-url = Посилання
kind-handle = Акаунт
kind-vehicle_plate = Номерний знак
kind-id_number = Номер документа
kind-iban = IBAN
kind-card = Картка
kind-ip = IP-адреса
kind-coordinates = Координати
kind-military_unit = Військова частина
kind-address = Адреса
kind-quasi = Роль або вік, що вказують на людину

## Пошук
nav-search = Пошук
search-title = Пошук
search-label = Пошук у кейсах і обговореннях
search-submit = Шукати
search-hint = Будь-якою мовою чи абеткою: «Kharkiv» знаходить і «Харків». Використовуйте «лапки» для фрази, -слово, щоб виключити слово, і фільтри на кшталт country:UA context:armed_actors year:2022..2024 lang:uk.
search-sort = Порядок
search-sort-relevance = Найкращий збіг
search-sort-newest = Спершу новіші
search-active-filters = Активні фільтри
search-remove-filter = Прибрати цей фільтр
search-facets = Звузити результати
search-count =
    { $count ->
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результатів
    }
search-relaxed = Жоден результат не містить усіх введених вами слів; ці містять деякі з них.
search-corrected = За запитом «{ $typed }» нічого не знайдено. Показано результати для «{ $words }».
search-none = Нічого не знайдено. Спробуйте менше слів або приберіть фільтр.
search-pages = Сторінки результатів
search-previous = Попередня
search-next = Наступна
search-filter-country = Країна
search-filter-region = Регіон
search-filter-context = Контекст
search-filter-counterpart = Сторона переговорів
search-filter-outcome = Результат
search-filter-year = Рік
search-filter-lang = Мова
search-filter-tag = Тег
search-filter-kind = Тип
case-related = Схожі кейси

## Дайджести (листи)
digest-subject-daily = Parley сьогодні: { $summary }
digest-subject-weekly = Parley цього тижня: { $summary }
digest-cases = { $count ->
        [one] { $count } новий кейс
        [few] { $count } нові кейси
       *[other] { $count } нових кейсів
    }
digest-discussions = { $count ->
        [one] { $count } активне обговорення
        [few] { $count } активні обговорення
       *[other] { $count } активних обговорень
    }
digest-replies = { $count ->
        [one] { $count } відповідь на ваші дописи
        [few] { $count } відповіді на ваші дописи
       *[other] { $count } відповідей на ваші дописи
    }
digest-new-replies = { $count ->
        [one] { $count } нова відповідь
        [few] { $count } нові відповіді
       *[other] { $count } нових відповідей
    }
digest-more = { $count ->
       *[other] …і ще { $count } на Parley.
    }
digest-intro-daily = Що нового на Parley від вашого попереднього дайджесту — з того, що ви відстежуєте.
digest-intro-weekly = Що нового було на Parley цього тижня — з того, що ви відстежуєте.
digest-heading-cases = Нові кейси
digest-heading-discussions = Активні обговорення
digest-heading-replies = Відповіді на ваші дописи
digest-read = Читати кейс
digest-no-country = Кілька країн
digest-preferences = Змінити, що ви отримуєте
digest-archive = Попередні дайджести
digest-unsubscribe = Відписатися
digest-footer = Ви отримуєте цей дайджест, бо підписалися на нього в Parley. У ньому лише кейси, які модераторки анонімізували й опублікували.

## Дайджести (сторінки)
digest-settings-title = Дайджест електронною поштою
digest-settings-intro = Дайджест надсилає вам нові кейси й активні обговорення з країн і контекстів, які ви відстежуєте. Залиште всі пункти непозначеними, щоб отримувати все.
digest-frequency = Як часто
digest-frequency-off = Ніколи
digest-frequency-daily = Щодня
digest-frequency-weekly = Щотижня
digest-weekday = День (для щотижневих дайджестів)
digest-hour = Година
digest-time-zone = Часовий пояс
digest-time-zone-hint = Дайджести приходять о цій годині за вашим часовим поясом. Якщо ви його не обрали, пропонується пояс вашого браузера.
digest-countries = Країни
digest-contexts = Контексти
digest-tags = Теги (через кому)
digest-queries = Збережені пошукові запити (по одному в рядку)
digest-own-replies = Повідомляти мене про нові відповіді на мої дописи
digest-save = Зберегти
notice-digest-saved = Налаштування дайджесту збережено.
digest-follow-search = Відстежувати цей пошук у моєму дайджесті
notice-search-followed = Цей пошук тепер є у вашому дайджесті.
digests-title = Попередні дайджести
digests-none = Вам ще не надсилали жодного дайджесту.
digests-items = { $count ->
        [one] { $count } матеріал
        [few] { $count } матеріали
        [many] { $count } матеріалів
       *[other] { $count } матеріалів
    }
digest-nothing-now = Нічого з цього дайджесту вже не видно.
unsubscribe-title = Відписатися від дайджесту
unsubscribe-confirm = Припинити надсилати дайджест Parley на цю адресу?
unsubscribe-button = Відписатися
unsubscribe-done = Ви відписалися. Ви більше не отримуватимете дайджестів. Підписатися знову можна на сторінці облікового запису.
unsubscribe-invalid = Це посилання для відписки більше не працює. Скористайтеся посиланням в останньому дайджесті або змініть налаштування на сторінці облікового запису.
admin-digests-title = Надсилання дайджестів
admin-digests-state = Стан
admin-digests-count = Розсилки
admin-digests-period = Період
admin-digests-attempts = Спроби
admin-digests-reason = Остання помилка
admin-digests-state-pending = Чекає на надсилання
admin-digests-state-sending = Надсилається
admin-digests-state-sent = Надіслано
admin-digests-state-failed = Припинено
admin-digests-failed = Невдалі надсилання
admin-digests-none = Невдалих надсилань немає.

# Safety on the device (docs/phone-safety.md)
quick-exit = Швидкий вихід
quick-exit-hint = Негайно залишити Parley: вихід із облікового запису й нейтральна сторінка. Тричі натиснута клавіша Esc робить те саме.
login-shared-device = Це спільний пристрій
login-shared-device-hint = Вийти з облікового запису після { $minutes } хв без активності й нічого не залишати на цьому пристрої.
draft-restored = Ваш ненадісланий текст відновлено з цього пристрою. Перевірте його перед надсиланням.
draft-kept-hint = Поки ви пишете, зашифрована копія зберігається на цьому пристрої, доки ви не надішлете текст або не вийдете, щоб нічого не загубилося, якщо зникне зв’язок чи завершиться сеанс.
device-title = Цей пристрій
device-shared = Це спільний пристрій: виходити після { $minutes } хв без активності
device-save = Зберегти
notice-device-saved = Збережено для цього пристрою.
footer-safety = Безпека на вашому телефоні
safety-title = Що Parley залишає на вашому телефоні
safety-p1 = Швидкий вихід: кнопка вгорі кожної сторінки або тричі натиснута клавіша Esc одразу завершує сеанс, просить браузер забути файли cookie, збережені дані й кеш Parley та відкриває нейтральну сторінку замість поточної, тож кнопка «Назад» не повертає до Parley.
safety-p2 = Назви сторінок у вкладках та історії браузера — лише «Parley»: ніколи не назва кейсу, ім’я чи те, що ви шукали.
safety-p3 = Поки ви пишете кейс або відповідь, зашифрована копія зберігається в цьому браузері, щоб нічого не загубилося, якщо зникне зв’язок. Прочитати її може лише ваш активний сеанс; після виходу чи швидкого виходу її вже не прочитати, а через три дні вона видаляється.
safety-p4 = На телефоні, яким ви користуєтеся не самі, позначте під час входу «Це спільний пристрій»: Parley завершить сеанс після кількох хвилин без активності. Змінити це для поточного пристрою можна на сторінці облікового запису.
safety-p5 = Чого швидкий вихід не може: стерти те, що вже побачили система телефона, застосунок клавіатури, знімок екрана чи встановлена шпигунська програма, а також записи в історії до того, як ви відкрили Parley. На телефоні, який можуть перевірити, користуйтеся приватним вікном і виходьте, коли закінчите.
preview-findings-title = Перед надсиланням:
preview-findings-advice = ці слова можуть когось ідентифікувати. Приберіть або змініть їх зараз — або залиште: модераторки теж їх побачать і замінять, перш ніж текст прочитає хтось інший.

# The start page of a signed-in member
home-queue-waiting =
    { $count ->
        [one] { $count } матеріал чекає
        [few] { $count } матеріали чекають
        [many] { $count } матеріалів чекають
       *[other] { $count } матеріалів чекають
    }
home-queue-claimed =
    { $count ->
        [one] { $count } взято вами
        [few] { $count } взято вами
        [many] { $count } взято вами
       *[other] { $count } взято вами
    }
home-new-since =
    { $count ->
        [one] { $count } новий матеріал від вашого останнього візиту
        [few] { $count } нові матеріали від вашого останнього візиту
        [many] { $count } нових матеріалів від вашого останнього візиту
       *[other] { $count } нових матеріалів від вашого останнього візиту
    }
home-queue-open = Відкрити чергу
home-newest = Найновіші кейси та обговорення
home-nothing-yet = Ще нічого не опубліковано.
home-new = нове
home-replies-title = Відповіді у ваших темах
home-replies-none = Від вашого останнього візиту нових відповідей немає.

# Digest settings: checks and weekdays
error-digest-weekday = має бути від 1 (понеділок) до 7 (неділя)
error-digest-hour = має бути від 0 до 23
error-digest-time-zone = має бути часовим поясом, наприклад Європа/Київ (Europe/Kyiv), або назвою міста
error-digest-countries = мають бути коди країн ISO 3166-1, наприклад UA
error-digest-contexts = містить невідомий контекст
error-digest-tags = не більше 20 тегів
error-digest-queries-many = не більше 10 збережених пошуків
error-digest-query-long = збережений пошук — не довше 200 символів
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = пʼятниця
weekday-6 = субота
weekday-7 = неділя

# Two-factor sign-in on a phone
twofa-open-app = На цьому телефоні? Відкрийте ключ у застосунку автентифікації
codes-copy = Скопіювати коди
codes-download = Зберегти їх у файл
codes-copied = Скопійовано.
login-recovery-summary = Використати код відновлення
login-recovery-label = Код відновлення

# Replacements written into anonymised texts, in the text's language
placeholder-person = Особа
placeholder-place = Місце
placeholder-organisation = Організація
placeholder-unit = Підрозділ
placeholder-date = Дата
placeholder-detail = Деталь
generalised-village = село
generalised-town = містечко
generalised-city = місто
generalised-place = місце
generalised-in-region = { $what } ({ $region })
generalised-person = Особа
generalised-location = місце
generalised-organisation = організація
generalised-date = дата
generalised-phone = номер телефону прибрано
generalised-email = адресу e-mail прибрано
generalised-url = посилання прибрано
generalised-handle = обліковий запис прибрано
generalised-vehicle_plate = транспортний засіб
generalised-id_number = номер документа прибрано
generalised-iban = банківський рахунок прибрано
generalised-card = номер картки прибрано
generalised-ip = IP-адресу прибрано
generalised-coordinates = координати прибрано
generalised-military_unit = військовий підрозділ
generalised-address = адреса
generalised-quasi = людина з місцевою посадою
quasi-health = медичний працівник у цій місцевості
quasi-education = працівник місцевої школи
quasi-clergy = місцевий священнослужитель
quasi-official = місцевий посадовець
quasi-role = людина з місцевою посадою
quasi-child = дитина
quasi-age = вік
quasi-teenager = підліток
generalised-aged = віком { $from }–{ $to } років

# Reading across languages
case-translate = Перекласти на цьому пристрої
case-translate-note = Ваш браузер перекладає сам: текст не залишає вашого пристрою.

# Refusals (errors that say why): pages show them in the reader's language, the API in English.
refusal-removed = Цю тему видалено.
refusal-rejected-edit = Відхилений допис не можна редагувати.
refusal-waiting = Допис чекає на модератора; зараз його не можна змінити.
refusal-not-editable = Зараз це не можна редагувати.
refusal-nothing-to-submit = Немає нічого нового для подання.
refusal-not-pending = Рішення можна ухвалити лише щодо допису, який чекає на перевірку.
refusal-hide = Приховати можна лише опубліковану тему.
refusal-unhide = Знову показати можна лише приховану тему.
refusal-lock = Закрити чи відкрити можна лише опубліковану тему.
refusal-already = Так уже є.
refusal-replies-published-only = Відповідати можна лише в опублікованих темах.
refusal-locked = Тему закрито: нових відповідей не можна додати.
refusal-nothing-waiting = У цій темі ніщо не чекає на перевірку.
refusal-claimed = { $name } уже працює над цим.
refusal-not-yours = Ви не працюєте над цим.
refusal-flagged-already = Ви вже повідомили про це; модератор перегляне.
refusal-flag-closed = Це повідомлення вже закрито.
refusal-four-eyes = Ви вже схвалили цю версію: її має схвалити інший модератор.
refusal-reply-not-waiting = Ця відповідь не чекає на перевірку.
refusal-reply-not-editable = Цю відповідь уже не можна змінити.
refusal-form-unreadable = Не вдалося прочитати форму.
refusal-json-type = Надішліть тіло запиту як application/json.
refusal-json-invalid = Тіло запиту не є коректним JSON.
refusal-body-unreadable = Не вдалося прочитати тіло запиту.
refusal-form-type = Надішліть форму як application/x-www-form-urlencoded.
refusal-query-unreadable = В адресі є параметри, яких ми не розуміємо.
refusal-search-unreadable = Не вдалося прочитати пошуковий запит.
refusal-form-expired = Ця форма застаріла або надійшла не з Parley. Поверніться, оновіть сторінку і спробуйте ще раз.
refusal-method = Ця адреса не приймає такого запиту.
refusal-not-allowed = Вам не можна цього робити.
refusal-not-understood = Ми не зрозуміли цей запит.
refusal-metrics = метрики доступні лише з адрес у metrics.allow_from або з токеном метрик
refusal-admin-only = Це може зробити лише адміністратор.
refusal-moderator-only = Це може зробити лише модератор.
refusal-two-factor-on = Двоетапний вхід уже ввімкнено.
refusal-staff-keep-two-factor = Модератори й адміністратори мають тримати двоетапний вхід увімкненим.
refusal-two-factor-off = Двоетапний вхід вимкнено.
refusal-account-exists = Обліковий запис із цією адресою вже існує.
refusal-last-admin = Parley потрібен принаймні один адміністратор: спершу зробіть адміністратором когось іншого.
refusal-last-active-admin = Parley потрібен принаймні один активний адміністратор.
refusal-only-admin-delete = Ви єдиний адміністратор: перш ніж видалити обліковий запис, зробіть адміністратором когось іншого.
refusal-address-taken = Ця адреса тепер належить іншому обліковому запису.
refusal-invite-staff = Модератори можуть запрошувати учасниць; модераторів і адміністраторів запрошує лише адміністратор.
refusal-has-account = Ця людина вже має обліковий запис.
refusal-admin-invitation-pending = На цю адресу вже надіслано запрошення адміністратора; замінити його може лише адміністратор.
refusal-withdraw-staff = Відкликати запрошення для модератора чи адміністратора може лише адміністратор.
refusal-invitation-used = Це запрошення вже прийнято або відкликано.

# Cohorts (issue 23).
error-description-long = має містити не більше 2000 символів
error-no-such-account = не належить жодному обліковому запису
error-cohort-unknown = не є назвою групи; групи створює адміністратор
error-audience = має бути «усі» або ваша група
error-advice-by = має бути день від сьогодні до року вперед, для обговорення в групі
refusal-cohort-exists = Група з такою назвою вже існує.
field-audience = Хто може це читати
field-audience-hint = Усі в Parley або лише ваша група (учасниці вашого тренінгу) і модератори.
audience-all = Усі в Parley
audience-cohort = Лише моя група
field-advice-by = Порада потрібна до (необов’язково)
field-advice-by-hint = Для обговорення у вашій групі: до цього дня воно показується першим у просторі групи, а дайджест повідомляє, що ви просите поради.
case-for-cohort = Лише для групи { $name } і модераторів
case-advice-by = Порада потрібна до { $date }
cohorts-title = Групи
cohorts-intro = Група — це учасниці одного тренінгу. Її теми бачать лише учасниці групи та модератори.
cohorts-mine = Мої групи
cohorts-none = Ви ще не належите до жодної групи.
cohorts-create = Створити групу
cohorts-name = Назва
cohorts-description = Опис
cohorts-members = Учасниці
cohorts-add = Додати учасницю (електронна адреса)
cohorts-add-button = Додати
cohorts-remove = Вилучити
cohorts-space-empty = Для цієї групи ще нічого не опубліковано.
cohorts-start-discussion = Запитати групу
cohorts-advice = Просять поради
cohorts-pseudonyms = У групі з кількох людей псевдонім приховує ваше ім’я, але не ваш голос: інші можуть упізнати історію. Пишіть те, що сказали б їм у кімнаті.

# Notifications (issue 23).
notice-cohorts-updated = Групу оновлено.
nav-notifications = Сповіщення
nav-unread = непрочитані
notifications-title = Сповіщення
notifications-empty = Поки що нічого нового для вас.
notifications-read-all = Позначити всі як прочитані
notifications-new = Нове
notifications-by-mail = Також електронною поштою
notifications-by-mail-hint = Лист повідомляє лише, що сталося, з посиланням: ніколи не містить назви чи тексту історії.
notifications-save = Зберегти
notice-notifications-saved = Ваш вибір збережено.
notify-reply = Відповідь у вашій темі
notify-published = Ваш допис опубліковано
notify-changes_requested = До вашого допису просять внести зміни
notify-rejected = Ваш допис не опубліковано
notify-reply_decided = Модератор ухвалив рішення щодо вашої відповіді
notify-cohort_thread = Нове у вашій групі
mail-notify-subject = Новини для вас у Parley
mail-notify-reply = Хтось відповів в одній із ваших тем.
mail-notify-published = Один із ваших дописів опубліковано.
mail-notify-changes_requested = Модераторки просять змінити один із ваших дописів.
mail-notify-rejected = Один із ваших дописів не опубліковано.
mail-notify-reply_decided = Модератор ухвалив рішення щодо однієї з ваших відповідей.
mail-notify-cohort_thread = В одній із ваших груп є щось нове.
mail-notify-why = Ви попросили Parley повідомляти вас електронною поштою. Це можна змінити на сторінці сповіщень.
mail-notify-action = Переглянути сповіщення
digest-cohort-item = Нове у вашій групі: тема № { $id }
