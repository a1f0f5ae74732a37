package vn.dvk.local;

/** Where the services keep their data: one database, one schema per service. */
public record Database(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        // Never print the password.
        return jdbcUrl + " (user " + user + ")";
    }
}
