using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>
/// Orders ModelState keys ("Options[1].Description", "Form.Title") as the form shows its fields. ModelState itself
/// enumerates keys alphabetically (Fase before Situatie), so the error summary would not follow the form. Forms declare
/// their properties in screen order, so the declaration order of the model's properties is the form's order.
/// </summary>
public static partial class FormFieldOrder
{
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> key, Type? modelType) =>
        items.Select((item, index) => (item, index, rank: Rank(modelType, key(item))))
            .OrderBy(x => x.rank, RankComparer.Instance).ThenBy(x => x.index)
            .Select(x => x.item);

    /// <summary>Per part of the key its property's position and collection index; a message for the whole form comes first.</summary>
    public static IReadOnlyList<int> Rank(Type? modelType, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return [-1];
        }

        var rank = new List<int>();
        var type = modelType;
        foreach (var part in key.Split('.'))
        {
            var match = Part().Match(part);
            var name = match.Groups["name"].Value;
            var properties = type is null ? [] : PropertiesInOrder(type);
            var position = properties.FindIndex(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            rank.Add(position < 0 ? int.MaxValue : position);
            type = position < 0 ? null : properties[position].PropertyType;
            if (match.Groups["index"].Success)
            {
                rank.Add(int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
                type = ElementType(type);
            }
        }

        return rank;
    }

    private static List<PropertyInfo> PropertiesInOrder(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken)];

    private static Type? ElementType(Type? type) =>
        type is null || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetGenericArguments().FirstOrDefault();

    [GeneratedRegex(@"^(?<name>[^\[]*)(\[(?<index>\d+)\])?$")]
    private static partial Regex Part();

    private sealed class RankComparer : IComparer<IReadOnlyList<int>>
    {
        public static readonly RankComparer Instance = new();

        public int Compare(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
