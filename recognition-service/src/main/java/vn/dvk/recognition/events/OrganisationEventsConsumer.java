package vn.dvk.recognition.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.recognition.domain.OrganisationIssuer;

/**
 * Keeps recognition's copy of how each deciding organisation heads and signs its documents, from the registry's
 * organisation events; the inbox applies each organisation's events once and in order, so the last one wins.
 * Reports of figures, which say nothing of the issuer, are passed over.
 */
@ApplicationScoped
public class OrganisationEventsConsumer extends InboxConsumer {

    static final String TOPIC = "registry.organisation-events";
    private static final String TYPE_PREFIX = "dvk.registry.organisation.";
    private static final String INDICATORS_REPORTED = "dvk.registry.organisation.indicators-reported.v1";

    @Incoming("organisation-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Effect read(IncomingEvent event) {
        if (event.type() == null || !event.type().startsWith(TYPE_PREFIX) || INDICATORS_REPORTED.equals(event.type())) {
            return Effect.NONE;
        }
        OrganisationChanged changed = reader.read(event, OrganisationChanged.class, OrganisationChanged::isComplete);
        return () -> OrganisationIssuer.record(changed.organisationId(), changed.provinceId(),
                names(changed.organisation().issuer()));
    }

    private static OrganisationIssuer names(OrganisationChanged.Issuer issuer) {
        if (issuer == null) {
            return null;
        }
        OrganisationIssuer names = new OrganisationIssuer();
        names.committee = issuer.committee();
        names.decidingBody = issuer.decidingBody();
        names.onBehalfOf = issuer.onBehalfOf();
        names.signerTitle = issuer.signerTitle();
        names.place = issuer.place();
        return names;
    }
}
