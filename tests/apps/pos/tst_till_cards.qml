import QtQuick
import QtTest
import Aktivkafe.Ui
import Aktivkafe.Pos
import AktivkafeTest

// Coffee cards at the till by touch, on a fresh demo café (each test file gets its own): a free
// welcome card given out and printed, looked up with its history, paying for a coffee, a punch
// card sold as a product, a chip bound, a lost card blocked by the manager, and the manager's types,
// budgets and figures. Test functions run in alphabetical order and build on each other.
TillTestCase {
    name: "TillCards"
    property string code: ""

    function openCards() {
        tap("cardsButton")
        item("cardsScreen")
    }
    function freeTypeRow(programme) {
        for (let i = 0; i < Cards.freeTypes.count; ++i)
            if (Cards.freeTypes.get(i).programme === programme) return Cards.freeTypes.get(i)
        return null
    }

    function test_1_volunteer_gives_out_a_free_card() {
        loginAs(2, "2580")                       // Ola, a volunteer
        openCards()
        verify(!visibleItem("cardTypesButton"))  // the manager's screen is not for volunteers
        const welcome = freeTypeRow("Velkommen")
        verify(welcome, "the demo café has a welcome card")
        tap("freeType-" + welcome.typeId)
        compare(item("cardProgramme").text, "Velkommen")
        verify(text("budgetText").indexOf("100") >= 0, text("budgetText"))   // the programme's monthly budget
        const printedBefore = TestPrinter.completedJobs()
        tap("printCard")
        verify(text("cardsMessage").length > 0)
        tryVerify(() => TestPrinter.completedJobs() > printedBefore, 3000)
        code = TestPrinter.lastCardCode()
        verify(code.indexOf("AK1-") === 0, code)
        const paper = TestPrinter.allPrinted()
        verify(paper.indexOf("Kaffekort") >= 0)  // the café's language (nb)
        verify(paper.indexOf("Velkommen") >= 0)
        compare(Cards.cardTitle, welcome.name)  // the new card is shown at once
        verify(text("shownDetail").indexOf("5") >= 0, text("shownDetail"))
    }

    function test_2_look_up_a_card_and_its_history() {
        tap("backFromCards")
        openCards()
        verify(!Cards.cardShown)
        typeInto("cardCode", code.toLowerCase())   // typed, in any case
        tap("lookUpCard")
        tryVerify(() => Cards.cardShown)
        compare(Cards.cardStatus, "active")
        compare(Cards.history.count, 1)             // given out, nothing else yet
        Cards.clearCard()
        TestPrinter.scan("AK1-0000-NOT-A-CARD")     // an unknown code: the kind refusal
        verify(!Cards.cardShown)
        verify(text("cardsMessage").length > 0)
        TestPrinter.scan(code)                      // or simply scanned
        tryVerify(() => Cards.cardShown)
        tap("backFromCards")
    }

    function test_3_a_coffee_card_pays_for_a_coffee() {
        item("saleScreen")
        tap("category-1"); tap("product-1")        // coffee, 5 kr
        tap("payButton")
        item("paymentScreen")
        compare(Payment.coffeeCardUnitsLeft, 1)
        tap("payCoffeeCard")
        verify(Payment.waitingForCoffeeCard)
        TestPrinter.scan(code)
        tryVerify(() => Payment.paidInFull)
        verify(Payment.entries.get(0).methodText.indexOf("Velkommen") >= 0, Payment.entries.get(0).methodText)
        verify(!visibleItem("payCoffeeCard"))       // one coffee, one cup
        tap("completeSale")
        tap("receiptYes")
        item("saleScreen")
        openCards()
        TestPrinter.scan(code)
        tryVerify(() => Cards.cardShown)
        verify(text("shownDetail").indexOf("4") >= 0, text("shownDetail"))  // 4 cups left
        compare(Cards.history.count, 2)
        compare(Cards.history.get(0).placeText, "Kasse")   // newest first; at the till
        tap("backFromCards")
    }

    function test_4_a_punch_card_is_sold_and_printed() {
        item("saleScreen")
        tap("category-1"); tap("product-7")        // Klippekort 10 kopper, 40 kr
        tap("payButton")
        item("paymentScreen")
        compare(Payment.coffeeCardUnitsLeft, 0)     // a card does not pay for a card
        tap("cash-5000")
        tap("completeSale")
        verify(text("cardsIssuedText").length > 0)
        tap("receiptNo")
        tryVerify(() => TestPrinter.allPrinted().indexOf("Klippekort 10 kopper") >= 0, 3000)
        const punch = TestPrinter.lastCardCode()
        verify(punch !== code && punch.indexOf("AK1-") === 0)
        TestPrinter.closeDrawer()
        openCards()
        TestPrinter.scan(punch)
        tryVerify(() => Cards.cardShown)
        verify(text("shownDetail").indexOf("10") >= 0, text("shownDetail"))
        tap("backFromCards")
    }

    function test_5_a_chip_is_bound_to_a_card() {
        openCards()
        TestPrinter.scan(code)
        tryVerify(() => Cards.cardShown)
        tap("bindChip")
        compare(Cards.waitingFor, "chip")
        TestPrinter.scan("04:A2:2B:1C")             // the chip under the reader
        compare(Cards.waitingFor, "")
        verify(Cards.errorText.length === 0, Cards.errorText)
        Cards.clearCard()
        TestPrinter.scan("04a22b1c")                // the same chip, spelled as another reader does
        tryVerify(() => Cards.cardShown)
        verify(text("shownDetail").indexOf("4") >= 0)
        tap("backFromCards")
    }

    function test_6_the_manager_blocks_a_lost_card() {
        tap("logout")
        loginAs(1, "1234")                       // Kari, the manager
        openCards()
        TestPrinter.scan(code)
        tryVerify(() => Cards.cardShown)
        tap("blockCard")
        compare(Cards.cardStatus, "blocked")
        tap("backFromCards")
        // a blocked card pays for nothing, and the till says so kindly
        tap("category-1"); tap("product-1")
        tap("payButton")
        tap("payCoffeeCard")
        TestPrinter.scan(code)
        verify(text("paymentError").indexOf("disken") >= 0, text("paymentError"))
        verify(!Payment.paidInFull)
        tap("backToSale")
        tap("cancelSale")
        tap("cancel-yes")
    }

    function test_7_card_types_budgets_and_figures() {
        openCards()
        tap("cardTypesButton")
        item("cardTypesScreen")
        verify(CardTypesAdmin.types.count >= 3)
        verify(CardTypesAdmin.figures.count >= 3)
        let welcome = null
        for (let i = 0; i < CardTypesAdmin.figures.count; ++i)
            if (CardTypesAdmin.figures.get(i).programme === "Velkommen") welcome = CardTypesAdmin.figures.get(i)
        verify(welcome)
        verify(welcome.issuedText.indexOf("1") >= 0, welcome.issuedText)
        verify(welcome.redeemedText.indexOf("1") >= 0, welcome.redeemedText)
        compare(item("budget-Velkommen").text.indexOf("1 av 100") >= 0, true)
        // a new free card type and its budget
        tap("newKind-free")
        typeInto("newTypeName", "Sommer – 3 kopper")
        typeInto("newTypeCups", "3")
        typeInto("newTypeDays", "14")
        typeInto("newTypeProgramme", "Sommer")
        const typesBefore = CardTypesAdmin.types.count
        tap("addCardType")
        verify(CardTypesAdmin.errorText.length === 0, CardTypesAdmin.errorText)
        compare(CardTypesAdmin.types.count, typesBefore + 1)
        typeInto("budgetProgramme", "Sommer")
        typeInto("budgetCups", "10")
        tap("setBudget")
        item("budget-Sommer")
        tap("backFromCardTypes")
        item("cardsScreen")
        verify(freeTypeRow("Sommer"), "the new type can be given out")
        tap("backFromCards")
    }
}
