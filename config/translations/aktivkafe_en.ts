<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned for this week and next yet. Ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel my place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may we call you? A nickname is enough — no real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or hold your coffee card under the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code from your slip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (empty: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list when full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (empty: free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up closes, hours before (empty: at the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Backup</name>
    <message>
        <source>The backup folder %1 is full. Make room there (or choose another folder in [database] backup_directory) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivkafe may not write in the backup folder %1. Give it write access (or choose another folder in [database] backup_directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal in %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A café kept only in memory cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or set [database] backup_directory to a folder that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] backup_directory must name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored: %2 The café&apos;s database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running on %2. Close the till and the kiosk first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 (%2); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current file could not be kept as %1; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup stick (%1) is full. Delete old files from it or use a bigger stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktivkafe may not write on the backup stick (%1): it is read-only or write-protected, or the folder does not let Aktivkafe write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to the backup stick (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second backup folder %1 is not there: is the backup stick plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; [database] second_backup_directory must name one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CafeCopy</name>
    <message>
        <source>%1 already holds a café (its %2 are not empty). A café is only copied into a new, empty database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 holds %2 rows of %3 instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales in %1 add up to %2 instead of %3 (in øre/cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal copied into %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at %4; both must be opened by this version of Aktivkafe first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is not the same in %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Get a coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTypesScreen</name>
    <message>
        <source>Back to coffee cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. “Welcome – 5 cups”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cups (empty: unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme or reason, e.g. “Welcome”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give-away budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a month&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Card types and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give out a free card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no free card types yet. A manager adds them under “Card types”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the card is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and bind a chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the card, or type the code printed under the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind a chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>The count does not match the coins and notes of this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type how many there are, as a whole number (like 12), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is more than a drawer holds; count again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashScreen</name>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from the bank, milk from the shop …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer (no sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the shift: count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Yes, first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I&apos;ve been here before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So-so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
    <name>CountPad</name>
    <message>
        <source>How many of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whole numbers of coins and notes, please.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountScreen</name>
    <message>
        <source>The count is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count everything in the drawer and type how many there are of each coin and note. You will see what the till expected once the count is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted together with (if anyone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting is hard and differences happen. If you know why, say it in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This difference is above the café&apos;s limit: a manager signs it off with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CupsBackend</name>
    <message>
        <source>Printing through CUPS is not installed with this program (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the CUPS module of this version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CupsReportPrint</name>
    <message>
        <source>The print server did not take the report for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server %1 does not answer. Is CUPS running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server %1 has no printer queue called %2. &apos;lpstat -p&apos; lists the queues there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the Z report and close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the Z report nothing more can be sold on this business day. A backup is written first. Close the day now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the count differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>There is no business day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sold on %1 yet: no shift has been opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business day is open on %1: the last one has had its Z report already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer has not been counted: close the shift with a count first, then take the Z report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s) wait on this till. Resume each and finish or cancel it, then take the Z report.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Z report %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count at the end of %1&apos;s shift differs by more than the café&apos;s limit and waits for a manager&apos;s sign-off. Sign it off, then take the Z report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceError</name>
    <message>
        <source>The device is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is offline. Check that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Ask a volunteer to put in a new roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cover is open. Close it firmly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the device failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not ready for that yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reports an error: open the cover, take out any stuck paper and close it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountReasonRepository</name>
    <message>
        <source>&quot;%1&quot; is not a discount reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount reason needs a code and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvdevWedgeReader</name>
    <message>
        <source>Plug the scanner in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scanner keyboard layout &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Aktivkafe: a new café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New café — step %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Aktivkafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café&apos;s name, as on the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number (9 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number (8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for VAT?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager closes the day, adds volunteers and sees the reports. Their first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 6 digits that is not easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These receipt printers are plugged in. Choose the café&apos;s, and print a test page to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is plugged in. Plug it in (USB) and look again, or go on without one: the till then sells without paper receipts, and a printer can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café is made. The manager logs in with their name and PIN; on the Staff page they add the volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no café on this PC yet. A few questions, and the till is ready. Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language should the screens start in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>Visits per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>QDate format of a day&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per week (ISO weeks, days inside the period only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per month (days inside the period only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by hour of the day (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and returning visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (first day the card was seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning (card seen on an earlier day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Is this your first time here?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What brings you today?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“How are you today?” (1 bad … 5 good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities held (not cancelled, and started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups to activities held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came (ticked as attended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come (had a place, not ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got a place from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>QDateTime format of when the report was made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“&lt;5” is a count from 1 to 4. Such small counts are not shown, so that nobody can be recognised from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“:” is a count of 5 or more that is not shown, so that a count under 5 cannot be worked out from a total and the other counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits are anonymous check-ins. New or returning is known only when the visitor scanned their own coffee card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities count as held when they were not cancelled and had started by %1. Sign-up figures count held activities only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate format in the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the period: first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HidPosReader</name>
    <message>
        <source>Plug the scanner in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner device is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program may not read the scanner (%1): add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a barcode scanner in USB HID POS mode. Set the scanner to HID POS with the setup code in its manual, or set it up as a keyboard scanner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The journal was changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal ends before entry %1, which was recorded outside the database: entries were cut from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry recorded outside the database: the journal was rewritten from there on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityGate</name>
    <message>
        <source>The till could not read its journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling is stopped: the till found that its records were changed. A manager must read the warning and confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityScreen</name>
    <message>
        <source>Stop: the till&apos;s records were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the till started, it checked its electronic journal, the record of every sale that the law asks a café to keep. Something in it is not as the till left it. This can mean that someone changed the till&apos;s data by hand, or that the disk is failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling is stopped until you have read this. Write down or photograph what is listed above, keep the database as it is, and tell whoever looks after the till. Then confirm: your confirmation is recorded in the journal, and selling starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling is stopped until a manager has read this. Please call the manager; nothing you did caused it. Log out so that the manager can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this: start selling again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The till&apos;s journal is damaged: the record of its last entry is missing. Nothing was saved. Call the manager; &apos;aktivkafe journal verify&apos; shows what is wrong.</source>
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
    <message>
        <source>TRAINING — nothing sold now is a real sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotSetUp</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not ready yet. Please ask a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whoever sets it up: the till makes the café the first time it starts. This screen starts the kiosk by itself as soon as the café is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPlan</name>
    <message>
        <source>The amount is in another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash is counted in whole kroner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash is counted in steps of 50 øre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund cannot pay out more than is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cash can be more than what remains; take at most the remaining amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the coffee card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
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
    <message>
        <source>Vipps / MobilePay reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the coffee card, or type its code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcscReader</name>
    <message>
        <source>The card reader service (pcscd) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the card reader in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made into a PDF.</source>
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
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedTriggers</name>
    <message>
        <source>The protection that keeps the journal and completed sales from being changed was removed from the database (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protection of the journal and completed sales was rewritten (%1). Run &apos;aktivkafe init&apos; to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has triggers that are not part of Aktivkafe (%1); they could change data behind the till&apos;s back. Run &apos;aktivkafe init&apos; to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Coffee (coffee card)</source>
        <extracomment>the serving slip&apos;s line under the number (in the café&apos;s language, like the list&apos;s)
----------
what the counter&apos;s list says for a coffee redeemed at the kiosk (in the café&apos;s language)</extracomment>
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
    <name>SaftExport</name>
    <message>
        <source>The café has no organisation number. A SAF-T file names the company by it: set [cafe] org_number in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 to %2 is empty: the last day must not come before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature chain of till %1 is broken at %2receipt %3 (%4): %5. The export stops here rather than hand over a file that hides it; run &apos;aktivkafe journal verify&apos; and keep the database as it is for the accountant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes after receipt %1, out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 before it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed with key version %1, which this database does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match its date, number and amounts chained to the receipt before it (changed after it was signed, or a receipt before it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales of till %1 could not be read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleCoverage</name>
    <message>
        <source>sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return receipt %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training receipt %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1, recorded in journal entry %2, is missing from the database: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no entry in the journal: it was put into the database outside the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded in journal entry %2: its totals, lines or payments are no longer what was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries %1 and %2 both record %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines or payments of sale %1 are still there, but the sale itself was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDraft</name>
    <message>
        <source>%1 is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced in %2, but the till sells in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of one product can be on a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product is not on the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1; to take the line off, remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 1 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is in another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be more than the sale&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is now more than the sale&apos;s total; change or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>There is no staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer use the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was started for %1, but the sale now comes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is not paid in full: %1 remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parked sale is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt number %1 on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of receipt %1 has already been printed; only one copy is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return cannot itself be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not on receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many of %1 come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned (%3 sold, %4 already returned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund was started for %1, but the return comes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is not settled: %1 remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was changed by another return; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coffee card payment must go through the coffee card checkout, which takes the cup off the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund cannot be paid back onto a coffee card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this till, so nothing can be sold: open a shift and count the float first.</source>
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
    <message>
        <source>From the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode for a new volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleSigner</name>
    <message>
        <source>Every sale must be signed, and this till cannot sign: ask the manager. (%1)</source>
        <extracomment>%1 what is wrong with the signing key (technical, in English), for the manager</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftRepository</name>
    <message>
        <source>There is no shift %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float is counted in another currency than the till&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open on %1 (opened by %2). Close it with a count before a new one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount that goes into or out of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the till takes in one go (at most 100 000 kr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is in another currency than the till&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this till. Open one with a float count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second counter must be another person on the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is in another currency than the till&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this till: there is nothing to count against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you think happened, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash first; then say why it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift has not been counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the till: count the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer before the first sale, and type how many there are of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shift</source>
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
    <name>StationLease</name>
    <message>
        <source>%1 is already in use on the machine &quot;%2&quot; (program %3, since %4 UTC). Two programs must not use the same %1: they would mix up their receipt numbers and print each other&apos;s receipts. Close the other one, or give this one its own id in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has taken over %1 while this one was not responding. This one stops using it; close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Back to selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
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
        <source>Coffee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n signed up</numerusform>
            <numerusform>%n signed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list, no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed up with a card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2026-11-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 11:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long does it last? Give the minutes, e.g. 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on the programme (%n time(s)).</source>
        <translation>
            <numerusform>“%1” is on the programme (%n time).</numerusform>
            <numerusform>“%1” is on the programme (%n times).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cancelled. Tell those signed up, if you can; the kiosk shows it as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The first on the waiting list has the place now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance list is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hours before the start when sign-up closes, e.g. 24.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ActivitiesController</name>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>%1 a day (&quot;Thursday 26 November&quot;), %2 and %3 times of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message>
        <source>Full — waiting list open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities could not be read just now. Ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on the waiting list, no. %1. If a place comes free, it is yours — look at the kiosk or ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed up. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your slip is printing. To cancel, use this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place is cancelled. Thank you for telling us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Please wait %n second(s), or ask at the counter.</source>
        <translation>
            <numerusform>Too many wrong codes. Please wait %n second, or ask at the counter.</numerusform>
            <numerusform>Too many wrong codes. Please wait %n seconds, or ask at the counter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your place is cancelled and goes to the first on the waiting list. Thank you for telling us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no. %1 on the waiting list. You get a place if someone cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You came. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a place. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ActivityRepository</name>
    <message>
        <source>An activity needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up must close before the activity starts, or leave the deadline empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity can repeat for 1 to %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity was cancelled and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ActivityStats</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::BackupStickController</name>
    <message>
        <source>The backup stick is not plugged in. Please put it in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup on the backup stick yet. Leave it plugged in: a backup is saved on it tonight, or when the day is closed. You can keep selling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been saved on the backup stick for %1 days. Check that it is plugged in: a backup is saved on it tonight, or when the day is closed. If it is in, tell the manager. You can keep selling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CafeSetup</name>
    <message>
        <source>Write the café&apos;s name, as it should stand on the receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation number must be 9 digits, and the last one must match the others. Look for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CVR number must be 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A café registered for VAT prints its organisation number on every receipt: write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a café already, or no file to keep its settings in; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café&apos;s settings could not be written to %1 (%2), so no café was made. Tell whoever set up this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardCheckout</name>
    <message>
        <source>In training mode coffee cards can be neither sold nor used to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coffee card pays for one coffee or tea at its price. Take the card payment off and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardCode</name>
    <message>
        <source>This code is not a coffee card code. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new card could not be made (no secure random numbers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardReport</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardRepository</name>
    <message>
        <source>This card has expired. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no cups left. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card can no longer be used. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been handed back. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That card does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already blocked or handed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be read. Hold it to the reader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blocked or handed back; a tag cannot be bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag already belongs to another coffee card. Use another tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardTypeRepository</name>
    <message>
        <source>Give the card type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cups must be at least 1, or unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free card needs a programme or reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free card needs a validity of at least 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A punch card needs a number of cups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day pass gives unlimited cups; leave the number empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only free cards have a programme and a validity in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That card type does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget needs a programme and at least 1 cup a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free cards are given, not sold: choose a punch card or a day pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type is no longer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coffee card can pay for this product; a product that sells a card cannot be paid with one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CardTypesController</name>
    <message>
        <source>Free card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n cup</numerusform>
            <numerusform>%n cups</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handed out</source>
        <translation>
            <numerusform>%n handed out</numerusform>
            <numerusform>%n handed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n sold</numerusform>
            <numerusform>%n sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a sale</source>
        <translation>
            <numerusform>%n without a sale</numerusform>
            <numerusform>%n without a sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) left</source>
        <translation>
            <numerusform>%n cup left</numerusform>
            <numerusform>%n cups left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlimited</source>
        <translation>
            <numerusform>%n unlimited</numerusform>
            <numerusform>%n unlimited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) redeemed (kiosk %1, till %2)</source>
        <translation>
            <numerusform>%n cup redeemed (kiosk %1, till %2)</numerusform>
            <numerusform>%n cups redeemed (kiosk %1, till %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cups this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) this month, no budget set</source>
        <translation>
            <numerusform>%n cup this month, no budget set</numerusform>
            <numerusform>%n cups this month, no budget set</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type can be given out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type is retired. Cards already out keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The budget for %1 is %n cup(s) a month.</source>
        <translation>
            <numerusform>The budget for %1 is %n cup a month.</numerusform>
            <numerusform>The budget for %1 is %n cups a month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ak::CardsController</name>
    <message numerus="yes">
        <source>%n cup(s)</source>
        <translation>
            <numerusform>%n cup</numerusform>
            <numerusform>%n cups</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 cups given away this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is printing. Now hold the chip to the reader to bind it to this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is printing. Hand it over with the print-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip is bound. Holding it to the kiosk&apos;s reader works like scanning the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the chip to the reader now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is marked as handed back. It can no longer be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is blocked. Whoever finds it cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cups left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cup(s) left</source>
        <translation>
            <numerusform>%n cup left</numerusform>
            <numerusform>%n cups left</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffee as often as they like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CashController</name>
    <message>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened by %1 at %2 with a float of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last count at this till came to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count matches to the øre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put into the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: the explanation is stored with the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed off the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode is on: nothing sold now is a real sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CashDrawer</name>
    <message>
        <source>Close the cash drawer first, then start the next sale.</source>
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
    <name>ak::CatalogueRepository</name>
    <message>
        <source>This product is a coffee card itself; a coffee card cannot pay for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CheckInController</name>
    <message>
        <source>Is this your first time here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are guest no. %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coffee card is noted. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a coffee card? Hold it under the scanner, and the café can count returning guests — without knowing who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! (The visit could not be counted just now — that is our problem, not yours.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to have you here today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::CoffeeCardController</name>
    <message>
        <source>Hold your coffee card under the scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on the card, or the card itself if it has a chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee as often as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 coffee left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coffees left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enjoy your coffee!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number is %1. Show it at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scanner is taking a short break. Try again in %n second(s).</source>
        <translation>
            <numerusform>The scanner is taking a short break. Try again in %n second.</numerusform>
            <numerusform>The scanner is taking a short break. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid to and including %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::DayCloseController</name>
    <message>
        <source>Everything is counted: the day can be closed with the Z report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X report is on its way to the receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report no. %1 is taken: the day is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for reports could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed off the count differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also on the backup stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is on the till, but not on the backup stick: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::DevicesController</name>
    <message>
        <source>The drawer&apos;s sensor cannot be read (no sensor, or the printer is not answering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash drawer is shut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the start and end of what was read (masked), %2 the time, e.g. &quot;AK1-…7Q at 14:02&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: plug it in again, or check its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in: plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by another program: close it, or restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used as it is set up: ask whoever set up the till.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::FirstStartController</name>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered for VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test page is printed. Does it look right? Then this is the café&apos;s printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::Journal</name>
    <message>
        <source>entry %1 is missing (the next entry present is %2): it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry was inserted or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal head record was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 were deleted from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was added outside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not match the recorded end of the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::JournalAnchor</name>
    <message>
        <source>The journal ends before entry %1, which the anchor file beside the database recorded: entries were cut from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the journal is not the entry the anchor file beside the database recorded: the journal was rewritten from there on.</source>
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
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today %1–%2</source>
        <extracomment>%1 and %2 are times of day, e.g. &quot;Open today 10:00–16:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is taking a break. Please ask a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips cannot be printed just now. Please ask a volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::OpeningHours</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::Outcome</name>
    <message>
        <source>Something went wrong. Ask at the counter — they can help.</source>
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
    <message numerus="yes">
        <source>%n coffee card(s) printing: hand them over with the receipt.</source>
        <translation>
            <numerusform>%n coffee card printing: hand them over with the receipt.</numerusform>
            <numerusform>%n coffee cards printing: hand them over with the receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coffee card (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::Permissions</name>
    <message>
        <source>Only staff on the list can sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff on the list can issue coffee cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can approve a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change products and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change coffee card types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the discount reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can close the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can see the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the staff list, PINs and staff cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can unlock a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff on the list can change activities and sign-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can confirm having seen this warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can switch training mode on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::PinHasher</name>
    <message>
        <source>A PIN must be 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be protected (libsodium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::PrintQueue</name>
    <message>
        <source>The program stopped while this was printing; it may or may not be on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed again as copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up. Sales go on; receipts will print when a printer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Sales go on; receipts will print when paper is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cover is open. Sales go on; receipts will print when the cover is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is offline or unplugged. Sales go on; receipts will print when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not ready. Sales go on; receipts will print when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored receipt could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer went away while printing this; it may or may not be on paper.</source>
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
        <source>Finish or park the sale on the screen first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ServingController</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::ServingQueue</name>
    <message>
        <source>That order is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has served this already.</source>
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
    <name>ak::SignupRepository</name>
    <message>
        <source>A nickname can be at most 40 characters. Please make it a bit shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these characters cannot be used in a nickname. Please try other letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a nickname — or pick one of ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and %1 names can be suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names can be suggested (no secure random numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has been cancelled. We are sorry — have a look at the other activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up for this activity has closed. Ask at the counter — there may still be room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is full. Ask at the counter, or have a look at the other activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already signed up for this activity — there is nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code does not match a sign-up for this activity. Check the code on your slip, or ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has already started, so the sign-up can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-up is already marked as attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards cannot be used for sign-up here (no secure random numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up is not possible here (no secure random numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-up is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone with a place can be marked as attended.</source>
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
<context>
    <name>ak::StaffLockout</name>
    <message>
        <source>Too many wrong tries. Try again in a second, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 seconds, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in 1 minute, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::StaffRepository</name>
    <message>
        <source>The card could not be read. Please scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not known here. Log in with your PIN, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take yourself off the staff list. Ask another manager to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone called %1 is on the staff list already. Add a last name or an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone called %1 was on the staff list before. Add a last name or an initial to tell them apart in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else on the staff list already has this PIN. Choose another one: a PIN is one person&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::StaffRules</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can only have letters, digits, spaces and punctuation: no line breaks, tabs or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most %1 characters; this one has %2. A first name and an initial are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is among the first anyone would try (like 1234, 0000 or 1212). Choose digits that do not follow a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::StatisticsController</name>
    <message>
        <source>Write the dates as year-month-day, e.g. 2026-11-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder to save reports in. Ask whoever set up the till to set reports_directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report printer is set up. Ask whoever set up the till to set report_printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 days with records: choose a year or less, so that the report fits on a few pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The café&apos;s records run from %1 to %2: the figures cover those days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::VisitRepository</name>
    <message>
        <source>We could not read this card, but you are checked in. Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk needs an id of 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;What brings you today?&quot; must be coffee, activity, company or talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;How are you today?&quot; must be from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::VisitStats</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::config</name>
    <message numerus="yes">
        <source>… and %n more problem(s) not shown.</source>
        <translation>
            <numerusform>… and %n more problem not shown.</numerusform>
            <numerusform>… and %n more problems not shown.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to another file; a report does not replace it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder or a device); a report cannot be written there. Choose a file name in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an earlier “%2”; it was left as it is. Choose another file name, or move the file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of the café&apos;s own files (its database or configuration); a report never replaces it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::dev::UsbTransport</name>
    <message>
        <source>This computer&apos;s user may not use the USB printer %1: add the user to the aktivkafe group; the udev rule is config/udev/70-aktivkafe.rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer was unplugged or switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (often the printing service CUPS) is using the receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check the paper and the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the receipt printer&apos;s USB cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB receipt printer was found (%1). Check its cable and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the USB printer is not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this USB printer does not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a status question is already waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status answer from the USB printer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ak::sql</name>
    <message>
        <source>The disk is full, so this could not be saved. Nothing was lost. Ask whoever looks after the till to free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till cannot save anything: its database has become read-only. Nothing was saved. Ask whoever looks after the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another till or the kiosk. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk did not answer, so this could not be saved. Try again; if it happens again, call whoever looks after the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something with the same name or code is already there, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to something that is not there any more, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s database is damaged. Stop selling and call the manager: the last backup must be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to save this, so nothing was saved. Tell whoever looks after the till; the details are in the till&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till lost its connection to the database server, so this was not saved. Check that the server is on and the network cable is in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
