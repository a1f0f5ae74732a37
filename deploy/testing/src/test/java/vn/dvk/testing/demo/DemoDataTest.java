package vn.dvk.testing.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dvk.testing.demo.DemoProvince.Campaign;
import vn.dvk.testing.demo.DemoProvince.Decision;
import vn.dvk.testing.demo.DemoProvince.Model;
import vn.dvk.testing.demo.DemoProvince.Named;
import vn.dvk.testing.demo.DemoProvince.Window;

/**
 * The demo province of dvk-contracts holds together as a Ban Dân vận cadre would read it (DemoCoherence's tables):
 * each model fits its unit and its dates, each campaign's windows fit the campaign, each decision comes after the
 * models it recognises. The second half feeds the checks what the demo data used to say, so that a check which
 * stopped finding anything would fail here rather than pass silently.
 */
@Tag("unit")
class DemoDataTest {

    private static final DemoProvince DEMO = DemoProvince.load();
    private static final DemoCoherence CHECK = new DemoCoherence(DEMO);

    static Stream<Model> models() {
        return DEMO.models().stream();
    }

    static Stream<Campaign> campaigns() {
        return DEMO.campaigns().values().stream();
    }

    static Stream<Decision> decisions() {
        return DEMO.decisions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void eachModelFitsItsUnitItsCampaignAndItsDates(Model model) {
        assertEquals(List.of(), CHECK.problemsOf(model));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("campaigns")
    void eachCampaignsWindowsFitTheCampaign(Campaign campaign) {
        assertEquals(List.of(), CHECK.problemsOf(campaign));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void eachDecisionComesAfterTheModelsItRecognises(Decision decision) {
        assertFalse(decision.models().isEmpty(), decision + " recognises nothing");
        assertEquals(List.of(), CHECK.problemsOf(decision));
    }

    @Test
    void everyUnitWithModelsHasAKindInTheTable() {
        DEMO.models().forEach(model -> CHECK.kindOf(model.unitId())); // throws on a unit no table covers
        assertEquals(DemoCoherence.UnitKind.HEALTH, CHECK.kindOf("ag-syt-bvdk"));
        assertEquals(DemoCoherence.UnitKind.AGENCY, CHECK.kindOf("ag-vnpt-kd"));
        assertEquals(DemoCoherence.UnitKind.WARD, CHECK.kindOf("ag-tu-lx-my-binh-mttq"));
        assertEquals(DemoCoherence.UnitKind.COMMUNE, CHECK.kindOf("ag-hu-cm-kien-an-hlhpn"));
    }

    /** What the demo data said before it was made to hold together, and what the check must say of it. */
    static Stream<Arguments> absurdModels() {
        return Stream.of(
                Arguments.of(model("ag-syt", "ECONOMY", "Tổ hợp tác nuôi cá tra sạch (Đảng bộ Sở Y tế)",
                        "Hướng dẫn kỹ thuật nuôi, tiêu chuẩn VietGAP", "Sau 3 tháng: 358 lượt", "2026-02-08"),
                        "runs no ECONOMY model"),
                Arguments.of(model("ag-syt", "CULTURE_SOCIETY", "Tổ hợp tác nuôi cá tra sạch (Đảng bộ Sở Y tế)",
                        "Hướng dẫn kỹ thuật nuôi", "Sau 3 tháng: 358 lượt", "2026-02-08"), "in a HEALTH unit: farming and new rural areas"),
                Arguments.of(model("ag-hu-cm-kien-an-mttq", "CULTURE_SOCIETY",
                        "Dân vận khéo trong chăm sóc người bệnh (Ủy ban Mặt trận Tổ quốc Việt Nam xã Kiến An)",
                        "Điều dưỡng, bác sĩ ân cần", "Sau 3 tháng: 376 lượt", "2026-01-06"), "in a COMMUNE unit: doctors, nurses"),
                Arguments.of(model("ag-hu-cm-kien-an", "DEFENSE_SECURITY",
                        "Tổ tự quản an ninh trật tự (Đảng bộ xã Kiến An)",
                        "Mỗi tổ dân phố có tổ tự quản tuần tra", "Sau 3 tháng: 228 lượt", "2026-05-01"),
                        "\"tổ dân phố\" in a COMMUNE"),
                Arguments.of(model("ag-tu-lx-my-binh", "DEFENSE_SECURITY", "Tổ tự quản ở ấp (Đảng bộ phường Mỹ Bình)",
                        "Mỗi ấp có tổ tự quản", "Sau 3 tháng: 228 lượt", "2026-05-01"), "\"ấp\" in a WARD"),
                Arguments.of(model("ag-snnmt-ttkn", "DEFENSE_SECURITY",
                        "Camera giám sát an ninh khu dân cư (Trung tâm Khuyến nông)",
                        "Vận động nhân dân góp kinh phí lắp camera", "Sau 3 tháng: 154 lượt", "2026-05-23"),
                        "runs no DEFENSE_SECURITY model"),
                Arguments.of(model("ag-syt-cdc", "CULTURE_SOCIETY", "Tiêm chủng đến từng nhà (Trung tâm Kiểm soát bệnh tật tỉnh An Giang)",
                        "Vận động gia đình đưa trẻ đi tiêm chủng", "Sau 7 tháng: 154 lượt", "2026-08-23"),
                        "results over 7 months of a model started 2026-08-23"),
                Arguments.of(model("ag-syt-cdc", "CULTURE_SOCIETY", "Tiêm chủng đến từng nhà (Trung tâm Kiểm soát bệnh tật tỉnh An Giang)",
                        "Vận động gia đình đưa trẻ đi tiêm chủng", "154 lượt người dân", "2026-02-23"),
                        "results say over how many months"),
                Arguments.of(new Model("ag-snnmt-ttkn", "SUBMITTED", "dvk-2026", "ECONOMY", "EXEMPLAR", "Tô Văn Lợi",
                        "Chủ tịch Hội Liên hiệp Phụ nữ", "Điển hình", "Chủ tịch Hội Liên hiệp Phụ nữ",
                        "Sau 3 tháng: 10 hộ", LocalDate.parse("2026-02-01")), "outside a Women's Union"),
                Arguments.of(new Model("ag-tu-lx-my-binh-hlhpn", "SUBMITTED", "dvk-2026", "ECONOMY", "EXEMPLAR",
                        "Tô Văn Lợi", "Chi hội trưởng phụ nữ khóm", "Điển hình", "Chi hội trưởng phụ nữ khóm",
                        "Sau 3 tháng: 10 hộ", LocalDate.parse("2026-02-01")), "Tô Văn Lợi heads a Women's Union branch"),
                Arguments.of(new Model("ag-hu-ts-tay-phu-hlhpn", "SUBMITTED", "dvk-2026", "DEFENSE_SECURITY", "EXEMPLAR",
                        "Dương Thị Bích Trâm", "Công an viên", "Điển hình", "Công an viên",
                        "Sau 3 tháng: 10 hộ", LocalDate.parse("2026-02-01")), "no COMMUNE unit has a post \"Công an viên\""),
                Arguments.of(new Model("ag-tu-cd-vinh-nguon", "SUBMITTED", "dvk-ntm-2026", "ECONOMY", "MODEL",
                        "Đảng bộ phường Vĩnh Ngươn", null, "Hiến đất mở rộng hẻm (Đảng bộ phường Vĩnh Ngươn)",
                        "Hiến đất mở rộng hẻm", "Sau 3 tháng: 10 hộ", LocalDate.parse("2026-02-01")),
                        "a WARD unit in the DVK_NEW_RURAL movement"),
                Arguments.of(new Model("ag-tu-lx-my-binh", "SUBMITTED", "dvk-duk-2026", "ECONOMY", "MODEL",
                        "Đảng bộ phường Mỹ Bình", null, "Hiến đất mở rộng hẻm (Đảng bộ phường Mỹ Bình)",
                        "Hiến đất mở rộng hẻm", "Sau 3 tháng: 10 hộ", LocalDate.parse("2026-02-01")),
                        "campaign dvk-duk-2026 is ag-dukcqdn's"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("absurdModels")
    void theChecksFindWhatWasAbsurd(Model absurd, String expected) {
        List<String> problems = CHECK.problemsOf(absurd);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " not in " + problems);
    }

    @Test
    void aDecisionBeforeAModelItRecognisesStartedIsFound() {
        Model late = model("ag-syt-bvdk", "POLITICAL_SYSTEM", "Khám bệnh thông minh (Bệnh viện Đa khoa Trung tâm An Giang)",
                "Đặt lịch khám trực tuyến", "Sau 3 tháng: 10 lượt", "2026-07-22");
        List<Model> models = new ArrayList<>(DEMO.models());
        models.add(late);
        DemoProvince withLate = new DemoProvince(DEMO.organisations(), DEMO.campaigns(), models, DEMO.decisions());
        Decision decision = new Decision("125-QĐ/ĐUK", "dvk-2026", "BLOC", "ag-dukcqdn", LocalDate.parse("2026-06-15"),
                List.of(new Named(late.unitId(), late.title())));

        List<String> problems = new DemoCoherence(withLate).problemsOf(decision);

        assertTrue(problems.stream().anyMatch(p -> p.contains("before " + late.title() + " started 2026-07-22")),
                problems.toString());
    }

    @Test
    void aDecisionOutsideItsCampaignOrByTheWrongLevelIsFound() {
        Decision early = new Decision("1-QĐ/ĐUK", "dvk-2026", "PROVINCE", "ag-dukcqdn", LocalDate.parse("2025-12-31"),
                List.of(new Named("ag-syt-bvdk", "no such model")));

        List<String> problems = CHECK.problemsOf(early);

        assertTrue(problems.contains("a PROVINCE decision issued by a BLOC"), problems.toString());
        assertTrue(problems.contains("issued 2025-12-31, outside campaign dvk-2026"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("names no demo model")), problems.toString());
    }

    @Test
    void incoherentReviewWindowsAreFound() {
        Campaign campaign = new Campaign("x", "DVK", "ag-dukcqdn", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2030-12-31"), LocalDate.parse("2030-06-30"), List.of(
                        new Window("BASE", LocalDate.parse("2026-01-01"), LocalDate.parse("2030-09-30")),
                        new Window("BLOC", LocalDate.parse("2026-01-01"), LocalDate.parse("2030-08-31")),
                        new Window("PROVINCE", LocalDate.parse("2026-01-01"), LocalDate.parse("2031-01-31"))));

        List<String> problems = CHECK.problemsOf(campaign);

        assertTrue(problems.contains("the BLOC window closes before the level below it"), problems.toString());
        assertTrue(problems.contains("a PROVINCE window in a campaign of a BLOC"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("the PROVINCE window")), problems.toString());
    }

    private static Model model(String unitId, String field, String title, String text, String results,
            String startedOn) {
        String owner = DEMO.organisations().get(unitId).name();
        return new Model(unitId, "SUBMITTED", "dvk-2026", field, "MODEL", owner, null, title,
                title + " " + text + " " + results, results, LocalDate.parse(startedOn));
    }
}
