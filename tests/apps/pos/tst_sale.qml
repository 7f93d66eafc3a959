import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// The till by touch, on the demo café (Kari Nordmann manager 1234, Ola volunteer 2580; coffee
// 5 kr, day pass 10 kr, cake 15 kr, waffle 12,50 kr). Test functions run in alphabetical order.
TillTestCase {
    name: "TillSale"

    function login() {
        loginAs(2, "2580")   // the first time, Ola opens the shift
        compare(Session.operatorName, "Ola")
    }

    function test_1_cash_sale_with_change() {
        login()
        // No backup stick is set up in this café: nothing is said about one.
        compare(BackupStick.warningText, "")
        verify(visibleItem("backupStickBanner") === null)
        tap("category-1"); tap("product-1")     // coffee
        tap("category-2"); tap("product-5")     // waffle
        verify(text("saleTotal").indexOf("17,50") >= 0, text("saleTotal"))
        tap("payButton")
        item("paymentScreen")
        tap("cash-5000")                        // a 50-krone note
        verify(text("remainingText").indexOf("Betalt") >= 0)
        tap("completeSale")
        // 17,50 rounds to 18 kr in cash: 32 kr back
        verify(text("changeDigits").indexOf("32,00") >= 0, text("changeDigits"))
        tap("receiptYes")
        item("saleScreen")
        tryVerify(() => TestPrinter.allPrinted().indexOf("Salgskvittering") >= 0, 3000)
        const paper = TestPrinter.allPrinted()
        verify(paper.indexOf("Vaffel") >= 0)
        verify(paper.indexOf("Vekslepenger") >= 0)
        TestPrinter.closeDrawer()
    }

    function test_2_drawer_open_blocks_the_next_sale() {
        Payment.cancel()
        tap("category-1"); tap("product-1")
        tap("payButton")
        tap("cashExact")
        tap("completeSale")
        tap("receiptNo")
        item("saleScreen")
        // the drawer opens for the cash (its pulse queued with the sale); nothing new until it is shut
        tryVerify(() => Sale.drawerOpen, 3000)
        tap("product-1")
        verify(text("saleError").indexOf("kassaskuffen") >= 0, text("saleError"))
        verify(Sale.empty)
        TestPrinter.closeDrawer()
        tap("product-1")
        verify(!Sale.empty)
        tap("cancelSale")
        tap("cancel-yes")
        verify(Sale.empty)
    }

    function test_3_split_card_and_cash() {
        tap("category-2"); tap("product-4")     // cake 15
        tap("category-1"); tap("product-1")     // coffee 5
        verify(text("saleTotal").indexOf("20,00") >= 0)
        tap("payButton")
        tap("amountKey5")                       // 5 kr on the card terminal
        tap("payCard")
        verify(text("remainingText").indexOf("15,00") >= 0, text("remainingText"))
        tap("cashExact")                        // the rest in cash
        verify(Payment.paidInFull)
        tap("completeSale")
        tap("receiptYes")
        tryVerify(() => TestPrinter.allPrinted().indexOf("Kort") >= 0, 3000)
        TestPrinter.closeDrawer()
    }

    function test_4_park_and_resume() {
        item("saleScreen")
        tap("category-1"); tap("product-2")     // day pass
        tap("parkSale")
        verify(Sale.empty)
        tap("parkedButton")
        tap("resume-" + Sale.parked.get(0).parkedId)
        verify(!Sale.empty)
        verify(text("saleTotal").indexOf("10,00") >= 0)
        tap("payButton")
        tap("mobileReference")
        for (const c of "VR77") keyClick(c)
        tap("payMobile")
        tap("completeSale")
        tap("receiptYes")
        item("saleScreen")
        tryVerify(() => TestPrinter.allPrinted().indexOf("VR77") >= 0, 3000)   // the reference is on the receipt
    }

    function test_5_takeaway_lowers_food_vat_not_the_price() {
        tap("category-1"); tap("product-1")
        tap("takeaway")
        verify(Sale.takeaway)
        verify(text("saleTotal").indexOf("5,00") >= 0)
        tap("cancelSale")
        tap("cancel-yes")
    }

    function test_6_return_with_manager_approval() {
        item("saleScreen")
        tap("returnButton")
        item("returnScreen")
        tap("amountKey1")                       // receipt no. 1: the coffee and the waffle
        tap("findReceipt")
        tryVerify(() => Returns.found)
        const waffle = Returns.lines.get(1)
        compare(waffle.name, "Vaffel")
        tap("returnMore-" + waffle.saleLineId)
        tap("returnReason-0")
        tap("refundCash")
        verify(text("refundText").indexOf("12,50") >= 0, text("refundText"))
        tap("approver-1")                       // Kari Nordmann, manager
        for (const d of "9999") tap("pinKey" + d)
        tap("pinOk")
        verify(text("returnError").length > 0)  // a wrong PIN approves nothing
        for (const d of "1234") tap("pinKey" + d)
        tap("pinOk")
        tryVerify(() => Returns.doneText.length > 0, 3000)
        tryVerify(() => TestPrinter.allPrinted().indexOf("Returkvittering") >= 0, 3000)
        tap("backFromReturn")
        item("saleScreen")
    }

    function test_7_interrupted_print_out_is_decided_by_a_person() {
        item("saleScreen")
        tap("printerButton")
        item("printerScreen")
        compare(Printer.interrupted.count, 1)
        verify(TestPrinter.allPrinted().indexOf("Interrupted slip") < 0)   // never printed by itself
        tap("printAgain-" + Printer.interrupted.get(0).jobId)
        tryVerify(() => TestPrinter.allPrinted().indexOf("Interrupted slip") >= 0, 3000)
        compare(Printer.interrupted.count, 0)
        tap("backToSelling")
    }

    function test_8_one_receipt_copy() {
        item("saleScreen")
        tap("returnButton")
        tap("amountKey2")                       // receipt no. 2
        tap("findReceipt")
        tryVerify(() => Returns.found)
        tap("printCopy")
        tryVerify(() => TestPrinter.allPrinted().indexOf("KOPI") >= 0, 3000)
        tap("printCopy")                        // the law allows one copy
        verify(text("returnError").length > 0)
        tap("backFromReturn")
    }

    function test_9_manager_adds_a_volunteer_with_a_staff_card() {
        item("saleScreen")
        verify(!visibleItem("managerButton"))    // Ola is a volunteer
        tap("logout")
        item("loginScreen")
        TestPrinter.scan("UNKNOWN-CARD")         // a card nobody has: a kind refusal
        verify(text("loginError").length > 0)
        verify(!Session.loggedIn)
        tap("staff-1")                           // Kari Nordmann, manager
        for (const d of "1234") tap("pinKey" + d)
        tap("pinOk")
        tap("managerButton")
        tap("staffButton")
        item("staffScreen")
        tap("newName")
        for (const c of "Nora") keyClick(c)
        compare(item("newName").text, "Nora")
        tap("newVolunteer")
        for (const d of "4821") tap("pinKey" + d)
        tap("pinOk")
        tryVerify(() => text("staffMessage").indexOf("Nora") >= 0)
        let noraId = -1
        for (let i = 0; i < StaffAdmin.people.count; ++i)
            if (StaffAdmin.people.get(i).name === "Nora") noraId = StaffAdmin.people.get(i).staffId
        verify(noraId > 0)
        tap("bindCard-" + noraId)
        TestPrinter.scan("STAFF-CARD-NORA")
        compare(StaffAdmin.waitingForCard, 0)
        verify(StaffAdmin.errorText.length === 0, StaffAdmin.errorText)
        tap("backFromStaff")
        tap("logout")
        item("loginScreen")
        TestPrinter.scan("STAFF-CARD-NORA")      // her card logs her in
        tryVerify(() => Session.loggedIn)
        compare(Session.operatorName, "Nora")
        item("saleScreen")
    }

    function test_a_paper_out_banner_and_selling_goes_on() {
        // runs last (alphabetical): Nora is on shift
        item("saleScreen")
        TestPrinter.closeDrawer()
        TestPrinter.paperOut(true)
        tryVerify(() => visibleItem("printerBanner") !== null, 3000)
        verify(text("bannerText").indexOf("papir") >= 0, text("bannerText"))
        const before = TestPrinter.completedJobs()
        tap("category-2"); tap("product-6")     // soup, 40 kr: selling goes on
        tap("payButton")
        tap("payCard")
        tap("completeSale")
        tap("receiptYes")
        item("saleScreen")
        wait(300)
        compare(TestPrinter.completedJobs(), before)   // nothing printed while out of paper
        verify(TestPrinter.allPrinted().indexOf("Dagens suppe") < 0)
        TestPrinter.paperOut(false)                    // paper is in
        tryVerify(() => TestPrinter.allPrinted().indexOf("Dagens suppe") >= 0, 5000)
        tryVerify(() => visibleItem("printerBanner") === null, 3000)
        wait(300)
        // printed exactly once
        const paper = TestPrinter.allPrinted()
        compare(paper.indexOf("Dagens suppe"), paper.lastIndexOf("Dagens suppe"))
    }

    function test_b_five_wrong_pins_lock_that_person_out() {
        tap("logout")
        item("loginScreen")
        tap("staff-3")                           // Sara
        for (let i = 0; i < 5; ++i) {
            for (const d of "0000") tap("pinKey" + d)
            tap("pinOk")
        }
        verify(text("loginError").indexOf("For mange feil forsøk") >= 0, text("loginError"))
        for (const d of "1379") tap("pinKey" + d)   // even her right PIN waits for the lock to end
        tap("pinOk")
        verify(!Session.loggedIn)
    }

    function test_c_from_the_kiosk_until_served() {
        // Sara is locked out (test_b): "Not me", and Kari, the manager, comes on shift
        tap("notMe")
        tap("staff-1")
        for (const d of "1234") tap("pinKey" + d)
        tap("pinOk")
        item("saleScreen")
        verify(!visibleItem("fromKiosk"))
        verify(TestPrinter.kioskHandsOver("Kaffe (kaffekort)"))
        Serving.refresh()                        // the till also reads it every two seconds
        item("fromKiosk")
        const id = Serving.waiting.get(0).servingId
        tap("served-" + id)
        compare(Serving.waiting.count, 0)
        verify(!visibleItem("fromKiosk"))
    }
}
