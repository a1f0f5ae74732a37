package vn.dvk.recognition.api;

import jakarta.validation.constraints.NotNull;
import vn.dvk.recognition.domain.CouncilVote;

/** A council member's vote on a case. */
public record VoteRequest(@NotNull CouncilVote.Choice vote) {
}
