<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sr_Cyrl">
<context>
    <name />
    <message>
        <source>Not yet checked against an official or national-agency source; confirm it in the Programme Guide before you rely on it.</source>
        <translation>Још није проверено у званичном извору нити у извору националне агенције; проверите у Програмском водичу пре него што се ослоните на овај податак.</translation>
    </message>
    <message>
        <source>Official sources (Programme Guide, call, EACEA, European Commission)</source>
        <translation>Званични извори (Програмски водич, конкурс, EACEA, Европска комисија)</translation>
    </message>
    <message>
        <source>National agencies, national offices and government portals</source>
        <translation>Националне агенције, националне канцеларије и државни портали</translation>
    </message>
    <message>
        <source>Third-party pages (not official)</source>
        <translation>Незваничне странице (нису званични извори)</translation>
    </message>
    <message>
        <source>official</source>
        <translation>званични извор</translation>
    </message>
    <message>
        <source>national agency</source>
        <translation>национална агенција</translation>
    </message>
    <message>
        <source>third party, not official</source>
        <translation>трећа страна, није званични извор</translation>
    </message>
    <message>
        <source>Call {year} · data as of {date}</source>
        <translation>Конкурс за {year}. годину · стање података: {date}</translation>
    </message>
    <message>
        <source>Guide / call year {year}</source>
        <translation>Водич / година конкурса: {year}</translation>
    </message>
    <message>
        <source>Official title in English:</source>
        <translation>Званични назив на енглеском:</translation>
    </message>
    <message>
        <source>Key data</source>
        <translation>Основни подаци</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Активности</translation>
    </message>
    <message>
        <source>Clusters of activities</source>
        <translation>Кластери активности</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Извори</translation>
    </message>
    <message>
        <source>marks 1 fact on this page:</source>
        <translation>означава један податак на овој страни који још није проверен:</translation>
    </message>
    <message numerus="yes">
        <source>marks {count} facts on this page:</source>
        <translation>
            <numerusform>означава {count} податак на овој страни који још није проверен:</numerusform>
            <numerusform>означава {count} податка на овој страни који још нису проверени:</numerusform>
            <numerusform>означава {count} података на овој страни који још нису проверени:</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide → Find my actions</source>
        <translation>Водич → Пронађи акције за нас</translation>
    </message>
    <message>
        <source>Use {menu} to see which actions fit your organisation.</source>
        <translation>Преко менија {menu} сазнајте које акције одговарају вашој организацији.</translation>
    </message>
    <message>
        <source>Erasmus+ for vocational education and training</source>
        <translation>Еразмус+ за стручно образовање и обуку</translation>
    </message>
    <message>
        <source>Choose an action in the catalogue to see its key data, deadlines and sources.</source>
        <translation>Изаберите акцију у каталогу да бисте видели њене основне податке, рокове и изворе.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Дошло је до грешке</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error: {error}

Your shortlists were saved with your last change. If this happens again, please report it with the details below.</source>
        <translation>У апликацији {app} дошло је до неочекиване грешке: {error}

Ваше листе изабраних акција сачуване су са последњом изменом. Ако се ово понови, пријавите грешку и приложите детаље наведене испод.</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} не може да се покрене</translation>
    </message>
    <message>
        <source>The catalogue of Erasmus+ actions that comes with {app} is damaged, so {app} cannot start. Please reinstall {app}.</source>
        <translation>Каталог Еразмус+ акција који долази уз апликацију {app} је оштећен, па апликација не може да се покрене. Поново инсталирајте {app}.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Акција</translation>
    </message>
    <message>
        <source>Search ac&amp;tions:</source>
        <translation>Пре&amp;тражи акције:</translation>
    </message>
    <message>
        <source>Code, title or summary words</source>
        <translation>Шифра или речи из назива и описа</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Претражи акције</translation>
    </message>
    <message>
        <source>Shows only the actions whose code, title or summary contain every word typed</source>
        <translation>Приказује само акције чија шифра, назив или опис садрже све уписане речи</translation>
    </message>
    <message>
        <source>Catalogue of actions</source>
        <translation>Каталог акција</translation>
    </message>
    <message>
        <source>No action matches. Clear the search to see all actions.</source>
        <translation>Ниједна акција не одговара претрази. Обришите претрагу да бисте видели све акције.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Подаци о акцији</translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation>Дод&amp;ај на листу</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Додај на листу изабраних акција</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Све датотеке</translation>
    </message>
    <message>
        <source>Shortlist files</source>
        <translation>Датотеке са листама изабраних акција</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>У реду</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Сачувај на другом месту…</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Затвори &amp;без чувања</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Извор:</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Појмовник</translation>
    </message>
    <message>
        <source>&amp;Find a term:</source>
        <translation>&amp;Пронађи појам:</translation>
    </message>
    <message>
        <source>Words from the term or its explanation</source>
        <translation>Речи из појма или његовог објашњења</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Пронађи појам</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Појмови</translation>
    </message>
    <message>
        <source>Explanation of the term</source>
        <translation>Објашњење појма</translation>
    </message>
    <message>
        <source>No term matches. Clear the search to see all terms.</source>
        <translation>Ниједан појам не одговара претрази. Обришите претрагу да бисте видели све појмове.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Затвори</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Обриши претрагу</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идеја</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Припрема пријаве</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Пријава поднета</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Not this year</source>
        <translation>Не ове године</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>непозната акција</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додато</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>A note can hold {limit} characters; this one has {count}.</source>
        <translation>Белешка може имати највише {limit} знакова; ова има {count}.</translation>
    </message>
    <message>
        <source>Select an action in the shortlist to write a note.</source>
        <translation>Изаберите акцију на листи да бисте написали белешку.</translation>
    </message>
    <message>
        <source>Contacts, ideas, next steps for {code}. Saved as you type.</source>
        <translation>Контакти, идеје и следећи кораци за {code}. Чува се док куцате.</translation>
    </message>
    <message>
        <source>Shortl&amp;ist:</source>
        <translation>Л&amp;иста изабраних акција:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Листа изабраних акција</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Нова…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Уклони</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Промени &amp;статус</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Нова листа изабраних акција</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Преи&amp;менуј…</translation>
    </message>
    <message>
        <source>Rename shortlist</source>
        <translation>Преименуј листу изабраних акција</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Обриши…</translation>
    </message>
    <message>
        <source>Delete shortlist</source>
        <translation>Обриши листу изабраних акција</translation>
    </message>
    <message>
        <source>No shortlist yet. Choose an action in the catalogue and press “Add to shortlist”, or use Guide → Find my actions.</source>
        <translation>Још немате ниједну листу изабраних акција. Изаберите акцију у каталогу и притисните „Додај на листу“ или употребите Водич → Пронађи акције за нас.</translation>
    </message>
    <message>
        <source>Actions in this shortlist</source>
        <translation>Акције на овој листи</translation>
    </message>
    <message>
        <source>My shortlist</source>
        <translation>Моја листа</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>Учитава се каталог…</translation>
    </message>
    <message>
        <source>Loading your shortlists…</source>
        <translation>Учитавају се ваше листе…</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>Каталог није могао да се учита.</translation>
    </message>
    <message>
        <source>Your shortlists could not be opened</source>
        <translation>Ваше листе изабраних акција нису могле да се отворе</translation>
    </message>
    <message>
        <source>Your shortlists come from a newer {app}</source>
        <translation>Ваше листе изабраних акција потичу из новије верзије апликације {app}</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of {app}. It is shown read-only and left exactly as it is: update {app} to change your shortlists.</source>
        <translation>Базу података {path} је записала новија верзија апликације {app}. Приказује се само за читање и остаје потпуно нетакнута: ажурирајте {app} да бисте мењали своје листе изабраних акција.</translation>
    </message>
    <message>
        <source>Your shortlists database was damaged</source>
        <translation>База података са вашим листама изабраних акција је оштећена</translation>
    </message>
    <message>
        <source>The database could not be read:
{problem}

It was moved aside, unchanged, to:
{copy}

{app} starts with an empty library.</source>
        <translation>База података није могла да се прочита:
{problem}

Премештена је, неизмењена, у:
{copy}

{app} почиње са празном библиотеком.</translation>
    </message>
    <message>
        <source>Your shortlists file was damaged</source>
        <translation>Датотека са вашим листама била је оштећена</translation>
    </message>
    <message>
        <source>Your shortlists now live in a database; the old file is kept as {path}.</source>
        <translation>Ваше листе изабраних акција су сада у бази података; стара датотека је сачувана као {path}.</translation>
    </message>
    <message>
        <source>&amp;New shortlist…</source>
        <translation>&amp;Нова листа…</translation>
    </message>
    <message>
        <source>&amp;Import shortlist…</source>
        <translation>&amp;Увези листу…</translation>
    </message>
    <message>
        <source>Add a shortlist from a file a colleague shared</source>
        <translation>Додајте листу из датотеке коју вам је послао колега</translation>
    </message>
    <message>
        <source>&amp;Export shortlist…</source>
        <translation>&amp;Извези листу…</translation>
    </message>
    <message>
        <source>Save the current shortlist to a file to share it</source>
        <translation>Сачувајте тренутну листу у датотеку да бисте је поделили</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Извези &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the current shortlist as a PDF memo to print or share</source>
        <translation>Сачувајте тренутну листу као PDF подлогу за одлучивање, за штампу или слање</translation>
    </message>
    <message>
        <source>P&amp;rint memo…</source>
        <translation>Ш&amp;тампај подлогу…</translation>
    </message>
    <message>
        <source>Print the memo of the current shortlist (the same pages as the PDF)</source>
        <translation>Одштампајте подлогу за тренутну листу (исте стране као у извезеној датотеци)</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Извези &amp;календар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;лаз</translation>
    </message>
    <message>
        <source>Re&amp;name shortlist…</source>
        <translation>&amp;Преименуј листу…</translation>
    </message>
    <message>
        <source>&amp;Delete shortlist…</source>
        <translation>&amp;Обриши листу…</translation>
    </message>
    <message>
        <source>&amp;Add selected action to shortlist</source>
        <translation>&amp;Додај изабрану акцију на листу</translation>
    </message>
    <message>
        <source>Add the action shown in the catalogue to the current shortlist</source>
        <translation>Додајте акцију приказану у каталогу на тренутну листу</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Помери &amp;горе</translation>
    </message>
    <message>
        <source>&amp;Remove from shortlist</source>
        <translation>&amp;Уклони са листе</translation>
    </message>
    <message>
        <source>&amp;Find my actions…</source>
        <translation>&amp;Пронађи акције за нас…</translation>
    </message>
    <message>
        <source>Answer a few questions and see which actions fit your organisation</source>
        <translation>Одговорите на неколико питања и сазнајте које акције одговарају вашој организацији</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>Претражи &amp;каталог</translation>
    </message>
    <message>
        <source>Type to filter the catalogue by code, title or summary</source>
        <translation>Куцајте да бисте сузили каталог по шифри, називу или опису</translation>
    </message>
    <message>
        <source>Estimate the &amp;budget…</source>
        <translation>Процени &amp;буџет…</translation>
    </message>
    <message>
        <source>Estimate a KA1 mobility budget and see the lump-sum options</source>
        <translation>Процените буџет за мобилност у оквиру KA1 и погледајте опције паушалног износа</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Појмовник…</translation>
    </message>
    <message>
        <source>Explanations of Erasmus+ terms: OID, PIC, lump sum, EQF and more</source>
        <translation>Објашњења Еразмус+ појмова: OID, PIC, паушални износ, EQF и других</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Отвори &amp;фасциклу с подацима</translation>
    </message>
    <message>
        <source>Show the folder with your shortlists database and its backups</source>
        <translation>Прикажи фасциклу са базом ваших листа изабраних акција и њеним резервним копијама</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Врати резервну копију…</translation>
    </message>
    <message>
        <source>Put back your shortlists as they were in one of the daily backups</source>
        <translation>Вратите листе изабраних акција у стање из једне од дневних резервних копија</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Листа изабраних акција</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Водич</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помоћ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главна трака с алаткама</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Још радњи са траке</translation>
    </message>
    <message>
        <source>Catalogue columns</source>
        <translation>Колоне каталога</translation>
    </message>
    <message>
        <source>Shortlist columns</source>
        <translation>Колоне листе</translation>
    </message>
    <message>
        <source>Shortlist rows</source>
        <translation>Редови листе</translation>
    </message>
    <message>
        <source>Select all items</source>
        <translation>Изабери све ставке</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Језик: {language}</translation>
    </message>
    <message>
        <source>Note and readiness plan</source>
        <translation>Белешка и план припреме</translation>
    </message>
    <message>
        <source>Readiness plan</source>
        <translation>План припреме</translation>
    </message>
    <message>
        <source>Shortlists changed in another window are shown.</source>
        <translation>Приказане су листе изабраних акција измењене у другом прозору.</translation>
    </message>
    <message>
        <source>Create or choose a shortlist first: the memo is a shortlist's.</source>
        <translation>Прво направите или изаберите листу: подлога за одлучивање прави се за листу.</translation>
    </message>
    <message>
        <source>The budget estimate is in the memo of the shortlist “{name}”.</source>
        <translation>Процена буџета је додата у подлогу за одлучивање за листу „{name}“.</translation>
    </message>
    <message>
        <source>Imported the shortlist “{name}” with 1 action.</source>
        <translation>Увезена је листа „{name}“ са једном акцијом.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the shortlist “{name}” with {count} actions.</source>
        <translation>
            <numerusform>Увезена је листа „{name}“ са {count} акцијом.</numerusform>
            <numerusform>Увезена је листа „{name}“ са {count} акције.</numerusform>
            <numerusform>Увезена је листа „{name}“ са {count} акција.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deadline of the shortlist “{name}”, expected (not yet announced), was saved to:
{path}</source>
        <translation>Један рок са листе „{name}“, очекиван (још није објављен), сачуван је у:
{path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} deadlines of the shortlist “{name}”, of which {expected} expected (not yet announced), were saved to:
{path}</source>
        <translation>
            <numerusform>{count} рок са листе „{name}“ (од тога очекиваних, још необјављених: {expected}) сачуван је у:
{path}</numerusform>
            <numerusform>{count} рока са листе „{name}“ (од тога очекиваних, још необјављених: {expected}) сачувана су у:
{path}</numerusform>
            <numerusform>{count} рокова са листе „{name}“ (од тога очекиваних, још необјављених: {expected}) сачувано је у:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deadline of the shortlist “{name}” was saved to:
{path}</source>
        <translation>Један рок са листе „{name}“ сачуван је у:
{path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} deadlines of the shortlist “{name}” were saved to:
{path}</source>
        <translation>
            <numerusform>{count} рок са листе „{name}“ сачуван је у:
{path}</numerusform>
            <numerusform>{count} рока са листе „{name}“ сачувана су у:
{path}</numerusform>
            <numerusform>{count} рокова са листе „{name}“ сачувано је у:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Each deadline also gives your local time ({zone}).</source>
        <translation>Уз сваки рок наведено је и ваше локално време ({zone}).</translation>
    </message>
    <message>
        <source>Added 1 action to the shortlist “{name}”.</source>
        <translation>На листу „{name}“ додата је једна акција.</translation>
    </message>
    <message numerus="yes">
        <source>Added {count} actions to the shortlist “{name}”.</source>
        <translation>
            <numerusform>На листу „{name}“ додата је {count} акција.</numerusform>
            <numerusform>На листу „{name}“ додате су {count} акције.</numerusform>
            <numerusform>На листу „{name}“ додато је {count} акција.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 was already on it.</source>
        <translation>Једна је већ била на њој.</translation>
    </message>
    <message>
        <source>{app} {version}
A desktop guide to Erasmus+ for vocational education and training.

Catalogue: Erasmus+ call {year}, data as of {date}.
Data pack in use: {pack}
{guide_note}

Your shortlists and settings are kept on this computer in:
{folder}

Warnings and errors are logged in:
{log}</source>
        <translation>{app} {version}
Водич кроз програм Еразмус+ за стручно образовање и обуку, за рад на рачунару.

Каталог: Еразмус+ конкурс за {year}. годину, стање података: {date}
Пакет података који се користи: {pack}
{guide_note}

Ваше листе изабраних акција и подешавања чувају се на овом рачунару у фасцикли:
{folder}

Упозорења и грешке бележе се у датотеци:
{log}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Није сачувано: {problem}</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>Ваше измене нису могле да се сачувају</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF датотеке</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Календарске датотеке</translation>
    </message>
    <message>
        <source>{problem}

{app} starts with no shortlists and will not save changes, so that the file stays as it is. Move or repair the file, then start {app} again.</source>
        <translation>{problem}

{app} се покреће без листа изабраних акција и неће чувати измене, да би датотека остала непромењена. Преместите или поправите датотеку, па поново покрените {app}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read:
{problem}

It was moved aside, unchanged, to:
{copy}

{app} starts with no shortlists. Keep the copy if you want to recover its contents.</source>
        <translation>Датотека {path} није могла да се прочита:
{problem}

Премештена је, неизмењена, у:
{copy}

{app} се покреће без листа изабраних акција. Сачувајте копију ако желите да повратите њен садржај.</translation>
    </message>
    <message>
        <source>Save the deadlines of the current shortlist as a calendar file ({ext})</source>
        <translation>Сачувајте рокове акција са тренутне листе као календарску датотеку ({ext})</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;О апликацији {app}</translation>
    </message>
    <message>
        <source>Show {app} in {language}</source>
        <translation>Прикажи {app} на језику: {language}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;риказ</translation>
    </message>
    <message>
        <source>Your changes are not saved</source>
        <translation>Ваше измене нису сачуване</translation>
    </message>
    <message>
        <source>Some changes to your shortlists could not be saved:
{problem}

Save them elsewhere (each shortlist as a file you can import later), or close and lose them?</source>
        <translation>Неке измене ваших листа изабраних акција нису могле да се сачувају:
{problem}

Да ли да их сачувате на другом месту (сваку листу као датотеку коју касније можете да увезете) или да затворите и изгубите их?</translation>
    </message>
    <message>
        <source>saving is turned off</source>
        <translation>чување је искључено</translation>
    </message>
    <message>
        <source>Save shortlists elsewhere</source>
        <translation>Сачувајте листе изабраних акција на другом месту</translation>
    </message>
    <message>
        <source>The shortlists could not be saved elsewhere</source>
        <translation>Листе изабраних акција нису могле да се сачувају на другом месту</translation>
    </message>
    <message>
        <source>Shortlists saved elsewhere</source>
        <translation>Листе изабраних акција су сачуване на другом месту</translation>
    </message>
    <message>
        <source>Changes are not saved: your shortlists could not be opened at start.</source>
        <translation>Измене се не чувају: ваше листе изабраних акција нису могле да се отворе при покретању.</translation>
    </message>
    <message>
        <source>{problem}

The changes stay in this window. {app} tries again with your next change; you can also export the shortlist to a file.</source>
        <translation>{problem}

Измене остају у овом прозору. {app} ће покушати поново при следећој измени; листу можете и да извезете у датотеку.</translation>
    </message>
    <message>
        <source>Not saved: see the message about saving.</source>
        <translation>Није сачувано: погледајте поруку о чувању.</translation>
    </message>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>Листа мора имати назив.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters; this one has {count}.</source>
        <translation>Назив може имати највише {limit} знакова; овај има {count}.</translation>
    </message>
    <message>
        <source>There is already a shortlist called “{name}”. Choose another name.</source>
        <translation>Већ постоји листа под називом „{name}“. Изаберите други назив.</translation>
    </message>
    <message>
        <source>&amp;Name of the new shortlist:</source>
        <translation>&amp;Назив нове листе:</translation>
    </message>
    <message>
        <source>Created the shortlist “{name}”.</source>
        <translation>Направљена је листа „{name}“.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Нови назив:</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>Листа „{old}“ преименована је у „{name}“.</translation>
    </message>
    <message>
        <source>Delete the shortlist “{name}” with its actions and their notes (actions: {count})?

This cannot be undone. Export the shortlist first if you may need it again.</source>
        <translation>Обрисати листу „{name}“ са свим акцијама и белешкама (број акција: {count})?

Ово не може да се опозове. Ако вам листа може поново затребати, прво је извезите.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Обриши</translation>
    </message>
    <message>
        <source>Deleted the shortlist “{name}”.</source>
        <translation>Обрисана је листа „{name}“.</translation>
    </message>
    <message>
        <source>Choose an action in the catalogue first.</source>
        <translation>Прво изаберите акцију у каталогу.</translation>
    </message>
    <message>
        <source>{code} is already on the shortlist “{name}”.</source>
        <translation>Акција {code} је већ на листи „{name}“.</translation>
    </message>
    <message>
        <source>Added {code} to the shortlist “{name}”.</source>
        <translation>Акција {code} је додата на листу „{name}“.</translation>
    </message>
    <message>
        <source>Remove {code} from the shortlist? Its note will be lost.</source>
        <translation>Уклонити акцију {code} са листе? Њена белешка биће изгубљена.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Уклони</translation>
    </message>
    <message>
        <source>Removed {code} from the shortlist.</source>
        <translation>Акција {code} је уклоњена са листе.</translation>
    </message>
    <message>
        <source>{problem} Shorten it to save it; until then the saved note is kept.</source>
        <translation>{problem} Скратите је да би се сачувала; до тада остаје раније сачувана белешка.</translation>
    </message>
    <message>
        <source>Import shortlist</source>
        <translation>Увоз листе</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Ништа није промењено.</translation>
    </message>
    <message>
        <source>Not in this catalogue: {codes}.</source>
        <translation>Нису у овом каталогу: {codes}.</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Извоз листе</translation>
    </message>
    <message>
        <source>The shortlist could not be exported</source>
        <translation>Листа није могла да се извезе</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Листа „{name}“ извезена је у {path}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сачувано: {path}.</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Извоз у PDF је отказан; ниједна датотека није уписана.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Извоз у PDF</translation>
    </message>
    <message>
        <source>Writing the memo of “{name}” as a PDF…</source>
        <translation>Подлога за одлучивање за листу „{name}“ уписује се у PDF…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отказивање…</translation>
    </message>
    <message>
        <source>Saved 1 shortlist file in {folder}.</source>
        <translation>Сачувана је једна датотека са листом у фасцикли {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} shortlist files in {folder}.</source>
        <translation>
            <numerusform>Сачувана је {count} датотека са листама у фасцикли {folder}.</numerusform>
            <numerusform>Сачуване су {count} датотеке са листама у фасцикли {folder}.</numerusform>
            <numerusform>Сачувано је {count} датотека са листама у фасцикли {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>PDF није могао да се сачува</translation>
    </message>
    <message>
        <source>{problem}

No file was written.</source>
        <translation>{problem}

Ниједна датотека није уписана.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF је сачуван</translation>
    </message>
    <message>
        <source>The memo of the shortlist “{name}” was saved to:
{path}</source>
        <translation>Подлога за одлучивање за листу „{name}“ сачувана је у:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Отвори PDF</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Извоз календара</translation>
    </message>
    <message>
        <source>Not in the {year} catalogue: {codes}.</source>
        <translation>Нису у каталогу за {year}. годину: {codes}.</translation>
    </message>
    <message>
        <source>No deadline lies ahead for the actions of “{name}”, so there is nothing to put in a calendar.</source>
        <translation>Акције са листе „{name}“ немају предстојећих рокова, па у календар нема шта да се упише.</translation>
    </message>
    <message>
        <source>The calendar could not be saved</source>
        <translation>Календар није могао да се сачува</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}

No file was written.</source>
        <translation>упис у {path} није успео: {problem}

Ниједна датотека није уписана.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Календар је сачуван</translation>
    </message>
    <message>
        <source>&amp;Open in the calendar app</source>
        <translation>&amp;Отвори у календару</translation>
    </message>
    <message>
        <source>Find my actions</source>
        <translation>Пронађи акције за нас</translation>
    </message>
    <message>
        <source>The guide could not be opened: {problem}</source>
        <translation>Водич није могао да се отвори: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} were already on it.</source>
        <translation>
            <numerusform>Већ је била на листи: {count}.</numerusform>
            <numerusform>Већ су биле на листи: {count}.</numerusform>
            <numerusform>Већ је било на листи: {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Враћање резервне копије</translation>
    </message>
    <message>
        <source>Your shortlists are not open for changes, so no backup can be restored.</source>
        <translation>Ваше листе изабраних акција нису отворене за измене, па се резервна копија не може вратити.</translation>
    </message>
    <message>
        <source>There is no backup yet. {app} makes one each day you use it.</source>
        <translation>Још нема резервне копије. {app} прави по једну сваког дана када га користите.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Резервна копија није могла да се врати</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервна копија је враћена</translation>
    </message>
    <message>
        <source>Your shortlists are back as they were in {backup}.

The state before the restore is kept in {kept}.</source>
        <translation>Ваше листе изабраних акција су враћене у стање из {backup}.

Стање пре враћања је сачувано у {kept}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О апликацији {app}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Помери горе</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Помери дол&amp;е</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Помери доле</translation>
    </message>
    <message>
        <source>Remove from shortlist</source>
        <translation>Уклони са листе</translation>
    </message>
    <message>
        <source>N&amp;ote for {code}:</source>
        <translation>&amp;Белешка за {code}:</translation>
    </message>
    <message>
        <source>Note for {code}</source>
        <translation>Белешка за {code}</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Белешка:</translation>
    </message>
    <message>
        <source>Note for the selected action</source>
        <translation>Белешка за изабрану акцију</translation>
    </message>
    <message>
        <source>{when} – {size} KB – {name}</source>
        <translation>{when} – {size} КБ – {name}</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Your shortlists as they are now are kept as one more backup first, so a restore can be undone.</source>
        <translation>Изаберите резервну копију коју желите да вратите. Садашње стање ваших листа изабраних акција прво се чува као још једна резервна копија, па се враћање може поништити.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервне копије</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>подаци испоручени уз апликацију</translation>
    </message>
    <message>
        <source>installed data pack</source>
        <translation>инсталиран пакет података</translation>
    </message>
    <message>
        <source>Install &amp;data pack…</source>
        <translation>Инсталирај пакет по&amp;датака…</translation>
    </message>
    <message>
        <source>Add a call year's data from a data pack file (.vgpack)</source>
        <translation>Додај податке за годину конкурса из датотеке пакета података (.вгпацк)</translation>
    </message>
    <message>
        <source>&amp;Call year</source>
        <translation>&amp;Година конкурса</translation>
    </message>
    <message>
        <source>&amp;Automatic (by date)</source>
        <translation>&amp;Аутоматски (према датуму)</translation>
    </message>
    <message>
        <source>Call {year}</source>
        <translation>Конкурс за {year}. годину</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Година конкурса</translation>
    </message>
    <message>
        <source>Install data pack</source>
        <translation>Инсталирање пакета података</translation>
    </message>
    <message>
        <source>Data packs</source>
        <translation>Пакети података</translation>
    </message>
    <message>
        <source>A data pack is being installed; try again in a moment.</source>
        <translation>Пакет података се управо инсталира; покушајте поново за тренутак.</translation>
    </message>
    <message>
        <source>Installing the data pack {name}…</source>
        <translation>Инсталира се пакет података {name}…</translation>
    </message>
    <message>
        <source>The data pack was not installed, and nothing changed:
{reason}</source>
        <translation>Пакет података није инсталиран и ништа није промењено:
{reason}</translation>
    </message>
    <message>
        <source>Installed the data pack for the {year} call (data as of {date}).</source>
        <translation>Инсталиран је пакет података за конкурс {year}. године (стање података: {date}).</translation>
    </message>
    <message>
        <source>Erasmus+ for your school, step by step</source>
        <translation>Еразмус+ за вашу школу, корак по корак</translation>
    </message>
    <message>
        <source>Answer a few questions about your organisation and its goals: the guide shows which Erasmus+ actions are open to you and why, and keeps the ones you choose in a shortlist you can share and print for your director.</source>
        <translation>Одговорите на неколико питања о својој организацији и њеним циљевима: водич показује које су вам акције програма Еразмус+ отворене и зашто, а оне које изаберете чува на листи коју можете да поделите са колегама и одштампате за директора.</translation>
    </message>
    <message>
        <source>Find the Erasmus+ actions for my organisation</source>
        <translation>Пронађи акције програма Еразмус+ за моју организацију</translation>
    </message>
    <message>
        <source>Open a shortlist a colleague sent…</source>
        <translation>Отвори листу коју је послао колега…</translation>
    </message>
    <message>
        <source>Open a shortlist a colleague sent</source>
        <translation>Отвори листу коју је послао колега</translation>
    </message>
    <message>
        <source>Look through all actions first</source>
        <translation>Најпре прегледај све акције</translation>
    </message>
    <message>
        <source>Print the memo</source>
        <translation>Штампање подлоге за одлучивање</translation>
    </message>
    <message>
        <source>Sending the memo to the printer…</source>
        <translation>Подлога за одлучивање се шаље штампачу…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Штампање је отказано.</translation>
    </message>
    <message>
        <source>The memo could not be printed</source>
        <translation>Подлога за одлучивање није могла да се одштампа</translation>
    </message>
    <message>
        <source>{problem}

Check the printer and try again.</source>
        <translation>{problem}

Проверите штампач и покушајте поново.</translation>
    </message>
    <message>
        <source>The memo of “{name}” was sent to {printer}.</source>
        <translation>Подлога за одлучивање за листу „{name}“ послата је на {printer}.</translation>
    </message>
    <message>
        <source>Recen&amp;t shortlist files</source>
        <translation>Недавне датотеке ли&amp;ста</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Очисти списак</translation>
    </message>
    <message>
        <source>{app} opens shortlist files ({shortlists}) and data packs ({packs}); “{name}” is neither, so it was not opened.</source>
        <translation>{app} отвара датотеке са листама ({shortlists}) и пакете података ({packs}); „{name}“ није ни једно ни друго, па није отворена.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Ова датотека не може да се отвори</translation>
    </message>
    <message>
        <source>The list of recent shortlist files was cleared.</source>
        <translation>Списак недавних датотека листа је очишћен.</translation>
    </message>
    <message>
        <source>No longer there, so removed from the recent files: {names}</source>
        <translation>Више не постоје, па су уклоњене из недавних датотека: {names}</translation>
    </message>
    <message>
        <source>No recent shortlist files</source>
        <translation>Нема недавних датотека листа</translation>
    </message>
    <message>
        <source>The file “{name}” is no longer in {folder}; it was removed from the recent files.</source>
        <translation>Датотека „{name}“ више није у фасцикли {folder}; уклоњена је из недавних датотека.</translation>
    </message>
</context>
</TS>