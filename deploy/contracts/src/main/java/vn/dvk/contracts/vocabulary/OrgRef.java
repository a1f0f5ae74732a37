package vn.dvk.contracts.vocabulary;

/** An organisation as events carry it: its id and its name at the time of the event. */
public record OrgRef(String id, String name) {
}
