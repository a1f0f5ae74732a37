package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Tells {@link QueueCache} when a transaction of this replica that wrote a case or a review window ends, before its
 * commit returns to whoever made it: a reviewer's next read of the queue, right after their decision, is read anew.
 * A transaction runs on one thread from its first write to its end, so the thread remembers the write; a transaction
 * that rolls back forgets the queue too, which costs one read.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class QueueWrites implements Interceptor {

    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    private final QueueCache cache;

    public QueueWrites(QueueCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        noteWrite(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        noteWrite(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        noteWrite(entity);
    }

    @Override
    public void afterTransactionCompletion(Transaction transaction) {
        if (WROTE.get() != null) {
            WROTE.remove();
            cache.forgetAll();
        }
    }

    private static void noteWrite(Object entity) {
        if (entity instanceof ReviewCase || entity instanceof ReviewWindow) {
            WROTE.set(Boolean.TRUE);
        }
    }
}
