package org.acarules.engine;

import java.nio.file.Path;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.builder.KieBuilder;

/**
 * For benchmarks in other packages (test sources only): builds of the same rules folder that differ only in the Drools
 * build, the classic one ({@link DrlProject}, what production runs) or the executable model
 * ({@link ExecutableModelProject}), through {@link RulesetCompiler#forMeasurement} (no sandbox check, no cache).
 */
public final class MeasuredBuilds {
    public enum Build {
        CLASSIC(DrlProject.class), EXECUTABLE_MODEL(ExecutableModelProject.class);

        private final Class<? extends KieBuilder.ProjectType> projectType;

        Build(Class<? extends KieBuilder.ProjectType> projectType) {
            this.projectType = projectType;
        }
    }

    private MeasuredBuilds() {
    }

    /** The folders compiled with {@code build}; throws with every error found, like {@link RulesetCompiler#compile}. */
    public static Ruleset compile(Build build, ClassLoader classLoader, Path rulesDir, Path definitionsDir) {
        return RulesetCompiler.forMeasurement(classLoader, build.projectType).compile(rulesDir, definitionsDir);
    }
}
