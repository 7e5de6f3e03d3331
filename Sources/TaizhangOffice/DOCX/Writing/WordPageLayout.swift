/// The GB/T 9704-2012 page in Word's units (twips, 1/20 pt; font sizes in half-points), from FORMATS.md.
enum WordPageLayout {
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let marginTop = 2098
    static let marginLeft = 1588
    static let marginRight = 1474
    static let marginBottom = 1984
    /// The text block (版心) is 156 mm wide.
    static let textWidth = pageWidth - marginLeft - marginRight
    /// 28.95 pt: 22 lines fill the 225 mm block (29 pt fits only 21).
    static let linePitch = 579
    /// The page number's dash sits 7 mm under the block: 35 mm − 7 mm − one 18 pt footer line ≈ 21.6 mm.
    static let footerDistance = 1227
    static let headerDistance = 851
    static let footerLineHeight = 360

    /// 2号 (22 pt).
    static let titleSize = 44
    /// 3号 (16 pt): body, headings, captions, signature.
    static let bodySize = 32
    /// 4号 (14 pt): page numbers, table cells when they fit.
    static let size4 = 28
    /// 小四 (12 pt): table cells of wide tables, the provenance appendix.
    static let smallSize4 = 24
    /// −0.25 pt on 3号 text: 28 characters of 15.75 pt fill the 442.2 pt line (28 × 16 pt would not fit).
    static let bodyCharacterSpacing = -5

    /// Twips of one character of a font size (half-points): 3号 is 320.
    static func characterWidth(halfPoints: Int) -> Int { halfPoints * 10 }
}
