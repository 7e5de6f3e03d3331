import TaizhangStore

/// The project ledger's services together, built once over the store like the other `WebServices`.
struct ProjectServices: Sendable {
    let ledger: ProjectService
    let dispatch: DispatchService
    let bulletin: BulletinService

    init(database: TaizhangDatabase) {
        ledger = ProjectService(database: database)
        dispatch = DispatchService(database: database)
        bulletin = BulletinService(database: database)
    }
}
