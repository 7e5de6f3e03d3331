import Hummingbird

/// Registers every HTML page.
enum PageControllers {
    static func register(on router: PageRouter, pages: PageContext) {
        AccountPageController(pages: pages).register(on: router)
        DashboardPageController(pages: pages).register(on: router)
        ComparisonPageController(pages: pages).register(on: router)
        EntryPageController(pages: pages).register(on: router)
        ImportPageController(pages: pages).register(on: router)
        ReviewPageController(pages: pages).register(on: router)
        AuditPageController(pages: pages).register(on: router)
        IndicatorsPageController(pages: pages).register(on: router)
        OrgUnitsPageController(pages: pages).register(on: router)
        // The project ledger: the fixed paths before /projects/:id, which would otherwise take them.
        LedgerSheetPageController(pages: pages).register(on: router)
        ProjectLedgerPageController(pages: pages).register(on: router)
        ProjectPageController(pages: pages).register(on: router)
        DispatchPageController(pages: pages).register(on: router)
        BulletinPageController(pages: pages).register(on: router)
        // Reports: the fixed paths before /reports/:id and /reports/templates/:id, which would otherwise take them.
        let reportLibrary = ReportLibraryPageController(pages: pages)
        let reportTemplates = ReportTemplatePageController(pages: pages)
        reportLibrary.register(on: router)
        reportTemplates.register(on: router)
        ReportDraftPageController(pages: pages).register(on: router)
        ReportFillPageController(pages: pages).register(on: router)
        reportTemplates.registerTemplateRoutes(on: router)
        reportLibrary.registerReportRoute(on: router)
    }
}
