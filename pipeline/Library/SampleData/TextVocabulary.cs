namespace Analytics.Pipeline.SampleData;

/// <summary>The languages the sample's customers write in (a share of them write Russian, <see cref="Knobs.RussianShare"/>).</summary>
internal enum TextLanguage { English, Russian }

/// <summary>
/// What customers of one language write: the parts of a ticket's description (greeting, the problem by category,
/// a detail, a sentence whose tone follows how the ticket went, a signature) and survey comments by score and by what
/// went wrong. Templates hold slots in braces (<c>{order}</c>, <c>{agent}</c>...) that <see cref="SampleTexts"/>
/// fills; a few hold commas, quotes and line breaks, as real messages do.
/// </summary>
internal sealed class TextVocabulary
{
    public required string[] Greetings { get; init; }

    /// <summary>The customer's problem in their own words, by the ticket's subject (<see cref="SubjectVocabulary"/>).</summary>
    public required IReadOnlyDictionary<string, string[]> Problems { get; init; }

    /// <summary>A second sentence that says more: of any problem, and of a technical one (what was tried, since when, who is affected).</summary>
    public required string[] Details { get; init; }
    public required string[] TechnicalDetails { get; init; }

    /// <summary>
    /// Sentences of a description by tone: a ticket that goes badly is written by an unhappy customer, who says what
    /// about it (the wait, the problem back again) or just that they are unhappy.
    /// </summary>
    public required string[] Negative { get; init; }
    public required string[] NegativeWaiting { get; init; }
    public required string[] NegativeAgain { get; init; }
    public required string[] Neutral { get; init; }
    public required string[] Positive { get; init; }

    /// <summary>Signatures of an email or web form, after a blank line.</summary>
    public required string[] Signatures { get; init; }
    public required string[] Names { get; init; }

    /// <summary>Survey comments: by score, and for a low score by what went wrong with the ticket.</summary>
    public required string[] Good { get; init; }
    public required string[] GoodQuick { get; init; }
    public required string[] Mixed { get; init; }
    public required string[] BadGeneric { get; init; }
    public required string[] BadSlow { get; init; }
    public required string[] BadReopened { get; init; }
    public required string[] NpsPromoter { get; init; }
    public required string[] NpsPassive { get; init; }
    public required string[] NpsDetractor { get; init; }

    /// <summary>Slot words: a past moment, since when, a period, the ordinal of a day of waiting (second, third...).</summary>
    public required string[] When { get; init; }
    public required string[] Since { get; init; }
    public required string[] Period { get; init; }
    public required string[] DayOrdinals { get; init; }

    /// <summary>How many times a ticket was reopened: once, twice, three times.</summary>
    public required string[] Times { get; init; }
    public required string OrderMark { get; init; }
    public required string NoAgent { get; init; }

    /// <summary>An amount of euros and cents as this language writes it.</summary>
    public required Func<long, long, string> Amount { get; init; }

    public static TextVocabulary Of(TextLanguage language) => language == TextLanguage.Russian ? Russian : English;

    public static readonly TextVocabulary English = new()
    {
        Greetings = ["Hi,", "Hello,", "Hi team,", "Hello support,", "Good morning,", "Dear support team,", "Hey,"],
        Problems = new Dictionary<string, string[]>
        {
            ["Question about my invoice"] = ["I have a question about invoice {invoice}: what is the {amount} item on the second page?", "Could you explain invoice {invoice}? It says {amount}, but the {plan} plan should cost less with the discount we agreed."],
            ["Charged twice, please refund"] = ["I was charged twice for invoice {invoice}, {amount} each time. Could you refund one of the payments?", "My card shows two payments of {amount} on the same day. Please refund the duplicate."],
            ["Invoice shows wrong VAT number"] = ["The VAT number on invoice {invoice} is wrong; we need a corrected copy for our accounting."],
            ["Frage zur Rechnung"] = ["Our accountant asks about invoice {invoice}: which period does the {amount} cover?"],
            ["How do I download past invoices?"] = ["Where can I download our invoices for {period}? I only see the latest one in the account."],
            ["Password reset email not arriving"] = ["I can't log in {since}. The password reset email never arrives, and it's not in the spam folder either.", "I requested a password reset {few} times, no email came."],
            ["Account locked after too many attempts"] = ["My account was locked after a few wrong passwords and the unlock link says it has expired."],
            ["\"Remember me\" does not work"] = ["Even with \"Remember me\" ticked I have to log in again every time I open {browser}."],
            ["Can't access account after email change"] = ["Since I changed my email address I can no longer sign in, it says \"user not found\"."],
            ["SSO login redirects in a loop"] = ["SSO keeps sending me back to the login page in a loop ({browser} on {device})."],
            ["Where is my order?"] = ["Order {order} was supposed to arrive {when}, but the tracking has not changed for days.", "I ordered {when} (order {order}) and have not received anything yet. Where is it?"],
            ["Parcel marked delivered but not received"] = ["The parcel for order {order} is marked as delivered, but nothing arrived here and the neighbours don't have it."],
            ["Lieferung verspätet"] = ["The delivery of order {order} is late, it should have been here {when}."],
            ["Change delivery address"] = ["Could you change the delivery address of order {order}? We moved to a new office."],
            ["Tracking number not working"] = ["The tracking number of order {order} is not found on the carrier's website."],
            ["Does the Pro plan include exports?"] = ["Does the Pro plan include CSV exports, or do we need Enterprise for that?"],
            ["How to set up team permissions"] = ["How do I give a colleague read-only access without making them an admin?"],
            ["Difference between Basic and Pro"] = ["What is the difference between Basic and Pro for a team of {team} people?"],
            ["Is there a mobile app?"] = ["Is there a mobile app, or should we use the web version on our phones?"],
            ["Question about data retention"] = ["How long do you keep our data after we delete a project? Our legal team is asking."],
            ["Payment not going through"] = ["My card payment of {amount} does not go through, it just says \"payment failed\"."],
            ["Refund not received yet"] = ["You confirmed a refund of {amount} {when}, but it has not arrived on my card."],
            ["Update credit card details"] = ["How do I update the credit card on file? The old one expires this month."],
            ["SEPA mandate rejected"] = ["Our SEPA mandate was rejected, although the IBAN is correct."],
            ["Why was my card charged 1,00 €?"] = ["There is a charge of 1,00 € from you on my card. What is it for?"],
            ["Return label request"] = ["Could you send me a return label for order {order}?"],
            ["Item arrived damaged"] = ["The item from order {order} arrived damaged, the box was crushed. How do I send it back?"],
            ["Wrong size, want to exchange"] = ["I ordered the wrong size (order {order}) and would like to exchange it."],
            ["Refund for returned item"] = ["I sent back the item from order {order} {when}. When will I get the {amount} back?"],
            ["Return window question"] = ["Is the 30-day return window counted from the order date or from delivery?"],
            ["Change company name on account"] = ["Please change our company name on the account to \"{company}\"."],
            ["Add a new admin user"] = ["How do I add a new admin? Our previous admin has left the company."],
            ["Close my account"] = ["Please close my account at the end of the current billing period."],
            ["Transfer ownership to colleague"] = ["I need to transfer ownership of our workspace to a colleague."],
            ["Update billing contact"] = ["Please send our invoices to the accounting team from now on, not to me."],
            ["Export button does nothing"] = ["The export button does nothing in {browser}: no file is downloaded and no error is shown."],
            ["Error 500 when saving settings"] = ["I get error 500 every time I save the settings page."],
            ["Dashboard shows wrong totals"] = ["The dashboard totals do not match the report for {period}, the numbers differ by about {count}."],
            ["App crashes on startup (Android)"] = ["The app crashes on startup on my {android} since the last update."],
            ["Dates shown in wrong time zone"] = ["All dates in the app are one hour off, although our time zone is set to Europe/Berlin."],
            ["Shopify sync stopped"] = ["The Shopify sync stopped {when}, new orders no longer show up."],
            ["Webhook not firing"] = ["Our webhook is not firing for new tickets, although the endpoint answers when I call it by hand."],
            ["API returns 401 with valid token"] = ["The API returns 401 even with a freshly generated token."],
            ["Slack notifications missing"] = ["Slack notifications stopped arriving in the channel we set up."],
            ["Salesforce field mapping question"] = ["How do we map our custom Salesforce field \"Region__c\" to a ticket field?"],
            ["Pages load very slowly"] = ["Pages take {seconds} seconds or more to load {since}."],
            ["Report takes minutes to generate"] = ["Generating the monthly report takes several minutes now, it used to be instant."],
            ["Timeouts during checkout"] = ["We get timeouts at checkout during the day and our customers are complaining."],
            ["Search is slow since update"] = ["Search has become very slow since the update, even for a single word."],
            ["Please add dark mode"] = ["Would it be possible to add a dark mode? Our team often works late."],
            ["Feature idea: bulk edit"] = ["A bulk edit for contacts would save us hours every week."],
            ["Request: CSV import for contacts"] = ["Please add a CSV import for contacts, we have {contacts} of them in a spreadsheet."],
            ["Would love a calendar view"] = ["A calendar view of due dates would be great."],
            ["Suspicious login notification"] = ["I got a notification about a login from a country I have never been to. Was my account compromised?"],
            ["Report a phishing email"] = ["We received a phishing email that looks like it comes from you, I am forwarding it below."],
            ["Request for our DPA / GDPR documents"] = ["Please send us your DPA and the list of subprocessors for our GDPR review."],
            ["Enable two-factor for all users"] = ["How can we enforce two-factor authentication for all users?"],
            ["Question"] = ["I have a question about my account, could someone call me back?"],
            ["Help needed"] = ["Something is not working, can you help?"],
            ["(no subject)"] = ["Can you check what is going on with our account?"],
            ["Re: your message"] = ["Please see my previous message, I answered your questions there."],
            ["Card declined at checkout"] = ["My card was declined at checkout, I tried {few} different cards."],
            ["Payment failed but money reserved"] = ["The payment failed, but the money ({amount}) is reserved on my card!"],
            ["PAYMENT FAILED - urgent"] = ["Checkout keeps saying \"payment failed\", we cannot buy anything. Urgent!"],
            ["Card declined, tried 3 different cards"] = ["Checkout says \"card declined\" for all 3 of our cards, although the bank says everything is fine."],
            ["Cannot log in"] = ["I cannot log in since this morning, the page just reloads."],
            ["2FA code not arriving"] = ["The 2FA code never arrives, neither by SMS nor by email."],
            ["Cannot log in - 2fa code invalid"] = ["The 2FA code is rejected as invalid every single time."],
            ["Locked out since this morning"] = ["Locked out of my account since this morning, and so is the rest of the team."],
        },
        Details = ["Our customer number is {customer}.", "Screenshot attached.", "I already wrote about this through the contact form."],
        TechnicalDetails =
        [
            "I already tried clearing the cache and logging out and in again.", "It still worked {when}.",
            "This affects {team} people in our team.", "I tried it in {browser} and on my {device}, same result.",
        ],
        Negative =
        [
            "I am very disappointed, we pay for the {plan} plan and nothing works.",
            "This is unacceptable, we are losing customers because of it.",
            "It's urgent. This is the worst support experience I have had.",
            "Honestly, this is really frustrating.",
        ],
        NegativeWaiting =
        [
            "This is the second time I write about this and still no answer, very disappointing.",
            "Still waiting, second time I write. Very frustrating.",
            "I have been waiting for {days} days now, this is really bad service.",
            "Nobody replied to my last email, which is frustrating.",
        ],
        NegativeAgain =
        [
            "The problem is back again and your last fix did not help at all, very disappointing.",
            "Same problem as before, it was never really fixed. Annoying.", "Third time this happens. This is really annoying.",
        ],
        Neutral =
        [
            "Could you please have a look?", "Please let me know what you need from me.", "What should I do?",
            "Can you check this?",
        ],
        Positive =
        [
            "Thanks in advance, you have always been helpful!", "Thank you, great service as always.",
            "Love the product otherwise, thanks!", "Thanks a lot for your help.",
        ],
        Signatures = ["Best regards,\n{name}", "Thanks,\n{name}", "{name}\n{company}", "Kind regards,\n{name}, {company}"],
        Names = ["Emma Clarke", "Liam Baker", "Olivia Turner", "Noah Hughes", "Sophie Martin", "James Wright", "Chloe Evans", "Daniel Price"],
        Good =
        [
            "Quick and friendly, thanks!", "{agent} solved it in one reply. Great.", "{agent} was super helpful.",
            "Fast answer, clear steps, problem gone.", "Exactly what I needed, thank you",
            "Great support, {agent} explained everything clearly.", "Very helpful and patient, thank you!",
        ],
        GoodQuick = ["Answered within {minutes} minutes, impressive.", "Fixed before I finished my coffee. Thanks, {agent}!"],
        Mixed =
        [
            "OK in the end, but it took a while.", "Had to explain the issue twice.", "Fine, though the \"help\" article was outdated.",
            "Solved, but the first answer came only after {days} days.", "The answer was correct but rather generic.",
        ],
        BadGeneric =
        [
            "Still not fixed, ticket was closed anyway.", "I was passed around between three agents.",
            "The first answer did not read my question.\nPlease improve.", "Useless answer, I had to find the solution myself.",
        ],
        BadSlow =
        [
            "Took {days} days to get an answer.", "Way too slow, {days} days without a reply.",
            "Still waiting, second time I write, and the ticket is marked solved.",
        ],
        BadReopened =
        [
            "Reopened {times}. Not happy.", "The problem came back right after you closed the ticket. Annoying.",
            "Had to reopen the ticket, the first fix did not work. Disappointed.",
        ],
        NpsPromoter =
        [
            "Great product and support.", "Easy to use, support answers fast.", "Recommended it to two colleagues already.",
            "Saves our team hours every week, love it.",
        ],
        NpsPassive = ["Good product, but the price went up.", "Does the job, some features are missing.", "OK overall, the reports could be faster."],
        NpsDetractor =
        [
            "Too many bugs lately.", "Support is slow, pricing went up.", "Login problems again, very frustrating.",
            "Support is slow and the answers are useless.",
        ],
        When = ["yesterday", "on Monday", "last week", "two days ago", "on Friday"],
        Since = ["since yesterday", "since this morning", "since Monday", "since the last update", "since last week"],
        Period = ["last month", "October", "last week", "the last quarter"],
        DayOrdinals = ["second", "third", "fourth", "fifth"],
        Times = ["once", "twice", "three times"],
        OrderMark = "#",
        NoAgent = "The agent",
        Amount = (euros, cents) => $"€{euros}.{cents:D2}",
    };

    public static readonly TextVocabulary Russian = new()
    {
        Greetings = ["Здравствуйте!", "Добрый день!", "Здравствуйте,", "Добрый вечер.", "Привет!", "Доброе утро!"],
        Problems = new Dictionary<string, string[]>
        {
            ["Question about my invoice"] = ["Вопрос по счёту {invoice}: что за позиция на {amount} на второй странице?", "Поясните, пожалуйста, счёт {invoice}: там {amount}, хотя тариф {plan} с нашей скидкой должен стоить меньше."],
            ["Charged twice, please refund"] = ["С меня дважды списали {amount} по счёту {invoice}. Верните, пожалуйста, один платёж.", "На карте два списания по {amount} в один день. Верните, пожалуйста, лишнее."],
            ["Invoice shows wrong VAT number"] = ["В счёте {invoice} указан неверный номер НДС, нужен исправленный документ для бухгалтерии."],
            ["Frage zur Rechnung"] = ["Бухгалтер спрашивает про счёт {invoice}: за какой период списано {amount}?"],
            ["How do I download past invoices?"] = ["Где скачать счета за {period}? В личном кабинете виден только последний."],
            ["Password reset email not arriving"] = ["Не могу войти в аккаунт {since}. Письмо для сброса пароля не приходит, в спаме тоже нет.", "Запрашивал сброс пароля {few} раза, письмо так и не пришло."],
            ["Account locked after too many attempts"] = ["Аккаунт заблокировали после нескольких попыток входа, а ссылка для разблокировки уже недействительна."],
            ["\"Remember me\" does not work"] = ["Даже с галочкой «Запомнить меня» приходится входить заново при каждом запуске {browser}."],
            ["Can't access account after email change"] = ["После смены почты не получается войти: пишет «пользователь не найден»."],
            ["SSO login redirects in a loop"] = ["Вход через SSO зацикливается и возвращает на страницу логина ({browser}, {device})."],
            ["Where is my order?"] = ["Заказ {order} должен был прийти {when}, но трекинг не обновляется уже несколько дней.", "Оформил заказ {order} {when}, до сих пор ничего не пришло. Где он?"],
            ["Parcel marked delivered but not received"] = ["Посылка по заказу {order} отмечена как доставленная, но я её не получил, у соседей её тоже нет."],
            ["Lieferung verspätet"] = ["Доставка заказа {order} задерживается, он должен был прийти {when}."],
            ["Change delivery address"] = ["Можно изменить адрес доставки для заказа {order}? Мы переехали в другой офис."],
            ["Tracking number not working"] = ["Трек-номер заказа {order} не находится на сайте перевозчика."],
            ["Does the Pro plan include exports?"] = ["Входит ли выгрузка в CSV в тариф Pro, или для этого нужен Enterprise?"],
            ["How to set up team permissions"] = ["Как дать коллеге доступ только на просмотр, не делая его администратором?"],
            ["Difference between Basic and Pro"] = ["Чем отличаются тарифы Basic и Pro для команды из {team} человек?"],
            ["Is there a mobile app?"] = ["Есть ли мобильное приложение, или пользоваться веб-версией с телефона?"],
            ["Question about data retention"] = ["Сколько вы храните наши данные после удаления проекта? Спрашивает юридический отдел."],
            ["Payment not going through"] = ["Оплата картой на {amount} не проходит, пишет «платёж отклонён»."],
            ["Refund not received yet"] = ["Вы подтвердили возврат {amount} {when}, но на карту деньги так и не пришли."],
            ["Update credit card details"] = ["Как поменять привязанную карту? Срок действия старой заканчивается в этом месяце."],
            ["SEPA mandate rejected"] = ["Банк отклонил мандат SEPA, хотя IBAN указан правильно."],
            ["Why was my card charged 1,00 €?"] = ["С карты списали 1,00 € с вашим названием. Что это за платёж?"],
            ["Return label request"] = ["Пришлите, пожалуйста, этикетку для возврата по заказу {order}."],
            ["Item arrived damaged"] = ["Товар из заказа {order} пришёл повреждённым, коробка смята. Как его вернуть?"],
            ["Wrong size, want to exchange"] = ["Ошибся с размером в заказе {order}, хочу обменять."],
            ["Refund for returned item"] = ["Я отправил обратно товар из заказа {order} {when}. Когда вернутся деньги ({amount})?"],
            ["Return window question"] = ["Срок возврата 30 дней считается от даты заказа или от доставки?"],
            ["Change company name on account"] = ["Измените, пожалуйста, название компании в аккаунте на «{company}»."],
            ["Add a new admin user"] = ["Как добавить нового администратора? Прежний ушёл из компании."],
            ["Close my account"] = ["Прошу закрыть мой аккаунт в конце оплаченного периода."],
            ["Transfer ownership to colleague"] = ["Нужно передать права владельца рабочего пространства коллеге."],
            ["Update billing contact"] = ["Отправляйте, пожалуйста, счета теперь в бухгалтерию, а не мне."],
            ["Export button does nothing"] = ["Кнопка экспорта в {browser} ничего не делает: файл не скачивается, ошибок нет."],
            ["Error 500 when saving settings"] = ["При сохранении настроек каждый раз выдаёт ошибку 500."],
            ["Dashboard shows wrong totals"] = ["Итоги на дашборде не совпадают с отчётом за {period}, разница примерно {count}."],
            ["App crashes on startup (Android)"] = ["После последнего обновления приложение вылетает при запуске на {android}."],
            ["Dates shown in wrong time zone"] = ["Все даты в приложении сдвинуты на час, хотя часовой пояс у нас Europe/Berlin."],
            ["Shopify sync stopped"] = ["Синхронизация с Shopify остановилась {when}, новые заказы не появляются."],
            ["Webhook not firing"] = ["Вебхук не срабатывает на новые тикеты, хотя вручную эндпоинт отвечает."],
            ["API returns 401 with valid token"] = ["API возвращает 401 даже с только что созданным токеном."],
            ["Slack notifications missing"] = ["Уведомления в Slack перестали приходить в наш канал."],
            ["Salesforce field mapping question"] = ["Как сопоставить наше поле Salesforce «Region__c» с полем тикета?"],
            ["Pages load very slowly"] = ["Страницы грузятся по {seconds} секунд и дольше {since}."],
            ["Report takes minutes to generate"] = ["Месячный отчёт теперь формируется несколько минут, раньше было мгновенно."],
            ["Timeouts during checkout"] = ["Днём при оформлении заказа бывают таймауты, клиенты жалуются."],
            ["Search is slow since update"] = ["После обновления поиск стал работать очень медленно, даже по одному слову."],
            ["Please add dark mode"] = ["Можно ли добавить тёмную тему? Наша команда часто работает вечером."],
            ["Feature idea: bulk edit"] = ["Массовое редактирование контактов сэкономило бы нам много времени."],
            ["Request: CSV import for contacts"] = ["Добавьте, пожалуйста, импорт контактов из CSV, у нас их {contacts} в таблице."],
            ["Would love a calendar view"] = ["Было бы здорово видеть сроки в виде календаря."],
            ["Suspicious login notification"] = ["Пришло уведомление о входе из страны, где я никогда не был. Мой аккаунт взломали?"],
            ["Report a phishing email"] = ["Нам пришло фишинговое письмо якобы от вас, пересылаю его ниже."],
            ["Request for our DPA / GDPR documents"] = ["Пришлите, пожалуйста, DPA и список субподрядчиков для проверки по GDPR."],
            ["Enable two-factor for all users"] = ["Как включить обязательную двухфакторную аутентификацию для всех пользователей?"],
            ["Question"] = ["У меня вопрос по аккаунту, можете перезвонить?"],
            ["Help needed"] = ["Что-то не работает, помогите разобраться."],
            ["(no subject)"] = ["Проверьте, пожалуйста, что происходит с нашим аккаунтом."],
            ["Re: your message"] = ["Посмотрите, пожалуйста, моё предыдущее сообщение, я там ответил на ваши вопросы."],
            ["Card declined at checkout"] = ["Карту отклоняют при оплате, пробовал {few} разные карты."],
            ["Payment failed but money reserved"] = ["Платёж не прошёл, но деньги ({amount}) на карте заблокированы!"],
            ["PAYMENT FAILED - urgent"] = ["При оформлении пишет «платёж не прошёл», ничего не можем купить. Срочно!"],
            ["Card declined, tried 3 different cards"] = ["При оплате пишет «карта отклонена» для всех трёх наших карт, хотя банк говорит, что всё в порядке."],
            ["Cannot log in"] = ["С утра не могу войти, страница просто перезагружается."],
            ["2FA code not arriving"] = ["Код 2FA не приходит ни по SMS, ни на почту."],
            ["Cannot log in - 2fa code invalid"] = ["Код двухфакторной аутентификации каждый раз не принимается."],
            ["Locked out since this morning"] = ["С утра вся команда не может войти в аккаунт."],
        },
        Details = ["Наш номер клиента {customer}.", "Скриншот прикладываю.", "Уже писал об этом через форму на сайте."],
        TechnicalDetails =
        [
            "Кэш уже чистил, из аккаунта выходил и заходил снова.", "Ещё {when} всё работало нормально.",
            "Это касается {team} человек в нашей команде.", "Пробовал в {browser} и на {device}, то же самое.",
        ],
        Negative =
        [
            "Очень разочарован: платим за тариф {plan}, а ничего не работает.",
            "Это безобразие и очень плохой сервис, из-за вас теряем клиентов.",
            "Срочно! Это ужасно.",
            "Это очень раздражает и мешает работать.",
        ],
        NegativeWaiting =
        [
            "Пишу уже второй раз, ответа так и нет. Очень неудобно.",
            "Жду ответа уже {day} день, это ужасно.",
            "Срочно! Никто не отвечает, это ужасная поддержка.",
            "Уже раздражает: на прошлое письмо никто не ответил.",
        ],
        NegativeAgain =
        [
            "Проблема опять вернулась, прошлое решение не помогло.", "Та же проблема, что и раньше, её так и не решили. Очень неприятно.",
            "Уже третий раз одно и то же, ужасно надоело.",
        ],
        Neutral = ["Подскажите, пожалуйста, что делать.", "Напишите, какие данные от меня нужны.", "Посмотрите, пожалуйста.", "Что нужно сделать?"],
        Positive = ["Заранее спасибо!", "Спасибо, вы всегда быстро помогаете.", "В остальном всё отлично, спасибо!", "Большое спасибо за помощь."],
        Signatures = ["С уважением,\n{name}", "Спасибо,\n{name}", "{name}\n{company}", "С уважением, {name}, {company}"],
        Names = ["Ольга Смирнова", "Дмитрий Иванов", "Анна Кузнецова", "Сергей Попов", "Мария Соколова", "Алексей Морозов", "Екатерина Волкова", "Игорь Лебедев"],
        Good =
        [
            "Быстро и вежливо, спасибо!", "Спасибо, {agent}! Всё решилось с первого ответа.", "Очень помогли, спасибо!",
            "Быстрый ответ, понятные шаги, проблема решена.", "Именно то, что нужно, спасибо",
            "{agent} — настоящий профессионал, спасибо!", "Отличная поддержка, всё объяснили понятно.",
        ],
        GoodQuick = ["Ответили за {minutes} минут, отлично.", "Решили быстрее, чем я допил кофе. Спасибо!"],
        Mixed =
        [
            "В итоге помогли, но пришлось подождать.", "Пришлось объяснять проблему дважды.",
            "Нормально, хотя статья в «справке» устарела.", "Решили, но первого ответа ждал {day} день.",
            "Ответ правильный, но слишком общий.",
        ],
        BadGeneric =
        [
            "Так и не решили, а тикет закрыли.", "Меня передавали от одного сотрудника к другому.",
            "Ответ не по существу.\nПожалуйста, читайте вопрос внимательнее.", "Бесполезный ответ, пришлось разбираться самому.",
        ],
        BadSlow = ["Ответа ждал {day} день, это слишком долго.", "Очень медленно, ужасная поддержка.", "Пишу уже второй раз, а тикет отмечен как решённый."],
        BadReopened =
        [
            "Пришлось открывать тикет заново, проблема вернулась.", "Проблема вернулась сразу после закрытия тикета, очень разочарован.",
            "Открывал тикет заново {times}. Недоволен.",
        ],
        NpsPromoter =
        [
            "Отличный продукт и поддержка.", "Удобно пользоваться, поддержка отвечает быстро.", "Уже порекомендовал двум коллегам.",
            "Экономит нашей команде часы каждую неделю, очень доволен.",
        ],
        NpsPassive = ["Хороший продукт, но цена выросла.", "В целом устраивает, некоторых функций не хватает.", "Нормально, отчёты могли бы работать быстрее."],
        NpsDetractor =
        [
            "В последнее время слишком много ошибок.", "Поддержка медленная, цены выросли.", "Опять проблемы со входом, очень раздражает.",
            "Ужасная поддержка, ответа приходится ждать днями.",
        ],
        When = ["вчера", "в понедельник", "на прошлой неделе", "два дня назад", "в пятницу"],
        Since = ["со вчерашнего дня", "с утра", "с понедельника", "после последнего обновления", "с прошлой недели"],
        Period = ["прошлый месяц", "октябрь", "прошлую неделю", "прошлый квартал"],
        DayOrdinals = ["второй", "третий", "четвёртый", "пятый"],
        Times = ["один раз", "дважды", "три раза"],
        OrderMark = "№",
        NoAgent = "Сотрудник",
        Amount = (euros, cents) => $"{euros},{cents:D2} €",
    };
}
