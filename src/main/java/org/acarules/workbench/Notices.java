package org.acarules.workbench;

import java.util.Map;

/**
 * The messages a page shows after an action redirected to it, named by a key in the address (?notice=activated):
 * the address names the message, never carries its text, so a link cannot make a page say something else.
 */
final class Notices {
    private static final Map<String, String> TEXTS = Map.of(
            "activated", "The version is active: every new evaluation answers with it.",
            "rolled-back", "Rolled back: the version active before serves again.",
            "job-started", "The re-evaluation of the stored applicants has started: its progress is below.",
            "job-cancelled", "The job is cancelled: it takes no more applicants; what it did so far is summed up below.",
            "job-resumed", "The job continues from its last checkpoints.",
            "uploaded", "The uploaded files make a draft that compiles: it is stored as a new version. Run the scenarios, then compare it with the active version.",
            "scenario-added", "The scenario is added to a new draft (the version you tried it on, plus its file under tests/workbench/). Check its expected values against the source, then run the scenarios.",
            "saved", "The draft compiles and is stored as a new version. Run the scenarios, then compare it with the active version.");

    private Notices() {
    }

    static String text(String key) {
        return key == null ? null : TEXTS.get(key);
    }
}
