<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Back to start</source>
        <translation>Tilbage til start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Nothing is planned for this week and next yet. Ask at the counter.</source>
        <translation>Intet er planlagt i denne og næste uge endnu. Spørg ved disken.</translation>
    </message>
    <message>
        <source>Cancel my place</source>
        <translation>Meld mig fra</translation>
    </message>
    <message>
        <source>What may we call you? A nickname is enough — no real name.</source>
        <translation>Hvad må vi kalde dig? Et kaldenavn er nok – ikke dit rigtige navn.</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Kaldenavn</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Tilmeld mig</translation>
    </message>
    <message>
        <source>Or pick one:</source>
        <translation>Eller vælg et:</translation>
    </message>
    <message>
        <source>Or hold your coffee card under the scanner.</source>
        <translation>Eller hold dit kaffekort under scanneren.</translation>
    </message>
    <message>
        <source>Type the code from your slip:</source>
        <translation>Skriv koden fra din seddel:</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation>Denne uge og næste</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>Ret aktiviteten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>About it</source>
        <translation>Om aktiviteten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starter kl.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Places (empty: no limit)</source>
        <translation>Pladser (tomt: ingen grænse)</translation>
    </message>
    <message>
        <source>Waiting list when full</source>
        <translation>Venteliste, når der er fuldt</translation>
    </message>
    <message>
        <source>Price (empty: free)</source>
        <translation>Pris (tomt: gratis)</translation>
    </message>
    <message>
        <source>Weeks in a row</source>
        <translation>Uger i træk</translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation>Sæt den på programmet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>Aflys aktiviteten</translation>
    </message>
    <message>
        <source>Print the attendance list</source>
        <translation>Udskriv deltagerlisten</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Tilmeldte</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Ingen endnu.</translation>
    </message>
    <message>
        <source>Came ✓</source>
        <translation>Kom ✓</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Kom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Afmeld</translation>
    </message>
    <message>
        <source>Sign-up closes, hours before (empty: at the start)</source>
        <translation>Tilmelding lukker, timer før (tomt: ved start)</translation>
    </message>
    <message>
        <source>My place</source>
        <translation>Min plads</translation>
    </message>
    <message>
        <source>Check my place</source>
        <translation>Tjek min plads</translation>
    </message>
</context>
<context>
    <name>AmountPad</name>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 is full. Make room there (or choose another folder in [database] backup_directory) and try again.</source>
        <translation>Backupmappen %1 er fuld. Gør plads der (eller vælg en anden mappe i [database] backup_directory) og prøv igen.</translation>
    </message>
    <message>
        <source>Aktivkafe may not write in the backup folder %1. Give it write access (or choose another folder in [database] backup_directory).</source>
        <translation>Aktivkafe må ikke skrive i backupmappen %1. Giv den skriveadgang (eller vælg en anden mappe i [database] backup_directory).</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2.</source>
        <translation>Backuppen kunne ikke skrives i %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 er beskadiget (SQLites integritetskontrol: %2).</translation>
    </message>
    <message>
        <source>The journal in %1 does not verify: %2</source>
        <translation>Journalen i %1 stemmer ikke: %2</translation>
    </message>
    <message>
        <source>A café kept only in memory cannot be backed up.</source>
        <translation>En café, der kun findes i hukommelsen, kan ikke tages backup af.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or set [database] backup_directory to a folder that does.</source>
        <translation>Backupmappen %1 findes ikke. Opret den, eller sæt [database] backup_directory til en mappe, der findes.</translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] backup_directory must name one.</source>
        <translation>%1 er ikke en mappe; [database] backup_directory skal være en mappe.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>Den gamle backup %1 kunne ikke slettes.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Backuppen og databasen er den samme fil.</translation>
    </message>
    <message>
        <source>%1 was not restored: %2 The café&apos;s database was not touched.</source>
        <translation>%1 blev ikke genskabt: %2 Caféens database er ikke rørt.</translation>
    </message>
    <message>
        <source>%1 is running on %2. Close the till and the kiosk first, then restore.</source>
        <translation>%1 kører på %2. Luk kassen og kiosken først, og genskab så.</translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 (%2); nothing was restored.</source>
        <translation>Den nuværende database kunne ikke gemmes som %1 (%2); intet blev genskabt.</translation>
    </message>
    <message>
        <source>The current file could not be kept as %1; nothing was restored.</source>
        <translation>Den nuværende fil kunne ikke gemmes som %1; intet blev genskabt.</translation>
    </message>
    <message>
        <source>The backup stick (%1) is full. Delete old files from it or use a bigger stick.</source>
        <translation>Backup-stikket (%1) er fuldt. Slet gamle filer fra det, eller brug et større USB-stik.</translation>
    </message>
    <message>
        <source>Aktivkafe may not write on the backup stick (%1): it is read-only or write-protected, or the folder does not let Aktivkafe write in it.</source>
        <translation>Aktivkafe må ikke skrive på backup-stikket (%1): det er skrivebeskyttet, eller mappen giver ikke Aktivkafe lov til at skrive i den.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the backup stick (%1): %2.</source>
        <translation>Backuppen kunne ikke kopieres til backup-stikket (%1): %2.</translation>
    </message>
    <message>
        <source>The second backup folder %1 is not there: is the backup stick plugged in?</source>
        <translation>Den anden backupmappe %1 findes ikke: er backup-stikket sat i?</translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] second_backup_directory must name one.</source>
        <translation>%1 er ikke en mappe; [database] second_backup_directory skal være en mappe.</translation>
    </message>
</context>
<context>
    <name>CafeCopy</name>
    <message>
        <source>%1 already holds a café (its %2 are not empty). A café is only copied into a new, empty database; nothing was changed.</source>
        <translation>%1 har allerede en café (%2 er ikke tomme). En café kopieres kun til en ny, tom database; intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 could not be read from %2: %3</source>
        <translation>%1 kunne ikke læses fra %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 could not be written into %2: %3</source>
        <translation>%1 kunne ikke skrives til %2: %3</translation>
    </message>
    <message>
        <source>The copy in %1 holds %2 rows of %3 instead of %4.</source>
        <translation>Kopien i %1 har %2 rækker i %3 i stedet for %4.</translation>
    </message>
    <message>
        <source>The sales in %1 add up to %2 instead of %3 (in øre/cents).</source>
        <translation>Salgene i %1 giver tilsammen %2 i stedet for %3 (i øre).</translation>
    </message>
    <message>
        <source>The journal copied into %1 does not verify: %2</source>
        <translation>Journalen, der blev kopieret til %1, stemmer ikke: %2</translation>
    </message>
    <message>
        <source>it ends elsewhere</source>
        <translation>den slutter et andet sted</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at %4; both must be opened by this version of Aktivkafe first.</source>
        <translation>%1 har skemaversion %2 og %3 har %4; begge skal først åbnes af denne version af Aktivkafe.</translation>
    </message>
    <message>
        <source>The table %1 is not the same in %2 and %3.</source>
        <translation>Tabellen %1 er ikke ens i %2 og %3.</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Get a coffee</source>
        <translation>Få en kaffe</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
</context>
<context>
    <name>CardTypesScreen</name>
    <message>
        <source>Back to coffee cards</source>
        <translation>Tilbage til kaffekort</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>Korttyper</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Tag ud af brug</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Brug igen</translation>
    </message>
    <message>
        <source>New card type</source>
        <translation>Ny korttype</translation>
    </message>
    <message>
        <source>Free card</source>
        <translation>Gratiskort</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>Klippekort</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Dagspas</translation>
    </message>
    <message>
        <source>Name, e.g. “Welcome – 5 cups”</source>
        <translation>Navn, fx »Velkommen – 5 kopper«</translation>
    </message>
    <message>
        <source>Cups (empty: unlimited)</source>
        <translation>Kopper (tomt: ubegrænset)</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Gyldigt i (dage)</translation>
    </message>
    <message>
        <source>Programme or reason, e.g. “Welcome”</source>
        <translation>Program eller grund, fx »Velkommen«</translation>
    </message>
    <message>
        <source>Add the card type</source>
        <translation>Tilføj korttypen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Give-away budgets</source>
        <translation>Budget for gratiskopper</translation>
    </message>
    <message>
        <source>80 % used</source>
        <translation>80 % brugt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cups</source>
        <translation>Kopper</translation>
    </message>
    <message>
        <source>Set a month&apos;s budget</source>
        <translation>Sæt månedsbudget</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Card types and figures</source>
        <translation>Korttyper og tal</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>Give out a free card</source>
        <translation>Giv et gratiskort</translation>
    </message>
    <message>
        <source>There are no free card types yet. A manager adds them under “Card types”.</source>
        <translation>Der er ingen gratiskort endnu. En leder tilføjer dem under »Korttyper«.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>What the card is for</source>
        <translation>Hvad kortet er til</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gyldigt i</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Udskriv kortet</translation>
    </message>
    <message>
        <source>Print and bind a chip</source>
        <translation>Udskriv og tilknyt en chip</translation>
    </message>
    <message>
        <source>Look at a card</source>
        <translation>Se på et kort</translation>
    </message>
    <message>
        <source>Scan the card, or type the code printed under the QR code.</source>
        <translation>Scan kortet, eller skriv koden, der står under QR-koden.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Bind a chip</source>
        <translation>Tilknyt en chip</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Afleveret</translation>
    </message>
    <message>
        <source>Block (lost)</source>
        <translation>Spær (mistet)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>The count does not match the coins and notes of this till.</source>
        <translation>Optællingen passer ikke med mønterne og sedlerne i denne kasse.</translation>
    </message>
    <message>
        <source>%1: type how many there are, as a whole number (like 12), not &quot;%2&quot;.</source>
        <translation>%1: skriv hvor mange der er, som et helt tal (som 12), ikke »%2«.</translation>
    </message>
    <message>
        <source>%1: %2 is more than a drawer holds; count again.</source>
        <translation>%1: %2 er mere, end en skuffe kan rumme; tæl igen.</translation>
    </message>
</context>
<context>
    <name>CashScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>The drawer</source>
        <translation>Kasseskuffen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Change from the bank, milk from the shop …</source>
        <translation>Byttepenge fra banken, mælk fra butikken …</translation>
    </message>
    <message>
        <source>Put into the drawer</source>
        <translation>Læg i skuffen</translation>
    </message>
    <message>
        <source>Take out of the drawer</source>
        <translation>Tag ud af skuffen</translation>
    </message>
    <message>
        <source>Open the drawer (no sale)</source>
        <translation>Åbn skuffen (uden salg)</translation>
    </message>
    <message>
        <source>End the shift: count the drawer</source>
        <translation>Afslut vagten: tæl kasseskuffen</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Yes, first time</source>
        <translation>Ja, første gang</translation>
    </message>
    <message>
        <source>No, I&apos;ve been here before</source>
        <translation>Nej, jeg har været her før</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>En aktivitet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Nogen at tale med</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ikke godt</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Så som så</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Godt</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Rigtig godt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
</context>
<context>
    <name>CountPad</name>
    <message>
        <source>How many of %1</source>
        <translation>Hvor mange %1</translation>
    </message>
    <message>
        <source>Your count: %1</source>
        <translation>Din optælling: %1</translation>
    </message>
    <message>
        <source>Only whole numbers of coins and notes, please.</source>
        <translation>Skriv kun hele tal for mønter og sedler.</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <source>The count is stored</source>
        <translation>Optællingen er gemt</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>Tæl kasseskuffen</translation>
    </message>
    <message>
        <source>Count everything in the drawer and type how many there are of each coin and note. You will see what the till expected once the count is stored.</source>
        <translation>Tæl alt i skuffen og skriv, hvor mange der er af hver mønt og seddel. Du ser, hvad kassen forventede, når optællingen er gemt.</translation>
    </message>
    <message>
        <source>Counted together with (if anyone):</source>
        <translation>Talt sammen med (hvis nogen):</translation>
    </message>
    <message>
        <source>Store the count</source>
        <translation>Gem optællingen</translation>
    </message>
    <message>
        <source>You counted</source>
        <translation>Du talte</translation>
    </message>
    <message>
        <source>The till expected</source>
        <translation>Kassen forventede</translation>
    </message>
    <message>
        <source>Counting is hard and differences happen. If you know why, say it in a few words.</source>
        <translation>Optælling er svært, og difference sker. Ved du hvorfor, så sig det med få ord.</translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation>Ret forklaringen</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Gem forklaringen</translation>
    </message>
    <message>
        <source>This difference is above the café&apos;s limit: a manager signs it off with their PIN.</source>
        <translation>Differencen er over caféens grænse: en leder godkender den med sin PIN.</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation>Lederens PIN:</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>CupsBackend</name>
    <message>
        <source>Printing through CUPS is not installed with this program (%1).</source>
        <translation>Udskrivning gennem CUPS er ikke installeret med dette program (%1).</translation>
    </message>
    <message>
        <source>%1 is not the CUPS module of this version of the program.</source>
        <translation>%1 er ikke CUPS-modulet til denne version af programmet.</translation>
    </message>
</context>
<context>
    <name>CupsReportPrint</name>
    <message>
        <source>The print server did not take the report for %1: %2</source>
        <translation>Printserveren tog ikke imod rapporten til %1: %2</translation>
    </message>
    <message>
        <source>The report %1 cannot be read: %2</source>
        <translation>Rapporten %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The print server %1 does not answer. Is CUPS running?</source>
        <translation>Printserveren %1 svarer ikke. Kører CUPS?</translation>
    </message>
    <message>
        <source>The print server %1 has no printer queue called %2. &apos;lpstat -p&apos; lists the queues there.</source>
        <translation>Printserveren %1 har ingen printerkø ved navn %2. &apos;lpstat -p&apos; viser køerne der.</translation>
    </message>
</context>
<context>
    <name>DayCloseScreen</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Afslut dagen</translation>
    </message>
    <message>
        <source>1. Count the drawer</source>
        <translation>1. Tæl kasseskuffen</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Udskriv X-rapport</translation>
    </message>
    <message>
        <source>Take the Z report and close the day</source>
        <translation>Tag Z-rapport og afslut dagen</translation>
    </message>
    <message>
        <source>After the Z report nothing more can be sold on this business day. A backup is written first. Close the day now?</source>
        <translation>Efter Z-rapporten kan intet mere sælges på denne salgsdag. Først tages en sikkerhedskopi. Afslut dagen nu?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>Sign off the count differences</source>
        <translation>Godkend differencerne i optællingerne</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>There is no business day %1.</source>
        <translation>Der findes ingen salgsdag %1.</translation>
    </message>
    <message>
        <source>Nothing has been sold on %1 yet: no shift has been opened.</source>
        <translation>Intet er solgt på %1 endnu: ingen vagt er åbnet.</translation>
    </message>
    <message>
        <source>No business day is open on %1: the last one has had its Z report already.</source>
        <translation>Ingen salgsdag er åben på %1: den sidste har allerede fået sin Z-rapport.</translation>
    </message>
    <message>
        <source>The drawer has not been counted: close the shift with a count first, then take the Z report.</source>
        <translation>Skuffen er ikke talt op: afslut vagten med en optælling først, og tag så Z-rapporten.</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s) wait on this till. Resume each and finish or cancel it, then take the Z report.</source>
        <translation>
            <numerusform>%n parkeret salg venter på denne kasse. Hent det frem og afslut eller annuller det, og tag så Z-rapporten.</numerusform>
            <numerusform>%n parkerede salg venter på denne kasse. Hent hvert af dem frem og afslut eller annuller det, og tag så Z-rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Z report %1 on %2.</source>
        <translation>Der findes ingen Z-rapport %1 på %2.</translation>
    </message>
    <message>
        <source>The count at the end of %1&apos;s shift differs by more than the café&apos;s limit and waits for a manager&apos;s sign-off. Sign it off, then take the Z report.</source>
        <translation>Optællingen ved slutningen af %1s vagt afviger mere end caféens grænse og venter på en leders godkendelse. Godkend den, og tag så Z-rapporten.</translation>
    </message>
</context>
<context>
    <name>DeviceError</name>
    <message>
        <source>The device is not connected.</source>
        <translation>Enheden er ikke tilsluttet.</translation>
    </message>
    <message>
        <source>The device is offline. Check that it is switched on.</source>
        <translation>Enheden er offline. Tjek at den er tændt.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Ask a volunteer to put in a new roll.</source>
        <translation>Printeren er løbet tør for papir. Bed en frivillig om at sætte en ny rulle i.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it firmly.</source>
        <translation>Låget på printeren er åbent. Luk det godt.</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>Enheden svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The connection to the device failed.</source>
        <translation>Forbindelsen til enheden mislykkedes.</translation>
    </message>
    <message>
        <source>This device cannot do that.</source>
        <translation>Denne enhed kan ikke gøre det.</translation>
    </message>
    <message>
        <source>The device is not ready for that yet.</source>
        <translation>Enheden er ikke klar til det endnu.</translation>
    </message>
    <message>
        <source>The device is in use by another program.</source>
        <translation>Enheden bruges af et andet program.</translation>
    </message>
    <message>
        <source>The device settings are not valid.</source>
        <translation>Indstillingerne for enheden er ikke gyldige.</translation>
    </message>
    <message>
        <source>The printer reports an error: open the cover, take out any stuck paper and close it again.</source>
        <translation>Printeren melder en fejl: åbn låget, tag papir ud der sidder fast, og luk det igen.</translation>
    </message>
</context>
<context>
    <name>DiscountReasonRepository</name>
    <message>
        <source>&quot;%1&quot; is not a discount reason.</source>
        <translation>»%1« er ikke en rabatgrund.</translation>
    </message>
    <message>
        <source>A discount reason needs a code and a text.</source>
        <translation>En rabatgrund skal have en kode og en tekst.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used.</source>
        <translation>Koden »%1« er allerede i brug.</translation>
    </message>
</context>
<context>
    <name>EvdevWedgeReader</name>
    <message>
        <source>Plug the scanner in again.</source>
        <translation>Sæt scanneren i igen.</translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Programmet må ikke læse scanneren (%1): føj brugeren til gruppen aktivkafe; udev-reglen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>Unknown scanner keyboard layout &quot;%1&quot;.</source>
        <translation>Ukendt tastaturlayout for scanneren: »%1«.</translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation>Ingen scanner er sat op.</translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation>%1 er ikke en scanner.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Aktivkafe: a new café</source>
        <translation>Aktivkafe: en ny café</translation>
    </message>
    <message>
        <source>New café — step %1 of 4</source>
        <translation>Ny café – trin %1 af 4</translation>
    </message>
    <message>
        <source>Welcome to Aktivkafe</source>
        <translation>Velkommen til Aktivkafe</translation>
    </message>
    <message>
        <source>About the café</source>
        <translation>Om caféen</translation>
    </message>
    <message>
        <source>The café&apos;s manager</source>
        <translation>Caféens leder</translation>
    </message>
    <message>
        <source>The receipt printer</source>
        <translation>Bonprinteren</translation>
    </message>
    <message>
        <source>The café is ready</source>
        <translation>Caféen er klar</translation>
    </message>
    <message>
        <source>The café&apos;s name, as on the receipts</source>
        <translation>Caféens navn, som det står på bonerne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Organisation number (9 digits)</source>
        <translation>Organisationsnummer (9 cifre)</translation>
    </message>
    <message>
        <source>CVR number (8 digits)</source>
        <translation>CVR-nummer (8 cifre)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>Registered for VAT?</source>
        <translation>Momsregistreret?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The manager closes the day, adds volunteers and sees the reports. Their first name:</source>
        <translation>Lederen afslutter dagen, tilføjer frivillige og ser rapporterne. Lederens fornavn:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 6 digits that is not easy to guess.</source>
        <translation>Vælg en pinkode på 4 til 6 cifre, som ikke er let at gætte.</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Tast den samme pinkode igen.</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>Pinkoden er valgt.</translation>
    </message>
    <message>
        <source>These receipt printers are plugged in. Choose the café&apos;s, and print a test page to be sure.</source>
        <translation>Disse bonprintere er tilsluttet. Vælg caféens, og udskriv en testside for at være sikker.</translation>
    </message>
    <message>
        <source>No receipt printer is plugged in. Plug it in (USB) and look again, or go on without one: the till then sells without paper receipts, and a printer can be added later.</source>
        <translation>Der er ingen bonprinter tilsluttet. Tilslut den (USB) og se efter igen, eller fortsæt uden: kassen sælger så uden papirbon, og en printer kan tilføjes senere.</translation>
    </message>
    <message>
        <source>No printer yet</source>
        <translation>Ingen printer endnu</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Se efter igen</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Udskriv en testside</translation>
    </message>
    <message>
        <source>The café is made. The manager logs in with their name and PIN; on the Staff page they add the volunteers.</source>
        <translation>Caféen er oprettet. Lederen logger ind med sit navn og sin pinkode; på siden Personale tilføjer lederen de frivillige.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Make the café</source>
        <translation>Opret caféen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Start the till</source>
        <translation>Start kassen</translation>
    </message>
    <message>
        <source>There is no café on this PC yet. A few questions, and the till is ready. Everything can be changed later.</source>
        <translation>Der er ingen café på denne pc endnu. Et par spørgsmål, så er kassen klar. Alt kan ændres senere.</translation>
    </message>
    <message>
        <source>Which language should the screens start in?</source>
        <translation>Hvilket sprog skal skærmene starte på?</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>Visits per day</source>
        <translation>Besøg pr. dag</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>QDate format of a day&apos;s label</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>Visits per week (ISO weeks, days inside the period only)</source>
        <translation>Besøg pr. uge (ISO-uger, kun dage i perioden)</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
    <message>
        <source>Visits per month (days inside the period only)</source>
        <translation>Besøg pr. måned (kun dage i perioden)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of a month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>En aktivitet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Nogen at tale med</translation>
    </message>
    <message>
        <source>Visits by hour of the day (local time)</source>
        <translation>Besøg pr. time på døgnet (lokal tid)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>New and returning visitors</source>
        <translation>Nye og tilbagevendende besøgende</translation>
    </message>
    <message>
        <source>New (first day the card was seen)</source>
        <translation>Nye (første dag kortet blev set)</translation>
    </message>
    <message>
        <source>Returning (card seen on an earlier day)</source>
        <translation>Tilbagevendende (kortet set en tidligere dag)</translation>
    </message>
    <message>
        <source>No card scanned</source>
        <translation>Intet kort scannet</translation>
    </message>
    <message>
        <source>“Is this your first time here?”</source>
        <translation>»Er det første gang, du er her?«</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>“What brings you today?”</source>
        <translation>»Hvad kommer du for i dag?«</translation>
    </message>
    <message>
        <source>“How are you today?” (1 bad … 5 good)</source>
        <translation>»Hvordan har du det i dag?« (1 dårligt … 5 godt)</translation>
    </message>
    <message>
        <source>Activities held (not cancelled, and started)</source>
        <translation>Aktiviteter holdt (ikke aflyst, og startet)</translation>
    </message>
    <message>
        <source>Activities cancelled</source>
        <translation>Aktiviteter aflyst</translation>
    </message>
    <message>
        <source>Sign-ups to activities held</source>
        <translation>Tilmeldinger til aktiviteter, der blev holdt</translation>
    </message>
    <message>
        <source>Sign-ups withdrawn</source>
        <translation>Tilmeldinger trukket tilbage</translation>
    </message>
    <message>
        <source>Came (ticked as attended)</source>
        <translation>Kom (krydset af som mødt)</translation>
    </message>
    <message>
        <source>Did not come (had a place, not ticked)</source>
        <translation>Kom ikke (havde plads, ikke krydset af)</translation>
    </message>
    <message>
        <source>Put on the waitlist</source>
        <translation>Sat på venteliste</translation>
    </message>
    <message>
        <source>Got a place from the waitlist</source>
        <translation>Fik plads fra ventelisten</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle aktiviteter</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>QDateTime format of when the report was made</comment>
        <translation>d. MMMM yyyy &apos;kl.&apos; HH:mm</translation>
    </message>
    <message>
        <source>“&lt;5” is a count from 1 to 4. Such small counts are not shown, so that nobody can be recognised from them.</source>
        <translation>»&lt;5« er et tal fra 1 til 4. Så små tal vises ikke, så ingen kan genkendes ud fra dem.</translation>
    </message>
    <message>
        <source>“:” is a count of 5 or more that is not shown, so that a count under 5 cannot be worked out from a total and the other counts.</source>
        <translation>»:« er et tal på 5 eller mere, som ikke vises, så et tal under 5 ikke kan regnes ud fra en sum og de andre tal.</translation>
    </message>
    <message>
        <source>Visits are anonymous check-ins. New or returning is known only when the visitor scanned their own coffee card.</source>
        <translation>Besøg er anonyme check-ins. Om en besøgende er ny eller har været her før, ved vi kun, når de scannede deres eget kaffekort.</translation>
    </message>
    <message>
        <source>Activities count as held when they were not cancelled and had started by %1. Sign-up figures count held activities only.</source>
        <translation>En aktivitet regnes som holdt, når den ikke blev aflyst og var startet senest %1. Tilmeldingstallene gælder kun aktiviteter, der blev holdt.</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alle besøg</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Besøg i perioden</translation>
    </message>
    <message>
        <source>Report for funders</source>
        <translation>Rapport til bevillingsgivere</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate format in the period</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the period: first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>HidPosReader</name>
    <message>
        <source>Plug the scanner in again.</source>
        <translation>Sæt scanneren i igen.</translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation>Ingen scanner er sat op.</translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Programmet må ikke læse scanneren (%1): føj brugeren til gruppen aktivkafe; udev-reglen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation>%1 er ikke en scanner.</translation>
    </message>
    <message>
        <source>%1 is not a barcode scanner in USB HID POS mode. Set the scanner to HID POS with the setup code in its manual, or set it up as a keyboard scanner.</source>
        <translation>%1 er ikke en stregkodescanner i USB HID POS-tilstand. Sæt scanneren i HID POS med opsætningskoden i manualen, eller sæt den op som tastaturscanner.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The journal was changed: %1.</source>
        <translation>Journalen er ændret: %1.</translation>
    </message>
    <message>
        <source>The journal ends before entry %1, which was recorded outside the database: entries were cut from its end.</source>
        <translation>Journalen slutter før post %1, som blev noteret uden for databasen: poster er fjernet fra slutningen.</translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry recorded outside the database: the journal was rewritten from there on.</source>
        <translation>Post %1 i journalen er ikke den post, der blev noteret uden for databasen: journalen er skrevet om derfra.</translation>
    </message>
</context>
<context>
    <name>IntegrityGate</name>
    <message>
        <source>The till could not read its journal: %1</source>
        <translation>Kassen kunne ikke læse sin journal: %1</translation>
    </message>
    <message>
        <source>Selling is stopped: the till found that its records were changed. A manager must read the warning and confirm it first.</source>
        <translation>Salget er stoppet: kassen har opdaget, at dens optegnelser er ændret. En leder skal først læse advarslen og bekræfte den.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Der er ingen på personalelisten med nummer %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityScreen</name>
    <message>
        <source>Stop: the till&apos;s records were changed</source>
        <translation>Stop: kassens optegnelser er ændret</translation>
    </message>
    <message>
        <source>When the till started, it checked its electronic journal, the record of every sale that the law asks a café to keep. Something in it is not as the till left it. This can mean that someone changed the till&apos;s data by hand, or that the disk is failing.</source>
        <translation>Da kassen startede, kontrollerede den sin elektroniske journal, oversigten over alle salg, som loven kræver, at caféen gemmer. Noget i den er ikke, som kassen efterlod det. Det kan betyde, at nogen har ændret kassens data i hånden, eller at disken er ved at svigte.</translation>
    </message>
    <message>
        <source>Selling is stopped until you have read this. Write down or photograph what is listed above, keep the database as it is, and tell whoever looks after the till. Then confirm: your confirmation is recorded in the journal, and selling starts again.</source>
        <translation>Salget er stoppet, til du har læst dette. Skriv ned eller tag et billede af det, der står ovenfor, lad databasen være, som den er, og sig det til den, der passer kassen. Bekræft så: din bekræftelse skrives i journalen, og salget starter igen.</translation>
    </message>
    <message>
        <source>Selling is stopped until a manager has read this. Please call the manager; nothing you did caused it. Log out so that the manager can log in.</source>
        <translation>Salget er stoppet, til en leder har læst dette. Ring til lederen; det er ikke noget, du har gjort. Log ud, så lederen kan logge ind.</translation>
    </message>
    <message>
        <source>I have read this: start selling again</source>
        <translation>Jeg har læst dette: start salget igen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log ud</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The till&apos;s journal is damaged: the record of its last entry is missing. Nothing was saved. Call the manager; &apos;aktivkafe journal verify&apos; shows what is wrong.</source>
        <translation>Kassens journal er beskadiget: optegnelsen af den sidste post mangler. Intet blev gemt. Ring til lederen; »aktivkafe journal verify« viser, hvad der er galt.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is on shift?</source>
        <translation>Hvem er på vagt?</translation>
    </message>
    <message>
        <source>Hi %1, type your PIN</source>
        <translation>Hej %1, indtast din pinkode</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet. A manager adds people with “aktivkafe staff add”.</source>
        <translation>Der er ingen på personalelisten endnu. En leder tilføjer folk med »aktivkafe staff add«.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Ikke mig</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>TRAINING — nothing sold now is a real sale</source>
        <translation>TRÆNING — intet der sælges nu, er et rigtigt salg</translation>
    </message>
</context>
<context>
    <name>NotSetUp</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet. Please ask a volunteer.</source>
        <translation>Denne kiosk er ikke klar endnu. Spørg en frivillig.</translation>
    </message>
    <message>
        <source>For whoever sets it up: the till makes the café the first time it starts. This screen starts the kiosk by itself as soon as the café is there.</source>
        <translation>Til den, der sætter den op: kassen opretter caféen, første gang den starter. Denne skærm starter kiosken af sig selv, så snart caféen findes.</translation>
    </message>
</context>
<context>
    <name>PaymentPlan</name>
    <message>
        <source>The amount is in another currency.</source>
        <translation>Beløbet er i en anden valuta.</translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation>Tast kontantbeløbet, mere end nul.</translation>
    </message>
    <message>
        <source>Cash is counted in whole kroner.</source>
        <translation>Kontanter regnes i hele kroner.</translation>
    </message>
    <message>
        <source>Cash is counted in steps of 50 øre.</source>
        <translation>Kontanter regnes i trin på 50 øre.</translation>
    </message>
    <message>
        <source>The sale is already paid.</source>
        <translation>Salget er allerede betalt.</translation>
    </message>
    <message>
        <source>A refund cannot pay out more than is owed.</source>
        <translation>Du kan ikke betale mere tilbage, end kunden har til gode.</translation>
    </message>
    <message>
        <source>Type the amount, more than zero.</source>
        <translation>Tast beløbet, mere end nul.</translation>
    </message>
    <message>
        <source>Only cash can be more than what remains; take at most the remaining amount.</source>
        <translation>Kun kontant kan være mere end det, der mangler; tag højst det, der mangler.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>Den betaling findes ikke.</translation>
    </message>
    <message>
        <source>Scan the coffee card.</source>
        <translation>Scan kaffekortet.</translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
        <translation>Penge kan ikke betales tilbage til et kaffekort.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Pay %1</source>
        <translation>Betal %1</translation>
    </message>
    <message>
        <source>Type an amount to split the payment, or just tap how it is paid.</source>
        <translation>Tast et beløb for at dele betalingen, eller tryk bare på, hvordan der betales.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Kontant %1</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Præcis %1</translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation>Andre måder</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>Card (terminal)</source>
        <translation>Kort (terminal)</translation>
    </message>
    <message>
        <source>Vipps / MobilePay %1</source>
        <translation>MobilePay / Vipps %1</translation>
    </message>
    <message>
        <source>Vipps / MobilePay</source>
        <translation>MobilePay / Vipps</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Left to pay: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Byttepenge: %1</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Tilbage til salget</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Giv tilbage</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen byttepenge</translation>
    </message>
    <message>
        <source>Receipt, please</source>
        <translation>Kvittering, tak</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Ingen kvittering</translation>
    </message>
    <message>
        <source>Vipps / MobilePay reference (optional)</source>
        <translation>MobilePay-reference (valgfri)</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Kaffekort</translation>
    </message>
    <message>
        <source>Scan the coffee card, or type its code:</source>
        <translation>Scan kaffekortet, eller skriv koden:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PcscReader</name>
    <message>
        <source>The card reader service (pcscd) is not running.</source>
        <translation>Kortlæsertjenesten (pcscd) kører ikke.</translation>
    </message>
    <message>
        <source>Plug the card reader in again.</source>
        <translation>Sæt kortlæseren i igen.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsat)</translation>
    </message>
    <message>
        <source>The report could not be made into a PDF.</source>
        <translation>Rapporten kunne ikke laves til PDF.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>PrinterScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Bonprinter</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Udskriv en testside</translation>
    </message>
    <message>
        <source>These were printing when the till stopped. Did they come out?</source>
        <translation>Disse blev udskrevet, da kassen stoppede. Kom de ud?</translation>
    </message>
    <message>
        <source>Yes, it printed</source>
        <translation>Ja, den kom ud</translation>
    </message>
    <message>
        <source>No, print it again</source>
        <translation>Nej, udskriv igen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kasseskuffe</translation>
    </message>
    <message>
        <source>Test the drawer</source>
        <translation>Test skuffen</translation>
    </message>
    <message>
        <source>Drawer test</source>
        <translation>Test af skuffen</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Kortlæsere</translation>
    </message>
    <message>
        <source>No card reader is set up.</source>
        <translation>Ingen kortlæser er sat op.</translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>Sidst læst: %1</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Intet læst endnu.</translation>
    </message>
</context>
<context>
    <name>ProtectedTriggers</name>
    <message>
        <source>The protection that keeps the journal and completed sales from being changed was removed from the database (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation>Beskyttelsen, der forhindrer, at journalen og afsluttede salg bliver ændret, er fjernet fra databasen (%1). Kør »aktivkafe init« for at sætte den på plads igen.</translation>
    </message>
    <message>
        <source>The protection of the journal and completed sales was rewritten (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation>Beskyttelsen af journalen og afsluttede salg er skrevet om (%1). Kør »aktivkafe init« for at sætte den på plads igen.</translation>
    </message>
    <message>
        <source>The database has triggers that are not part of Aktivkafe (%1); they could change data behind the till&apos;s back. Run &apos;aktivkafe init&apos; to remove them.</source>
        <translation>Databasen har triggere, der ikke hører til Aktivkafe (%1); de kan ændre data bag kassens ryg. Kør »aktivkafe init« for at fjerne dem.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Coffee (coffee card)</source>
        <extracomment>the serving slip&apos;s line under the number (in the café&apos;s language, like the list&apos;s)
----------
what the counter&apos;s list says for a coffee redeemed at the kiosk (in the café&apos;s language)</extracomment>
        <translation>Kaffe (kaffekort)</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Receipt number</source>
        <translation>Bonnummer</translation>
    </message>
    <message>
        <source>Find the receipt</source>
        <translation>Find kvitteringen</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>Cash back</source>
        <translation>Kontant tilbage</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Tilbage på kortet</translation>
    </message>
    <message>
        <source>A manager approves:</source>
        <translation>En leder godkender:</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation>Lederens pinkode:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Receipts and returns</source>
        <translation>Kvitteringer og returnering</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Udskriv en kopi</translation>
    </message>
    <message>
        <source>To return something, choose how many of each come back:</source>
        <translation>For at returnere: vælg hvor mange af hver der kommer tilbage:</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Bonnr.</translation>
    </message>
</context>
<context>
    <name>SaftExport</name>
    <message>
        <source>The café has no organisation number. A SAF-T file names the company by it: set [cafe] org_number in the configuration.</source>
        <translation>Caféen har intet CVR-nummer. En SAF-T-fil angiver virksomheden med det: sæt [cafe] org_number i konfigurationen.</translation>
    </message>
    <message>
        <source>The period %1 to %2 is empty: the last day must not come before the first.</source>
        <translation>Perioden %1 til %2 er tom: sidste dag må ikke komme før første.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The signature chain of till %1 is broken at %2receipt %3 (%4): %5. The export stops here rather than hand over a file that hides it; run &apos;aktivkafe journal verify&apos; and keep the database as it is for the accountant.</source>
        <translation>Signaturkæden for kasse %1 er brudt ved %2kvittering %3 (%4): %5. Eksporten stopper her i stedet for at udlevere en fil, der skjuler det; kør »aktivkafe journal verify«, og gem databasen, som den er, til revisoren.</translation>
    </message>
    <message>
        <source>training </source>
        <translation>trænings</translation>
    </message>
    <message>
        <source>receipt %1 is missing</source>
        <translation>kvittering %1 mangler</translation>
    </message>
    <message>
        <source>receipts %1 to %2 are missing</source>
        <translation>kvittering %1 til %2 mangler</translation>
    </message>
    <message>
        <source>it comes after receipt %1, out of order</source>
        <translation>den kommer efter kvittering %1, i forkert rækkefølge</translation>
    </message>
    <message>
        <source>receipt %1 before it is missing</source>
        <translation>kvittering %1 før den mangler</translation>
    </message>
    <message>
        <source>it was signed with key version %1, which this database does not hold</source>
        <translation>den er signeret med nøgleversion %1, som denne database ikke har</translation>
    </message>
    <message>
        <source>its signature does not match its date, number and amounts chained to the receipt before it (changed after it was signed, or a receipt before it was)</source>
        <translation>signaturen passer ikke med dato, nummer og beløb kædet til kvitteringen før (ændret efter den blev signeret, eller en kvittering før den blev)</translation>
    </message>
    <message>
        <source>The sales of till %1 could not be read to the end.</source>
        <translation>Salgene fra kasse %1 kunne ikke læses til ende.</translation>
    </message>
</context>
<context>
    <name>SaleCoverage</name>
    <message>
        <source>sale %1</source>
        <translation>salg %1</translation>
    </message>
    <message>
        <source>return receipt %1 on %2</source>
        <translation>returkvittering %1 på %2</translation>
    </message>
    <message>
        <source>training receipt %1 on %2</source>
        <translation>øvelseskvittering %1 på %2</translation>
    </message>
    <message>
        <source>receipt %1 on %2</source>
        <translation>kvittering %1 på %2</translation>
    </message>
    <message>
        <source>Receipt %1, recorded in journal entry %2, is missing from the database: it was deleted.</source>
        <translation>Kvittering %1, ført i journalpost %2, mangler i databasen: den er slettet.</translation>
    </message>
    <message>
        <source>%1 has no entry in the journal: it was put into the database outside the till.</source>
        <translation>%1 står ikke i journalen: den er lagt ind i databasen uden om kassen.</translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded in journal entry %2: its totals, lines or payments are no longer what was sold.</source>
        <translation>%1 er ændret, efter at den blev ført i journalpost %2: beløb, linjer eller betalinger er ikke længere det, der blev solgt.</translation>
    </message>
    <message>
        <source>Journal entries %1 and %2 both record %3.</source>
        <translation>Journalpost %1 og %2 fører begge %3.</translation>
    </message>
    <message>
        <source>Lines or payments of sale %1 are still there, but the sale itself was deleted.</source>
        <translation>Linjer eller betalinger fra salg %1 findes stadig, men selve salget er slettet.</translation>
    </message>
</context>
<context>
    <name>SaleDraft</name>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 sælges ikke længere.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but the till sells in %3.</source>
        <translation>%1 har pris i %2, men kassen sælger i %3.</translation>
    </message>
    <message>
        <source>At most %1 of one product can be on a sale.</source>
        <translation>Et salg kan højst have %1 af samme vare.</translation>
    </message>
    <message>
        <source>That product is not on the sale.</source>
        <translation>Den vare er ikke med i salget.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1; to take the line off, remove it.</source>
        <translation>Antallet skal være mellem 1 og %1; fjern linjen, hvis den skal væk.</translation>
    </message>
    <message>
        <source>A discount must be between 1 and 100 %.</source>
        <translation>Rabatten skal være mellem 1 og 100 %.</translation>
    </message>
    <message>
        <source>Choose a reason for the discount.</source>
        <translation>Vælg en grund til rabatten.</translation>
    </message>
    <message>
        <source>The discount is in another currency.</source>
        <translation>Rabatten er i en anden valuta.</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>Rabatten skal være mere end nul.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the sale&apos;s total.</source>
        <translation>Rabatten kan ikke være større end salgets beløb i alt.</translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation>Salget har ingen varer.</translation>
    </message>
    <message>
        <source>The discount is now more than the sale&apos;s total; change or remove it.</source>
        <translation>Rabatten er nu større end salgets beløb i alt; ret eller fjern den.</translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Der er ingen på personalelisten med nummer %1.</translation>
    </message>
    <message>
        <source>%1 can no longer use the till.</source>
        <translation>%1 kan ikke længere bruge kassen.</translation>
    </message>
    <message>
        <source>The payment was started for %1, but the sale now comes to %2.</source>
        <translation>Betalingen blev startet for %1, men salget er nu på %2.</translation>
    </message>
    <message>
        <source>The sale is not paid in full: %1 remains.</source>
        <translation>Salget er ikke betalt helt: der mangler %1.</translation>
    </message>
    <message>
        <source>There is nothing to park.</source>
        <translation>Der er ikke noget at parkere.</translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation>Det parkerede salg findes ikke længere.</translation>
    </message>
    <message>
        <source>There is no receipt number %1 on this till.</source>
        <translation>Der er ingen kvittering nr. %1 i denne kasse.</translation>
    </message>
    <message>
        <source>A copy of receipt %1 has already been printed; only one copy is allowed.</source>
        <translation>En kopi af kvittering nr. %1 er allerede udskrevet; kun én kopi er tilladt.</translation>
    </message>
    <message>
        <source>A return cannot itself be returned.</source>
        <translation>En returnering kan ikke selv returneres.</translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation>Vælg, hvad der kommer tilbage.</translation>
    </message>
    <message>
        <source>A line is listed twice.</source>
        <translation>En linje står der to gange.</translation>
    </message>
    <message>
        <source>That line is not on receipt %1.</source>
        <translation>Den linje står ikke på kvittering nr. %1.</translation>
    </message>
    <message>
        <source>Say how many of %1 come back.</source>
        <translation>Vælg, hvor mange af %1 der kommer tilbage.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned (%3 sold, %4 already returned).</source>
        <translation>Kun %1 af %2 kan stadig returneres (%3 solgt, %4 allerede returneret).</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>En returnering skal have en grund.</translation>
    </message>
    <message>
        <source>The refund was started for %1, but the return comes to %2.</source>
        <translation>Tilbagebetalingen blev startet for %1, men returneringen er på %2.</translation>
    </message>
    <message>
        <source>The refund is not settled: %1 remains.</source>
        <translation>Tilbagebetalingen er ikke færdig: der mangler %1.</translation>
    </message>
    <message>
        <source>The sale was changed by another return; start again.</source>
        <translation>Salget blev ændret af en anden returnering; start forfra.</translation>
    </message>
    <message>
        <source>A coffee card payment must go through the coffee card checkout, which takes the cup off the card.</source>
        <translation>En betaling med kaffekort skal gå gennem kaffekortkassen, som trækker koppen fra kortet.</translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
        <translation>Penge kan ikke betales tilbage til et kaffekort.</translation>
    </message>
    <message>
        <source>No shift is open at this till, so nothing can be sold: open a shift and count the float first.</source>
        <translation>Ingen vagt er åbnet på denne kasse, så intet kan sælges: åbn en vagt og tæl byttepengene først.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Parked (%1)</source>
        <translation>Parkeret (%1)</translation>
    </message>
    <message>
        <source>One less %1</source>
        <translation>En mindre %1</translation>
    </message>
    <message>
        <source>One more %1</source>
        <translation>En mere %1</translation>
    </message>
    <message>
        <source>Tap a product to start a sale.</source>
        <translation>Tryk på en vare for at starte et salg.</translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation>Spise her</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>Tage med</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Betal</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Parkerede salg</translation>
    </message>
    <message>
        <source>Discount on the whole sale: how much, and why?</source>
        <translation>Rabat på hele salget: hvor meget, og hvorfor?</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Cancel this sale? It is counted as cancelled.</source>
        <translation>Annullere dette salg? Det tælles som annulleret.</translation>
    </message>
    <message>
        <source>Yes, cancel the sale</source>
        <translation>Ja, annullér salget</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kvitteringer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>From the kiosk</source>
        <translation>Fra kiosken</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Serveret</translation>
    </message>
    <message>
        <source>Coffee cards</source>
        <translation>Kaffekort</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>For the manager</source>
        <translation>For lederen</translation>
    </message>
    <message>
        <source>Statistics for funders</source>
        <translation>Statistik til bevillingsgivere</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Skuffen</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Afslut dagen</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>Afslut træningstilstand</translation>
    </message>
    <message>
        <source>Training mode for a new volunteer</source>
        <translation>Træningstilstand for en ny frivillig</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheder</translation>
    </message>
</context>
<context>
    <name>SaleSigner</name>
    <message>
        <source>Every sale must be signed, and this till cannot sign: ask the manager. (%1)</source>
        <extracomment>%1 what is wrong with the signing key (technical, in English), for the manager</extracomment>
        <translation>Hvert salg skal signeres, og denne kasse kan ikke signere: spørg lederen. (%1)</translation>
    </message>
</context>
<context>
    <name>ShiftRepository</name>
    <message>
        <source>There is no shift %1.</source>
        <translation>Der findes ingen vagt %1.</translation>
    </message>
    <message>
        <source>The float is counted in another currency than the till&apos;s.</source>
        <translation>Byttepengene er talt i en anden valuta end kassens.</translation>
    </message>
    <message>
        <source>A shift is already open on %1 (opened by %2). Close it with a count before a new one starts.</source>
        <translation>En vagt er allerede åben på %1 (åbnet af %2). Afslut den med en optælling, før en ny begynder.</translation>
    </message>
    <message>
        <source>Type the amount that goes into or out of the drawer.</source>
        <translation>Skriv beløbet, der går ind i eller ud af skuffen.</translation>
    </message>
    <message>
        <source>That is more than the till takes in one go (at most 100 000 kr).</source>
        <translation>Det er mere, end kassen tager på én gang (højst 100.000 kr.).</translation>
    </message>
    <message>
        <source>The amount is in another currency than the till&apos;s.</source>
        <translation>Beløbet er i en anden valuta end kassens.</translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation>Sig hvorfor, med få ord.</translation>
    </message>
    <message>
        <source>Say why in at most 200 characters.</source>
        <translation>Sig hvorfor med højst 200 tegn.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Open one with a float count first.</source>
        <translation>Ingen vagt er åben på denne kasse. Åbn en med optælling af byttepengene først.</translation>
    </message>
    <message>
        <source>The second counter must be another person on the staff.</source>
        <translation>Den anden, der tæller, skal være en anden person på personalelisten.</translation>
    </message>
    <message>
        <source>The count is in another currency than the till&apos;s.</source>
        <translation>Optællingen er i en anden valuta end kassens.</translation>
    </message>
    <message>
        <source>No shift is open on this till: there is nothing to count against.</source>
        <translation>Ingen vagt er åben på denne kasse: der er intet at tælle op imod.</translation>
    </message>
    <message>
        <source>Write what you think happened, in a few words.</source>
        <translation>Skriv, hvad du tror, der skete, med få ord.</translation>
    </message>
    <message>
        <source>Write it in at most 200 characters.</source>
        <translation>Skriv det med højst 200 tegn.</translation>
    </message>
    <message>
        <source>Count the cash first; then say why it differs.</source>
        <translation>Tæl kontanterne først; sig så, hvorfor der er en difference.</translation>
    </message>
    <message>
        <source>The shift has not been counted yet.</source>
        <translation>Vagten er ikke talt op endnu.</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Close the day</source>
        <translation>Afslut dagen</translation>
    </message>
    <message>
        <source>Open the till: count the float</source>
        <translation>Åbn kassen: tæl byttepengene</translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer before the first sale, and type how many there are of each.</source>
        <translation>Tæl mønterne og sedlerne i skuffen før første salg, og skriv hvor mange der er af hver.</translation>
    </message>
    <message>
        <source>Take over that count</source>
        <translation>Overtag den optælling</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Åbn vagten</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Personalekort</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Their first PIN (4 to 6 digits):</source>
        <translation>Første pinkode (4 til 6 cifre):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
</context>
<context>
    <name>StationLease</name>
    <message>
        <source>%1 is already in use on the machine &quot;%2&quot; (program %3, since %4 UTC). Two programs must not use the same %1: they would mix up their receipt numbers and print each other&apos;s receipts. Close the other one, or give this one its own id in the configuration.</source>
        <translation>%1 er allerede i brug på maskinen »%2« (program %3, siden %4 UTC). To programmer må ikke bruge samme %1: de ville blande kvitteringsnumrene sammen og udskrive hinandens kvitteringer. Luk det andet, eller giv dette sit eget id i konfigurationen.</translation>
    </message>
    <message>
        <source>Another program has taken over %1 while this one was not responding. This one stops using it; close it.</source>
        <translation>Et andet program har overtaget %1, mens dette ikke svarede. Dette holder op med at bruge den; luk det.</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbage til salg</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Gem som CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test print</source>
        <translation>Testudskrift</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>CVR-nr. %1</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>TESTUDSKRIFT</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>Dette er ikke en kvittering.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Udskrevet af</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Nordic letters:</source>
        <translation>Nordiske bogstaver:</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>Coffee all day</source>
        <translation>Fri kaffe hele dagen</translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation>Fed skrift</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Right-aligned text</source>
        <translation>Højrestillet tekst</translation>
    </message>
    <message>
        <source>A scanner reads this code back.</source>
        <translation>En scanner kan læse denne kode.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>On shift: %1</source>
        <translation>På vagt: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log ud</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>You are welcome here, just as you are.</source>
        <translation>Du er velkommen her, præcis som du er.</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Næste aktivitet</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Kaffekort</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <source>I&apos;m here</source>
        <translation>Jeg er her</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
</context>
<context>
    <name>ak</name>
    <message>
        <source> (a text value must end with &quot; on the same line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the file must be plain text saved as UTF-8; is this the right file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (each key and each [section] may appear only once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (text must be in quotes: name = &quot;Kafé Lyspunkt&quot;; true, false and numbers without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a setting is written key = value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a section heading is written [name] on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a line may hold one setting: key = value; a text value must end with &quot; on the same line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 kB; a configuration file is a few kB — is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; start from the shipped config/aktivkafe.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: this is not valid TOML: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the configuration file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder; give the path of the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the configuration file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be stored (no secure random numbers).</source>
        <translation>Tjek-ind kunne ikke gemmes (ingen sikre tilfældige tal).</translation>
    </message>
    <message>
        <source>%1:%2: cafe_file must be the path of a file, in quotes (&quot;/var/lib/aktivkafe/cafe.toml&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ActivitiesAdminController</name>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 af %2 pladser optaget</translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n tilmeldt</numerusform>
            <numerusform>%n tilmeldte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a place</source>
        <translation>Har plads</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Kom</translation>
    </message>
    <message>
        <source>Waiting list, no. %1</source>
        <translation>Venteliste, nr. %1</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>(signed up with a card)</source>
        <translation>(tilmeldt med kort)</translation>
    </message>
    <message>
        <source>(name erased)</source>
        <translation>(navnet er slettet)</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2026-11-26.</source>
        <translation>Skriv datoen som år-måned-dag, fx 2026-11-26.</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 11:00.</source>
        <translation>Skriv klokkeslættet som timer:minutter, fx 11:00.</translation>
    </message>
    <message>
        <source>How long does it last? Give the minutes, e.g. 90.</source>
        <translation>Hvor længe varer den? Skriv minutterne, fx 90.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on the programme (%n time(s)).</source>
        <translation>
            <numerusform>»%1« er på programmet (%n gang).</numerusform>
            <numerusform>»%1« er på programmet (%n gange).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>“%1” is cancelled. Tell those signed up, if you can; the kiosk shows it as cancelled.</source>
        <translation>»%1« er aflyst. Sig det til de tilmeldte, hvis du kan; kiosken viser den som aflyst.</translation>
    </message>
    <message>
        <source>Cancelled. The first on the waiting list has the place now.</source>
        <translation>Afmeldt. Den første på ventelisten har nu pladsen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afmeldt.</translation>
    </message>
    <message>
        <source>The attendance list is printing.</source>
        <translation>Deltagerlisten udskrives.</translation>
    </message>
    <message>
        <source>Give the hours before the start when sign-up closes, e.g. 24.</source>
        <translation>Skriv hvor mange timer før start tilmeldingen lukker, f.eks. 24.</translation>
    </message>
</context>
<context>
    <name>ak::ActivitiesController</name>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>%1 a day (&quot;Thursday 26 November&quot;), %2 and %3 times of day</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Everyone welcome</source>
        <translation>Alle er velkomne</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n plads tilbage</numerusform>
            <numerusform>%n pladser tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>Full — waiting list open</source>
        <translation>Fuldt – venteliste åben</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Fuldt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>The activities could not be read just now. Ask at the counter.</source>
        <translation>Aktiviteterne kunne ikke læses lige nu. Spørg ved disken.</translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation>Denne uge og næste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation>Tilmeldingen er lukket</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Skriv mig på venteliste</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Tilmeld mig</translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noget gik galt. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>You are on the waiting list, no. %1. If a place comes free, it is yours — look at the kiosk or ask at the counter.</source>
        <translation>Du er på ventelisten, nr. %1. Bliver en plads ledig, er den din – se på kiosken eller spørg ved disken.</translation>
    </message>
    <message>
        <source>You are signed up. Welcome!</source>
        <translation>Du er tilmeldt. Velkommen!</translation>
    </message>
    <message>
        <source>Your slip is printing. To cancel, use this code:</source>
        <translation>Din seddel udskrives. For at melde fra, brug denne kode:</translation>
    </message>
    <message>
        <source>Your place is cancelled. Thank you for telling us.</source>
        <translation>Du er meldt fra. Tak, fordi du sagde til.</translation>
    </message>
    <message>
        <source>Coming: %1</source>
        <translation>Disse kommer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n second(s), or ask at the counter.</source>
        <translation>
            <numerusform>For mange forkerte koder. Vent %n sekund, eller spørg ved disken.</numerusform>
            <numerusform>For mange forkerte koder. Vent %n sekunder, eller spørg ved disken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your place is cancelled and goes to the first on the waiting list. Thank you for telling us.</source>
        <translation>Din plads er meldt fra og går til den første på ventelisten. Tak, fordi du sagde til.</translation>
    </message>
    <message>
        <source>You are no. %1 on the waiting list. You get a place if someone cancels.</source>
        <translation>Du er nr. %1 på ventelisten. Du får en plads, hvis nogen melder fra.</translation>
    </message>
    <message>
        <source>You came. Thank you!</source>
        <translation>Du kom. Tak!</translation>
    </message>
    <message>
        <source>You have a place. Welcome!</source>
        <translation>Du har en plads. Velkommen!</translation>
    </message>
</context>
<context>
    <name>ak::ActivityRepository</name>
    <message>
        <source>An activity needs a title.</source>
        <translation>En aktivitet skal have en titel.</translation>
    </message>
    <message>
        <source>An activity needs a start and an end.</source>
        <translation>En aktivitet skal have start og slut.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>En aktivitet kan ikke slutte, før den starter.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1.</source>
        <translation>Antallet pladser skal være mindst 1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Sign-up must close before the activity starts, or leave the deadline empty.</source>
        <translation>Tilmeldingen skal lukke, før aktiviteten starter, eller lad fristen stå tom.</translation>
    </message>
    <message>
        <source>An activity can repeat for 1 to %1 weeks.</source>
        <translation>En aktivitet kan gentages i 1 til %1 uger.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Denne aktivitet findes ikke længere.</translation>
    </message>
    <message>
        <source>This activity was cancelled and can no longer be changed.</source>
        <translation>Denne aktivitet er aflyst og kan ikke ændres længere.</translation>
    </message>
    <message>
        <source>This activity is already cancelled.</source>
        <translation>Denne aktivitet er allerede aflyst.</translation>
    </message>
</context>
<context>
    <name>ak::ActivityStats</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Første dag må ikke ligge efter sidste dag.</translation>
    </message>
</context>
<context>
    <name>ak::BackupStickController</name>
    <message>
        <source>The backup stick is not plugged in. Please put it in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation>Backup-stikket er ikke sat i. Sæt det i: en backup gemmes på det i nat, eller når dagen afsluttes. Du kan sælge som normalt.</translation>
    </message>
    <message>
        <source>There is no backup on the backup stick yet. Leave it plugged in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation>Der er endnu ingen backup på backup-stikket. Lad det sidde i: en backup gemmes på det i nat, eller når dagen afsluttes. Du kan sælge som normalt.</translation>
    </message>
    <message>
        <source>No backup has been saved on the backup stick for %1 days. Check that it is plugged in: a backup is saved on it tonight, or when the day is closed. If it is in, tell the manager. You can keep selling.</source>
        <translation>Der er ikke gemt nogen backup på backup-stikket i %1 dage. Tjek at det er sat i: en backup gemmes på det i nat, eller når dagen afsluttes. Hvis det sidder i, så sig det til lederen. Du kan sælge som normalt.</translation>
    </message>
</context>
<context>
    <name>ak::CafeSetup</name>
    <message>
        <source>Write the café&apos;s name, as it should stand on the receipts.</source>
        <translation>Skriv caféens navn, som det skal stå på bonerne.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters.</source>
        <translation>Navnet må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Vælg et sprog.</translation>
    </message>
    <message>
        <source>The organisation number must be 9 digits, and the last one must match the others. Look for a typo.</source>
        <translation>Organisationsnummeret skal have 9 cifre, og det sidste skal passe med de andre. Se efter en tastefejl.</translation>
    </message>
    <message>
        <source>The CVR number must be 8 digits.</source>
        <translation>CVR-nummeret skal have 8 cifre.</translation>
    </message>
    <message>
        <source>A café registered for VAT prints its organisation number on every receipt: write it.</source>
        <translation>En momsregistreret café skriver sit nummer på hver bon: skriv det.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>De to pinkoder er ikke ens. Tast pinkoden igen.</translation>
    </message>
    <message>
        <source>There is a café already, or no file to keep its settings in; nothing was changed.</source>
        <translation>Der er allerede en café, eller ingen fil at gemme indstillingerne i; intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The café&apos;s settings could not be written to %1 (%2), so no café was made. Tell whoever set up this PC.</source>
        <translation>Caféens indstillinger kunne ikke skrives til %1 (%2), så der blev ikke oprettet nogen café. Sig det til den, der satte denne pc op.</translation>
    </message>
</context>
<context>
    <name>ak::CardCheckout</name>
    <message>
        <source>In training mode coffee cards can be neither sold nor used to pay.</source>
        <translation>I øvelsestilstand kan kaffekort hverken sælges eller bruges til betaling.</translation>
    </message>
    <message>
        <source>A coffee card pays for one coffee or tea at its price. Take the card payment off and add it again.</source>
        <translation>Et kaffekort betaler for én kaffe eller te til prisen. Fjern kortbetalingen, og tilføj den igen.</translation>
    </message>
</context>
<context>
    <name>ak::CardCode</name>
    <message>
        <source>This code is not a coffee card code. Ask at the counter — they can help.</source>
        <translation>Dette er ikke en kaffekortkode. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>A new card could not be made (no secure random numbers).</source>
        <translation>Et nyt kort kunne ikke laves (ingen sikre tilfældige tal).</translation>
    </message>
</context>
<context>
    <name>ak::CardReport</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Perioden skal starte før eller samme dag, som den slutter.</translation>
    </message>
</context>
<context>
    <name>ak::CardRepository</name>
    <message>
        <source>This card has expired. Ask at the counter — they can help.</source>
        <translation>Dette kort er udløbet. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>This card has no cups left. Ask at the counter — they can help.</source>
        <translation>Der er ingen kopper tilbage på dette kort. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>This card can no longer be used. Ask at the counter — they can help.</source>
        <translation>Dette kort kan ikke bruges længere. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>This card has been handed back. Ask at the counter — they can help.</source>
        <translation>Dette kort er afleveret. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation>Denne korttype udstedes ikke længere.</translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation>Et gratiskort skal gælde i mindst 1 dag.</translation>
    </message>
    <message>
        <source>That card does not exist.</source>
        <translation>Det kort findes ikke.</translation>
    </message>
    <message>
        <source>This card is already blocked or handed back.</source>
        <translation>Dette kort er allerede spærret eller afleveret.</translation>
    </message>
    <message>
        <source>The tag could not be read. Hold it to the reader again.</source>
        <translation>Chippen kunne ikke læses. Hold den mod læseren igen.</translation>
    </message>
    <message>
        <source>This card is blocked or handed back; a tag cannot be bound to it.</source>
        <translation>Dette kort er spærret eller afleveret; der kan ikke tilknyttes en chip.</translation>
    </message>
    <message>
        <source>This tag already belongs to another coffee card. Use another tag.</source>
        <translation>Denne chip hører allerede til et andet kaffekort. Brug en anden chip.</translation>
    </message>
</context>
<context>
    <name>ak::CardTypeRepository</name>
    <message>
        <source>Give the card type a name.</source>
        <translation>Giv korttypen et navn.</translation>
    </message>
    <message>
        <source>The number of cups must be at least 1, or unlimited.</source>
        <translation>Antallet kopper skal være mindst 1, eller ubegrænset.</translation>
    </message>
    <message>
        <source>A free card needs a programme or reason.</source>
        <translation>Et gratiskort skal have et program eller en grund.</translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation>Et gratiskort skal gælde i mindst 1 dag.</translation>
    </message>
    <message>
        <source>A punch card needs a number of cups.</source>
        <translation>Et klippekort skal have et antal kopper.</translation>
    </message>
    <message>
        <source>A day pass gives unlimited cups; leave the number empty.</source>
        <translation>Et dagspas giver ubegrænset med kopper; lad antallet stå tomt.</translation>
    </message>
    <message>
        <source>Only free cards have a programme and a validity in days.</source>
        <translation>Kun gratiskort har program og gyldighed i dage.</translation>
    </message>
    <message>
        <source>That card type does not exist.</source>
        <translation>Den korttype findes ikke.</translation>
    </message>
    <message>
        <source>A budget needs a programme and at least 1 cup a month.</source>
        <translation>Et budget skal have et program og mindst 1 kop om måneden.</translation>
    </message>
    <message>
        <source>That product does not exist.</source>
        <translation>Det produkt findes ikke.</translation>
    </message>
    <message>
        <source>Free cards are given, not sold: choose a punch card or a day pass.</source>
        <translation>Gratiskort gives væk, de sælges ikke: vælg et klippekort eller et dagspas.</translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation>Denne korttype udstedes ikke længere.</translation>
    </message>
    <message>
        <source>A coffee card can pay for this product; a product that sells a card cannot be paid with one.</source>
        <translation>Et kaffekort kan betale for dette produkt; et produkt, der sælger et kort, kan ikke betales med et.</translation>
    </message>
</context>
<context>
    <name>ak::CardTypesController</name>
    <message>
        <source>Free card</source>
        <translation>Gratiskort</translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation>Klippekort</translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation>Dagspas</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n kop</numerusform>
            <numerusform>%n kopper</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrænset</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 – %2</source>
        <translation>Denne måned: %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n handed out</source>
        <translation>
            <numerusform>%n givet</numerusform>
            <numerusform>%n givet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n solgt</numerusform>
            <numerusform>%n solgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a sale</source>
        <translation>
            <numerusform>%n uden salg</numerusform>
            <numerusform>%n uden salg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktivt</numerusform>
            <numerusform>%n aktive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) left</source>
        <translation>
            <numerusform>%n kop tilbage</numerusform>
            <numerusform>%n kopper tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlimited</source>
        <translation>
            <numerusform>%n ubegrænset</numerusform>
            <numerusform>%n ubegrænsede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) redeemed (kiosk %1, till %2)</source>
        <translation>
            <numerusform>%n kop brugt (kiosk %1, kasse %2)</numerusform>
            <numerusform>%n kopper brugt (kiosk %1, kasse %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cups this month</source>
        <translation>%1 af %2 kopper denne måned</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) this month, no budget set</source>
        <translation>
            <numerusform>%n kop denne måned, uden budget</numerusform>
            <numerusform>%n kopper denne måned, uden budget</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is added.</source>
        <translation>»%1« er tilføjet.</translation>
    </message>
    <message>
        <source>The type can be given out again.</source>
        <translation>Typen kan udstedes igen.</translation>
    </message>
    <message>
        <source>The type is retired. Cards already out keep working.</source>
        <translation>Typen er taget ud af brug. Kort, der allerede er udstedt, virker stadig.</translation>
    </message>
    <message numerus="yes">
        <source>The budget for %1 is %n cup(s) a month.</source>
        <translation>
            <numerusform>Budgettet for %1 er %n kop om måneden.</numerusform>
            <numerusform>Budgettet for %1 er %n kopper om måneden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ak::CardsController</name>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n kop</numerusform>
            <numerusform>%n kopper</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrænset</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cups given away this month</source>
        <translation>%1: %2 af %3 kopper givet væk denne måned</translation>
    </message>
    <message>
        <source>The card is printing. Now hold the chip to the reader to bind it to this card.</source>
        <translation>Kortet udskrives. Hold nu chippen mod læseren for at tilknytte den til kortet.</translation>
    </message>
    <message>
        <source>The card is printing. Hand it over with the print-out.</source>
        <translation>Kortet udskrives. Giv det videre sammen med udskriften.</translation>
    </message>
    <message>
        <source>The chip is bound. Holding it to the kiosk&apos;s reader works like scanning the card.</source>
        <translation>Chippen er tilknyttet. At holde den mod kioskens læser virker som at scanne kortet.</translation>
    </message>
    <message>
        <source>Hold the chip to the reader now.</source>
        <translation>Hold chippen mod læseren nu.</translation>
    </message>
    <message>
        <source>The card is marked as handed back. It can no longer be used.</source>
        <translation>Kortet er markeret som afleveret. Det kan ikke bruges længere.</translation>
    </message>
    <message>
        <source>The card is blocked. Whoever finds it cannot use it.</source>
        <translation>Kortet er spærret. Den, der finder det, kan ikke bruge det.</translation>
    </message>
    <message>
        <source>Can be used</source>
        <translation>Kan bruges</translation>
    </message>
    <message>
        <source>No cups left</source>
        <translation>Ingen kopper tilbage</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Blocked (lost)</source>
        <translation>Spærret (mistet)</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Afleveret</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) left</source>
        <translation>
            <numerusform>%n kop tilbage</numerusform>
            <numerusform>%n kopper tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffee as often as they like</source>
        <translation>Kaffe så tit de vil</translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation>Gyldigt til og med %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Ingen slutdato</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <source>A coffee</source>
        <translation>En kaffe</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spærret</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
</context>
<context>
    <name>ak::CashController</name>
    <message>
        <source>No shift is open.</source>
        <translation>Ingen vagt er åben.</translation>
    </message>
    <message>
        <source>Shift opened by %1 at %2 with a float of %3.</source>
        <translation>Vagten blev åbnet af %1 kl. %2 med %3 i byttepenge.</translation>
    </message>
    <message>
        <source>The last count at this till came to %1.</source>
        <translation>Seneste optælling på denne kasse gav %1.</translation>
    </message>
    <message>
        <source>The count matches to the øre.</source>
        <translation>Optællingen passer på øren.</translation>
    </message>
    <message>
        <source>%1 more than expected.</source>
        <translation>%1 mere end forventet.</translation>
    </message>
    <message>
        <source>%1 less than expected.</source>
        <translation>%1 mindre end forventet.</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Vagten er åbnet med %1 i byttepenge.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>%1 lagt i skuffen.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 taget ud af skuffen.</translation>
    </message>
    <message>
        <source>The drawer opens.</source>
        <translation>Skuffen åbner.</translation>
    </message>
    <message>
        <source>The count is stored.</source>
        <translation>Optællingen er gemt.</translation>
    </message>
    <message>
        <source>Thank you: the explanation is stored with the count.</source>
        <translation>Tak: forklaringen er gemt med optællingen.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-koden er forkert. Prøv igen.</translation>
    </message>
    <message>
        <source>%1 signed off the difference.</source>
        <translation>%1 godkendte differencen.</translation>
    </message>
    <message>
        <source>Training mode is on: nothing sold now is a real sale.</source>
        <translation>Træningstilstand er slået til: intet der sælges nu, er et rigtigt salg.</translation>
    </message>
    <message>
        <source>Training mode is off.</source>
        <translation>Træningstilstand er slået fra.</translation>
    </message>
</context>
<context>
    <name>ak::CashDrawer</name>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
        <translation>Luk kasseskuffen først, så kan næste salg starte.</translation>
    </message>
</context>
<context>
    <name>ak::CatalogueController</name>
    <message>
        <source>The products could not be read: %1</source>
        <translation>Varerne kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>ak::CatalogueRepository</name>
    <message>
        <source>This product is a coffee card itself; a coffee card cannot pay for it.</source>
        <translation>Dette produkt er selv et kaffekort; et kaffekort kan ikke betale for det.</translation>
    </message>
</context>
<context>
    <name>ak::CheckInController</name>
    <message>
        <source>Is this your first time here?</source>
        <translation>Er det første gang, du er her?</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>Hvad bringer dig her i dag?</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>Hvordan har du det i dag?</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Velkommen!</translation>
    </message>
    <message>
        <source>You may skip any question.</source>
        <translation>Du kan springe alle spørgsmål over.</translation>
    </message>
    <message>
        <source>You are guest no. %1 today.</source>
        <translation>Du er gæst nr. %1 i dag.</translation>
    </message>
    <message>
        <source>Good to see you again.</source>
        <translation>Dejligt at se dig igen.</translation>
    </message>
    <message>
        <source>Your coffee card is noted. Thank you!</source>
        <translation>Dit kaffekort er noteret. Tak!</translation>
    </message>
    <message>
        <source>Have a coffee card? Hold it under the scanner, and the café can count returning guests — without knowing who you are.</source>
        <translation>Har du et kaffekort? Hold det under scanneren, så kan caféen tælle gæster, der kommer igen – uden at vide, hvem du er.</translation>
    </message>
    <message>
        <source>Welcome! (The visit could not be counted just now — that is our problem, not yours.)</source>
        <translation>Velkommen! (Besøget kunne ikke tælles lige nu – det er vores problem, ikke dit.)</translation>
    </message>
    <message>
        <source>Good to have you here today.</source>
        <translation>Godt at have dig her i dag.</translation>
    </message>
</context>
<context>
    <name>ak::CoffeeCardController</name>
    <message>
        <source>Hold your coffee card under the scanner</source>
        <translation>Hold dit kaffekort under scanneren</translation>
    </message>
    <message>
        <source>The code on the card, or the card itself if it has a chip.</source>
        <translation>Koden på kortet, eller selve kortet hvis det har en chip.</translation>
    </message>
    <message>
        <source>Coffee as often as you like</source>
        <translation>Kaffe så tit du vil</translation>
    </message>
    <message>
        <source>1 coffee left</source>
        <translation>1 kaffe tilbage</translation>
    </message>
    <message>
        <source>%1 coffees left</source>
        <translation>%1 kaffe tilbage</translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noget gik galt. Spørg ved disken – de kan hjælpe.</translation>
    </message>
    <message>
        <source>Enjoy your coffee!</source>
        <translation>Nyd din kaffe!</translation>
    </message>
    <message>
        <source>Your number is %1. Show it at the counter.</source>
        <translation>Dit nummer er %1. Vis det ved disken.</translation>
    </message>
    <message>
        <source>Try again, or ask at the counter.</source>
        <translation>Prøv igen, eller spørg ved disken.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Et øjeblik</translation>
    </message>
    <message numerus="yes">
        <source>The scanner is taking a short break. Try again in %n second(s).</source>
        <translation>
            <numerusform>Scanneren holder en lille pause. Prøv igen om %n sekund.</numerusform>
            <numerusform>Scanneren holder en lille pause. Prøv igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation>Gyldigt til og med %1</translation>
    </message>
</context>
<context>
    <name>ak::DayCloseController</name>
    <message>
        <source>Everything is counted: the day can be closed with the Z report.</source>
        <translation>Alt er talt op: dagen kan afsluttes med Z-rapporten.</translation>
    </message>
    <message>
        <source>The X report is on its way to the receipt printer.</source>
        <translation>X-rapporten er på vej til bonprinteren.</translation>
    </message>
    <message>
        <source>Z report no. %1 is taken: the day is closed.</source>
        <translation>Z-rapport nr. %1 er taget: dagen er afsluttet.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sikkerhedskopi: %1</translation>
    </message>
    <message>
        <source>The folder for reports could not be made: %1</source>
        <translation>Mappen til rapporter kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Sendt til printeren %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke udskrives.</translation>
    </message>
    <message>
        <source>%1 signed off the count differences.</source>
        <translation>%1 godkendte differencerne i optællingerne.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Also on the backup stick.</source>
        <translation>Også på backup-stikket.</translation>
    </message>
    <message>
        <source>The backup is on the till, but not on the backup stick: %1</source>
        <translation>Backuppen er på kassen, men ikke på backup-stikket: %1</translation>
    </message>
</context>
<context>
    <name>ak::DevicesController</name>
    <message>
        <source>The drawer&apos;s sensor cannot be read (no sensor, or the printer is not answering).</source>
        <translation>Skuffens sensor kan ikke læses (ingen sensor, eller printeren svarer ikke).</translation>
    </message>
    <message>
        <source>The cash drawer is open.</source>
        <translation>Kasseskuffen er åben.</translation>
    </message>
    <message>
        <source>The cash drawer is shut.</source>
        <translation>Kasseskuffen er lukket.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the start and end of what was read (masked), %2 the time, e.g. &quot;AK1-…7Q at 14:02&quot;</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <source>Not ready: plug it in again, or check its cable.</source>
        <translation>Ikke klar: sæt den i igen, eller tjek kablet.</translation>
    </message>
    <message>
        <source>Not plugged in: plug it in again.</source>
        <translation>Ikke tilsluttet: sæt den i igen.</translation>
    </message>
    <message>
        <source>In use by another program: close it, or restart the computer.</source>
        <translation>Bruges af et andet program: luk det, eller genstart computeren.</translation>
    </message>
    <message>
        <source>Cannot be used as it is set up: ask whoever set up the till.</source>
        <translation>Kan ikke bruges, som den er sat op: spørg den, der satte kassen op.</translation>
    </message>
</context>
<context>
    <name>ak::FirstStartController</name>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>No organisation number</source>
        <translation>Intet CVR-nummer</translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>Registered for VAT</source>
        <translation>Momsregistreret</translation>
    </message>
    <message>
        <source>Not registered for VAT</source>
        <translation>Ikke momsregistreret</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Leder: %1</translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation>Bonprinter: %1</translation>
    </message>
    <message>
        <source>No receipt printer yet</source>
        <translation>Ingen bonprinter endnu</translation>
    </message>
    <message>
        <source>The test page is printed. Does it look right? Then this is the café&apos;s printer.</source>
        <translation>Testsiden er udskrevet. Ser den rigtig ud? Så er det caféens printer.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Udskriver testsiden …</translation>
    </message>
</context>
<context>
    <name>ak::Journal</name>
    <message>
        <source>entry %1 is missing (the next entry present is %2): it was deleted</source>
        <translation>post %1 mangler (den næste post, der findes, er %2): den er slettet</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>post %1 står i forkert rækkefølge</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was inserted or replaced</source>
        <translation>post %1 følger ikke efter post %2: en post er indsat eller udskiftet</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>post %1 er ændret, efter at den blev skrevet</translation>
    </message>
    <message>
        <source>the journal head record was removed</source>
        <translation>optegnelsen af journalens slutning er fjernet</translation>
    </message>
    <message>
        <source>entries %1 to %2 were deleted from the end</source>
        <translation>post %1 til %2 er slettet fra slutningen</translation>
    </message>
    <message>
        <source>entry %1 was added outside the journal</source>
        <translation>post %1 er tilføjet uden om journalen</translation>
    </message>
    <message>
        <source>entry %1 does not match the recorded end of the journal</source>
        <translation>post %1 passer ikke med journalens registrerede slutning</translation>
    </message>
</context>
<context>
    <name>ak::JournalAnchor</name>
    <message>
        <source>The journal ends before entry %1, which the anchor file beside the database recorded: entries were cut from its end.</source>
        <translation>Journalen slutter før post %1, som ankerfilen ved siden af databasen har noteret: poster er fjernet fra slutningen.</translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry the anchor file beside the database recorded: the journal was rewritten from there on.</source>
        <translation>Post %1 i journalen er ikke den post, som ankerfilen ved siden af databasen har noteret: journalen er skrevet om derfra.</translation>
    </message>
</context>
<context>
    <name>ak::KioskController</name>
    <message>
        <source>Today at %1</source>
        <translation>I dag kl. %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation>I morgen kl. %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a weekday, %2 a time of day, e.g. &quot;Thursday at 11:00&quot;</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 activity title, %2 when (e.g. &quot;Thursday at 11:00&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>%1 activity title, %2 when, %3 place</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Lukket i dag</translation>
    </message>
    <message>
        <source>Open today %1–%2</source>
        <extracomment>%1 and %2 are times of day, e.g. &quot;Open today 10:00–16:00&quot;</extracomment>
        <translation>Åbent i dag %1–%2</translation>
    </message>
    <message>
        <source>The card reader is taking a break. Please ask a volunteer.</source>
        <translation>Kortlæseren holder en pause. Spørg gerne en frivillig.</translation>
    </message>
    <message>
        <source>Slips cannot be printed just now. Please ask a volunteer.</source>
        <translation>Sedler kan ikke printes lige nu. Spørg gerne en frivillig.</translation>
    </message>
</context>
<context>
    <name>ak::OpeningHours</name>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>ak::Outcome</name>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noget gik galt. Spørg ved disken – de kan hjælpe.</translation>
    </message>
</context>
<context>
    <name>ak::PaymentController</name>
    <message>
        <source>Cash rounding: %1</source>
        <translation>Øreafrunding: %1</translation>
    </message>
    <message>
        <source>Receipt no. %1 is printing.</source>
        <translation>Kvittering nr. %1 udskrives.</translation>
    </message>
    <message>
        <source>Sale no. %1 is stored.</source>
        <translation>Salg nr. %1 er gemt.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Vipps / MobilePay</source>
        <translation>MobilePay / Vipps</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Kaffekort</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gavekort</translation>
    </message>
    <message numerus="yes">
        <source>%n coffee card(s) printing: hand them over with the receipt.</source>
        <translation>
            <numerusform>%n kaffekort udskrives: giv det videre med kvitteringen.</numerusform>
            <numerusform>%n kaffekort udskrives: giv dem videre med kvitteringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffee card (%1)</source>
        <translation>Kaffekort (%1)</translation>
    </message>
</context>
<context>
    <name>ak::Permissions</name>
    <message>
        <source>Only staff on the list can sell.</source>
        <translation>Kun dem, der står på personalelisten, kan sælge.</translation>
    </message>
    <message>
        <source>Only staff on the list can issue coffee cards.</source>
        <translation>Kun dem, der står på personalelisten, kan udstede kaffekort.</translation>
    </message>
    <message>
        <source>Only a manager can approve a return.</source>
        <translation>Kun en leder kan godkende en returnering.</translation>
    </message>
    <message>
        <source>Only a manager can change products and prices.</source>
        <translation>Kun en leder kan ændre varer og priser.</translation>
    </message>
    <message>
        <source>Only a manager can change coffee card types.</source>
        <translation>Kun en leder kan ændre typerne af kaffekort.</translation>
    </message>
    <message>
        <source>Only a manager can change the discount reasons.</source>
        <translation>Kun en leder kan ændre rabatgrundene.</translation>
    </message>
    <message>
        <source>Only a manager can change the activities.</source>
        <translation>Kun en leder kan ændre aktiviteterne.</translation>
    </message>
    <message>
        <source>Only a manager can close the day.</source>
        <translation>Kun en leder kan afslutte dagen.</translation>
    </message>
    <message>
        <source>Only a manager can see the reports.</source>
        <translation>Kun en leder kan se rapporterne.</translation>
    </message>
    <message>
        <source>Only a manager can change the staff list, PINs and staff cards.</source>
        <translation>Kun en leder kan ændre personalelisten, pinkoder og personalekort.</translation>
    </message>
    <message>
        <source>Only a manager can unlock a staff member.</source>
        <translation>Kun en leder kan låse en person på personalelisten op.</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation>%1 står ikke længere på personalelisten.</translation>
    </message>
    <message>
        <source>Only a manager can do that.</source>
        <translation>Kun en leder kan gøre det.</translation>
    </message>
    <message>
        <source>Only staff on the list can change activities and sign-ups.</source>
        <translation>Kun personale på listen kan ændre aktiviteter og tilmeldinger.</translation>
    </message>
    <message>
        <source>Only a manager can confirm having seen this warning.</source>
        <translation>Kun en leder kan bekræfte at have set denne advarsel.</translation>
    </message>
    <message>
        <source>Only a manager can switch training mode on or off.</source>
        <translation>Kun en leder kan slå øvelsestilstand til eller fra.</translation>
    </message>
</context>
<context>
    <name>ak::PinHasher</name>
    <message>
        <source>A PIN must be 4 to 6 digits.</source>
        <translation>En pinkode skal have 4 til 6 cifre.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (libsodium).</source>
        <translation>Pinkoden kunne ikke beskyttes (libsodium).</translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory).</source>
        <translation>Pinkoden kunne ikke beskyttes (for lidt hukommelse).</translation>
    </message>
</context>
<context>
    <name>ak::PrintQueue</name>
    <message>
        <source>The program stopped while this was printing; it may or may not be on paper.</source>
        <translation>Programmet stoppede, mens dette blev udskrevet; det er usikkert, om det kom ud på papir.</translation>
    </message>
    <message>
        <source>Printed again as copy %1.</source>
        <translation>Udskrevet igen som kopi %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Sales go on; receipts will print when a printer is connected.</source>
        <translation>Der er ikke sat nogen bonprinter op. Salget fortsætter; bonerne udskrives, når en printer er tilsluttet.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Sales go on; receipts will print when paper is in.</source>
        <translation>Printeren er løbet tør for papir. Salget fortsætter; bonerne udskrives, når der er papir i.</translation>
    </message>
    <message>
        <source>The printer cover is open. Sales go on; receipts will print when the cover is closed.</source>
        <translation>Låget på printeren er åbent. Salget fortsætter; bonerne udskrives, når låget er lukket.</translation>
    </message>
    <message>
        <source>The printer is offline or unplugged. Sales go on; receipts will print when it is back.</source>
        <translation>Printeren svarer ikke eller er koblet fra. Salget fortsætter; bonerne udskrives, når den er tilbage.</translation>
    </message>
    <message>
        <source>The printer is not ready. Sales go on; receipts will print when it is ready.</source>
        <translation>Printeren er ikke klar. Salget fortsætter; bonerne udskrives, når den er klar.</translation>
    </message>
    <message>
        <source>The stored receipt could not be read.</source>
        <translation>Den gemte kvittering kunne ikke læses.</translation>
    </message>
    <message>
        <source>The printer went away while printing this; it may or may not be on paper.</source>
        <translation>Forbindelsen til printeren forsvandt, mens dette blev udskrevet; det er usikkert, om det kom ud på papir.</translation>
    </message>
</context>
<context>
    <name>ak::PrinterController</name>
    <message>
        <source>The printer is not answering. Check that it is switched on and its cable is in.</source>
        <translation>Printeren svarer ikke. Tjek at den er tændt, og at kablet sidder i.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open. Close it firmly.</source>
        <translation>Låget på printeren er åbent. Luk det godt.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>Printeren er løbet tør for papir. Sæt en ny rulle i.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Der er ikke sat nogen bonprinter op.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Log ind først.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Udskriver testsiden …</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>Testsiden er udskrevet.</translation>
    </message>
    <message>
        <source>The test page was not printed: %1</source>
        <translation>Testsiden blev ikke udskrevet: %1</translation>
    </message>
    <message>
        <source>Ready. The paper roll is nearly empty.</source>
        <translation>Klar. Papirrullen er næsten tom.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
</context>
<context>
    <name>ak::ReturnController</name>
    <message>
        <source>Wrong item</source>
        <translation>Forkert vare</translation>
    </message>
    <message>
        <source>Not happy with it</source>
        <translation>Ikke tilfreds</translation>
    </message>
    <message>
        <source>Mistake at the till</source>
        <translation>Fejl ved kassen</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <source>Type the receipt number from the receipt.</source>
        <translation>Tast bonnummeret fra kvitteringen.</translation>
    </message>
    <message>
        <source>There is no receipt no. %1 at this till.</source>
        <translation>Der er ingen kvittering nr. %1 i denne kasse.</translation>
    </message>
    <message>
        <source>Receipt no. %1 is a return itself and cannot be returned.</source>
        <translation>Kvittering nr. %1 er selv en returnering og kan ikke returneres.</translation>
    </message>
    <message>
        <source>Receipt no. %1, %2, %3</source>
        <translation>Kvittering nr. %1, %2, %3</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>Skal betales tilbage: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Pinkoden passer ikke. Prøv igen.</translation>
    </message>
    <message>
        <source>Return no. %1 is stored. Give back %2.</source>
        <translation>Returnering nr. %1 er gemt. Giv %2 tilbage.</translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 was printed before. The law allows only one copy.</source>
        <translation>En kopi af kvittering nr. %1 er udskrevet før. Loven tillader kun én kopi.</translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 is printing.</source>
        <translation>En kopi af kvittering nr. %1 udskrives.</translation>
    </message>
</context>
<context>
    <name>ak::SaleController</name>
    <message>
        <source>%1: −%2</source>
        <extracomment>%1 the reason, %2 the amount taken off, e.g. &quot;Volunteer coffee: −kr 5,00&quot;</extracomment>
        <translation>%1: −%2</translation>
    </message>
    <message>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Gør salget på skærmen færdigt eller parkér det først.</translation>
    </message>
</context>
<context>
    <name>ak::ServingController</name>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
</context>
<context>
    <name>ak::ServingQueue</name>
    <message>
        <source>That order is no longer on the list.</source>
        <translation>Den bestilling står ikke længere på listen.</translation>
    </message>
    <message>
        <source>Someone has served this already.</source>
        <translation>Nogen har allerede serveret denne.</translation>
    </message>
</context>
<context>
    <name>ak::SessionController</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation>Personalelisten kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Pinkoden passer ikke. Prøv igen.</translation>
    </message>
    <message>
        <source>That name is no longer on the staff list.</source>
        <translation>Det navn står ikke længere på personalelisten.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Login mislykkedes: %1</translation>
    </message>
    <message>
        <source>This card does not open the till. Tap your name and type your PIN.</source>
        <translation>Dette kort åbner ikke kassen. Tryk på dit navn og tast din pinkode.</translation>
    </message>
</context>
<context>
    <name>ak::SignupRepository</name>
    <message>
        <source>A nickname can be at most 40 characters. Please make it a bit shorter.</source>
        <translation>Et kaldenavn kan højst have 40 tegn. Gør det lidt kortere.</translation>
    </message>
    <message>
        <source>Some of these characters cannot be used in a nickname. Please try other letters.</source>
        <translation>Nogle af disse tegn kan ikke bruges i et kaldenavn. Prøv andre bogstaver.</translation>
    </message>
    <message>
        <source>Please write a nickname — or pick one of ours.</source>
        <translation>Skriv et kaldenavn – eller vælg et af vores.</translation>
    </message>
    <message>
        <source>Between 1 and %1 names can be suggested.</source>
        <translation>Mellem 1 og %1 navne kan foreslås.</translation>
    </message>
    <message>
        <source>No names can be suggested (no secure random numbers).</source>
        <translation>Ingen navne kan foreslås (ingen sikre tilfældige tal).</translation>
    </message>
    <message>
        <source>This activity has been cancelled. We are sorry — have a look at the other activities.</source>
        <translation>Denne aktivitet er aflyst. Vi beklager – kig på de andre aktiviteter.</translation>
    </message>
    <message>
        <source>Sign-up for this activity has closed. Ask at the counter — there may still be room.</source>
        <translation>Tilmeldingen til denne aktivitet er lukket. Spørg ved disken – der kan stadig være plads.</translation>
    </message>
    <message>
        <source>This activity is full. Ask at the counter, or have a look at the other activities.</source>
        <translation>Denne aktivitet er fuld. Spørg ved disken, eller kig på de andre aktiviteter.</translation>
    </message>
    <message>
        <source>This card is already signed up for this activity — there is nothing more to do.</source>
        <translation>Dette kort er allerede tilmeldt denne aktivitet – du skal ikke gøre mere.</translation>
    </message>
    <message>
        <source>That code does not match a sign-up for this activity. Check the code on your slip, or ask at the counter.</source>
        <translation>Den kode passer ikke til en tilmelding til denne aktivitet. Tjek koden på din seddel, eller spørg ved disken.</translation>
    </message>
    <message>
        <source>This activity has already started, so the sign-up can no longer be cancelled.</source>
        <translation>Aktiviteten er allerede startet, så tilmeldingen kan ikke længere afmeldes.</translation>
    </message>
    <message>
        <source>This sign-up is already marked as attended.</source>
        <translation>Denne tilmelding er allerede markeret som mødt.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Denne aktivitet findes ikke længere.</translation>
    </message>
    <message>
        <source>Cards cannot be used for sign-up here (no secure random numbers).</source>
        <translation>Kort kan ikke bruges til tilmelding her (ingen sikre tilfældige tal).</translation>
    </message>
    <message>
        <source>Sign-up is not possible here (no secure random numbers).</source>
        <translation>Tilmelding er ikke mulig her (ingen sikre tilfældige tal).</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>Denne tilmelding findes ikke længere.</translation>
    </message>
    <message>
        <source>This sign-up is already cancelled.</source>
        <translation>Denne tilmelding er allerede afmeldt.</translation>
    </message>
    <message>
        <source>Only someone with a place can be marked as attended.</source>
        <translation>Kun nogen med en plads kan markeres som mødt.</translation>
    </message>
</context>
<context>
    <name>ak::StaffController</name>
    <message>
        <source>%1 is on the staff list and can log in with the PIN you typed.</source>
        <translation>%1 står på personalelisten og kan logge ind med den pinkode, du tastede.</translation>
    </message>
    <message>
        <source>Scan the staff card now.</source>
        <translation>Scan personalekortet nu.</translation>
    </message>
    <message>
        <source>The card is bound. It logs that person in at the till.</source>
        <translation>Kortet er tilknyttet. Det logger den person ind ved kassen.</translation>
    </message>
    <message>
        <source>Taken off the staff list. Their sales stay in the books.</source>
        <translation>Fjernet fra personalelisten. Deres salg bliver stående i regnskabet.</translation>
    </message>
</context>
<context>
    <name>ak::StaffListModel</name>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
</context>
<context>
    <name>ak::StaffLockout</name>
    <message>
        <source>Too many wrong tries. Try again in a second, or ask a manager.</source>
        <translation>For mange forkerte forsøg. Prøv igen om et sekund, eller spørg en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 seconds, or ask a manager.</source>
        <translation>For mange forkerte forsøg. Prøv igen om %1 sekunder, eller spørg en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in 1 minute, or ask a manager.</source>
        <translation>For mange forkerte forsøg. Prøv igen om 1 minut, eller spørg en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes, or ask a manager.</source>
        <translation>For mange forkerte forsøg. Prøv igen om %1 minutter, eller spørg en leder.</translation>
    </message>
</context>
<context>
    <name>ak::StaffRepository</name>
    <message>
        <source>The card could not be read. Please scan it again.</source>
        <translation>Kortet kunne ikke læses. Scan det igen.</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation>%1 står ikke længere på personalelisten.</translation>
    </message>
    <message>
        <source>This card is not known here. Log in with your PIN, or ask a manager.</source>
        <translation>Dette kort kendes ikke her. Log ind med din pinkode, eller spørg en leder.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 kan ikke længere logge ind.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Forkert pinkode. Prøv igen.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Der er ingen på personalelisten med nummer %1.</translation>
    </message>
    <message>
        <source>You cannot take yourself off the staff list. Ask another manager to do it.</source>
        <translation>Du kan ikke fjerne dig selv fra personalelisten. Bed en anden leder om at gøre det.</translation>
    </message>
    <message>
        <source>Someone called %1 is on the staff list already. Add a last name or an initial to tell them apart.</source>
        <translation>Der står allerede en, der hedder %1, på personalelisten. Tilføj et efternavn eller et forbogstav, så de kan skelnes fra hinanden.</translation>
    </message>
    <message>
        <source>Someone called %1 was on the staff list before. Add a last name or an initial to tell them apart in the reports.</source>
        <translation>Der har stået en, der hedder %1, på personalelisten før. Tilføj et efternavn eller et forbogstav, så de kan skelnes i rapporterne.</translation>
    </message>
    <message>
        <source>Someone else on the staff list already has this PIN. Choose another one: a PIN is one person&apos;s own.</source>
        <translation>En anden på personalelisten har allerede denne pinkode. Vælg en anden: en pinkode er én persons egen.</translation>
    </message>
</context>
<context>
    <name>ak::StaffRules</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>En medarbejder skal have et navn.</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, spaces and punctuation: no line breaks, tabs or invisible characters.</source>
        <translation>Et navn kan kun have bogstaver, cifre, mellemrum og tegn: ingen linjeskift, tabulatorer eller usynlige tegn.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters; this one has %2. A first name and an initial are enough.</source>
        <translation>Et navn kan højst have %1 tegn; dette har %2. Et fornavn og et forbogstav er nok.</translation>
    </message>
    <message>
        <source>This PIN is among the first anyone would try (like 1234, 0000 or 1212). Choose digits that do not follow a pattern.</source>
        <translation>Denne pinkode er blandt de første, nogen ville prøve (som 1234, 0000 eller 1212). Vælg cifre, der ikke følger et mønster.</translation>
    </message>
</context>
<context>
    <name>ak::StatisticsController</name>
    <message>
        <source>Write the dates as year-month-day, e.g. 2026-11-01.</source>
        <translation>Skriv datoerne som år-måned-dag, f.eks. 2026-11-01.</translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>Første dag skal komme før sidste dag.</translation>
    </message>
    <message>
        <source>There is no folder to save reports in. Ask whoever set up the till to set reports_directory.</source>
        <translation>Der er ingen mappe at gemme rapporter i. Bed den, der satte kassen op, om at sætte reports_directory.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>No report printer is set up. Ask whoever set up the till to set report_printer.</source>
        <translation>Der er ingen rapportprinter sat op. Bed den, der satte kassen op, om at sætte report_printer.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Sendt til printeren %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke udskrives.</translation>
    </message>
    <message>
        <source>Printing on %1 …</source>
        <translation>Udskriver på %1 …</translation>
    </message>
    <message>
        <source>Nothing was recorded between %1 and %2.</source>
        <translation>Intet blev registreret mellem %1 og %2.</translation>
    </message>
    <message>
        <source>That is %1 days with records: choose a year or less, so that the report fits on a few pages.</source>
        <translation>Det er %1 dage med registreringer: vælg et år eller mindre, så rapporten kan være på få sider.</translation>
    </message>
    <message>
        <source>The café&apos;s records run from %1 to %2: the figures cover those days.</source>
        <translation>Caféens registreringer går fra %1 til %2: tallene gælder de dage.</translation>
    </message>
</context>
<context>
    <name>ak::VisitRepository</name>
    <message>
        <source>We could not read this card, but you are checked in. Welcome!</source>
        <translation>Vi kunne ikke læse dette kort, men du er tjekket ind. Velkommen!</translation>
    </message>
    <message>
        <source>The kiosk needs an id of 1 to 32 characters.</source>
        <translation>Kiosken skal have et id på 1 til 32 tegn.</translation>
    </message>
    <message>
        <source>The answer to &quot;What brings you today?&quot; must be coffee, activity, company or talk.</source>
        <translation>Svaret på »Hvad bringer dig her i dag?« skal være coffee, activity, company eller talk.</translation>
    </message>
    <message>
        <source>The answer to &quot;How are you today?&quot; must be from 1 to 5.</source>
        <translation>Svaret på »Hvordan har du det i dag?« skal være fra 1 til 5.</translation>
    </message>
</context>
<context>
    <name>ak::VisitStats</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Perioden skal starte før eller samme dag, som den slutter.</translation>
    </message>
</context>
<context>
    <name>ak::config</name>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be 1 to 32 letters (a–z), digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit; it is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only hold &quot;nb&quot; (Norwegian bokmål), &quot;da&quot; (Danish) and &quot;en&quot; (English); &quot;%2&quot; is not one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the café&apos;s name, 1 to 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but a café in country &quot;%3&quot; keeps its till in &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Norwegian organisation number: it must be 9 digits, and the last digit must match the others (look for a typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Danish CVR number: it must be 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT-registered café must print its organisation number on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, but vat_registered = true: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers &quot;%2&quot;, but the café&apos;s languages in [cafe] are %3; add it there or remove it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when kind = &quot;usb&quot;; find it with the command lsusb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a USB id of four hexadecimal digits, like &quot;0x04b8&quot; (see lsusb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a printer profile name like &quot;generic-80&quot;; it is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only used when kind = &quot;%2&quot;, but kind is &quot;%3&quot;; change kind or remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when kind = &quot;tcp&quot;: the printer&apos;s network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a network address like &quot;192.168.1.50&quot; or &quot;printer.local&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when kind = &quot;cups&quot;: the printer&apos;s queue name, see lpstat -p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when kind = &quot;keyboard&quot;: the scanner&apos;s device, see /dev/input/by-id/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with a decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list in [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be opening hours like &quot;10:00-15:00&quot;, or &quot;closed&quot;; it is &quot;%2&quot; — did you mean &quot;closed&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be opening hours like &quot;10:00-15:00&quot;, or &quot;closed&quot;; it is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot;, which is not a time of day (from 00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes at %2, which is not after it opens at %3; the hours of one day must end the same day (up to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time zone&apos;s IANA name, like &quot;Europe/Oslo&quot; or &quot;Europe/Copenhagen&quot;; &quot;%2&quot; is not one this machine knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must list the coins and notes as amounts in kroner, like [&quot;1&quot;, &quot;5&quot;, &quot;10&quot;, &quot;20&quot;, &quot;50&quot;, &quot;100&quot;] (or &quot;0,50&quot; for 50 øre); &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name at least one coin or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a full path like &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed when kind = &quot;hidpos&quot;: the scanner&apos;s device, see /dev/hidraw*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reader&apos; in [devices] must be written as [[devices.reader]] sections, one per reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name for the reader, like &quot;door-qr&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a short name of letters, digits, - and _, like &quot;door-qr&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another reader is already called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: the register&apos;s key file (make one with: aktivkafe keys create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be another folder than backup_directory (%2), neither inside it nor holding it: a second copy on the same disk is no second copy. Name a folder on the backup stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::config::ConfigSection</name>
    <message>
        <source>unknown section [%1] — did you mean [%2]?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; outside any section — did you mean [%2]?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; outside any section; every setting belongs under a [section] heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 — did you mean &apos;%3&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (it may hold: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the key &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section [%1] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section (a [heading] with settings under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; it is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list in [ ], like [&quot;nb&quot;, &quot;en&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of %1 must be text in quotes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; it is &quot;%3&quot; — did you mean &quot;%4&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; it is &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::dev</name>
    <message>
        <source>The disk is full: the report could not be written to %1. Nothing was changed; free some space or choose another disk.</source>
        <translation>Disken er fuld: rapporten kunne ikke skrives til %1. Intet blev ændret; frigør plads eller vælg en anden disk.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Nothing was changed.</source>
        <translation>Rapporten kunne ikke skrives til %1: %2. Intet blev ændret.</translation>
    </message>
    <message>
        <source>%1 is a link to another file; a report does not replace it. Choose another file name.</source>
        <translation>%1 er et link til en anden fil; en rapport erstatter den ikke. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder or a device); a report cannot be written there. Choose a file name in a folder.</source>
        <translation>%1 er ikke en almindelig fil (en mappe eller en enhed); en rapport kan ikke skrives der. Vælg et filnavn i en mappe.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an earlier “%2”; it was left as it is. Choose another file name, or move the file away first.</source>
        <translation>%1 findes allerede og er ikke en tidligere »%2«; den blev ladt være. Vælg et andet filnavn, eller flyt filen væk først.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is one of the café&apos;s own files (its database or configuration); a report never replaces it. Choose another file name.</source>
        <translation>%1 er en af caféens egne filer (databasen eller konfigurationen); en rapport erstatter den aldrig. Vælg et andet filnavn.</translation>
    </message>
</context>
<context>
    <name>ak::dev::UsbTransport</name>
    <message>
        <source>This computer&apos;s user may not use the USB printer %1: add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Brugeren på denne computer må ikke bruge USB-printeren %1: føj brugeren til gruppen aktivkafe; udev-reglen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>The receipt printer was unplugged or switched off.</source>
        <translation>Bonprinteren blev taget ud eller slukket.</translation>
    </message>
    <message>
        <source>Another program (often the printing service CUPS) is using the receipt printer.</source>
        <translation>Et andet program (ofte udskriftstjenesten CUPS) bruger bonprinteren.</translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check the paper and the cover.</source>
        <translation>Bonprinteren holdt op med at tage imod data. Tjek papiret og låget.</translation>
    </message>
    <message>
        <source>Check the receipt printer&apos;s USB cable.</source>
        <translation>Tjek bonprinterens USB-kabel.</translation>
    </message>
    <message>
        <source>USB is not available on this computer.</source>
        <translation>USB er ikke tilgængelig på denne computer.</translation>
    </message>
    <message>
        <source>No USB receipt printer was found (%1). Check its cable and that it is switched on.</source>
        <translation>Fandt ingen USB-bonprinter (%1). Tjek kablet, og at den er tændt.</translation>
    </message>
    <message>
        <source>(the USB printer is not connected)</source>
        <translation>(USB-printeren er ikke tilsluttet)</translation>
    </message>
    <message>
        <source>(this USB printer does not answer)</source>
        <translation>(denne USB-printer svarer ikke)</translation>
    </message>
    <message>
        <source>(a status question is already waiting)</source>
        <translation>(et statusspørgsmål venter allerede)</translation>
    </message>
    <message>
        <source>(no status answer from the USB printer)</source>
        <translation>(intet statussvar fra USB-printeren)</translation>
    </message>
</context>
<context>
    <name>ak::sql</name>
    <message>
        <source>The disk is full, so this could not be saved. Nothing was lost. Ask whoever looks after the till to free some space, then try again.</source>
        <translation>Disken er fuld, så dette kunne ikke gemmes. Intet gik tabt. Bed den, der passer kassen, om at frigøre plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The till cannot save anything: its database has become read-only. Nothing was saved. Ask whoever looks after the till.</source>
        <translation>Kassen kan ikke gemme noget: databasen er blevet skrivebeskyttet. Intet blev gemt. Spørg den, der passer kassen.</translation>
    </message>
    <message>
        <source>The database is busy with another till or the kiosk. Wait a moment and try again.</source>
        <translation>Databasen er optaget af en anden kasse eller kiosken. Vent et øjeblik og prøv igen.</translation>
    </message>
    <message>
        <source>The disk did not answer, so this could not be saved. Try again; if it happens again, call whoever looks after the till.</source>
        <translation>Disken svarede ikke, så dette kunne ikke gemmes. Prøv igen; sker det igen, så ring til den, der passer kassen.</translation>
    </message>
    <message>
        <source>Something with the same name or code is already there, so nothing was saved.</source>
        <translation>Der findes allerede noget med samme navn eller kode, så intet blev gemt.</translation>
    </message>
    <message>
        <source>This refers to something that is not there any more, so nothing was saved.</source>
        <translation>Dette henviser til noget, der ikke findes længere, så intet blev gemt.</translation>
    </message>
    <message>
        <source>The till&apos;s database is damaged. Stop selling and call the manager: the last backup must be put back.</source>
        <translation>Kassens database er beskadiget. Stop salget og ring til lederen: den seneste sikkerhedskopi skal lægges tilbage.</translation>
    </message>
    <message>
        <source>The database refused to save this, so nothing was saved. Tell whoever looks after the till; the details are in the till&apos;s log.</source>
        <translation>Databasen nægtede at gemme dette, så intet blev gemt. Sig det til den, der passer kassen; detaljerne står i kassens log.</translation>
    </message>
    <message>
        <source>The till lost its connection to the database server, so this was not saved. Check that the server is on and the network cable is in, then try again.</source>
        <translation>Kassen mistede forbindelsen til databaseserveren, så dette blev ikke gemt. Tjek at serveren er tændt, og at netværkskablet sidder i, og prøv igen.</translation>
    </message>
</context>
</TS>
