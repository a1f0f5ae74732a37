package vn.dvk.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import vn.dvk.registry.domain.UploadLimits;

/**
 * How many uploads this instance receives at once. Each waits in the uploads directory (under /tmp, an emptyDir
 * of bounded size in Kubernetes) until it is stored; with at most this many at once, each at most the HTTP body
 * limit, they cannot fill it (deploy/k8s checks that the volume holds them). One over the bound is refused with
 * 503 and Retry-After before its body is read, rather than have the kubelet evict the pod for a full /tmp.
 */
@ApplicationScoped
public class UploadSlots {

    private final Semaphore slots;
    private final int size;

    public UploadSlots(UploadLimits limits) {
        this.size = limits.maxConcurrent();
        this.slots = new Semaphore(size);
    }

    boolean tryTake() {
        return slots.tryAcquire();
    }

    void give() {
        slots.release();
    }

    /** Uploads being received now. */
    public int inUse() {
        return size - slots.availablePermits();
    }
}
