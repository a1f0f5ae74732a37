package vn.dvk.registry.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the bytes of attachments live. The registry keeps what it knows about a file (name, type, size, SHA-256) in
 * its own table and the bytes here, under a key this store makes. Writes join the caller's transaction where the
 * store is transactional, so a failed upload leaves nothing. PostgreSQL now ({@link PostgresAttachmentStore}); an
 * object store can replace it.
 */
public interface AttachmentStore {

    /** Stores the stream's bytes, read to its end; returns the key to read them back with. */
    String put(InputStream content) throws IOException;

    /** Writes the bytes from {@code first} to {@code last} (both included, from 0) of the stored object. */
    void copy(String key, long first, long last, OutputStream out) throws IOException;

    void delete(String key);
}
