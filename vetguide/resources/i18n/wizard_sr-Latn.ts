<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS">
<context>
    <name></name>
    <message>
        <source>Budget plans</source>
        <translation>Planovi budžeta</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Sve datoteke</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivnost</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Učesnici</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dani</translation>
    </message>
    <message>
        <source>From city</source>
        <translation>Polazni grad</translation>
    </message>
    <message>
        <source>To city</source>
        <translation>Odredišni grad</translation>
    </message>
    <message>
        <source>Green travel</source>
        <translation>Zeleno putovanje</translation>
    </message>
    <message>
        <source>Fewer opportunities</source>
        <translation>Sa smanjenim mogućnostima</translation>
    </message>
    <message>
        <source>Travel days</source>
        <translation>Dani putovanja</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Type the first letters of the city</source>
        <translation>Unesite prva slova naziva grada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>⚠ Flow {n}</source>
        <translation>⚠ Tok {n}</translation>
    </message>
    <message>
        <source>Flow {n}</source>
        <translation>Tok {n}</translation>
    </message>
    <message>
        <source>{column} of flow {n}</source>
        <translation>{column}, tok {n}</translation>
    </message>
    <message>
        <source>⚠ Warning: {text}</source>
        <translation>⚠ Upozorenje: {text}</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 učesnik</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>broj učesnika: {n}</translation>
    </message>
    <message>
        <source>Flow {n} – {activity}</source>
        <translation>Tok {n} – {activity}</translation>
    </message>
    <message>
        <source>{band} band</source>
        <translation>opseg udaljenosti {band}</translation>
    </message>
    <message>
        <source>green travel</source>
        <translation>zeleno putovanje</translation>
    </message>
    <message>
        <source>ordinary travel</source>
        <translation>uobičajeno putovanje</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nije procenjeno</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Nije procenjeno</translation>
    </message>
    <message>
        <source>Flow {n}, {line}: {reason}</source>
        <translation>Tok {n}, {line}: {reason}</translation>
    </message>
    <message>
        <source>Why figures are marked</source>
        <translation>Zašto su neki iznosi posebno označeni</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Izvori</translation>
    </message>
    <message>
        <source>up to {amount}</source>
        <translation>do {amount}</translation>
    </message>
    <message>
        <source>These actions are funded by a lump sum instead of unit costs. For each option: what size of work plan it usually fits.</source>
        <translation>Ove akcije se finansiraju paušalnim iznosom, a ne po jediničnim troškovima. Uz svaku opciju piše kom obimu plana rada obično odgovara.</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>Paušalni iznosi</translation>
    </message>
    <message>
        <source>Funding rate: {percent}%</source>
        <translation>Stopa finansiranja: {percent}%</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Izvori:</translation>
    </message>
    <message>
        <source>A&amp;dd to the memo</source>
        <translation>Dodaj u podlo&amp;gu za odlučivanje</translation>
    </message>
    <message>
        <source>{people}, {days}, {origin} to {destination}, {km} km</source>
        <translation>{people}, {days}, {origin} – {destination}, {km} km</translation>
    </message>
    <message numerus="yes">
        <source>{n} days</source>
        <translation>
            <numerusform>{n} dan</numerusform>
            <numerusform>{n} dana</numerusform>
            <numerusform>{n} dana</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate the budget</source>
        <translation>Procena budžeta</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>&amp;Mobility (unit costs)</source>
        <translation>&amp;Mobilnost (jedinični troškovi)</translation>
    </message>
    <message>
        <source>&amp;Lump sums</source>
        <translation>&amp;Paušalni iznosi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>Close the budget dialog</source>
        <translation>Zatvori prozor za planiranje budžeta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcija</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Akcija:</translation>
    </message>
    <message>
        <source>Plan &amp;name (optional):</source>
        <translation>&amp;Naziv plana (nije obavezno):</translation>
    </message>
    <message>
        <source>Plan name (optional)</source>
        <translation>Naziv plana (nije obavezno)</translation>
    </message>
    <message>
        <source>e.g. Autumn 2026 mobilities</source>
        <translation>npr. Mobilnosti na jesen 2026.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Otvori plan…</translation>
    </message>
    <message>
        <source>Open a budget plan file</source>
        <translation>Otvori datoteku sa planom budžeta</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Sačuvaj plan…</translation>
    </message>
    <message>
        <source>Save the budget plan to a file</source>
        <translation>Sačuvajte plan budžeta u datoteku</translation>
    </message>
    <message>
        <source>Planned &amp;flows:</source>
        <translation>Planirani &amp;tokovi mobilnosti:</translation>
    </message>
    <message>
        <source>Planned flows</source>
        <translation>Planirani tokovi mobilnosti</translation>
    </message>
    <message>
        <source>One row per group of participants doing the same activity between the same two cities. Press F2 to edit a cell, Space to tick green travel.</source>
        <translation>Jedan red za svaku grupu učesnika koji obavljaju istu aktivnost između ista dva grada. Pritisnite F2 da biste izmenili ćeliju, a razmaknicu da biste označili zeleno putovanje.</translation>
    </message>
    <message>
        <source>Columns of the planned flows</source>
        <translation>Kolone planiranih tokova mobilnosti</translation>
    </message>
    <message>
        <source>Flow numbers</source>
        <translation>Brojevi tokova</translation>
    </message>
    <message>
        <source>Corner of the flows table</source>
        <translation>Ugao tabele tokova</translation>
    </message>
    <message>
        <source>&amp;Add flow</source>
        <translation>&amp;Dodaj tok</translation>
    </message>
    <message>
        <source>Add a flow</source>
        <translation>Dodajte tok mobilnosti</translation>
    </message>
    <message>
        <source>Add this estimate to the memo of the current shortlist</source>
        <translation>Dodajte ovu procenu u podlogu za odlučivanje za trenutnu listu</translation>
    </message>
    <message>
        <source>&amp;Remove flow</source>
        <translation>&amp;Ukloni tok</translation>
    </message>
    <message>
        <source>Remove the selected flow</source>
        <translation>Ukloni izabrani tok</translation>
    </message>
    <message>
        <source>Problems with the plan</source>
        <translation>Problemi u planu</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>P&amp;rocena:</translation>
    </message>
    <message>
        <source>Total estimated</source>
        <translation>Ukupna procena</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Procena budžeta</translation>
    </message>
    <message>
        <source>Lump-sum options by action</source>
        <translation>Opcije paušalnog iznosa po akcijama</translation>
    </message>
    <message>
        <source>No unit costs can be loaded for call year {year}: {problem}</source>
        <translation>Jedinični troškovi za konkurs za {year}. godinu ne mogu da se učitaju: {problem}</translation>
    </message>
    <message>
        <source>choose the From city and the To city to include this flow in the estimate</source>
        <translation>izaberite polazni i odredišni grad da bi ovaj tok ušao u procenu</translation>
    </message>
    <message>
        <source>choose the From city to include this flow in the estimate</source>
        <translation>izaberite polazni grad da bi ovaj tok ušao u procenu</translation>
    </message>
    <message>
        <source>choose the To city to include this flow in the estimate</source>
        <translation>izaberite odredišni grad da bi ovaj tok ušao u procenu</translation>
    </message>
    <message>
        <source>⚠ “{text}” is not a city vetguide knows; choose one from the list.</source>
        <translation>⚠ „{text}“ nije grad koji aplikacija poznaje; izaberite grad sa liste.</translation>
    </message>
    <message>
        <source>⚠ Flow {n} – {problem}</source>
        <translation>⚠ Tok {n} – {problem}</translation>
    </message>
    <message>
        <source>Flow {n} is left out of the estimate until fixed; what you typed is kept.</source>
        <translation>Tok {n} nije uračunat u procenu dok se ne ispravi; ono što ste uneli ostaje sačuvano.</translation>
    </message>
    <message>
        <source>Flow {n} is not estimated until fixed; what you typed is kept.</source>
        <translation>Tok {n} neće biti procenjen dok se ne ispravi; ono što ste uneli ostaje sačuvano.</translation>
    </message>
    <message>
        <source>Flows {n} are left out of the estimate until fixed; what you typed is kept.</source>
        <translation>Tokovi {n} nisu uračunati u procenu dok se ne isprave; ono što ste uneli ostaje sačuvano.</translation>
    </message>
    <message>
        <source>Flows {n} are not estimated until fixed; what you typed is kept.</source>
        <translation>Tokovi {n} neće biti procenjeni dok se ne isprave; ono što ste uneli ostaje sačuvano.</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Procena još ne postoji.</translation>
    </message>
    <message>
        <source>Press “Add flow” to plan the first group of participants.</source>
        <translation>Pritisnite „Dodaj tok“ da biste isplanirali prvu grupu učesnika.</translation>
    </message>
    <message>
        <source>Fix the flows marked above to see the estimate.</source>
        <translation>Ispravite tokove označene iznad da biste videli procenu.</translation>
    </message>
    <message>
        <source>Fix the flows marked in the table, then save again. Nothing was written.</source>
        <translation>Ispravite tokove označene u tabeli, pa ponovo sačuvajte. Ništa nije upisano.</translation>
    </message>
    <message>
        <source>The plan cannot be saved yet</source>
        <translation>Plan još ne može da se sačuva</translation>
    </message>
    <message>
        <source>Save budget plan</source>
        <translation>Čuvanje plana budžeta</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Plan nije sačuvan</translation>
    </message>
    <message>
        <source>The flows are still here.</source>
        <translation>Tokovi su i dalje ovde.</translation>
    </message>
    <message>
        <source>Open budget plan</source>
        <translation>Otvaranje plana budžeta</translation>
    </message>
    <message>
        <source>The flows here were not changed.</source>
        <translation>Tokovi ovde nisu promenjeni.</translation>
    </message>
    <message>
        <source>This plan cannot be opened</source>
        <translation>Ovaj plan ne može da se otvori</translation>
    </message>
    <message>
        <source>Replace the flow in this dialog with the plan from {file}?</source>
        <translation>Zameniti tok u ovom prozoru planom iz datoteke {file}?</translation>
    </message>
    <message>
        <source>Replace the {count} flows in this dialog with the plan from {file}?</source>
        <translation>Zameniti sve tokove u ovom prozoru (ukupno: {count}) planom iz datoteke {file}?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zameni</translation>
    </message>
    <message>
        <source>expected from the pattern of earlier calls, not announced</source>
        <translation>očekuju se po obrascu ranijih konkursa, još nisu objavljeni</translation>
    </message>
    <message>
        <source>ℹ All deadlines of the {year} call have passed. The deadlines shown from now on are for the next call: {expected}.</source>
        <translation>ℹ Svi rokovi konkursa za {year}. godinu su prošli. Rokovi koji se od sada prikazuju odnose se na sledeći konkurs: {expected}.</translation>
    </message>
    <message>
        <source>Call year notice</source>
        <translation>Obaveštenje o konkursnoj godini</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>preporuka</translation>
    </message>
    <message>
        <source>The lead time is our guidance for planning, not a rule of the programme.</source>
        <translation>Ovo vreme pripreme je naša preporuka za planiranje, a ne pravilo programa.</translation>
    </message>
    <message>
        <source>Choose an action in the shortlist to see the steps before its deadline.</source>
        <translation>Izaberite akciju na listi da biste videli korake pre njenog roka.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Do kada</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Koliko ranije</translation>
    </message>
    <message>
        <source>Done (from your answers)</source>
        <translation>Urađeno (prema vašim odgovorima)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Rok je bio juče</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by {n} days</source>
        <translation>
            <numerusform>Rok je prošao pre {n} dana</numerusform>
            <numerusform>Rok je prošao pre {n} dana</numerusform>
            <numerusform>Rok je prošao pre {n} dana</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Rok je danas</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>Sutra</translation>
    </message>
    <message numerus="yes">
        <source>In {n} days</source>
        <translation>
            <numerusform>Za {n} dan</numerusform>
            <numerusform>Za {n} dana</numerusform>
            <numerusform>Za {n} dana</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before the deadline</source>
        <translation>1 dan pre roka</translation>
    </message>
    <message numerus="yes">
        <source>{n} days before the deadline</source>
        <translation>
            <numerusform>{n} dan pre roka</numerusform>
            <numerusform>{n} dana pre roka</numerusform>
            <numerusform>{n} dana pre roka</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dan ranije</translation>
    </message>
    <message numerus="yes">
        <source>{n} days before</source>
        <translation>
            <numerusform>{n} dan ranije</numerusform>
            <numerusform>{n} dana ranije</numerusform>
            <numerusform>{n} dana ranije</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline is known for this action, so no plan can be laid back.</source>
        <translation>Rok za ovu akciju nije poznat, pa plan pripreme ne može da se napravi.</translation>
    </message>
    <message>
        <source>In {place}: {when}</source>
        <translation>Po lokalnom vremenu ({place}): {when}</translation>
    </message>
    <message>
        <source>Steps before the deadline: {when}</source>
        <translation>Koraci pre roka: {when}</translation>
    </message>
    <message>
        <source>Due {date}:</source>
        <translation>Rok: {date} –</translation>
    </message>
    <message>
        <source>&amp;Readiness: steps before the deadline</source>
        <translation>&amp;Priprema: koraci pre roka</translation>
    </message>
    <message>
        <source>Deadline of the plan</source>
        <translation>Rok na koji se plan odnosi</translation>
    </message>
    <message>
        <source>About the lead times</source>
        <translation>O vremenu pripreme</translation>
    </message>
    <message>
        <source>Steps before the deadline</source>
        <translation>Koraci pre roka</translation>
    </message>
    <message>
        <source>One row per step, earliest first: due date, step, whether it is overdue, lead time.</source>
        <translation>Jedan red za svaki korak, od najranijeg: datum, korak, da li je rok prošao, koliko ranije treba početi.</translation>
    </message>
    <message>
        <source>Columns of the steps</source>
        <translation>Kolone koraka</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Detalji izabranog koraka</translation>
    </message>
    <message>
        <source>Not yet checked against an official source: check it in the Programme Guide.</source>
        <translation>Još nije provereno u zvaničnom izvoru: proverite u Programskom vodiču.</translation>
    </message>
    <message>
        <source>Opens the explanation in the glossary.</source>
        <translation>Otvara objašnjenje u pojmovniku.</translation>
    </message>
    <message>
        <source>What is EACEA?</source>
        <translation>Šta je EACEA?</translation>
    </message>
    <message>
        <source>What is a national agency?</source>
        <translation>Šta je nacionalna agencija?</translation>
    </message>
    <message>
        <source>What would make it pass:</source>
        <translation>Šta možete da uradite:</translation>
    </message>
    <message>
        <source>Add {code} to the shortlist</source>
        <translation>Dodaj {code} na listu</translation>
    </message>
    <message>
        <source>Add {code} {title} to the shortlist</source>
        <translation>Dodaj {code} {title} na listu</translation>
    </message>
    <message>
        <source>Fit with your goals: {fit}/100</source>
        <translation>Podudarnost sa vašim ciljevima: {fit}/100</translation>
    </message>
    <message>
        <source>Submit to: {where}</source>
        <translation>Nadležna agencija: {where}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>Rok: {deadline}</translation>
    </message>
    <message>
        <source>Criteria as applicant</source>
        <translation>Kriterijumi za podnosioca prijave</translation>
    </message>
    <message>
        <source>Criteria as {role} ({n})</source>
        <translation>Kriterijumi za ulogu „{role}“ ({n})</translation>
    </message>
    <message>
        <source>Show the criteria for {code} as {role}</source>
        <translation>Prikaži kriterijume za {code} u ulozi „{role}“</translation>
    </message>
    <message>
        <source>Mobility route</source>
        <translation>Preporučeni put za mobilnost</translation>
    </message>
    <message>
        <source>No mobility action is open to your organisation as applicant.</source>
        <translation>Nijedna akcija mobilnosti nije otvorena za vašu organizaciju kao podnosioca prijave.</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Sledeći korak: {step}</translation>
    </message>
    <message>
        <source>Activities you could fund:</source>
        <translation>Aktivnosti za koje možete dobiti sredstva:</translation>
    </message>
    <message>
        <source>Partnership size</source>
        <translation>Veličina partnerstva</translation>
    </message>
    <message>
        <source>No partnership action is open to your organisation as applicant.</source>
        <translation>Nijedna akcija partnerstva nije otvorena za vašu organizaciju kao podnosioca prijave.</translation>
    </message>
    <message>
        <source>{action}: lump sum {amount}</source>
        <translation>{action}: paušalni iznos {amount}</translation>
    </message>
    <message>
        <source>What is a lump sum?</source>
        <translation>Šta je paušalni iznos?</translation>
    </message>
    <message>
        <source>Your own field: {title}</source>
        <translation>Vaša oblast: {title}</translation>
    </message>
    <message>
        <source>Actions of that field: {codes}</source>
        <translation>Aktivnosti te oblasti: {codes}</translation>
    </message>
    <message>
        <source>Centres of Vocational Excellence: clusters for your goals</source>
        <translation>Centri za izvrsnost u stručnom obrazovanju: klasteri koji odgovaraju vašim ciljevima</translation>
    </message>
    <message>
        <source>None of your goals matches a CoVE cluster.</source>
        <translation>Nijedan od vaših ciljeva ne odgovara nijednom klasteru centara za izvrsnost.</translation>
    </message>
    <message>
        <source>Call {year} · data as of {date} · checked for {today}.</source>
        <translation>Konkurs za {year}. godinu · stanje podataka: {date} · stanje na dan {today}</translation>
    </message>
    <message>
        <source>What we suggest</source>
        <translation>Naš predlog</translation>
    </message>
    <message>
        <source>All actions: eligible first, then possible with changes, then not eligible</source>
        <translation>Sve akcije: prvo one za koje ispunjavate uslove, zatim one moguće uz izmene, pa one za koje ne ispunjavate uslove</translation>
    </message>
    <message>
        <source>Find my actions</source>
        <translation>Pronađi akcije za nas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazad</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalje</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Završi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Završi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. “ser”</source>
        <translation>Unesite deo naziva, npr. „srb“</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Vaša organizacija</translation>
    </message>
    <message>
        <source>Who is applying? These answers decide which actions are open to you. They stay on this computer.</source>
        <translation>Ko podnosi prijavu? Od ovih odgovora zavisi koje su akcije otvorene za vas. Odgovori ostaju na ovom računaru.</translation>
    </message>
    <message>
        <source>e.g. Tehnička škola Kragujevac</source>
        <translation>npr. Tehnička škola Kragujevac</translation>
    </message>
    <message>
        <source>Organisation name (optional)</source>
        <translation>Naziv organizacije (nije obavezno)</translation>
    </message>
    <message>
        <source>Organisation na&amp;me (optional)</source>
        <translation>Naz&amp;iv organizacije (nije obavezno)</translation>
    </message>
    <message>
        <source>Choose the type of your organisation</source>
        <translation>Izaberite vrstu svoje organizacije</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Vrsta organizacije</translation>
    </message>
    <message>
        <source>&amp;Type of organisation</source>
        <translation>&amp;Vrsta organizacije</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Type part of the country name and pick it from the list.</source>
        <translation>Unesite deo naziva zemlje i izaberite je sa liste.</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ze&amp;mlja</translation>
    </message>
    <message>
        <source>We hold an Erasmus &amp;accreditation in VET</source>
        <translation>Imamo Erazmus &amp;akreditaciju u oblasti stručnog obrazovanja i obuka</translation>
    </message>
    <message>
        <source>We hold an Erasmus accreditation in VET</source>
        <translation>Imamo Erazmus akreditaciju u oblasti stručnog obrazovanja i obuka</translation>
    </message>
    <message>
        <source>The accreditation (KA120-VET) gives yearly mobility funding through accredited projects.</source>
        <translation>Akreditacija (KA120-VET) donosi sredstva za mobilnost svake godine, kroz akreditovane projekte.</translation>
    </message>
    <message>
        <source>We hold an Erasmus Charter for Higher &amp;Education (ECHE)</source>
        <translation>Imamo Erazmus povelju za visoko &amp;obrazovanje (ECHE)</translation>
    </message>
    <message>
        <source>We hold an Erasmus Charter for Higher Education (ECHE)</source>
        <translation>Imamo Erazmus povelju za visoko obrazovanje (ECHE)</translation>
    </message>
    <message>
        <source>Only universities and colleges hold an ECHE.</source>
        <translation>Povelju ECHE imaju samo univerziteti i visoke škole.</translation>
    </message>
    <message>
        <source>What is an associated third country?</source>
        <translation>Šta je treća zemlja pridružena Programu?</translation>
    </message>
    <message>
        <source>What is an Erasmus accreditation?</source>
        <translation>Šta je Erazmus akreditacija?</translation>
    </message>
    <message>
        <source>What is the ECHE?</source>
        <translation>Šta je ECHE?</translation>
    </message>
    <message>
        <source>Short-term mobility grants (KA122-VET) in the previous four calls</source>
        <translation>Broj odobrenih kratkoročnih projekata mobilnosti (KA122-VET) u prethodna četiri konkursa</translation>
    </message>
    <message>
        <source>Count the short-term projects your organisation received, not those it joined as partner.</source>
        <translation>Računajte kratkoročne projekte koji su odobreni vašoj organizaciji, a ne one u kojima je bila partner.</translation>
    </message>
    <message>
        <source>Short-term mobility &amp;grants (KA122-VET) received in the previous four calls</source>
        <translation>&amp;Broj odobrenih kratkoročnih projekata mobilnosti (KA122-VET) u prethodna četiri konkursa</translation>
    </message>
    <message>
        <source>Erasmus+ e&amp;xperience</source>
        <translation>Is&amp;kustvo sa programom Erazmus+</translation>
    </message>
    <message>
        <source>Erasmus+ experience</source>
        <translation>Iskustvo sa programom Erazmus+</translation>
    </message>
    <message>
        <source>To continue, choose the type of your organisation and pick your country from the list.</source>
        <translation>Da biste nastavili, izaberite vrstu svoje organizacije i svoju zemlju sa liste.</translation>
    </message>
    <message>
        <source>To continue, choose the type of your organisation.</source>
        <translation>Da biste nastavili, izaberite vrstu svoje organizacije.</translation>
    </message>
    <message>
        <source>To continue, pick your country from the list.</source>
        <translation>Da biste nastavili, izaberite svoju zemlju sa liste.</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Vaši ciljevi</translation>
    </message>
    <message>
        <source>What do you want to do with Erasmus+? Choose at least one goal.</source>
        <translation>Šta želite da postignete uz Erazmus+? Izaberite bar jedan cilj.</translation>
    </message>
    <message>
        <source>To continue, choose at least one goal.</source>
        <translation>Da biste nastavili, izaberite bar jedan cilj.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Još nije poznato</translation>
    </message>
    <message>
        <source>Partners and participants</source>
        <translation>Partneri i učesnici</translation>
    </message>
    <message>
        <source>Add the organisations you already know you will work with, if any. Having no partners yet is fine.</source>
        <translation>Dodajte organizacije sa kojima već znate da ćete sarađivati, ako ih ima. U redu je i ako još nemate partnere.</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Dodavanje partnera</translation>
    </message>
    <message>
        <source>Country of the partner</source>
        <translation>Zemlja partnera</translation>
    </message>
    <message>
        <source>Type part of the name and pick it from the list.</source>
        <translation>Unesite deo naziva zemlje i izaberite je sa liste.</translation>
    </message>
    <message>
        <source>Type of the partner organisation (optional)</source>
        <translation>Vrsta partnerske organizacije (nije obavezno)</translation>
    </message>
    <message>
        <source>Name of the partner organisation (optional)</source>
        <translation>Naziv partnerske organizacije (nije obavezno)</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Dodaj &amp;partnera</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Dodaj partnera</translation>
    </message>
    <message>
        <source>C&amp;ountry of the partner</source>
        <translation>Ze&amp;mlja partnera</translation>
    </message>
    <message>
        <source>T&amp;ype (optional)</source>
        <translation>&amp;Vrsta (nije obavezno)</translation>
    </message>
    <message>
        <source>Na&amp;me (optional)</source>
        <translation>Naz&amp;iv (nije obavezno)</translation>
    </message>
    <message>
        <source>Partners known so far</source>
        <translation>Partneri koje već znate</translation>
    </message>
    <message>
        <source>Partners &amp;known so far</source>
        <translation>Partneri koje već zna&amp;te</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>Uk&amp;loni partnera</translation>
    </message>
    <message>
        <source>Remove the selected partner</source>
        <translation>Ukloni izabranog partnera</translation>
    </message>
    <message>
        <source>Planned number of mobility participants</source>
        <translation>Planirani broj učesnika u mobilnosti</translation>
    </message>
    <message>
        <source>Learners and staff you plan to send abroad in one project; leave at “Not known yet” if unsure.</source>
        <translation>Učenici i zaposleni koje planirate da pošaljete u inostranstvo u jednom projektu; ako niste sigurni, ostavite „Još nije poznato“.</translation>
    </message>
    <message>
        <source>Planned number of mobility &amp;participants</source>
        <translation>Planirani broj &amp;učesnika u mobilnosti</translation>
    </message>
    <message>
        <source>Actions for you</source>
        <translation>Akcije za vas</translation>
    </message>
    <message>
        <source>Ranked by eligibility, then by how well they serve your goals. Tick the actions you want to keep.</source>
        <translation>Poređane prema ispunjenosti uslova, a zatim prema tome koliko odgovaraju vašim ciljevima. Označite akcije koje želite da sačuvate.</translation>
    </message>
    <message>
        <source>Keep the ticked actions in</source>
        <translation>Gde sačuvati označene akcije</translation>
    </message>
    <message>
        <source>An &amp;existing shortlist:</source>
        <translation>Na &amp;postojećoj listi:</translation>
    </message>
    <message>
        <source>An existing shortlist</source>
        <translation>Na postojećoj listi</translation>
    </message>
    <message>
        <source>Existing shortlist</source>
        <translation>Postojeća lista</translation>
    </message>
    <message>
        <source>A ne&amp;w shortlist named:</source>
        <translation>Na n&amp;ovoj listi pod nazivom:</translation>
    </message>
    <message>
        <source>A new shortlist</source>
        <translation>Na novoj listi</translation>
    </message>
    <message>
        <source>Name of the new shortlist</source>
        <translation>Naziv nove liste</translation>
    </message>
    <message>
        <source>No action ticked yet.</source>
        <translation>Još nijedna akcija nije označena.</translation>
    </message>
    <message>
        <source>1 action ticked.</source>
        <translation>Označena je 1 akcija.</translation>
    </message>
    <message>
        <source>{n} actions ticked.</source>
        <translation>Broj označenih akcija: {n}.</translation>
    </message>
    <message>
        <source>Give the new shortlist a name.</source>
        <translation>Unesite naziv nove liste.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Erasmus+ {year}</source>
        <translation>Erazmus+ {year}</translation>
    </message>
</context>
</TS>
