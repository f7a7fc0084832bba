using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Documents;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>The agenda and the verslag of a werkoverleg as PDF, with the same content as their print views.</summary>
public static class TeamMeetingPdfWriter
{
    public static byte[] Agenda(TeamMeetingPageViewModel meeting)
    {
        var title = $"Agenda werkoverleg {DutchTime.Date(meeting.Date)}";
        return Write(title, meeting, layout =>
        {
            if (meeting.Items.Count == 0)
            {
                layout.Paragraph("Er staan nog geen dilemma's op de agenda.");
            }

            foreach (var item in meeting.Items)
            {
                layout.Heading($"{item.Position}. {item.Number} — {item.Title}", 2);
                layout.Paragraph(item.Question);
            }
        });
    }

    public static byte[] Minutes(TeamMeetingPageViewModel meeting)
    {
        var title = $"Verslag werkoverleg {DutchTime.Date(meeting.Date)}";
        return Write(title, meeting, layout =>
        {
            layout.Heading("Uitkomsten", 1);
            foreach (var item in meeting.Items)
            {
                layout.Heading($"{item.Position}. {item.Number} — {item.Title}", 2);
                layout.Paragraph($"Uitkomst: {item.Outcome.ToDutch()}", bold: true);
                switch (item.Outcome)
                {
                    case AgendaOutcome.Decided when item.Decision is { } decision:
                        layout.Paragraph($"Oplossing: {decision.Solution}");
                        layout.Paragraph($"Motivering: {decision.Rationale}");
                        foreach (var agreement in decision.Agreements)
                        {
                            layout.Bullet($"{agreement.Description} — {agreement.Responsible}, uiterlijk {DutchTime.Date(agreement.DueDate)}. Als de afspraak niet wordt nagekomen: {agreement.Fallback}");
                        }

                        break;
                    case AgendaOutcome.Returned:
                        layout.Paragraph($"Reden van terugsturen: {item.Reason}");
                        break;
                    case AgendaOutcome.NextTime:
                        layout.Paragraph("Het dilemma blijft ter bespreking en komt op de agenda van het volgende werkoverleg.");
                        break;
                    case AgendaOutcome.Pending:
                        layout.Paragraph("Niet besproken.");
                        break;
                }
            }

            layout.Heading("Aantekeningen", 1);
            layout.Paragraph(meeting.Notes.Notes ?? "Geen aantekeningen.");
        });
    }

    private static byte[] Write(string title, TeamMeetingPageViewModel meeting, Action<PdfLayout> body)
    {
        using var output = new MemoryStream();
        PdfLayout.Write(title, $"{title} · {meeting.Team}", output, layout =>
        {
            layout.NewPage();
            layout.Heading(title, 1);
            layout.Paragraph(meeting.Attendees.Count > 0 ? $"{meeting.Team} · Deelnemers: {string.Join(", ", meeting.Attendees)}" : meeting.Team);
            body(layout);
        });
        return output.ToArray();
    }
}
