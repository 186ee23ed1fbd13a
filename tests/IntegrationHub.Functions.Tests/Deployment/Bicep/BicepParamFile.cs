using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// Writes a <c>.bicepparam</c> file for a compiled template from an ARM parameters file: <c>bicep snapshot</c> only
/// takes .bicepparam, and the repository keeps main.parameters.json because that is what the README's az commands use.
/// </summary>
public static partial class BicepParamFile
{
    public static string From(string templateFileName, string parametersJson)
    {
        using var document = JsonDocument.Parse(parametersJson);
        var text = new StringBuilder($"using '{templateFileName}'\n");
        foreach (var parameter in document.RootElement.GetProperty("parameters").EnumerateObject())
        {
            text.Append(CultureInfo.InvariantCulture, $"param {parameter.Name} = {Literal(parameter.Value.GetProperty("value"))}\n");
        }

        return text.ToString();
    }

    private static string Literal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Literal)) + "]",
        JsonValueKind.Object => "{ " + string.Join(", ", value.EnumerateObject().Select(p => $"{Key(p.Name)}: {Literal(p.Value)}")) + " }",
        _ => throw new ArgumentException($"no Bicep literal for {value.ValueKind}"),
    };

    // Quoting a key that needs none draws the linter's prefer-unquoted-property-names warning.
    private static string Key(string name) => Identifier().IsMatch(name) ? name : Quote(name);

    private static string Quote(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
