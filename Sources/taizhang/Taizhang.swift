import ArgumentParser

/// The `taizhang` command line: runs the web application and the operator's tasks on one database.
@main
struct Taizhang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "台账：开发区经济运行监测与台账平台 (Taizhang: a development zone's indicators and ledgers).",
        subcommands: [
            ServeCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, TemplateCommand.self,
            UserCommand.self, BackupCommand.self, RestoreCommand.self,
            BulletinCommand.self,
            ProjectsCommand.self,
            ReportCommand.self,
            DraftCommand.self,
            BenchDataCommand.self,
        ]
    )
}
