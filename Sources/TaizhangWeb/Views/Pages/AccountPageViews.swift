import TaizhangCore

/// The sign-in page: stands alone, without navigation.
struct LoginPageView {
    let assetVersion: String
    let flash: FlashMessage?
    let error: String?
    let username: String
    /// Where to go after signing in (a local path).
    let next: String
}

/// The change-password page, also the forced stop after a one-time password.
struct PasswordPageView {
    let layout: LayoutView
    let mustChange: Bool
    let error: String?
    let minimumLength = PasswordPolicy.minimumLength
    let minimumClasses = PasswordPolicy.minimumClasses
}
