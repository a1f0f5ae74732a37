package vn.dvk.local;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The demo's reviewers introduced to recognition: each signs in and opens their queue once, as they would on their
 * first day, so that recognition's directory of the reviewers it has seen lists them and the province's admin can
 * seat them on a council from the first start (recognition learns of a reviewer only from their own token).
 */
final class DemoReviewers {

    private final DemoApi recognition;

    DemoReviewers(URI issuer, URI recognitionApi) {
        this.recognition = new DemoApi(issuer, recognitionApi);
    }

    /** Returns what it did, for the console. */
    String run() throws IOException, InterruptedException {
        List<String> reviewers = Summary.DEMO_USERS.stream().filter(user -> user.role().equals("reviewer"))
                .map(Summary.DemoUser::username).toList();
        for (String reviewer : reviewers) {
            recognition.get(recognition.token(reviewer), "/reviews?limit=1");
        }
        return reviewers.size() + " reviewers known to recognition, for councils";
    }
}
