/// Random passwords handed out once (the first administrator's, a reset), which the user must change at the next
/// login; they always meet `PasswordPolicy`.
public enum OneTimePassword {
    // Characters people cannot confuse when they copy from a screen: no 0/O, 1/l/I.
    static let lower = Array("abcdefghijkmnpqrstuvwxyz")
    static let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
    static let digits = Array("23456789")
    static let symbols = Array("-_.@#%+=")

    /// A 16-character password with every class present, drawn from `generator` (the system's secure generator
    /// unless a test passes a seeded one).
    public static func generate(length: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(length: length, using: &generator)
    }

    public static func generate(length: Int = 16, using generator: inout some RandomNumberGenerator) -> String {
        let all = lower + upper + digits + symbols
        var characters = [lower, upper, digits, symbols].map { $0.randomElement(using: &generator)! }
        while characters.count < max(length, PasswordPolicy.minimumLength) {
            characters.append(all.randomElement(using: &generator)!)
        }
        characters.shuffle(using: &generator)
        return String(characters)
    }
}
