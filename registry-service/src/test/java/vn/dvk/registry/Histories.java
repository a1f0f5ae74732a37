package vn.dvk.registry;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/** Small history files of the demo province, for the tests of history imports and the access policy. */
public final class Histories {

    private Histories() {
    }

    /** Each small file reports a month of its own: a month reported once is not imported again. */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    /** A valid file of the demo province: a past campaign, two models, one recognised by its base committee. */
    public static byte[] smallFile(String importId, String campaignId) {
        return """
                {"importId": "%s", "campaigns": [%s], "models": [%s, %s],
                 "decisions": [{"number": "7-QĐ/ĐU", "issuedOn": "2019-09-10", "level": "BASE", "issuerId": "ag-syt",
                   "signerName": "Lê Văn Hùng", "signerTitle": "Bí thư Đảng ủy", "recognises": ["m1"],
                   "commendations": [{"modelRef": "m1", "form": "GIAY_KHEN", "grade": "ACHIEVEMENT",
                     "recipientKind": "COLLECTIVE", "recipientName": "Bệnh viện Đa khoa Trung tâm An Giang",
                     "achievement": "Có thành tích trong phong trào thi đua"}]}],
                 "indicators": [{"organisationId": "ag-syt", "period": "%s", "directiveDocuments": 1,
                   "dialogues": 2, "complaintsReceived": 3, "complaintsResolved": 3}]}
                """.formatted(importId, campaign(campaignId, "2019-12-31"),
                model("m1", "ag-syt-bvdk", campaignId, "2019-03-01", "2019-03-01"),
                model("m2", "ag-sgddt-thpt-lx", campaignId, "2019-04-01", "2019-04-01"),
                YearMonth.of(2010, 1).plusMonths(MONTHS.getAndIncrement())).getBytes(StandardCharsets.UTF_8);
    }

    public static String campaign(String id, String endsOn) {
        return """
                {"id": "%s", "movement": "DVK", "name": "Đợt %s", "organisationId": "ag",
                 "startsOn": "2019-01-01", "endsOn": "%s", "registrationDeadline": "2019-06-30",
                 "reviewWindows": [{"level": "BASE", "opensOn": "2019-01-01", "closesOn": "2019-11-30"},
                                   {"level": "BLOC", "opensOn": "2019-01-01", "closesOn": "2019-12-15"}]}
                """.formatted(id, id, endsOn);
    }

    public static String model(String ref, String unit, String campaignId, String submittedOn, String startedOn) {
        return """
                {"ref": "%s", "unitId": "%s", "submittedOn": "%s",
                 "content": {"campaignId": "%s", "kind": "MODEL", "field": "ECONOMY", "ownerKind": "COLLECTIVE",
                   "title": "Mô hình %s", "summary": "Tóm tắt", "goals": "Mục tiêu", "implementation": "Cách làm",
                   "startedOn": "%s"}}
                """.formatted(ref, unit, submittedOn, campaignId, ref, startedOn);
    }
}
