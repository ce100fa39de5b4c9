namespace Analytics.Pipeline.Configuration;

/// <summary>A configuration value that is wrong; the message names the key.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
