<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_RS">
<context>
    <name></name>
    <message>
        <source>Not yet checked against an official or national-agency source; confirm it in the Programme Guide before you rely on it.</source>
        <translation>Još nije provereno u zvaničnom izvoru niti u izvoru nacionalne agencije; proverite u Programskom vodiču pre nego što se oslonite na ovaj podatak.</translation>
    </message>
    <message>
        <source>Official sources (Programme Guide, call, EACEA, European Commission)</source>
        <translation>Zvanični izvori (Programski vodič, konkurs, EACEA, Evropska komisija)</translation>
    </message>
    <message>
        <source>National agencies, national offices and government portals</source>
        <translation>Nacionalne agencije, nacionalne kancelarije i državni portali</translation>
    </message>
    <message>
        <source>Third-party pages (not official)</source>
        <translation>Nezvanične stranice (nisu zvanični izvori)</translation>
    </message>
    <message>
        <source>official</source>
        <translation>zvanični izvor</translation>
    </message>
    <message>
        <source>national agency</source>
        <translation>nacionalna agencija</translation>
    </message>
    <message>
        <source>third party, not official</source>
        <translation>treća strana, nije zvanični izvor</translation>
    </message>
    <message>
        <source>Call {year} · data as of {date}</source>
        <translation>Konkurs za {year}. godinu · stanje podataka: {date}</translation>
    </message>
    <message>
        <source>Guide / call year {year}</source>
        <translation>Vodič / godina konkursa: {year}</translation>
    </message>
    <message>
        <source>Official title in English:</source>
        <translation>Zvanični naziv na engleskom:</translation>
    </message>
    <message>
        <source>Key data</source>
        <translation>Osnovni podaci</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivnosti</translation>
    </message>
    <message>
        <source>Clusters of activities</source>
        <translation>Klasteri aktivnosti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Izvori</translation>
    </message>
    <message>
        <source>marks 1 fact on this page:</source>
        <translation>označava jedan podatak na ovoj strani koji još nije proveren:</translation>
    </message>
    <message numerus="yes">
        <source>marks {count} facts on this page:</source>
        <translation>
            <numerusform>označava {count} podatak na ovoj strani koji još nije proveren:</numerusform>
            <numerusform>označava {count} podatka na ovoj strani koji još nisu provereni:</numerusform>
            <numerusform>označava {count} podataka na ovoj strani koji još nisu provereni:</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide → Find my actions</source>
        <translation>Vodič → Pronađi akcije za nas</translation>
    </message>
    <message>
        <source>Use {menu} to see which actions fit your organisation.</source>
        <translation>Preko menija {menu} saznajte koje akcije odgovaraju vašoj organizaciji.</translation>
    </message>
    <message>
        <source>Erasmus+ for vocational education and training</source>
        <translation>Erazmus+ za stručno obrazovanje i obuku</translation>
    </message>
    <message>
        <source>Choose an action in the catalogue to see its key data, deadlines and sources.</source>
        <translation>Izaberite akciju u katalogu da biste videli njene osnovne podatke, rokove i izvore.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Došlo je do greške</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error: {error}

Your shortlists were saved with your last change. If this happens again, please report it with the details below.</source>
        <translation>U aplikaciji {app} došlo je do neočekivane greške: {error}

Vaše liste izabranih akcija sačuvane su sa poslednjom izmenom. Ako se ovo ponovi, prijavite grešku i priložite detalje navedene ispod.</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} ne može da se pokrene</translation>
    </message>
    <message>
        <source>The catalogue of Erasmus+ actions that comes with {app} is damaged, so {app} cannot start. Please reinstall {app}.</source>
        <translation>Katalog Erazmus+ akcija koji dolazi uz aplikaciju {app} je oštećen, pa aplikacija ne može da se pokrene. Ponovo instalirajte {app}.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcija</translation>
    </message>
    <message>
        <source>Search ac&amp;tions:</source>
        <translation>Pre&amp;traži akcije:</translation>
    </message>
    <message>
        <source>Code, title or summary words</source>
        <translation>Šifra ili reči iz naziva i opisa</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Pretraži akcije</translation>
    </message>
    <message>
        <source>Shows only the actions whose code, title or summary contain every word typed</source>
        <translation>Prikazuje samo akcije čija šifra, naziv ili opis sadrže sve upisane reči</translation>
    </message>
    <message>
        <source>Catalogue of actions</source>
        <translation>Katalog akcija</translation>
    </message>
    <message>
        <source>No action matches. Clear the search to see all actions.</source>
        <translation>Nijedna akcija ne odgovara pretrazi. Obrišite pretragu da biste videli sve akcije.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Podaci o akciji</translation>
    </message>
    <message>
        <source>&amp;Add to shortlist</source>
        <translation>Dod&amp;aj na listu</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Dodaj na listu izabranih akcija</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Sve datoteke</translation>
    </message>
    <message>
        <source>Shortlist files</source>
        <translation>Datoteke sa listama izabranih akcija</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Sačuvaj na drugom mestu…</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Zatvori &amp;bez čuvanja</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Izvor:</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Pojmovnik</translation>
    </message>
    <message>
        <source>&amp;Find a term:</source>
        <translation>&amp;Pronađi pojam:</translation>
    </message>
    <message>
        <source>Words from the term or its explanation</source>
        <translation>Reči iz pojma ili njegovog objašnjenja</translation>
    </message>
    <message>
        <source>Find a term</source>
        <translation>Pronađi pojam</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Pojmovi</translation>
    </message>
    <message>
        <source>Explanation of the term</source>
        <translation>Objašnjenje pojma</translation>
    </message>
    <message>
        <source>No term matches. Clear the search to see all terms.</source>
        <translation>Nijedan pojam ne odgovara pretrazi. Obrišite pretragu da biste videli sve pojmove.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zatvori</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Obriši pretragu</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideja</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Priprema prijave</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Prijava podneta</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Odobreno</translation>
    </message>
    <message>
        <source>Not this year</source>
        <translation>Ne ove godine</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>nepoznata akcija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Beleška</translation>
    </message>
    <message>
        <source>A note can hold {limit} characters; this one has {count}.</source>
        <translation>Beleška može imati najviše {limit} znakova; ova ima {count}.</translation>
    </message>
    <message>
        <source>Select an action in the shortlist to write a note.</source>
        <translation>Izaberite akciju na listi da biste napisali belešku.</translation>
    </message>
    <message>
        <source>Contacts, ideas, next steps for {code}. Saved as you type.</source>
        <translation>Kontakti, ideje i sledeći koraci za {code}. Čuva se dok kucate.</translation>
    </message>
    <message>
        <source>Shortl&amp;ist:</source>
        <translation>L&amp;ista izabranih akcija:</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Lista izabranih akcija</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Promeni &amp;status</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Nova lista izabranih akcija</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Prei&amp;menuj…</translation>
    </message>
    <message>
        <source>Rename shortlist</source>
        <translation>Preimenuj listu izabranih akcija</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Obriši…</translation>
    </message>
    <message>
        <source>Delete shortlist</source>
        <translation>Obriši listu izabranih akcija</translation>
    </message>
    <message>
        <source>No shortlist yet. Choose an action in the catalogue and press “Add to shortlist”, or use Guide → Find my actions.</source>
        <translation>Još nemate nijednu listu izabranih akcija. Izaberite akciju u katalogu i pritisnite „Dodaj na listu“ ili upotrebite Vodič → Pronađi akcije za nas.</translation>
    </message>
    <message>
        <source>Actions in this shortlist</source>
        <translation>Akcije na ovoj listi</translation>
    </message>
    <message>
        <source>My shortlist</source>
        <translation>Moja lista</translation>
    </message>
    <message>
        <source>Loading the catalogue…</source>
        <translation>Učitava se katalog…</translation>
    </message>
    <message>
        <source>Loading your shortlists…</source>
        <translation>Učitavaju se vaše liste…</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>Katalog nije mogao da se učita.</translation>
    </message>
    <message>
        <source>Your shortlists could not be opened</source>
        <translation>Vaše liste izabranih akcija nisu mogle da se otvore</translation>
    </message>
    <message>
        <source>Your shortlists come from a newer {app}</source>
        <translation>Vaše liste izabranih akcija potiču iz novije verzije aplikacije {app}</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of {app}. It is shown read-only and left exactly as it is: update {app} to change your shortlists.</source>
        <translation>Bazu podataka {path} je zapisala novija verzija aplikacije {app}. Prikazuje se samo za čitanje i ostaje potpuno netaknuta: ažurirajte {app} da biste menjali svoje liste izabranih akcija.</translation>
    </message>
    <message>
        <source>Your shortlists database was damaged</source>
        <translation>Baza podataka sa vašim listama izabranih akcija je oštećena</translation>
    </message>
    <message>
        <source>The database could not be read:
{problem}

It was moved aside, unchanged, to:
{copy}

{app} starts with an empty library.</source>
        <translation>Baza podataka nije mogla da se pročita:
{problem}

Premeštena je, neizmenjena, u:
{copy}

{app} počinje sa praznom bibliotekom.</translation>
    </message>
    <message>
        <source>Your shortlists file was damaged</source>
        <translation>Datoteka sa vašim listama bila je oštećena</translation>
    </message>
    <message>
        <source>Your shortlists now live in a database; the old file is kept as {path}.</source>
        <translation>Vaše liste izabranih akcija su sada u bazi podataka; stara datoteka je sačuvana kao {path}.</translation>
    </message>
    <message>
        <source>&amp;New shortlist…</source>
        <translation>&amp;Nova lista…</translation>
    </message>
    <message>
        <source>&amp;Import shortlist…</source>
        <translation>&amp;Uvezi listu…</translation>
    </message>
    <message>
        <source>Add a shortlist from a file a colleague shared</source>
        <translation>Dodajte listu iz datoteke koju vam je poslao kolega</translation>
    </message>
    <message>
        <source>&amp;Export shortlist…</source>
        <translation>&amp;Izvezi listu…</translation>
    </message>
    <message>
        <source>Save the current shortlist to a file to share it</source>
        <translation>Sačuvajte trenutnu listu u datoteku da biste je podelili</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Izvezi &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the current shortlist as a PDF memo to print or share</source>
        <translation>Sačuvajte trenutnu listu kao PDF podlogu za odlučivanje, za štampu ili slanje</translation>
    </message>
    <message>
        <source>P&amp;rint memo…</source>
        <translation>Š&amp;tampaj podlogu…</translation>
    </message>
    <message>
        <source>Print the memo of the current shortlist (the same pages as the PDF)</source>
        <translation>Odštampajte podlogu za trenutnu listu (iste strane kao u izvezenoj datoteci)</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Izvezi &amp;kalendar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Iz&amp;laz</translation>
    </message>
    <message>
        <source>Re&amp;name shortlist…</source>
        <translation>&amp;Preimenuj listu…</translation>
    </message>
    <message>
        <source>&amp;Delete shortlist…</source>
        <translation>&amp;Obriši listu…</translation>
    </message>
    <message>
        <source>&amp;Add selected action to shortlist</source>
        <translation>&amp;Dodaj izabranu akciju na listu</translation>
    </message>
    <message>
        <source>Add the action shown in the catalogue to the current shortlist</source>
        <translation>Dodajte akciju prikazanu u katalogu na trenutnu listu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pomeri &amp;gore</translation>
    </message>
    <message>
        <source>&amp;Remove from shortlist</source>
        <translation>&amp;Ukloni sa liste</translation>
    </message>
    <message>
        <source>&amp;Find my actions…</source>
        <translation>&amp;Pronađi akcije za nas…</translation>
    </message>
    <message>
        <source>Answer a few questions and see which actions fit your organisation</source>
        <translation>Odgovorite na nekoliko pitanja i saznajte koje akcije odgovaraju vašoj organizaciji</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>Pretraži &amp;katalog</translation>
    </message>
    <message>
        <source>Type to filter the catalogue by code, title or summary</source>
        <translation>Kucajte da biste suzili katalog po šifri, nazivu ili opisu</translation>
    </message>
    <message>
        <source>Estimate the &amp;budget…</source>
        <translation>Proceni &amp;budžet…</translation>
    </message>
    <message>
        <source>Estimate a KA1 mobility budget and see the lump-sum options</source>
        <translation>Procenite budžet za mobilnost u okviru KA1 i pogledajte opcije paušalnog iznosa</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Pojmovnik…</translation>
    </message>
    <message>
        <source>Explanations of Erasmus+ terms: OID, PIC, lump sum, EQF and more</source>
        <translation>Objašnjenja Erazmus+ pojmova: OID, PIC, paušalni iznos, EQF i drugih</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Otvori &amp;fasciklu s podacima</translation>
    </message>
    <message>
        <source>Show the folder with your shortlists database and its backups</source>
        <translation>Prikaži fasciklu sa bazom vaših lista izabranih akcija i njenim rezervnim kopijama</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Vrati rezervnu kopiju…</translation>
    </message>
    <message>
        <source>Put back your shortlists as they were in one of the daily backups</source>
        <translation>Vratite liste izabranih akcija u stanje iz jedne od dnevnih rezervnih kopija</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Lista izabranih akcija</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Vodič</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Glavna traka s alatkama</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Još radnji sa trake</translation>
    </message>
    <message>
        <source>Catalogue columns</source>
        <translation>Kolone kataloga</translation>
    </message>
    <message>
        <source>Shortlist columns</source>
        <translation>Kolone liste</translation>
    </message>
    <message>
        <source>Shortlist rows</source>
        <translation>Redovi liste</translation>
    </message>
    <message>
        <source>Select all items</source>
        <translation>Izaberi sve stavke</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Jezik: {language}</translation>
    </message>
    <message>
        <source>Note and readiness plan</source>
        <translation>Beleška i plan pripreme</translation>
    </message>
    <message>
        <source>Readiness plan</source>
        <translation>Plan pripreme</translation>
    </message>
    <message>
        <source>Shortlists changed in another window are shown.</source>
        <translation>Prikazane su liste izabranih akcija izmenjene u drugom prozoru.</translation>
    </message>
    <message>
        <source>Create or choose a shortlist first: the memo is a shortlist&apos;s.</source>
        <translation>Prvo napravite ili izaberite listu: podloga za odlučivanje pravi se za listu.</translation>
    </message>
    <message>
        <source>The budget estimate is in the memo of the shortlist “{name}”.</source>
        <translation>Procena budžeta je dodata u podlogu za odlučivanje za listu „{name}“.</translation>
    </message>
    <message>
        <source>Imported the shortlist “{name}” with 1 action.</source>
        <translation>Uvezena je lista „{name}“ sa jednom akcijom.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the shortlist “{name}” with {count} actions.</source>
        <translation>
            <numerusform>Uvezena je lista „{name}“ sa {count} akcijom.</numerusform>
            <numerusform>Uvezena je lista „{name}“ sa {count} akcije.</numerusform>
            <numerusform>Uvezena je lista „{name}“ sa {count} akcija.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deadline of the shortlist “{name}”, expected (not yet announced), was saved to:
{path}</source>
        <translation>Jedan rok sa liste „{name}“, očekivan (još nije objavljen), sačuvan je u:
{path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} deadlines of the shortlist “{name}”, of which {expected} expected (not yet announced), were saved to:
{path}</source>
        <translation>
            <numerusform>{count} rok sa liste „{name}“ (od toga očekivanih, još neobjavljenih: {expected}) sačuvan je u:
{path}</numerusform>
            <numerusform>{count} roka sa liste „{name}“ (od toga očekivanih, još neobjavljenih: {expected}) sačuvana su u:
{path}</numerusform>
            <numerusform>{count} rokova sa liste „{name}“ (od toga očekivanih, još neobjavljenih: {expected}) sačuvano je u:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>1 deadline of the shortlist “{name}” was saved to:
{path}</source>
        <translation>Jedan rok sa liste „{name}“ sačuvan je u:
{path}</translation>
    </message>
    <message numerus="yes">
        <source>{count} deadlines of the shortlist “{name}” were saved to:
{path}</source>
        <translation>
            <numerusform>{count} rok sa liste „{name}“ sačuvan je u:
{path}</numerusform>
            <numerusform>{count} roka sa liste „{name}“ sačuvana su u:
{path}</numerusform>
            <numerusform>{count} rokova sa liste „{name}“ sačuvano je u:
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Each deadline also gives your local time ({zone}).</source>
        <translation>Uz svaki rok navedeno je i vaše lokalno vreme ({zone}).</translation>
    </message>
    <message>
        <source>Added 1 action to the shortlist “{name}”.</source>
        <translation>Na listu „{name}“ dodata je jedna akcija.</translation>
    </message>
    <message numerus="yes">
        <source>Added {count} actions to the shortlist “{name}”.</source>
        <translation>
            <numerusform>Na listu „{name}“ dodata je {count} akcija.</numerusform>
            <numerusform>Na listu „{name}“ dodate su {count} akcije.</numerusform>
            <numerusform>Na listu „{name}“ dodato je {count} akcija.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 was already on it.</source>
        <translation>Jedna je već bila na njoj.</translation>
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
Vodič kroz program Erazmus+ za stručno obrazovanje i obuku, za rad na računaru.

Katalog: Erazmus+ konkurs za {year}. godinu, stanje podataka: {date}
Paket podataka koji se koristi: {pack}
{guide_note}

Vaše liste izabranih akcija i podešavanja čuvaju se na ovom računaru u fascikli:
{folder}

Upozorenja i greške beleže se u datoteci:
{log}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nije sačuvano: {problem}</translation>
    </message>
    <message>
        <source>Your changes could not be saved</source>
        <translation>Vaše izmene nisu mogle da se sačuvaju</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF datoteke</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Kalendarske datoteke</translation>
    </message>
    <message>
        <source>{problem}

{app} starts with no shortlists and will not save changes, so that the file stays as it is. Move or repair the file, then start {app} again.</source>
        <translation>{problem}

{app} se pokreće bez lista izabranih akcija i neće čuvati izmene, da bi datoteka ostala nepromenjena. Premestite ili popravite datoteku, pa ponovo pokrenite {app}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read:
{problem}

It was moved aside, unchanged, to:
{copy}

{app} starts with no shortlists. Keep the copy if you want to recover its contents.</source>
        <translation>Datoteka {path} nije mogla da se pročita:
{problem}

Premeštena je, neizmenjena, u:
{copy}

{app} se pokreće bez lista izabranih akcija. Sačuvajte kopiju ako želite da povratite njen sadržaj.</translation>
    </message>
    <message>
        <source>Save the deadlines of the current shortlist as a calendar file ({ext})</source>
        <translation>Sačuvajte rokove akcija sa trenutne liste kao kalendarsku datoteku ({ext})</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;O aplikaciji {app}</translation>
    </message>
    <message>
        <source>Show {app} in {language}</source>
        <translation>Prikaži {app} na jeziku: {language}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;rikaz</translation>
    </message>
    <message>
        <source>Your changes are not saved</source>
        <translation>Vaše izmene nisu sačuvane</translation>
    </message>
    <message>
        <source>Some changes to your shortlists could not be saved:
{problem}

Save them elsewhere (each shortlist as a file you can import later), or close and lose them?</source>
        <translation>Neke izmene vaših lista izabranih akcija nisu mogle da se sačuvaju:
{problem}

Da li da ih sačuvate na drugom mestu (svaku listu kao datoteku koju kasnije možete da uvezete) ili da zatvorite i izgubite ih?</translation>
    </message>
    <message>
        <source>saving is turned off</source>
        <translation>čuvanje je isključeno</translation>
    </message>
    <message>
        <source>Save shortlists elsewhere</source>
        <translation>Sačuvajte liste izabranih akcija na drugom mestu</translation>
    </message>
    <message>
        <source>The shortlists could not be saved elsewhere</source>
        <translation>Liste izabranih akcija nisu mogle da se sačuvaju na drugom mestu</translation>
    </message>
    <message>
        <source>Shortlists saved elsewhere</source>
        <translation>Liste izabranih akcija su sačuvane na drugom mestu</translation>
    </message>
    <message>
        <source>Changes are not saved: your shortlists could not be opened at start.</source>
        <translation>Izmene se ne čuvaju: vaše liste izabranih akcija nisu mogle da se otvore pri pokretanju.</translation>
    </message>
    <message>
        <source>{problem}

The changes stay in this window. {app} tries again with your next change; you can also export the shortlist to a file.</source>
        <translation>{problem}

Izmene ostaju u ovom prozoru. {app} će pokušati ponovo pri sledećoj izmeni; listu možete i da izvezete u datoteku.</translation>
    </message>
    <message>
        <source>Not saved: see the message about saving.</source>
        <translation>Nije sačuvano: pogledajte poruku o čuvanju.</translation>
    </message>
    <message>
        <source>A shortlist needs a name.</source>
        <translation>Lista mora imati naziv.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters; this one has {count}.</source>
        <translation>Naziv može imati najviše {limit} znakova; ovaj ima {count}.</translation>
    </message>
    <message>
        <source>There is already a shortlist called “{name}”. Choose another name.</source>
        <translation>Već postoji lista pod nazivom „{name}“. Izaberite drugi naziv.</translation>
    </message>
    <message>
        <source>&amp;Name of the new shortlist:</source>
        <translation>&amp;Naziv nove liste:</translation>
    </message>
    <message>
        <source>Created the shortlist “{name}”.</source>
        <translation>Napravljena je lista „{name}“.</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Novi naziv:</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>Lista „{old}“ preimenovana je u „{name}“.</translation>
    </message>
    <message>
        <source>Delete the shortlist “{name}” with its actions and their notes (actions: {count})?

This cannot be undone. Export the shortlist first if you may need it again.</source>
        <translation>Obrisati listu „{name}“ sa svim akcijama i beleškama (broj akcija: {count})?

Ovo ne može da se opozove. Ako vam lista može ponovo zatrebati, prvo je izvezite.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Deleted the shortlist “{name}”.</source>
        <translation>Obrisana je lista „{name}“.</translation>
    </message>
    <message>
        <source>Choose an action in the catalogue first.</source>
        <translation>Prvo izaberite akciju u katalogu.</translation>
    </message>
    <message>
        <source>{code} is already on the shortlist “{name}”.</source>
        <translation>Akcija {code} je već na listi „{name}“.</translation>
    </message>
    <message>
        <source>Added {code} to the shortlist “{name}”.</source>
        <translation>Akcija {code} je dodata na listu „{name}“.</translation>
    </message>
    <message>
        <source>Remove {code} from the shortlist? Its note will be lost.</source>
        <translation>Ukloniti akciju {code} sa liste? Njena beleška biće izgubljena.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Removed {code} from the shortlist.</source>
        <translation>Akcija {code} je uklonjena sa liste.</translation>
    </message>
    <message>
        <source>{problem} Shorten it to save it; until then the saved note is kept.</source>
        <translation>{problem} Skratite je da bi se sačuvala; do tada ostaje ranije sačuvana beleška.</translation>
    </message>
    <message>
        <source>Import shortlist</source>
        <translation>Uvoz liste</translation>
    </message>
    <message>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

Ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Not in this catalogue: {codes}.</source>
        <translation>Nisu u ovom katalogu: {codes}.</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Izvoz liste</translation>
    </message>
    <message>
        <source>The shortlist could not be exported</source>
        <translation>Lista nije mogla da se izveze</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Lista „{name}“ izvezena je u {path}.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sačuvano: {path}.</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Izvoz u PDF je otkazan; nijedna datoteka nije upisana.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Izvoz u PDF</translation>
    </message>
    <message>
        <source>Writing the memo of “{name}” as a PDF…</source>
        <translation>Podloga za odlučivanje za listu „{name}“ upisuje se u PDF…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Otkazivanje…</translation>
    </message>
    <message>
        <source>Saved 1 shortlist file in {folder}.</source>
        <translation>Sačuvana je jedna datoteka sa listom u fascikli {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} shortlist files in {folder}.</source>
        <translation>
            <numerusform>Sačuvana je {count} datoteka sa listama u fascikli {folder}.</numerusform>
            <numerusform>Sačuvane su {count} datoteke sa listama u fascikli {folder}.</numerusform>
            <numerusform>Sačuvano je {count} datoteka sa listama u fascikli {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>PDF nije mogao da se sačuva</translation>
    </message>
    <message>
        <source>{problem}

No file was written.</source>
        <translation>{problem}

Nijedna datoteka nije upisana.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF je sačuvan</translation>
    </message>
    <message>
        <source>The memo of the shortlist “{name}” was saved to:
{path}</source>
        <translation>Podloga za odlučivanje za listu „{name}“ sačuvana je u:
{path}</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Otvori PDF</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Izvoz kalendara</translation>
    </message>
    <message>
        <source>Not in the {year} catalogue: {codes}.</source>
        <translation>Nisu u katalogu za {year}. godinu: {codes}.</translation>
    </message>
    <message>
        <source>No deadline lies ahead for the actions of “{name}”, so there is nothing to put in a calendar.</source>
        <translation>Akcije sa liste „{name}“ nemaju predstojećih rokova, pa u kalendar nema šta da se upiše.</translation>
    </message>
    <message>
        <source>The calendar could not be saved</source>
        <translation>Kalendar nije mogao da se sačuva</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}

No file was written.</source>
        <translation>upis u {path} nije uspeo: {problem}

Nijedna datoteka nije upisana.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Kalendar je sačuvan</translation>
    </message>
    <message>
        <source>&amp;Open in the calendar app</source>
        <translation>&amp;Otvori u kalendaru</translation>
    </message>
    <message>
        <source>Find my actions</source>
        <translation>Pronađi akcije za nas</translation>
    </message>
    <message>
        <source>The guide could not be opened: {problem}</source>
        <translation>Vodič nije mogao da se otvori: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} were already on it.</source>
        <translation>
            <numerusform>Već je bila na listi: {count}.</numerusform>
            <numerusform>Već su bile na listi: {count}.</numerusform>
            <numerusform>Već je bilo na listi: {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Vraćanje rezervne kopije</translation>
    </message>
    <message>
        <source>Your shortlists are not open for changes, so no backup can be restored.</source>
        <translation>Vaše liste izabranih akcija nisu otvorene za izmene, pa se rezervna kopija ne može vratiti.</translation>
    </message>
    <message>
        <source>There is no backup yet. {app} makes one each day you use it.</source>
        <translation>Još nema rezervne kopije. {app} pravi po jednu svakog dana kada ga koristite.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Rezervna kopija nije mogla da se vrati</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Rezervna kopija je vraćena</translation>
    </message>
    <message>
        <source>Your shortlists are back as they were in {backup}.

The state before the restore is kept in {kept}.</source>
        <translation>Vaše liste izabranih akcija su vraćene u stanje iz {backup}.

Stanje pre vraćanja je sačuvano u {kept}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>O aplikaciji {app}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pomeri gore</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pomeri dol&amp;e</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pomeri dole</translation>
    </message>
    <message>
        <source>Remove from shortlist</source>
        <translation>Ukloni sa liste</translation>
    </message>
    <message>
        <source>N&amp;ote for {code}:</source>
        <translation>&amp;Beleška za {code}:</translation>
    </message>
    <message>
        <source>Note for {code}</source>
        <translation>Beleška za {code}</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Beleška:</translation>
    </message>
    <message>
        <source>Note for the selected action</source>
        <translation>Beleška za izabranu akciju</translation>
    </message>
    <message>
        <source>{when} – {size} KB – {name}</source>
        <translation>{when} – {size} KB – {name}</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Your shortlists as they are now are kept as one more backup first, so a restore can be undone.</source>
        <translation>Izaberite rezervnu kopiju koju želite da vratite. Sadašnje stanje vaših lista izabranih akcija prvo se čuva kao još jedna rezervna kopija, pa se vraćanje može poništiti.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Rezervne kopije</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>podaci isporučeni uz aplikaciju</translation>
    </message>
    <message>
        <source>installed data pack</source>
        <translation>instaliran paket podataka</translation>
    </message>
    <message>
        <source>Install &amp;data pack…</source>
        <translation>Instaliraj paket po&amp;dataka…</translation>
    </message>
    <message>
        <source>Add a call year&apos;s data from a data pack file (.vgpack)</source>
        <translation>Dodaj podatke za godinu konkursa iz datoteke paketa podataka (.vgpack)</translation>
    </message>
    <message>
        <source>&amp;Call year</source>
        <translation>&amp;Godina konkursa</translation>
    </message>
    <message>
        <source>&amp;Automatic (by date)</source>
        <translation>&amp;Automatski (prema datumu)</translation>
    </message>
    <message>
        <source>Call {year}</source>
        <translation>Konkurs za {year}. godinu</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Godina konkursa</translation>
    </message>
    <message>
        <source>Install data pack</source>
        <translation>Instaliranje paketa podataka</translation>
    </message>
    <message>
        <source>Data packs</source>
        <translation>Paketi podataka</translation>
    </message>
    <message>
        <source>A data pack is being installed; try again in a moment.</source>
        <translation>Paket podataka se upravo instalira; pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Installing the data pack {name}…</source>
        <translation>Instalira se paket podataka {name}…</translation>
    </message>
    <message>
        <source>The data pack was not installed, and nothing changed:
{reason}</source>
        <translation>Paket podataka nije instaliran i ništa nije promenjeno:
{reason}</translation>
    </message>
    <message>
        <source>Installed the data pack for the {year} call (data as of {date}).</source>
        <translation>Instaliran je paket podataka za konkurs {year}. godine (stanje podataka: {date}).</translation>
    </message>
    <message>
        <source>Erasmus+ for your school, step by step</source>
        <translation>Erazmus+ za vašu školu, korak po korak</translation>
    </message>
    <message>
        <source>Answer a few questions about your organisation and its goals: the guide shows which Erasmus+ actions are open to you and why, and keeps the ones you choose in a shortlist you can share and print for your director.</source>
        <translation>Odgovorite na nekoliko pitanja o svojoj organizaciji i njenim ciljevima: vodič pokazuje koje su vam akcije programa Erazmus+ otvorene i zašto, a one koje izaberete čuva na listi koju možete da podelite sa kolegama i odštampate za direktora.</translation>
    </message>
    <message>
        <source>Find the Erasmus+ actions for my organisation</source>
        <translation>Pronađi akcije programa Erazmus+ za moju organizaciju</translation>
    </message>
    <message>
        <source>Open a shortlist a colleague sent…</source>
        <translation>Otvori listu koju je poslao kolega…</translation>
    </message>
    <message>
        <source>Open a shortlist a colleague sent</source>
        <translation>Otvori listu koju je poslao kolega</translation>
    </message>
    <message>
        <source>Look through all actions first</source>
        <translation>Najpre pregledaj sve akcije</translation>
    </message>
    <message>
        <source>Print the memo</source>
        <translation>Štampanje podloge za odlučivanje</translation>
    </message>
    <message>
        <source>Sending the memo to the printer…</source>
        <translation>Podloga za odlučivanje se šalje štampaču…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Štampanje je otkazano.</translation>
    </message>
    <message>
        <source>The memo could not be printed</source>
        <translation>Podloga za odlučivanje nije mogla da se odštampa</translation>
    </message>
    <message>
        <source>{problem}

Check the printer and try again.</source>
        <translation>{problem}

Proverite štampač i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The memo of “{name}” was sent to {printer}.</source>
        <translation>Podloga za odlučivanje za listu „{name}“ poslata je na {printer}.</translation>
    </message>
    <message>
        <source>Recen&amp;t shortlist files</source>
        <translation>Nedavne datoteke li&amp;sta</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Očisti spisak</translation>
    </message>
    <message>
        <source>{app} opens shortlist files ({shortlists}) and data packs ({packs}); “{name}” is neither, so it was not opened.</source>
        <translation>{app} otvara datoteke sa listama ({shortlists}) i pakete podataka ({packs}); „{name}“ nije ni jedno ni drugo, pa nije otvorena.</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translation>Ova datoteka ne može da se otvori</translation>
    </message>
    <message>
        <source>The list of recent shortlist files was cleared.</source>
        <translation>Spisak nedavnih datoteka lista je očišćen.</translation>
    </message>
    <message>
        <source>No longer there, so removed from the recent files: {names}</source>
        <translation>Više ne postoje, pa su uklonjene iz nedavnih datoteka: {names}</translation>
    </message>
    <message>
        <source>No recent shortlist files</source>
        <translation>Nema nedavnih datoteka lista</translation>
    </message>
    <message>
        <source>The file “{name}” is no longer in {folder}; it was removed from the recent files.</source>
        <translation>Datoteka „{name}“ više nije u fascikli {folder}; uklonjena je iz nedavnih datoteka.</translation>
    </message>
</context>
</TS>
