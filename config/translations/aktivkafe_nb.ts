<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
    <name>ChoicePopup</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
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
        <source>Manager's PIN:</source>
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
    <name>SaleScreen</name>
    <message>
        <source>Parked (%1)</source>
        <translation>Parkert (%1)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
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
        <source>Choose your language</source>
        <translation>Velg språk</translation>
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
        <extracomment>%1 is a weekday, %2 a time of day, e.g. "Thursday at 11:00"</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 activity title, %2 when (e.g. "Thursday at 11:00")</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>%1 activity title, %2 when, %3 place</extracomment>
        <translation>%1 — %2, %3</translation>
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
</context>
<context>
    <name>ak::PrinterController</name>
    <message>
        <source>The printer is not answering. Check that it is switched on and its cable is in.</source>
        <translation>Skriveren svarer ikke. Sjekk at den er slått på og at kabelen sitter i.</translation>
    </message>
    <message>
        <source>The printer's cover is open. Close it firmly.</source>
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
        <extracomment>%1 the reason, %2 the amount taken off, e.g. "Volunteer coffee: −kr 5,00"</extracomment>
        <translation>%1: −%2</translation>
    </message>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
        <translation>Lukk kassaskuffen først, så kan neste salg starte.</translation>
    </message>
    <message>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Gjør ferdig eller parker salget på skjermen først.</translation>
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
</TS>