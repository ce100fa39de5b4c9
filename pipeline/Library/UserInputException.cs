namespace Analytics.Pipeline;

/// <summary>
/// An error the user must fix: a bad option value, a bad config value, a file that cannot be read as given. The
/// command line shows its message alone and exits with code 2.
/// </summary>
public sealed class UserInputException(string message, Exception? inner = null) : Exception(message, inner);
