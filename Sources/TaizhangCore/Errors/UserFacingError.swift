/// An error that can be shown to a person: a Chinese message for the user, an English description for logs.
public protocol UserFacingError: Error, CustomStringConvertible, Sendable {
    /// The message shown to the user, in Chinese, naming the file, row and field where there is one.
    var userMessage: String { get }
}
