package vn.dvk.kit.limits;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * The buckets of the anonymous clients and of the users, sized by the configuration. Application-scoped, so made
 * at the first request (the request filter that uses it is made while the application starts, before the
 * run-time configuration it reads is there).
 */
@ApplicationScoped
public class ClientAllowances {

    private final boolean enabled;
    private final TokenBuckets anonymous;
    private final TokenBuckets users;

    public ClientAllowances(RateLimitSettings settings) {
        this.enabled = settings.enabled();
        this.anonymous = new TokenBuckets(settings.anonymous().perMinute(), System::nanoTime);
        this.users = new TokenBuckets(settings.user().perMinute(), System::nanoTime);
    }

    public boolean enabled() {
        return enabled;
    }

    /** A request of an anonymous client at this address; when refused, how long until one is allowed. */
    public Optional<Duration> takeAnonymous(String address) {
        return anonymous.take(address);
    }

    /** A request of the user with this subject, from wherever it comes. */
    public Optional<Duration> takeUser(String subject) {
        return users.take(subject);
    }

    /** Every minute, the buckets of the clients that have gone quiet are let go. */
    @Scheduled(every = "1m", delayed = "1m")
    void forgetQuietClients() {
        anonymous.forgetFull();
        users.forgetFull();
    }
}
