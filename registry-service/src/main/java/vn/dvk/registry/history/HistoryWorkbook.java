package vn.dvk.registry.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.OwnerKind;
import vn.dvk.registry.domain.ReviewWindow;
import vn.dvk.registry.history.HistoryFile.HistoryCommendation;
import vn.dvk.registry.history.HistoryFile.HistoryDecision;
import vn.dvk.registry.history.HistoryFile.HistoryFigures;
import vn.dvk.registry.history.HistoryFile.HistoryModel;

/**
 * Reads the history workbook of {@link HistoryTemplate} into the same {@link HistoryFile} a JSON import sends, for
 * the same checks and importer. Only what a cell cannot hold is refused here (422, at the cell); every rule of the
 * file is the checks', whose refusal {@link Read#relocate} points at the workbook's cells. A file that is no
 * workbook is a 400.
 */
@ApplicationScoped
public class HistoryWorkbook {

    /** The file, and where each of its entries came from. */
    public record Read(HistoryFile file, WorkbookLocations locations) {

        public HistoryRefusedProblem relocate(HistoryRefusedProblem refused) {
            return locations.relocate(refused);
        }
    }

    public Read read(byte[] body) {
        try (XSSFWorkbook workbook = open(body)) {
            return new Reading(workbook).read();
        } catch (IOException e) {
            throw unreadable();
        }
    }

    /** POI refuses a file that is no workbook with one of several unchecked exceptions: all mean the same here. */
    @SuppressWarnings("java:S1166")
    private static XSSFWorkbook open(byte[] body) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException notAWorkbook) {
            throw unreadable();
        }
    }

    private static InvalidRequestProblem unreadable() {
        return new InvalidRequestProblem(HistoryMessages.WORKBOOK_UNREADABLE.text());
    }

    /** One workbook's reading: the violations of its cells and the places of its entries. */
    private static final class Reading {

        private final XSSFWorkbook workbook;
        private final List<Problem.Violation> violations = new ArrayList<>();
        private final WorkbookLocations locations = new WorkbookLocations();

        Reading(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        Read read() {
            String importId = null;
            List<CampaignDefinition> campaigns = new ArrayList<>();
            for (WorkbookCells row : rows(WorkbookLayout.CAMPAIGNS)) {
                if (importId == null) {
                    importId = row.text("importId");
                    locations.entry("/importId", WorkbookLayout.CAMPAIGNS, row.rowIndex());
                }
                campaigns.add(campaign(row));
            }
            List<HistoryModel> models = new ArrayList<>();
            for (WorkbookCells row : rows(WorkbookLayout.MODELS)) {
                locations.entry("/models/" + models.size(), WorkbookLayout.MODELS, row.rowIndex());
                models.add(model(row));
            }
            Map<String, Integer> decisionByNumber = new HashMap<>();
            List<HistoryDecision> decisions = new ArrayList<>();
            for (WorkbookCells row : rows(WorkbookLayout.DECISIONS)) {
                locations.entry("/decisions/" + decisions.size(), WorkbookLayout.DECISIONS, row.rowIndex());
                HistoryDecision decision = decision(row);
                if (decision.number() != null) {
                    decisionByNumber.putIfAbsent(decision.number(), decisions.size());
                }
                decisions.add(decision);
            }
            Map<Integer, List<HistoryCommendation>> commendations = new HashMap<>();
            for (WorkbookCells row : rows(WorkbookLayout.COMMENDATIONS)) {
                String number = row.text("decision");
                Integer decision = number == null ? null : decisionByNumber.get(number);
                if (decision == null) {
                    violations.add(new Problem.Violation(row.at("decision"), HistoryMessages.NO_DECISION_IN_WORKBOOK
                            .text(String.valueOf(number), WorkbookLayout.DECISIONS.name())));
                    continue;
                }
                List<HistoryCommendation> ofDecision = commendations.computeIfAbsent(decision, d -> new ArrayList<>());
                locations.entry("/decisions/" + decision + "/commendations/" + ofDecision.size(),
                        WorkbookLayout.COMMENDATIONS, row.rowIndex());
                ofDecision.add(commendation(row));
            }
            List<HistoryFigures> indicators = new ArrayList<>();
            for (WorkbookCells row : rows(WorkbookLayout.INDICATORS)) {
                locations.entry("/indicators/" + indicators.size(), WorkbookLayout.INDICATORS, row.rowIndex());
                indicators.add(figures(row));
            }
            if (!violations.isEmpty()) {
                throw new HistoryRefusedProblem(violations);
            }
            return new Read(new HistoryFile(importId, campaigns, models,
                    withCommendations(decisions, commendations), indicators), locations);
        }

        /** The rows of the sheet that hold something, under its headings; none when the sheet is missing. */
        private List<WorkbookCells> rows(WorkbookLayout.Sheet layout) {
            Sheet sheet = workbook.getSheet(layout.name());
            List<WorkbookCells> rows = new ArrayList<>();
            if (sheet == null) {
                return rows;
            }
            for (Row row : sheet) {
                if (row.getRowNum() < WorkbookLayout.FIRST_DATA_ROW) {
                    continue;
                }
                WorkbookCells cells = new WorkbookCells(layout, row, violations);
                if (!cells.blank()) {
                    rows.add(cells);
                }
            }
            return rows;
        }

        private static CampaignDefinition campaign(WorkbookCells row) {
            List<ReviewWindow> windows = new ArrayList<>();
            for (Level level : Level.values()) {
                String at = "reviewWindows/" + level.ordinal() + "/";
                LocalDate opens = row.date(at + "opensOn");
                LocalDate closes = row.date(at + "closesOn");
                if (opens != null || closes != null) {
                    windows.add(new ReviewWindow(level, opens, closes));
                }
            }
            return new CampaignDefinition(row.text("id"), row.text("movement"), row.text("name"),
                    row.text("organisationId"), row.date("startsOn"), row.date("endsOn"),
                    row.date("registrationDeadline"), windows);
        }

        private static HistoryModel model(WorkbookCells row) {
            ModelContent content = new ModelContent(row.text("content/campaignId"),
                    row.choice("content/kind", ModelKind.class), row.choice("content/field", Field.class),
                    row.choice("content/ownerKind", OwnerKind.class), row.text("content/ownerName"),
                    row.text("content/ownerPosition"), row.text("content/title"), row.text("content/summary"),
                    row.text("content/goals"), row.text("content/implementation"), row.text("content/results"),
                    row.date("content/startedOn"), row.text("content/assignedTask"), null,
                    row.list("content/tags"));
            return new HistoryModel(row.text("ref"), row.text("unitId"), row.date("submittedOn"), content);
        }

        private static HistoryDecision decision(WorkbookCells row) {
            return new HistoryDecision(row.text("number"), row.date("issuedOn"), row.choice("level", Level.class),
                    row.text("issuerId"), row.text("signerName"), row.text("signerTitle"), row.list("recognises"),
                    null);
        }

        /** The decisions with the commendations of the commendations sheet, which name them by number. */
        private static List<HistoryDecision> withCommendations(List<HistoryDecision> decisions,
                Map<Integer, List<HistoryCommendation>> commendations) {
            List<HistoryDecision> complete = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                HistoryDecision d = decisions.get(i);
                complete.add(new HistoryDecision(d.number(), d.issuedOn(), d.level(), d.issuerId(), d.signerName(),
                        d.signerTitle(), d.recognises(), commendations.get(i)));
            }
            return complete;
        }

        private static HistoryCommendation commendation(WorkbookCells row) {
            return new HistoryCommendation(row.text("modelRef"), row.text("form"), row.choice("grade"),
                    row.choice("recipientKind"), row.text("recipientName"), row.text("achievement"));
        }

        private static HistoryFigures figures(WorkbookCells row) {
            return new HistoryFigures(row.text("organisationId"), row.month("period"),
                    row.wholeNumber("directiveDocuments"), row.wholeNumber("dialogues"),
                    row.wholeNumber("complaintsReceived"), row.wholeNumber("complaintsResolved"));
        }
    }
}
