import Testing
import ActiveLearning

@Suite struct TableTests {
    @Test func htmlEscapesEveryCellAndTextAligns() {
        let table = Table(header: ["strategy", "AULC"], rows: [["<margin>", fixed(0.9287)], ["random", fixed(0.8691)]])
        let html = table.displayOutputs.first?.data ?? ""
        #expect(html.contains("<th scope=\"row\">&lt;margin&gt;</th><td>0.929</td>"))
        #expect(!html.contains("<margin>"))
        #expect(table.description == "strategy   AULC\n<margin>  0.929\nrandom    0.869")
    }

    @Test func raggedRowsLeaveTheirLastColumnsEmpty() {
        let table = Table(header: ["a", "b", "c"], rows: [["x"], ["long", "2"]])
        #expect(table.description == "a     b  c\nx   \nlong  2")
    }

    @Test func signedIntervals() {
        #expect(Summary([0.01, 0.03, 0.02]).signedWithInterval() == "+0.020 [-0.005, +0.045]")
        #expect(Summary([0.5]).signedWithInterval() == "+0.500")
        #expect(signed(-0.0001) == "0.000")
    }
}
