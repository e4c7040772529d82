# Parley — українська. Ключі: див. en.ftl.

site-name = Parley

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
mail-decision-published-subject = Ваш кейс опубліковано
mail-decision-published-body = «{ $title }» опубліковано після анонімізації модераторками. Дякуємо, що поділилися.
mail-decision-changes_requested-subject = Модераторки просять внести зміни
mail-decision-changes_requested-body = Модераторки прочитали «{ $title }» і просять змінити текст, перш ніж його можна буде опублікувати.
mail-decision-rejected-subject = Ваш текст не опубліковано
mail-decision-rejected-body = Модераторки вирішили не публікувати «{ $title }».
mail-decision-reason = Їхня причина:
mail-decision-action = Відкрити в Parley

## Дайджести
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
