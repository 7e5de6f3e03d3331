extension TaizhangDatabase {
    /// Org units: the tree, its codes, archiving.
    public var orgUnits: OrgUnitRepository { OrgUnitRepository(database: self) }
    /// The indicator catalogue.
    public var indicators: IndicatorRepository { IndicatorRepository(database: self) }
    /// Monthly figures.
    public var observations: ObservationRepository { ObservationRepository(database: self) }
    /// Annual targets.
    public var targets: TargetRepository { TargetRepository(database: self) }
    /// Expiring shared entries (web sessions).
    public var keyValues: KeyValueRepository { KeyValueRepository(database: self) }
}
