using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Domain;

/// <summary>Writes and reads every enum as its <see cref="ClosedSet"/> text ("feed-stopped"), as the warehouse stores it.</summary>
public sealed class ClosedSetJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ClosedSet.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"'{reader.GetString()}' is not one of {string.Join(", ", ClosedSet.Texts<T>())}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text());
    }
}
