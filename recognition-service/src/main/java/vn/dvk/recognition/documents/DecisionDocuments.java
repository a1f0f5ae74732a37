package vn.dvk.recognition.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.CommendationForms;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Puts a decision into the words of a Party committee's decision: the heading of its issuer, "QUYẾT ĐỊNH" about
 * what it recognises and awards, the legal basis as the issuer wrote it, one article for the recognitions, one per
 * form of commendation, one that puts it in force, and the annexed lists, ordered by unit then title.
 */
@ApplicationScoped
public class DecisionDocuments {

    private static final String EXEMPLAR = "EXEMPLAR";

    private final CommendationForms forms;

    public DecisionDocuments(CommendationForms forms) {
        this.forms = forms;
    }

    public DecisionDocument of(Decision decision) {
        List<ReviewCase> cases = decision.modelIds().isEmpty() ? List.of()
                : ReviewCase.<ReviewCase>list("modelId in ?1", decision.modelIds()).stream()
                        .sorted(Comparator.comparing((ReviewCase c) -> c.unitName).thenComparing(c -> c.title))
                        .toList();
        List<Commendation> commendations = decision.commendations();
        ReviewCase anyCase = !cases.isEmpty() ? cases.get(0)
                : commendations.isEmpty() ? null : commendations.get(0).anyCase();
        PartyHeading heading = anyCase == null
                ? IssuerHeadings.ofIssuer(decision.level, decision.issuerOrgId, decision.issuerName)
                : IssuerHeadings.of(decision.level, anyCase.path());
        String level = VietnameseFormat.level(decision.level);

        List<String> articles = new ArrayList<>();
        if (!cases.isEmpty()) {
            articles.add(article(articles, DecisionTexts.RECOGNISES.formatted(cases.size(), level)));
        }
        Map<String, List<Commendation>> byForm = new LinkedHashMap<>();
        commendations.forEach(c -> byForm.computeIfAbsent(c.form, f -> new ArrayList<>()).add(c));
        byForm.forEach((form, awarded) -> articles.add(article(articles, DecisionTexts.COMMENDS.formatted(
                forms.nameOf(form), heading.decidingBody(), recipients(awarded)))));
        articles.add(article(articles, DecisionTexts.IN_FORCE));

        List<String> recipients = new ArrayList<>();
        recipients.add(PartyFormatTexts.RECIPIENTS);
        recipients.add(DecisionTexts.RECIPIENT_AS_ARTICLE.formatted(articles.size()));
        if (heading.superior() != null) {
            recipients.add(DecisionTexts.RECIPIENT_SUPERIOR.formatted(heading.superior()));
        }
        recipients.add(DecisionTexts.RECIPIENT_ARCHIVE);

        String about = cases.isEmpty() ? DecisionTexts.ABOUT_COMMENDATION
                : commendations.isEmpty() ? DecisionTexts.ABOUT_RECOGNITION.formatted(level)
                : DecisionTexts.ABOUT_BOTH.formatted(level);
        return new DecisionDocument(heading, decision.number, decision.issuedOn, about,
                decision.status == Decision.Status.REVOKED ? DecisionTexts.REVOKED.formatted(decision.revokingNumber)
                        : null,
                legalBasis(decision.legalBasis), articles,
                recipients, decision.signerTitle, decision.signerName,
                cases.stream().map(c -> new DecisionDocument.ModelRow(c.title,
                        EXEMPLAR.equals(c.kind) ? DecisionTexts.EXEMPLAR : DecisionTexts.MODEL, holder(c))).toList(),
                commendations.stream().map(c -> new DecisionDocument.CommendationRow(c.recipientName,
                        c.recipientKind == Commendation.RecipientKind.INDIVIDUAL ? DecisionTexts.INDIVIDUAL
                                : DecisionTexts.COLLECTIVE, unitName(c), forms.nameOf(c.form), c.achievement))
                        .toList());
    }

    /**
     * The legal basis as a Party decision lists it, one ground a line: "- Căn cứ …;" and the last "- Xét đề nghị …,"
     * whether the issuer typed the grounds on lines of their own or separated by semicolons.
     */
    static List<String> legalBasis(String typed) {
        List<String> grounds = typed.lines().flatMap(line -> java.util.Arrays.stream(line.split(";")))
                .map(ground -> ground.strip().replaceFirst("^-\\s*", "").replaceFirst("[;,.]$", "").strip())
                .filter(ground -> !ground.isEmpty()).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < grounds.size(); i++) {
            lines.add("- " + VietnameseFormat.capitalised(grounds.get(i)) + (i < grounds.size() - 1 ? ";" : ","));
        }
        return lines;
    }

    private static String article(List<String> articles, String text) {
        return DecisionTexts.ARTICLE.formatted(articles.size() + 1) + text;
    }

    /** "2 tập thể và 1 cá nhân". */
    private static String recipients(List<Commendation> awarded) {
        long individuals = awarded.stream().filter(c -> c.recipientKind == Commendation.RecipientKind.INDIVIDUAL)
                .count();
        long collectives = awarded.size() - individuals;
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(DecisionTexts.COLLECTIVES.formatted(collectives));
        }
        if (individuals > 0) {
            parts.add(DecisionTexts.INDIVIDUALS.formatted(individuals));
        }
        return String.join(DecisionTexts.AND, parts);
    }

    /** The unit, or the person an individual's model is of and their unit: "Nguyễn Thị Hồng Nhung, Bệnh viện…". */
    private static String holder(ReviewCase reviewCase) {
        return reviewCase.ownerName == null ? reviewCase.unitName
                : DecisionTexts.PERSON_OF_UNIT.formatted(reviewCase.ownerName, reviewCase.unitName);
    }

    private static String unitName(Commendation commendation) {
        ReviewCase anyCase = commendation.anyCase();
        return anyCase != null && anyCase.unitId.equals(commendation.unitId) ? anyCase.unitName : commendation.unitId;
    }
}
