<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Back to start</source>
        <translation>Tilbake til start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Nothing is planned for this week and next yet. Ask at the counter.</source>
        <translation>Ingenting er planlagt denne uka og neste ennå. Spør i disken.</translation>
    </message>
    <message>
        <source>Cancel my place</source>
        <translation>Meld meg av</translation>
    </message>
    <message>
        <source>What may we call you? A nickname is enough — no real name.</source>
        <translation>Hva kan vi kalle deg? Et kallenavn holder – ikke ekte navn.</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Meld meg på</translation>
    </message>
    <message>
        <source>Or pick one:</source>
        <translation>Eller velg et:</translation>
    </message>
    <message>
        <source>Or hold your coffee card under the scanner.</source>
        <translation>Eller hold kaffekortet ditt under skanneren.</translation>
    </message>
    <message>
        <source>Type the code from your slip:</source>
        <translation>Skriv koden fra lappen din:</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation>Denne uka og neste</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation>Endre aktiviteten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Plasser (tomt: ingen grense)</translation>
    </message>
    <message>
        <source>Waiting list when full</source>
        <translation>Venteliste når det er fullt</translation>
    </message>
    <message>
        <source>Price (empty: free)</source>
        <translation>Pris (tomt: gratis)</translation>
    </message>
    <message>
        <source>Weeks in a row</source>
        <translation>Uker på rad</translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation>Sett den på programmet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>Avlys aktiviteten</translation>
    </message>
    <message>
        <source>Print the attendance list</source>
        <translation>Skriv ut oppmøtelisten</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Påmeldte</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Ingen ennå.</translation>
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
        <translation>Avbestill</translation>
    </message>
    <message>
        <source>Sign-up closes, hours before (empty: at the start)</source>
        <translation>Påmelding stenger, timer før (tomt: ved start)</translation>
    </message>
    <message>
        <source>My place</source>
        <translation>Min plass</translation>
    </message>
    <message>
        <source>Check my place</source>
        <translation>Sjekk plassen min</translation>
    </message>
</context>
<context>
    <name>AmountPad</name>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 is full. Make room there (or choose another folder in [database] backup_directory) and try again.</source>
        <translation>Sikkerhetskopimappen %1 er full. Gjør plass der (eller velg en annen mappe i [database] backup_directory) og prøv igjen.</translation>
    </message>
    <message>
        <source>Aktivkafe may not write in the backup folder %1. Give it write access (or choose another folder in [database] backup_directory).</source>
        <translation>Aktivkafe får ikke skrive i sikkerhetskopimappen %1. Gi den skrivetilgang (eller velg en annen mappe i [database] backup_directory).</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2.</source>
        <translation>Sikkerhetskopien kunne ikke skrives i %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation>%1 er skadet (SQLites integritetskontroll: %2).</translation>
    </message>
    <message>
        <source>The journal in %1 does not verify: %2</source>
        <translation>Journalen i %1 stemmer ikke: %2</translation>
    </message>
    <message>
        <source>A café kept only in memory cannot be backed up.</source>
        <translation>En kafé som bare finnes i minnet, kan ikke sikkerhetskopieres.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or set [database] backup_directory to a folder that does.</source>
        <translation>Sikkerhetskopimappen %1 finnes ikke. Opprett den, eller sett [database] backup_directory til en mappe som finnes.</translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] backup_directory must name one.</source>
        <translation>%1 er ikke en mappe; [database] backup_directory må være en mappe.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>Den gamle sikkerhetskopien %1 kunne ikke slettes.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Sikkerhetskopien og databasen er samme fil.</translation>
    </message>
    <message>
        <source>%1 was not restored: %2 The café&apos;s database was not touched.</source>
        <translation>%1 ble ikke gjenopprettet: %2 Kafeens database er ikke rørt.</translation>
    </message>
    <message>
        <source>%1 is running on %2. Close the till and the kiosk first, then restore.</source>
        <translation>%1 kjører på %2. Lukk kassen og kiosken først, og gjenopprett så.</translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 (%2); nothing was restored.</source>
        <translation>Den nåværende databasen kunne ikke tas vare på som %1 (%2); ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>The current file could not be kept as %1; nothing was restored.</source>
        <translation>Den nåværende filen kunne ikke tas vare på som %1; ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>The backup stick (%1) is full. Delete old files from it or use a bigger stick.</source>
        <translation>Minnepinnen med sikkerhetskopier (%1) er full. Slett gamle filer fra den, eller bruk en større minnepinne.</translation>
    </message>
    <message>
        <source>Aktivkafe may not write on the backup stick (%1): it is read-only or write-protected, or the folder does not let Aktivkafe write in it.</source>
        <translation>Aktivkafe får ikke skrive på minnepinnen med sikkerhetskopier (%1): den er skrivebeskyttet, eller mappen gir ikke Aktivkafe lov til å skrive i den.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the backup stick (%1): %2.</source>
        <translation>Sikkerhetskopien kunne ikke kopieres til minnepinnen (%1): %2.</translation>
    </message>
    <message>
        <source>The second backup folder %1 is not there: is the backup stick plugged in?</source>
        <translation>Den andre sikkerhetskopimappen %1 finnes ikke: er minnepinnen med sikkerhetskopier satt i?</translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] second_backup_directory must name one.</source>
        <translation>%1 er ikke en mappe; [database] second_backup_directory må være en mappe.</translation>
    </message>
</context>
<context>
    <name>CafeCopy</name>
    <message>
        <source>%1 already holds a café (its %2 are not empty). A café is only copied into a new, empty database; nothing was changed.</source>
        <translation>%1 har allerede en kafé (%2 er ikke tomme). En kafé kopieres bare til en ny, tom database; ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 could not be read from %2: %3</source>
        <translation>%1 kunne ikke leses fra %2: %3</translation>
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
        <translation>Kopien i %1 har %2 rader i %3 i stedet for %4.</translation>
    </message>
    <message>
        <source>The sales in %1 add up to %2 instead of %3 (in øre/cents).</source>
        <translation>Salgene i %1 blir til sammen %2 i stedet for %3 (i øre).</translation>
    </message>
    <message>
        <source>The journal copied into %1 does not verify: %2</source>
        <translation>Journalen som ble kopiert til %1, stemmer ikke: %2</translation>
    </message>
    <message>
        <source>it ends elsewhere</source>
        <translation>den slutter et annet sted</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at %4; both must be opened by this version of Aktivkafe first.</source>
        <translation>%1 har skjemaversjon %2 og %3 har %4; begge må først åpnes av denne versjonen av Aktivkafe.</translation>
    </message>
    <message>
        <source>The table %1 is not the same in %2 and %3.</source>
        <translation>Tabellen %1 er ikke lik i %2 og %3.</translation>
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
        <translation>Takk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
</context>
<context>
    <name>CardTypesScreen</name>
    <message>
        <source>Back to coffee cards</source>
        <translation>Tilbake til kaffekort</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>Korttyper</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ta ut av bruk</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Bruk igjen</translation>
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
        <translation>Dagspass</translation>
    </message>
    <message>
        <source>Name, e.g. “Welcome – 5 cups”</source>
        <translation>Navn, f.eks. «Velkommen – 5 kopper»</translation>
    </message>
    <message>
        <source>Cups (empty: unlimited)</source>
        <translation>Kopper (tomt: ubegrenset)</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Gyldig i (dager)</translation>
    </message>
    <message>
        <source>Programme or reason, e.g. “Welcome”</source>
        <translation>Program eller grunn, f.eks. «Velkommen»</translation>
    </message>
    <message>
        <source>Add the card type</source>
        <translation>Legg til korttypen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Give-away budgets</source>
        <translation>Budsjett for gratiskopper</translation>
    </message>
    <message>
        <source>80 % used</source>
        <translation>80 % brukt</translation>
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
        <translation>Sett månedsbudsjett</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Card types and figures</source>
        <translation>Korttyper og tall</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>Give out a free card</source>
        <translation>Gi ut et gratiskort</translation>
    </message>
    <message>
        <source>There are no free card types yet. A manager adds them under “Card types”.</source>
        <translation>Det finnes ingen gratiskort ennå. En leder legger dem til under «Korttyper».</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>What the card is for</source>
        <translation>Hva kortet er til</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gyldig i</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Skriv ut kortet</translation>
    </message>
    <message>
        <source>Print and bind a chip</source>
        <translation>Skriv ut og koble til en brikke</translation>
    </message>
    <message>
        <source>Look at a card</source>
        <translation>Se på et kort</translation>
    </message>
    <message>
        <source>Scan the card, or type the code printed under the QR code.</source>
        <translation>Skann kortet, eller skriv koden som står under QR-koden.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Bind a chip</source>
        <translation>Koble til en brikke</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Levert tilbake</translation>
    </message>
    <message>
        <source>Block (lost)</source>
        <translation>Sperr (mistet)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>The count does not match the coins and notes of this till.</source>
        <translation>Tellingen passer ikke med myntene og sedlene i denne kassen.</translation>
    </message>
    <message>
        <source>%1: type how many there are, as a whole number (like 12), not &quot;%2&quot;.</source>
        <translation>%1: skriv hvor mange det er, som et helt tall (som 12), ikke «%2».</translation>
    </message>
    <message>
        <source>%1: %2 is more than a drawer holds; count again.</source>
        <translation>%1: %2 er mer enn en skuff rommer; tell på nytt.</translation>
    </message>
</context>
<context>
    <name>CashScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>The drawer</source>
        <translation>Kassaskuffen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Change from the bank, milk from the shop …</source>
        <translation>Veksel fra banken, melk fra butikken …</translation>
    </message>
    <message>
        <source>Put into the drawer</source>
        <translation>Legg i skuffen</translation>
    </message>
    <message>
        <source>Take out of the drawer</source>
        <translation>Ta ut av skuffen</translation>
    </message>
    <message>
        <source>Open the drawer (no sale)</source>
        <translation>Åpne skuffen (uten salg)</translation>
    </message>
    <message>
        <source>End the shift: count the drawer</source>
        <translation>Avslutt vakten: tell kassaskuffen</translation>
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
        <translation>Nei, jeg har vært her før</translation>
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
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Noen å snakke med</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ikke bra</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Sånn passe</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Greit</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Veldig bra</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Takk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
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
        <translation>Din telling: %1</translation>
    </message>
    <message>
        <source>Only whole numbers of coins and notes, please.</source>
        <translation>Skriv bare hele tall for mynter og sedler.</translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <source>The count is stored</source>
        <translation>Tellingen er lagret</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>Tell kassaskuffen</translation>
    </message>
    <message>
        <source>Count everything in the drawer and type how many there are of each coin and note. You will see what the till expected once the count is stored.</source>
        <translation>Tell alt i skuffen og skriv hvor mange det er av hver mynt og seddel. Du får se hva kassen ventet når tellingen er lagret.</translation>
    </message>
    <message>
        <source>Counted together with (if anyone):</source>
        <translation>Talt sammen med (hvis noen):</translation>
    </message>
    <message>
        <source>Store the count</source>
        <translation>Lagre tellingen</translation>
    </message>
    <message>
        <source>You counted</source>
        <translation>Du talte</translation>
    </message>
    <message>
        <source>The till expected</source>
        <translation>Kassen ventet</translation>
    </message>
    <message>
        <source>Counting is hard and differences happen. If you know why, say it in a few words.</source>
        <translation>Telling er vanskelig, og avvik skjer. Vet du hvorfor, si det med noen få ord.</translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation>Endre forklaringen</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Lagre forklaringen</translation>
    </message>
    <message>
        <source>This difference is above the café&apos;s limit: a manager signs it off with their PIN.</source>
        <translation>Avviket er over kafeens grense: en leder godkjenner det med sin PIN.</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation>Lederens PIN:</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>CupsBackend</name>
    <message>
        <source>Printing through CUPS is not installed with this program (%1).</source>
        <translation>Utskrift gjennom CUPS er ikke installert med dette programmet (%1).</translation>
    </message>
    <message>
        <source>%1 is not the CUPS module of this version of the program.</source>
        <translation>%1 er ikke CUPS-modulen til denne versjonen av programmet.</translation>
    </message>
</context>
<context>
    <name>CupsReportPrint</name>
    <message>
        <source>The print server did not take the report for %1: %2</source>
        <translation>Utskriftsserveren tok ikke imot rapporten til %1: %2</translation>
    </message>
    <message>
        <source>The report %1 cannot be read: %2</source>
        <translation>Rapporten %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The print server %1 does not answer. Is CUPS running?</source>
        <translation>Utskriftsserveren %1 svarer ikke. Kjører CUPS?</translation>
    </message>
    <message>
        <source>The print server %1 has no printer queue called %2. &apos;lpstat -p&apos; lists the queues there.</source>
        <translation>Utskriftsserveren %1 har ingen skriverkø som heter %2. &apos;lpstat -p&apos; viser køene der.</translation>
    </message>
</context>
<context>
    <name>DayCloseScreen</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Avslutt dagen</translation>
    </message>
    <message>
        <source>1. Count the drawer</source>
        <translation>1. Tell kassaskuffen</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Skriv ut X-rapport</translation>
    </message>
    <message>
        <source>Take the Z report and close the day</source>
        <translation>Ta Z-rapport og avslutt dagen</translation>
    </message>
    <message>
        <source>After the Z report nothing more can be sold on this business day. A backup is written first. Close the day now?</source>
        <translation>Etter Z-rapporten kan ingenting mer selges på denne salgsdagen. Først tas en sikkerhetskopi. Avslutte dagen nå?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Sign off the count differences</source>
        <translation>Godkjenn avvikene i tellingene</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>There is no business day %1.</source>
        <translation>Det finnes ingen salgsdag %1.</translation>
    </message>
    <message>
        <source>Nothing has been sold on %1 yet: no shift has been opened.</source>
        <translation>Ingenting er solgt på %1 ennå: ingen vakt er åpnet.</translation>
    </message>
    <message>
        <source>No business day is open on %1: the last one has had its Z report already.</source>
        <translation>Ingen salgsdag er åpen på %1: den siste har allerede fått sin Z-rapport.</translation>
    </message>
    <message>
        <source>The drawer has not been counted: close the shift with a count first, then take the Z report.</source>
        <translation>Skuffen er ikke telt opp: avslutt vakten med en opptelling først, og ta så Z-rapporten.</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s) wait on this till. Resume each and finish or cancel it, then take the Z report.</source>
        <translation>
            <numerusform>%n parkert salg venter på denne kassen. Hent det fram og fullfør eller avbryt det, og ta så Z-rapporten.</numerusform>
            <numerusform>%n parkerte salg venter på denne kassen. Hent hvert av dem fram og fullfør eller avbryt det, og ta så Z-rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Z report %1 on %2.</source>
        <translation>Det finnes ingen Z-rapport %1 på %2.</translation>
    </message>
    <message>
        <source>The count at the end of %1&apos;s shift differs by more than the café&apos;s limit and waits for a manager&apos;s sign-off. Sign it off, then take the Z report.</source>
        <translation>Tellingen ved slutten av vakten til %1 avviker mer enn kafeens grense og venter på en leders godkjenning. Godkjenn den, og ta så Z-rapporten.</translation>
    </message>
</context>
<context>
    <name>DeviceError</name>
    <message>
        <source>The device is not connected.</source>
        <translation>Enheten er ikke koblet til.</translation>
    </message>
    <message>
        <source>The device is offline. Check that it is switched on.</source>
        <translation>Enheten er frakoblet. Sjekk at den er slått på.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Ask a volunteer to put in a new roll.</source>
        <translation>Skriveren er tom for papir. Be en frivillig sette i en ny rull.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it firmly.</source>
        <translation>Lokket på skriveren er åpent. Lukk det godt.</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>Enheten svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The connection to the device failed.</source>
        <translation>Forbindelsen til enheten feilet.</translation>
    </message>
    <message>
        <source>This device cannot do that.</source>
        <translation>Denne enheten kan ikke gjøre det.</translation>
    </message>
    <message>
        <source>The device is not ready for that yet.</source>
        <translation>Enheten er ikke klar til det ennå.</translation>
    </message>
    <message>
        <source>The device is in use by another program.</source>
        <translation>Enheten brukes av et annet program.</translation>
    </message>
    <message>
        <source>The device settings are not valid.</source>
        <translation>Innstillingene for enheten er ikke gyldige.</translation>
    </message>
    <message>
        <source>The printer reports an error: open the cover, take out any stuck paper and close it again.</source>
        <translation>Skriveren melder en feil: åpne lokket, ta ut papir som sitter fast, og lukk det igjen.</translation>
    </message>
</context>
<context>
    <name>DiscountReasonRepository</name>
    <message>
        <source>&quot;%1&quot; is not a discount reason.</source>
        <translation>«%1» er ikke en rabattgrunn.</translation>
    </message>
    <message>
        <source>A discount reason needs a code and a text.</source>
        <translation>En rabattgrunn må ha en kode og en tekst.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used.</source>
        <translation>Koden «%1» er allerede i bruk.</translation>
    </message>
</context>
<context>
    <name>EvdevWedgeReader</name>
    <message>
        <source>Plug the scanner in again.</source>
        <translation>Sett inn skanneren igjen.</translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Programmet får ikke lese skanneren (%1): legg brukeren til i gruppen aktivkafe; udev-regelen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>Unknown scanner keyboard layout &quot;%1&quot;.</source>
        <translation>Ukjent tastaturoppsett for skanneren: «%1».</translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation>Ingen skanner er satt opp.</translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation>%1 er ikke en skanner.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Aktivkafe: a new café</source>
        <translation>Aktivkafe: en ny kafé</translation>
    </message>
    <message>
        <source>New café — step %1 of 4</source>
        <translation>Ny kafé – steg %1 av 4</translation>
    </message>
    <message>
        <source>Welcome to Aktivkafe</source>
        <translation>Velkommen til Aktivkafe</translation>
    </message>
    <message>
        <source>About the café</source>
        <translation>Om kafeen</translation>
    </message>
    <message>
        <source>The café&apos;s manager</source>
        <translation>Kafeens leder</translation>
    </message>
    <message>
        <source>The receipt printer</source>
        <translation>Kvitteringsskriveren</translation>
    </message>
    <message>
        <source>The café is ready</source>
        <translation>Kafeen er klar</translation>
    </message>
    <message>
        <source>The café&apos;s name, as on the receipts</source>
        <translation>Kafeens navn, slik det står på kvitteringene</translation>
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
        <translation>Organisasjonsnummer (9 sifre)</translation>
    </message>
    <message>
        <source>CVR number (8 digits)</source>
        <translation>CVR-nummer (8 sifre)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Registered for VAT?</source>
        <translation>Registrert i Merverdiavgiftsregisteret?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The manager closes the day, adds volunteers and sees the reports. Their first name:</source>
        <translation>Lederen avslutter dagen, legger til frivillige og ser rapportene. Lederens fornavn:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 6 digits that is not easy to guess.</source>
        <translation>Velg en PIN-kode på 4 til 6 sifre som ikke er lett å gjette.</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Tast den samme PIN-koden en gang til.</translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation>PIN-koden er valgt.</translation>
    </message>
    <message>
        <source>These receipt printers are plugged in. Choose the café&apos;s, and print a test page to be sure.</source>
        <translation>Disse kvitteringsskriverne er koblet til. Velg kafeens, og skriv ut en testside for å være sikker.</translation>
    </message>
    <message>
        <source>No receipt printer is plugged in. Plug it in (USB) and look again, or go on without one: the till then sells without paper receipts, and a printer can be added later.</source>
        <translation>Ingen kvitteringsskriver er koblet til. Koble den til (USB) og se etter igjen, eller fortsett uten: kassen selger da uten papirkvitteringer, og en skriver kan legges til senere.</translation>
    </message>
    <message>
        <source>No printer yet</source>
        <translation>Ingen skriver ennå</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Se etter igjen</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Skriv ut en testside</translation>
    </message>
    <message>
        <source>The café is made. The manager logs in with their name and PIN; on the Staff page they add the volunteers.</source>
        <translation>Kafeen er laget. Lederen logger inn med navnet sitt og PIN-koden; på siden Personale legger lederen til de frivillige.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Make the café</source>
        <translation>Lag kafeen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Start the till</source>
        <translation>Start kassen</translation>
    </message>
    <message>
        <source>There is no café on this PC yet. A few questions, and the till is ready. Everything can be changed later.</source>
        <translation>Det finnes ingen kafé på denne PC-en ennå. Noen få spørsmål, så er kassen klar. Alt kan endres senere.</translation>
    </message>
    <message>
        <source>Which language should the screens start in?</source>
        <translation>Hvilket språk skal skjermene starte på?</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>Visits per day</source>
        <translation>Besøk per dag</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>QDate format of a day&apos;s label</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>Visits per week (ISO weeks, days inside the period only)</source>
        <translation>Besøk per uke (ISO-uker, bare dager i perioden)</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <source>Visits per month (days inside the period only)</source>
        <translation>Besøk per måned (bare dager i perioden)</translation>
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
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Noen å snakke med</translation>
    </message>
    <message>
        <source>Visits by hour of the day (local time)</source>
        <translation>Besøk per time på døgnet (lokal tid)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke svart</translation>
    </message>
    <message>
        <source>New and returning visitors</source>
        <translation>Nye og gjentatte besøkende</translation>
    </message>
    <message>
        <source>New (first day the card was seen)</source>
        <translation>Nye (første dag kortet ble sett)</translation>
    </message>
    <message>
        <source>Returning (card seen on an earlier day)</source>
        <translation>Gjentatte (kortet sett en tidligere dag)</translation>
    </message>
    <message>
        <source>No card scanned</source>
        <translation>Ingen kort skannet</translation>
    </message>
    <message>
        <source>“Is this your first time here?”</source>
        <translation>«Er det første gang du er her?»</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>“What brings you today?”</source>
        <translation>«Hva kommer du for i dag?»</translation>
    </message>
    <message>
        <source>“How are you today?” (1 bad … 5 good)</source>
        <translation>«Hvordan har du det i dag?» (1 dårlig … 5 godt)</translation>
    </message>
    <message>
        <source>Activities held (not cancelled, and started)</source>
        <translation>Aktiviteter holdt (ikke avlyst, og startet)</translation>
    </message>
    <message>
        <source>Activities cancelled</source>
        <translation>Aktiviteter avlyst</translation>
    </message>
    <message>
        <source>Sign-ups to activities held</source>
        <translation>Påmeldinger til aktiviteter som ble holdt</translation>
    </message>
    <message>
        <source>Sign-ups withdrawn</source>
        <translation>Påmeldinger trukket</translation>
    </message>
    <message>
        <source>Came (ticked as attended)</source>
        <translation>Kom (krysset av som møtt)</translation>
    </message>
    <message>
        <source>Did not come (had a place, not ticked)</source>
        <translation>Kom ikke (hadde plass, ikke krysset av)</translation>
    </message>
    <message>
        <source>Put on the waitlist</source>
        <translation>Satt på venteliste</translation>
    </message>
    <message>
        <source>Got a place from the waitlist</source>
        <translation>Fikk plass fra ventelisten</translation>
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
        <translation>«&lt;5» er et tall fra 1 til 4. Så små tall vises ikke, slik at ingen kan kjennes igjen av dem.</translation>
    </message>
    <message>
        <source>“:” is a count of 5 or more that is not shown, so that a count under 5 cannot be worked out from a total and the other counts.</source>
        <translation>«:» er et tall på 5 eller mer som ikke vises, slik at et tall under 5 ikke kan regnes ut fra en sum og de andre tallene.</translation>
    </message>
    <message>
        <source>Visits are anonymous check-ins. New or returning is known only when the visitor scanned their own coffee card.</source>
        <translation>Besøk er anonyme innsjekkinger. Om en besøkende er ny eller har vært her før, vet vi bare når de skannet sitt eget kaffekort.</translation>
    </message>
    <message>
        <source>Activities count as held when they were not cancelled and had started by %1. Sign-up figures count held activities only.</source>
        <translation>En aktivitet regnes som holdt når den ikke ble avlyst og hadde startet innen %1. Påmeldingstallene gjelder bare aktiviteter som ble holdt.</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alle besøk</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Besøk i perioden</translation>
    </message>
    <message>
        <source>Report for funders</source>
        <translation>Rapport til tilskuddsgivere</translation>
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
        <translation>Sett inn skanneren igjen.</translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation>Ingen skanner er satt opp.</translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Programmet får ikke lese skanneren (%1): legg brukeren til i gruppen aktivkafe; udev-regelen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation>%1 er ikke en skanner.</translation>
    </message>
    <message>
        <source>%1 is not a barcode scanner in USB HID POS mode. Set the scanner to HID POS with the setup code in its manual, or set it up as a keyboard scanner.</source>
        <translation>%1 er ikke en strekkodeskanner i USB HID POS-modus. Sett skanneren i HID POS med oppsettkoden i bruksanvisningen, eller sett den opp som tastaturskanner.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The journal was changed: %1.</source>
        <translation>Journalen er endret: %1.</translation>
    </message>
    <message>
        <source>The journal ends before entry %1, which was recorded outside the database: entries were cut from its end.</source>
        <translation>Journalen slutter før post %1, som ble notert utenfor databasen: poster er fjernet fra slutten.</translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry recorded outside the database: the journal was rewritten from there on.</source>
        <translation>Post %1 i journalen er ikke posten som ble notert utenfor databasen: journalen er skrevet om derfra.</translation>
    </message>
</context>
<context>
    <name>IntegrityGate</name>
    <message>
        <source>The till could not read its journal: %1</source>
        <translation>Kassen fikk ikke lest journalen sin: %1</translation>
    </message>
    <message>
        <source>Selling is stopped: the till found that its records were changed. A manager must read the warning and confirm it first.</source>
        <translation>Salget er stoppet: kassen fant ut at opptegnelsene dens er endret. En leder må lese varselet og bekrefte det først.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Det finnes ingen på personallisten med nummer %1.</translation>
    </message>
</context>
<context>
    <name>IntegrityScreen</name>
    <message>
        <source>Stop: the till&apos;s records were changed</source>
        <translation>Stopp: kassens opptegnelser er endret</translation>
    </message>
    <message>
        <source>When the till started, it checked its electronic journal, the record of every sale that the law asks a café to keep. Something in it is not as the till left it. This can mean that someone changed the till&apos;s data by hand, or that the disk is failing.</source>
        <translation>Da kassen startet, sjekket den den elektroniske journalen, oversikten over alle salg som loven krever at kafeen tar vare på. Noe i den er ikke slik kassen etterlot det. Det kan bety at noen har endret kassens data for hånd, eller at disken er i ferd med å svikte.</translation>
    </message>
    <message>
        <source>Selling is stopped until you have read this. Write down or photograph what is listed above, keep the database as it is, and tell whoever looks after the till. Then confirm: your confirmation is recorded in the journal, and selling starts again.</source>
        <translation>Salget er stoppet til du har lest dette. Skriv ned eller ta bilde av det som står over, la databasen være som den er, og si fra til den som har ansvar for kassen. Bekreft så: bekreftelsen din føres i journalen, og salget starter igjen.</translation>
    </message>
    <message>
        <source>Selling is stopped until a manager has read this. Please call the manager; nothing you did caused it. Log out so that the manager can log in.</source>
        <translation>Salget er stoppet til en leder har lest dette. Ring lederen; det er ikke noe du har gjort. Logg ut så lederen kan logge inn.</translation>
    </message>
    <message>
        <source>I have read this: start selling again</source>
        <translation>Jeg har lest dette: start salget igjen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The till&apos;s journal is damaged: the record of its last entry is missing. Nothing was saved. Call the manager; &apos;aktivkafe journal verify&apos; shows what is wrong.</source>
        <translation>Kassens journal er skadet: opptegnelsen av den siste posten mangler. Ingenting ble lagret. Ring lederen; «aktivkafe journal verify» viser hva som er galt.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is on shift?</source>
        <translation>Hvem er på vakt?</translation>
    </message>
    <message>
        <source>Hi %1, type your PIN</source>
        <translation>Hei %1, tast inn PIN-koden din</translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet. A manager adds people with “aktivkafe staff add”.</source>
        <translation>Ingen står på personallisten ennå. En leder legger til folk med «aktivkafe staff add».</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Ikke meg</translation>
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
        <translation>TRENING — ingenting som selges nå, er et ekte salg</translation>
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
        <translation>Denne kiosken er ikke klar ennå. Spør en frivillig.</translation>
    </message>
    <message>
        <source>For whoever sets it up: the till makes the café the first time it starts. This screen starts the kiosk by itself as soon as the café is there.</source>
        <translation>Til den som setter den opp: kassen lager kafeen første gang den starter. Denne skjermen starter kiosken av seg selv så snart kafeen finnes.</translation>
    </message>
</context>
<context>
    <name>PaymentPlan</name>
    <message>
        <source>The amount is in another currency.</source>
        <translation>Beløpet er i en annen valuta.</translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation>Tast kontantbeløpet, mer enn null.</translation>
    </message>
    <message>
        <source>Cash is counted in whole kroner.</source>
        <translation>Kontanter regnes i hele kroner.</translation>
    </message>
    <message>
        <source>Cash is counted in steps of 50 øre.</source>
        <translation>Kontanter regnes i trinn på 50 øre.</translation>
    </message>
    <message>
        <source>The sale is already paid.</source>
        <translation>Salget er allerede betalt.</translation>
    </message>
    <message>
        <source>A refund cannot pay out more than is owed.</source>
        <translation>Du kan ikke betale tilbake mer enn kunden har til gode.</translation>
    </message>
    <message>
        <source>Type the amount, more than zero.</source>
        <translation>Tast beløpet, mer enn null.</translation>
    </message>
    <message>
        <source>Only cash can be more than what remains; take at most the remaining amount.</source>
        <translation>Bare kontant kan være mer enn det som er igjen å betale; ta høyst det som er igjen.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>Den betalingen finnes ikke.</translation>
    </message>
    <message>
        <source>Scan the coffee card.</source>
        <translation>Skann kaffekortet.</translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
        <translation>Penger kan ikke betales tilbake til et kaffekort.</translation>
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
        <translation>Tast et beløp for å dele betalingen, eller trykk bare på hvordan det betales.</translation>
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
        <translation>Akkurat %1</translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation>Andre måter</translation>
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
        <translation>Vipps / MobilePay %1</translation>
    </message>
    <message>
        <source>Vipps / MobilePay</source>
        <translation>Vipps / MobilePay</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Left to pay: %1</source>
        <translation>Igjen å betale: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Vekslepenger: %1</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Tilbake til salget</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Gi tilbake</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen vekslepenger</translation>
    </message>
    <message>
        <source>Receipt, please</source>
        <translation>Kvittering, takk</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Ingen kvittering</translation>
    </message>
    <message>
        <source>Vipps / MobilePay reference (optional)</source>
        <translation>Vipps-referanse (valgfritt)</translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation>Kaffekort</translation>
    </message>
    <message>
        <source>Scan the coffee card, or type its code:</source>
        <translation>Skann kaffekortet, eller skriv koden:</translation>
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
        <translation>Kortlesertjenesten (pcscd) kjører ikke.</translation>
    </message>
    <message>
        <source>Plug the card reader in again.</source>
        <translation>Sett inn kortleseren igjen.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsatt)</translation>
    </message>
    <message>
        <source>The report could not be made into a PDF.</source>
        <translation>Rapporten kunne ikke gjøres om til PDF.</translation>
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
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>PrinterScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvitteringsskriver</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Skriv ut en testside</translation>
    </message>
    <message>
        <source>These were printing when the till stopped. Did they come out?</source>
        <translation>Disse ble skrevet ut da kassen stoppet. Kom de ut?</translation>
    </message>
    <message>
        <source>Yes, it printed</source>
        <translation>Ja, den kom ut</translation>
    </message>
    <message>
        <source>No, print it again</source>
        <translation>Nei, skriv ut på nytt</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassaskuff</translation>
    </message>
    <message>
        <source>Test the drawer</source>
        <translation>Test skuffen</translation>
    </message>
    <message>
        <source>Drawer test</source>
        <translation>Test av skuffen</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Kortlesere</translation>
    </message>
    <message>
        <source>No card reader is set up.</source>
        <translation>Ingen kortleser er satt opp.</translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>Sist lest: %1</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Ingenting lest ennå.</translation>
    </message>
</context>
<context>
    <name>ProtectedTriggers</name>
    <message>
        <source>The protection that keeps the journal and completed sales from being changed was removed from the database (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation>Beskyttelsen som hindrer at journalen og fullførte salg blir endret, er fjernet fra databasen (%1). Kjør «aktivkafe init» for å sette den tilbake.</translation>
    </message>
    <message>
        <source>The protection of the journal and completed sales was rewritten (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation>Beskyttelsen av journalen og fullførte salg er skrevet om (%1). Kjør «aktivkafe init» for å sette den tilbake.</translation>
    </message>
    <message>
        <source>The database has triggers that are not part of Aktivkafe (%1); they could change data behind the till&apos;s back. Run &apos;aktivkafe init&apos; to remove them.</source>
        <translation>Databasen har triggere som ikke hører til Aktivkafe (%1); de kan endre data bak kassens rygg. Kjør «aktivkafe init» for å fjerne dem.</translation>
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
        <translation>Kvitteringsnummer</translation>
    </message>
    <message>
        <source>Find the receipt</source>
        <translation>Finn kvitteringen</translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>Cash back</source>
        <translation>Kontant tilbake</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Tilbake på kortet</translation>
    </message>
    <message>
        <source>A manager approves:</source>
        <translation>En leder godkjenner:</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation>Lederens PIN-kode:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Receipts and returns</source>
        <translation>Kvitteringer og retur</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Skriv ut en kopi</translation>
    </message>
    <message>
        <source>To return something, choose how many of each come back:</source>
        <translation>For å returnere: velg hvor mange av hver som kommer tilbake:</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Kvitteringsnr.</translation>
    </message>
</context>
<context>
    <name>SaftExport</name>
    <message>
        <source>The café has no organisation number. A SAF-T file names the company by it: set [cafe] org_number in the configuration.</source>
        <translation>Kafeen har ikke organisasjonsnummer. En SAF-T-fil oppgir virksomheten med det: sett [cafe] org_number i konfigurasjonen.</translation>
    </message>
    <message>
        <source>The period %1 to %2 is empty: the last day must not come before the first.</source>
        <translation>Perioden %1 til %2 er tom: siste dag kan ikke komme før første.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The signature chain of till %1 is broken at %2receipt %3 (%4): %5. The export stops here rather than hand over a file that hides it; run &apos;aktivkafe journal verify&apos; and keep the database as it is for the accountant.</source>
        <translation>Signaturkjeden til kasse %1 er brutt ved %2kvittering %3 (%4): %5. Eksporten stopper her i stedet for å levere en fil som skjuler det; kjør «aktivkafe journal verify» og ta vare på databasen som den er, til regnskapsføreren.</translation>
    </message>
    <message>
        <source>training </source>
        <translation>trenings</translation>
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
        <translation>den kommer etter kvittering %1, i feil rekkefølge</translation>
    </message>
    <message>
        <source>receipt %1 before it is missing</source>
        <translation>kvittering %1 foran den mangler</translation>
    </message>
    <message>
        <source>it was signed with key version %1, which this database does not hold</source>
        <translation>den er signert med nøkkelversjon %1, som denne databasen ikke har</translation>
    </message>
    <message>
        <source>its signature does not match its date, number and amounts chained to the receipt before it (changed after it was signed, or a receipt before it was)</source>
        <translation>signaturen stemmer ikke med dato, nummer og beløp kjedet til kvitteringen foran (endret etter at den ble signert, eller en kvittering foran den ble det)</translation>
    </message>
    <message>
        <source>The sales of till %1 could not be read to the end.</source>
        <translation>Salgene til kasse %1 kunne ikke leses til slutt.</translation>
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
        <translation>treningskvittering %1 på %2</translation>
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
        <translation>%1 står ikke i journalen: den er lagt inn i databasen utenom kassen.</translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded in journal entry %2: its totals, lines or payments are no longer what was sold.</source>
        <translation>%1 er endret etter at den ble ført i journalpost %2: beløp, linjer eller betalinger er ikke lenger det som ble solgt.</translation>
    </message>
    <message>
        <source>Journal entries %1 and %2 both record %3.</source>
        <translation>Journalpost %1 og %2 fører begge %3.</translation>
    </message>
    <message>
        <source>Lines or payments of sale %1 are still there, but the sale itself was deleted.</source>
        <translation>Linjer eller betalinger fra salg %1 finnes fortsatt, men selve salget er slettet.</translation>
    </message>
</context>
<context>
    <name>SaleDraft</name>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 selges ikke lenger.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but the till sells in %3.</source>
        <translation>%1 har pris i %2, men kassen selger i %3.</translation>
    </message>
    <message>
        <source>At most %1 of one product can be on a sale.</source>
        <translation>Et salg kan ha høyst %1 av samme vare.</translation>
    </message>
    <message>
        <source>That product is not on the sale.</source>
        <translation>Den varen er ikke med i salget.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1; to take the line off, remove it.</source>
        <translation>Antallet må være mellom 1 og %1; fjern linjen hvis den skal bort.</translation>
    </message>
    <message>
        <source>A discount must be between 1 and 100 %.</source>
        <translation>Rabatten må være mellom 1 og 100 %.</translation>
    </message>
    <message>
        <source>Choose a reason for the discount.</source>
        <translation>Velg en grunn til rabatten.</translation>
    </message>
    <message>
        <source>The discount is in another currency.</source>
        <translation>Rabatten er i en annen valuta.</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>Rabatten må være mer enn null.</translation>
    </message>
    <message>
        <source>A discount cannot be more than the sale&apos;s total.</source>
        <translation>Rabatten kan ikke være større enn summen for salget.</translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation>Salget har ingen varer.</translation>
    </message>
    <message>
        <source>The discount is now more than the sale&apos;s total; change or remove it.</source>
        <translation>Rabatten er nå større enn summen for salget; endre eller fjern den.</translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Det finnes ingen på personallisten med nummer %1.</translation>
    </message>
    <message>
        <source>%1 can no longer use the till.</source>
        <translation>%1 kan ikke lenger bruke kassen.</translation>
    </message>
    <message>
        <source>The payment was started for %1, but the sale now comes to %2.</source>
        <translation>Betalingen ble startet for %1, men salget er nå på %2.</translation>
    </message>
    <message>
        <source>The sale is not paid in full: %1 remains.</source>
        <translation>Salget er ikke ferdig betalt: %1 er igjen.</translation>
    </message>
    <message>
        <source>There is nothing to park.</source>
        <translation>Det er ingenting å parkere.</translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation>Det parkerte salget finnes ikke lenger.</translation>
    </message>
    <message>
        <source>There is no receipt number %1 on this till.</source>
        <translation>Det finnes ingen kvittering nr. %1 i denne kassen.</translation>
    </message>
    <message>
        <source>A copy of receipt %1 has already been printed; only one copy is allowed.</source>
        <translation>En kopi av kvittering nr. %1 er allerede skrevet ut; bare én kopi er tillatt.</translation>
    </message>
    <message>
        <source>A return cannot itself be returned.</source>
        <translation>En retur kan ikke selv returneres.</translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation>Velg hva som kommer tilbake.</translation>
    </message>
    <message>
        <source>A line is listed twice.</source>
        <translation>En linje står to ganger.</translation>
    </message>
    <message>
        <source>That line is not on receipt %1.</source>
        <translation>Den linjen står ikke på kvittering nr. %1.</translation>
    </message>
    <message>
        <source>Say how many of %1 come back.</source>
        <translation>Velg hvor mange av %1 som kommer tilbake.</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned (%3 sold, %4 already returned).</source>
        <translation>Bare %1 av %2 kan fortsatt returneres (%3 solgt, %4 allerede returnert).</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>En retur må ha en grunn.</translation>
    </message>
    <message>
        <source>The refund was started for %1, but the return comes to %2.</source>
        <translation>Tilbakebetalingen ble startet for %1, men returen er på %2.</translation>
    </message>
    <message>
        <source>The refund is not settled: %1 remains.</source>
        <translation>Tilbakebetalingen er ikke ferdig: %1 er igjen.</translation>
    </message>
    <message>
        <source>The sale was changed by another return; start again.</source>
        <translation>Salget ble endret av en annen retur; start på nytt.</translation>
    </message>
    <message>
        <source>A coffee card payment must go through the coffee card checkout, which takes the cup off the card.</source>
        <translation>En betaling med kaffekort må gå gjennom kaffekortkassen, som trekker koppen fra kortet.</translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
        <translation>Penger kan ikke betales tilbake til et kaffekort.</translation>
    </message>
    <message>
        <source>No shift is open at this till, so nothing can be sold: open a shift and count the float first.</source>
        <translation>Ingen vakt er åpnet på denne kassen, så ingenting kan selges: åpne en vakt og tell vekselkassen først.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Parked (%1)</source>
        <translation>Parkert (%1)</translation>
    </message>
    <message>
        <source>One less %1</source>
        <translation>En mindre %1</translation>
    </message>
    <message>
        <source>One more %1</source>
        <translation>En til %1</translation>
    </message>
    <message>
        <source>Tap a product to start a sale.</source>
        <translation>Trykk på en vare for å starte et salg.</translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation>Spise her</translation>
    </message>
    <message>
        <source>Take away</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parker</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Betal</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Parkerte salg</translation>
    </message>
    <message>
        <source>Discount on the whole sale: how much, and why?</source>
        <translation>Rabatt på hele salget: hvor mye, og hvorfor?</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Cancel this sale? It is counted as cancelled.</source>
        <translation>Avbryte dette salget? Det telles som avbrutt.</translation>
    </message>
    <message>
        <source>Yes, cancel the sale</source>
        <translation>Ja, avbryt salget</translation>
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
        <translation>Servert</translation>
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
        <translation>Statistikk til tilskuddsgivere</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Skuffen</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Avslutt dagen</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>Avslutt treningsmodus</translation>
    </message>
    <message>
        <source>Training mode for a new volunteer</source>
        <translation>Treningsmodus for en ny frivillig</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
</context>
<context>
    <name>SaleSigner</name>
    <message>
        <source>Every sale must be signed, and this till cannot sign: ask the manager. (%1)</source>
        <extracomment>%1 what is wrong with the signing key (technical, in English), for the manager</extracomment>
        <translation>Hvert salg må signeres, og denne kassen kan ikke signere: spør lederen. (%1)</translation>
    </message>
</context>
<context>
    <name>ShiftRepository</name>
    <message>
        <source>There is no shift %1.</source>
        <translation>Det finnes ingen vakt %1.</translation>
    </message>
    <message>
        <source>The float is counted in another currency than the till&apos;s.</source>
        <translation>Vekselkassen er telt i en annen valuta enn kassens.</translation>
    </message>
    <message>
        <source>A shift is already open on %1 (opened by %2). Close it with a count before a new one starts.</source>
        <translation>En vakt er allerede åpen på %1 (åpnet av %2). Avslutt den med en opptelling før en ny begynner.</translation>
    </message>
    <message>
        <source>Type the amount that goes into or out of the drawer.</source>
        <translation>Skriv beløpet som går inn i eller ut av skuffen.</translation>
    </message>
    <message>
        <source>That is more than the till takes in one go (at most 100 000 kr).</source>
        <translation>Det er mer enn kassen tar på én gang (høyst 100 000 kr).</translation>
    </message>
    <message>
        <source>The amount is in another currency than the till&apos;s.</source>
        <translation>Beløpet er i en annen valuta enn kassens.</translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation>Si hvorfor, med noen få ord.</translation>
    </message>
    <message>
        <source>Say why in at most 200 characters.</source>
        <translation>Si hvorfor med høyst 200 tegn.</translation>
    </message>
    <message>
        <source>No shift is open on this till. Open one with a float count first.</source>
        <translation>Ingen vakt er åpen på denne kassen. Åpne en med opptelling av vekselkassen først.</translation>
    </message>
    <message>
        <source>The second counter must be another person on the staff.</source>
        <translation>Den andre som teller, må være en annen person på personallisten.</translation>
    </message>
    <message>
        <source>The count is in another currency than the till&apos;s.</source>
        <translation>Tellingen er i en annen valuta enn kassens.</translation>
    </message>
    <message>
        <source>No shift is open on this till: there is nothing to count against.</source>
        <translation>Ingen vakt er åpen på denne kassen: det er ingenting å telle mot.</translation>
    </message>
    <message>
        <source>Write what you think happened, in a few words.</source>
        <translation>Skriv hva du tror skjedde, med noen få ord.</translation>
    </message>
    <message>
        <source>Write it in at most 200 characters.</source>
        <translation>Skriv det med høyst 200 tegn.</translation>
    </message>
    <message>
        <source>Count the cash first; then say why it differs.</source>
        <translation>Tell kontantene først; si så hvorfor det er en differanse.</translation>
    </message>
    <message>
        <source>The shift has not been counted yet.</source>
        <translation>Vakten er ikke telt opp ennå.</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Close the day</source>
        <translation>Avslutt dagen</translation>
    </message>
    <message>
        <source>Open the till: count the float</source>
        <translation>Åpne kassen: tell vekselkassen</translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer before the first sale, and type how many there are of each.</source>
        <translation>Tell myntene og sedlene i skuffen før første salg, og skriv hvor mange det er av hver.</translation>
    </message>
    <message>
        <source>Take over that count</source>
        <translation>Overta den tellingen</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Åpne vakten</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Personalkort</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Ta av listen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
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
        <translation>Første PIN-kode (4 til 6 sifre):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
</context>
<context>
    <name>StationLease</name>
    <message>
        <source>%1 is already in use on the machine &quot;%2&quot; (program %3, since %4 UTC). Two programs must not use the same %1: they would mix up their receipt numbers and print each other&apos;s receipts. Close the other one, or give this one its own id in the configuration.</source>
        <translation>%1 er allerede i bruk på maskinen «%2» (program %3, siden %4 UTC). To programmer kan ikke bruke samme %1: de ville blande kvitteringsnumrene og skrive ut hverandres kvitteringer. Lukk det andre, eller gi dette sin egen id i konfigurasjonen.</translation>
    </message>
    <message>
        <source>Another program has taken over %1 while this one was not responding. This one stops using it; close it.</source>
        <translation>Et annet program har tatt over %1 mens dette ikke svarte. Dette slutter å bruke den; lukk det.</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Back to selling</source>
        <translation>Tilbake til salg</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Forrige måned</translation>
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
        <translation>Lagre som CSV</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test print</source>
        <translation>Testutskrift</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation>TESTUTSKRIFT</translation>
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
        <translation>Skrevet ut av</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Nordic letters:</source>
        <translation>Nordiske bokstaver:</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>Coffee all day</source>
        <translation>Påfyll hele dagen</translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation>Fet skrift</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Right-aligned text</source>
        <translation>Høyrejustert tekst</translation>
    </message>
    <message>
        <source>A scanner reads this code back.</source>
        <translation>En skanner kan lese denne koden.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>On shift: %1</source>
        <translation>På vakt: %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logg ut</translation>
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
        <translation>Du er velkommen her, akkurat som du er.</translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation>Neste aktivitet</translation>
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
        <translation>Innsjekken kunne ikke lagres (ingen sikre tilfeldige tall).</translation>
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
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 av %2 plasser tatt</translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n påmeldt</numerusform>
            <numerusform>%n påmeldte</numerusform>
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
        <translation>Har plass</translation>
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
        <translation>(påmeldt med kort)</translation>
    </message>
    <message>
        <source>(name erased)</source>
        <translation>(navnet er slettet)</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2026-11-26.</source>
        <translation>Skriv datoen som år-måned-dag, f.eks. 2026-11-26.</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 11:00.</source>
        <translation>Skriv klokkeslettet som timer:minutter, f.eks. 11:00.</translation>
    </message>
    <message>
        <source>How long does it last? Give the minutes, e.g. 90.</source>
        <translation>Hvor lenge varer den? Skriv minuttene, f.eks. 90.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on the programme (%n time(s)).</source>
        <translation>
            <numerusform>«%1» står på programmet (%n gang).</numerusform>
            <numerusform>«%1» står på programmet (%n ganger).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>“%1” is cancelled. Tell those signed up, if you can; the kiosk shows it as cancelled.</source>
        <translation>«%1» er avlyst. Si fra til de påmeldte hvis du kan; kiosken viser den som avlyst.</translation>
    </message>
    <message>
        <source>Cancelled. The first on the waiting list has the place now.</source>
        <translation>Avbestilt. Den første på ventelisten har fått plassen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbestilt.</translation>
    </message>
    <message>
        <source>The attendance list is printing.</source>
        <translation>Oppmøtelisten skrives ut.</translation>
    </message>
    <message>
        <source>Give the hours before the start when sign-up closes, e.g. 24.</source>
        <translation>Skriv hvor mange timer før start påmeldingen stenger, f.eks. 24.</translation>
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
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Everyone welcome</source>
        <translation>Alle er velkomne</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n plass igjen</numerusform>
            <numerusform>%n plasser igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>Full — waiting list open</source>
        <translation>Fullt – venteliste åpen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Fullt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>The activities could not be read just now. Ask at the counter.</source>
        <translation>Aktivitetene kunne ikke leses akkurat nå. Spør i disken.</translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation>Denne uka og neste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation>Påmeldingen er stengt</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Sett meg på venteliste</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Meld meg på</translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noe gikk galt. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>You are on the waiting list, no. %1. If a place comes free, it is yours — look at the kiosk or ask at the counter.</source>
        <translation>Du står på venteliste, nr. %1. Blir en plass ledig, er den din – se på kiosken eller spør i disken.</translation>
    </message>
    <message>
        <source>You are signed up. Welcome!</source>
        <translation>Du er påmeldt. Velkommen!</translation>
    </message>
    <message>
        <source>Your slip is printing. To cancel, use this code:</source>
        <translation>Lappen din skrives ut. For å melde deg av, bruk denne koden:</translation>
    </message>
    <message>
        <source>Your place is cancelled. Thank you for telling us.</source>
        <translation>Du er meldt av. Takk for at du sa fra.</translation>
    </message>
    <message>
        <source>Coming: %1</source>
        <translation>Disse kommer: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n second(s), or ask at the counter.</source>
        <translation>
            <numerusform>For mange feil koder. Vent %n sekund, eller spør ved disken.</numerusform>
            <numerusform>For mange feil koder. Vent %n sekunder, eller spør ved disken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your place is cancelled and goes to the first on the waiting list. Thank you for telling us.</source>
        <translation>Du er meldt av, og plassen går til den første på ventelisten. Takk for at du sa fra.</translation>
    </message>
    <message>
        <source>You are no. %1 on the waiting list. You get a place if someone cancels.</source>
        <translation>Du er nr. %1 på ventelisten. Du får plass hvis noen melder seg av.</translation>
    </message>
    <message>
        <source>You came. Thank you!</source>
        <translation>Du kom. Takk!</translation>
    </message>
    <message>
        <source>You have a place. Welcome!</source>
        <translation>Du har plass. Velkommen!</translation>
    </message>
</context>
<context>
    <name>ak::ActivityRepository</name>
    <message>
        <source>An activity needs a title.</source>
        <translation>En aktivitet trenger en tittel.</translation>
    </message>
    <message>
        <source>An activity needs a start and an end.</source>
        <translation>En aktivitet trenger start og slutt.</translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation>En aktivitet kan ikke slutte før den starter.</translation>
    </message>
    <message>
        <source>The number of places must be at least 1.</source>
        <translation>Antall plasser må være minst 1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>En pris kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Sign-up must close before the activity starts, or leave the deadline empty.</source>
        <translation>Påmeldingen må stenge før aktiviteten starter, eller la fristen stå tom.</translation>
    </message>
    <message>
        <source>An activity can repeat for 1 to %1 weeks.</source>
        <translation>En aktivitet kan gjentas i 1 til %1 uker.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Denne aktiviteten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This activity was cancelled and can no longer be changed.</source>
        <translation>Denne aktiviteten er avlyst og kan ikke endres lenger.</translation>
    </message>
    <message>
        <source>This activity is already cancelled.</source>
        <translation>Denne aktiviteten er allerede avlyst.</translation>
    </message>
</context>
<context>
    <name>ak::ActivityStats</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Første dag kan ikke være etter siste dag.</translation>
    </message>
</context>
<context>
    <name>ak::BackupStickController</name>
    <message>
        <source>The backup stick is not plugged in. Please put it in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation>Minnepinnen med sikkerhetskopier er ikke satt i. Sett den i: en sikkerhetskopi lagres på den i natt, eller når dagen avsluttes. Du kan selge som vanlig.</translation>
    </message>
    <message>
        <source>There is no backup on the backup stick yet. Leave it plugged in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation>Det er ingen sikkerhetskopi på minnepinnen ennå. La den sitte i: en sikkerhetskopi lagres på den i natt, eller når dagen avsluttes. Du kan selge som vanlig.</translation>
    </message>
    <message>
        <source>No backup has been saved on the backup stick for %1 days. Check that it is plugged in: a backup is saved on it tonight, or when the day is closed. If it is in, tell the manager. You can keep selling.</source>
        <translation>Det er ikke lagret noen sikkerhetskopi på minnepinnen på %1 dager. Sjekk at den er satt i: en sikkerhetskopi lagres på den i natt, eller når dagen avsluttes. Hvis den sitter i, si fra til lederen. Du kan selge som vanlig.</translation>
    </message>
</context>
<context>
    <name>ak::CafeSetup</name>
    <message>
        <source>Write the café&apos;s name, as it should stand on the receipts.</source>
        <translation>Skriv kafeens navn, slik det skal stå på kvitteringene.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters.</source>
        <translation>Navnet kan ha høyst %1 tegn.</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>Velg et språk.</translation>
    </message>
    <message>
        <source>The organisation number must be 9 digits, and the last one must match the others. Look for a typo.</source>
        <translation>Organisasjonsnummeret må ha 9 sifre, og det siste må passe med de andre. Se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>The CVR number must be 8 digits.</source>
        <translation>CVR-nummeret må ha 8 sifre.</translation>
    </message>
    <message>
        <source>A café registered for VAT prints its organisation number on every receipt: write it.</source>
        <translation>En kafé som er registrert for merverdiavgift, skriver organisasjonsnummeret på hver kvittering: skriv det inn.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>De to PIN-kodene er ikke like. Tast PIN-koden på nytt.</translation>
    </message>
    <message>
        <source>There is a café already, or no file to keep its settings in; nothing was changed.</source>
        <translation>Det finnes allerede en kafé, eller ingen fil å lagre innstillingene i; ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>The café&apos;s settings could not be written to %1 (%2), so no café was made. Tell whoever set up this PC.</source>
        <translation>Kafeens innstillinger kunne ikke skrives til %1 (%2), så ingen kafé ble laget. Si fra til den som satte opp denne PC-en.</translation>
    </message>
</context>
<context>
    <name>ak::CardCheckout</name>
    <message>
        <source>In training mode coffee cards can be neither sold nor used to pay.</source>
        <translation>I øvingsmodus kan kaffekort verken selges eller brukes til betaling.</translation>
    </message>
    <message>
        <source>A coffee card pays for one coffee or tea at its price. Take the card payment off and add it again.</source>
        <translation>Et kaffekort betaler for én kaffe eller te til prisen. Ta bort kortbetalingen og legg den til på nytt.</translation>
    </message>
</context>
<context>
    <name>ak::CardCode</name>
    <message>
        <source>This code is not a coffee card code. Ask at the counter — they can help.</source>
        <translation>Dette er ikke en kaffekortkode. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>A new card could not be made (no secure random numbers).</source>
        <translation>Et nytt kort kunne ikke lages (ingen sikre tilfeldige tall).</translation>
    </message>
</context>
<context>
    <name>ak::CardReport</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Perioden må starte før eller samme dag som den slutter.</translation>
    </message>
</context>
<context>
    <name>ak::CardRepository</name>
    <message>
        <source>This card has expired. Ask at the counter — they can help.</source>
        <translation>Dette kortet er utløpt. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>This card has no cups left. Ask at the counter — they can help.</source>
        <translation>Det er ingen kopper igjen på dette kortet. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>This card can no longer be used. Ask at the counter — they can help.</source>
        <translation>Dette kortet kan ikke brukes lenger. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>This card has been handed back. Ask at the counter — they can help.</source>
        <translation>Dette kortet er levert tilbake. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation>Denne korttypen gis ikke ut lenger.</translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation>Et gratiskort må gjelde i minst 1 dag.</translation>
    </message>
    <message>
        <source>That card does not exist.</source>
        <translation>Det kortet finnes ikke.</translation>
    </message>
    <message>
        <source>This card is already blocked or handed back.</source>
        <translation>Dette kortet er allerede sperret eller levert tilbake.</translation>
    </message>
    <message>
        <source>The tag could not be read. Hold it to the reader again.</source>
        <translation>Brikken kunne ikke leses. Hold den mot leseren igjen.</translation>
    </message>
    <message>
        <source>This card is blocked or handed back; a tag cannot be bound to it.</source>
        <translation>Dette kortet er sperret eller levert tilbake; ingen brikke kan kobles til det.</translation>
    </message>
    <message>
        <source>This tag already belongs to another coffee card. Use another tag.</source>
        <translation>Denne brikken hører allerede til et annet kaffekort. Bruk en annen brikke.</translation>
    </message>
</context>
<context>
    <name>ak::CardTypeRepository</name>
    <message>
        <source>Give the card type a name.</source>
        <translation>Gi korttypen et navn.</translation>
    </message>
    <message>
        <source>The number of cups must be at least 1, or unlimited.</source>
        <translation>Antall kopper må være minst 1, eller ubegrenset.</translation>
    </message>
    <message>
        <source>A free card needs a programme or reason.</source>
        <translation>Et gratiskort trenger et program eller en grunn.</translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation>Et gratiskort må gjelde i minst 1 dag.</translation>
    </message>
    <message>
        <source>A punch card needs a number of cups.</source>
        <translation>Et klippekort trenger et antall kopper.</translation>
    </message>
    <message>
        <source>A day pass gives unlimited cups; leave the number empty.</source>
        <translation>Et dagspass gir ubegrenset med kopper; la antallet stå tomt.</translation>
    </message>
    <message>
        <source>Only free cards have a programme and a validity in days.</source>
        <translation>Bare gratiskort har program og gyldighet i dager.</translation>
    </message>
    <message>
        <source>That card type does not exist.</source>
        <translation>Den korttypen finnes ikke.</translation>
    </message>
    <message>
        <source>A budget needs a programme and at least 1 cup a month.</source>
        <translation>Et budsjett trenger et program og minst 1 kopp i måneden.</translation>
    </message>
    <message>
        <source>That product does not exist.</source>
        <translation>Det produktet finnes ikke.</translation>
    </message>
    <message>
        <source>Free cards are given, not sold: choose a punch card or a day pass.</source>
        <translation>Gratiskort gis bort, de selges ikke: velg et klippekort eller et dagspass.</translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation>Denne korttypen gis ikke ut lenger.</translation>
    </message>
    <message>
        <source>A coffee card can pay for this product; a product that sells a card cannot be paid with one.</source>
        <translation>Et kaffekort kan betale for dette produktet; et produkt som selger et kort kan ikke betales med et.</translation>
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
        <translation>Dagspass</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n kopp</numerusform>
            <numerusform>%n kopper</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrenset</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 – %2</source>
        <translation>Denne måneden: %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n handed out</source>
        <translation>
            <numerusform>%n gitt ut</numerusform>
            <numerusform>%n gitt ut</numerusform>
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
            <numerusform>%n uten salg</numerusform>
            <numerusform>%n uten salg</numerusform>
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
            <numerusform>%n kopp igjen</numerusform>
            <numerusform>%n kopper igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlimited</source>
        <translation>
            <numerusform>%n ubegrenset</numerusform>
            <numerusform>%n ubegrensede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) redeemed (kiosk %1, till %2)</source>
        <translation>
            <numerusform>%n kopp brukt (kiosk %1, kasse %2)</numerusform>
            <numerusform>%n kopper brukt (kiosk %1, kasse %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cups this month</source>
        <translation>%1 av %2 kopper denne måneden</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) this month, no budget set</source>
        <translation>
            <numerusform>%n kopp denne måneden, uten budsjett</numerusform>
            <numerusform>%n kopper denne måneden, uten budsjett</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is added.</source>
        <translation>«%1» er lagt til.</translation>
    </message>
    <message>
        <source>The type can be given out again.</source>
        <translation>Typen kan gis ut igjen.</translation>
    </message>
    <message>
        <source>The type is retired. Cards already out keep working.</source>
        <translation>Typen er tatt ut av bruk. Kort som allerede er gitt ut, virker fortsatt.</translation>
    </message>
    <message numerus="yes">
        <source>The budget for %1 is %n cup(s) a month.</source>
        <translation>
            <numerusform>Budsjettet for %1 er %n kopp i måneden.</numerusform>
            <numerusform>Budsjettet for %1 er %n kopper i måneden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ak::CardsController</name>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n kopp</numerusform>
            <numerusform>%n kopper</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cups given away this month</source>
        <translation>%1: %2 av %3 kopper gitt bort denne måneden</translation>
    </message>
    <message>
        <source>The card is printing. Now hold the chip to the reader to bind it to this card.</source>
        <translation>Kortet skrives ut. Hold nå brikken mot leseren for å koble den til kortet.</translation>
    </message>
    <message>
        <source>The card is printing. Hand it over with the print-out.</source>
        <translation>Kortet skrives ut. Gi det videre sammen med utskriften.</translation>
    </message>
    <message>
        <source>The chip is bound. Holding it to the kiosk&apos;s reader works like scanning the card.</source>
        <translation>Brikken er koblet til. Å holde den mot kioskens leser virker som å skanne kortet.</translation>
    </message>
    <message>
        <source>Hold the chip to the reader now.</source>
        <translation>Hold brikken mot leseren nå.</translation>
    </message>
    <message>
        <source>The card is marked as handed back. It can no longer be used.</source>
        <translation>Kortet er merket som levert tilbake. Det kan ikke brukes lenger.</translation>
    </message>
    <message>
        <source>The card is blocked. Whoever finds it cannot use it.</source>
        <translation>Kortet er sperret. Den som finner det, kan ikke bruke det.</translation>
    </message>
    <message>
        <source>Can be used</source>
        <translation>Kan brukes</translation>
    </message>
    <message>
        <source>No cups left</source>
        <translation>Ingen kopper igjen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Blocked (lost)</source>
        <translation>Sperret (mistet)</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Levert tilbake</translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) left</source>
        <translation>
            <numerusform>%n kopp igjen</numerusform>
            <numerusform>%n kopper igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffee as often as they like</source>
        <translation>Kaffe så ofte de vil</translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation>Gyldig til og med %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Ingen sluttdato</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Given out</source>
        <translation>Gitt ut</translation>
    </message>
    <message>
        <source>A coffee</source>
        <translation>En kaffe</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
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
        <translation>Ingen vakt er åpen.</translation>
    </message>
    <message>
        <source>Shift opened by %1 at %2 with a float of %3.</source>
        <translation>Vakten ble åpnet av %1 kl. %2 med %3 i veksel.</translation>
    </message>
    <message>
        <source>The last count at this till came to %1.</source>
        <translation>Siste telling på denne kassen ble %1.</translation>
    </message>
    <message>
        <source>The count matches to the øre.</source>
        <translation>Tellingen stemmer på øret.</translation>
    </message>
    <message>
        <source>%1 more than expected.</source>
        <translation>%1 mer enn ventet.</translation>
    </message>
    <message>
        <source>%1 less than expected.</source>
        <translation>%1 mindre enn ventet.</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Vakten er åpnet med %1 i veksel.</translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation>%1 lagt i skuffen.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 tatt ut av skuffen.</translation>
    </message>
    <message>
        <source>The drawer opens.</source>
        <translation>Skuffen åpnes.</translation>
    </message>
    <message>
        <source>The count is stored.</source>
        <translation>Tellingen er lagret.</translation>
    </message>
    <message>
        <source>Thank you: the explanation is stored with the count.</source>
        <translation>Takk: forklaringen er lagret med tellingen.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-koden er feil. Prøv igjen.</translation>
    </message>
    <message>
        <source>%1 signed off the difference.</source>
        <translation>%1 godkjente avviket.</translation>
    </message>
    <message>
        <source>Training mode is on: nothing sold now is a real sale.</source>
        <translation>Treningsmodus er på: ingenting som selges nå, er et ekte salg.</translation>
    </message>
    <message>
        <source>Training mode is off.</source>
        <translation>Treningsmodus er av.</translation>
    </message>
</context>
<context>
    <name>ak::CashDrawer</name>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
        <translation>Lukk kassaskuffen først, så kan neste salg starte.</translation>
    </message>
</context>
<context>
    <name>ak::CatalogueController</name>
    <message>
        <source>The products could not be read: %1</source>
        <translation>Varene kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>ak::CatalogueRepository</name>
    <message>
        <source>This product is a coffee card itself; a coffee card cannot pay for it.</source>
        <translation>Dette produktet er selv et kaffekort; et kaffekort kan ikke betale for det.</translation>
    </message>
</context>
<context>
    <name>ak::CheckInController</name>
    <message>
        <source>Is this your first time here?</source>
        <translation>Er det første gang du er her?</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>Hva bringer deg hit i dag?</translation>
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
        <translation>Du kan hoppe over alle spørsmålene.</translation>
    </message>
    <message>
        <source>You are guest no. %1 today.</source>
        <translation>Du er gjest nr. %1 i dag.</translation>
    </message>
    <message>
        <source>Good to see you again.</source>
        <translation>Hyggelig å se deg igjen.</translation>
    </message>
    <message>
        <source>Your coffee card is noted. Thank you!</source>
        <translation>Kaffekortet ditt er registrert. Takk!</translation>
    </message>
    <message>
        <source>Have a coffee card? Hold it under the scanner, and the café can count returning guests — without knowing who you are.</source>
        <translation>Har du et kaffekort? Hold det under skanneren, så kan kafeen telle gjester som kommer igjen – uten å vite hvem du er.</translation>
    </message>
    <message>
        <source>Welcome! (The visit could not be counted just now — that is our problem, not yours.)</source>
        <translation>Velkommen! (Besøket kunne ikke telles akkurat nå – det er vårt problem, ikke ditt.)</translation>
    </message>
    <message>
        <source>Good to have you here today.</source>
        <translation>Godt å ha deg her i dag.</translation>
    </message>
</context>
<context>
    <name>ak::CoffeeCardController</name>
    <message>
        <source>Hold your coffee card under the scanner</source>
        <translation>Hold kaffekortet ditt under skanneren</translation>
    </message>
    <message>
        <source>The code on the card, or the card itself if it has a chip.</source>
        <translation>Koden på kortet, eller selve kortet hvis det har en brikke.</translation>
    </message>
    <message>
        <source>Coffee as often as you like</source>
        <translation>Kaffe så ofte du vil</translation>
    </message>
    <message>
        <source>1 coffee left</source>
        <translation>1 kaffe igjen</translation>
    </message>
    <message>
        <source>%1 coffees left</source>
        <translation>%1 kaffe igjen</translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noe gikk galt. Spør i disken – de kan hjelpe.</translation>
    </message>
    <message>
        <source>Enjoy your coffee!</source>
        <translation>Kos deg med kaffen!</translation>
    </message>
    <message>
        <source>Your number is %1. Show it at the counter.</source>
        <translation>Nummeret ditt er %1. Vis det i disken.</translation>
    </message>
    <message>
        <source>Try again, or ask at the counter.</source>
        <translation>Prøv igjen, eller spør i disken.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Et øyeblikk</translation>
    </message>
    <message numerus="yes">
        <source>The scanner is taking a short break. Try again in %n second(s).</source>
        <translation>
            <numerusform>Skanneren tar en liten pause. Prøv igjen om %n sekund.</numerusform>
            <numerusform>Skanneren tar en liten pause. Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation>Gyldig til og med %1</translation>
    </message>
</context>
<context>
    <name>ak::DayCloseController</name>
    <message>
        <source>Everything is counted: the day can be closed with the Z report.</source>
        <translation>Alt er talt: dagen kan avsluttes med Z-rapporten.</translation>
    </message>
    <message>
        <source>The X report is on its way to the receipt printer.</source>
        <translation>X-rapporten er på vei til kvitteringsskriveren.</translation>
    </message>
    <message>
        <source>Z report no. %1 is taken: the day is closed.</source>
        <translation>Z-rapport nr. %1 er tatt: dagen er avsluttet.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sikkerhetskopi: %1</translation>
    </message>
    <message>
        <source>The folder for reports could not be made: %1</source>
        <translation>Mappen for rapporter kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z-rapport %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Sendt til skriveren %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke skrives ut.</translation>
    </message>
    <message>
        <source>%1 signed off the count differences.</source>
        <translation>%1 godkjente avvikene i tellingene.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Also on the backup stick.</source>
        <translation>Også på minnepinnen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The backup is on the till, but not on the backup stick: %1</source>
        <translation>Sikkerhetskopien er på kassen, men ikke på minnepinnen: %1</translation>
    </message>
</context>
<context>
    <name>ak::DevicesController</name>
    <message>
        <source>The drawer&apos;s sensor cannot be read (no sensor, or the printer is not answering).</source>
        <translation>Skuffens sensor kan ikke leses (ingen sensor, eller skriveren svarer ikke).</translation>
    </message>
    <message>
        <source>The cash drawer is open.</source>
        <translation>Kassaskuffen er åpen.</translation>
    </message>
    <message>
        <source>The cash drawer is shut.</source>
        <translation>Kassaskuffen er lukket.</translation>
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
        <translation>Ikke klar: sett den inn igjen, eller sjekk kabelen.</translation>
    </message>
    <message>
        <source>Not plugged in: plug it in again.</source>
        <translation>Ikke koblet til: sett den i igjen.</translation>
    </message>
    <message>
        <source>In use by another program: close it, or restart the computer.</source>
        <translation>Brukes av et annet program: lukk det, eller start datamaskinen på nytt.</translation>
    </message>
    <message>
        <source>Cannot be used as it is set up: ask whoever set up the till.</source>
        <translation>Kan ikke brukes slik den er satt opp: spør den som satte opp kassen.</translation>
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
        <translation>Uten organisasjonsnummer</translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation>Organisasjonsnummer %1</translation>
    </message>
    <message>
        <source>Registered for VAT</source>
        <translation>Registrert for merverdiavgift</translation>
    </message>
    <message>
        <source>Not registered for VAT</source>
        <translation>Ikke registrert for merverdiavgift</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Leder: %1</translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation>Kvitteringsskriver: %1</translation>
    </message>
    <message>
        <source>No receipt printer yet</source>
        <translation>Ingen kvitteringsskriver ennå</translation>
    </message>
    <message>
        <source>The test page is printed. Does it look right? Then this is the café&apos;s printer.</source>
        <translation>Testsiden er skrevet ut. Ser den riktig ut? Da er dette kafeens skriver.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Skriver ut testsiden …</translation>
    </message>
</context>
<context>
    <name>ak::Journal</name>
    <message>
        <source>entry %1 is missing (the next entry present is %2): it was deleted</source>
        <translation>post %1 mangler (neste post som finnes, er %2): den er slettet</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>post %1 står i feil rekkefølge</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was inserted or replaced</source>
        <translation>post %1 følger ikke etter post %2: en post er satt inn eller byttet ut</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>post %1 er endret etter at den ble skrevet</translation>
    </message>
    <message>
        <source>the journal head record was removed</source>
        <translation>opptegnelsen av journalens slutt er fjernet</translation>
    </message>
    <message>
        <source>entries %1 to %2 were deleted from the end</source>
        <translation>post %1 til %2 er slettet fra slutten</translation>
    </message>
    <message>
        <source>entry %1 was added outside the journal</source>
        <translation>post %1 er lagt til utenom journalen</translation>
    </message>
    <message>
        <source>entry %1 does not match the recorded end of the journal</source>
        <translation>post %1 stemmer ikke med den registrerte slutten på journalen</translation>
    </message>
</context>
<context>
    <name>ak::JournalAnchor</name>
    <message>
        <source>The journal ends before entry %1, which the anchor file beside the database recorded: entries were cut from its end.</source>
        <translation>Journalen slutter før post %1, som ankerfilen ved siden av databasen har notert: poster er fjernet fra slutten.</translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry the anchor file beside the database recorded: the journal was rewritten from there on.</source>
        <translation>Post %1 i journalen er ikke posten som ankerfilen ved siden av databasen har notert: journalen er skrevet om derfra.</translation>
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
        <translation>Stengt i dag</translation>
    </message>
    <message>
        <source>Open today %1–%2</source>
        <extracomment>%1 and %2 are times of day, e.g. &quot;Open today 10:00–16:00&quot;</extracomment>
        <translation>Åpent i dag %1–%2</translation>
    </message>
    <message>
        <source>The card reader is taking a break. Please ask a volunteer.</source>
        <translation>Kortleseren tar en pause. Spør gjerne en frivillig.</translation>
    </message>
    <message>
        <source>Slips cannot be printed just now. Please ask a volunteer.</source>
        <translation>Lapper kan ikke skrives ut akkurat nå. Spør gjerne en frivillig.</translation>
    </message>
</context>
<context>
    <name>ak::OpeningHours</name>
    <message>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
</context>
<context>
    <name>ak::Outcome</name>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation>Noe gikk galt. Spør i disken – de kan hjelpe.</translation>
    </message>
</context>
<context>
    <name>ak::PaymentController</name>
    <message>
        <source>Cash rounding: %1</source>
        <translation>Øreavrunding: %1</translation>
    </message>
    <message>
        <source>Receipt no. %1 is printing.</source>
        <translation>Kvittering nr. %1 skrives ut.</translation>
    </message>
    <message>
        <source>Sale no. %1 is stored.</source>
        <translation>Salg nr. %1 er lagret.</translation>
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
        <translation>Vipps / MobilePay</translation>
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
            <numerusform>%n kaffekort skrives ut: gi det videre med kvitteringen.</numerusform>
            <numerusform>%n kaffekort skrives ut: gi dem videre med kvitteringen.</numerusform>
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
        <translation>Bare de som står på personallisten, kan selge.</translation>
    </message>
    <message>
        <source>Only staff on the list can issue coffee cards.</source>
        <translation>Bare de som står på personallisten, kan gi ut kaffekort.</translation>
    </message>
    <message>
        <source>Only a manager can approve a return.</source>
        <translation>Bare en leder kan godkjenne en retur.</translation>
    </message>
    <message>
        <source>Only a manager can change products and prices.</source>
        <translation>Bare en leder kan endre varer og priser.</translation>
    </message>
    <message>
        <source>Only a manager can change coffee card types.</source>
        <translation>Bare en leder kan endre typene kaffekort.</translation>
    </message>
    <message>
        <source>Only a manager can change the discount reasons.</source>
        <translation>Bare en leder kan endre rabattgrunnene.</translation>
    </message>
    <message>
        <source>Only a manager can change the activities.</source>
        <translation>Bare en leder kan endre aktivitetene.</translation>
    </message>
    <message>
        <source>Only a manager can close the day.</source>
        <translation>Bare en leder kan avslutte dagen.</translation>
    </message>
    <message>
        <source>Only a manager can see the reports.</source>
        <translation>Bare en leder kan se rapportene.</translation>
    </message>
    <message>
        <source>Only a manager can change the staff list, PINs and staff cards.</source>
        <translation>Bare en leder kan endre personallisten, PIN-koder og personalkort.</translation>
    </message>
    <message>
        <source>Only a manager can unlock a staff member.</source>
        <translation>Bare en leder kan låse opp en person på personallisten.</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation>%1 står ikke lenger på personallisten.</translation>
    </message>
    <message>
        <source>Only a manager can do that.</source>
        <translation>Bare en leder kan gjøre det.</translation>
    </message>
    <message>
        <source>Only staff on the list can change activities and sign-ups.</source>
        <translation>Bare personale på listen kan endre aktiviteter og påmeldinger.</translation>
    </message>
    <message>
        <source>Only a manager can confirm having seen this warning.</source>
        <translation>Bare en leder kan bekrefte å ha sett dette varselet.</translation>
    </message>
    <message>
        <source>Only a manager can switch training mode on or off.</source>
        <translation>Bare en leder kan slå treningsmodus av eller på.</translation>
    </message>
</context>
<context>
    <name>ak::PinHasher</name>
    <message>
        <source>A PIN must be 4 to 6 digits.</source>
        <translation>En PIN-kode må ha 4 til 6 sifre.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (libsodium).</source>
        <translation>PIN-koden kunne ikke beskyttes (libsodium).</translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory).</source>
        <translation>PIN-koden kunne ikke beskyttes (for lite minne).</translation>
    </message>
</context>
<context>
    <name>ak::PrintQueue</name>
    <message>
        <source>The program stopped while this was printing; it may or may not be on paper.</source>
        <translation>Programmet stoppet mens dette ble skrevet ut; det er usikkert om det kom ut på papir.</translation>
    </message>
    <message>
        <source>Printed again as copy %1.</source>
        <translation>Skrevet ut på nytt som kopi %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Sales go on; receipts will print when a printer is connected.</source>
        <translation>Ingen kvitteringsskriver er satt opp. Salget fortsetter; kvitteringene skrives ut når en skriver er koblet til.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Sales go on; receipts will print when paper is in.</source>
        <translation>Skriveren er tom for papir. Salget fortsetter; kvitteringene skrives ut når det er papir i.</translation>
    </message>
    <message>
        <source>The printer cover is open. Sales go on; receipts will print when the cover is closed.</source>
        <translation>Lokket på skriveren er åpent. Salget fortsetter; kvitteringene skrives ut når lokket er lukket.</translation>
    </message>
    <message>
        <source>The printer is offline or unplugged. Sales go on; receipts will print when it is back.</source>
        <translation>Skriveren svarer ikke eller er koblet fra. Salget fortsetter; kvitteringene skrives ut når den er tilbake.</translation>
    </message>
    <message>
        <source>The printer is not ready. Sales go on; receipts will print when it is ready.</source>
        <translation>Skriveren er ikke klar. Salget fortsetter; kvitteringene skrives ut når den er klar.</translation>
    </message>
    <message>
        <source>The stored receipt could not be read.</source>
        <translation>Den lagrede kvitteringen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The printer went away while printing this; it may or may not be on paper.</source>
        <translation>Kontakten med skriveren ble borte mens dette ble skrevet ut; det er usikkert om det kom ut på papir.</translation>
    </message>
</context>
<context>
    <name>ak::PrinterController</name>
    <message>
        <source>The printer is not answering. Check that it is switched on and its cable is in.</source>
        <translation>Skriveren svarer ikke. Sjekk at den er slått på og at kabelen sitter i.</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open. Close it firmly.</source>
        <translation>Lokket på skriveren er åpent. Lukk det godt.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>Skriveren er tom for papir. Sett i en ny rull.</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>Ingen kvitteringsskriver er satt opp.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Skriver ut testsiden …</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>Testsiden er skrevet ut.</translation>
    </message>
    <message>
        <source>The test page was not printed: %1</source>
        <translation>Testsiden ble ikke skrevet ut: %1</translation>
    </message>
    <message>
        <source>Ready. The paper roll is nearly empty.</source>
        <translation>Klar. Papirrullen er nesten tom.</translation>
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
        <translation>Feil vare</translation>
    </message>
    <message>
        <source>Not happy with it</source>
        <translation>Ikke fornøyd</translation>
    </message>
    <message>
        <source>Mistake at the till</source>
        <translation>Feil i kassen</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annen grunn</translation>
    </message>
    <message>
        <source>Type the receipt number from the receipt.</source>
        <translation>Tast kvitteringsnummeret fra kvitteringen.</translation>
    </message>
    <message>
        <source>There is no receipt no. %1 at this till.</source>
        <translation>Det finnes ingen kvittering nr. %1 i denne kassen.</translation>
    </message>
    <message>
        <source>Receipt no. %1 is a return itself and cannot be returned.</source>
        <translation>Kvittering nr. %1 er selv en retur og kan ikke returneres.</translation>
    </message>
    <message>
        <source>Receipt no. %1, %2, %3</source>
        <translation>Kvittering nr. %1, %2, %3</translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation>Å betale tilbake: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-koden stemmer ikke. Prøv igjen.</translation>
    </message>
    <message>
        <source>Return no. %1 is stored. Give back %2.</source>
        <translation>Retur nr. %1 er lagret. Gi tilbake %2.</translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 was printed before. The law allows only one copy.</source>
        <translation>En kopi av kvittering nr. %1 er skrevet ut før. Loven tillater bare én kopi.</translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 is printing.</source>
        <translation>En kopi av kvittering nr. %1 skrives ut.</translation>
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
        <translation>Gjør ferdig eller parker salget på skjermen først.</translation>
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
        <translation>Den bestillingen står ikke lenger på listen.</translation>
    </message>
    <message>
        <source>Someone has served this already.</source>
        <translation>Noen har allerede servert denne.</translation>
    </message>
</context>
<context>
    <name>ak::SessionController</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation>Personallisten kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN-koden stemmer ikke. Prøv igjen.</translation>
    </message>
    <message>
        <source>That name is no longer on the staff list.</source>
        <translation>Det navnet står ikke lenger på personallisten.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Innloggingen mislyktes: %1</translation>
    </message>
    <message>
        <source>This card does not open the till. Tap your name and type your PIN.</source>
        <translation>Dette kortet åpner ikke kassen. Trykk på navnet ditt og tast PIN-koden.</translation>
    </message>
</context>
<context>
    <name>ak::SignupRepository</name>
    <message>
        <source>A nickname can be at most 40 characters. Please make it a bit shorter.</source>
        <translation>Et kallenavn kan ha høyst 40 tegn. Gjør det litt kortere.</translation>
    </message>
    <message>
        <source>Some of these characters cannot be used in a nickname. Please try other letters.</source>
        <translation>Noen av disse tegnene kan ikke brukes i et kallenavn. Prøv andre bokstaver.</translation>
    </message>
    <message>
        <source>Please write a nickname — or pick one of ours.</source>
        <translation>Skriv et kallenavn – eller velg et av våre.</translation>
    </message>
    <message>
        <source>Between 1 and %1 names can be suggested.</source>
        <translation>Mellom 1 og %1 navn kan foreslås.</translation>
    </message>
    <message>
        <source>No names can be suggested (no secure random numbers).</source>
        <translation>Ingen navn kan foreslås (ingen sikre tilfeldige tall).</translation>
    </message>
    <message>
        <source>This activity has been cancelled. We are sorry — have a look at the other activities.</source>
        <translation>Denne aktiviteten er avlyst. Beklager – ta en titt på de andre aktivitetene.</translation>
    </message>
    <message>
        <source>Sign-up for this activity has closed. Ask at the counter — there may still be room.</source>
        <translation>Påmeldingen til denne aktiviteten er stengt. Spør i disken – det kan fortsatt være plass.</translation>
    </message>
    <message>
        <source>This activity is full. Ask at the counter, or have a look at the other activities.</source>
        <translation>Denne aktiviteten er full. Spør i disken, eller ta en titt på de andre aktivitetene.</translation>
    </message>
    <message>
        <source>This card is already signed up for this activity — there is nothing more to do.</source>
        <translation>Dette kortet er allerede påmeldt denne aktiviteten – du trenger ikke gjøre mer.</translation>
    </message>
    <message>
        <source>That code does not match a sign-up for this activity. Check the code on your slip, or ask at the counter.</source>
        <translation>Den koden passer ikke til noen påmelding på denne aktiviteten. Sjekk koden på lappen, eller spør i disken.</translation>
    </message>
    <message>
        <source>This activity has already started, so the sign-up can no longer be cancelled.</source>
        <translation>Aktiviteten har allerede startet, så påmeldingen kan ikke avbestilles lenger.</translation>
    </message>
    <message>
        <source>This sign-up is already marked as attended.</source>
        <translation>Denne påmeldingen er allerede merket som møtt.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Denne aktiviteten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Cards cannot be used for sign-up here (no secure random numbers).</source>
        <translation>Kort kan ikke brukes til påmelding her (ingen sikre tilfeldige tall).</translation>
    </message>
    <message>
        <source>Sign-up is not possible here (no secure random numbers).</source>
        <translation>Påmelding er ikke mulig her (ingen sikre tilfeldige tall).</translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation>Denne påmeldingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This sign-up is already cancelled.</source>
        <translation>Denne påmeldingen er allerede avbestilt.</translation>
    </message>
    <message>
        <source>Only someone with a place can be marked as attended.</source>
        <translation>Bare noen med plass kan merkes som møtt.</translation>
    </message>
</context>
<context>
    <name>ak::StaffController</name>
    <message>
        <source>%1 is on the staff list and can log in with the PIN you typed.</source>
        <translation>%1 står på personallisten og kan logge inn med PIN-koden du tastet.</translation>
    </message>
    <message>
        <source>Scan the staff card now.</source>
        <translation>Skann personalkortet nå.</translation>
    </message>
    <message>
        <source>The card is bound. It logs that person in at the till.</source>
        <translation>Kortet er koblet. Det logger den personen inn i kassen.</translation>
    </message>
    <message>
        <source>Taken off the staff list. Their sales stay in the books.</source>
        <translation>Tatt av personallisten. Salgene deres blir stående i regnskapet.</translation>
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
        <translation>For mange feil forsøk. Prøv igjen om et sekund, eller spør en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 seconds, or ask a manager.</source>
        <translation>For mange feil forsøk. Prøv igjen om %1 sekunder, eller spør en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in 1 minute, or ask a manager.</source>
        <translation>For mange feil forsøk. Prøv igjen om 1 minutt, eller spør en leder.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes, or ask a manager.</source>
        <translation>For mange feil forsøk. Prøv igjen om %1 minutter, eller spør en leder.</translation>
    </message>
</context>
<context>
    <name>ak::StaffRepository</name>
    <message>
        <source>The card could not be read. Please scan it again.</source>
        <translation>Kortet kunne ikke leses. Skann det igjen.</translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation>%1 står ikke lenger på personallisten.</translation>
    </message>
    <message>
        <source>This card is not known here. Log in with your PIN, or ask a manager.</source>
        <translation>Dette kortet er ukjent her. Logg inn med PIN-koden din, eller spør en leder.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 kan ikke lenger logge inn.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Feil PIN-kode. Prøv igjen.</translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation>Det finnes ingen på personallisten med nummer %1.</translation>
    </message>
    <message>
        <source>You cannot take yourself off the staff list. Ask another manager to do it.</source>
        <translation>Du kan ikke ta deg selv av personallisten. Be en annen leder gjøre det.</translation>
    </message>
    <message>
        <source>Someone called %1 is on the staff list already. Add a last name or an initial to tell them apart.</source>
        <translation>Det står allerede en som heter %1 på personallisten. Legg til et etternavn eller en forbokstav så de kan skilles fra hverandre.</translation>
    </message>
    <message>
        <source>Someone called %1 was on the staff list before. Add a last name or an initial to tell them apart in the reports.</source>
        <translation>Det har stått en som heter %1 på personallisten før. Legg til et etternavn eller en forbokstav så de kan skilles i rapportene.</translation>
    </message>
    <message>
        <source>Someone else on the staff list already has this PIN. Choose another one: a PIN is one person&apos;s own.</source>
        <translation>En annen på personallisten har allerede denne PIN-koden. Velg en annen: en PIN-kode er én persons egen.</translation>
    </message>
</context>
<context>
    <name>ak::StaffRules</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>En på personalet må ha et navn.</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, spaces and punctuation: no line breaks, tabs or invisible characters.</source>
        <translation>Et navn kan bare ha bokstaver, sifre, mellomrom og skilletegn: ingen linjeskift, tabulatorer eller usynlige tegn.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters; this one has %2. A first name and an initial are enough.</source>
        <translation>Et navn kan ha høyst %1 tegn; dette har %2. Et fornavn og en forbokstav er nok.</translation>
    </message>
    <message>
        <source>This PIN is among the first anyone would try (like 1234, 0000 or 1212). Choose digits that do not follow a pattern.</source>
        <translation>Denne PIN-koden er blant de første noen ville prøve (som 1234, 0000 eller 1212). Velg sifre som ikke følger et mønster.</translation>
    </message>
</context>
<context>
    <name>ak::StatisticsController</name>
    <message>
        <source>Write the dates as year-month-day, e.g. 2026-11-01.</source>
        <translation>Skriv datoene som år-måned-dag, f.eks. 2026-11-01.</translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>Første dag må komme før siste dag.</translation>
    </message>
    <message>
        <source>There is no folder to save reports in. Ask whoever set up the till to set reports_directory.</source>
        <translation>Det finnes ingen mappe å lagre rapporter i. Be den som satte opp kassen, om å sette reports_directory.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
    <message>
        <source>No report printer is set up. Ask whoever set up the till to set report_printer.</source>
        <translation>Ingen rapportskriver er satt opp. Be den som satte opp kassen, om å sette report_printer.</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Sendt til skriveren %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Rapporten kunne ikke skrives ut.</translation>
    </message>
    <message>
        <source>Printing on %1 …</source>
        <translation>Skriver ut på %1 …</translation>
    </message>
    <message>
        <source>Nothing was recorded between %1 and %2.</source>
        <translation>Ingenting ble registrert mellom %1 og %2.</translation>
    </message>
    <message>
        <source>That is %1 days with records: choose a year or less, so that the report fits on a few pages.</source>
        <translation>Det er %1 dager med registreringer: velg et år eller mindre, så rapporten får plass på noen få sider.</translation>
    </message>
    <message>
        <source>The café&apos;s records run from %1 to %2: the figures cover those days.</source>
        <translation>Kafeens registreringer går fra %1 til %2: tallene gjelder de dagene.</translation>
    </message>
</context>
<context>
    <name>ak::VisitRepository</name>
    <message>
        <source>We could not read this card, but you are checked in. Welcome!</source>
        <translation>Vi kunne ikke lese dette kortet, men du er sjekket inn. Velkommen!</translation>
    </message>
    <message>
        <source>The kiosk needs an id of 1 to 32 characters.</source>
        <translation>Kiosken trenger en id på 1 til 32 tegn.</translation>
    </message>
    <message>
        <source>The answer to &quot;What brings you today?&quot; must be coffee, activity, company or talk.</source>
        <translation>Svaret på «Hva bringer deg hit i dag?» må være coffee, activity, company eller talk.</translation>
    </message>
    <message>
        <source>The answer to &quot;How are you today?&quot; must be from 1 to 5.</source>
        <translation>Svaret på «Hvordan har du det i dag?» må være fra 1 til 5.</translation>
    </message>
</context>
<context>
    <name>ak::VisitStats</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Perioden må starte før eller samme dag som den slutter.</translation>
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
        <translation>Disken er full: rapporten kunne ikke skrives til %1. Ingenting ble endret; frigjør plass eller velg en annen disk.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Nothing was changed.</source>
        <translation>Rapporten kunne ikke skrives til %1: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 is a link to another file; a report does not replace it. Choose another file name.</source>
        <translation>%1 er en lenke til en annen fil; en rapport erstatter den ikke. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder or a device); a report cannot be written there. Choose a file name in a folder.</source>
        <translation>%1 er ikke en vanlig fil (en mappe eller en enhet); en rapport kan ikke skrives der. Velg et filnavn i en mappe.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an earlier “%2”; it was left as it is. Choose another file name, or move the file away first.</source>
        <translation>%1 finnes allerede og er ikke en tidligere «%2»; den ble latt være. Velg et annet filnavn, eller flytt filen bort først.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is one of the café&apos;s own files (its database or configuration); a report never replaces it. Choose another file name.</source>
        <translation>%1 er en av kafeens egne filer (databasen eller konfigurasjonen); en rapport erstatter den aldri. Velg et annet filnavn.</translation>
    </message>
</context>
<context>
    <name>ak::dev::UsbTransport</name>
    <message>
        <source>This computer&apos;s user may not use the USB printer %1: add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation>Brukeren på denne maskinen får ikke bruke USB-skriveren %1: legg brukeren til i gruppen aktivkafe; udev-regelen er config/udev/70-aktivkafe.rules.</translation>
    </message>
    <message>
        <source>The receipt printer was unplugged or switched off.</source>
        <translation>Kvitteringsskriveren ble koblet fra eller slått av.</translation>
    </message>
    <message>
        <source>Another program (often the printing service CUPS) is using the receipt printer.</source>
        <translation>Et annet program (ofte utskriftstjenesten CUPS) bruker kvitteringsskriveren.</translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check the paper and the cover.</source>
        <translation>Kvitteringsskriveren sluttet å ta imot data. Sjekk papiret og lokket.</translation>
    </message>
    <message>
        <source>Check the receipt printer&apos;s USB cable.</source>
        <translation>Sjekk USB-kabelen til kvitteringsskriveren.</translation>
    </message>
    <message>
        <source>USB is not available on this computer.</source>
        <translation>USB er ikke tilgjengelig på denne maskinen.</translation>
    </message>
    <message>
        <source>No USB receipt printer was found (%1). Check its cable and that it is switched on.</source>
        <translation>Fant ingen USB-kvitteringsskriver (%1). Sjekk kabelen og at den er slått på.</translation>
    </message>
    <message>
        <source>(the USB printer is not connected)</source>
        <translation>(USB-skriveren er ikke tilkoblet)</translation>
    </message>
    <message>
        <source>(this USB printer does not answer)</source>
        <translation>(denne USB-skriveren svarer ikke)</translation>
    </message>
    <message>
        <source>(a status question is already waiting)</source>
        <translation>(et statusspørsmål venter allerede)</translation>
    </message>
    <message>
        <source>(no status answer from the USB printer)</source>
        <translation>(intet statussvar fra USB-skriveren)</translation>
    </message>
</context>
<context>
    <name>ak::sql</name>
    <message>
        <source>The disk is full, so this could not be saved. Nothing was lost. Ask whoever looks after the till to free some space, then try again.</source>
        <translation>Disken er full, så dette kunne ikke lagres. Ingenting gikk tapt. Be den som har ansvar for kassen om å frigjøre plass, og prøv igjen.</translation>
    </message>
    <message>
        <source>The till cannot save anything: its database has become read-only. Nothing was saved. Ask whoever looks after the till.</source>
        <translation>Kassen kan ikke lagre noe: databasen har blitt skrivebeskyttet. Ingenting ble lagret. Spør den som har ansvar for kassen.</translation>
    </message>
    <message>
        <source>The database is busy with another till or the kiosk. Wait a moment and try again.</source>
        <translation>Databasen er opptatt med en annen kasse eller kiosken. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk did not answer, so this could not be saved. Try again; if it happens again, call whoever looks after the till.</source>
        <translation>Disken svarte ikke, så dette kunne ikke lagres. Prøv igjen; skjer det igjen, ring den som har ansvar for kassen.</translation>
    </message>
    <message>
        <source>Something with the same name or code is already there, so nothing was saved.</source>
        <translation>Det finnes allerede noe med samme navn eller kode, så ingenting ble lagret.</translation>
    </message>
    <message>
        <source>This refers to something that is not there any more, so nothing was saved.</source>
        <translation>Dette viser til noe som ikke finnes lenger, så ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The till&apos;s database is damaged. Stop selling and call the manager: the last backup must be put back.</source>
        <translation>Kassens database er skadet. Stopp salget og ring lederen: den siste sikkerhetskopien må legges tilbake.</translation>
    </message>
    <message>
        <source>The database refused to save this, so nothing was saved. Tell whoever looks after the till; the details are in the till&apos;s log.</source>
        <translation>Databasen nektet å lagre dette, så ingenting ble lagret. Si fra til den som har ansvar for kassen; detaljene står i kassens logg.</translation>
    </message>
    <message>
        <source>The till lost its connection to the database server, so this was not saved. Check that the server is on and the network cable is in, then try again.</source>
        <translation>Kassen mistet forbindelsen til databaseserveren, så dette ble ikke lagret. Sjekk at serveren er på og at nettverkskabelen sitter i, og prøv igjen.</translation>
    </message>
</context>
</TS>
