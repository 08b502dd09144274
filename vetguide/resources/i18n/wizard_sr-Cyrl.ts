<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr_Cyrl">
<context>
    <name />
    <message>
        <source>Budget plans</source>
        <translation>Планови буџета</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Све датотеке</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активност</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учесници</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дани</translation>
    </message>
    <message>
        <source>From city</source>
        <translation>Полазни град</translation>
    </message>
    <message>
        <source>To city</source>
        <translation>Одредишни град</translation>
    </message>
    <message>
        <source>Green travel</source>
        <translation>Зелено путовање</translation>
    </message>
    <message>
        <source>Fewer opportunities</source>
        <translation>Са смањеним могућностима</translation>
    </message>
    <message>
        <source>Travel days</source>
        <translation>Дани путовања</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Ознака</translation>
    </message>
    <message>
        <source>Type the first letters of the city</source>
        <translation>Унесите прва слова назива града</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>⚠ Flow {n}</source>
        <translation>⚠ Ток {n}</translation>
    </message>
    <message>
        <source>Flow {n}</source>
        <translation>Ток {n}</translation>
    </message>
    <message>
        <source>{column} of flow {n}</source>
        <translation>{column}, ток {n}</translation>
    </message>
    <message>
        <source>⚠ Warning: {text}</source>
        <translation>⚠ Упозорење: {text}</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 учесник</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>број учесника: {n}</translation>
    </message>
    <message>
        <source>Flow {n} – {activity}</source>
        <translation>Ток {n} – {activity}</translation>
    </message>
    <message>
        <source>{band} band</source>
        <translation>опсег удаљености {band}</translation>
    </message>
    <message>
        <source>green travel</source>
        <translation>зелено путовање</translation>
    </message>
    <message>
        <source>ordinary travel</source>
        <translation>уобичајено путовање</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>није процењено</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Није процењено</translation>
    </message>
    <message>
        <source>Flow {n}, {line}: {reason}</source>
        <translation>Ток {n}, {line}: {reason}</translation>
    </message>
    <message>
        <source>Why figures are marked</source>
        <translation>Зашто су неки износи посебно означени</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Извори</translation>
    </message>
    <message>
        <source>up to {amount}</source>
        <translation>до {amount}</translation>
    </message>
    <message>
        <source>These actions are funded by a lump sum instead of unit costs. For each option: what size of work plan it usually fits.</source>
        <translation>Ове акције се финансирају паушалним износом, а не по јединичним трошковима. Уз сваку опцију пише ком обиму плана рада обично одговара.</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Паушални износи</translation>
    </message>
    <message>
        <source>Funding rate: {percent}%</source>
        <translation>Стопа финансирања: {percent}%</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Извори:</translation>
    </message>
    <message>
        <source>A&amp;dd to the memo</source>
        <translation>Додај у подло&amp;гу за одлучивање</translation>
    </message>
    <message>
        <source>{people}, {days}, {origin} to {destination}, {km} km</source>
        <translation>{people}, {days}, {origin} – {destination}, {km} км</translation>
    </message>
    <message numerus="yes">
        <source>{n} days</source>
        <translation>
            <numerusform>{n} дан</numerusform>
            <numerusform>{n} дана</numerusform>
            <numerusform>{n} дана</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate the budget</source>
        <translation>Процена буџета</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>&amp;Mobility (unit costs)</source>
        <translation>&amp;Мобилност (јединични трошкови)</translation>
    </message>
    <message>
        <source>&amp;Lump sums</source>
        <translation>&amp;Паушални износи</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>Close the budget dialog</source>
        <translation>Затвори прозор за планирање буџета</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Акција</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Акција:</translation>
    </message>
    <message>
        <source>Plan &amp;name (optional):</source>
        <translation>&amp;Назив плана (није обавезно):</translation>
    </message>
    <message>
        <source>Plan name (optional)</source>
        <translation>Назив плана (није обавезно)</translation>
    </message>
    <message>
        <source>e.g. Autumn 2026 mobilities</source>
        <translation>нпр. Мобилности на јесен 2026.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Отвори план…</translation>
    </message>
    <message>
        <source>Open a budget plan file</source>
        <translation>Отвори датотеку са планом буџета</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Сачувај план…</translation>
    </message>
    <message>
        <source>Save the budget plan to a file</source>
        <translation>Сачувајте план буџета у датотеку</translation>
    </message>
    <message>
        <source>Planned &amp;flows:</source>
        <translation>Планирани &amp;токови мобилности:</translation>
    </message>
    <message>
        <source>Planned flows</source>
        <translation>Планирани токови мобилности</translation>
    </message>
    <message>
        <source>One row per group of participants doing the same activity between the same two cities. Press F2 to edit a cell, Space to tick green travel.</source>
        <translation>Један ред за сваку групу учесника који обављају исту активност између иста два града. Притисните F2 да бисте изменили ћелију, а размакницу да бисте означили зелено путовање.</translation>
    </message>
    <message>
        <source>Columns of the planned flows</source>
        <translation>Колоне планираних токова мобилности</translation>
    </message>
    <message>
        <source>Flow numbers</source>
        <translation>Бројеви токова</translation>
    </message>
    <message>
        <source>Corner of the flows table</source>
        <translation>Угао табеле токова</translation>
    </message>
    <message>
        <source>&amp;Add flow</source>
        <translation>&amp;Додај ток</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Додајте ток мобилности</translation>
    </message>
    <message>
        <source>Add this estimate to the memo of the current shortlist</source>
        <translation>Додајте ову процену у подлогу за одлучивање за тренутну листу</translation>
    </message>
    <message>
        <source>&amp;Remove flow</source>
        <translation>&amp;Уклони ток</translation>
    </message>
    <message>
        <source>Remove the selected flow</source>
        <translation>Уклони изабрани ток</translation>
    </message>
    <message>
        <source>Problems with the plan</source>
        <translation>Проблеми у плану</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>П&amp;роцена:</translation>
    </message>
    <message>
        <source>Total estimated</source>
        <translation>Укупна процена</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Процена буџета</translation>
    </message>
    <message>
        <source>Lump-sum options by action</source>
        <translation>Опције паушалног износа по акцијама</translation>
    </message>
    <message>
        <source>No unit costs can be loaded for call year {year}: {problem}</source>
        <translation>Јединични трошкови за конкурс за {year}. годину не могу да се учитају: {problem}</translation>
    </message>
    <message>
        <source>choose the From city and the To city to include this flow in the estimate</source>
        <translation>изаберите полазни и одредишни град да би овај ток ушао у процену</translation>
    </message>
    <message>
        <source>choose the From city to include this flow in the estimate</source>
        <translation>изаберите полазни град да би овај ток ушао у процену</translation>
    </message>
    <message>
        <source>choose the To city to include this flow in the estimate</source>
        <translation>изаберите одредишни град да би овај ток ушао у процену</translation>
    </message>
    <message>
        <source>⚠ “{text}” is not a city vetguide knows; choose one from the list.</source>
        <translation>⚠ „{text}“ није град који апликација познаје; изаберите град са листе.</translation>
    </message>
    <message>
        <source>⚠ Flow {n} – {problem}</source>
        <translation>⚠ Ток {n} – {problem}</translation>
    </message>
    <message>
        <source>Flow {n} is left out of the estimate until fixed; what you typed is kept.</source>
        <translation>Ток {n} није урачунат у процену док се не исправи; оно што сте унели остаје сачувано.</translation>
    </message>
    <message>
        <source>Flow {n} is not estimated until fixed; what you typed is kept.</source>
        <translation>Ток {n} неће бити процењен док се не исправи; оно што сте унели остаје сачувано.</translation>
    </message>
    <message>
        <source>Flows {n} are left out of the estimate until fixed; what you typed is kept.</source>
        <translation>Токови {n} нису урачунати у процену док се не исправе; оно што сте унели остаје сачувано.</translation>
    </message>
    <message>
        <source>Flows {n} are not estimated until fixed; what you typed is kept.</source>
        <translation>Токови {n} неће бити процењени док се не исправе; оно што сте унели остаје сачувано.</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Процена још не постоји.</translation>
    </message>
    <message>
        <source>Press “Add flow” to plan the first group of participants.</source>
        <translation>Притисните „Додај ток“ да бисте испланирали прву групу учесника.</translation>
    </message>
    <message>
        <source>Fix the flows marked above to see the estimate.</source>
        <translation>Исправите токове означене изнад да бисте видели процену.</translation>
    </message>
    <message>
        <source>Fix the flows marked in the table, then save again. Nothing was written.</source>
        <translation>Исправите токове означене у табели, па поново сачувајте. Ништа није уписано.</translation>
    </message>
    <message>
        <source>The plan cannot be saved yet</source>
        <translation>План још не може да се сачува</translation>
    </message>
    <message>
        <source>Save budget plan</source>
        <translation>Чување плана буџета</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>План није сачуван</translation>
    </message>
    <message>
        <source>The flows are still here.</source>
        <translation>Токови су и даље овде.</translation>
    </message>
    <message>
        <source>Open budget plan</source>
        <translation>Отварање плана буџета</translation>
    </message>
    <message>
        <source>The flows here were not changed.</source>
        <translation>Токови овде нису промењени.</translation>
    </message>
    <message>
        <source>This plan cannot be opened</source>
        <translation>Овај план не може да се отвори</translation>
    </message>
    <message>
        <source>Replace the flow in this dialog with the plan from {file}?</source>
        <translation>Заменити ток у овом прозору планом из датотеке {file}?</translation>
    </message>
    <message>
        <source>Replace the {count} flows in this dialog with the plan from {file}?</source>
        <translation>Заменити све токове у овом прозору (укупно: {count}) планом из датотеке {file}?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замени</translation>
    </message>
    <message>
        <source>expected from the pattern of earlier calls, not announced</source>
        <translation>очекују се по обрасцу ранијих конкурса, још нису објављени</translation>
    </message>
    <message>
        <source>ℹ All deadlines of the {year} call have passed. The deadlines shown from now on are for the next call: {expected}.</source>
        <translation>ℹ Сви рокови конкурса за {year}. годину су прошли. Рокови који се од сада приказују односе се на следећи конкурс: {expected}.</translation>
    </message>
    <message>
        <source>Call year notice</source>
        <translation>Обавештење о конкурсној години</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>препорука</translation>
    </message>
    <message>
        <source>The lead time is our guidance for planning, not a rule of the programme.</source>
        <translation>Ово време припреме је наша препорука за планирање, а не правило програма.</translation>
    </message>
    <message>
        <source>Choose an action in the shortlist to see the steps before its deadline.</source>
        <translation>Изаберите акцију на листи да бисте видели кораке пре њеног рока.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>До када</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Корак</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Колико раније</translation>
    </message>
    <message>
        <source>Done (from your answers)</source>
        <translation>Урађено (према вашим одговорима)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Рок је био јуче</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by {n} days</source>
        <translation>
            <numerusform>Рок је прошао пре {n} дана</numerusform>
            <numerusform>Рок је прошао пре {n} дана</numerusform>
            <numerusform>Рок је прошао пре {n} дана</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Рок је данас</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>Сутра</translation>
    </message>
    <message numerus="yes">
        <source>In {n} days</source>
        <translation>
            <numerusform>За {n} дан</numerusform>
            <numerusform>За {n} дана</numerusform>
            <numerusform>За {n} дана</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before the deadline</source>
        <translation>1 дан пре рока</translation>
    </message>
    <message numerus="yes">
        <source>{n} days before the deadline</source>
        <translation>
            <numerusform>{n} дан пре рока</numerusform>
            <numerusform>{n} дана пре рока</numerusform>
            <numerusform>{n} дана пре рока</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 дан раније</translation>
    </message>
    <message numerus="yes">
        <source>{n} days before</source>
        <translation>
            <numerusform>{n} дан раније</numerusform>
            <numerusform>{n} дана раније</numerusform>
            <numerusform>{n} дана раније</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline is known for this action, so no plan can be laid back.</source>
        <translation>Рок за ову акцију није познат, па план припреме не може да се направи.</translation>
    </message>
    <message>
        <source>In {place}: {when}</source>
        <translation>По локалном времену ({place}): {when}</translation>
    </message>
    <message>
        <source>Steps before the deadline: {when}</source>
        <translation>Кораци пре рока: {when}</translation>
    </message>
    <message>
        <source>Due {date}:</source>
        <translation>Рок: {date} –</translation>
    </message>
    <message>
        <source>&amp;Readiness: steps before the deadline</source>
        <translation>&amp;Припрема: кораци пре рока</translation>
    </message>
    <message>
        <source>Deadline of the plan</source>
        <translation>Рок на који се план односи</translation>
    </message>
    <message>
        <source>About the lead times</source>
        <translation>О времену припреме</translation>
    </message>
    <message>
        <source>Steps before the deadline</source>
        <translation>Кораци пре рока</translation>
    </message>
    <message>
        <source>One row per step, earliest first: due date, step, whether it is overdue, lead time.</source>
        <translation>Један ред за сваки корак, од најранијег: датум, корак, да ли је рок прошао, колико раније треба почети.</translation>
    </message>
    <message>
        <source>Columns of the steps</source>
        <translation>Колоне корака</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Детаљи изабраног корака</translation>
    </message>
    <message>
        <source>Not yet checked against an official source: check it in the Programme Guide.</source>
        <translation>Још није проверено у званичном извору: проверите у Програмском водичу.</translation>
    </message>
    <message>
        <source>Opens the explanation in the glossary.</source>
        <translation>Отвара објашњење у појмовнику.</translation>
    </message>
    <message>
        <source>What is EACEA?</source>
        <translation>Шта је EACEA?</translation>
    </message>
    <message>
        <source>What is a national agency?</source>
        <translation>Шта је национална агенција?</translation>
    </message>
    <message>
        <source>What would make it pass:</source>
        <translation>Шта можете да урадите:</translation>
    </message>
    <message>
        <source>Add {code} to the shortlist</source>
        <translation>Додај {code} на листу</translation>
    </message>
    <message>
        <source>Add {code} {title} to the shortlist</source>
        <translation>Додај {code} {title} на листу</translation>
    </message>
    <message>
        <source>Fit with your goals: {fit}/100</source>
        <translation>Подударност са вашим циљевима: {fit}/100</translation>
    </message>
    <message>
        <source>Submit to: {where}</source>
        <translation>Надлежна агенција: {where}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>Рок: {deadline}</translation>
    </message>
    <message>
        <source>Criteria as applicant</source>
        <translation>Критеријуми за подносиоца пријаве</translation>
    </message>
    <message>
        <source>Criteria as {role} ({n})</source>
        <translation>Критеријуми за улогу „{role}“ ({n})</translation>
    </message>
    <message>
        <source>Show the criteria for {code} as {role}</source>
        <translation>Прикажи критеријуме за {code} у улози „{role}“</translation>
    </message>
    <message>
        <source>Mobility route</source>
        <translation>Препоручени пут за мобилност</translation>
    </message>
    <message>
        <source>No mobility action is open to your organisation as applicant.</source>
        <translation>Ниједна акција мобилности није отворена за вашу организацију као подносиоца пријаве.</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Следећи корак: {step}</translation>
    </message>
    <message>
        <source>Activities you could fund:</source>
        <translation>Активности за које можете добити средства:</translation>
    </message>
    <message>
        <source>Partnership size</source>
        <translation>Величина партнерства</translation>
    </message>
    <message>
        <source>No partnership action is open to your organisation as applicant.</source>
        <translation>Ниједна акција партнерства није отворена за вашу организацију као подносиоца пријаве.</translation>
    </message>
    <message>
        <source>{action}: lump sum {amount}</source>
        <translation>{action}: паушални износ {amount}</translation>
    </message>
    <message>
        <source>What is a lump sum?</source>
        <translation>Шта је паушални износ?</translation>
    </message>
    <message>
        <source>Your own field: {title}</source>
        <translation>Ваша област: {title}</translation>
    </message>
    <message>
        <source>Actions of that field: {codes}</source>
        <translation>Активности те области: {codes}</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence: clusters for your goals</source>
        <translation>Центри за изврсност у стручном образовању: кластери који одговарају вашим циљевима</translation>
    </message>
    <message>
        <source>None of your goals matches a CoVE cluster.</source>
        <translation>Ниједан од ваших циљева не одговара ниједном кластеру центара за изврсност.</translation>
    </message>
    <message>
        <source>Call {year} · data as of {date} · checked for {today}.</source>
        <translation>Конкурс за {year}. годину · стање података: {date} · стање на дан {today}</translation>
    </message>
    <message>
        <source>What we suggest</source>
        <translation>Наш предлог</translation>
    </message>
    <message>
        <source>All actions: eligible first, then possible with changes, then not eligible</source>
        <translation>Све акције: прво оне за које испуњавате услове, затим оне могуће уз измене, па оне за које не испуњавате услове</translation>
    </message>
    <message>
        <source>Find my actions</source>
        <translation>Пронађи акције за нас</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Даље &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Даље</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Заврши</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помоћ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помоћ</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. “ser”</source>
        <translation>Унесите део назива, нпр. „срб“</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организација</translation>
    </message>
    <message>
        <source>Who is applying? These answers decide which actions are open to you. They stay on this computer.</source>
        <translation>Ко подноси пријаву? Од ових одговора зависи које су акције отворене за вас. Одговори остају на овом рачунару.</translation>
    </message>
    <message>
        <source>e.g. Tehnička škola Kragujevac</source>
        <translation>нпр. Техничка школа Крагујевац</translation>
    </message>
    <message>
        <source>Organisation name (optional)</source>
        <translation>Назив организације (није обавезно)</translation>
    </message>
    <message>
        <source>Organisation na&amp;me (optional)</source>
        <translation>Наз&amp;ив организације (није обавезно)</translation>
    </message>
    <message>
        <source>Choose the type of your organisation</source>
        <translation>Изаберите врсту своје организације</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Врста организације</translation>
    </message>
    <message>
        <source>&amp;Type of organisation</source>
        <translation>&amp;Врста организације</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земља</translation>
    </message>
    <message>
        <source>Type part of the country name and pick it from the list.</source>
        <translation>Унесите део назива земље и изаберите је са листе.</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Зе&amp;мља</translation>
    </message>
    <message>
        <source>We hold an Erasmus &amp;accreditation in VET</source>
        <translation>Имамо Еразмус &amp;акредитацију у области стручног образовања и обука</translation>
    </message>
    <message>
        <source>We hold an Erasmus accreditation in VET</source>
        <translation>Имамо Еразмус акредитацију у области стручног образовања и обука</translation>
    </message>
    <message>
        <source>The accreditation (KA120-VET) gives yearly mobility funding through accredited projects.</source>
        <translation>Акредитација (KA120-VET) доноси средства за мобилност сваке године, кроз акредитоване пројекте.</translation>
    </message>
    <message>
        <source>We hold an Erasmus Charter for Higher &amp;Education (ECHE)</source>
        <translation>Имамо Еразмус повељу за високо &amp;образовање (ECHE)</translation>
    </message>
    <message>
        <source>We hold an Erasmus Charter for Higher Education (ECHE)</source>
        <translation>Имамо Еразмус повељу за високо образовање (ECHE)</translation>
    </message>
    <message>
        <source>Only universities and colleges hold an ECHE.</source>
        <translation>Повељу ECHE имају само универзитети и високе школе.</translation>
    </message>
    <message>
        <source>What is an associated third country?</source>
        <translation>Шта је трећа земља придружена Програму?</translation>
    </message>
    <message>
        <source>What is an Erasmus accreditation?</source>
        <translation>Шта је Еразмус акредитација?</translation>
    </message>
    <message>
        <source>What is the ECHE?</source>
        <translation>Шта је ECHE?</translation>
    </message>
    <message>
        <source>Short-term mobility grants (KA122-VET) in the previous four calls</source>
        <translation>Број одобрених краткорочних пројеката мобилности (KA122-VET) у претходна четири конкурса</translation>
    </message>
    <message>
        <source>Count the short-term projects your organisation received, not those it joined as partner.</source>
        <translation>Рачунајте краткорочне пројекте који су одобрени вашој организацији, а не оне у којима је била партнер.</translation>
    </message>
    <message>
        <source>Short-term mobility &amp;grants (KA122-VET) received in the previous four calls</source>
        <translation>&amp;Број одобрених краткорочних пројеката мобилности (KA122-VET) у претходна четири конкурса</translation>
    </message>
    <message>
        <source>Erasmus+ e&amp;xperience</source>
        <translation>Ис&amp;куство са програмом Еразмус+</translation>
    </message>
    <message>
        <source>Erasmus+ experience</source>
        <translation>Искуство са програмом Еразмус+</translation>
    </message>
    <message>
        <source>To continue, choose the type of your organisation and pick your country from the list.</source>
        <translation>Да бисте наставили, изаберите врсту своје организације и своју земљу са листе.</translation>
    </message>
    <message>
        <source>To continue, choose the type of your organisation.</source>
        <translation>Да бисте наставили, изаберите врсту своје организације.</translation>
    </message>
    <message>
        <source>To continue, pick your country from the list.</source>
        <translation>Да бисте наставили, изаберите своју земљу са листе.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Ваши циљеви</translation>
    </message>
    <message>
        <source>What do you want to do with Erasmus+? Choose at least one goal.</source>
        <translation>Шта желите да постигнете уз Еразмус+? Изаберите бар један циљ.</translation>
    </message>
    <message>
        <source>To continue, choose at least one goal.</source>
        <translation>Да бисте наставили, изаберите бар један циљ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назив</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Још није познато</translation>
    </message>
    <message>
        <source>Partners and participants</source>
        <translation>Партнери и учесници</translation>
    </message>
    <message>
        <source>Add the organisations you already know you will work with, if any. Having no partners yet is fine.</source>
        <translation>Додајте организације са којима већ знате да ћете сарађивати, ако их има. У реду је и ако још немате партнере.</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Додавање партнера</translation>
    </message>
    <message>
        <source>Country of the partner</source>
        <translation>Земља партнера</translation>
    </message>
    <message>
        <source>Type part of the name and pick it from the list.</source>
        <translation>Унесите део назива земље и изаберите је са листе.</translation>
    </message>
    <message>
        <source>Type of the partner organisation (optional)</source>
        <translation>Врста партнерске организације (није обавезно)</translation>
    </message>
    <message>
        <source>Name of the partner organisation (optional)</source>
        <translation>Назив партнерске организације (није обавезно)</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Додај &amp;партнера</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Додај партнера</translation>
    </message>
    <message>
        <source>C&amp;ountry of the partner</source>
        <translation>Зе&amp;мља партнера</translation>
    </message>
    <message>
        <source>T&amp;ype (optional)</source>
        <translation>&amp;Врста (није обавезно)</translation>
    </message>
    <message>
        <source>Na&amp;me (optional)</source>
        <translation>Наз&amp;ив (није обавезно)</translation>
    </message>
    <message>
        <source>Partners known so far</source>
        <translation>Партнери које већ знате</translation>
    </message>
    <message>
        <source>Partners &amp;known so far</source>
        <translation>Партнери које већ зна&amp;те</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>Ук&amp;лони партнера</translation>
    </message>
    <message>
        <source>Remove the selected partner</source>
        <translation>Уклони изабраног партнера</translation>
    </message>
    <message>
        <source>Planned number of mobility participants</source>
        <translation>Планирани број учесника у мобилности</translation>
    </message>
    <message>
        <source>Learners and staff you plan to send abroad in one project; leave at “Not known yet” if unsure.</source>
        <translation>Ученици и запослени које планирате да пошаљете у иностранство у једном пројекту; ако нисте сигурни, оставите „Још није познато“.</translation>
    </message>
    <message>
        <source>Planned number of mobility &amp;participants</source>
        <translation>Планирани број &amp;учесника у мобилности</translation>
    </message>
    <message>
        <source>Actions for you</source>
        <translation>Акције за вас</translation>
    </message>
    <message>
        <source>Ranked by eligibility, then by how well they serve your goals. Tick the actions you want to keep.</source>
        <translation>Поређане према испуњености услова, а затим према томе колико одговарају вашим циљевима. Означите акције које желите да сачувате.</translation>
    </message>
    <message>
        <source>Keep the ticked actions in</source>
        <translation>Где сачувати означене акције</translation>
    </message>
    <message>
        <source>An &amp;existing shortlist:</source>
        <translation>На &amp;постојећој листи:</translation>
    </message>
    <message>
        <source>An existing shortlist</source>
        <translation>На постојећој листи</translation>
    </message>
    <message>
        <source>Existing shortlist</source>
        <translation>Постојећа листа</translation>
    </message>
    <message>
        <source>A ne&amp;w shortlist named:</source>
        <translation>На н&amp;овој листи под називом:</translation>
    </message>
    <message>
        <source>A new shortlist</source>
        <translation>На новој листи</translation>
    </message>
    <message>
        <source>Name of the new shortlist</source>
        <translation>Назив нове листе</translation>
    </message>
    <message>
        <source>No action ticked yet.</source>
        <translation>Још ниједна акција није означена.</translation>
    </message>
    <message>
        <source>1 action ticked.</source>
        <translation>Означена је 1 акција.</translation>
    </message>
    <message>
        <source>{n} actions ticked.</source>
        <translation>Број означених акција: {n}.</translation>
    </message>
    <message>
        <source>Give the new shortlist a name.</source>
        <translation>Унесите назив нове листе.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Erasmus+ {year}</source>
        <translation>Еразмус+ {year}</translation>
    </message>
</context>
</TS>