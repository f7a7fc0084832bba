using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

public sealed record NotificationsViewModel(IReadOnlyList<Notification> Notifications, IReadOnlyList<AgreementListItem> DueAgreements);
