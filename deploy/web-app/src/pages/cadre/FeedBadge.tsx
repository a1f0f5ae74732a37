import { Badge, VisuallyHidden } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useApp } from "../../context";
import { feedOf, unreadCount, useFeedState } from "./feed";

/**
 * The count of the unit's unread feed entries, beside the feed's link. Mounted with the navigation, it keeps the
 * feed's stream open on every screen, so a return or a recognition shows here as it happens.
 */
export function FeedBadge() {
  const { t, i18n } = useTranslation();
  const { apis, person, session } = useApp();
  const feed = feedOf(person.organisationId);
  const state = useFeedState(feed);
  useEffect(
    () => feed.start(apis, () => session.token(), () => i18n.language),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, apis],
  );
  const unread = unreadCount(state);
  if (unread === 0) {
    return null;
  }
  // the number is seen; a screen reader hears it in words, as part of the link's name
  return (
    <>
      <Badge color="red.9" size="sm" circle={unread < 10} data-testid="feed-unread" aria-hidden>
        {unread}
      </Badge>
      <VisuallyHidden>{t("cadre.feed.unread", { count: unread })}</VisuallyHidden>
    </>
  );
}
