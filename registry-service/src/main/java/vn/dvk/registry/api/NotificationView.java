package vn.dvk.registry.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.registry.domain.Notification;
import vn.dvk.registry.domain.NotificationKind;

/**
 * One entry of a unit's feed.
 *
 * @param reason why the model was returned or declined
 * @param decisionNumber the decision that recognised it, once recognition issues numbered decisions
 */
public record NotificationView(long id, UUID modelId, String modelTitle, NotificationKind kind, Level level,
        String reason, String decisionNumber, OffsetDateTime occurredAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id, notification.modelId, notification.modelTitle, notification.kind,
                notification.level, notification.reason, notification.decisionNumber, notification.occurredAt);
    }
}
