package vn.dvk.recognition.domain;

import java.util.UUID;

/**
 * One commendation a decision awards: the form (and its grade, for a graded form), to whom (of which unit), for
 * which model or achievement.
 */
public record CommendationTerms(String form, CommendationGrade grade, Commendation.RecipientKind recipientKind,
        String recipientName, String unitId, UUID modelId, String achievement) {
}
