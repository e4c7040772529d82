# Parley — русский. Ключи: см. en.ftl.

site-name = Parley
skip-to-content = Перейти к содержанию

## Навигация и оформление страниц
nav-label = Основная навигация
nav-sign-in = Войти
nav-sign-out = Выйти
nav-signed-in-as = Вы вошли как { $name }
nav-account = Учётная запись
nav-invitations = Приглашения
nav-users = Люди
footer-language = Язык
footer-language-apply = Сменить
footer-tagline = Parley — кейсы, которыми делятся конфиденциально. Здесь нет ничего публичного.
action-save = Сохранить
action-cancel = Отмена

## Стартовая страница
home-title = Добро пожаловать
home-lead = Закрытый форум, где выпускницы тренингов по гуманитарным переговорам делятся анонимизированными кейсами переговоров, которые они вели: доступ к людям, нуждающимся в помощи, блокпосты, местные власти, вооружённые субъекты, доноры.
home-promise-invitation-title = Только по приглашению.
home-promise-invitation = Все страницы доступны только участницам после входа.
home-promise-anonymised-title = Анонимизация до того, как кто-либо прочтёт текст.
home-promise-anonymised = Модератор убирает имена, места и даты из каждого кейса перед публикацией; затем оригинал удаляется.
home-promise-pseudonym-title = Под псевдонимом,
home-promise-pseudonym = если вы не решите показать своё имя.
home-welcome = Добро пожаловать, { $name }

## Уведомления после действий
notice-signed-out = Вы вышли из учётной записи.
notice-signed-out-everywhere = Вы вышли из учётной записи на всех устройствах.
notice-welcome = Добро пожаловать в Parley. Ваша учётная запись готова.
notice-profile-saved = Ваш профиль сохранён.
notice-email-sent = Мы отправили ссылку для подтверждения на ваш новый адрес. Адрес изменится, когда вы её откроете.
notice-email-changed = Ваш адрес электронной почты изменён.
notice-password-changed = Ваш пароль изменён. На других устройствах выполнен выход из учётной записи.
notice-password-reset = Ваш пароль изменён. Войдите с новым паролем.
notice-2fa-on = Двухфакторный вход включён.
notice-2fa-off = Двухфакторный вход выключен.
notice-session-ended = Этот сеанс завершён.
notice-account-deleted = Ваша учётная запись удалена.
notice-invitation-sent = Приглашение отправлено.
notice-invitation-revoked = Приглашение отозвано; его ссылка больше не работает.
notice-user-updated = Сохранено. Сеансы этого человека завершены; изменение будет видно при следующем входе.

## Поля форм
field-email = Адрес электронной почты
field-password = Пароль
field-current-password = Текущий пароль
field-new-password = Новый пароль
field-new-email = Новый адрес электронной почты
field-name = Имя
field-language = Язык
field-role = Роль
field-cohort = Поток
field-code = Код
password-rules = Не менее 12 символов. Несколько не связанных между собой слов легко запомнить и трудно угадать.

## Роли
role-member = Участница
role-moderator = Модератор
role-admin = Администратор

## Вход
login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?
login-invitation-only = В Parley можно попасть только по приглашению. Если вы участвовали в тренинге, попросите приглашение у его организаторов.
login-failed = Неверный адрес электронной почты или пароль.
login-code-title = Введите код
login-code-hint = 6-значный код из приложения-аутентификатора или один из ваших кодов восстановления.
login-code-failed = Этот код не подошёл. Дождитесь следующего и попробуйте снова.

## Первый администратор
setup-title = Создание первого администратора
setup-intro = В Parley пока нет администратора. С учётной записи, которую вы здесь создадите, можно будет пригласить всех остальных.
setup-submit = Создать учётную запись администратора

## Приглашения
accept-title = Присоединиться к Parley
accept-intro = Вас пригласили на адрес { $email }. Выберите, как вы будете отображаться, и придумайте пароль.
accept-name-hint = Другие участницы видят ваше имя только там, где вы решите его показать; в остальных случаях вы отображаетесь под псевдонимом.
accept-submit = Создать учётную запись
invitations-title = Приглашения
invitations-send = Отправить приглашение
invitations-list = Отправленные приглашения
invitations-state = Состояние
invitations-revoke = Отозвать
invitations-cohort-hint = Тренинг, например «Бухарест 2023». Необязательно.
invitations-mail-language = Язык письма с приглашением
invitations-not-mailed = Приглашение создано, но письмо отправить не удалось. Передайте эту ссылку сами по безопасному каналу:
invitations-queued = Приглашение создано. Почтовый сервер не отвечает, поэтому письмо будет отправлено, как только он заработает. Если это срочно, передайте эту ссылку сами по безопасному каналу:
invitation-state-pending = Ожидает
invitation-state-accepted = Принято
invitation-state-revoked = Отозвано
invitation-state-expired = Срок истёк

## Сброс пароля и подтверждение адреса электронной почты
reset-title = Сброс пароля
reset-intro = Введите адрес, с которым вы входите. Если он принадлежит учётной записи, мы отправим на него ссылку для выбора нового пароля.
reset-submit = Отправить ссылку
reset-sent-title = Проверьте почту
reset-sent-body = Если для этого адреса есть учётная запись, мы отправили на него ссылку. Ссылка работает один раз и действует в течение часа.
reset-new-title = Выберите новый пароль
reset-new-submit = Сохранить новый пароль
email-confirm-title = Подтвердите новый адрес
email-confirm-intro = Изменить адрес вашей учётной записи Parley на { $email }?
email-confirm-submit = Подтвердить
link-invalid-title = Эта ссылка больше не работает

## Учётная запись
account-title = Ваша учётная запись
account-profile = Профиль
account-role = Роль: { $role }
account-cohort = Поток: { $cohort }
account-name-hint = Другие видят его только в кейсах, где вы решили показать своё имя.
account-email = Адрес электронной почты
account-email-current = Ваш адрес: { $email }.
account-email-submit = Отправить ссылку для подтверждения
account-password = Пароль
account-password-submit = Сменить пароль
account-security = Безопасность и ваши данные
account-2fa-link = Двухфакторный вход
account-2fa-on = включён
account-2fa-off = выключен
account-sessions-link = Где выполнен вход
account-export-link = Скачать ваши данные (JSON)
account-delete-link = Удалить учётную запись

## Двухфакторный вход
twofa-title = Двухфакторный вход
twofa-required = Модераторы и администраторы должны включить двухфакторный вход, прежде чем делать что-либо ещё.
twofa-setup-heading = Включение
twofa-step-app = Установите на телефон приложение-аутентификатор (например, Aegis, FreeOTP или Google Authenticator).
twofa-step-scan = Отсканируйте им этот код или введите ключ ниже.
twofa-qr-label = QR-код с вашим ключом для двухфакторного входа
twofa-secret-text = Ключ:
twofa-step-code = 6-значный код, который показывает приложение
twofa-enable = Включить
twofa-is-on = Двухфакторный вход включён: после пароля мы запрашиваем код из вашего приложения.
twofa-codes-left =
    { $count ->
        [one] У вас остался { $count } неиспользованный код восстановления.
        [few] У вас осталось { $count } неиспользованных кода восстановления.
        [many] У вас осталось { $count } неиспользованных кодов восстановления.
       *[other] У вас осталось { $count } неиспользованных кодов восстановления.
    }
twofa-new-codes = Создать новые коды восстановления
twofa-disable-heading = Выключение
twofa-disable = Выключить двухфакторный вход
codes-title = Ваши коды восстановления
codes-intro = Каждый код позволяет один раз войти, если вы потеряете телефон. Храните их в надёжном месте вне интернета; они показываются только сейчас.
codes-done = Коды сохранены

## Сеансы
sessions-title = Где выполнен вход
sessions-intro = Завершите сеанс на любом устройстве, которое вы не узнаёте.
sessions-device = Устройство
sessions-started = Вход выполнен
sessions-last-seen = Последняя активность
sessions-actions = Действия
sessions-this-one = это устройство
sessions-sign-out = Выйти
sessions-sign-out-everywhere = Выйти на всех устройствах

## Удаление учётной записи
delete-title = Удаление учётной записи
delete-intro = Ваша учётная запись, ваши сеансы и ваши настройки будут удалены сразу. Это нельзя отменить.
delete-published-question = Ваши опубликованные кейсы
delete-published-keep = Оставить их, чтобы другие могли на них учиться, с подписью «бывшая участница»
delete-published-remove = Удалить их
delete-submit = Удалить мою учётную запись

## Администрирование
users-title = Люди
users-status = Статус
users-active = Активна
users-disabled = Отключена
users-disable = Отключить
users-enable = Включить

## Страницы ошибок
error-400-title = Не получилось
error-401-title = Пожалуйста, войдите
error-401-body = Эта страница — для участниц. Войдите, чтобы продолжить.
error-403-title = Нет доступа
error-reference = Если будете сообщать администратору, укажите этот код:
error-back-home = Вернуться на главную страницу
error-status = Ошибка { $status }
error-404-title = Страница не найдена
error-404-body = Этой страницы не существует, или у вас нет к ней доступа.
error-413-title = Слишком большой объём
error-413-body = Вы отправили больше данных, чем принимает Parley.
error-429-title = Пожалуйста, подождите
error-429-body = Слишком много попыток. Подождите несколько минут и попробуйте снова.
error-500-title = Что-то пошло не так
error-500-body = У нас что-то пошло не так. Пожалуйста, попробуйте ещё раз.
error-503-title = Сервис занят
error-503-body = Parley сейчас занят. Пожалуйста, попробуйте чуть позже.
error-400-body = Parley не смог понять этот запрос. Вернитесь, проверьте введённое и попробуйте ещё раз.
error-403-body = Вам нельзя этого делать.
error-409-title = Тем временем это изменилось
error-409-body = Кто-то (возможно, вы в другой вкладке) тем временем это изменил, или это уже сделано. Обновите страницу, чтобы увидеть, как обстоят дела.
error-422-body = Часть введённого нельзя принять. Вернитесь и проверьте.
error-2fa-required = Сначала включите двухфакторный вход: он обязателен для модераторов и администраторов.

## Сообщения проверки
error-email-invalid = не является корректным адресом электронной почты
error-email-same = уже является вашим адресом
error-name-required = обязательно для заполнения
error-name-long = должно содержать не более 80 символов
error-cohort-long = должно содержать не более 60 символов
error-password-short = должен содержать не менее 12 символов
error-password-long = должен содержать не более 256 символов
error-password-weak = слишком распространённый или его легко угадать; попробуйте несколько не связанных между собой слов
error-password-wrong = неверный
error-link-invalid = Эта ссылка больше не работает. Если она вам всё ещё нужна, запросите новую.
error-invitation-invalid = Эта ссылка-приглашение больше не работает. Попросите новую у человека, который вас пригласил.
error-setup-invalid = Эта ссылка для настройки больше не работает. Перезапустите Parley, чтобы вывести новую.
error-totp-code = не совпадает; проверьте время на телефоне и попробуйте следующий код
error-totp-enrolment = срок действия истёк; начните настройку заново

## Письма
mail-footer = Parley — кейсы, которыми делятся конфиденциально. Вы получили это письмо из-за вашей учётной записи или приглашения в Parley.
mail-hello = Здравствуйте,
mail-hello-name = Здравствуйте, { $name }!
mail-invite-subject = Ваше приглашение в Parley
mail-invite-by = { $name } приглашает вас в Parley — закрытый форум, где выпускницы тренингов по гуманитарным переговорам делятся анонимизированными кейсами.
mail-invite-anonymous = Вас пригласили в Parley — закрытый форум, где выпускницы тренингов по гуманитарным переговорам делятся анонимизированными кейсами.
mail-invite-what = Каждую историю модератор анонимизирует до того, как её кто-то прочтёт, а вы появляетесь под псевдонимом, если не выберете иначе.
mail-invite-action = Принять приглашение
mail-invite-expiry =
    { $count ->
        [one] Ссылка работает один раз и действует { $count } день.
        [few] Ссылка работает один раз и действует { $count } дня.
       *[other] Ссылка работает один раз и действует { $count } дней.
    }
mail-invite-ignore = Если вы не ждали этого приглашения, просто проигнорируйте письмо.
mail-reset-subject = Сброс пароля в Parley
mail-reset-body = Кто-то попросил сбросить пароль вашей учётной записи в Parley. Если это были вы, выберите новый пароль по этой ссылке.
mail-reset-action = Выбрать новый пароль
mail-reset-ignore = Если это были не вы, проигнорируйте письмо: ваш пароль не изменится.
mail-link-expiry-minutes =
    { $count ->
        [one] Ссылка работает один раз и действует { $count } минуту.
        [few] Ссылка работает один раз и действует { $count } минуты.
       *[other] Ссылка работает один раз и действует { $count } минут.
    }
mail-email-change-subject = Подтвердите новый адрес для Parley
mail-email-change-body = Вы попросили использовать этот адрес для своей учётной записи в Parley. Подтвердите его по этой ссылке.
mail-email-change-action = Подтвердить адрес
mail-email-change-ignore = Если вы этого не просили, проигнорируйте письмо.
mail-email-change-notice-subject = Адрес вашей учётной записи Parley меняют
mail-email-change-notice-body = Кто-то, вошедший в вашу учётную запись Parley, попросил изменить её адрес электронной почты. Изменение произойдёт только после перехода по ссылке, отправленной на новый адрес.
mail-email-change-notice-help = Если это были не вы, войдите и немедленно смените пароль, а также сообщите администратору.
mail-email-taken-subject = Кто-то хотел использовать этот адрес в Parley
mail-email-taken-body = Кто-то, вошедший в Parley, попросил перенести свою учётную запись на этот адрес. Он уже принадлежит учётной записи Parley, поэтому ничего не изменено.
mail-email-taken-help = Ваша учётная запись Parley, если она у вас есть, не затронута: ничего делать не нужно. Если это повторится, сообщите администратору.

## Кейсы и обсуждения
nav-cases = Кейсы
nav-discussions = Обсуждения
nav-my-cases = Мои материалы
cases-title = Кейсы
discussions-title = Обсуждения
case-new-title = Написать кейс
discussion-new-title = Начать обсуждение
case-edit-title = Редактирование
case-page-title = Кейс
case-edit-published-note = Участницы продолжают видеть опубликованную версию, пока модератор не одобрит ваши изменения.
case-guidance = Как написать кейс: шесть разделов
case-preview = Предпросмотр
case-save-draft = Сохранить черновик
case-submit = Отправить на проверку
case-submit-hint = Никто, кроме вас и модераторов, не увидит текст, пока модератор не анонимизирует и не опубликует его.
case-original-note = этот исходный текст можете читать только вы и модераторы
case-latest-revision = Версия { $number }
case-moderator-reason = Модераторы написали:
case-edit = Редактировать
case-history = Версии
case-by-you = Автор: вы
case-anonymised = анонимизировано модераторами
case-locked = Эта тема закрыта: новые ответы не принимаются.
back-to-thread = Вернуться к теме
history-submitted = Отправлено на проверку
form-has-errors = Пожалуйста, исправьте поля, отмеченные ниже.
untitled = (без названия)
list-empty = Здесь пока ничего нет.
list-next = Более ранние
filters-title = Фильтр
filters-any = Все
filters-apply = Показать
filters-clear = Сбросить фильтры
my-cases-title = Мои материалы
my-cases-empty = Вы пока ничего не написали.
my-cases-status = Статус
my-cases-updated = Последнее изменение
reply-count =
    { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответов
    }
reply-label = Ваш ответ
reply-hint = Ответы проверяет модератор, прежде чем их увидят другие. Не называйте людей, места или даты, по которым можно кого-либо узнать.
reply-submit = Ответить
reply-you = Вы
reply-author = Автор
reply-pending = ожидает проверки модератором
reply-edit = Изменить или отозвать
reply-edit-label = Ваш ответ, изменённый
reply-edit-hint = Изменение проверяется как новый ответ: если оно ждёт модератора, ваш ответ не показывается, пока модератор не решит.
reply-edit-submit = Сохранить изменение
reply-delete = Отозвать этот ответ
replies-more = Ещё ответы
notice-draft-saved = Черновик сохранён. Другие участницы его не видят; модераторы видят.
notice-submitted = Отправлено на проверку. Модератор анонимизирует текст, прежде чем его смогут прочитать другие.
notice-thread-deleted = Удалено.
notice-reply-held = Ваш ответ ожидает проверки модератором.
notice-reply-published = Ваш ответ опубликован.
notice-reply-edited = Ваш ответ изменён.
notice-reply-edit-held = Ваше изменение ожидает проверки модератором; до решения ваш ответ не показывается.
notice-reply-deleted = Ваш ответ отозван.
notice-reply-invalid = Ответ не отправлен: в нём должно быть от 1 до 20 000 символов.

## Поля кейса
field-title = Заголовок
field-country = Страна
field-region = Регион
field-region-hint = Область, воеводство, жудец или район — но никогда не город или село.
field-context = Контекст
field-contexts = Контексты
field-counterpart = Другая сторона
field-counterparts = Другие стороны
field-period = Когда
field-period-hint = Год и, если хотите, месяц. День не указывайте никогда.
field-year = Год
field-month = Месяц
field-outcome = Результат
field-lessons = Уроки
field-lessons-hint = Два или три предложения, которые могут пригодиться другой переговорщице.
field-story = История
field-body = Текст
field-markdown-hint = Markdown: ## заголовок, **жирный**, - список, [ссылка](https://…). Изображения показываются как ссылки и никогда не загружаются.
field-tags = Теги
field-tags-hint = Через запятую, например: вода, топливо, медицинская эвакуация.
field-sensitive = Имена, места и организации в вашей истории
field-sensitive-hint = По одному в строке. Этот список видят только модераторы: он помогает им убрать каждое из упоминаний перед публикацией.
field-text-language = Язык текста
field-language-detect = Определить автоматически
field-show-name = Показывать моё имя в этом кейсе
field-show-name-hint = По умолчанию вы отображаетесь под псевдонимом, который меняется от темы к теме.

## Шаблон с подсказками
template-situation = Ситуация
template-situation-help = Где и когда (не точнее региона, месяца и года), в чём нуждались люди, что этому мешало.
template-counterparts = Другие стороны
template-counterparts-help = С кем вы вели переговоры — по роли, а не по имени — и чего они хотели.
template-objectives = Цели
template-objectives-help = Чего вы стремились добиться, ваш минимально приемлемый результат и ваши альтернативы.
template-approach = Подход
template-approach-help = Как вы готовились, кого привлекли, что предлагали и о чём просили, что менялось по ходу.
template-outcome = Результат
template-outcome-help = О чём удалось или не удалось договориться и что произошло потом.

## Статусы
status-draft = Черновик
status-pending = Ожидает проверки
status-changes_requested = Запрошены изменения
status-rejected = Не опубликовано
status-published = Опубликовано
status-hidden = Скрыто модераторами
status-removed = Удалено
revision-draft = черновик
revision-pending = ожидает проверки
revision-changes_requested = запрошены изменения
revision-rejected = не принята
revision-approved = опубликована
revision-superseded = заменена

## Месяцы
month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь

## Контексты
context-humanitarian_access = Гуманитарный доступ
context-checkpoint_movement = Блокпосты и передвижение
context-local_authorities = Местные власти
context-armed_actors = Вооружённые субъекты
context-national_government = Национальное правительство
context-donors = Доноры
context-un_ingo_coordination = Координация с ООН и МНПО
context-community_leaders = Лидеры сообществ
context-internal_organisational = Внутри собственной организации
context-protection_gbv = Защита и гендерное насилие
context-detention = Задержание
context-evacuation = Эвакуация
context-other = Другое

## Другие стороны
counterpart-armed_group = Вооружённая группа
counterpart-military = Военные
counterpart-police_border_guard = Полиция или пограничная служба
counterpart-local_administration = Местная администрация
counterpart-ministry = Министерство
counterpart-donor = Донор
counterpart-un_agency = Агентство ООН
counterpart-ingo = Международная НПО
counterpart-community_leader = Лидер сообщества
counterpart-other = Другое

## Результаты
outcome-agreement = Договорённость
outcome-partial = Частичная договорённость
outcome-no_agreement = Без договорённости
outcome-ongoing = Продолжается

## Проверка кейсов
error-required = обязательно для заполнения
error-title-long = должно содержать не более 200 символов
error-lessons-long = должно содержать не более 2000 символов
error-body-long = должно содержать не более 100 000 символов
error-reply-long = должно быть не длиннее 20 000 символов
error-country-unknown = не является известным Parley кодом страны ISO 3166-1
error-region-unknown = не является регионом ISO 3166-2 выбранной страны
error-context-unknown = содержит контекст, неизвестный Parley
error-counterpart-unknown = содержит тип другой стороны, неизвестный Parley
error-outcome-unknown = должно быть одним из значений: agreement, partial, no_agreement или ongoing
error-year-range = должен быть от 1990 до текущего года
error-month-range = должен быть от 1 до 12
error-tag-long = содержит тег длиннее 40 символов
error-tags-many = может содержать не более 10 тегов
error-term-long = содержит запись длиннее 100 символов
error-terms-many = может содержать не более 50 записей
error-language = должен быть двухбуквенным кодом языка

## Решения модерации (письма)
mail-decision-published-subject = Ваш кейс опубликован
mail-decision-published-body = «{ $title }» опубликован после анонимизации модераторами. Спасибо, что поделились.
mail-decision-changes_requested-subject = Модераторы просят внести изменения
mail-decision-changes_requested-body = Модераторы прочитали «{ $title }» и просят изменить текст, прежде чем его можно будет опубликовать.
mail-decision-rejected-subject = Ваш текст не опубликован
mail-decision-rejected-body = Модераторы решили не публиковать «{ $title }».
mail-decision-case-number = кейс № { $id }
mail-decision-reason = Их причина:
mail-decision-action = Открыть в Parley

## Модерация
nav-moderation = Модерация
mod-queue-title = Ожидает проверки
mod-queue-empty = Ничто не ожидает проверки.
mod-item = Материал
mod-waiting-since = Ожидает с
mod-claimed-by = Проверяет
mod-claimed-by-name = проверяет { $name }
mod-you = вы
mod-reply = ответ
mod-reply-in = Ответ в теме
mod-review-title = Проверка
mod-awaiting-second = одобрено один раз; ожидает второго модератора
mod-claim = Я проверю
mod-release = Вернуть в очередь
mod-declared = Собственный список автора: имена, места и организации
mod-original = Оригинал (его могут читать только модераторы и автор)
mod-findings = Что нашёл детектор
mod-click-to-accept = Нажмите на выделенное слово (или Enter на нём), чтобы заменить его или оставить; таблица ниже изменится вместе с ним.
mod-no-findings = Детектор ничего не нашёл. Всё равно прочитайте весь текст.
mod-accept = Заменить
mod-kind = Тип
mod-text = Текст
mod-strategy = Заменить на
mod-strategy-pseudonym = псевдоним
mod-strategy-generalise = обобщение
mod-strategy-remove = ничего (удалить)
mod-strategy-custom = свой вариант
mod-extra-terms = Всё, что пропустил детектор
mod-extra-terms-hint = По одному в строке, например «person: Оксана» или «location: Вильховка». Заменяется каждая форма каждого из них.
mod-preview = Предпросмотр анонимизированного текста
mod-publish-heading = Опубликовать эту версию
mod-item-number = Кейс № { $id }
mod-publish-hint = Прочитайте текст ещё раз и исправьте вручную всё, что нужно. При публикации оригинал удаляется.
mod-tags-hint = Участницы увидят только теги, написанные здесь, через запятую. Тег с именем человека или названием места выдаёт так же, как сам рассказ.
mod-note = Заметка для журнала модерации (необязательно)
mod-publish = Опубликовать
mod-send-back = Или верните автору
mod-reason = Причина (её прочитает автор)
mod-request-changes = Запросить изменения
mod-reject = Отклонить
mod-reply-title = Ответ, ожидающий проверки
mod-reply-publish-as = Опубликовать как
mod-log-title = Журнал модерации
mod-when = Когда
mod-who = Кто
mod-action = Действие
mod-flags-title = Жалобы
mod-flags-empty = Открытых жалоб нет.
mod-flag-resolve = Решено
mod-flag-dismiss = Отклонить
mod-hide = Скрыть
mod-unhide = Показать снова
mod-lock = Закрыть
mod-unlock = Открыть
flag-title = Сообщить модераторам
flag-reason = Почему
flag-reason-identifies_someone = По этому можно кого-то узнать
flag-reason-harmful = Это причиняет вред
flag-reason-off_topic = Это не по теме
flag-reason-other = Другое
flag-note = Примечание (необязательно)
flag-hint = Не повторяйте здесь чувствительные подробности: модераторы увидят то, о чём вы сообщаете.
flag-submit = Сообщить
notice-flagged = Спасибо. Модераторы посмотрят.
notice-flag-hidden = Спасибо. Это скрыто, пока модератор не посмотрит.
notice-published = Опубликовано.
notice-approved-first = Одобрено. Перед публикацией это должен одобрить второй модератор.
notice-changes-requested = Возвращено автору с указанием вашей причины.
notice-rejected = Отклонено; автору отправлена ваша причина.
notice-reply-rejected = Ответ отклонён.
notice-flag-closed = Жалоба закрыта.
notice-thread-updated = Готово.
kind-person = Человек
kind-location = Место
kind-organisation = Организация
kind-date = Дата
kind-phone = Телефон
kind-email = Эл. почта
kind-url = Ссылка
kind-handle = Аккаунт
kind-vehicle_plate = Номерной знак
kind-id_number = Номер документа
kind-iban = IBAN
kind-card = Карта
kind-ip = IP-адрес
kind-coordinates = Координаты
kind-military_unit = Воинская часть
kind-address = Адрес
kind-quasi = Роль или возраст, указывающие на человека

## Поиск
nav-search = Поиск
search-title = Поиск
search-label = Поиск по кейсам и обсуждениям
search-submit = Найти
search-hint = Любой язык и алфавит: по запросу «Kharkiv» найдётся и «Харків». Используйте «кавычки» для поиска фразы, -слово, чтобы исключить слово, и фильтры, например country:UA context:armed_actors year:2022..2024 lang:uk.
search-sort = Сортировка
search-sort-relevance = Сначала самые подходящие
search-sort-newest = Сначала новые
search-active-filters = Активные фильтры
search-remove-filter = Убрать этот фильтр
search-facets = Уточнить результаты
search-count =
    { $count ->
        [one] { $count } результат
        [few] { $count } результата
        [many] { $count } результатов
       *[other] { $count } результатов
    }
search-relaxed = Ни один результат не содержит все введённые вами слова; эти содержат некоторые из них.
search-corrected = По запросу «{ $typed }» ничего не найдено. Показаны результаты для «{ $words }».
search-none = Ничего не найдено. Попробуйте меньше слов или уберите фильтр.
search-pages = Страницы результатов
search-previous = Предыдущая
search-next = Следующая
search-filter-country = Страна
search-filter-region = Регион
search-filter-context = Контекст
search-filter-counterpart = Другая сторона
search-filter-outcome = Результат
search-filter-year = Год
search-filter-lang = Язык
search-filter-tag = Тег
search-filter-kind = Тип
case-related = Похожие кейсы

## Дайджесты (письма)
digest-subject-daily = Parley сегодня: { $summary }
digest-subject-weekly = Parley на этой неделе: { $summary }
digest-cases = { $count ->
        [one] { $count } новый кейс
        [few] { $count } новых кейса
       *[other] { $count } новых кейсов
    }
digest-discussions = { $count ->
        [one] { $count } активное обсуждение
        [few] { $count } активных обсуждения
       *[other] { $count } активных обсуждений
    }
digest-replies = { $count ->
        [one] { $count } ответ на ваши публикации
        [few] { $count } ответа на ваши публикации
       *[other] { $count } ответов на ваши публикации
    }
digest-new-replies = { $count ->
        [one] { $count } новый ответ
        [few] { $count } новых ответа
       *[other] { $count } новых ответов
    }
digest-more = { $count ->
       *[other] …и ещё { $count } на Parley.
    }
digest-intro-daily = Что нового на Parley с вашего прошлого дайджеста — из того, за чем вы следите.
digest-intro-weekly = Что нового было на Parley на этой неделе — из того, за чем вы следите.
digest-heading-cases = Новые кейсы
digest-heading-discussions = Активные обсуждения
digest-heading-replies = Ответы на ваши публикации
digest-read = Читать кейс
digest-no-country = Несколько стран
digest-preferences = Изменить, что вы получаете
digest-archive = Прошлые дайджесты
digest-unsubscribe = Отписаться
digest-footer = Вы получаете этот дайджест, потому что подписались на него в Parley. В нём только кейсы, которые модераторы анонимизировали и опубликовали.

## Дайджесты (страницы)
digest-settings-title = Дайджест по электронной почте
digest-settings-intro = Дайджест приносит вам новые кейсы и активные обсуждения из стран и контекстов, за которыми вы следите. Оставьте все флажки пустыми, чтобы получать всё.
digest-frequency = Как часто
digest-frequency-off = Никогда
digest-frequency-daily = Ежедневно
digest-frequency-weekly = Еженедельно
digest-weekday = День (для еженедельных дайджестов)
digest-hour = Час
digest-time-zone = Часовой пояс
digest-time-zone-hint = Дайджесты приходят в этот час по вашему часовому поясу. Если вы его не выбрали, предлагается пояс вашего браузера.
digest-countries = Страны
digest-contexts = Контексты
digest-tags = Теги (через запятую)
digest-queries = Сохранённые поисковые запросы (по одному в строке)
digest-own-replies = Сообщать мне о новых ответах на мои публикации
digest-save = Сохранить
notice-digest-saved = Настройки дайджеста сохранены.
digest-follow-search = Следить за этим поиском в моём дайджесте
notice-search-followed = Этот поиск теперь есть в вашем дайджесте.
digests-title = Прошлые дайджесты
digests-none = Вам пока не отправляли дайджестов.
digests-items = { $count ->
        [one] { $count } материал
        [few] { $count } материала
        [many] { $count } материалов
       *[other] { $count } материалов
    }
digest-nothing-now = Ничего из этого дайджеста больше не доступно для просмотра.
unsubscribe-title = Отписка от дайджеста
unsubscribe-confirm = Перестать получать дайджест Parley на этот адрес?
unsubscribe-button = Отписаться
unsubscribe-done = Вы отписались. Вы больше не будете получать дайджесты. Подписаться снова можно на странице вашей учётной записи.
unsubscribe-invalid = Эта ссылка для отписки больше не работает. Воспользуйтесь ссылкой из последнего дайджеста или измените настройки на странице вашей учётной записи.
admin-digests-title = Отправка дайджестов
admin-digests-state = Состояние
admin-digests-count = Рассылки
admin-digests-period = Период
admin-digests-attempts = Попытки
admin-digests-reason = Последняя ошибка
admin-digests-state-pending = Ожидает отправки
admin-digests-state-sending = Отправляется
admin-digests-state-sent = Отправлено
admin-digests-state-failed = Отменено
admin-digests-failed = Неудачные отправки
admin-digests-none = Неудачных отправок нет.

# Safety on the device (docs/phone-safety.md)
quick-exit = Быстрый выход
quick-exit-hint = Немедленно покинуть Parley: выход из учётной записи и нейтральная страница. Трижды нажатая клавиша Esc делает то же самое.
login-shared-device = Это общее устройство
login-shared-device-hint = Выходить из учётной записи после { $minutes } мин без активности и ничего не оставлять на этом устройстве.
draft-restored = Ваш неотправленный текст восстановлен с этого устройства. Проверьте его перед отправкой.
draft-kept-hint = Пока вы пишете, зашифрованная копия хранится на этом устройстве, пока вы не отправите текст или не выйдете, чтобы ничего не потерялось, если пропадёт связь или закончится сеанс.
device-title = Это устройство
device-shared = Это общее устройство: выходить после { $minutes } мин без активности
device-save = Сохранить
notice-device-saved = Сохранено для этого устройства.
footer-safety = Безопасность на вашем телефоне
safety-title = Что Parley оставляет на вашем телефоне
safety-p1 = Быстрый выход: кнопка вверху каждой страницы или трижды нажатая клавиша Esc сразу завершает сеанс, просит браузер забыть файлы cookie, сохранённые данные и кеш Parley и открывает нейтральную страницу вместо текущей, так что кнопка «Назад» не возвращает в Parley.
safety-p2 = Названия страниц во вкладках и истории браузера — только «Parley»: никогда не название кейса, имя или то, что вы искали.
safety-p3 = Пока вы пишете кейс или ответ, зашифрованная копия хранится в этом браузере, чтобы ничего не потерялось, если пропадёт связь. Прочитать её может только ваш активный сеанс; после выхода или быстрого выхода её уже не прочитать, а через три дня она удаляется.
safety-p4 = На телефоне, которым вы пользуетесь не одна, отметьте при входе «Это общее устройство»: Parley завершит сеанс после нескольких минут без активности. Изменить это для текущего устройства можно на странице учётной записи.
safety-p5 = Чего быстрый выход не может: стереть то, что уже увидели система телефона, приложение клавиатуры, снимок экрана или установленная шпионская программа, а также записи в истории до того, как вы открыли Parley. На телефоне, который могут проверить, пользуйтесь приватным окном и выходите, когда закончите.
preview-findings-title = Перед отправкой:
preview-findings-advice = эти слова могут кого-то выдать. Уберите или измените их сейчас — или оставьте: модераторы тоже их увидят и заменят, прежде чем текст прочтёт кто-то ещё.

# The start page of a signed-in member
home-queue-waiting =
    { $count ->
        [one] { $count } материал ждёт
        [few] { $count } материала ждут
        [many] { $count } материалов ждут
       *[other] { $count } материалов ждут
    }
home-queue-claimed =
    { $count ->
        [one] { $count } взят вами
        [few] { $count } взяты вами
        [many] { $count } взяты вами
       *[other] { $count } взяты вами
    }
home-new-since =
    { $count ->
        [one] { $count } новый материал с вашего последнего визита
        [few] { $count } новых материала с вашего последнего визита
        [many] { $count } новых материалов с вашего последнего визита
       *[other] { $count } новых материалов с вашего последнего визита
    }
home-queue-open = Открыть очередь
home-newest = Новейшие кейсы и обсуждения
home-nothing-yet = Пока ничего не опубликовано.
home-new = новое
home-replies-title = Ответы в ваших темах
home-replies-none = С вашего последнего визита новых ответов нет.

# Digest settings: checks and weekdays
error-digest-weekday = должно быть от 1 (понедельник) до 7 (воскресенье)
error-digest-hour = должно быть от 0 до 23
error-digest-time-zone = должен быть часовой пояс, например Europe/Kyiv, или название города
error-digest-countries = должны быть коды стран ISO 3166-1, например UA
error-digest-contexts = содержит неизвестный контекст
error-digest-tags = не более 20 тегов
error-digest-queries-many = не более 10 сохранённых поисков
error-digest-query-long = сохранённый поиск — не длиннее 200 символов
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье

# Two-factor sign-in on a phone
twofa-open-app = На этом телефоне? Откройте ключ в приложении аутентификации
codes-copy = Скопировать коды
codes-download = Сохранить их в файл
codes-copied = Скопировано.
login-recovery-summary = Использовать код восстановления
login-recovery-label = Код восстановления

# Replacements written into anonymised texts, in the text's language
placeholder-person = Лицо
placeholder-place = Место
placeholder-organisation = Организация
placeholder-unit = Подразделение
placeholder-date = Дата
placeholder-detail = Деталь
generalised-village = село
generalised-town = городок
generalised-city = город
generalised-place = место
generalised-in-region = { $what } ({ $region })
generalised-person = Лицо
generalised-location = место
generalised-organisation = организация
generalised-date = дата
generalised-phone = номер телефона удалён
generalised-email = адрес e-mail удалён
generalised-url = ссылка удалена
generalised-handle = учётная запись удалена
generalised-vehicle_plate = транспортное средство
generalised-id_number = номер документа удалён
generalised-iban = банковский счёт удалён
generalised-card = номер карты удалён
generalised-ip = IP-адрес удалён
generalised-coordinates = координаты удалены
generalised-military_unit = воинская часть
generalised-address = адрес
generalised-quasi = человек с местной должностью
quasi-health = медицинский работник в этой местности
quasi-education = работник местной школы
quasi-clergy = местный священнослужитель
quasi-official = местный чиновник
quasi-role = человек с местной должностью
quasi-child = ребёнок
quasi-age = возраст
quasi-teenager = подросток
generalised-aged = в возрасте { $from }–{ $to } лет

# Reading across languages
case-translate = Перевести на этом устройстве
case-translate-note = Ваш браузер переводит сам: текст не покидает вашего устройства.

# Refusals (errors that say why): pages show them in the reader's language, the API in English.
refusal-removed = Эта тема удалена.
refusal-rejected-edit = Отклонённую публикацию нельзя редактировать.
refusal-waiting = Публикация ждёт модератора; сейчас её нельзя изменить.
refusal-not-editable = Сейчас это нельзя редактировать.
refusal-nothing-to-submit = Нет ничего нового для отправки.
refusal-not-pending = Решение можно принять только по публикации, ожидающей проверки.
refusal-hide = Скрыть можно только опубликованную тему.
refusal-unhide = Снова показать можно только скрытую тему.
refusal-lock = Закрыть или открыть можно только опубликованную тему.
refusal-already = Так уже есть.
refusal-replies-published-only = Отвечать можно только в опубликованных темах.
refusal-locked = Тема закрыта: новые ответы добавить нельзя.
refusal-nothing-waiting = В этой теме ничто не ждёт проверки.
refusal-claimed = { $name } уже работает над этим.
refusal-not-yours = Вы не работаете над этим.
refusal-flagged-already = Вы уже сообщили об этом; модератор посмотрит.
refusal-flag-closed = Эта жалоба уже закрыта.
refusal-four-eyes = Вы уже одобрили эту версию: её должен одобрить другой модератор.
refusal-reply-not-waiting = Этот ответ не ждёт проверки.
refusal-reply-not-editable = Этот ответ больше нельзя изменить.
refusal-form-unreadable = Не удалось прочитать форму.
refusal-json-type = Отправьте тело запроса как application/json.
refusal-json-invalid = Тело запроса не является корректным JSON.
refusal-body-unreadable = Не удалось прочитать тело запроса.
refusal-form-type = Отправьте форму как application/x-www-form-urlencoded.
refusal-query-unreadable = В адресе есть параметры, которых мы не понимаем.
refusal-search-unreadable = Не удалось прочитать поисковый запрос.
refusal-form-expired = Эта форма устарела или пришла не из Parley. Вернитесь, обновите страницу и попробуйте ещё раз.
refusal-method = Этот адрес не принимает такой запрос.
refusal-not-allowed = Вам нельзя это делать.
refusal-not-understood = Мы не поняли этот запрос.
refusal-metrics = метрики доступны только с адресов из metrics.allow_from или с токеном метрик
refusal-admin-only = Это может сделать только администратор.
refusal-moderator-only = Это может сделать только модератор.
refusal-two-factor-on = Двухэтапный вход уже включён.
refusal-staff-keep-two-factor = Модераторы и администраторы должны держать двухэтапный вход включённым.
refusal-two-factor-off = Двухэтапный вход выключен.
refusal-account-exists = Учётная запись с этим адресом уже существует.
refusal-last-admin = Parley нужен хотя бы один администратор: сначала назначьте администратором кого-то другого.
refusal-last-active-admin = Parley нужен хотя бы один активный администратор.
refusal-only-admin-delete = Вы единственный администратор: прежде чем удалить учётную запись, назначьте администратором кого-то другого.
refusal-address-taken = Этот адрес теперь принадлежит другой учётной записи.
refusal-invite-staff = Модераторы могут приглашать участниц; модераторов и администраторов приглашает только администратор.
refusal-has-account = У этого человека уже есть учётная запись.
refusal-admin-invitation-pending = На этот адрес уже отправлено приглашение администратора; заменить его может только администратор.
refusal-withdraw-staff = Отозвать приглашение для модератора или администратора может только администратор.
refusal-invitation-used = Это приглашение уже принято или отозвано.

# Cohorts (issue 23).
error-description-long = должно содержать не более 2000 символов
error-no-such-account = не принадлежит ни одной учётной записи
error-cohort-unknown = не является названием группы; группы создаёт администратор
error-audience = должно быть «все» или ваша группа
error-advice-by = должно быть днём от сегодня до года вперёд, для обсуждения в группе
refusal-cohort-exists = Группа с таким названием уже существует.
field-audience = Кто может это читать
field-audience-hint = Все в Parley или только ваша группа (участницы вашего тренинга) и модераторы.
audience-all = Все в Parley
audience-cohort = Только моя группа
field-advice-by = Совет нужен до (необязательно)
field-advice-by-hint = Для обсуждения в вашей группе: до этого дня оно показывается первым в пространстве группы, а дайджест сообщает, что вы просите совета.
case-for-cohort = Только для группы { $name } и модераторов
case-advice-by = Совет нужен до { $date }
cohorts-title = Группы
cohorts-intro = Группа — это участницы одного тренинга. Её темы видят только участницы группы и модераторы.
cohorts-mine = Мои группы
cohorts-none = Вы ещё не состоите ни в одной группе.
cohorts-create = Создать группу
cohorts-name = Название
cohorts-description = Описание
cohorts-members = Участницы
cohorts-add = Добавить участницу (адрес электронной почты)
cohorts-add-button = Добавить
cohorts-remove = Убрать
cohorts-space-empty = Для этой группы ещё ничего не опубликовано.
cohorts-start-discussion = Спросить группу
cohorts-advice = Просят совета
cohorts-pseudonyms = В группе из нескольких человек псевдоним скрывает ваше имя, но не ваш голос: другие могут узнать историю. Пишите то, что сказали бы им в комнате.

# Notifications (issue 23).
notice-cohorts-updated = Группа обновлена.
nav-notifications = Уведомления
nav-unread = непрочитанные
notifications-title = Уведомления
notifications-empty = Пока ничего нового для вас.
notifications-read-all = Отметить все как прочитанные
notifications-new = Новое
notifications-by-mail = Также по электронной почте
notifications-by-mail-hint = Письмо сообщает только, что произошло, со ссылкой: никогда не содержит названия или текста истории.
notifications-save = Сохранить
notice-notifications-saved = Ваш выбор сохранён.
notify-reply = Ответ в вашей теме
notify-published = Ваша публикация опубликована
notify-changes_requested = В вашу публикацию просят внести изменения
notify-rejected = Ваша публикация не опубликована
notify-reply_decided = Модератор принял решение по вашему ответу
notify-cohort_thread = Новое в вашей группе
mail-notify-subject = Новости для вас в Parley
mail-notify-reply = Кто-то ответил в одной из ваших тем.
mail-notify-published = Одна из ваших публикаций опубликована.
mail-notify-changes_requested = Модераторы просят изменить одну из ваших публикаций.
mail-notify-rejected = Одна из ваших публикаций не опубликована.
mail-notify-reply_decided = Модератор принял решение по одному из ваших ответов.
mail-notify-cohort_thread = В одной из ваших групп есть что-то новое.
mail-notify-why = Вы попросили Parley сообщать вам по электронной почте. Это можно изменить на странице уведомлений.
mail-notify-action = Посмотреть уведомления
digest-cohort-item = Новое в вашей группе: тема № { $id }
