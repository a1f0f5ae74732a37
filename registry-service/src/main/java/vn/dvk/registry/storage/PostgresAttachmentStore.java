package vn.dvk.registry.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Keeps attachments in PostgreSQL as chunks of {@value #CHUNK_SIZE} bytes ({@code stored_object_chunk}): an upload
 * is written a chunk at a time in the caller's transaction, and a download reads only the chunks its range covers,
 * one at a time, each in a short transaction of its own, so neither holds a whole file in memory.
 */
@ApplicationScoped
public class PostgresAttachmentStore implements AttachmentStore {

    static final int CHUNK_SIZE = 256 * 1024;

    private final EntityManager entityManager;

    public PostgresAttachmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String put(InputStream content) throws IOException {
        String key = UUID.randomUUID().toString();
        byte[] chunk;
        int index = 0;
        while ((chunk = content.readNBytes(CHUNK_SIZE)).length > 0) {
            entityManager.createNativeQuery(
                            "insert into {h-schema}stored_object_chunk (storage_key, chunk_index, bytes) values (:key, :index, :bytes)")
                    .setParameter("key", key).setParameter("index", index++).setParameter("bytes", chunk)
                    .executeUpdate();
        }
        return key;
    }

    @Override
    public void copy(String key, long first, long last, OutputStream out) throws IOException {
        for (long index = first / CHUNK_SIZE; index <= last / CHUNK_SIZE; index++) {
            byte[] chunk = readChunk(key, (int) index);
            long chunkStart = index * CHUNK_SIZE;
            int from = (int) Math.max(0, first - chunkStart);
            int to = (int) Math.min(chunk.length - 1, last - chunkStart);
            out.write(chunk, from, to - from + 1);
        }
        out.flush();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String key) {
        entityManager.createNativeQuery("delete from {h-schema}stored_object_chunk where storage_key = :key")
                .setParameter("key", key).executeUpdate();
    }

    private byte[] readChunk(String key, int index) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                        "select bytes from {h-schema}stored_object_chunk where storage_key = :key and chunk_index = :index")
                .setParameter("key", key).setParameter("index", index).getSingleResult());
    }
}
