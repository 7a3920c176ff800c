package org.campussms.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment factory: the EAR exactly as the build produced it, so tests run what production runs.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive campusSms() {
        File ear = new File(TestEnvironment.property("campus.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing; build the ear module first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
