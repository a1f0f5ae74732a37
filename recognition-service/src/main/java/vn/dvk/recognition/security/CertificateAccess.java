package vn.dvk.recognition.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.recognition.certificates.Certificate;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.domain.ReviewCase;

/**
 * Who reads certificates: the rule by which the registry shows models. A submitter reads the certificates of their
 * own unit only (an organisation above units does not make its submitters readers of its units' certificates);
 * reviewers, admins, auditors and leaders read those of the units whose path runs through their organisation. For
 * anyone else a certificate does not exist (404). Verifying a certificate by its token needs no login at all.
 */
@RequestScoped
public class CertificateAccess {

    private final Caller caller;

    public CertificateAccess(Caller caller) {
        this.caller = caller;
    }

    public Certificate readable(UUID id) {
        return Certificate.<Certificate>findByIdOptional(id).filter(c -> holder(c).filter(this::mayRead).isPresent())
                .orElseThrow(() -> new NotFoundProblem(RecognitionMessages.NO_CERTIFICATE.text(id)));
    }

    /** The certificates of a model the caller may read (the case itself was checked by the caller's access to it). */
    public List<Certificate> ofModel(ReviewCase reviewCase) {
        boolean mayRead = mayRead(new Holder(reviewCase.unitId, reviewCase));
        if (!mayRead && !isOverseer()) {
            // a submitter reads their own unit's; for them another unit's case does not exist, like its certificates
            throw CaseAccess.notFound(reviewCase.modelId);
        }
        return mayRead ? Certificate.ofModel(reviewCase.modelId) : List.of();
    }

    /** The unit a certificate was issued to, and a case of it, which carries the unit's organisation path. */
    private record Holder(String unitId, ReviewCase anyCase) {
    }

    private static Optional<Holder> holder(Certificate certificate) {
        if (certificate.kind == Certificate.Kind.COMMENDATION) {
            Commendation commendation = Commendation.findById(certificate.commendationId);
            return Optional.ofNullable(commendation).flatMap(c -> Optional.ofNullable(c.anyCase())
                    .map(reviewCase -> new Holder(c.unitId, reviewCase)));
        }
        return Optional.ofNullable(ReviewCase.<ReviewCase>findById(certificate.modelId))
                .map(reviewCase -> new Holder(reviewCase.unitId, reviewCase));
    }

    private boolean mayRead(Holder holder) {
        if (caller.hasRole(Roles.SUBMITTER) && holder.unitId().equals(caller.orgId())) {
            return true;
        }
        return isOverseer() && holder.anyCase().path().contains(caller.orgId());
    }

    private boolean isOverseer() {
        return caller.hasRole(Roles.REVIEWER) || caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.LEADER);
    }
}
