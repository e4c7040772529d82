# Parley — русский. Ключи: см. en.ftl.

site-name = Parley

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
mail-decision-published-subject = Ваш кейс опубликован
mail-decision-published-body = «{ $title }» опубликован после анонимизации модераторами. Спасибо, что поделились.
mail-decision-changes_requested-subject = Модераторы просят внести изменения
mail-decision-changes_requested-body = Модераторы прочитали «{ $title }» и просят изменить текст, прежде чем его можно будет опубликовать.
mail-decision-rejected-subject = Ваш текст не опубликован
mail-decision-rejected-body = Модераторы решили не публиковать «{ $title }».
mail-decision-reason = Их причина:
mail-decision-action = Открыть в Parley

## Дайджесты
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
