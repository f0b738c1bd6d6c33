package org.acarules.plans.compliance;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.acarules.definitions.EhbCatalogue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The essential health benefit catalogue, loaded once at start-up from the same benefit-definitions folder as the
 * parameters (a bad file stops start-up naming it). Its content is part of the ruleset version hash, which covers
 * all of benefit-definitions/.
 */
@Startup
@ApplicationScoped
public class EhbCatalogueHolder {
    private static final Logger LOG = Logger.getLogger(EhbCatalogueHolder.class);

    @ConfigProperty(name = "aca.definitions.dir", defaultValue = "benefit-definitions")
    Path definitionsDir;

    private EhbCatalogue catalogue;

    @PostConstruct
    void load() {
        catalogue = EhbCatalogue.load(definitionsDir.toAbsolutePath());
        LOG.infof("essential health benefits: %d categories", catalogue.categories().size());
    }

    public EhbCatalogue get() {
        return catalogue;
    }
}
