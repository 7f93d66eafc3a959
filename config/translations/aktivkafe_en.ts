<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountPad</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is on shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi %1, type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on the staff list yet. A manager adds people with “aktivkafe staff add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount to split the payment, or just tap how it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps / MobilePay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps / MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterScreen</name>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These were printing when the till stopped. Did they come out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, print it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager approves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To return something, choose how many of each come back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Parked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One less %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a product to start a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale: how much, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this sale? It is counted as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, cancel the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first PIN (4 to 6 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST PRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-aligned text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanner reads this code back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>On shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are welcome here, just as you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CatalogueController</name>
    <message>
        <source>The products could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::KioskController</name>
    <message>
        <source>Today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a weekday, %2 a time of day, e.g. &quot;Thursday at 11:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 activity title, %2 when (e.g. &quot;Thursday at 11:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>%1 activity title, %2 when, %3 place</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::PaymentController</name>
    <message>
        <source>Cash rounding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1 is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale no. %1 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps / MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::PrinterController</name>
    <message>
        <source>The printer is not answering. Check that it is switched on and its cable is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open. Close it firmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. The paper roll is nearly empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ReturnController</name>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not happy with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistake at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the receipt number from the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt no. %1 at this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1 is a return itself and cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return no. %1 is stored. Give back %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 was printed before. The law allows only one copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of receipt no. %1 is printing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::SaleController</name>
    <message>
        <source>%1: −%2</source>
        <extracomment>%1 the reason, %2 the amount taken off, e.g. &quot;Volunteer coffee: −kr 5,00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or park the sale on the screen first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::SessionController</name>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is no longer on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card does not open the till. Tap your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::StaffController</name>
    <message>
        <source>%1 is on the staff list and can log in with the PIN you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the staff card now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is bound. It logs that person in at the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the staff list. Their sales stay in the books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::StaffListModel</name>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
