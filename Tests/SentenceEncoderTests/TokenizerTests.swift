import Foundation
import Testing
@testable import SentenceEncoder

/// WordPiece behaviour on a tiny in-memory vocabulary (no model files needed).
@Suite struct TokenizerTests {
    static let tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "hello", "world", ",", "!",
                         "cafe", "##s", "a", "##a", "中", "i", "$"]
    let tokenizer = try! WordPieceTokenizer(vocabulary: Vocabulary(tokens: TokenizerTests.tokens))

    @Test func splitsPunctuationAndWordPieces() {
        #expect(tokenizer.tokenize("Unaffable, hello!") == ["un", "##aff", "##able", ",", "hello", "!"])
        #expect(tokenizer.encode("hello world") == [2, 7, 8, 3])
    }

    @Test func asciiSymbolsArePunctuation() {
        #expect(tokenizer.tokenize("hello$world") == ["hello", "$", "world"])
    }

    @Test func lowerCasesAndStripsAccents() {
        #expect(tokenizer.tokenize("CAFÉS Café") == ["cafe", "##s", "cafe"])
        // Decomposed input (e + combining acute) gives the same pieces.
        #expect(tokenizer.tokenize("cafe\u{301}") == ["cafe"])
        // İ decomposes to I + combining dot, which is stripped before lower-casing.
        #expect(tokenizer.tokenize("\u{130}") == ["i"])
    }

    @Test func unknownWordsBecomeOneUnknownToken() {
        #expect(tokenizer.tokenize("xyz") == ["[UNK]"])
        // A word whose tail cannot be matched is [UNK] as a whole, not "un" + [UNK].
        #expect(tokenizer.tokenize("unxyz hello") == ["[UNK]", "hello"])
    }

    @Test func cjkCharactersAreSeparateWords() {
        #expect(tokenizer.tokenize("a中a") == ["a", "中", "a"])
    }

    @Test func cleansControlCharactersAndWhitespace() {
        #expect(tokenizer.tokenize("hel\u{0}lo") == ["hello"])
        #expect(tokenizer.tokenize("hel\u{200B}lo\u{FFFD}") == ["hello"])  // zero-width space is a format char
        #expect(tokenizer.tokenize("hello\u{3000}world\tworld\n") == ["hello", "world", "world"])
        #expect(tokenizer.encode("   ") == [2, 3])
        #expect(tokenizer.encode("") == [2, 3])
    }

    @Test func wordsLongerThanOneHundredScalarsAreUnknown() {
        let hundred = String(repeating: "a", count: 100)
        #expect(tokenizer.tokenize(hundred) == ["a"] + Array(repeating: "##a", count: 99))
        #expect(tokenizer.tokenize(hundred + "a") == ["[UNK]"])
    }

    @Test func truncatesToMaxLengthKeepingSpecialTokens() throws {
        let short = try WordPieceTokenizer(vocabulary: Vocabulary(tokens: Self.tokens), maxLength: 5)
        #expect(short.encode("hello world hello world hello") == [2, 7, 8, 7, 3])
        #expect(short.encode("unaffable world") == [2, 4, 5, 6, 3])
    }

    @Test func missingSpecialTokenIsAnError() {
        #expect(throws: SentenceEncoderError.missingSpecialToken("[CLS]")) {
            try WordPieceTokenizer(vocabulary: Vocabulary(tokens: ["[UNK]", "[SEP]"]))
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        #expect(try tokenizer.encode(utf8: Array("hello".utf8)) == [2, 7, 3])
        #expect(try tokenizer.encode(utf8: Array("café".utf8)) == [2, 11, 3])
        #expect(throws: SentenceEncoderError.invalidUTF8(index: 3, byteOffset: 5)) {
            try tokenizer.encode(utf8: Array("hello".utf8) + [0xFF, 0x41], index: 3)
        }
        #expect(throws: SentenceEncoderError.invalidUTF8(index: 0, byteOffset: 1)) {
            try tokenizer.encode(utf8: [0x61, 0xC3])  // truncated two-byte sequence
        }
    }

    @Test func readsVocabularyFileWithCRLF() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("vocab.txt").path
        try "[PAD]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\nhello\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let vocabulary = try Vocabulary(contentsOfFile: path)
        #expect(vocabulary.count == 5)
        #expect(vocabulary.id(of: "hello") == 4)
        #expect(vocabulary.token(withID: 2) == "[CLS]")
        #expect(vocabulary.token(withID: 5) == nil)
    }
}
