package vn.dvk.testing.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dvk.testing.demo.DemoProvince.Campaign;
import vn.dvk.testing.demo.DemoProvince.Decision;
import vn.dvk.testing.demo.DemoProvince.Model;
import vn.dvk.testing.demo.DemoProvince.Named;
import vn.dvk.testing.demo.DemoProvince.Org;
import vn.dvk.testing.demo.DemoProvince.Window;

/**
 * What a Ban Dân vận cadre would find absurd in the demo data, as far as a machine can tell: each check returns
 * the problems it finds, in words, so that a test can show all of them at once. The tables are deliberately
 * small; they say what each kind of unit plausibly runs, not everything it might.
 */
final class DemoCoherence {

    /**
     * The day the demo describes the province at: the registry's tests run on a clock started 2026-12-01, and a
     * model's results ("Sau N tháng: …") cannot cover more months than it has run by then.
     */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    /** What kind of unit an organisation is, from where it sits in the tree. */
    enum UnitKind {
        /** the Department of Health's party committee and its hospitals and centres (ag-syt…) */
        HEALTH,
        /** the Department of Education's party committee and its schools (ag-sgddt…) */
        EDUCATION,
        /** the services that work with farmers: agriculture and environment, Agribank (ag-snnmt…, ag-agribank…) */
        RURAL_SERVICE,
        /** the other agencies and enterprises of the bloc (VNPT, the power company, finance, home affairs…) */
        AGENCY,
        /** a phường (urban ward), its Fatherland Front and Women's Union: neighbourhoods are khóm */
        WARD,
        /** a xã (rural commune), its Fatherland Front and Women's Union: hamlets are ấp */
        COMMUNE
    }

    private static final Map<String, UnitKind> SECTORS = Map.of("ag-syt", UnitKind.HEALTH,
            "ag-sgddt", UnitKind.EDUCATION, "ag-snnmt", UnitKind.RURAL_SERVICE, "ag-agribank", UnitKind.RURAL_SERVICE);
    private static final String AGENCIES_BLOC = "ag-dukcqdn";

    /** The fields (lĩnh vực) each kind of unit runs models in: no hospital runs an economic model. */
    static final Map<UnitKind, Set<String>> FIELDS = Map.of(
            UnitKind.HEALTH, Set.of("CULTURE_SOCIETY", "POLITICAL_SYSTEM", "DEFENSE_SECURITY"),
            UnitKind.EDUCATION, Set.of("CULTURE_SOCIETY", "POLITICAL_SYSTEM", "DEFENSE_SECURITY"),
            UnitKind.RURAL_SERVICE, Set.of("ECONOMY", "CULTURE_SOCIETY", "POLITICAL_SYSTEM"),
            UnitKind.AGENCY, Set.of("ECONOMY", "CULTURE_SOCIETY", "POLITICAL_SYSTEM"),
            UnitKind.WARD, Set.of("ECONOMY", "CULTURE_SOCIETY", "POLITICAL_SYSTEM", "DEFENSE_SECURITY"),
            UnitKind.COMMUNE, Set.of("ECONOMY", "CULTURE_SOCIETY", "POLITICAL_SYSTEM", "DEFENSE_SECURITY"));

    /** Words that belong to some kinds of unit only, wherever they appear in a model (title, text, post). */
    record Sector(Pattern words, Set<UnitKind> kinds, String why) {
    }

    static final List<Sector> SECTOR_WORDS = List.of(
            new Sector(words("tổ dân phố", "khóm"), EnumSet.of(UnitKind.WARD),
                    "tổ dân phố and khóm are a phường's neighbourhoods"),
            new Sector(words("ấp"), EnumSet.of(UnitKind.COMMUNE, UnitKind.RURAL_SERVICE),
                    "ấp are a xã's hamlets"),
            new Sector(words("cá tra", "nuôi cá", "lúa", "VietGAP", "vật nuôi", "cây trồng", "khuyến nông",
                    "nông thôn mới"),
                    EnumSet.of(UnitKind.COMMUNE, UnitKind.RURAL_SERVICE), "farming and new rural areas are for communes and rural services"),
            new Sector(words("bác sĩ", "điều dưỡng", "khám bệnh", "tiêm chủng"), EnumSet.of(UnitKind.HEALTH),
                    "doctors, nurses and vaccination belong to the health sector"),
            new Sector(words("giáo viên chủ nhiệm", "học đường", "cổng trường"), EnumSet.of(UnitKind.EDUCATION),
                    "class teachers and school grounds belong to schools"));

    /**
     * The posts an exemplar (điển hình, a person) holds in each kind of unit, by how the post begins: a hospital's
     * exemplar is a doctor or a nurse, a khóm's its head or its party cell's secretary, never a police officer
     * of a Women's Union or a class teacher of a power company.
     */
    static final Map<UnitKind, List<String>> POSTS = Map.of(
            UnitKind.HEALTH, List.of("Bác sĩ", "Điều dưỡng", "Chuyên viên"),
            UnitKind.EDUCATION, List.of("Giáo viên", "Hiệu trưởng", "Bí thư Đoàn trường", "Chuyên viên"),
            UnitKind.RURAL_SERVICE, List.of("Kỹ sư", "Cán bộ tín dụng", "Chuyên viên"),
            UnitKind.AGENCY, List.of("Chuyên viên", "Viên chức", "Đoàn viên", "Công nhân", "Giao dịch viên"),
            UnitKind.WARD, List.of("Bí thư Chi bộ", "Trưởng khóm", "Trưởng ban công tác Mặt trận", "Tổ trưởng tổ hòa giải",
                    "Chi hội trưởng phụ nữ"),
            UnitKind.COMMUNE, List.of("Bí thư Chi bộ", "Trưởng ấp", "Trưởng ban công tác Mặt trận", "Tổ trưởng tổ hòa giải",
                    "Chi hội trưởng phụ nữ"));

    /** Movements that are for some kinds of unit only: new rural areas are built in communes. */
    static final Map<String, Set<UnitKind>> MOVEMENTS = Map.of(
            "DVK_NEW_RURAL", EnumSet.of(UnitKind.COMMUNE, UnitKind.RURAL_SERVICE));

    private static final Pattern MONTHS = Pattern.compile("^Sau (\\d+) tháng\\b");
    private static final List<String> LEVELS = List.of("BASE", "BLOC", "PROVINCE");

    private final DemoProvince demo;

    DemoCoherence(DemoProvince demo) {
        this.demo = demo;
    }

    UnitKind kindOf(String unitId) {
        List<Org> path = demo.path(unitId);
        for (Org org : path) {
            if (SECTORS.containsKey(org.id())) {
                return SECTORS.get(org.id());
            }
        }
        if (path.stream().anyMatch(org -> org.id().equals(AGENCIES_BLOC))) {
            return UnitKind.AGENCY;
        }
        Org base = path.stream().filter(org -> org.kind().equals("BASE")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unitId + " is under no base organisation"));
        if (base.name().contains("phường")) {
            return UnitKind.WARD;
        }
        if (base.name().contains(" xã ")) {
            return UnitKind.COMMUNE;
        }
        throw new IllegalArgumentException(unitId + "'s kind is in no table: add it to DemoCoherence.UnitKind");
    }

    /** The unit runs what its kind runs, in a campaign over it, with results over months it has existed. */
    List<String> problemsOf(Model model) {
        List<String> problems = new ArrayList<>();
        if (!demo.organisations().containsKey(model.unitId())) {
            return List.of("its unit " + model.unitId() + " is not in the tree");
        }
        UnitKind kind = kindOf(model.unitId());
        if (!FIELDS.get(kind).contains(model.field())) {
            problems.add("a " + kind + " unit runs no " + model.field() + " model");
        }
        for (Sector sector : SECTOR_WORDS) {
            Matcher found = sector.words().matcher(model.text());
            if (found.find() && !sector.kinds().contains(kind)) {
                problems.add("\"" + found.group() + "\" in a " + kind + " unit: " + sector.why());
            }
        }
        problems.addAll(ownerProblems(model, demo.organisations().get(model.unitId())));
        if (model.ownerPosition() != null && POSTS.get(kind).stream().noneMatch(model.ownerPosition()::startsWith)) {
            problems.add("no " + kind + " unit has a post \"" + model.ownerPosition() + "\"");
        }
        Campaign campaign = demo.campaigns().get(model.campaignId());
        if (campaign == null) {
            problems.add("no campaign " + model.campaignId());
        } else {
            if (demo.path(model.unitId()).stream().noneMatch(org -> org.id().equals(campaign.organisationId()))) {
                problems.add("campaign " + campaign.id() + " is " + campaign.organisationId() + "'s, not over the unit");
            }
            Set<UnitKind> movementKinds = MOVEMENTS.get(campaign.movement());
            if (movementKinds != null && !movementKinds.contains(kind)) {
                problems.add("a " + kind + " unit in the " + campaign.movement() + " movement");
            }
        }
        problems.addAll(resultProblems(model, AS_OF));
        return problems;
    }

    private static List<String> ownerProblems(Model model, Org unit) {
        List<String> problems = new ArrayList<>();
        String position = model.ownerPosition() == null ? "" : model.ownerPosition().toLowerCase();
        if (model.kind().equals("EXEMPLAR") == position.isEmpty()) {
            problems.add("an exemplar is a person with a post, a model a collective without one");
        }
        if (position.contains("phụ nữ") && !model.unitId().endsWith("-hlhpn")) {
            problems.add("a Women's Union post (" + model.ownerPosition() + ") outside a Women's Union");
        }
        if (position.contains("phụ nữ") && !isWoman(model.ownerName())) {
            problems.add(model.ownerName() + " heads a Women's Union branch");
        }
        if (position.contains("mặt trận") && !model.unitId().endsWith("-mttq")) {
            problems.add("a Fatherland Front post (" + model.ownerPosition() + ") outside the Fatherland Front");
        }
        if (model.kind().equals("MODEL") && !model.ownerName().equals(unit.name())) {
            problems.add("a collective model owned by " + model.ownerName() + ", not by its unit " + unit.name());
        }
        return problems;
    }

    private static boolean isWoman(String name) {
        return name.contains(" Thị ") || name.startsWith("Néang ");
    }

    /** Results are reported over at most the whole months between the start and {@code reportedBy}. */
    static List<String> resultProblems(Model model, LocalDate reportedBy) {
        Matcher months = MONTHS.matcher(model.results());
        if (!months.find()) {
            return List.of("results say over how many months (\"Sau N tháng: …\")");
        }
        int reported = Integer.parseInt(months.group(1));
        if (model.startedOn().plusMonths(reported).isAfter(reportedBy)) {
            return List.of("results over " + reported + " months of a model started " + model.startedOn()
                    + ", reported by " + reportedBy);
        }
        return List.of();
    }

    /** A campaign's review windows lie inside it, one per level up to its organisation's, closing in order. */
    List<String> problemsOf(Campaign campaign) {
        List<String> problems = new ArrayList<>();
        Org owner = demo.organisations().get(campaign.organisationId());
        if (owner == null) {
            return List.of("its organisation " + campaign.organisationId() + " is not in the tree");
        }
        if (campaign.endsOn().isBefore(campaign.startsOn())) {
            problems.add("ends before it starts");
        }
        if (!within(campaign.registrationDeadline(), campaign.startsOn(), campaign.endsOn())) {
            problems.add("registration closes outside the campaign");
        }
        LocalDate previousClose = null;
        for (String level : LEVELS) {
            Optional<Window> window = campaign.windows().stream().filter(w -> w.level().equals(level)).findFirst();
            boolean reviews = LEVELS.indexOf(level) <= LEVELS.indexOf(owner.kind());
            if (window.isEmpty()) {
                if (reviews) {
                    problems.add("no " + level + " review window");
                }
                continue;
            }
            Window w = window.get();
            if (!reviews) {
                problems.add("a " + level + " window in a campaign of a " + owner.kind());
            }
            if (w.closesOn().isBefore(w.opensOn()) || !within(w.opensOn(), campaign.startsOn(), campaign.endsOn())
                    || !within(w.closesOn(), campaign.startsOn(), campaign.endsOn())) {
                problems.add("the " + level + " window " + w.opensOn() + "–" + w.closesOn() + " is not inside the campaign");
            }
            if (previousClose != null && w.closesOn().isBefore(previousClose)) {
                problems.add("the " + level + " window closes before the level below it");
            }
            if (level.equals("BASE") && w.closesOn().isBefore(campaign.registrationDeadline())) {
                problems.add("base review closes before registration does");
            }
            previousClose = w.closesOn();
        }
        return problems;
    }

    /**
     * A decision recognises submitted models of its campaign under its organisation, on a day inside the campaign
     * and its level's review window, after each model started and ran the months its results report.
     */
    List<String> problemsOf(Decision decision) {
        List<String> problems = new ArrayList<>();
        Campaign campaign = demo.campaigns().get(decision.campaignId());
        Org issuer = demo.organisations().get(decision.organisationId());
        if (campaign == null || issuer == null) {
            return List.of("no campaign " + decision.campaignId() + " or organisation " + decision.organisationId());
        }
        if (!issuer.kind().equals(decision.level())) {
            problems.add("a " + decision.level() + " decision issued by a " + issuer.kind());
        }
        if (!within(decision.issuedOn(), campaign.startsOn(), campaign.endsOn())) {
            problems.add("issued " + decision.issuedOn() + ", outside campaign " + campaign.id());
        }
        campaign.windows().stream().filter(w -> w.level().equals(decision.level())).findFirst().ifPresentOrElse(w -> {
            if (!within(decision.issuedOn(), w.opensOn(), w.closesOn())) {
                problems.add("issued " + decision.issuedOn() + ", outside the " + w.level() + " review window");
            }
        }, () -> problems.add("campaign " + campaign.id() + " has no " + decision.level() + " review"));
        for (Named named : decision.models()) {
            Optional<Model> found = demo.model(named);
            if (found.isEmpty()) {
                problems.add("names no demo model: " + named);
                continue;
            }
            Model model = found.get();
            if (!model.status().equals("SUBMITTED") || !model.campaignId().equals(campaign.id())) {
                problems.add(named.title() + " is " + model.status() + " in " + model.campaignId());
            }
            if (demo.path(model.unitId()).stream().noneMatch(org -> org.id().equals(issuer.id()))) {
                problems.add(named.title() + " is not under " + issuer.id());
            }
            if (decision.issuedOn().isBefore(model.startedOn())) {
                problems.add("issued " + decision.issuedOn() + ", before " + named.title() + " started "
                        + model.startedOn());
            }
            problems.addAll(resultProblems(model, decision.issuedOn()));
        }
        return problems;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whole words, case-insensitive, Vietnamese letters included. */
    private static Pattern words(String... words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", words) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
