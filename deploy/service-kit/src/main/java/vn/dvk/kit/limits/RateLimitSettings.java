package vn.dvk.kit.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many API requests a minute one client may make: anonymous callers (the gallery, certificate verification) by
 * their address, signed-in users by their token's subject, whichever address they come from. Each may burst to its
 * minute's allowance at once. Over it, 429 with Retry-After.
 */
@ConfigMapping(prefix = "dvk.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    Allowance anonymous();

    Allowance user();

    interface Allowance {
        /** Requests a minute, and the burst allowed at once. */
        int perMinute();
    }
}
