package vn.dvk.local.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dvk.local.web.WebSuite.suite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openqa.selenium.By;
import vn.dvk.local.Database;
import vn.dvk.testing.DeadLetterList;
import vn.dvk.testing.DemoEvents;

/**
 * A real dead letter on the suite, for the operator's screen: recognition tells the registry of a model the
 * registry does not have (a restore lost it), which the registry cannot apply and dead-letters; once the model is
 * back, the letter replays. Only the model this creates is touched: a fresh id, in a campaign of the test's own,
 * so no other day's counts move.
 */
final class OperatorLetters {

    static final String PATH = "/api/v1/registry-dead-letters";

    private OperatorLetters() {
    }

    /** The registry's letter about the lost model, once the registry has dead-lettered it (as the operator sees it). */
    static Map<String, Object> recognitionOfALostModel(String lost, String campaign) {
        String payload = """
                {"modelId":"%s","sequence":1,"campaignId":"%s","level":"BASE","path":%s,
                 "decidedBy":"base.reviewer","occurredAt":"2026-04-01T08:00:00Z"}"""
                .formatted(lost, campaign, DemoEvents.PATH);
        ProducerRecord<String, String> record = new ProducerRecord<>(DemoEvents.CASE_EVENTS, lost, payload);
        Map.of("ce_type", DemoEvents.RECOGNIZED, "ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0",
                "ce_source", "/dvk/" + DemoEvents.RECOGNITION, "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                suite().suite().kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the suite's broker refused the event", e);
        }
        String operator = suite().token("operator");
        return await("the registry dead-letters the recognition of a model it does not have")
                .atMost(Duration.ofSeconds(60)).until(() -> letterOf(operator, lost), Objects::nonNull);
    }

    /** The registry's letter with this key, read page by page through its API; null when there is none. */
    static Map<String, Object> letterOf(String token, String key) {
        return DeadLetterList.find("http://localhost:" + suite().registry() + PATH, token, key);
    }

    /**
     * The cause fixed: the lost model put back, as a restore from a backup would (a copy of another model's row
     * with the lost id, in the test's campaign, submitted), so that the recognition applies on replay.
     */
    static void restore(String lost, String campaign) throws SQLException {
        Database database = suite().suite().database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    select column_name from information_schema.columns
                    where table_schema = 'registry' and table_name = 'mobilization_model' and is_generated = 'NEVER'
                    order by ordinal_position""");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            List<String> values = columns.stream().map(column -> switch (column) {
                case "id" -> "cast(? as uuid)";
                case "campaign_id" -> "?";
                case "status" -> "'SUBMITTED'";
                case "title" -> "'Mô hình khôi phục từ bản sao lưu'";
                case "review_level", "recognized_level", "replicates_model_id" -> "null";
                case "event_sequence", "version" -> "0";
                default -> column;
            }).toList();
            try (PreparedStatement statement = connection.prepareStatement("insert into registry.mobilization_model ("
                    + String.join(", ", columns) + ") select " + String.join(", ", values)
                    + " from registry.mobilization_model where replicates_model_id is null limit 1")) {
                statement.setString(1, lost);
                statement.setString(2, campaign);
                assertEquals(1, statement.executeUpdate(), "the lost model put back");
            }
        }
    }

    /** The operator sees the letter, what failed and why, replays it once the cause is fixed, and sees it replayed. */
    static void replayedByTheOperator(Screens screens, String lost, String campaign, Map<String, Object> letter)
            throws SQLException {
        By card = By.cssSelector("[data-testid=dead-letter][data-key='" + lost + "']");
        screens.waitForText(By.tagName("h1"), "Sự kiện không xử lý được");
        screens.waitForText(card, DemoEvents.RECOGNIZED);
        screens.waitForText(card, (String) letter.get("reason"));
        screens.waitForText(card, "Chưa phát lại");
        screens.accessible("dead-letters");

        restore(lost, campaign);
        screens.click(By.xpath("//*[@data-testid='dead-letter'][@data-key='" + lost
                + "']//button[normalize-space(.)='Phát lại sự kiện này']"));
        screens.waitForText(By.cssSelector("[role=dialog]"), "Phát lại 1 sự kiện của dịch vụ Đăng ký mô hình?");
        screens.accessible("dead-letter-confirm");
        screens.click(By.xpath("//*[@role='dialog']//button[normalize-space(.)='Phát lại (1)']"));
        screens.waitForText(By.cssSelector("[data-testid=replay-result]"), "thành công 1, vẫn lỗi 0");
        // no longer among those waiting; among those replayed, with what the replay did
        screens.chromium().waiting(Duration.ofSeconds(30)).until(b -> b.findElements(card).isEmpty());
        screens.choose("Trạng thái", "Đã phát lại");
        screens.waitForText(card, "Đã phát lại lúc");
        screens.waitForText(card, "đã áp dụng");
        screens.accessible("dead-letter-replayed");

        Map<String, Object> after = letterOf(suite().token("operator"), lost);
        assertEquals("REPLAYED", after.get("status"), after.toString());
        assertEquals("applied", after.get("outcome"), after.toString());
    }
}
