<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
    <name>ChoicePopup</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
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
        <source>Manager's PIN:</source>
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
    <name>SaleScreen</name>
    <message>
        <source>Parked (%1)</source>
        <translation>Parkeret (%1)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
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
        <source>Choose your language</source>
        <translation>Vælg sprog</translation>
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
</context>
<context>
    <name>ak::PrinterController</name>
    <message>
        <source>The printer is not answering. Check that it is switched on and its cable is in.</source>
        <translation>Printeren svarer ikke. Tjek at den er tændt, og at kablet sidder i.</translation>
    </message>
    <message>
        <source>The printer's cover is open. Close it firmly.</source>
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
        <extracomment>%1 the reason, %2 the amount taken off, e.g. "Volunteer coffee: −kr 5,00"</extracomment>
        <translation>%1: −%2</translation>
    </message>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
        <translation>Luk kasseskuffen først, så kan næste salg starte.</translation>
    </message>
    <message>
        <source>Finish or park the sale on the screen first.</source>
        <translation>Gør salget på skærmen færdigt eller parkér det først.</translation>
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
</TS>