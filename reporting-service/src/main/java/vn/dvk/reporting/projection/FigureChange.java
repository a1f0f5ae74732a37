package vn.dvk.reporting.projection;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.dvk.reporting.domain.ReportQuery;

/**
 * One change of the live figures as {@link FigureChanges} announces it: the campaign (null: any) and the organisation
 * nodes whose subtree's figures moved, or models the public gallery shows or showed, or everything (a rebuild
 * replaced the tables). Told to this replica's observers when the transaction commits, and to every replica's
 * listeners by PostgreSQL's NOTIFY.
 */
public record FigureChange(String campaignId, Set<String> nodes, boolean gallery, boolean everything) {

    public static final FigureChange EVERYTHING = new FigureChange(null, Set.of(), true, true);
    public static final FigureChange GALLERY = new FigureChange(null, Set.of(), true, false);

    static FigureChange of(String campaignId, Collection<String> nodes) {
        return new FigureChange(campaignId, Set.copyOf(nodes), false, false);
    }

    /**
     * The change a notification's payload ("campaign|node,node…", {@link FigureChanges#GALLERY} or
     * {@link FigureChanges#EVERYTHING}) tells.
     */
    public static FigureChange parse(String payload) {
        if (FigureChanges.EVERYTHING.equals(payload)) {
            return EVERYTHING;
        }
        if (FigureChanges.GALLERY.equals(payload)) {
            return GALLERY;
        }
        int bar = payload.indexOf('|');
        String campaign = payload.substring(0, bar);
        return of(campaign.isEmpty() ? null : campaign, List.of(payload.substring(bar + 1).split(",")));
    }

    /**
     * Whether a report of the query may read figures this change moved: its organisation's subtree changed, in its
     * campaign, in any campaign (a change not tied to one), or its query counts every campaign of a movement.
     */
    public boolean concerns(ReportQuery query) {
        return everything || nodes.contains(query.organisationId())
                && (campaignId == null || query.campaignId() == null || campaignId.equals(query.campaignId()));
    }
}
