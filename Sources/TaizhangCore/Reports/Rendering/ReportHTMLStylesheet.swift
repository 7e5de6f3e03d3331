extension ReportHTML {
    /// The stylesheet for `render(_:)` in the look of an official document (GB/T 9704): 3号仿宋 body with a
    /// two-character first-line indent on a 156 mm text block, 2号小标宋 title, 黑体/楷体/仿宋 headings.
    /// Fonts are the ones offices have installed, with local fallbacks only (no web fonts); everything is
    /// scoped under `.tz-report`.
    public static let stylesheet = """
        .tz-report {
          --tz-fangsong: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋",
            "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
          --tz-xiaobiaosong: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "STZhongsong", "华文中宋",
            "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
          --tz-heiti: "黑体", "SimHei", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC",
            "Microsoft YaHei", sans-serif;
          --tz-kaiti: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体", "Kaiti SC", serif;
          max-width: 156mm;
          margin: 0 auto;
          padding: 1em 0;
          color: #000;
          background: #fff;
          font-family: var(--tz-fangsong);
          font-size: 16pt;
          line-height: 28.95pt;
          letter-spacing: -0.25pt;
        }
        .tz-report h1, .tz-report h2, .tz-report h3, .tz-report h4, .tz-report h5, .tz-report p {
          margin: 0;
          font-size: 16pt;
          font-weight: normal;
          line-height: 28.95pt;
        }
        .tz-report .tz-title {
          font-family: var(--tz-xiaobiaosong);
          font-size: 22pt;
          line-height: 1.5;
          text-align: center;
          margin-bottom: 28.95pt;
          letter-spacing: 0;
        }
        .tz-report .tz-subtitle { text-align: center; font-family: var(--tz-kaiti); }
        .tz-report .tz-paragraph, .tz-report .tz-heading { text-indent: 2em; text-align: justify; }
        .tz-report .tz-heading-1 { font-family: var(--tz-heiti); }
        .tz-report .tz-heading-2 { font-family: var(--tz-kaiti); }
        .tz-report .tz-heading-3 { font-family: var(--tz-fangsong); font-weight: bold; }
        .tz-report .tz-heading-4 { font-family: var(--tz-fangsong); }
        .tz-report .tz-table {
          width: 100%;
          margin: 0.5em 0;
          border-collapse: collapse;
          font-size: 12pt;
          line-height: 1.5;
          letter-spacing: 0;
        }
        .tz-report .tz-table caption { text-align: center; }
        .tz-report .tz-table-caption { display: block; font-family: var(--tz-heiti); font-size: 14pt; }
        .tz-report .tz-table-unit { display: block; text-align: right; }
        .tz-report .tz-table th, .tz-report .tz-table td { border: 1px solid #000; padding: 0.15em 0.4em; }
        .tz-report .tz-table th { font-family: var(--tz-heiti); font-weight: normal; text-align: center; }
        .tz-report .tz-table td.tz-align-leading { text-align: left; }
        .tz-report .tz-table td.tz-align-center { text-align: center; }
        .tz-report .tz-table td.tz-align-trailing { text-align: right; font-variant-numeric: tabular-nums; }
        .tz-report .tz-signature { margin-top: 28.95pt; text-align: right; padding-right: 4em; }
        .tz-report .tz-signature p { text-indent: 0; }
        .tz-report .figure {
          position: relative;
          text-decoration: underline dotted #8a8a8a;
          text-underline-offset: 0.2em;
          cursor: help;
        }
        .tz-report .figure:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
        .tz-report .figure .provenance { display: none; }
        .tz-report .figure:focus .provenance {
          display: block;
          position: absolute;
          z-index: 10;
          left: 0;
          top: 100%;
          width: max-content;
          max-width: 28em;
          padding: 0.4em 0.6em;
          border: 1px solid #888;
          background: #fffef5;
          color: #222;
          box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2);
          font-family: var(--tz-heiti);
          font-size: 10.5pt;
          font-weight: normal;
          line-height: 1.5;
          letter-spacing: 0;
          text-align: left;
          text-indent: 0;
          white-space: normal;
        }
        .tz-report .provenance-subject { display: block; font-weight: bold; }
        .tz-report .provenance-source, .tz-report .provenance-computation { display: block; }
        @media print {
          .tz-report .figure { text-decoration: none; }
          .tz-report .figure .provenance, .tz-report .figure:focus .provenance { display: none; }
          .tz-report .figure:focus { outline: none; }
        }

        """
}
