package vn.dvk.registry.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConstraintMessages;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.text.Text;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.IndicatorReporting;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.ReviewWindow;
import vn.dvk.registry.domain.UnitIndicator;
import vn.dvk.registry.history.HistoryFile.HistoryCommendation;
import vn.dvk.registry.history.HistoryFile.HistoryDecision;
import vn.dvk.registry.history.HistoryFile.HistoryFigures;
import vn.dvk.registry.history.HistoryFile.HistoryModel;

/**
 * Checks a whole history file before anything is written and lists every rule it breaks, each at its JSON pointer:
 * the fields' own constraints, then what holds across them — organisations of the caller's province, campaigns over
 * and not taken, each model submitted within its campaign's registration period and after it started, each decision
 * issued by the committee on its models' paths, inside their campaigns, after they were submitted, one recognition
 * per level and the level below first; monthly figures of past months not reported yet.
 */
@ApplicationScoped
public class HistoryChecks {

    private final Validator validator;
    private final Clock clock;

    public HistoryChecks(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The file, its organisations and campaigns resolved, once it breaks no rule. */
    public record CheckedHistory(HistoryFile file, Map<String, CampaignDefinition> campaigns,
            Map<String, Organisation> organisations, Map<String, HistoryModel> models) {
    }

    /**
     * @param provinceId the caller's province: every organisation the file names must be in it
     * @throws HistoryRefusedProblem listing every violation, when there is one
     */
    public CheckedHistory check(HistoryFile file, String provinceId) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<HistoryFile> v : validator.validate(file)) {
            violations.add(new Problem.Violation(pointer(v.getPropertyPath().toString()), ConstraintMessages.of(v)));
        }
        if (!violations.isEmpty()) {
            throw refused(violations); // the rules across fields need the fields themselves
        }
        Map<String, Organisation> organisations = Organisation.ofProvince(provinceId).stream()
                .collect(Collectors.toMap(org -> org.id, Function.identity()));
        Rules rules = new Rules(provinceId, organisations, violations);
        Map<String, CampaignDefinition> campaigns = rules.campaigns(file.campaigns());
        Map<String, HistoryModel> models = rules.models(file.models(), campaigns);
        rules.decisions(file.decisionsOrNone(), models, campaigns);
        rules.figures(file.indicatorsOrNone());
        if (!violations.isEmpty()) {
            throw refused(violations);
        }
        return new CheckedHistory(file, campaigns, organisations, models);
    }

    private static HistoryRefusedProblem refused(List<Problem.Violation> violations) {
        return new HistoryRefusedProblem(violations.stream().sorted(Comparator.comparing(Problem.Violation::field))
                .toList());
    }

    /** "models[3].content.title" as the JSON pointer "/models/3/content/title". */
    static String pointer(String propertyPath) {
        String path = propertyPath.replaceAll("\\[(\\d+)]", ".$1").replaceAll("<[^>]*>", "").replace("..", ".");
        return "/" + String.join("/", List.of(path.split("\\.")).stream().filter(part -> !part.isEmpty()).toList());
    }

    /** The rules across fields, for one file. */
    private final class Rules {

        private final String provinceId;
        private final Map<String, Organisation> organisations;
        private final List<Problem.Violation> violations;
        private final LocalDate today = LocalDate.now(clock);

        Rules(String provinceId, Map<String, Organisation> organisations, List<Problem.Violation> violations) {
            this.provinceId = provinceId;
            this.organisations = organisations;
            this.violations = violations;
        }

        Map<String, CampaignDefinition> campaigns(List<CampaignDefinition> entries) {
            Map<String, CampaignDefinition> campaigns = new HashMap<>();
            Map<String, String> firstAt = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "/campaigns/" + i;
                CampaignDefinition campaign = entries.get(i).normalised();
                if (!once(firstAt, campaign.id(), at + "/id")) {
                    continue;
                }
                if (!campaign.id().startsWith(provinceId + "-")) {
                    add(at + "/id", HistoryMessages.IMPORT_ID_OUTSIDE_PROVINCE.text(provinceId));
                } else if (Campaign.findByIdOptional(campaign.id()).isPresent()) {
                    add(at + "/id", HistoryMessages.CAMPAIGN_TAKEN.text(campaign.id()));
                }
                if (!campaign.endsOn().isBefore(today)) {
                    add(at + "/endsOn", HistoryMessages.CAMPAIGN_NOT_OVER.text(campaign.endsOn(), today));
                }
                Organisation launcher = organisations.get(campaign.organisationId());
                if (launcher == null) {
                    add(at + "/organisationId", HistoryMessages.NO_ORGANISATION.text(campaign.organisationId()));
                } else {
                    campaign.inconsistencies(launcher.kind).forEach(v -> violations.add(
                            new Problem.Violation(at + "/" + pointer(v.field()).substring(1), v.wording())));
                }
                campaigns.put(campaign.id(), campaign);
            }
            return campaigns;
        }

        Map<String, HistoryModel> models(List<HistoryModel> entries, Map<String, CampaignDefinition> campaigns) {
            Map<String, HistoryModel> models = new HashMap<>();
            Map<String, String> firstAt = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "/models/" + i;
                HistoryModel model = entries.get(i);
                if (!once(firstAt, model.ref(), at + "/ref")) {
                    continue;
                }
                models.put(model.ref(), model);
                Organisation unit = organisations.get(model.unitId());
                if (unit == null) {
                    add(at + "/unitId", HistoryMessages.NO_ORGANISATION.text(model.unitId()));
                } else if (!unit.mayOwnModels()) {
                    add(at + "/unitId", HistoryMessages.NOT_A_UNIT.text(unit.id, unit.kind));
                }
                List<String> missing = model.content().normalised().missingForSubmission();
                if (!missing.isEmpty()) {
                    add(at + "/content", HistoryMessages.MODEL_INCOMPLETE.text(String.join(", ", missing)));
                }
                LocalDate started = model.content().startedOn();
                if (started != null && model.submittedOn().isBefore(started)) {
                    add(at + "/submittedOn", HistoryMessages.SUBMITTED_BEFORE_START.text(model.submittedOn(), started));
                }
                CampaignDefinition campaign = campaigns.get(model.content().campaignId());
                if (campaign == null) {
                    add(at + "/content/campaignId", HistoryMessages.NO_CAMPAIGN_IN_FILE.text(model.content().campaignId()));
                    continue;
                }
                if (unit != null && unit.lineage().stream().noneMatch(org -> org.id.equals(campaign.organisationId()))) {
                    add(at + "/content/campaignId", HistoryMessages.CAMPAIGN_NOT_OPEN_TO_UNIT.text(campaign.id(),
                            campaign.organisationId(), unit.id));
                }
                if (model.submittedOn().isBefore(campaign.startsOn())
                        || model.submittedOn().isAfter(campaign.registrationDeadline())) {
                    add(at + "/submittedOn", HistoryMessages.SUBMITTED_OUTSIDE_REGISTRATION.text(model.submittedOn(),
                            campaign.startsOn(), campaign.registrationDeadline()));
                }
            }
            return models;
        }

        void decisions(List<HistoryDecision> entries, Map<String, HistoryModel> models,
                Map<String, CampaignDefinition> campaigns) {
            Map<String, String> numbersAt = new HashMap<>();
            // each model's recognitions by level: the decision's pointer and day
            Map<String, Map<Level, Recognition>> recognitions = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "/decisions/" + i;
                HistoryDecision decision = entries.get(i);
                String numberKey = decision.issuerId() + " " + Text.nfc(decision.number()).trim().toLowerCase(Locale.ROOT);
                if (numbersAt.putIfAbsent(numberKey, at) != null) {
                    add(at + "/number", HistoryMessages.NUMBER_TWICE.text(decision.number(), decision.issuerId()));
                }
                if (!organisations.containsKey(decision.issuerId())) {
                    add(at + "/issuerId", HistoryMessages.NO_ORGANISATION.text(decision.issuerId()));
                }
                if (decision.recognisesOrNone().isEmpty() && decision.commendationsOrNone().isEmpty()) {
                    add(at, HistoryMessages.DECIDES_NOTHING.text());
                }
                for (int m = 0; m < decision.recognisesOrNone().size(); m++) {
                    String ref = decision.recognisesOrNone().get(m);
                    String where = at + "/recognises/" + m;
                    if (decided(decision, ref, where, models, campaigns)) {
                        Recognition earlier = recognitions.computeIfAbsent(ref, r -> new EnumMap<>(Level.class))
                                .putIfAbsent(decision.level(), new Recognition(at, decision.issuedOn()));
                        if (earlier != null) {
                            add(where, HistoryMessages.RECOGNISED_TWICE.text(ref, decision.level().vietnamese(),
                                    earlier.at()));
                        }
                    }
                }
                List<HistoryCommendation> commendations = decision.commendationsOrNone();
                for (int c = 0; c < commendations.size(); c++) {
                    decided(decision, commendations.get(c).modelRef(), at + "/commendations/" + c + "/modelRef",
                            models, campaigns);
                }
            }
            // the level below recognised first, on the day of this decision or before
            recognitions.forEach((ref, byLevel) -> byLevel.forEach((level, recognition) -> level.previous()
                    .ifPresent(below -> {
                        Recognition lower = byLevel.get(below);
                        if (lower == null || lower.on().isAfter(recognition.on())) {
                            add(recognition.at(), HistoryMessages.LOWER_LEVEL_MISSING.text(ref, below.vietnamese(),
                                    recognition.on()));
                        }
                    })));
        }

        /** Whether the decision may decide on the model: it exists, is on the issuer's path, in time. */
        private boolean decided(HistoryDecision decision, String ref, String at, Map<String, HistoryModel> models,
                Map<String, CampaignDefinition> campaigns) {
            HistoryModel model = models.get(ref);
            if (model == null) {
                add(at, HistoryMessages.NO_MODEL_IN_FILE.text(ref));
                return false;
            }
            Organisation unit = organisations.get(model.unitId());
            CampaignDefinition campaign = campaigns.get(model.content().campaignId());
            if (unit == null || campaign == null) {
                return false; // said at the model already
            }
            boolean fits = true;
            if (!decision.issuerId().equals(unit.path().at(decision.level()).id())) {
                add(at, HistoryMessages.ISSUER_NOT_ON_PATH.text(decision.issuerId(), decision.level().vietnamese(), ref));
                fits = false;
            }
            if (campaign.reviewWindows().stream().map(ReviewWindow::level).noneMatch(decision.level()::equals)) {
                add(at, HistoryMessages.LEVEL_NOT_IN_CAMPAIGN.text(campaign.id(), decision.level().vietnamese()));
                fits = false;
            }
            if (decision.issuedOn().isBefore(model.submittedOn())) {
                add(at, HistoryMessages.DECISION_BEFORE_SUBMISSION.text(decision.issuedOn(), ref, model.submittedOn()));
                fits = false;
            }
            if (decision.issuedOn().isBefore(campaign.startsOn()) || decision.issuedOn().isAfter(campaign.endsOn())) {
                add(at, HistoryMessages.DECISION_OUTSIDE_CAMPAIGN.text(decision.issuedOn(), campaign.id(),
                        campaign.startsOn(), campaign.endsOn()));
                fits = false;
            }
            return fits;
        }

        void figures(List<HistoryFigures> entries) {
            Map<String, String> firstAt = new HashMap<>();
            YearMonth current = YearMonth.now(clock);
            for (int i = 0; i < entries.size(); i++) {
                String at = "/indicators/" + i;
                HistoryFigures figures = entries.get(i);
                Optional<YearMonth> month = IndicatorReporting.month(figures.period());
                if (month.isEmpty()) {
                    add(at + "/period", HistoryMessages.NOT_A_MONTH.text(figures.period()));
                    continue;
                }
                if (!once(firstAt, figures.organisationId() + " " + figures.period(), at)) {
                    continue;
                }
                if (!month.get().isBefore(current)) {
                    add(at + "/period", HistoryMessages.MONTH_NOT_OVER.text(figures.period()));
                }
                if (!organisations.containsKey(figures.organisationId())) {
                    add(at + "/organisationId", HistoryMessages.NO_ORGANISATION.text(figures.organisationId()));
                } else if (UnitIndicator.of(figures.organisationId(), month.get()).isPresent()) {
                    add(at + "/period", HistoryMessages.FIGURES_ALREADY_REPORTED.text(figures.organisationId(),
                            figures.period()));
                }
                if (figures.complaintsResolved() > figures.complaintsReceived()) {
                    add(at + "/complaintsResolved", HistoryMessages.RESOLVED_MORE_THAN_RECEIVED.text(
                            figures.complaintsResolved(), figures.complaintsReceived()));
                }
            }
        }

        /** Whether the key is seen here first; a repeat is a violation naming the first. */
        private boolean once(Map<String, String> firstAt, String key, String at) {
            String first = firstAt.putIfAbsent(key, at);
            if (first != null) {
                add(at, HistoryMessages.APPEARS_TWICE.text(first));
                return false;
            }
            return true;
        }

        private void add(String at, BilingualText text) {
            violations.add(HistoryChecks.violation(at, text));
        }
    }

    /** Where a model is recognised at one level: the decision's pointer and day. */
    private record Recognition(String at, LocalDate on) {
    }

    /** One violation at the pointer, worded in the client's language when the problem is answered. */
    static Problem.Violation violation(String at, BilingualText text) {
        return new Problem.Violation(at, text);
    }
}
