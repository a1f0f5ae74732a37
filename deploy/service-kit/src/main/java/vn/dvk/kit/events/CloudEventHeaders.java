package vn.dvk.kit.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads the CloudEvents attributes that binary mode puts in Kafka headers. */
public final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    public static String type(ConsumerRecord<?, ?> record) {
        return header(record, "ce_type");
    }

    public static String id(ConsumerRecord<?, ?> record) {
        return header(record, "ce_id");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
