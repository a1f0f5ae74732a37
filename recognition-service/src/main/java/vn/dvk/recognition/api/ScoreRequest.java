package vn.dvk.recognition.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A scorer's points per criterion code. */
public record ScoreRequest(@NotEmpty @Size(max = 50) Map<String, Integer> points) {
}
