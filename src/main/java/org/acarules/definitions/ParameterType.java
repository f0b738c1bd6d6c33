package org.acarules.definitions;

/** How a parameter's values are written and read. */
public enum ParameterType {
    NUMBER, BOOL, TEXT, LINEAR_SCALE, POVERTY_GUIDELINE,
    /** Rows of a CSV file beside the YAML file, one file per date (see {@link Table}). */
    TABLE;

    static ParameterType parse(String name) {
        return name == null ? NUMBER : ParameterType.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
