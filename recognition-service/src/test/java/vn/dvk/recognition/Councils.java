package vn.dvk.recognition;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.dvk.testing.DemoCallers;

/** Council requests as a committee's admin sends them, of members who are none of the demo callers. */
public final class Councils {

    private Councils() {
    }

    /**
     * The bloc committee's council for the campaign, as the province's admin forms it: the bloc's smallest
     * (dvk.councils.bloc: 5 members, quorum 3), its members of the bloc itself, none of them a demo caller, so that
     * no demo caller holds a seat.
     */
    public static String bloc(String campaign) {
        return of(campaign, "BLOC", DemoCallers.BLOC, 5, 3);
    }

    /** A council of the committee, of the given size and quorum. */
    public static String of(String campaign, String level, String committee, int size, int quorum) {
        return """
                {"campaignId":"%s","level":"%s","organisationId":"%s","name":"Hội đồng","quorum":%d,"members":[%s]}"""
                .formatted(campaign, level, committee, quorum, members(committee, size));
    }

    /** The bloc council's five again, with a higher quorum: a change its admin or chair may make. */
    public static String blocChange() {
        return """
                {"name":"Hội đồng","quorum":4,"members":[%s]}""".formatted(members(DemoCallers.BLOC, 5));
    }

    /** Members of the committee's own organisation (known from the case's path), the first of them the chair. */
    private static String members(String committee, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> """
                {"sub":"sub-policy-%d","fullName":"Thành viên %d","orgId":"%s","chair":%s}"""
                .formatted(i, i, committee, i == 1)).collect(Collectors.joining(","));
    }
}
