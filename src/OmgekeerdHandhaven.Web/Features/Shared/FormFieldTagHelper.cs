using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>
/// One NL Design System form field: label, optional hint, the Dutch error next to the field, and the input wired to
/// both with aria-describedby / aria-invalid. Usage: &lt;form-field asp-for="Email" label="E-mailadres" type="email" /&gt;.
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    /// <summary>The posted field name when the model expression's own name does not fit (a form nested in a page model).</summary>
    [HtmlAttributeName("name")]
    public string? NameOverride { get; set; }

    public string? Hint { get; set; }

    /// <summary>text, email, password, date, number, or "textarea".</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>The keyboard a phone shows (numeric for a code).</summary>
    public string? Inputmode { get; set; }

    public bool Required { get; set; }

    public int? Rows { get; set; }

    /// <summary>Id of a datalist with suggestions (plain HTML, so it works without JavaScript).</summary>
    public string? List { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>ViewData key naming the field to focus when the page loads (after a round trip such as "Optie toevoegen").</summary>
    public const string FocusKey = "Focus";

    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = NameOverride ?? For.Name;
        var id = IdFor(name);
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var invalid = errors.Count > 0;
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--text" + (invalid ? " utrecht-form-field--invalid" : string.Empty));

        var html = output.Content;
        html.AppendHtml($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">");
        html.Append(Label);
        html.AppendHtml("</label></div>");

        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-uitleg");
            html.AppendHtml($"<div class=\"utrecht-form-field-description oh-hint\" id=\"{id}-uitleg\">");
            html.Append(Hint);
            html.AppendHtml("</div>");
        }

        if (invalid)
        {
            describedBy.Add(id + "-fout");
            html.AppendHtml($"<p class=\"utrecht-form-field-error-message\" id=\"{id}-fout\">");
            html.Append(string.Join(" ", errors));
            html.AppendHtml("</p>");
        }

        var input = new TagBuilder(Type == "textarea" ? "textarea" : "input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (invalid)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        if (Required)
        {
            // aria-required, not required: the server validates, and :invalid styling would mark empty fields red before anyone typed.
            input.Attributes["aria-required"] = "true";
        }

        if (ViewContext.ViewData[FocusKey] as string == name)
        {
            input.Attributes["autofocus"] = "autofocus";
        }

        if (List is not null)
        {
            input.Attributes["list"] = List;
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        // A posted value wins over the model, so the user's input survives a failed submit.
        var value = entry?.AttemptedValue ?? For.Model?.ToString() ?? string.Empty;
        if (Type == "textarea")
        {
            input.AddCssClass("utrecht-textarea utrecht-textarea--html-textarea" + (invalid ? " utrecht-textarea--invalid" : string.Empty));
            input.Attributes["rows"] = (Rows ?? 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value);
        }
        else
        {
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.AddCssClass("utrecht-textbox utrecht-textbox--html-input" + (invalid ? " utrecht-textbox--invalid" : string.Empty));
            input.Attributes["type"] = Type;
            if (Type != "password")
            {
                input.Attributes["value"] = value;
            }
        }

        html.AppendHtml("<div class=\"utrecht-form-field__input\">");
        html.AppendHtml(input);
        html.AppendHtml("</div>");
    }
}
